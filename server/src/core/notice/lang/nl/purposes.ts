/**
 * Dutch purpose vocabulary: the phrases that name each purpose (notation: see ../lexicon-types.ts).
 * Here the purposes of handling the call (quality, training, evaluation, evidence, complaints, legal
 * duties, fraud, safety, troubleshooting); the uses beyond it are in purposes-uses.ts, in this order.
 */
import type { NoticeLexicon } from '../lexicon-types';
import { STAFF } from './purpose-words';
import { usePurposes } from './purposes-uses';

export const purposes: NoticeLexicon['purposes'] = [
    // de opname die deel uitmaakt van de overeenkomst is er het bewijs van (§3 bewijs; R253): "maakt deel uit van de overeenkomst"
    { id: 'evidence', phrases: ['maakt|maken|vormt|vormen deel ..2 van ..2 overeenkomst|contract|polis'] },
    // A dispute is evidence, not service provision (§3), whatever phrase it stands in.
    { id: 'evidence', outranks: ['service-provision'], phrases: ['geschil*', '*geschil*', 'meningsverschil*', 'onenigheid'] },
    // a legal duty to pass the recording on is the duty of the sharing, no goal of the recording (docs/notice-reading.md R236)
    { stop: true, phrases: ['gedeeld|delen|deelt|verstrekt|verstrekken|verstrekt|doorgegeven|doorgeven|overgedragen|overdragen|gegeven|uitgewisseld ...10 tenzij|behalve|uitgezonderd ..6 wettelijk|wet|rechter|rechterlijk|justitie|verplicht|verplichting*',
      'gedeeld|delen|deelt|verstrekt|verstrekken|doorgegeven|doorgeven|overgedragen|overdragen|gegeven|uitgewisseld ...10 tenzij|behalve|uitgezonderd ..6 wettelijk|juridisch verplicht*|vereist|voorgeschreven'] },
    // het recht van bezwaar tegen direct marketing is een recht van de beller, geen aangekondigd doel (docs/notice-reading.md R243)
    { stop: true, phrases: ['bezwaar ...12 direct marketing', 'bezwaar ...12 marketing|reclame|profilering'] },
    // supervisie is een supervisor die de dienstverlening controleert (§3 quality assurance; docs/notice-reading.md R239)
    { id: 'quality-assurance', vague: true, phrases: ['supervisiedoeleinden'] },
    { id: 'quality-assurance', phrases: ['supervisie'] },
    // de opnames beveiligd tegen misbruik of onbevoegde toegang: een bescherming van de opnames, geen doel (R282)
    { stop: true, phrases: [
      '=opname|=opnames|=opnamen|=gegevens|=informatie|=ze|=deze ..4 =beveiligd|=beschermd|=afgeschermd|=opgeslagen ..2 tegen ..4 misbruik|toegang|onbevoegd*|verlies|diefstal|inzage|wijziging|vernietiging',
      '=beveiligen|=beschermen|=beveiligt|=beschermt ..3 =opname|=opnames|=opnamen|=gegevens|=informatie ..2 tegen ..4 misbruik|toegang|onbevoegd*|verlies|diefstal',
      'veiligheid|beveiliging|bescherming|vertrouwelijkheid ..1 van ..2 =opname|=opnames|=opnamen|=gegevens|=informatie',
      'misbruik ..2 van ..2 =opname|=opnames|=opnamen|=gegevens'] },
    // A statement that recording is lawful, and a duty to inform, name no purpose (notice-reading.md §3).
    {
      stop: true,
      phrases: [
        // the data-protection law and a policy allow recording; a sector law that governs it is a duty
        // a data-protection law however long its name (docs/notice-reading.md R28)
        'conform|volgens|overeenkomstig ...8 avg|privacywet*|privacy*|gegevensbescherming|beleid',
        // a list shares its preposition (§4): "conform het beleid van de praktijk en de wet" states lawfulness as the
        // policy does; "conform de Wet op het financieel toezicht" (a sector law that governs recording) stays a duty
        'conform|volgens|overeenkomstig ..5 avg|privacywet*|privacy*|gegevensbescherming|beleid ...5 en|of ..2 wet|wetten|wetgeving|regelgeving',
        'wettelijk toegestaan',
        // conformity with the rules in force, whatever they are, says the recording is lawful (R281): "volgens de wettelijke
        // termijnen", "in overeenstemming met de geldende wetgeving", "met inachtneming van de wettelijke regels"
        'conform|volgens|overeenkomstig|overeenstemming|inachtneming|binnen|behoudens ..3 geldende|wettelijke|toepasselijke|toepassing|relevante|huidige|lokale|nationale ..1 wet|wetten|wetgeving|regels|regelgeving|voorschriften|eisen|termijnen|bewaartermijnen|bepalingen|kaders|kader',
        // de regels voor het opnemen zelf nageleefd: de rechtmatigheid van de opname, geen plicht tot opnemen (§3; docs/notice-reading.md R192)
        'naleving|naleven|houden|voldoen|voldoet ...6 wet|wetgeving|regels|regelgeving|voorschriften ..3 opnemen|opname|opnames|gespreksopname*|toestemming',
        // the law as the subject that allows: "voor zover de wet dat toestaat"
        'voor zover ..3 wet|wetgeving ..2 toestaat|toelaat|toestaan',
        'voorzover|waar|indien|als ..3 wet|wetgeving ..2 toestaat|toelaat|toestaan',
        'wettelijk verplicht ..5 informeren|melden|mededelen|wijzen|mee',
        'verplicht ..5 informeren|melden|mededelen|wijzen|mee',
        // een wet die toestemming voor of melding van de opname eist, legt geen plicht tot opnemen op (§3; docs/notice-reading.md R161):
        // "De wet verplicht ons u te informeren dat …", "Wettelijk moeten wij uw toestemming vragen"
        'wet|wetten|wetgeving|regelgeving verplicht|verplichten|vereist|vereisen|eist|eisen|schrijft|schrijven ...5 informeren|inlichten|melden|mededelen|vertellen|toestemming|instemming|akkoord|goedkeuring',
        'wettelijk|wettelijke ...5 toestemming|instemming|informeren|inlichten|melden|mededelen|vertellen',
        'volgens|krachtens|conform ..2 wet|wetgeving|regelgeving ...5 toestemming|instemming|informeren|inlichten|melden|mededelen|vertellen',
      ],
    },
    // emotie afgeleid: "om te herkennen of bellers geïrriteerd zijn" (§3, R31)
    { id: 'emotion-recognition', phrases: ['of ..4 geirriteerd|gefrustreerd|boos|gestrest|geergerd|overstuur|ontevreden ..1 zijn|is|bent|klinkt|klinken'] },
    // aanbiedingen aan de beller: "om u gepersonaliseerde aanbiedingen te doen" is marketing
    { id: 'marketing', phrases: ['gepersonaliseerde|persoonlijke|passende|speciale aanbieding*', 'aanbieding*|aanbod ..3 doen|sturen|toesturen'] },
    // vaag zonder doel: opvolging, informatie- en privacydoeleinden; herleidbaarheid is bewijs (docs/notice-reading.md)
    { vague: true, phrases: ['opvolging !van', 'informatiedoel*', 'ter informatie', 'privacydoel*'] },
    { id: 'evidence', vague: true, phrases: ['ter referentie', 'referentiedoel*', 'naslagdoel*', 'naslag',
      // de rol waarin de opname wordt bewaard noemt haar doel: "als geheugensteun", "als referentie", als "ter referentie" (docs/notice-reading.md R110)
      'als ?een geheugensteun|referentie|naslagwerk'] },
    // de rol waarin de opname wordt bewaard noemt haar doel: "ter vastlegging", "als vastlegging" (§3 documentation → evidence; R110)
    { id: 'evidence', phrases: ['ter|als ?een vastlegging|verslaglegging|onderbouwing'] },
    { id: 'quality-assurance', vague: true, phrases: ['verbeterdoel*', 'verbeteringsdoel*'] },
    { id: 'evidence', phrases: ['te documenteren', 'traceerbaarheid', 'herleidbaarheid', 'naspeurbaarheid', 'audittrail*'] },
    { id: 'legal-compliance', vague: true, phrases: ['auditdoel*', 'audit doel*|redenen', 'auditredenen',
      // compliance zonder genoemde regel is vaag, naaste doel legal-compliance (docs/notice-reading.md R4)
      'compliance*'] },
    { id: 'legal-compliance', phrases: ['compliance ..3 met|aan ..4 wet*|regelgeving|*regelgeving|regels|verplichting*|eisen|voorschriften'] },
    // analyse is een middel: vaag, geen doel (docs/notice-reading.md R5)
    { vague: true, phrases: ['analysedoel*', 'analyse|analytische doeleinden|redenen'] },
    // het verbeteren van de omgang met bellers is kwaliteitszorg, wat het er ook van noemt (R286): "om onze communicatie met u te
    // verbeteren", "de klantervaring", "de afhandeling van uw vragen te verbeteren" (verbeterd, niet uitgevoerd)
    { id: 'quality-assurance', outranks: ['service-provision'], phrases: [
      'communicatie|interactie|interacties|klantervaring|ervaring|processen|proces|afhandeling|advies|adviezen|gespreksvoering|bereikbaarheid|werkwijze|klantcontact|contact|begeleiding|hulp|reactietijd*|samenwerking ...5 verbeteren|verbeterd|optimaliseren|geoptimaliseerd',
      // its article opens the phrase, so that the handling it contains is outranked, not taking the first word
      'de|onze|uw =afhandeling ...5 verbeteren|verbeterd|optimaliseren|geoptimaliseerd',
      'verbetering|verbeteren|optimalisatie|optimaliseren ..3 communicatie|interactie|interacties|klantervaring|processen|afhandeling|advies|gespreksvoering|bereikbaarheid|werkwijze|klantcontact|begeleiding'] },
    // ── quality-assurance ───────────────────────────────────────────────
    {
      id: 'quality-assurance',
      vague: true,
      phrases: [
        'kwaliteitsdoel*',
        'monitoringdoel*',
        // controle als doel, zoals "monitoring purposes", "Kontrollzwecke", « fins de contrôle » (R256)
        'controledoel*',
        'controle doel*|redenen',
        'monitoringsdoel*',
        'monitoring doel*|redenen',
        'kwaliteitsredenen',
        'kwaliteitsoverwegingen',
        'kwaliteit doel*|redenen',
        'kwaliteit !van|*bewaking|*controle',
        'kwaliteitsdoeleinde',
        // kale monitoring als doel is het vage monitoringdoel (§3; docs/notice-reading.md R101): "voor training, monitoring en
        // verbetering"; met een object is het specifiek ("monitoring van de dienstverlening") of een ander doel
        'monitoring !van|der|de|het|onze|uw|je|hun|kwaliteit|prestaties|medewerker*|gesprekken|dienstverlening|service',
      ],
    },
    {
      id: 'quality-assurance',
      phrases: [
        'kwaliteit*',
        '*kwaliteit',
        'kwaliteit van|der ..3 dienstverlening|service|*service|klantenservice|*contact|gesprek*|*gesprekken|advies|adviezen|*advies|hulp|*verlening|zorg|triage|werk|antwoorden|informatie|klantbediening|behandeling',
        'dienstverlening|service|klantenservice|*service|klantcontact|klantbediening|*verlening|serviceniveau|bereikbaarheid|hulpverlening|adviezen|advisering ...5 verbeter*|bewaken|bewaking|controleren|toetsen|=meten|optimaliseren|evalueren|beoordelen',
        'verbeter*|optimalis*|bewaking|bewaken|controle|toetsing|monitoren ..4 dienstverlening|service|*service|klantenservice|klantcontact|klantbediening|*verlening|serviceniveau|kwaliteit|processen|werkwijze',
        // (kale monitoring als lijstitem is een doel op zich: "training, monitoring en verbetering van …", R101)
        'monitoring !en|of ..4 dienstverlening|service|*service|klantenservice|klantcontact|klantbediening|*verlening|serviceniveau|kwaliteit|processen|werkwijze',
        'beter van dienst',
        // "om u beter van dienst te kunnen zijn" is serving better (quality), not carrying out a request
        'beter van dienst ..2 zijn',
        'beter ..2 helpen',
        // a person or team of quality is who listens for it (§3): "de medewerker van kwaliteit en opleidingen"
        'medewerker|medewerkers|afdeling|team|coach|coaches ..2 kwaliteit',
        'klanttevredenheid*',
        'klantbeleving',
        'klantervaring',
        'meeluisteren ..3 kwaliteit',
        'servicekwaliteit',
        // de kwaliteit van wat gedaan wordt, ervoor genoemd: "operationele kwaliteit", "informatie van hoge kwaliteit" (docs/notice-reading.md R100)
        'operationele|klinische|medische|verpleegkundige|inhoudelijke kwaliteit',
        'informatie|advies|adviezen|zorg|hulp|dienstverlening|antwoorden|service van ?hoge|goede|constante kwaliteit',
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
    // training or coaching words with "of our (new) <people>", whatever the job title, are staff training (§3; docs/notice-reading.md R25); a known staff word is left to the phrases above, which name it:
    // "voor de begeleiding van onze nieuwe doktersassistenten"; not our customers, patients or AI systems
    { id: 'staff-training', phrases: [`begeleiding|inwerking|onboarding|coaching|opleiding|scholing|training|bijscholing van onze|ons ?nieuwe !klant*|*klant|*klanten|client*|clienten|patient*|*patient|*patienten|leden|lid|deelnemer*|bezoeker*|cursist*|student*|leerling*|kinderen|gebruiker*|beller*|dienst*|dienstverlening|product*|systeem|systemen|spraakcomputer*|*computer|model*|ai|chatbot*|voicebot*|*bot|spraakassistent*|*spraakassistent*|spraak*|virtuele|digitale|kunstmatige|algoritme*|website|app|proces*|kwaliteit|data|gegevens !${STAFF} _ !klant*|*klant|*klanten|client*|clienten|patient*|*patient|*patienten|leden|lid|deelnemer*|bezoeker*|cursist*|student*|leerling*|kinderen|gebruiker*|beller*|dienst*|dienstverlening|product*|systeem|systemen|spraakcomputer*|*computer|model*|ai|chatbot*|voicebot*|*bot|*assistent|*assistenten|spraak*|virtuele|digitale|kunstmatige|algoritme*|website|app|proces*|kwaliteit|data|gegevens`,
      `begeleiden|inwerken|coachen|opleiden|scholen|trainen|bijscholen ..1 onze|ons ?nieuwe !klant*|*klant|*klanten|client*|clienten|patient*|*patient|*patienten|leden|lid|deelnemer*|bezoeker*|cursist*|student*|leerling*|kinderen|gebruiker*|beller*|dienst*|dienstverlening|product*|systeem|systemen|spraakcomputer*|*computer|model*|ai|chatbot*|voicebot*|*bot|spraakassistent*|*spraakassistent*|spraak*|virtuele|digitale|kunstmatige|algoritme*|website|app|proces*|kwaliteit|data|gegevens !${STAFF} _ !klant*|*klant|*klanten|client*|clienten|patient*|*patient|*patienten|leden|lid|deelnemer*|bezoeker*|cursist*|student*|leerling*|kinderen|gebruiker*|beller*|dienst*|dienstverlening|product*|systeem|systemen|spraakcomputer*|*computer|model*|ai|chatbot*|voicebot*|*bot|*assistent|*assistenten|spraak*|virtuele|digitale|kunstmatige|algoritme*|website|app|proces*|kwaliteit|data|gegevens`,
      `onze|ons ?nieuwe !klant*|*klant|*klanten|client*|clienten|patient*|*patient|*patienten|leden|lid|deelnemer*|bezoeker*|cursist*|student*|leerling*|kinderen|gebruiker*|beller*|dienst*|dienstverlening|product*|systeem|systemen|spraakcomputer*|*computer|model*|ai|chatbot*|voicebot*|*bot|spraakassistent*|*spraakassistent*|spraak*|virtuele|digitale|kunstmatige|algoritme*|website|app|proces*|kwaliteit|data|gegevens !${STAFF} _ !klant*|*klant|*klanten|client*|clienten|patient*|*patient|*patienten|leden|lid|deelnemer*|bezoeker*|cursist*|student*|leerling*|kinderen|gebruiker*|beller*|dienst*|dienstverlening|product*|systeem|systemen|spraakcomputer*|*computer|model*|ai|chatbot*|voicebot*|*bot|*assistent|*assistenten|spraak*|virtuele|digitale|kunstmatige|algoritme*|website|app|proces*|kwaliteit|data|gegevens ..2 begeleiden|inwerken|coachen|opleiden|scholen|trainen|bijscholen|leiden|werken`] },
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
        // a complaint that comes in is the occasion the recording serves, as en "in case of a complaint": "als er een klacht binnenkomt"
        'er ..2 klacht|klachten|*klacht|*klachten',
        'klacht|klachten ..2 binnenkomt|binnenkomen|ingediend|indient|indienen',
      ],
    },
    // de zaak van de beller binnen een klacht is waarover de klacht gaat, geen zaak op zich: "om klachten over uw
    // meterstand af te handelen" is klachtafhandeling, niet R24's dienstverlening (docs/notice-reading.md R112)
    { id: 'complaint-handling', outranks: ['service-provision'], phrases: [
      'klacht*|*klacht|*klachten over|van|betreffende|omtrent|inzake|aangaande|rond|rondom|tegen|op ?uw|je|jouw|de|het _',
      'klacht*|*klacht|*klachten met betrekking tot ?uw|je|jouw|de|het _',
    ] },
    // ── legal-compliance ────────────────────────────────────────────────
    {
      id: 'legal-compliance',
      phrases: [
        // the law named as what requires the recording, not merely named (R281): "omdat de wet dat voorschrijft", "de wet schrijft
        // voor dat", "in verband met Europese regelgeving"
        'wet|wetten|wetgeving|*wetgeving|regelgeving|*regelgeving|toezichthouder|wetgever ..4 voorschrijft|voorschrijven|schrijft|schrijven|verplicht|verplichten|eist|eisen|vereist|vereisen|verlangt|verlangen|vraagt|vragen',
        'eisen|vereisten|voorschriften|verplichtingen ..3 wet|wetten|wetgeving|*wetgeving|regelgeving|*regelgeving|*richtlijn|*verordening|*wet',
        'in verband met|vanwege|wegens ..3 wet|wetten|wetgeving|*wetgeving|regelgeving|*regelgeving|voorschriften|regels',
        // complying with the law is the duty it imposes: "om te voldoen aan wet- en regelgeving"
        'voldoen|voldoet|naleven|naleving|nakomen|nakoming ..4 wet|wetten|wetgeving|*wetgeving|regelgeving|*regelgeving|regels|voorschriften|verplichting*|eisen',
        'wettelijk*|juridisch* ..2 verplicht*|vereist|voorgeschreven|verplichting*|eisen|vereisten|voorschriften|bepalingen|redenen|gronden|doeleinden',
        'wettelijk|wettelijke|regelgevende|toezichthoudende ..2 taak|taken|plicht*|regels',
        // juridische redenen noemen de bron van de plicht, als "legal reasons" (docs/notice-reading.md R4)
        'juridische redenen|doeleinden|gronden|overwegingen',
        'wet ..3 verplicht*',
        'verplicht* ..3 wet*',
        'conform|volgens|krachtens|grond ..4 wet*|regelgeving|*regelgeving|*wet|mifid*|*richtlijn',
        'wettelijke ..2 verplichting*|plicht|eis*|taak|bewaarplicht',
        'nalev*',
        'toezichthouder*',
        'afm',
        'dnb',
        'mifid*',
        'wft',
        'verplicht ...6 op te nemen',
        'verplicht ..4 vast te leggen',
        'juridische ..2 verplichting*',
      ],
    },
    // een beveiligingsniveau is een rang, geen doel (§3; R255): "inrichtingen met het beveiligingsniveau 3"
    { stop: true, phrases: ['beveiligingsniveau*', 'veiligheidsniveau*'] },
    // ── fraud-prevention ────────────────────────────────────────────────
    {
      id: 'fraud-prevention',
      phrases: [
        // onrechtmatig handelen dat voorkomen of opgespoord wordt, is fraudepreventie (R283)
        'illegale|onrechtmatige|onrechtmatig|criminele|strafbare|illegaal ..1 activiteit|activiteiten|handeling|handelingen|gebruik|gedrag|toegang|praktijken|feiten',
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
        // "voor uw en onze bescherming": for your protection, as "for your security" (§3)
        'uw ?en ?onze ?eigen bescherming !van',
        // de bescherming van beide partijen is "voor uw en onze bescherming" (docs/notice-reading.md R191)
        'wederzijdse bescherming|beveiliging|zekerheid', 'bescherming|beveiliging van ..1 beide partijen|kanten',
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
        // "aangifte" is a police report only as one made or one of a crime against staff; "uw aangifte", "aangifte
        // inkomstenbelasting" are a tax or customs declaration, the caller's matter (docs/notice-reading.md R113)
        'aangifte ..2 doen|doet|deed|deden|gedaan',
        'aangifte van|wegens|tegen ..2 bedreiging*|geweld|*geweld|agressie|intimidatie|mishandeling|belediging*|diefstal|inbraak|vernieling|discriminatie|stalking|misdrijf|misdrijven|strafbare',
        'aangifte tegen ..2 beller*|persoon|personen|dader*|hem|haar|u',
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
    // a tax or customs declaration made is no police report: "wanneer u aangifte doet bij de Belastingdienst" (R113)
    { stop: true, phrases: ['aangifte ...6 belasting*|inkomstenbelasting|belastingdienst|btw|omzetbelasting|douane|toeslag*', 'belasting*|belastingdienst|douane ...6 aangifte', 'uw|je|jouw ..1 aangifte ...3 doen|doet|gedaan'] },
    // a compound that names the kind of call ("coachingsgesprekken", "klachtgesprek", "verkoopgesprekken") as the subject or the
    // object of the recording says what the calls are, not what they are recorded for: only the goal clause names a purpose (as
    // R1's names of lines; docs/notice-reading.md R114). Where the recording is used ("gebruikt in coachingsgesprekken") it is the goal.
    { stop: true, phrases: ['*gesprek|*gesprekken|*telefoontje|*telefoontjes worden|wordt|werden|werd|kunnen|kan|zullen|zal|mogen|mag|zijn|is|nemen|neemt|leggen|legt',
      'neem|neemt|nemen|nam|namen|leg|legt|leggen|registreren|registreert|bewaren|bewaart ..2 *gesprek|*gesprekken|*telefoontje|*telefoontjes',
      // the same said with an adjective: "commerciële gesprekken" (fr "appels commerciaux", es "llamadas comerciales")
      'commercie* gesprek|gesprekken|telefoongesprek|telefoongesprekken|telefoontje|telefoontjes'] },
    { stop: true, phrases: ['storingsmelding*', 'storingsnummer*', 'storingslijn*', 'storingsdienst*', 'storingen ..2 melden'] },
    // A service point named after a purpose ("de fraudehelpdesk", "het klachtenloket") is where one calls, not a goal of the recording.
    { stop: true, phrases: ['*helpdesk', '*hotline', '*loket', '*meldpunt', '*infolijn', '*servicelijn', 'klachtenlijn', 'fraudelijn', '*telefoonnummer'] },
    // de verbetering als kop van een samenstelling: "proces- en serviceverbeteringen", "dienstverleningsverbetering" (docs/notice-reading.md R276)
    { id: 'quality-assurance', phrases: ['serviceverbetering*|procesverbetering*|dienstverleningsverbetering*|serviceoptimalisatie*|procesoptimalisatie*'] },
    // de identiteit van de beller gecontroleerd is fraudepreventie, zoals "om uw identiteit te controleren" (docs/notice-reading.md R280)
    { id: 'fraud-prevention', outranks: ['evidence'], phrases: ['identiteitscontrole*|identiteitsverificatie*|identiteitsvaststelling*', 'controle|verificatie|vaststelling|controleren|verifieren|vaststellen ..3 uw|je|jouw|de ..1 identiteit'] },
    // een dienst die het doel naar zijn kwaliteit beschrijft, is de bewaakte kwaliteit: "om u een vriendelijke en
    // professionele service te bieden" (§3; docs/notice-reading.md R263)
    { id: 'quality-assurance', phrases: ['vriendelijk*|klantvriendelijk*|efficient*|professione*|deskundig*|snel*|vlot*|correct*|zorgvuldig*|betrouwbaar*|uitstekend*|optimal*|optimale|goede|beste ..3 service|dienstverlening|klantenservice|*service|hulp|advies|begeleiding|ondersteuning|bediening|klantbediening'] },
    // wat de beller vroeg in gang gezet: een abonnement activeren, een afspraak inplannen (§3; docs/notice-reading.md R272)
    { id: 'service-provision', phrases: ['uw|je|jouw ..2 abonnement*|aansluiting*|contract*|account*|levering|pas|simkaart ..3 activeren|afsluiten|sluiten|aanmaken|maken|overzetten|zetten',
      'uw|je|jouw ..1 afspraak|afspraken ..3 plannen|inplannen|maken|verzetten'] },
    // grensoverschrijdend gedrag tegen medewerkers: "optreden tegen ongepast gedrag tegenover medewerkers" (§3 staff-safety; R272)
    { id: 'staff-safety', phrases: ['ongepast*|grensoverschrijdend*|onacceptabel*|intimiderend* gedrag', 'schelden|uitschelden|dreigen|bedreigen|bedreiging*'] },
    // de digitale assistent die leert begrijpen: "zodat de digitale assistent beter leert begrijpen wat bellers bedoelen" (§3
    // ai-training; R272); "de assistent" alleen kan een medewerker zijn (R173)
    { id: 'ai-training', phrases: ['digitale|virtuele ?spraak assistent ...6 leert|leren|leer|begrijpen|begrijpt|slimmer'] },
    ...usePurposes,
];
