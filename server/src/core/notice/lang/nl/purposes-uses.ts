/**
 * Dutch purposes of what is done with a recording beyond handling the call (analytics, emotions, AI,
 * marketing, publication, personal use, the service itself), the vague phrases that name none, and the
 * goal clauses notice-reading.md §3 names. Notation: see ../lexicon-types.ts.
 */
import type { NoticeLexicon } from '../lexicon-types';
import { STAFF, AI, AI_STRICT } from './purpose-words';

export const usePurposes: NoticeLexicon['purposes'] = [
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
    // automated analysis with a goal stated is the means of that goal, not speech analytics (§3; docs/notice-reading.md R60)
    { stop: true, phrases: ['automatisch geanalyseerd ...1 om|zodat|voor', 'geanalyseerd automatisch ...1 om|zodat|voor'] },
    // emotion in everyday words: "of u gefrustreerd klinkt" (§3; docs/notice-reading.md R31)
    { id: 'emotion-recognition', phrases: ['gefrustreerd|geirriteerd|boos|kwaad|geergerd|gestrest|overstuur ..2 klinkt|klinken|raakt|raken|lijkt|lijken|bent|is|wordt', 'klinkt|klinken ..2 gefrustreerd|geirriteerd|boos|kwaad|gestrest|overstuur'] },
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
        // the caller's problem or question solved (R287): "om uw probleem op te lossen"
        'uw|je|jouw ..1 probleem|problemen|vraag|vragen|storing|melding ...4 oplossen|lossen|opgelost',
        'uitvoering ..3 overeenkomst|contract|opdracht*|verzoek|dienstverlening',
        'dienstverlening ..2 uitvoeren|voeren|leveren',
        'goed ..2 helpen',
        // "om uw vraag te beantwoorden": answering the caller's question is carrying it out (§3)
        'vraag|vragen|*vraag|*vragen ...4 beantwoorden|beantwoord|beantwoordt',
        'van dienst ..2 zijn',
      ],
    },
    // medewerkers ontwikkeld of feedback gegeven is training, zoals coaching (§3; R293)
    { id: 'staff-training', phrases: [`${STAFF} ..2 verder ..1 ontwikkelen|ontplooien`, `ontwikkeling ..2 van ..2 ${STAFF}`, `feedback|terugkoppeling ..4 aan ..2 ${STAFF}`] },
    // helping staff improve is training them (§3; docs/notice-reading.md R30)
    { id: 'staff-training', phrases: [`${STAFF} ..2 helpen|ondersteunen ...6 verbeteren|ontwikkelen|leren|groeien`, `helpen|ondersteunen ..3 ${STAFF} ...6 verbeteren|ontwikkelen|leren|groeien`] },
    // answering or calling back the caller is carrying out what the caller asked (§3; docs/notice-reading.md R27): the goal after "transcribed"
    { id: 'service-provision', phrases: ['kunnen antwoorden|reageren|terugbellen|beantwoorden', 'te antwoorden|reageren', 'terug te bellen', 'antwoorden|reageren|terugbellen kunnen', 'u ..2 antwoord geven'] },
    // the goal as a resulting state: "zodat de afspraken … vastliggen" (§3 evidence; docs/notice-reading.md R32)
    { id: 'evidence', phrases: ['afspraak|afspraken|overeenkomst*|toezegging*|gemaakte ...8 vastgelegd|vastliggen|vastligt|vaststaan|vaststaat', 'afspraak|afspraken|overeenkomst*|toezegging*|gemaakte ...8 vast staan|staat', 'afspraak|afspraken|overeenkomst*|toezegging*|gemaakte ...8 zwart op wit', 'afspraak|afspraken|overeenkomst*|toezegging*|gemaakte ...8 op papier'] },
    // the assistant adapted after its errors is AI improvement without the word "train" (§3 ai-training; docs/notice-reading.md R34)
    { id: 'ai-training', phrases: ['spraakassistent*|voicebot*|chatbot*|*bot|spraakcomputer* ...4 aangepast|verbeterd|geoptimaliseerd|bijgesteld|bijgeschaafd', 'digitale|virtuele assistent ...4 aangepast|verbeterd|geoptimaliseerd|bijgesteld'] },
    // a service verb with the caller's own matter, whatever its noun, is carrying out what the caller asked (§3; docs/notice-reading.md R24):
    // "om uw reservering af te handelen", "voor de afhandeling van uw bestelling"; not the caller's data, call or complaint
    { id: 'service-provision', phrases: [
      'afhandel*|behandel*|verwerk*|uitvoer*|afwikkel*|regel|regelen|afhandeling|behandeling|verwerking|uitvoering|afwikkeling ..2 uw|je !gegevens|persoonsgegevens|persoonlijke|*gegevens|gesprek|gesprekken|*gesprek|stem|opname*|identiteit|privacy|klacht*|*klacht|feedback|ervaring*|tevredenheid|mening|data _ !gegevens|persoonsgegevens|persoonlijke|*gegevens|gesprek|gesprekken|*gesprek|stem|opname*|identiteit|privacy|klacht*|*klacht|feedback|ervaring*|tevredenheid|mening|data',
      'uw|je !gegevens|persoonsgegevens|persoonlijke|*gegevens|gesprek|gesprekken|*gesprek|stem|opname*|identiteit|privacy|klacht*|*klacht|feedback|ervaring*|tevredenheid|mening|data _ !gegevens|persoonsgegevens|persoonlijke|*gegevens|gesprek|gesprekken|*gesprek|stem|opname*|identiteit|privacy|klacht*|*klacht|feedback|ervaring*|tevredenheid|mening|data ?af|uit|te ?te afhandelen|behandelen|verwerken|uitvoeren|handelen|voeren|afwikkelen|wikkelen|regelen',
      'uw|je !gegevens|persoonsgegevens|persoonlijke|*gegevens|gesprek|gesprekken|*gesprek|stem|opname*|identiteit|privacy|klacht*|*klacht|feedback|ervaring*|tevredenheid|mening|data _ !gegevens|persoonsgegevens|persoonlijke|*gegevens|gesprek|gesprekken|*gesprek|stem|opname*|identiteit|privacy|klacht*|*klacht|feedback|ervaring*|tevredenheid|mening|data in behandeling',
    ] },
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
        // een lijst die zegt open te zijn laat redenen onbenoemd (R15; docs/notice-reading.md R102): "onder andere", "niet beperkt tot"
        'onder andere|meer', 'o a', 'beperkt tot', 'een aantal ..1 redenen|doel*', 'enkele|sommige ..3 redenen|doel*',
        'bedrijfsmatige|bedrijfsinterne ..2 doel*|redenen',
        'operationele doel*|redenen',
        'archiefdoel*',
        'archivering*',
        'registratiedoel*',
        // zakelijke doeleinden zeggen wiens, statistiek en analyse waarmee: vaag, geen doel (docs/notice-reading.md R96, R97)
        'zakelijke ..2 doel*|redenen',
        'statistische ..2 doel*|redenen|analyse*',
        'statistiekdoel*',
        // rapportage names no goal (R256): "voor rapportagedoeleinden"
        'rapportagedoel*',
      ],
    },
    // ── goals notice-reading.md §3 names: a summary for the caller, documentation, feedback, staff performance ──
    { id: 'service-provision', phrases: ['verslag|samenvatting* ..5 advies|gesprek|consult|*advies|*adviezen|*gesprek|*gesprekken|*consult', 'mail|stuur*|sturen|ontvangt ...5 verslag|samenvatting*', 'verslag|samenvatting* ...4 sturen|mailen|toesturen|opsturen|ontvangen|ontvangt'] },
    // feedback given to the caller is delivered to them (R61; docs/notice-reading.md R141): "zodat wij u achteraf feedback kunnen
    // geven", "om u schriftelijke feedback te sturen", "de feedback wordt aan u gemaild"; "u" after "om" or a subject is the one
    // it is given to ("zodat u feedback kunt geven" is the caller giving it)
    { id: 'service-provision', phrases: [
      'om|wij|we|ik ..2 u|jou|je !ons|onze ..3 feedback|terugkoppeling ...4 geven|sturen|toesturen|mailen|bezorgen|te',
      'feedback|terugkoppeling ...4 aan|naar u|jou|je ..3 gegeven|gestuurd|toegestuurd|gemaild|bezorgd|geven|sturen|toesturen|mailen',
    ] },
    // feedback from the caller is customer feedback (§3 quality assurance): "zodat u ons feedback kunt geven"
    { id: 'quality-assurance', phrases: ['u|jij|je ..2 ons ..2 feedback|terugkoppeling'] },
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
    // het Nederlands zet het object voor het werkwoord: "om de kwaliteit te bewaken", "de kwaliteit kunnen waarborgen"
    { id: 'quality-assurance', phrases: ['kwaliteit ..3 beoordelen|beoordeeld|toetsen|getoetst', 'kwaliteit ..4 bewaken|bewaakt|verbeteren|verbeterd|verhogen|verhoogd|borgen|geborgd|waarborgen|gewaarborgd|controleren|gecontroleerd|=meten|gemeten|garanderen|handhaven|monitoren|optimaliseren|bevorderen|verbeteren|vergroten'] },
    // the standards of the service are its quality: "controleren of aan de normen voor klantenservice wordt voldaan"
    { id: 'quality-assurance', phrases: ['normen|norm|standaard|standaarden ..3 klantenservice|dienstverlening|service|klantcontact|klantbediening', 'servicenorm*', 'kwaliteitsnorm*'] },
    // checking the advice or the information given is quality assurance (§3)
    { id: 'quality-assurance', phrases: ['gegeven ..2 advies|adviezen|informatie|antwoorden|uitleg ...4 controleren|toetsen|nagaan|beoordelen|checken', 'advies|adviezen ...4 controleren|toetsen|nagaan|checken', 'controleren|toetsen|nagaan|checken ..3 gegeven ..2 advies|adviezen|informatie|antwoorden'] },
    // the same check as a clause: "om na te gaan of wij u juist hebben geïnformeerd" (§3)
    { id: 'quality-assurance', phrases: ['nagaan|controleren|checken|toetsen|beoordelen|na|controle ...6 juist|goed|correct|zorgvuldig|volledig ..3 geinformeerd|geadviseerd|geholpen|voorgelicht|beantwoord|ingelicht'] },
    // checking that calls or requests are handled correctly is checking the service (§3 quality assurance), not carrying the request out:
    // "om te controleren of gesprekken correct worden afgehandeld", "zodat wij kunnen nagaan of uw vraag goed is behandeld"
    { id: 'quality-assurance', outranks: ['service-provision'], phrases: [
      'nagaan|controleren|checken|toetsen|beoordelen|na|controle|zeker|waarborgen ...6 juist|goed|correct|zorgvuldig|volledig|netjes|professioneel ..3 afgehandeld|behandeld|verwerkt|afgewikkeld|opgevolgd',
      // (an alternative is one word: "te woord gestaan" is a phrase of its own)
      'nagaan|controleren|checken|toetsen|beoordelen|na|controle|zeker|waarborgen ...6 juist|goed|correct|zorgvuldig|netjes|professioneel ..2 te woord ..2 gestaan|staan'] },
    // generating or following up sales leads is selling (policy-format.md: marketing and sales strategy)
    { id: 'marketing', phrases: ['leadgeneratie', 'lead|leads generatie|genereren|generen|opvolgen', 'leads|prospects ..2 genereren|opvolgen|verzamelen|werven', 'leads|prospects ..2 op te volgen', 'saleskans*|verkoopkans*'] },
    // giving the caller the information they called for is carrying out what they asked (§3 service provision); "informatiedoeleinden" stays vague (R14)
    { id: 'service-provision', phrases: ['u ...4 informatie|inlichtingen ..3 geven|verstrekken|sturen|toesturen|bieden|verschaffen', 'informatie|inlichtingen ..2 aan u ..3 geven|verstrekken|sturen|toesturen|verschaffen'] },
    // giving the right information is the quality of the service: "om na te gaan of wij u de juiste informatie geven" (§3)
    { id: 'quality-assurance', outranks: ['service-provision'], phrases: ['juiste|correcte|goede|volledige ..1 informatie|inlichtingen'] },
    // establishing the facts of what was said or done is proof of it (§3 evidence): "om de feiten vast te stellen"
    { id: 'evidence', phrases: ['feiten ..3 vaststellen|vastgesteld|achterhalen|nagaan', 'feiten ..3 vast te stellen', 'vaststellen|achterhalen|nagaan wat er ..3 gebeurd|gezegd|voorgevallen', 'vast te stellen wat er ..3 gebeurd|gezegd|voorgevallen'] },
    // detecting crime is preventing it (§3 security → fraud prevention), as "het voorkomen of opsporen van misdrijven"
    { id: 'fraud-prevention', phrases: ['opsporen|opsporing|voorkomen|voorkoming|bestrijden|bestrijding ..3 misdrijf|misdrijven|criminaliteit|strafbare'] },
    // R24 with words between: the caller's matter, then a prepositional phrase or an adverb, then the verb cluster at the
    // clause's end (§4): "zodat wij uw melding over de openbare ruimte goed kunnen afhandelen". The matter is the object
    // after "om" or the subject ("wij"), not a possessive inside the phrase ("uw klacht over de bezorging van uw pakket")
    { id: 'service-provision', phrases: [
      'om|wij|we|ik|men ..2 uw|je !gegevens|persoonsgegevens|persoonlijke|*gegevens|gesprek|gesprekken|*gesprek|stem|opname*|identiteit|privacy|klacht*|*klacht|feedback|ervaring*|tevredenheid|mening|data|telefoontje*|oproep*|bericht*|boodschap*|call|calls|consult|consulten|consultatie*|sessie*|belletje*|conversatie*|telefonade|klantcontact* _ !gegevens|persoonsgegevens|persoonlijke|*gegevens|gesprek|gesprekken|*gesprek|stem|opname*|identiteit|privacy|klacht*|*klacht|feedback|ervaring*|tevredenheid|mening|data|telefoontje*|oproep*|bericht*|boodschap*|call|calls|consult|consulten|consultatie*|sessie*|belletje*|conversatie*|telefonade|klantcontact* ...6 afhandelen|behandelen|verwerken|uitvoeren|afwikkelen|regelen',
      'om|wij|we|ik|men ..2 uw|je !gegevens|persoonsgegevens|persoonlijke|*gegevens|gesprek|gesprekken|*gesprek|stem|opname*|identiteit|privacy|klacht*|*klacht|feedback|ervaring*|tevredenheid|mening|data|telefoontje*|oproep*|bericht*|boodschap*|call|calls|consult|consulten|consultatie*|sessie*|belletje*|conversatie*|telefonade|klantcontact* _ !gegevens|persoonsgegevens|persoonlijke|*gegevens|gesprek|gesprekken|*gesprek|stem|opname*|identiteit|privacy|klacht*|*klacht|feedback|ervaring*|tevredenheid|mening|data|telefoontje*|oproep*|bericht*|boodschap*|call|calls|consult|consulten|consultatie*|sessie*|belletje*|conversatie*|telefonade|klantcontact* ...6 af te handelen',
      'om|wij|we|ik|men ..2 uw|je !gegevens|persoonsgegevens|persoonlijke|*gegevens|gesprek|gesprekken|*gesprek|stem|opname*|identiteit|privacy|klacht*|*klacht|feedback|ervaring*|tevredenheid|mening|data|telefoontje*|oproep*|bericht*|boodschap*|call|calls|consult|consulten|consultatie*|sessie*|belletje*|conversatie*|telefonade|klantcontact* _ !gegevens|persoonsgegevens|persoonlijke|*gegevens|gesprek|gesprekken|*gesprek|stem|opname*|identiteit|privacy|klacht*|*klacht|feedback|ervaring*|tevredenheid|mening|data|telefoontje*|oproep*|bericht*|boodschap*|call|calls|consult|consulten|consultatie*|sessie*|belletje*|conversatie*|telefonade|klantcontact* ...6 uit te voeren',
      'om|wij|we|ik|men ..2 uw|je !gegevens|persoonsgegevens|persoonlijke|*gegevens|gesprek|gesprekken|*gesprek|stem|opname*|identiteit|privacy|klacht*|*klacht|feedback|ervaring*|tevredenheid|mening|data|telefoontje*|oproep*|bericht*|boodschap*|call|calls|consult|consulten|consultatie*|sessie*|belletje*|conversatie*|telefonade|klantcontact* _ !gegevens|persoonsgegevens|persoonlijke|*gegevens|gesprek|gesprekken|*gesprek|stem|opname*|identiteit|privacy|klacht*|*klacht|feedback|ervaring*|tevredenheid|mening|data|telefoontje*|oproep*|bericht*|boodschap*|call|calls|consult|consulten|consultatie*|sessie*|belletje*|conversatie*|telefonade|klantcontact* ...6 af te wikkelen',
    ] },
    // assessing the caller's own request is carrying it out, not evaluating an employee (§3; docs/notice-reading.md R51):
    // "om uw aanvraag voor een machtiging te kunnen beoordelen"
    { id: 'service-provision', outranks: ['employee-evaluation'], phrases: [
      'uw|je ..2 aanvraag*|*aanvraag|aanvragen|verzoek*|*verzoek|claim*|*claim|declaratie*|*declaratie|aanmelding*|dossier*|*dossier|machtiging*|zaak|situatie|sollicitatie* ...6 beoordelen|beoordeeld|evalueren|geevalueerd|toetsen|getoetst|bekijken|bekeken',
      'beoordeling|beoordelen|evaluatie|evalueren|toetsing|toetsen ..2 van ..2 uw|je ..2 aanvraag*|*aanvraag|aanvragen|verzoek*|*verzoek|claim*|*claim|declaratie*|*declaratie|aanmelding*|dossier*|*dossier|machtiging*|zaak|situatie|sollicitatie*',
      // tight, so that it hides the bare "beoordelen" (employee evaluation) with a phrase after the noun
      'uw|je aanvraag*|*aanvraag|aanvragen|verzoek*|*verzoek|claim*|*claim|declaratie*|*declaratie|aanmelding*|dossier*|*dossier|machtiging*|zaak|situatie|sollicitatie* ?voor|van|over|tot|op|om ?een|de|het ?_ ?goed|zorgvuldig|snel|grondig|correct|juist|eerlijk ?te ?kunnen|worden|laten ?te beoordelen|evalueren|toetsen|bekijken|beoordeeld',
    ] },
    // the caller's matter made, opened, prepared, completed or passed on, something delivered to the caller, and the caller's
    // matter itself as the goal are carrying out what the caller asked (§3; docs/notice-reading.md R61):
    // "om een dossier voor u aan te maken", "zodat wij uw melding kunnen doorsturen", "voor uw offerte"
    { id: 'service-provision', phrases: [
      'dossier*|*dossier|ticket*|aanvraag|aanvragen|*aanvraag|melding|meldingen|*melding|offerte*|order|orders|bestelling*|*bestelling|reservering*|verzoek|*verzoek|zaak|claim|*claim|aanmelding|declaratie*|klantvraag|vraag ...5 aanmaken|openen|opstellen|opmaken|voorbereiden|aanvullen|afronden|doorsturen|doorzetten|doorgeven|doorsturen|klaarzetten|aangemaakt|geopend|opgesteld|doorgestuurd|doorgezet|doorgegeven|aangevuld|afgerond',
      'dossier*|*dossier|ticket*|aanvraag|aanvragen|*aanvraag|melding|meldingen|*melding|offerte*|order|orders|bestelling*|*bestelling|reservering*|verzoek|*verzoek|zaak|claim|*claim|aanmelding|declaratie*|klantvraag|vraag ...5 aan te maken', 'dossier*|*dossier|ticket*|aanvraag|aanvragen|*aanvraag|melding|meldingen|*melding|offerte*|order|orders|bestelling*|*bestelling|reservering*|verzoek|*verzoek|zaak|claim|*claim|aanmelding|declaratie*|klantvraag|vraag ...5 op te stellen', 'dossier*|*dossier|ticket*|aanvraag|aanvragen|*aanvraag|melding|meldingen|*melding|offerte*|order|orders|bestelling*|*bestelling|reservering*|verzoek|*verzoek|zaak|claim|*claim|aanmelding|declaratie*|klantvraag|vraag ...5 op te maken', 'dossier*|*dossier|ticket*|aanvraag|aanvragen|*aanvraag|melding|meldingen|*melding|offerte*|order|orders|bestelling*|*bestelling|reservering*|verzoek|*verzoek|zaak|claim|*claim|aanmelding|declaratie*|klantvraag|vraag ...5 voor te bereiden', 'dossier*|*dossier|ticket*|aanvraag|aanvragen|*aanvraag|melding|meldingen|*melding|offerte*|order|orders|bestelling*|*bestelling|reservering*|verzoek|*verzoek|zaak|claim|*claim|aanmelding|declaratie*|klantvraag|vraag ...5 aan te vullen',
      'dossier*|*dossier|ticket*|aanvraag|aanvragen|*aanvraag|melding|meldingen|*melding|offerte*|order|orders|bestelling*|*bestelling|reservering*|verzoek|*verzoek|zaak|claim|*claim|aanmelding|declaratie*|klantvraag|vraag ...5 af te ronden', 'dossier*|*dossier|ticket*|aanvraag|aanvragen|*aanvraag|melding|meldingen|*melding|offerte*|order|orders|bestelling*|*bestelling|reservering*|verzoek|*verzoek|zaak|claim|*claim|aanmelding|declaratie*|klantvraag|vraag ...5 door te sturen', 'dossier*|*dossier|ticket*|aanvraag|aanvragen|*aanvraag|melding|meldingen|*melding|offerte*|order|orders|bestelling*|*bestelling|reservering*|verzoek|*verzoek|zaak|claim|*claim|aanmelding|declaratie*|klantvraag|vraag ...5 door te zetten', 'dossier*|*dossier|ticket*|aanvraag|aanvragen|*aanvraag|melding|meldingen|*melding|offerte*|order|orders|bestelling*|*bestelling|reservering*|verzoek|*verzoek|zaak|claim|*claim|aanmelding|declaratie*|klantvraag|vraag ...5 door te geven', 'dossier*|*dossier|ticket*|aanvraag|aanvragen|*aanvraag|melding|meldingen|*melding|offerte*|order|orders|bestelling*|*bestelling|reservering*|verzoek|*verzoek|zaak|claim|*claim|aanmelding|declaratie*|klantvraag|vraag ...5 te openen',
      'u|je ..2 een|de|het|uw ?_ samenvatting*|bevestiging*|offerte*|verslag|overzicht|transcript*|brief|antwoord|advies ...4 sturen|toesturen|mailen|geven|bezorgen',
      'u|je ..2 een|de|het|uw ?_ samenvatting*|bevestiging*|offerte*|verslag|overzicht|transcript*|brief|antwoord|advies ...4 toe te sturen',
      // transcripts delivered are the service the caller gets (R233): "om uw gesprekken op te nemen en transcripties te leveren"
      'transcript*|transcriptie* ..2 leveren|aanleveren|verstrekken|bieden', 'leveren|aanleveren|verstrekken ..2 transcript*|transcriptie*',
      'voor uw|je offerte*|bestelling|reservering|aanvraag|afspraak|order|reparatie|levering|aanmelding|machtiging|declaratie|verhuizing|melding|boeking|aansluiting|installatie|dossier|verzoek',
      'ten behoeve van uw|je offerte*|bestelling|reservering|aanvraag|afspraak|order|reparatie|levering|aanmelding|machtiging|declaratie|verhuizing|melding|boeking|aansluiting|installatie|dossier|verzoek',
    ] },
    // thanking the caller for their matter names no goal: "Bedankt voor uw bestelling. Dit gesprek wordt opgenomen."
    { stop: true, phrases: ['bedankt|dank|dankt|danken|dankjewel|dankuwel ..2 voor ..1 uw|je _'] },
    // een open lijst van gegevens laat geen doel onbenoemd (R290): "zijn o.a. uw geboortedatum, naam- en adresgegevens"
    { stop: true, phrases: ['onder andere|meer ..2 uw|je|jouw|de ..1 naam|namen|geboortedatum|adres|adresgegevens|telefoonnummer|telefoonnummers|gegevens|contactgegevens|persoonsgegevens|bsn|burgerservicenummer', 'o a ..2 uw|je|jouw|de ..1 naam|namen|geboortedatum|adres|adresgegevens|telefoonnummer|telefoonnummers|gegevens|contactgegevens|persoonsgegevens|bsn|burgerservicenummer'] },
    // the one who records is one person who listens back later: a recording for their own use (docs/notice-reading.md R53)
    { id: 'personal-use', phrases: ['zodat|om|dat ..1 ik ...8 terugluisteren|naluisteren|terugkijken|terughoren|terugbeluisteren', 'zodat|om|dat ..1 ik ...8 terug te luisteren', 'zodat|om|dat ..1 ik ...8 na te luisteren', 'zodat|om|dat ..1 ik ...8 nog eens|nogmaals ..3 luisteren|beluisteren|afspelen|horen'] },
    // tuchtzaken en disciplinaire procedures zonder genoemde medewerker: bewijs (docs/notice-reading.md R52)
    { id: 'evidence', phrases: ['disciplinaire procedure|procedures|maatregel|maatregelen|zaak|zaken|onderzoek|processen|trajecten', 'disciplinair proces|traject|onderzoek', 'tuchtzaak|tuchtzaken|tuchtprocedure*|tuchtrecht*'] },
    // wat gezegd wordt, gebruikt in een onderzoek, een procedure of een rechtszaak, dient als bewijs (§3 evidence; docs/notice-reading.md
    // R163): "alles wat u zegt kan worden gebruikt in het onderzoek", "kan in een procedure worden gebruikt"; "om klachten te onderzoeken" is klachtbehandeling
    { id: 'evidence', phrases: ['gebruikt|gebruiken ..2 in|bij ..3 onderzoek|procedure|procedures|rechtszaak|rechtszaken|rechtbank|strafzaak|strafzaken|rechtsgang !naar|van',
      'in|bij ..3 onderzoek|procedure|procedures|rechtszaak|rechtszaken|rechtbank|strafzaak|strafzaken ..3 gebruikt|gebruiken',
      // bewaard zolang een onderzoek of procedure loopt: bewaard om erin te worden gebruikt (R163): "bewaard tot het onderzoek is afgerond"
      'tot|totdat|zolang ..2 onderzoek|procedure|rechtszaak ..3 afgerond|afgesloten|beeindigd|voltooid|loopt|duurt'] },
    // de behandeling of zorg van de patiënt is de dienst die wordt verleend, en specifiek (§3; docs/notice-reading.md R70):
    // "voor behandeldoeleinden", "ten behoeve van uw behandeling", "voor uw consult"
    { id: 'service-provision', phrases: [
      'behandeldoeleinden|behandelingsdoeleinden|zorgdoeleinden',
      'medische|behandel|zorg doeleinden|doeleinde|redenen',
      'uw|je ?medische|verdere|lopende behandeling|behandelingen|zorg|zorgverlening|therapie|behandelplan|zorgplan',
      'voor uw|je consult|consulten|afspraak|bezoek|sessie|sessies',
      'patientenzorg|patiëntenzorg',
    ] },
    // de dienst getoetst aan wat bellers verwachten is de kwaliteit ervan (docs/notice-reading.md R71); voortdurende verbetering
    // noemt niets dat verbeterd wordt: vaag, kwaliteit (R19)
    { id: 'quality-assurance', phrases: ['verwachting|verwachtingen ...3 voldoen|voldoet|voldaan|beantwoorden|beantwoordt|waarmaken|overtreffen|overtreft', 'voldoen|voldoet|beantwoorden|beantwoordt ..1 aan ..3 verwachting|verwachtingen'] },
    { id: 'quality-assurance', vague: true, phrases: ['continue|voortdurende|doorlopende|permanente|constante verbetering|verbeteringen !van|in|op'] },
    // verbeteren zonder wat: "zodat wij kunnen blijven verbeteren", "om ons te helpen verbeteren" (docs/notice-reading.md R95)
    { id: 'quality-assurance', vague: true, phrases: ['zodat we|wij ?kunnen ?blijven ?kunnen verbeteren', 'om ons|onszelf te ?blijven ?helpen verbeteren', 'ons ..1 helpen verbeteren'] },
    // onderzoek onder klanten naar producten is marktonderzoek (docs/notice-reading.md R72): "voor productonderzoek"
    { id: 'marketing', phrases: ['productonderzoek*|consumentenonderzoek*|klantonderzoek*|klantenonderzoek*|productresearch|consumentenresearch'] },
    // een opname die online wordt gezet, geplaatst of geüpload wordt gepubliceerd (docs/notice-reading.md R73)
    { id: 'publication', phrases: [
      'youtube*|*kanaal|website|site|internet|facebook|instagram|tiktok|linkedin|podcast|online ...4 geplaatst|plaatsen|gezet|zetten|gedeeld|delen|gestreamd|streamen|uitgezonden',
      'geupload|geüpload|uploaden|upload|uploadt', 'livestream*', 'online ..1 gezet|zetten|gepubliceerd|beschikbaar gesteld',
    ] },
    // inhoud voor een publiek gemaakt is geen opleiding van medewerkers: "als educatieve content gepubliceerd" (R73)
    { stop: true, phrases: ['educatieve|educatief|leerzame|instructieve content|inhoud|video|videos|video\'s|serie|afleveringen'] },
    // het dossier van de organisatie is haar vastlegging van het gesprek (docs/notice-reading.md R74): "voor ons dossier", "voor onze administratie" blijft vaag
    { id: 'evidence', phrases: ['voor|in ons !eigen ?_ dossier|archief|*dossier', 'voor onze ?_ verslaglegging|dossiervorming|vastlegging', 'voor het dossier'] },
    // een dienstwoord als doel noemt de dienst die wordt verleend (docs/notice-reading.md R76): "voor de planning van afspraken"
    { id: 'service-provision', phrases: [
      'afspraakplanning|afsprakenplanning|reserveringsdoeleinden|planningsdoeleinden|afspraakdoeleinden',
      // "afspraken" is also agreements (evidence): only appointments planned or managed
      'planning|plannen|inplannen|beheer ..2 van ..1 afspraken|afspraak|reserveringen|reservering|boekingen|boeking',
      'voor ..1 reserveringen|boekingen',
    ] },
    // ── readings of docs/notice-reading.md R170-R179 ──
    // de rekening, het geld of de identiteit van de beller beschermd, oplichters, verdachte of onbevoegde handelingen: fraude (R170)
    { id: 'fraud-prevention', phrases: ['uw|je ..1 geld|rekening|rekeningen|tegoed|spaargeld|pas|passen|identiteit ...3 beschermen|beveiligen|veilig',
      'bescherm*|beveilig* ..3 uw|je ..1 geld|rekening|rekeningen|tegoed|spaargeld|pas|passen', 'oplichter*', 'criminelen',
      'verdachte ..1 transactie*|betaling*|activiteit*|handeling*|opdracht*', 'onbevoegd*|ongeautoriseerd* ..1 toegang|gebruik|transactie*|betaling*'] },
    // een technische fout met haar voorzetsel, en de werking van het telefoonsysteem (R171): "problemen met de verbinding"
    { id: 'troubleshooting', outranks: ['service-provision', 'quality-assurance'], phrases: [
      'problemen|probleem|storing*|fout|fouten|haperingen|hapering met|in|op|bij ..2 verbinding|verbindingen|lijn|lijnen|telefoonsysteem|telefooncentrale|telefonie|systeem|systemen|keuzemenu|netwerk|geluid|*systeem',
      'werking ..3 telefoonsysteem|telefooncentrale|telefonie|systeem|systemen|lijnen|netwerk|apparatuur|*systeem|keuzemenu'] },
    // de juistheid van advies of informatie, als zelfstandig naamwoord of als gezegde (R172): "nagaan of onze adviezen kloppen"
    { id: 'quality-assurance', phrases: ['juistheid|correctheid|volledigheid|nauwkeurigheid ..3 advies|adviezen|informatie|antwoorden|uitleg',
      'advies|adviezen|informatie|antwoorden|uitleg ..2 kloppen|klopt', 'advies|adviezen|informatie|antwoorden|uitleg ..2 juist|correct ..1 is|zijn|was|waren',
      'zorgen|ervoor|zeker ...6 juist|goed|correct|zorgvuldig|volledig ..3 geinformeerd|geadviseerd|geholpen|voorgelicht|ingelicht',
      'klantenservice|dienstverlening|service|*service|klantcontact ...4 beter te maken', 'klantenservice|dienstverlening|service|*service|klantcontact ...4 beter maken'] },
    // medewerkers die leren (R173): "zodat onze servicemedewerkers ervan kunnen leren", "om onze telefonisten te leren hoe …"
    // (not an assistant: in a notice that is as often a digital one, R179)
    { id: 'staff-training', phrases: ['medewerker*|*medewerker*|personeel*|collega*|werknemer*|adviseur*|*adviseur*|telefonist*|team*|agent* ...4 leren|bijleren|leert !kennen'] },
    // een geschil in andere woorden (R174): "bij een verschil van mening", "eventuele discussies over uw bestelling"
    { id: 'evidence', phrases: ['verschil|verschillen van mening', 'eventuele|mogelijke|latere ..1 discussie*|onduidelijkhe*'] },
    // de instructies van de beller zijn geen instructie van medewerkers (R174): "om uw instructies vast te leggen"
    { stop: true, phrases: ['uw|je|jouw ?_ instructie*'] },
    // een klacht als voorwaarde (R175), als en "if you complain": "als u een klacht heeft, helpt de opname ons …"
    { id: 'complaint-handling', phrases: ['als|wanneer|indien|mocht ..3 klacht|klachten|*klacht|*klachten'] },
    // automatische analyse met een analysedoel (R177): "automatisch geanalyseerd om trends te ontdekken", "veelgestelde vragen"
    { id: 'speech-analytics', phrases: ['automatisch geanalyseerd|analyseren om ?de ?veelvoorkomende trends|patronen|onderwerpen|themas te ontdekken|herkennen|zien|signaleren|volgen',
      'veelgestelde vragen', 'veelvoorkomende|terugkerende ..1 vragen|onderwerpen|thema*|redenen', 'onderwerpen|vragen|thema* ..3 vaak|veel ..1 voorkomen|voorkomt|gesteld'] },
    // producten aangeboden of het aanbod afgestemd op de beller (R178): "om u producten aan te bieden die bij u passen"
    { id: 'marketing', outranks: ['service-provision'], phrases: ['producten|diensten|aanbiedingen|aanbod ...4 aan te bieden', 'producten|diensten|aanbiedingen|aanbod ...4 aanbieden|aangeboden',
      'aanbod ...6 af te stemmen', 'aanbod ...6 afstemmen|afgestemd', 'producten|diensten ...4 bij u passen|aansluiten|interessant'] },
    // een AI-systeem dat nauwkeuriger wordt gemaakt (R179): "om ons transcriptiesysteem nauwkeuriger te maken"
    { id: 'ai-training', phrases: [`${AI_STRICT}|transcriptie*|*transcriptiesysteem ...4 nauwkeuriger|slimmer|beter`] },
];
