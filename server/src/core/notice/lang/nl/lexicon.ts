/** Dutch notice lexicon. Notation: see ../lexicon-types.ts. */
import type { NoticeLexicon } from '../lexicon-types';
import { purposes } from './purposes';
import { STAFF } from './purpose-words';

export const nl: NoticeLexicon = {
  // "opnemen" also means to include, admit, pick up or answer: it records only beside a call (lexicon-types)
  // the organisation that records and the caller who is recorded: "u wordt opgenomen"
  // a negative pronoun stands for everything said: "nothing is recorded" denies (lexicon-types)
  // the subject of a passive recording verb (docs/notice-reading.md R222): "Elke wedstrijd wordt opgenomen"
  passiveSubject: {
    passive: ['wordt', 'worden', 'werd', 'werden', 'is', 'zijn'],
    auxiliaries: ['wordt', 'worden', 'werd', 'werden', 'is', 'zijn', 'kan', 'kunnen', 'zal', 'zullen', 'mag', 'mogen', 'moet', 'moeten', 'ook', 'altijd', 'automatisch', 'standaard'],
    determiners: ['de', 'het', 'een', 'elke', 'ieder', 'iedere', 'elk', 'enkele', 'sommige'],
  },
  negativePronouns: ['niets', 'niks'],
  recordingParties: ['wij', 'we', 'u', 'je', 'jij'],
  callPronouns: ['dit', 'het', 'dat'],
  objectPrepositions: ['van', 'over', 'aan'],
  callRouting: ['doorverbonden', 'doorgeschakeld', 'doorgestuurd', 'doorgezet', 'overgezet', 'beantwoord'],
  recordingSenses: [
    'opgenomen',
    'opnemen',
    'opneemt',
    'opneem',
    // the past tense, exactly: its stem is the noun's ("opname"), which records on its own
    '=opnam',
    'neem|neemt|nemen|nam|namen ...12 op',
    // the te-infinitive of the separable verb: "u kunt ons vragen het gesprek niet op te nemen"
    'op te nemen',
  ],
  recording: [
    // the noun is the recording itself ("de opname wordt gebruikt voor"); a hospital admission is in notRecording
    'opname',
    'opnames',
    'opnamen',
    'gespreksopname*',
    'telefoonopname*',
    'geluidsopname*',
    'audio-opname*',
    'opnameapparatuur',
    'getaped',
    // the trade's loans and nouns: "via voicelogging vastgelegd" (telephone sales), "call recording", "gespreksregistratie"
    'voicelogging',
    'voice logging',
    'voicelog',
    'voicelogs',
    'callrecording',
    'call recording',
    'gespreksregistratie',
    'spraakopname*',
    // the English loan, as spoken: "gesprekken worden gerecord"
    'gerecord',
    'gerecorded',
    'recorden',
    'recordt',
  ],
  // the call used for a purpose its sentence names is a call kept: "de gesprekken worden gebruikt voor trainingsdoeleinden" (lexicon-types)
  callUse: ['gesprek|gesprekken|*gesprek|*gesprekken|oproep|oproepen ...4 gebruikt',
    // a call retrieved, listened back to or replayed afterwards is a call kept (§2): "een gesprek wordt niet opgevraagd, tenzij: …"
    'gesprek|gesprekken|*gesprek|*gesprekken|oproep|oproepen ...4 opgevraagd|teruggeluisterd|teruggehaald|afgespeeld|nageluisterd'],
  listening: ['beluisterd', 'beluisteren', 'meegeluisterd', 'meeluisteren', 'meeluistert', 'luistert|luisteren|luister ...5 mee',
    // een tweede persoon die bij het gesprek aanwezig is, luistert mee (docs/notice-reading.md R143): "een tweede vrijwilliger is
    // aanwezig", "een meeluisterende collega"
    `tweede|andere|extra|derde ..1 vrijwilliger*|persoon|luisteraar*|${STAFF} ..4 aanwezig|meeluistert|luistert`,
    `meeluisterende|luisterende|zwijgende vrijwilliger*|persoon|luisteraar*|${STAFF}`],
  recordingWeak: ['getranscribeerd', 'transcriberen', 'uitgeschreven', 'schrijven|schrijft|schrijf ...12 uit', 
    'vastgelegd',
    'vastleggen',
    'vastlegt',
    'vastleg',
    'leg|legt|leggen|legde|legden ...12 vast',
    'vast te leggen',
    'op te slaan',
    'uit te schrijven',
    'sla|slaan|slaat|sloeg|sloegen ...12 op',
    'bewaard',
    'bewaren',
    'bewaart',
    'opgeslagen',
    'geregistreerd',
    // the finite forms and the infinitive of registreren ("Wij registreren uw gesprek niet")
    'registreren',
    'registreert',
    'registreer',
    'registreerde',
    'registreerden',
    'teruggeluisterd',
    'terugluisteren',
    // listening back needs a recording: "wij luisteren gesprekken terug" (the split verb and its te-infinitive)
    'luister|luistert|luisteren|luisterde|luisterden ...6 terug',
    'terug te luisteren',
    'afgeluisterd',
    'gearchiveerd',
  ],
  notRecording: [
    // het eigen bericht van de beller in een voicemailmenu (R289): "Druk op 1 om uw opname op te slaan"
    'uw|je|jouw|de ..1 opname|boodschap|begroeting ..4 slaan|beluisteren|wissen|verwijderen|afspelen|terugluisteren|versturen|opnieuw',
    'neem|spreek ..3 uw|je|jouw ..1 naam|bericht|boodschap|begroeting ..2 op|in ..2 na ..2 toon|piep|signaal',
    // de opname die de gebruiker of klant maakt, is van hem, niet van de organisatie (R257): "Opnames die de gebruiker maakt"
    'opname|opnames|opnamen die|dat ..1 gebruiker|gebruikers|klant|klanten|u|je ?zelf maakt|maken|maakte|maakten',
    'door ..2 gebruiker|gebruikers|klant|klanten|abonnee|abonnees ..1 gemaakt|opgenomen',
    // een verbod voor de beller om op te nemen is een regel voor de beller, geen melding dat het gesprek wordt opgenomen en geen
    // ontkenning (docs/notice-reading.md R142): "Het is niet toegestaan om het consult op te nemen", "U mag het gesprek niet opnemen"
    'niet|nooit toegestaan|toegelaten|geoorloofd ..3 om|dat ...8 opnemen|opneemt|opnamen|opnames|opname',
    'niet|nooit toegestaan|toegelaten|geoorloofd ..3 om|dat ...8 op te nemen',
    // the same with the rule after the recording (R260): "Zo is het maken van screenshots of (geluids)opnames niet toegestaan"
    'maken ..1 van ...4 opname|opnames|opnamen|*opname|*opnames|*opnamen ...3 niet|nooit toegestaan|toegelaten|geoorloofd',
    'u|je|jij|bellers|beller|patiënten|patiënt|cliënten|cliënt|klanten|bezoekers|ouders ?zelf mag|mogen|moogt ...8 niet|nooit|geen ...3 opnemen|opnamen|opnames|opname|*opname|*opnamen|*opnames',
    'u|je|jij|bellers|beller|patiënten|patiënt|cliënten|cliënt|klanten|bezoekers|ouders ?zelf mag|mogen|moogt ...8 niet|nooit|geen ...3 op te nemen',
    // de beller die wil opnemen, neemt zelf op (R232, R244): "Wilt u een gesprek met de gemeente opnemen?"
    '=wilt|=wil u|je|jij !niet|erop|er|dat|graag|liever ...6 opnemen', '=wilt|=wil u|je|jij !niet|erop|er|dat|graag|liever ...6 op te nemen',
    // the organisation permitting or forbidding the caller or the public to record (R232): "wij staan niet toe dat bellers het gesprek opnemen"
    'sta|staat|staan ...3 toe dat ...3 bellers|beller|u|je|klanten|cliënten|patiënten|burgers|burger|bezoekers|derden|iemand ...8 opnemen|opneemt',
    // de beller die zelf kan opnemen, neemt zelf op, niet de organisatie (R244): "U kunt het gesprek opnemen met de app"
    'u|je|jij|gebruikers|klanten ?zelf kunt|kan|kunnen !bezwaar|ervoor|aangeven|vragen|verzoeken|weigeren|melden|laten ..3 opnemen', 'kunt|kan u|je|jij ?zelf !bezwaar|ervoor|aangeven|vragen|verzoeken|weigeren|melden|laten ..3 opnemen',
    'sta|staat|staan ...3 bellers|beller|u|je|klanten|cliënten|patiënten|burgers|burger|bezoekers|derden|iemand ...3 toe ..1 om ...6 op te nemen',
    'bellers|beller|klanten|cliënten|patiënten|burgers|burger|bezoekers|derden ..3 toestemming ..3 om ...6 op te nemen',
    'opgenomen|opname|opnames|opnamen boodschap|*boodschap|bericht|*bericht|mededeling|keuzemenu|tekst|welkomstboodschap|wachtmuziek',
    'contact ...5 op',
    'contact ..2 opgenomen|opnemen|opneemt|opneem|opnam',
    'opgenomen|opname|opnames|opnamen|opnemen ...4 ziekenhuis|kliniek|*kliniek|zorginstelling|verpleeghuis|ggz|afdeling|instelling|hospice|revalidatie*',
    'ziekenhuis|kliniek ...4 opgenomen|opname|opnemen',
    // "opgenomen in" a document or a list is included in it: "de kosten zijn opgenomen in de offerte"
    'opgenomen ..3 voorwaarden|*voorwaarden|privacyverklaring|privacyreglement|privacybeleid|overeenkomst|polis|brochure|reglement|wachtrij|lijst',
    'opgenomen in ..2 offerte|factuur|*overzicht|overzicht|*bestand|bestand|rapport|verslag|prijs|pakket|abonnement|planning|rooster|agenda|begroting|contract',
    'geld|bedrag|vakantie|verlof|vrije|dagen|krediet|lening ...3 opnemen|opgenomen|opneemt|op',
    'telefoon|telefoontje ...4 op|opnemen|opneemt|opgenomen',
    'niemand ..2 op|opneemt|opgenomen',
    // opnemen als aannemen (de telefoon opnemen): haast hoort bij het aannemen, niet bij een opname ("wij nemen zo snel mogelijk op")
    'zo snel|spoedig|gauw|vlug ..2 mogelijk ..3 op|opnemen|opneemt|opgenomen',
    'op|opnemen|opneemt|opgenomen ..2 zo snel|spoedig|gauw|vlug ..2 mogelijk',
    // aangenomen of geweigerd: "gesprekken kunnen worden opgenomen of afgewezen"
    'opgenomen|opnemen of|en afgewezen|geweigerd|doorgeschakeld|beantwoord|weggedrukt|afgewezen',
    'afgewezen|geweigerd|doorgeschakeld|weggedrukt of|en opgenomen|opnemen',
    // opgenomen in het gesprek: erin verwerkt, niet opgenomen ("het antwoord wordt in het gesprek opgenomen")
    'in het|de|dit|uw|ons gesprek|chat|chatgesprek|conversatie ..2 opgenomen|opnemen|op',
    'in behandeling',
    'afspraak|afspraken|regeling|betalingsregeling|overeenkomst ...6 vast|vastleggen',
  ],
  // a software call or an event logged, not a conversation: "chaque appel est enregistré dans les logs" (lexicon-types)
  loggedEvents: ['=logs', 'logbestand*', 'logboek*', 'tabel', 'timestamp*', 'assertion*', 'mock*', 'stub*', 'endpoint*', '=log', 'api', 'functieaanroep*', 'aanroep*',
    // logins and sign-ins logged are events, not the call (§1; docs/notice-reading.md R16, R21): "Alle inlogpogingen worden vastgelegd"
    'inlog*', 'login*', 'aanmeldpoging*'],
  // recording switched off is recording negated: "Recording is turned off for this call" (lexicon-types)
  recordingOff: ['uitgeschakeld', 'uitgezet', 'gedeactiveerd', 'staat|staan|is ..1 =uit'],
  // switching off that can be done is an option, no denial (lexicon-types, R250)
  possibilityModals: ['kan', 'kunnen', 'kunt', 'mag', 'mogen'],
  // a negation of the telling is no denial of what is told (lexicon-types, R251)
  tellingVerbs: ['verteld', 'vertellen', 'weten', 'wijzen', 'gemeld', 'melden', 'geinformeerd', 'informeren', 'meegedeeld', 'gewaarschuwd', 'waarschuwen', 'ingelicht', 'inlichten'],
  // a noun after one is in a prepositional phrase, no object of the recording word (lexicon-types)
  phrasePrepositions: ['met', 'zonder', 'volgens', 'ondanks'],
  // the caller's data in general: the recording is among them (lexicon-types)
  // a later sentence that refers back to the recording is a purpose clause of it (lexicon-types, docs/notice-reading.md R22)
  recordingRefs: ['dit|dat doen|deden wij|we', 'wij|we doen|deden dit|dat', 'dit|dat gebeurt|geschiedt', 'daarvoor|hiervoor', 'dit|dat is om|voor|ter|ten'],
  dataNouns: ['persoonsgegevens', '*persoonsgegevens', 'uw|je|jouw|klant* ?persoonlijke gegevens|informatie', 'persoonlijke gegevens'],
  dataUses: ['verwerk*|gebruik*|verzamel*|bewaar*|bewaren|bewaard|delen|gedeeld'],
  callNouns: ['gesprekken|oproepen|telefoongesprekken van|naar en|of naar|van', 'gesprek*', '*gesprek', '*gesprekken', 'telefoontje*', 'oproep*', '*oproep', '*oproepen', 'telefonade', 'gesprekskwaliteit', 'interview', 'interviews',
    // the spoken variety: the English loan, a phone contact, a conversation, what the caller says
    'call', 'calls', 'belletje*', 'telefonisch contact', 'telefonische contacten', 'klantcontact*', 'conversatie*', 'wat u zegt', 'wat je zegt',
    // a consultation or session with a person is a call (docs/notice-reading.md R36)
    'consult', 'consulten', 'consultatie*', 'sessie|sessies met',
    // de vergadering of conferentie waarin de beller nu zit, is het gesprek (docs/notice-reading.md R160): "De vergadering wordt nu opgenomen"
    'teleconferentie*', 'conference call*', 'conferencecall*', 'deze|dit vergadering|conferentie|sessie|overleg|teleconferentie',
    'vergadering|conferentie|sessie|overleg ..2 nu|momenteel',
    // the line the caller is on is the call, as en 'line', fr 'ligne', es 'línea': "Deze lijn wordt niet opgenomen" denies (§2)
    'deze|onze lijn|lijnen', 'op de lijn'],
  genericLaw: ['strafbaar', 'verboden', 'illegaal', 'onrechtmatig', 'toegestaan om', 'mag je|jij|men|iedereen',
    // a law that allows, rules or differs, as the subject: recording in general (docs/notice-reading.md R90)
    'wet|wetgeving|wetten staat|staan|regelt|regelen|verschilt|verschillen',
    // recording in general said to be allowed, with the noun or the infinitive as subject (docs/notice-reading.md R211)
    '=opnemen|opname|opnames|opnamen ...16 is|zijn ...4 toegestaan|legaal|wettig|geoorloofd|verboden'],
  // lawfulness inside a condition on this recording limits it, it is not the law in general (docs/notice-reading.md R62)
  lawConditions: ['als', 'indien', 'tenzij', 'voor zover', 'mits', 'wanneer', 'waar', 'zoals'],
  specificMarkers: ['wij', 'we', 'ons', 'onze', 'dit gesprek', 'uw gesprek', 'dit telefoongesprek', 'uw telefoongesprek', 'deze oproep', 'uw oproep'],
  notCallNouns: [
    // a work recorded for broadcast (an album, a podcast, a film, a show) is a recording of something else (§1)
    'album*', 'liedje*', 'podcast*', 'film', 'films', 'video*', 'aflevering*', 'uitzending*', 
    // a user name, an IP address, an opinion or a form field taken is a recording of something else (§1)
    'gebruikersnaam', 'ip', 'mening', 'meningen', 'veld', 'velden', '*veld', '*velden', 
    // the caller's name taken at a prompt is a recording of something else (§1): "Neem na de piep uw naam op"
    'naam', '*verzoek', '*lijst', 'situatie',
    // een gegeven of een handeling over de beller is geen opname van het gesprek (§1; docs/notice-reading.md R190)
    'geboortedatum', 'geslacht', 'leeftijd', 'postcode', 'nationaliteit', 'handeling', 'handelingen', 'klik', 'klikken', 'toetsaanslag*',
    // what an IVR confirms it has taken: "Uw antwoord is opgenomen"
    'antwoord', 'antwoorden',
    'webinar*', 'vergadering*', '*vergadering', '*vergaderingen', 'bijeenkomst*', 'evenement*', 'sessie* !met', 'metadata', 'tijdstip*', 'afbeelding*',
    'boodschap',
    '*boodschap',
    'bericht',
    '*bericht',
    'melding',
    '*melding',
    'meterstand*',
    '*stand',
    'gegevens',
    '*gegevens',
    'nummer',
    '*nummer',
    'pincode',
    'wachtwoord',
    'adres*',
    'informatie',
    'voorwaarden',
    '*voorwaarden',
    'ziekenhuis',
    'klacht',
    'verzoek',
    'aanvraag',
    'bestelling',
    'order',
    'betaling',
    'afspraak',
    'afspraken',
    'wens',
    'wensen',
    'voorkeur*',
    'reservering',
    'contact',
    'bedrag',
    'geld',
    'vakantie',
    'verlof',
    'keuze',
    'storing',
    'schade*',
  ],
  ofWords: ['van'],
  // iets anders dat wordt bekeken of opgenomen: camerabewaking, een ECG, een scherm (docs/notice-reading.md R81; lexicon-types)
  otherRecorded: ['cctv', 'cameratoezicht', 'camerabewaking', 'camerabeelden', 'camera', 'cameras', 'camera s', '*camera', '*cameras', 'videobewaking', 'videotoezicht', 'video opname|opnames|opnamen|beelden',
    'videoopname*', 'videobeelden', 'ecg', 'elektrocardiogram*', 'hartslag', 'hartritme', 'schermopname*', 'beeldscherm',
    // de eigen opname van de beller bij een prompt of in een voicemail (een naam, een begroeting, een bericht: docs/notice-reading.md
    // R122): "Ik moet uw voor- en achternaam opnemen", "Spreek na de toon uw naam in", "Uw opname wordt bewaard", "Uw bericht is verwijderd"
    'uw|je|jouw ..3 naam|*naam|namen|begroeting|*begroeting|bericht|berichten|*bericht|boodschap|*boodschap ..2 opnemen|inspreken|ingesproken|opgenomen',
    'uw|je|jouw ..3 naam|*naam|namen|begroeting|*begroeting|bericht|berichten|*bericht|boodschap|*boodschap ..2 op|in te nemen|spreken',
    'spreek|spreekt|neem|neemt ...4 uw|je|jouw ..3 naam|*naam|namen|begroeting|*begroeting|bericht|berichten|*bericht|boodschap|*boodschap',
    'uw|je|jouw ?nieuwe opname|opnames|begroeting|*begroeting|bericht|berichten|*bericht|boodschap|*boodschap|naam is|zijn|wordt|worden ?nu opgeslagen|bewaard|verwijderd|gewist|verzonden|geaccepteerd'],
  useContext: [
    // a recording retrieved is a recording used: "wordt een gesprek niet opgevraagd, tenzij: …"
    'opgevraagd',
    'gebruik*',
    'gebruikt',
    'bewaard',
    'bewaren',
    'verwijderd',
    'verwijderen',
    'gedeeld',
    'beluisterd',
    'teruggeluisterd',
    'terugluisteren',
    'pauzeren',
    'pauzeert',
    'gepauzeerd',
    'gestopt',
    'stoppen',
    'stopt',
    'gestart',
    'plaats',
    'geanalyseerd',
    'ingezet',
    'opgeslagen',
    'vernietigd',
    'overgedragen',
    'dragen',
    'uitgeschreven',
    'gepubliceerd',
    'bewaartermijn',
    'toegang',
  ],
  // "No," opening the answer to a question about recording: the answer states, it is no opt-out (lexicon-types, docs/notice-reading.md R29)
  answerNo: ['nee'],
  negations: ['niet', 'nooit', 'geen', 'niets', 'noch', 'niemand', 'nergens'],
  // the verb that ends the clause after its clause-final negation (lexicon-types, docs/notice-reading.md R26)
  finalVerbs: ['gebruikt', 'gebruiken', 'ingezet', 'inzetten', 'gedeeld', 'delen', 'geanalyseerd', 'analyseren', 'verwerkt', 'verwerken', 'bewaard', 'bewaren', 'opgenomen', 'worden', 'wordt'],
  verbNegations: ['niet'],
  nounNegations: ['geen'],
  // a part of the call left unrecorded: the rest is recorded, no denial (lexicon-types)
  partialObjects: ['het|dat gedeelte|deel ..1 van|waarin|waar|waarbij',
    // meervoudige delen, benoemd naar wat erin gebeurt, zonder lidwoord: "Delen van het gesprek waarin u betaalt, worden niet opgenomen" (R11)
    '=delen|=gedeelten|=gedeeltes|=stukken van ..1 het|dit|uw|je|de gesprek|gesprekken|telefoongesprek|telefoongesprekken ..1 waarin|waar|waarbij|wanneer|terwijl|tijdens'],
  negationDurations: [
    // "niet standaard opgenomen": a default negated, not the recording (docs/notice-reading.md R29)
    'standaard', 'langer ...4 dan', 'meer dan ..2 dag|dagen|maand|maanden|jaar|jaren|week|weken|uur'],
  // "al dan niet opgenomen", "wel of niet": an alternative with its negation is no negation
  negationPreCancellers: ['al', 'of', 'standaard'],
  // "niet beperkt tot": een open lijst, niets ontkend (docs/notice-reading.md R102)
  negationCancellers: ['beperkt', 'alle', 'alleen', 'altijd', 'standaard', 'automatisch', 'noodzakelijk', 'zomaar', 'elk', 'elke', 'ieder', 'iedere', 'enkel', 'uitsluitend', 'slechts', 'dat', 'wilt', 'wil', 'akkoord', 'eens', 'zeker',
    // a duty negated is no denial: "u bent niet verplicht mee te werken aan de opname"
    'verplicht', 'gehouden'],
  scopeEnders: ['maar', 'wel', 'alleen', 'uitsluitend', 'enkel', 'slechts', 'behalve', 'dan', 'zodat', 'omdat', 'dat', 'tenzij', 'want', 'echter', 'doch', 'integendeel'],
  conditionals: ['als', 'indien', 'wanneer', 'mits', 'tenzij', 'zonder !twijfel|probleem|problemen|meer|kosten', 'wilt', 'wil', 'willen', 'wenst', 'wensen', 'toestemming', 'bezwaar', 'liever', 'akkoord', 'instemt', 'instemmen', 'vragen', 'vraagt', 'verzoeken'],
  introductions: ['u spreekt met', 'mijn naam is', 'ik ben', 'u bent verbonden met'],
  // de naam van de lijn, het team of de dienst, tot het einde van de zin of bijzin: geen doel van de opname (lexicon-types)
  welcomes: ['welkom bij|in|op|aan', 'bedankt|dank ..3 bellen|belt|gebeld|contact|telefoontje|oproep', 'u bent ..2 verbonden|doorverbonden met', 'u belt met|naar', 'u hebt|heeft ..3 gebeld|bereikt', 'u spreekt met', 'u wordt ..2 doorverbonden met', 'wij verbinden u ..2 door met', 
    // a hold message: an agent will answer the caller soon (§1, as a menu: no goal of the recording; docs/notice-reading.md R237)
    'medewerker|medewerkers|adviseur|adviseurs|collega|collegas ..3 staat|staan ..3 u|je ..2 te woord', 'medewerker|medewerkers|adviseur|adviseurs|collega|collegas ..3 helpt|helpen ..2 u|je ..2 verder'],
  menuVerbs: ['druk', 'drukt', 'toets', 'kies', 'zeg'],
  menuKeys: ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'nul', 'hekje', 'sterretje'],
  // abbreviations whose full stops end no sentence (lexicon-types)
  abbreviations: ['bijv', 'bv', 'o a', 'm b t', 'i v m', 'd w z', 'dwz', 'evt', 'incl', 'ca', 'nr', 'dhr', 'mevr', 'mw', 't a v', 'a u b', 'z s m'],
  coordinators: ['en', 'of', 'alsmede', 'evenals', 'alsook', 'respectievelijk'],
  clauseSubjects: ['wij', 'we', 'u', 'ik', 'zij', 'ze', 'gesprekken', 'dit gesprek', 'uw gesprek', 'het gesprek', 'alle gesprekken', 'opnames', 'onze medewerkers'],
  // a goal opens here: outside a sentence about recording, purposes are read only after one (lexicon-types)
  // a request to the caller: its goal is the request's, not the recording's (lexicon-types)
  callerRequests: ['alstublieft',
    // een advies aan de beller: het doel is van de beller (R284): "Voor uw veiligheid: deel nooit uw pincode"
    'deel|geef|noem|vertel|stuur ..3 nooit', 'nooit ..3 uw|je|jouw ..2 pincode|wachtwoord|code|inloggegevens', 'alsjeblieft', 'aub', 'houd|hou ...4 bij de hand|gereed|klaar', 'zorg ..2 dat u', 'geef ..3 door',
    // wat de beller eerder vroeg: het doel is dat van het verzoek, niet van de opname (docs/notice-reading.md R162): "U vroeg ons
    // gisteren om u terug te bellen", "U heeft ons gevraagd om …"
    'u|je|jij vroeg|vroegen|verzocht|verzochten', 'u|je|jij heeft|hebt|had ...4 gevraagd|verzocht'],
  goalMarkers: ['om', 'zodat', 'opdat', 'ter', 'ten behoeve', 'teneinde', 'met als doel', 'met het oog op', 'met het doel', 'doel|doeleinden van|is|zijn',
    // een werkwoord van mogelijk maken opent een doel: "Dit helpt ons onze medewerkers te trainen"
    'helpt|helpen ons', 'stelt|stellen ons ..2 in staat', 'zo kunnen wij|we'],
  purposeMarkers: ['om', 'zodat', 'opdat'],
  // "als" is no clause opener: in the middle field before the participle it is "as" ("als bewijs van de gemaakte afspraken
  // opgenomen", docs/notice-reading.md R110); as "if" the sentence stays conditional (`conditionals`)
  subordinators: ['dat', 'zodat', 'omdat', 'om', 'indien', 'wanneer', 'tenzij', 'waarna', 'terwijl', 'doordat', 'opdat', 'want', 'maar', 'waarbij', 'die', 'welke'],
  relativePronouns: ['die', 'dat', 'welke'],
  fillers: [
    'de', 'het', 'een', 'van', 'voor', 'onze', 'ons', 'uw', 'je', 'jouw', 'hun', 'haar', 'zijn', 'te', 'in', 'op', 'aan', 'met', 'bij',
    'door', 'om', 'ter', 'ten', 'tot', 'eventuele', 'eventueel', 'deze', 'dit', 'die', 'alle', 'al', 'eigen', 'behoeve', 'kunnen', 'goed',
    'beter', 'mogelijke', 'mogelijk', 'zo', 'nieuwe', 'nog', 'er', 'wij', 'we', 'u', 'worden', 'wordt', 'kan', 'hier', 'daarvan', 'hiervan',
  ],
  purposeHeads: ['doeleinden', 'doeleinde', 'doelen', 'redenen', 'doeleind'],
  compoundHeads: [
    'doeleinden', 'doeleinde', 'doelen', 'redenen', 'gesprekken', 'gesprek', 'procedures', 'procedure', 'afhandeling', 'behandeling',
    'bestrijding', 'preventie', 'bewaking', 'verbetering', 'controle', 'training', 'trainingen', 'analyse', 'evaluatie', 'beoordeling',
    'beoordelingen', 'zaken', 'beleid', 'materiaal',
  ],
  purposes,
  canonical: {
    'quality-assurance': 'kwaliteitsbewaking',
    'staff-training': 'training van onze medewerkers',
    'employee-evaluation': 'beoordeling van onze medewerkers',
    evidence: 'bewijsvoering',
    'complaint-handling': 'klachtafhandeling',
    'legal-compliance': 'het nakomen van wettelijke verplichtingen',
    'fraud-prevention': 'fraudepreventie',
    'staff-safety': 'de veiligheid van onze medewerkers',
    troubleshooting: 'het opsporen van technische storingen',
    'speech-analytics': 'spraakanalyse',
    'emotion-recognition': 'emotieherkenning',
    'ai-training': 'het trainen van AI-modellen',
    marketing: 'marketingdoeleinden',
    'service-provision': 'het uitvoeren van uw verzoek',
    publication: 'publicatie',
    'personal-use': 'strikt persoonlijk gebruik',
  },
};
