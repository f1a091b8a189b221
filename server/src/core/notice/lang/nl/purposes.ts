/** Dutch purpose vocabulary: the phrases that name each purpose (notation: see ../lexicon-types.ts). */
import type { NoticeLexicon } from '../lexicon-types';

const STAFF = 'medewerker*|*medewerker*|personeel*|collega*|werknemer*|agent*|adviseur*|*adviseur*|klantenservicemedewerker*|telefonist*|callcenteragent*|servicemedewerker*|triagist*|assistent*|baliemedewerker*|team*|mensen|ambtena*';
const AI =
  'ai|ki|kunstmatig*|*model|*modellen|model*|algoritm*|*algoritme*|spraakherkenning|spraaktechnologie|spraakcomputer*|chatbot*|*bot|bot|bots|spraakassistent*|taalmodel*|machine|machinaal|machinale|zelflerend*|neurale|*systeem|*systemen|systeem|systemen|computer*|software';
const AI_STRICT =
  'ai|ki|kunstmatig*|*model|*modellen|model*|algoritm*|*algoritme*|spraakherkenning|spraaktechnologie|spraakcomputer*|voicebot*|chatbot*|*bot|bot|bots|spraakassistent*|taalmodel*|machine|machinaal|machinale|zelflerend*|neurale';


export const purposes: NoticeLexicon['purposes'] = [
    // A dispute is evidence, not service provision (§3), whatever phrase it stands in.
    { id: 'evidence', outranks: ['service-provision'], phrases: ['geschil*', '*geschil*', 'meningsverschil*', 'onenigheid'] },
    // A statement that recording is lawful, and a duty to inform, name no purpose (notice-reading.md §3).
    {
      stop: true,
      phrases: [
        // the data-protection law and a policy allow recording; a sector law that governs it is a duty
        'conform|volgens|overeenkomstig ..5 avg|privacywet*|privacy*|gegevensbescherming|beleid',
        // a list shares its preposition (§4): "conform het beleid van de praktijk en de wet" states lawfulness as the
        // policy does; "conform de Wet op het financieel toezicht" (a sector law that governs recording) stays a duty
        'conform|volgens|overeenkomstig ..5 avg|privacywet*|privacy*|gegevensbescherming|beleid ...5 en|of ..2 wet|wetten|wetgeving|regelgeving',
        'wettelijk toegestaan',
        'wettelijk verplicht ..5 informeren|melden|mededelen|wijzen|mee',
        'verplicht ..5 informeren|melden|mededelen|wijzen|mee',
      ],
    },
    { id: 'legal-compliance', vague: true, phrases: ['auditdoel*', 'audit doel*|redenen', 'auditredenen'] },
    // ── quality-assurance ───────────────────────────────────────────────
    {
      id: 'quality-assurance',
      vague: true,
      phrases: [
        'kwaliteitsdoel*',
        'monitoringdoel*',
        'monitoringsdoel*',
        'monitoring doel*|redenen',
        'kwaliteitsredenen',
        'kwaliteitsoverwegingen',
        'kwaliteit doel*|redenen',
        'kwaliteit !van|*bewaking|*controle',
        'kwaliteitsdoeleinde',
      ],
    },
    {
      id: 'quality-assurance',
      phrases: [
        'kwaliteit*',
        '*kwaliteit',
        'kwaliteit van|der ..3 dienstverlening|service|*service|klantenservice|*contact|gesprek*|*gesprekken|advies|adviezen|*advies|hulp|*verlening|zorg|triage|werk|antwoorden|informatie|klantbediening|behandeling',
        'dienstverlening|service|klantenservice|*service|klantcontact|klantbediening|*verlening|serviceniveau|bereikbaarheid|hulpverlening|adviezen|advisering ...5 verbeter*|bewaken|bewaking|controleren|toetsen|meten|optimaliseren',
        'verbeter*|optimalis*|bewaking|bewaken|controle|toetsing|monitoring|monitoren ..4 dienstverlening|service|*service|klantenservice|klantcontact|klantbediening|*verlening|serviceniveau|kwaliteit|processen|werkwijze',
        'beter van dienst',
        // "om u beter van dienst te kunnen zijn" is serving better (quality), not carrying out a request
        'beter van dienst ..2 zijn',
        'beter ..2 helpen',
        // a person or team of quality is who listens for it (§3): "de medewerker van kwaliteit en opleidingen"
        'medewerker|medewerkers|afdeling|team|coach|coaches ..2 kwaliteit',
        'klanttevredenheid*',
        'klantbeleving',
        'klantervaring',
        'monitoring',
        'meeluisteren ..3 kwaliteit',
        'servicekwaliteit',
        'evaluatie|evalueren|evaluaties ..3 dienstverlening|service|kwaliteit|klantcontact|werkwijze|processen',
        // the object first, as a te-infinitive puts it: "om de dienstverlening te evalueren" reviews the service, not an employee (§3)
        'dienstverlening|service|kwaliteit|klantcontact|werkwijze|processen ..3 evalueren|evaluatie|geevalueerd',
        // satisfaction measured is the quality of the service: "om de tevredenheid van klanten te meten"
        'tevredenheid ..3 klant|klanten|bellers|clienten|patienten',
        'gesprekskwaliteit',
      ],
    },
    // ── staff-training ──────────────────────────────────────────────────
    {
      id: 'staff-training',
      phrases: [
        'training*',
        '*training',
        '*trainingen',
        'trainingsdoel*',
        'opleiding*',
        '*opleiding',
        '*opleidingen',
        'opleidingsdoel*',
        'instructie*',
        'coaching*',
        '*coaching',
        'coachen',
        'coachingsdoel*',
        'scholing*',
        '*scholing',
        'leerdoel*',
        'leermoment*',
        'leerdoeleinden',
        'onderwijsdoel*',
        'inwerken',
        // the nouns of the verbs below: "voor de begeleiding van nieuwe medewerkers" (§3 onboarding and coaching)
        `begeleiding|inwerking|onboarding ..3 ${STAFF}`,
        'inwerktraject*',
        `${STAFF} ...4 trainen|coachen|scholen|instrueren|opleiden|bijscholen|begeleiden|inwerken`,
        // an alternative is one word: each te-infinitive of a separable verb is a phrase of its own
        `${STAFF} ...4 op te leiden`,
        `${STAFF} ...4 in te werken`,
        `${STAFF} ...4 bij te scholen`,
        // a trainer or coach who listens is there for training (§3 "a trainer may listen")
        'trainer*|opleider*|coach|coaches ...6 meeluisteren|meeluistert|luistert|luisteren|beluisteren|beluistert|terugluisteren|terug',
        'in te werken',
        `trainen|coachen|opleiden|scholen|instrueren|begeleiden ..3 ${STAFF}`,
        'ontwikkeling ..3 medewerker*|personeel',
      ],
    },
    // ── employee-evaluation ─────────────────────────────────────────────
    {
      id: 'employee-evaluation',
      phrases: [
        'evaluatie*',
        '*evaluatie',
        '*evaluaties',
        'beoordel*',
        '*beoordeling',
        '*beoordelingen',
        'functionering*',
        'functioneren ..3 medewerker*|personeel',
        `functioneren|prestaties|prestatie ..4 ${STAFF}`,
        `${STAFF} ...4 beoordelen|evalueren|beoordeeld|geëvalueerd|beoordeling|evaluatie`,
        'prestatie*',
        'prestatiemeting*',
        'personeelsbeoordeling*',
        'evalueren',
      ],
    },
    {
      id: 'service-provision',
      phrases: [
        'beoordel*|behandel* ..3 aanvraag|claim|verzoek|schade*|declaratie*|aanmelding|dossier|uitkering*|vergoeding*',
        'medische|medisch beoordel*|inschatting|triage|zorg|behandeling',
        'ondersteuning|uitvoering|verlening ..3 zorg|behandeling|hulpverlening',
      ],
    },
    // ── evidence ─────────────────────────────────────────────────────────
    {
      id: 'evidence',
      phrases: [
        'bewijs*',
        '*bewijs',
        'vast te leggen',
        'vastleggen|vastlegging van ..3 afspraak|afspraken|overeenkomst*|gemaakte|wat|uw|opdracht*|order*|instructie*|toezegging*',
        'afspraken|afspraak|overeenkomst*|toezegging* ...6 vastleggen|vastgelegd|bevestigen|vast',
        'bevestig* ..4 contract*|*contract|overeenkomst*|afspraak|afspraken|order*|bestelling*|opdracht*|aankoop|akkoord|aanvraag|aanmelding|overstap|abonnement*|verkoop|transactie*|instructie*',
        'ter bevestiging',
        'verificatie*',
        'verifi*',
        'geschil*',
        '*geschil*',
        'meningsverschil*',
        'misverstand*',
        'onduidelijkhe*',
        'onenigheid',
        'juridische ..2 claim*|procedure*|geschil*',
        'wat ..4 afgesproken|overeengekomen|toegezegd|gezegd|besproken',
        'controle ..3 opdracht*|order*|transactie*|aankoop|instructie*',
        'ter controle',
        'vastleggen ..3 gesprek*',
        'bewijsvoering',
        'bewijslast',
        // to prove, as a verb: "om aan te tonen welk advies is gegeven"
        'aantonen', 'aan te tonen', 'aangetoond',
      ],
    },
    // ── complaint-handling ──────────────────────────────────────────────
    {
      id: 'complaint-handling',
      phrases: [
        'klachtafhandeling*',
        'klachtenafhandeling*',
        'klachtbehandeling*',
        'klachtenbehandeling*',
        'klachtenprocedure*',
        'klachtdoel*',
        'klachtendoel*',
        'klachtenregeling',
        'klachtenmanagement',
        'klacht* ...5 afhandel*|afhandelen|behandel*|behandelen|onderzoek*|onderzoeken|oploss*|oplossen|opvolgen|beoordelen',
        // the passive takes the participle, with ge- inside a separable verb: "zodat klachten goed onderzocht kunnen worden"
        'klacht* ...5 afgehandeld|onderzocht|opgelost|opgevolgd|beoordeeld|behandeld',
        // the te-infinitive of a separable verb splits it in three: "om uw klacht goed af te handelen"
        'klacht*|*klacht|*klachten ...6 af te handelen',
        'klacht*|*klacht|*klachten ...6 op te lossen',
        'klacht*|*klacht|*klachten ...6 op te volgen',
        'afhandel*|behandel*|onderzoek*|oploss*|onderzoeken|opvolging ..4 klacht*|bezwaar|bezwaren|*klacht|*klachten',
        'bij|ingeval|geval ..3 klacht*|*klacht|*klachten',
        // an alternative is one word: "naar aanleiding" is a phrase of its own
        'klachten|klacht ..2 van|over',
        'naar aanleiding ..3 klacht*|*klacht|*klachten',
      ],
    },
    // ── legal-compliance ────────────────────────────────────────────────
    {
      id: 'legal-compliance',
      phrases: [
        'wettelijk*',
        '=wet',
        '=wetten',
        'wetgeving',
        '*wetgeving',
        'regelgeving',
        '*regelgeving',
        'wetregelgeving',
        'wet ..3 verplicht*',
        'verplicht* ..3 wet*',
        'conform|volgens|krachtens|grond ..4 wet*|regelgeving|*regelgeving|*wet|mifid*|*richtlijn',
        'wettelijke ..2 verplichting*|plicht|eis*|taak|bewaarplicht',
        'compliance*',
        'nalev*',
        'toezichthouder*',
        'afm',
        'dnb',
        'mifid*',
        'wft',
        'verplicht ...6 op te nemen',
        'verplicht ..4 vast te leggen',
        'regelgevend*',
        'voorschrift*',
        'juridische ..2 verplichting*',
      ],
    },
    // ── fraud-prevention ────────────────────────────────────────────────
    {
      id: 'fraud-prevention',
      phrases: [
        'fraude*',
        '*fraude',
        'oplichting*',
        'misbruik*',
        'beveiliging*',
        'veiligheid',
        'veiligheidsredenen',
        // "uit veiligheidsoverwegingen": for security reasons (§3)
        'veiligheidsoverweging*',
        'veiligheidsdoel*',
        'identiteitsfraude',
        'identiteitsdiefstal',
        'criminaliteit',
        // crime prevented or detected is a security purpose (§3): "de preventie of opsporing van misdaden"
        'misdaad', 'misdaden', 'misdrijf', 'misdrijven',
        'witwassen',
        'fraudepreventie',
        'fraudebestrijding',
        'oneigenlijk gebruik',
        'veiligheid ..3 uw|gegevens|rekening',
      ],
    },
    // ── staff-safety ────────────────────────────────────────────────────
    {
      id: 'staff-safety',
      phrases: [
        `veiligheid|bescherming|welzijn ..4 ${STAFF}`,
        `${STAFF} ...4 beschermen|beschermd|bescherming|veilig`,
        `bescherm* ..4 ${STAFF}`,
        'agressie*',
        '*agressie',
        'agressief',
        'agressieve',
        'bedreiging*',
        '*bedreiging',
        'bedreigend*',
        'dreigement*',
        'intimidatie',
        'geweld',
        '*geweld',
        'aangifte',
        'politie',
        'scheldpartij*',
        'uitschelden',
        'ongewenst ..2 gedrag',
        'grensoverschrijdend ..2 gedrag',
        'intimiderend*',
      ],
    },
    // ── troubleshooting ─────────────────────────────────────────────────
    {
      id: 'troubleshooting',
      phrases: [
        'storing*',
        '*storing',
        '*storingen',
        'technische ..3 problemen|probleem|storing*|fout*|oorzaak|oorzaken|mankement*|klachten',
        'foutopsporing',
        'opsporen|oplossen|verhelpen ..3 fout*|storing*|problemen',
        'verbindingsproblemen',
        'lijnkwaliteit',
        'verbindingskwaliteit',
        'geluidskwaliteit',
        'spraakkwaliteit',
        'technisch* ..2 onderzoek',
      ],
    },
    { stop: true, phrases: ['storingsmelding*', 'storingsnummer*', 'storingslijn*', 'storingsdienst*', 'storingen ..2 melden'] },
    // A service point named after a purpose ("de fraudehelpdesk", "het klachtenloket") is where one calls, not a goal of the recording.
    { stop: true, phrases: ['*helpdesk', '*hotline', '*loket', '*meldpunt', '*infolijn', '*servicelijn', 'klachtenlijn', 'fraudelijn', '*telefoonnummer'] },
    // ── speech-analytics ────────────────────────────────────────────────
    {
      id: 'speech-analytics',
      phrases: [
        'spraakanalyse*',
        '*spraakanalyse',
        'analys*|analyseren|geanalyseerd|doorzocht|doorzoeken ...6 spraakherkenning|spraaktechnologie',
        'spraakherkenning|spraaktechnologie ...6 analys*|analyseren|geanalyseerd|doorzoeken|doorzocht|trefwoord*|onderwerp*',
        'spraakanalytics',
        'speech analytics',
        'gespreksanalyse*',
        'tekstanalyse*',
        'woordanalyse',
        'analyse*|geanalyseerd|analyseren|geanalyseerd ...6 trefwoord*|onderwerp*|inhoud|sleutelwoord*',
        'analyseren|analyseert|analyseer ..3 automatisch*',
        'automatisch* ..3 geanalyseerd|analyse*',
        'geanalyseerd ..3 automatisch*',
        'trefwoord*',
        'sleutelwoord*',
        'omgezet ..3 tekst',
        'onderwerpen ...4 bellen|belt|gebeld',
        'waarover ..3 bellen|belt',
      ],
    },
    // ── emotion-recognition ─────────────────────────────────────────────
    {
      id: 'emotion-recognition',
      phrases: [
        'emotie*',
        '*emotie',
        '*emoties',
        'emotioneel',
        'emotionele',
        'sentiment*',
        '*sentiment',
        'stemming',
        'gemoedstoestand',
        'gevoel*',
        'hoe ..5 voelen|voelt|voelde',
        'stemanalyse',
        'toon ..3 stem',
        'tevreden|boos|geïrriteerd ...3 klinkt|klinken',
      ],
    },
    // ── ai-training ─────────────────────────────────────────────────────
    {
      id: 'ai-training',
      phrases: [
        `trainen|train*|getraind|verbeter*|ontwikkel*|finetun* ..4 ${AI_STRICT}`,
        `training|trainen|train* ...8 ${AI_STRICT}`,
        `${AI} ...4 trainen|getraind|train*|verbeteren|ontwikkelen|leren|finetunen`,
        'ai training',
        'ai-training',
        `${AI_STRICT} ...4 begrijpen|begrijpt|verstaan|verstaat|herkennen|herkent|slimmer|leren`,
        // the AI system as the subject of a passive, and an assistant that is digital: "onze digitale assistent wordt verbeterd" (§3)
        `${AI_STRICT} ...4 verbeterd|ontwikkeld|aangepast|bijgeleerd`,
        'digitale|virtuele|slimme assistent* ...4 verbeterd|verbeteren|getraind|trainen|beter|slimmer|leren|leert|aangepast',
        'verbeter*|train*|trainen ..4 digitale|virtuele|slimme assistent*',
        'machine learning',
        'machinaal leren',
        'zelflerende',
      ],
    },
    // ── marketing ───────────────────────────────────────────────────────
    {
      id: 'marketing',
      phrases: [
        'marketing*',
        '*marketing',
        'marketingdoel*',
        'commerci*',
        'reclame*',
        'verkoopdoel*',
        'verkoopstrategie*',
        'salesdoel*',
        'marktonderzoek*',
        'direct marketing',
        'aanbiedingen',
        'profilering',
        'klantprofiel*',
      ],
    },
    // ── publication ─────────────────────────────────────────────────────
    {
      id: 'publication',
      phrases: [
        'publice*',
        'gepubliceerd',
        'publicatie*',
        'openbaar ..2 gemaakt|maken',
        'openbaargemaakt',
        'uitgezonden',
        'uitzenden',
        'uitzending*',
        '*podcast*',
        'podcast*',
        'sociale media',
        'gedeeld ..4 buiten|derden|publiek|openbaar|website|media',
        'buiten ..4 organisatie|bedrijf ..2 gedeeld|verspreid|delen',
        'website ..3 geplaatst|gezet',
        'radio|televisie|tv ..3 uitgezonden|gebruikt',
      ],
    },
    // ── personal-use ────────────────────────────────────────────────────
    {
      id: 'personal-use',
      phrases: ['persoonlijk ..2 gebruik', 'persoonlijke ..2 doeleinden|archief', 'eigen ..2 gebruik|administratie|archief', 'privégebruik', 'privé ..2 gebruik|doeleinden', 'prive ..2 gebruik|doeleinden', 'huiselijk gebruik'],
    },
    // ── service-provision ───────────────────────────────────────────────
    {
      id: 'service-provision',
      vague: true,
      phrases: ['servicedoel*', 'serviceredenen', 'service doel*|redenen', 'dienstverleningsdoel*', 'voor ?onze|de dienstverlening !te|en|aan|verbeteren|van', 'ten behoeve van ?onze|de dienstverlening !te|en|aan|verbeteren|van'],
    },
    {
      id: 'service-provision',
      phrases: [
        'uitvoer*|afhandel*|verwerk*|behandel*|afhandelen|verwerken|uitvoeren ..3 uw|je ..2 verzoek|aanvraag|opdracht*|bestelling|vraag|vragen|order*|melding|claim|schade*|declaratie*|wens*|aanmelding|machtiging|wijziging*',
        'verzoek|aanvraag|opdracht*|bestelling|vraag|vragen|order*|melding|claim|wens*|aanmelding|wijziging* ...4 uitvoeren|voeren|uitgevoerd|afhandelen|handelen|verwerken|behandelen',
        'uitvoering ..3 overeenkomst|contract|opdracht*|verzoek|dienstverlening',
        'dienstverlening ..2 uitvoeren|voeren|leveren',
        'goed ..2 helpen',
        // "om uw vraag te beantwoorden": answering the caller's question is carrying it out (§3)
        'vraag|vragen ...4 beantwoorden|beantwoord|beantwoordt',
        'van dienst ..2 zijn',
      ],
    },
    // ── vague phrases that name no purpose ──────────────────────────────
    {
      vague: true,
      phrases: [
        'interne doel*|redenen|doeleinde|gebruik|processen|toepassingen',
        'intern gebruik',
        'administratie*',
        'administratieve',
        'bedrijfsdoel*',
        'bedrijfsvoering',
        'diverse|verschillende|overige|andere|allerlei doel*',
        // reasons left unnamed are purposes left unnamed: "voor diverse redenen"
        'diverse|verschillende|allerlei|uiteenlopende|meerdere ..2 redenen',
        'bedrijfsmatige|bedrijfsinterne ..2 doel*|redenen',
        'operationele doel*|redenen',
        'archiefdoel*',
        'archivering*',
        'registratiedoel*',
      ],
    },
    // ── goals notice-reading.md §3 names: a summary for the caller, documentation, feedback, staff performance ──
    { id: 'service-provision', phrases: ['verslag|samenvatting* ..5 advies|gesprek|consult', 'mail|stuur*|sturen|ontvangt ...5 verslag|samenvatting*', 'verslag|samenvatting* ...4 sturen|mailen|toesturen|opsturen|ontvangen|ontvangt'] },
    // feedback given to staff is coaching (§3 staff training); customer feedback stays quality
    { id: 'staff-training', phrases: [`${STAFF} ...3 feedback`, `feedback ..3 aan ..2 ${STAFF}`] },
    // confirming what the caller orders or agrees is proof of it (§3 evidence): "om uw bestelling te bevestigen"
    { id: 'evidence', phrases: ['bestelling|order|opdracht|akkoord|aankoop|aanmelding ..3 bevestigen|bevestiging|bevestigd'] },
    { id: 'evidence', phrases: ['documentatie*', 'ter documentatie', 'discussie* ..3 achteraf|later', 'onenigheid'] },
    // checking the caller's instructions, or what was agreed, is proof of what was said (§3): "om uw opdrachten te kunnen controleren"
    { id: 'evidence', phrases: ['opdracht|opdrachten|*opdracht|*opdrachten|instructie*|order|orders|*order|*orders ...5 controleren|controle|nagaan|verifieren', 'opdracht|opdrachten|*opdracht|*opdrachten|instructie*|order|orders|*order|*orders ...5 na te gaan', 'nagaan|controleren ...6 afspraak|afspraken|afgesproken|overeengekomen|besproken', 'na te gaan ...6 afspraak|afspraken|afgesproken|overeengekomen|besproken'] },
    // verifying who calls protects against fraud (§3 "for your security"): "om uw identiteit te controleren"
    { id: 'fraud-prevention', phrases: ['identiteit ..3 controleren|vaststellen|verifieren|controle|verificatie', 'identiteit ..3 vast te stellen'] },
    // checking that staff inform or advise correctly is quality assurance (§3 "a supervisor may check the information our advisers give")
    { id: 'quality-assurance', phrases: ['controleren|toetsen|nagaan ...6 juist|correct|goed|zorgvuldig ..1 informeren|adviseren|geinformeerd|geadviseerd|informeert|adviseert', 'na te gaan ...6 juist|correct|goed|zorgvuldig ..1 informeren|adviseren|geinformeerd|geadviseerd|informeert|adviseert', 'beter ..3 adviseren|informeren|bedienen'] },
    // a claim handled is what the caller asked (§3 "to help with your claim"): "om uw schade snel af te handelen"
    { id: 'service-provision', phrases: ['schade|*schade|schadeclaim* ...6 af te handelen', 'schade|*schade ...4 afhandelen|afgehandeld|behandelen|behandeld'] },
    { id: 'quality-assurance', phrases: ['feedback|terugkoppeling* ..3 verwerken|gebruiken|leren|benutten', 'leren|verwerken ..3 van ..2 feedback|terugkoppeling*', 'klantfeedback', 'dienst|dienstverlening|service|*service ...4 verbeteren|verbeterd|optimaliseren'] },
    { id: 'staff-training', phrases: [`prestaties|prestatie ..4 verbeteren|verbeterd`, `prestaties|prestatie ..3 ${STAFF} ..2 verbeteren|verbeterd`, 'verbeter* ..3 prestaties', `${STAFF} ...4 opgeleid|opleiden|inwerken|ingewerkt`] },
    { id: 'employee-evaluation', phrases: [`${STAFF} ...3 presteren|functioneren`, 'hoe ..4 presteren|functioneren'] },
    // improving the skills of staff is staff training (§3 "improving staff performance")
    { id: 'staff-training', phrases: ['vaardigheden|gesprekstechniek*|gespreksvaardigheden|*vaardigheden ...6 verbeteren|ontwikkelen|versterken', 'verbeteren|ontwikkelen|versterken ..3 vaardigheden|gesprekstechniek*|gespreksvaardigheden|*vaardigheden'] },
    // the organisation's own records are internal, administrative purposes (vague, no purpose), not personal use (§3)
    { vague: true, phrases: ['onze|ons eigen ..2 administratie|archief|gebruik|doeleinden|dossier*'] },
    { id: 'quality-assurance', phrases: ['verbeter* ..3 processen|werkwijze', 'processen|werkwijze ..3 verbeteren|verbeterd'] },
    { id: 'service-provision', phrases: ['offerte*', 'verzoek*|vraag|aanvraag* ...4 opvolgen|afhandelen', 'verzoek*|vraag|aanvraag* ...4 op te volgen', 'verzoek*|vraag|aanvraag* ...4 af te handelen',
      // the te-infinitive of a separable verb, with a compound request ("schademelding", "hulpvraag") and words between
      '*melding|*aanvraag|*verzoek|*vraag|claim|*claim|bestelling|*bestelling|opdracht|*opdracht ...6 af te handelen',
      // "om uw aanvraag voor een nieuwe aansluiting in behandeling te nemen" (§4)
      'verzoek*|*verzoek|vraag|*vraag|aanvraag*|*aanvraag|aanmelding|*melding|claim|*claim|bestelling|*bestelling|opdracht|*opdracht ...8 in behandeling'] },
    { id: 'quality-assurance', phrases: ['kwaliteit ..3 beoordelen|beoordeeld|toetsen|getoetst'] },
    // the standards of the service are its quality: "controleren of aan de normen voor klantenservice wordt voldaan"
    { id: 'quality-assurance', phrases: ['normen|norm|standaard|standaarden ..3 klantenservice|dienstverlening|service|klantcontact|klantbediening', 'servicenorm*', 'kwaliteitsnorm*'] },
    // checking the advice or the information given is quality assurance (§3)
    { id: 'quality-assurance', phrases: ['gegeven ..2 advies|adviezen|informatie|antwoorden|uitleg ...4 controleren|toetsen|nagaan|beoordelen|checken', 'advies|adviezen ...4 controleren|toetsen|nagaan|checken', 'controleren|toetsen|nagaan|checken ..3 gegeven ..2 advies|adviezen|informatie|antwoorden'] },
    // the same check as a clause: "om na te gaan of wij u juist hebben geïnformeerd" (§3)
    { id: 'quality-assurance', phrases: ['nagaan|controleren|checken|toetsen|beoordelen|na|controle ...6 juist|goed|correct|zorgvuldig|volledig ..3 geinformeerd|geadviseerd|geholpen|voorgelicht|beantwoord|ingelicht'] },
];
