/** German notice lexicon. Notation: see ../lexicon-types.ts. */
import type { NoticeLexicon } from '../lexicon-types';
import { purposes } from './purposes';

export const de: NoticeLexicon = {
  // "aufzeichnen" also means to log data ("Jede Änderung wird aufgezeichnet"): it records only beside a call
  // a negative pronoun stands for everything said: "nothing is recorded" denies (lexicon-types)
  // the subject of a passive recording verb (docs/notice-reading.md R222): "Jedes Spiel wird aufgezeichnet"
  passiveSubject: {
    passive: ['wird', 'werden', 'wurde', 'wurden', 'ist', 'sind'],
    auxiliaries: ['wird', 'werden', 'wurde', 'wurden', 'ist', 'sind', 'kann', 'konnen', 'konnte', 'muss', 'mussen', 'soll', 'sollen', 'darf', 'auch', 'immer', 'automatisch', 'stets', 'grundsatzlich'],
    determiners: ['der', 'die', 'das', 'ein', 'eine', 'jeder', 'jede', 'jedes', 'einige'],
  },
  negativePronouns: ['nichts'],
  recordingParties: ['wir'],
  callPronouns: ['dies', 'es', 'das', 'dieses'],
  // the caller's pronoun among the call nouns, and the caller told: the reader addressed, not the call recorded (R247)
  // "Bitte beachten Sie: …", "Wir möchten Sie darauf hinweisen, dass …"
  callerPronouns: ['sie'],
  addressees: ['informieren|benachrichtigen|bitten|beachten|lesen|wahlen|drucken|besuchen|kontaktieren|weisen|erinnern sie', 'sie ..2 informieren|hinweisen|benachrichtigen|erinnern'],
  objectPrepositions: ['an', 'uber', 'von'],
  callRouting: ['weitergeleitet', 'weiterverbunden', 'durchgestellt', 'umgeleitet', 'verbunden', 'beantwortet', 'entgegengenommen'],
  recordingSenses: ['aufgezeichnet', 'aufzeichnen', 'aufzeichnet', 'aufzuzeichnen', 'zeichne|zeichnet|zeichnen|zeichnete|zeichneten ...12 auf'],
  recording: [
    // the English loans of the trade: "Wir setzen Voice-Logging ein", "Call-Recording"
    'voice logging',
    'voicelogging',
    'call recording',
    'callrecording',
    'aufzeichnung*',
    '*aufzeichnung',
    '*aufzeichnungen',
    'mitgeschnitten',
    'mitschneiden',
    'mitschnitt*',
    '*mitschnitt',
    'schneiden|schneidet ...12 mit',
    'gesprachsaufnahme*',
    'tonaufnahme*',
    'tonbandaufnahme*',
  ],
  // the call used for a purpose its sentence names is a call kept: "Ihre Gespräche werden zu Schulungszwecken verwendet" (lexicon-types)
  callUse: ['*gesprach|*gesprache|*telefonat|*telefonate|*anruf|*anrufe ...6 verwendet|genutzt',
    // a call retrieved or reviewed afterwards is a call kept (§2; docs/notice-reading.md R50): "ein Gespräch wird nur abgerufen, wenn: …"
    '*gesprach|*gesprache|*telefonat|*telefonate|*anruf|*anrufe ...6 abgerufen|ausgewertet|uberpruft|angehort|abgespielt'],
  listening: ['mitgehort', 'mithoren', 'mithort', 'mithorte', 'mithorten', 'mitzuhoren', 'hort|horen ...5 mit'],
  recordingWeak: ['transkribiert', 'transkribieren', 'verschriftlicht', 'aufgenommen', 'aufnehmen', 'nehmen|nimmt|nehme ...12 auf', 'aufnahme', 'aufnahmen', 'gespeichert', 'speichern', 'festgehalten', 'archiviert', 'dokumentiert', 'protokolliert', 'registriert', 'registrieren', 'nachhoren', 'nachgehort',
    // a compound recording noun and the transcript, kept forms of the call (§2): "weder Rohaufnahmen noch Transkriptionen werden gespeichert"
    '*aufnahme', '*aufnahmen', 'transkript', 'transkripte', 'transkription*'],
  notRecording: [
    // die eigene Nachricht des Anrufers im Sprachmenü (R289): "Drücken Sie 1, um Ihre Aufnahme zu speichern"
    'ihre|deine|die ..1 aufnahme|ansage|nachricht ..2 zu|erneut ..1 speichern|anhoren|abhoren|loschen|senden|wiederholen|verwerfen',
    'ihre|deine|die ..1 aufnahme|ansage|nachricht ..1 anzuhoren|abzuhoren|zu ..1 speichern',
    // die Aufnahme, die der Nutzer oder Kunde macht, ist seine, nicht die der Organisation (R257): "Aufzeichnungen, die der Nutzer erstellt"
    'aufzeichnung|aufzeichnungen|aufnahme|aufnahmen ..1 die|welche ..1 nutzer|nutzerin|kunde|kundin|anwender|anwenderin|sie ?selbst erstellt|macht|anfertigt|erstellen|machen|anfertigen',
    'vom|von|durch ..2 nutzer|kunden|anwender|teilnehmer ..1 erstellt*|angefertigt*|aufgezeichnet*|gemacht*',
    'aufgezeichnet|aufgenommen|aufzeichnung|aufnahme ansage|nachricht|mitteilung|information*|text',
    'bandansage',
    'kontakt ...5 auf|aufnehmen|aufgenommen',
    // in eine Liste, einen Verteiler, eine Kartei aufnehmen: eintragen, nicht aufzeichnen
    'in ..3 liste|*liste|verteiler|*verteiler|kartei|datenbank|programm|warteschlange|*programm ...4 auf|aufnehmen|aufgenommen|aufzunehmen',
    // Ihr Anliegen, Ihre Daten aufnehmen (notieren): "Wir nehmen Ihr Anliegen auf und rufen zurück"
    'anliegen|bestellung|auftrag|schadensmeldung|personalien ...3 auf|aufnehmen|aufgenommen',
    'aufgenommen|aufnahme ...4 krankenhaus|klinik|*klinik|station|einrichtung|pflegeheim|warteliste|liste|programm|vertrag|bedingungen',
    'krankenhaus|klinik ...4 aufgenommen|aufnahme',
    'aufnahme ..2 ihrer|ihres|der|des ..2 daten|meldung|antrag*|bestellung|anliegen*|schadens*|personalien',
    // recordings offered to watch or replay ("here are the recordings"): past events, not this call (§1; docs/notice-reading.md R64)
    'hier findest|finden|gibt|sind|seht|sehen ..2 die aufzeichnung|aufzeichnungen|mitschnitte',
    'hier die aufzeichnung|aufzeichnungen|mitschnitte',
    'in die ..2 warteschleife',
    // saved WITH a status or AS a state of a workflow, as a record is: "mit dem Status „Erledigt“ gespeichert", "als abgeschlossen gespeichert" (docs/notice-reading.md R121, R133)
    'mit dem|einem|status|zustand ?status|zustand ...4 gespeichert|speichern|aufgezeichnet|protokolliert|registriert|abgelegt|archiviert',
    'als erledigt|abgeschlossen|bestatigt|storniert|gelesen|ungelesen|offen|entwurf|beendet|bearbeitet|verpasst|angenommen|abgelehnt ..2 gespeichert|markiert|aufgezeichnet|protokolliert|registriert|archiviert|abgelegt',
    // the caller's own recording (a greeting, a message, a name) confirmed as saved, deleted or sent: a voicemail or recorder
    // interaction, not this call recorded (docs/notice-reading.md R150): "Ihre Aufnahme wurde gespeichert"
    'ihre|deine ?neue|personliche aufnahme|aufnahmen|sprachaufnahme|sprachaufnahmen ..3 gespeichert|abgespeichert|geloscht|gesendet|verschickt|versendet|ubermittelt|verworfen|aufgenommen|aufgezeichnet',
    // a ban on the caller recording is a rule for the caller, no notice nor denial (docs/notice-reading.md R142, R210): "Sie dürfen
    // das Gespräch nicht aufzeichnen", "Bitte zeichnen Sie das Telefonat nicht auf"; the participle ("nicht aufgezeichnet") is not taken
    'sie|anrufer|patienten|kunden|besucher|eltern|mitglieder ?selbst durfen|darfst|konnen|sollen|sollten|mussen ...6 nicht|nie|niemals|kein|keine|keinen ...6 =aufzeichnen|=aufnehmen|=mitschneiden|=aufzeichnung|=aufzeichnungen|=aufnahme|=aufnahmen|=mitschnitt|=mitschnitte',
    'bitte ?zeichnen|nehmen|schneiden ?sie ...6 nicht|nie|niemals', 'bitte ...4 nicht|keine ...4 =aufzeichnen|=aufnehmen|=mitschneiden|=aufzeichnung|=aufnahme|=mitschnitt',
    'nicht|nie gestattet|erlaubt|zulassig|untersagt ...6 =aufzuzeichnen|=aufzunehmen|=mitzuschneiden', 'untersagt ...6 =aufzuzeichnen|=aufzunehmen|=mitzuschneiden',
    // the organisation permitting or forbidding the caller or the public to record (R232): "Wir gestatten Anrufern nicht, Gespräche aufzuzeichnen"
    'gestatten|erlauben|untersagen|verbieten ..3 anrufern|anrufer|kunden|patienten|besuchern|dritten|ihnen ...8 =aufzuzeichnen|=aufzunehmen|=mitzuschneiden',
    // wer selbst aufzeichnen kann, zeichnet selbst auf, nicht die Organisation (R244): "Sie können Gespräche mit der App aufzeichnen"
    'sie|du ?selbst konnen|kannst ...6 =aufzeichnen|=aufnehmen|=mitschneiden', 'konnen|kannst sie|du ?selbst ...6 =aufzeichnen|=aufnehmen|=mitschneiden',
  ],
  // a software call or an event logged, not a conversation: "chaque appel est enregistré dans les logs" (lexicon-types)
  loggedEvents: ['=logs', 'logdatei*', 'tabelle', 'timestamp*', 'zeitstempel*', 'assertion*', 'mock*', 'stub*', 'endpoint*', 'api', 'funktionsaufruf*', 'methodenaufruf*'],
  // camera surveillance, an ECG, a screen: another thing recorded; a bare recording word then refers to it (docs/notice-reading.md R81)
  otherRecorded: ['cctv', 'kamerauberwach*', 'videouberwach*', '*kamera', '*kameras', 'kamera', 'kameras', 'ekg', 'elektrokardiogramm*', 'herzfrequenz', 'herzschlag', 'bildschirmaufzeichnung*', 'bildschirm',
    // the caller's name taken for a greeting or a directory, an online step logged with its IP address and browser (docs/notice-reading.md R122)
    'ihren|deinen|seinen namen ...4 auf|aufzeichnen|aufnehmen|aufsprechen|aufgezeichnet|aufgenommen', 'ip adresse|adressen', 'browser',
    // a voicemail or a recorder the caller speaks into: the tone, the mailbox, the greeting recorded (docs/notice-reading.md R150)
    'signalton', 'piepton', 'pfeifton', 'nach dem ton', 'mailbox*', '*mailbox', 'anrufbeantworter*', 'sprachbox*', 'voicemail*',
    'begrussung|ansage|nachricht|mailboxansage ...4 auf|aufsprechen|aufnehmen|aufzeichnen|sprechen'],
  // recording switched off is recording negated: "Recording is turned off for this call" (lexicon-types)
  recordingOff: ['deaktiviert', 'ausgeschaltet', 'abgeschaltet', 'inaktiv'],
  // switching off that can be done is an option, no denial (lexicon-types, R250)
  possibilityModals: ['kann', 'konnen', 'konnt', 'darf', 'durfen'],
  // a negation of the telling is no denial of what is told (lexicon-types, R251)
  tellingVerbs: ['informiert', 'informieren', 'mitgeteilt', 'mitteilen', 'gesagt', 'hingewiesen', 'hinweisen', 'gewarnt', 'benachrichtigt', 'benachrichtigen'],
  // a noun after one is in a prepositional phrase, no object of the recording word (lexicon-types)
  phrasePrepositions: ['mit', 'ohne', 'nach', 'gemass', 'laut', 'trotz',
    // a goal phrase: "zu Qualitätszwecken und zur Bearbeitung von Beschwerden aufgezeichnet" records the calls, not the complaints
    'zur', 'zum', 'fur', 'von'],
  // the caller's data in general: the recording is among them (lexicon-types)
  // a later sentence that refers back to the recording is a purpose clause of it (lexicon-types, docs/notice-reading.md R22)
  recordingRefs: ['wir tun|machen dies|das', 'dies|das tun|machen wir', 'dies|das geschieht|erfolgt', 'hierfur|dafur|hierzu|dazu', 'dies|das dient|ist um|zur|zum',
    // excerpts of the recording, and an automated system at work on it, in a later sentence (docs/notice-reading.md R188)
    'ausschnitte|ausschnitt|auszuge|auszug|mitschnitte', 'software|system|programm|ki|algorithmus ..2 erkennt|erkennen|analysiert|analysieren|wertet|bewertet|erfasst|misst'],
  dataNouns: ['personenbezogen* daten', 'ihre|deine ?personlichen|personenbezogenen daten|informationen|angaben', 'personliche* daten|angaben'],
  dataUses: ['verarbeit*|verwend*|genutzt|nutzen|nutzt|erhoben|erheben|gespeichert|speichern|weitergegeben'],
  callNouns: ['anrufe|gesprache|telefonate von|an|zu und|oder an|von|zu', 
    // what the caller says: "Was Sie sagen, wird gespeichert", "Ihre Schilderung wird aufgezeichnet"
    'was sie sagen', 'ihre|deine schilderung*', 'gesprach*', '*gesprach', '*gesprache', '*gesprachen', 'telefonat*', '*telefonat', '*telefonate', 'anruf*', '*anruf', '*anrufe', '*anrufen', '*telefonaten', 'telefonie',
    // an emergency call is a call: "Die Polizei zeichnet Notrufe auf" (docs/notice-reading.md R130)
    'notruf', 'notrufe', 'notrufen', '*notruf', '*notrufe', 'unterhaltung', 'sie',
    // the conference, meeting or session the caller is in, now, is the call (docs/notice-reading.md R160, R203): "Diese Konferenz
    // wird jetzt aufgezeichnet", "Das Meeting wird momentan aufgezeichnet"; "die Aufzeichnung des Webinars" is of something else
    'diese|dieses|diesem|dieser sitzung|konferenz|meeting|besprechung|telefonkonferenz|videokonferenz|session !des|der|zum|zur',
    'sitzung|konferenz|meeting|besprechung|session ..2 jetzt|nun|momentan|gerade|derzeit|aktuell', 'telefonkonferenz*',
    // the voice recorded is the caller's: "Ihre Stimme wird aufgezeichnet"
    'stimme',
    // a consultation or session with a person is a call: "Ihre Beratung kann aufgezeichnet werden" (docs/notice-reading.md R36)
    'beratung', 'beratungen', 'sitzung|sitzungen mit',
    // the line the caller is on is the call, as en 'line', fr 'ligne', es 'línea': "Diese Leitung wird nicht aufgezeichnet" denies (§2)
    'diese|dieser|unsere|unserer leitung|leitungen|hotline'],
  genericLaw: ['strafbar', 'verboten', 'unzulassig', 'zulassig', 'rechtswidrig', 'unbefugt*',
    // a law that allows, rules or differs, as the subject: recording in general (docs/notice-reading.md R90)
    'gesetz|gesetze|gesetzgebung regelt|regeln|erlaubt|erlauben',
    // recording in general said to be allowed, with the noun or the infinitive as subject (docs/notice-reading.md R211)
    'aufzeichnen|aufzeichnung|aufzeichnungen|mitschneiden|mitschnitt|aufnehmen|aufnahme ...16 ist|sind ...4 erlaubt|gestattet|legal|rechtens'],
  // lawfulness inside a condition on this recording limits it, it is not the law in general (docs/notice-reading.md R62)
  lawConditions: ['soweit', 'sofern', 'insoweit', 'wenn', 'falls', 'wo', 'es sei denn', 'wie'],
  specificMarkers: ['wir', 'uns', 'unser*', 'dieses gesprach', 'ihr gesprach', 'ihr anruf', 'dieser anruf', 'dieses telefonat', 'ihr telefonat'],
  notCallNouns: [
    // a work recorded for broadcast (an album, a podcast, a film, a show) is a recording of something else (§1)
    'album*', 'lied', 'lieder', 'song*', 'podcast*', 'film', 'filme', 'video*', 'sendung*', 'chat', 'chats', 'chatverlauf*', '*chat', 'chatnachricht*', 
    // a user name, an IP address, an opinion or a form field taken is a recording of something else (§1)
    'benutzername*', 'ip', 'meinung', 'meinungen', 'feld', 'felder', '*feld', '*felder', 
    // the caller's name taken at a prompt is a recording of something else (§1): "Nennen Sie Ihren Namen, er wird aufgezeichnet"
    'namen',
    // what an IVR confirms it has taken: "Ihre Antwort wurde aufgezeichnet", "Ihre Eingabe wurde gespeichert"
    'antwort', 'antworten', 'eingabe', 'eingaben', 'auswahl',
    'ansage', '*ansage', 'nachricht*', '*nachricht', 'begrussung*', '*begrussung', 'mailbox*', '*mailbox', 'meldung', '*meldung', 'zahlerstand*', '*stand', 'daten', '*daten', 'nummer', '*nummer', 'pin',
    'passwort', 'adresse', 'information*', 'bedingungen', 'krankenhaus', 'klinik', 'beschwerde', 'anliegen', 'antrag', 'bestellung', 'auftrag', 'zahlung',
    'termin', 'wunsch', 'kontakt', 'personalien', 'schaden*', 'storung', 'angaben',
    'veranstaltung*', 'webinar*', 'sitzung* !mit', 'konferenz*', 'vortrag', 'seminar*', 'meeting*', 'simulation*', '*zeitpunkt', 'uhrzeit', 'zustimmung', 'einwilligung',
    // logins and sign-ins logged are events, not the call (§1; docs/notice-reading.md R16, R21): "Jede Anmeldung wird protokolliert"
    'login*', 'anmeldung', 'anmeldungen', 'anmeldeversuch*', 'loginversuch*', 'einlogg*',
    // a click, a keystroke, a page view logged are events of a page, not the call (docs/notice-reading.md R16, R122, R134): "Jeder Klick wird protokolliert"
    'klick', 'klicks', '*klick', '*klicks', 'tastenanschlag*', 'tastatureingabe*', 'seitenaufruf*', 'download', 'downloads',
  ],
  ofWords: ['des', 'der', 'eines', 'einer', 'von', 'vom'],
  useContext: ['ubergeben', 'ubergibt', 'verwendet', 'genutzt', 'gespeichert', 'geloscht', 'weitergegeben', 'ausgewertet', 'analysiert', 'angehort', 'pausiert', 'gestoppt', 'veroffentlicht', 'aufbewahrt', 'verwenden', 'nutzen', 'erfolgt', 'statt', 'trainieren', 'trainiert', 'schulen', 'auswerten', 'dient', 'dienen', 'hilft', 'helfen',
    // the assistant adapted in a text that records is adapted from the calls: a use of the recording (docs/notice-reading.md R34, R82)
    'assistent|assistentin|sprachassistent*|voicebot*|chatbot*|bot|ki ...4 angepasst|optimiert|nachtrainiert|nachjustiert|verbessert|weiterentwickelt'],
  // "No," opening the answer to a question about recording: the answer states, it is no opt-out (lexicon-types, docs/notice-reading.md R29)
  answerNo: ['nein'],
  negations: ['nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'keiner', 'keines', 'keinem', 'nichts', 'weder'],
  // the verb that ends the clause after its clause-final negation (lexicon-types, docs/notice-reading.md R26)
  finalVerbs: ['herangezogen', 'verwendet', 'genutzt', 'benutzt', 'eingesetzt', 'gespeichert', 'ausgewertet', 'analysiert', 'weitergegeben', 'verarbeitet', 'aufgezeichnet', 'verwenden', 'nutzen', 'benutzen', 'einsetzen', 'auswerten', 'analysieren', 'verarbeiten', 'weitergeben', 'werden', 'wird', 'worden'],
  verbNegations: ['nicht'],
  nounNegations: ['kein', 'keine', 'keinen', 'keiner', 'keines', 'keinem'],
  // "ob das Gespräch aufgezeichnet wird oder nicht": an alternative with its negation is no negation
  negationPreCancellers: ['oder', 'standardmassig'],
  finalParticles: ['statt', 'fest', 'vor'],
  // a part of the call left unrecorded: the rest is recorded, no denial (lexicon-types)
  partialObjects: ['den|die teil|teile|abschnitt ..2 in|bei|des|der|wahrend|dem'],
  negationDurations: [
    // "nicht standardmäßig aufgezeichnet": a default negated, not the recording (docs/notice-reading.md R29)
    'standardmassig', 'langer ...4 als', 'mehr als ..2 tag|tage|tagen|monat|monate|monaten|jahr|jahre|jahren|woche|wochen|stunden', 'uber ...4 hinaus'],
  negationCancellers: ['alle', 'immer', 'nur', 'jede', 'jedes', 'jeder', 'einverstanden', 'ausschliesslich', 'lediglich', 'sicher', 'zwingend', 'unbedingt', 'automatisch', 'standardmassig', 'routinemassig', 'generell', 'zwangslaufig'],
  scopeEnders: ['aber', 'sondern', 'nur', 'ausschliesslich', 'lediglich', 'ausser', 'als', 'dass', 'damit', 'weil', 'da', 'jedoch', 'sowie', 'doch', 'wenn', 'falls'],
  // a wish, a norm or an imagined case states no fact (docs/notice-reading.md R123): "Jeder sollte sicher sein, dass … nicht
  // aufgezeichnet werden", "Stellen Sie es sich wie eine Telefonrechnung vor: … keine Aufzeichnung"; "Sie können sicher sein" stays an assurance
  hypotheticals: [
    'sollte|sollten|solle|soll|sollen ...3 sicher|gewiss|vertrauen|verlassen', 'hoffentlich', 'hoffen', 'angenommen', 'als ob', 'wie wenn',
    'stell|stellen|stelle|stellt ..3 sich|dir|euch ...8 vor', 'vorstellen'],
  conditionals: ['wenn', 'falls', 'sofern', 'ohne !zweifel|probleme|problem|frage|weiteres', 'einverstanden', 'mochten', 'wunschen', 'wollen', 'einwilligung', 'zustimmung', 'widersprechen', 'widerspruch', 'lieber', 'ausser', 'es sei denn', 'bitten', 'baten', 'bat', 'gebeten', 'verlangen', 'verlangten'],
  introductions: ['hier spricht', 'mein name ist', 'ich bin', 'sie sprechen mit', 'am apparat'],
  // der Name der Leitung, des Teams oder Dienstes bis zum Ende des Satzteils: kein Zweck der Aufzeichnung (lexicon-types)
  welcomes: ['willkommen bei|beim|im|in|zum|zur|an', 'danke|dank ..3 anruf|anrufen|kontaktaufnahme', 'schon|gut|prima dass sie ..2 anrufen', 'sie sind ..2 verbunden mit', 'sie haben ..4 erreicht|angerufen|gewahlt', 'sie sprechen mit', 'wir verbinden sie ..2 mit', 'sie werden ..3 verbunden|weitergeleitet|weiterverbunden', 
    // a hold message: an agent will answer the caller soon (§1, as a menu: no goal of the recording; docs/notice-reading.md R237)
    'mitarbeiter|mitarbeiterin|mitarbeitende|berater|beraterin|kollege|kollegin ..3 gleich|sofort|kurz|bald ..2 fur sie da', 'mitarbeiter|mitarbeiterin|mitarbeitende|berater|beraterin|kollege|kollegin ..3 gleich|sofort|kurz|bald ..3 zur verfugung'],
  menuVerbs: ['drücken', 'drücke', 'wählen', 'wähle', 'sagen'],
  menuKeys: ['eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'null', 'stern', 'raute'],
  // abbreviations whose full stops end no sentence (lexicon-types)
  abbreviations: ['z b', 'zb', 'u a', 'bzw', 'ggf', 'evtl', 'inkl', 'ca', 'd h', 'dh', 'u u', 'z t', 'nr', 'hr', 'fr', 'dr', 'bspw', 'v a', 'i d r', 'sog', 'lt', 'gem'],
  coordinators: ['und', 'oder', 'sowie', 'bzw', 'beziehungsweise', 'als auch'],
  clauseSubjects: ['wir', 'sie', 'ich', 'gespräche', 'das gespräch', 'dieses gespräch', 'ihr gespräch', 'alle gespräche', 'aufzeichnungen', 'unsere mitarbeiter'],
  // a goal opens here: outside a sentence about recording, purposes are read only after one (lexicon-types)
  // a request to the caller: its goal is the request's, not the recording's (lexicon-types)
  callerRequests: ['bitte',
    // ein Rat an den Anrufer: sein Zweck ist der des Anrufers (R284): "Aus Sicherheitsgründen geben Sie niemals Ihre PIN weiter"
    'geben|nennen|teilen|verraten sie ..4 niemals|nie|keinesfalls', 'niemals|nie|keinesfalls ..4 weiter|preis|mit|heraus', 'halten sie', 'nennen sie', 'geben sie ..3 an',
    // an invitation to the caller to act (click, rate, leave feedback): its goal is the caller's, not the recording's (docs/notice-reading.md R136)
    'sie konnen|konnt|kannst ?auch ...6 klicken|anklicken|bewerten|hinterlassen|abgeben|geben|senden|teilen',
    // another act of the speaker (checking the caller's identity, transferring, asking questions): its goal is that act's, not the
    // recording's (docs/notice-reading.md R152): "Zur Sicherheit müssen wir Ihre Identität prüfen."
    'identitat|legitimation|kundennummer ..4 prufen|uberprufen|verifizieren|bestatigen|feststellen|abgleichen',
    'prufe|prufen|uberprufen|verifizieren|bestatigen|prufen ..4 identitat|legitimation',
    'verbinde|verbinden|leite|leiten sie ..3 weiter',
    'stelle|stellen|stellt ..4 fragen|sicherheitsfragen|frage|sicherheitsfrage'],
  goalMarkers: ['um', 'damit', 'sodass', 'zur', 'zum', 'zwecks', 'zu zwecken', 'zum|zu dem zweck', 'mit dem ziel', 'zweck|zwecke',
    // ein Verb des Ermöglichens öffnet ein Ziel: "Das hilft uns, unsere Mitarbeiter zu schulen", "dient der Schulung"
    'hilft|helfen uns', 'ermoglicht|ermoglichen ..2 uns|es', 'dient|dienen'],
  purposeMarkers: ['damit', 'um', 'sodass'],
  subordinators: ['dass', 'damit', 'weil', 'da', 'wenn', 'falls', 'sofern', 'um', 'und', 'oder', 'aber', 'sondern', 'die', 'der', 'welche', 'wobei'],
  relativeArticles: ['die', 'der'],
  relativePronouns: ['die', 'der', 'das', 'welche', 'welcher', 'welches'],
  fillers: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'zu', 'zur', 'zum', 'von', 'vom', 'fur', 'unsere', 'unserer',
    'unseres', 'unser', 'unseren', 'unserem', 'ihre', 'ihrer', 'ihres', 'ihr', 'ihren', 'ihrem', 'im', 'in', 'mit', 'bei', 'beim', 'um', 'wir', 'sie', 'etwaige',
    'etwaiger', 'eventuelle', 'eventueller', 'moglicher', 'mogliche', 'interner', 'neue', 'neuer', 'neuen', 'kann', 'konnen', 'werden', 'wird', 'als', 'eigenen',
  ],
  purposeHeads: ['zwecke', 'zwecken', 'zweck', 'grunden', 'grunde'],
  compoundHeads: ['zwecken', 'zwecke', 'zweck', 'grunden', 'grunde', 'gesprachen', 'gesprache', 'gesprach', 'sicherung', 'management', 'bearbeitung', 'pravention', 'bekampfung', 'kontrolle', 'verbesserung', 'beurteilung', 'bewertung', 'analyse', 'vorgaben', 'pflichten'],
  purposes,
  // each reads after the fix's "für" (accusative) and after "und": "für die Bearbeitung Ihres Anliegens"
  canonical: {
    'quality-assurance': 'die Qualitätssicherung',
    'staff-training': 'Schulungszwecke',
    'employee-evaluation': 'die Leistungsbeurteilung unserer Mitarbeitenden',
    evidence: 'Nachweiszwecke',
    'complaint-handling': 'die Bearbeitung von Beschwerden',
    'legal-compliance': 'die Erfüllung gesetzlicher Pflichten',
    'fraud-prevention': 'Betrugsprävention',
    'staff-safety': 'den Schutz unserer Mitarbeitenden',
    troubleshooting: 'die Behebung technischer Störungen',
    'speech-analytics': 'Sprachanalyse',
    'emotion-recognition': 'Emotionserkennung',
    'ai-training': 'das Training von KI-Modellen',
    marketing: 'Marketingzwecke',
    'service-provision': 'die Bearbeitung Ihres Anliegens',
    publication: 'die Veröffentlichung',
    'personal-use': 'den rein persönlichen Gebrauch',
  },
};
