/**
 * German purpose vocabulary: the phrases that name each purpose, the vague phrases that name none and
 * the goal clauses notice-reading.md §3 names (notation: see ../lexicon-types.ts).
 */
import type { NoticeLexicon } from '../lexicon-types';

const STAFF = 'mitarbeiter*|*mitarbeiter|*mitarbeitern|mitarbeitende*|*mitarbeitenden|beschaftigte*|personal*|kolleg*|berater*|*berater|agent*|team*|angestellte*|servicekrafte|kundenberater*|fachkrafte';
const AI = 'ki|sprachdialogsystem*|dialogsystem*|sprachcomputer*|kunstlich*|*modell|*modelle|*modellen|modell*|algorithm*|spracherkennung|chatbot*|*bot|bot|bots|sprachassistent*|sprachassistenz*|maschinell*|neuronal*|sprachmodell*|sprachsystem*|automatisiert*';

export const purposes: NoticeLexicon['purposes'] = [
    // die Aufzeichnung als Teil des Vertrags ist sein Nachweis (§3 Beweis; R253): "ist Bestandteil des Vertrags"
    { id: 'evidence', phrases: ['bestandteil ..2 vertrag*|vertrages|vertrags|vereinbarung', 'teil des|der vertrags|vertrages|vereinbarung'] },
    // A dispute is evidence, not service provision (§3), whatever phrase it stands in.
    // a recording kept as a legal safeguard is evidence (§3)
    { id: 'evidence', phrases: ['rechtlich* ..2 absicherung', 'absicherung ..3 beide*|parteien|seiten'] },
    // Beweis für Polizei oder Gericht ist Beweis, nicht der Schutz der Mitarbeitenden (docs/notice-reading.md R271)
    { id: 'evidence', outranks: ['staff-safety'], phrases: ['beweis|beweise|beweismittel|nachweis ..4 polizeilich*|polizei|ermittlung*|gericht*|strafverfahren|strafverfolgung'] },
    { id: 'evidence', outranks: ['service-provision'], phrases: ['streitfall*', 'streitigkeit*', 'rechtsstreit*', 'meinungsverschiedenheit*', 'unstimmigkeit*'] },
    // die Aufzeichnungen vor Missbrauch oder unbefugtem Zugriff geschützt: ein Schutz der Aufnahmen, kein Zweck (R282)
    { stop: true, phrases: [
      '=aufzeichnung|=aufzeichnungen|=aufnahme|=aufnahmen|=mitschnitt|=mitschnitte|=daten ..4 vor|gegen ..4 missbrauch|zugriff*|unbefugt*|unberechtigt*|verlust|manipulation|verfalschung ..2 =geschutzt|=gesichert|=bewahrt',
      '=schutzen|=schutzt|=sichern|=sichert ..3 =aufzeichnung|=aufzeichnungen|=aufnahme|=aufnahmen|=mitschnitte|=daten ..2 vor|gegen ..4 missbrauch|zugriff*|unbefugt*|unberechtigt*|verlust|manipulation',
      'sicherheit|schutz|vertraulichkeit ..1 der|von|ihrer|unserer ..1 =aufzeichnung|=aufzeichnungen|=aufnahme|=aufnahmen|=mitschnitte|=daten',
      'missbrauch ..2 von|der ..2 =aufzeichnung|=aufzeichnungen|=aufnahme|=aufnahmen|=mitschnitte|=daten|stimmen'] },
    // Supervision ist ein Vorgesetzter, der den Service prüft (§3 quality assurance; docs/notice-reading.md R239)
    { id: 'quality-assurance', vague: true, phrases: ['supervisionszweck*'] },
    { id: 'quality-assurance', phrases: ['supervision'] },
    // A statement that recording is lawful, and a duty to inform, name no purpose (notice-reading.md §3).
    {
      stop: true,
      phrases: [
        // a data-protection law however long its name (docs/notice-reading.md R28)
        'gemass|entsprechend|nach ...8 dsgvo|datenschutz*|*datenschutz*|bdsg',
        'im rahmen ..4 dsgvo|datenschutz*',
        'gesetzlich|rechtlich zulassig|erlaubt',
        // conformity with the law in force, whatever it is, says the recording is lawful, not that the law requires it (R281):
        // "im Einklang mit den geltenden Gesetzen", "vorbehaltlich der lokalen Gesetze"; the storage or deletion of the
        // recordings by the legal rules is lawful keeping: "entsprechend den gesetzlichen Vorgaben gespeichert", "gemäß den
        // gesetzlichen Aufbewahrungsfristen gelöscht". "Gemäß den gesetzlichen Vorgaben wird dieses Gespräch aufgezeichnet" stays a duty (R151).
        'gemass|entsprechend|nach|laut|unter|im ..2 geltend*|anwendbar*|einschlagig*|jeweilig*|lokal*|nationale*|aktuell*|datenschutzrechtlich* ..1 gesetz*|recht|vorgaben|bestimmungen|vorschriften|regelungen|anforderungen|rahmenbedingungen',
        'vorbehaltlich ..3 gesetz*|recht|rechts|vorgaben|bestimmungen|vorschriften|regelungen',
        'gemass|entsprechend|nach|laut|im|innerhalb ..3 fristen|aufbewahrungsfristen|loschfristen|speicherfristen|aufbewahrungspflichten',
        'gemass|entsprechend|nach|laut ..3 vorgaben|bestimmungen|vorschriften|regelungen|anforderungen ..3 gespeichert|aufbewahrt|geloscht|archiviert|verarbeitet|vernichtet',
        'im rahmen ..2 gesetzlich*|rechtlich*|geltend* ..1 gesetz*|vorgaben|bestimmungen|vorschriften|regelungen|moglichkeiten',
        // a duty to tell the caller, tight so that a duty to record before it stays one ("verpflichtet, Gespräche aufzuzeichnen,
        // und informieren Sie darüber" is a duty to record)
        'gesetzlich|rechtlich ..2 verpflichtet ..2 hinzuweisen|informieren|mitzuteilen|unterrichten',
        'verpflichtet ..2 hinzuweisen|informieren|mitzuteilen|unterrichten',
        // a law that requires the caller's consent or that the caller be told imposes no duty to record (docs/notice-reading.md R151):
        // "Das Gesetz verlangt Ihre Einwilligung", "Nach dem Gesetz müssen wir Sie darüber informieren"
        // "Sie" opens the caller's part: what stands between it and the verb of telling is the topic ("Sie über die Aufzeichnung
        // dieses Gesprächs zu informieren")
        'gesetz|gesetze|gesetzes|gesetzlich*|gesetzgeber|rechtlich*|vorschrift*|bestimmung* ..3 verpflichtet|verpflichten|mussen|muss|sind|schreibt|schreiben|verlangt|verlangen|fordern|fordert ..3 sie|ihnen ...6 hinzuweisen|hinweisen|informieren|mitzuteilen|mitteilen|unterrichten|benachrichtigen|aufzuklaren',
        'verpflichtet|verpflichten ..3 sie|ihnen ...6 hinzuweisen|hinweisen|informieren|mitzuteilen|mitteilen|unterrichten|benachrichtigen|aufzuklaren',
        // lawfulness stated by telling the caller: "Gemäß den gesetzlichen Vorgaben weisen wir Sie darauf hin, dass …"
        'gemass|entsprechend|nach|laut ..4 gesetz|gesetzes|gesetzlich*|vorschrift*|vorgaben|bestimmung* ..3 weisen|informieren|teilen|unterrichten ..3 sie|ihnen',
        'gesetz|gesetze|gesetzes|gesetzlich*|gesetzgeber|rechtlich* ..3 verlangt|verlangen|erfordert|erfordern|fordert|fordern|schreibt|schreiben ..3 einwilligung|zustimmung|einverstandnis|unterrichtung|benachrichtigung|hinweis',
      ],
    },
    // vage, ohne Zweck: Nachverfolgung, Informations- und Datenschutzzwecke; Rückverfolgbarkeit ist Nachweis (docs/notice-reading.md)
    { vague: true, phrases: ['nachverfolgung !von|des|der|ihrer|ihres', 'informationszweck*', 'datenschutzzweck*', 'datenschutzgrunden'] },
    { id: 'evidence', phrases: ['ruckverfolgbarkeit', 'nachverfolgbarkeit', 'zu dokumentieren', 'dokumentieren ..2 zu|konnen'] },
    // die Verbesserung des Umgangs mit Anrufern ist Qualitätssicherung, was sie davon auch nennt (R286): "um unsere Kommunikation
    // mit Ihnen zu verbessern", "das Kundenerlebnis", "die Bearbeitung Ihrer Anliegen zu verbessern" (verbessert, nicht erledigt)
    { id: 'quality-assurance', outranks: ['service-provision'], phrases: [
      'kommunikation|interaktion|interaktionen|kundenerlebnis|erlebnis|kundenerfahrung|prozesse|prozess|ablaufe|ablauf|bearbeitung|abwicklung|erreichbarkeit|gesprachsfuhrung|kundenbetreuung|betreuung|reaktionszeit*|zusammenarbeit ...5 verbessern|optimieren|verbessert|optimiert|weiterentwickeln|weiterzuentwickeln',
      // its article opens the phrase, so that the handling it contains is outranked, not taking the first word
      'die|der|unsere|unserer|ihre|ihrer|den =bearbeitung|=abwicklung ...5 verbessern|optimieren|verbessert|optimiert',
      'verbesserung|optimierung|weiterentwicklung ..3 kommunikation|interaktion|interaktionen|kundenerlebnis|kundenerfahrung|prozesse|ablaufe|bearbeitung|abwicklung|erreichbarkeit|gesprachsfuhrung|kundenbetreuung|betreuung'] },
    { id: 'quality-assurance', vague: true, phrases: ['verbesserungszweck*', 'verbesserung ..2 zwecken|grunden'] },
    { id: 'evidence', vague: true, phrases: ['referenzzweck*', 'zur referenz', 'spatere* referenz'] },
    { id: 'legal-compliance', vague: true, phrases: ['revisionszweck*', 'auditzweck*', 'prufzweck*', 'prufungszweck*', 'revision|audit ..2 zweck*|grunden',
      // Compliance ohne genannte Regel ist vage, nächster Zweck legal-compliance (docs/notice-reading.md R4)
      'compliance*'] },
    // Analyse ist ein Mittel: vage, kein Zweck (docs/notice-reading.md R5)
    // archiving names no goal (R256): "zu Archivierungszwecken"
    { vague: true, phrases: ['archivierungszweck*', 'archivzweck*'] },
    { vague: true, phrases: ['analysezweck*', 'analyse zweck*|grunden', 'analytisch* zweck*'] },
    { id: 'quality-assurance', vague: true, phrases: ['uberwachungszweck*', 'monitoringzweck*', 'kontrollzweck*', 'qualitatszweck*', 'qualitatsgrund*', 'qualitat zweck*|grunden', 'qualitat !der|des|unser*|ihr*|zu|sicherung|*sicherung|*kontrolle'] },
    {
      id: 'quality-assurance',
      phrases: [
        'qualitat*',
        '*qualitat',
        'qualitatssicherung*',
        'qualitat der|des|unser*|ihr* ..3 service*|beratung*|*beratung|dienstleistung*|gesprach*|betreuung|arbeit|kundenservice|leistung*|auskunft|auskunfte|antwort*',
        'verbesser*|optimier*|sicher*|uberprufung|uberprufen|kontroll*|sichern|gewahrleist* ...4 service*|*service|beratung*|*beratung|dienstleistung*|kundenservice|kundenbetreuung|betreuung|leistung*|qualitat*|erreichbarkeit|angebot*|servicequalitat',
        'service*|*service|beratung*|dienstleistung*|kundenservice|betreuung|angebot* ...4 verbessern|optimieren|sichern',
        // the improvement as the head of a noun: "Prozess- und Service-Verbesserungen", "Serviceverbesserungen" (docs/notice-reading.md R276)
        'service|prozess|prozesse|ablauf|ablaufe|beratung|kundenservice =verbesserung|=verbesserungen|=optimierung|=optimierungen', 'serviceverbesserung*|prozessverbesserung*|serviceoptimierung*|prozessoptimierung*',
        'servicequalitat',
        'kundenzufriedenheit',
        'servicezweck* ..2 verbess*',
        'besser ..3 beraten|betreuen|helfen|service',
      ],
    },
    // training or coaching words with "of our (new) <people>", whatever the job title, are staff training (§3; docs/notice-reading.md R25); a known staff word is left to the phrases above, which name it:
    // "zur Einarbeitung unserer neuen Pflegefachkräfte"; not our customers, patients or AI systems
    { id: 'staff-training', phrases: [`schulung|einarbeitung|begleitung|coaching|ausbildung|weiterbildung|fortbildung|training|qualifizierung|einweisung unserer|unseres ?neuen !kunde*|kunden|*kunden|patient*|mitglied*|teilnehmer*|besucher*|nutzer*|anrufer*|schuler*|kinder|service*|produkt*|system*|ki|modell*|chatbot*|voicebot*|*bot|sprachassistent*|assistent*|website|app|prozess*|qualitat|daten|beratung !${STAFF} _ !kunde*|kunden|*kunden|patient*|mitglied*|teilnehmer*|besucher*|nutzer*|anrufer*|schuler*|kinder|service*|produkt*|system*|ki|modell*|chatbot*|voicebot*|*bot|sprachassistent*|assistent*|website|app|prozess*|qualitat|daten|beratung`,
      `unsere|unseren ?neuen|neue !kunde*|kunden|*kunden|patient*|mitglied*|teilnehmer*|besucher*|nutzer*|anrufer*|schuler*|kinder|service*|produkt*|system*|ki|modell*|chatbot*|voicebot*|*bot|sprachassistent*|assistent*|website|app|prozess*|qualitat|daten|beratung !${STAFF} _ !kunde*|kunden|*kunden|patient*|mitglied*|teilnehmer*|besucher*|nutzer*|anrufer*|schuler*|kinder|service*|produkt*|system*|ki|modell*|chatbot*|voicebot*|*bot|sprachassistent*|assistent*|website|app|prozess*|qualitat|daten|beratung ..2 schulen|einzuarbeiten|einarbeiten|coachen|auszubilden|ausbilden|weiterzubilden|fortzubilden|trainieren|begleiten`] },
    {
      id: 'staff-training',
      phrases: [
        // qualifying the staff is training them (§3): "zur Mitarbeitendenqualifizierung", "die Mitarbeitenden-Qualifizierung"
        'mitarbeiterqualifizierung*', 'mitarbeitendenqualifizierung*', 'personalqualifizierung*', `${STAFF} qualifizierung`, `qualifizierung ..2 ${STAFF}`,
        'schulung*',
        '*schulung',
        '*schulungen',
        'schulungszweck*',
        'schulen',
        'training*',
        '*training',
        'trainingszweck*',
        'ausbildung*',
        '*ausbildung',
        'ausbildungszweck*',
        'weiterbildung*',
        'fortbildung*',
        'coaching*',
        '*coaching',
        'einarbeitung*',
        'lernzweck*',
        `${STAFF} ...4 schulen|trainieren|ausbilden|auszubilden|coachen|einzuarbeiten|einarbeiten|weiterzubilden|weiterbilden|weiterzuentwickeln|weiterentwickeln|geschult|trainiert|eingearbeitet|lernen|lernt|dazulernen`,
        `schulen|trainieren|ausbilden|coachen ..3 ${STAFF}`,
      ],
    },
    {
      id: 'employee-evaluation',
      phrases: [
        'leistungsbeurteilung*',
        'leistungsbewertung*',
        'leistungskontrolle*',
        'leistungsmessung*',
        'mitarbeiterbeurteilung*',
        'mitarbeiterbewertung*',
        '*beurteilung',
        'beurteilung*',
        'bewertung ..4 mitarbeiter*|leistung*|berater*',
        `leistung* ..4 ${STAFF}|beurteil*|bewert*|uberpruf*`,
        `${STAFF} ...4 beurteilen|bewerten|evaluieren|beurteilung|bewertung|auswerten|auszuwerten`,
        // the productivity of staff measured is their performance (docs/notice-reading.md R185)
        `produktivitat|effizienz ..3 ${STAFF}`,
        `beurteil*|bewert*|evaluier* ..3 ${STAFF}|leistung*`,
        'evaluierung ..3 mitarbeiter*|leistung*',
        'verhaltenskontrolle',
        'leistungs*',
      ],
    },
    {
      id: 'evidence',
      phrases: [
        'nachweis*',
        '*nachweis',
        'beweis*',
        '*beweis',
        'beweiszweck*',
        // the zu-infinitive and the participle of a separable or prefixed proof verb (docs/notice-reading.md R181)
        'nachzuweisen', 'nachgewiesen', 'bewiesen', 'zu beweisen', 'abzusichern', 'abgesichert',
        'sichert|sichern ..3 beide*|parteien|seiten ..1 ab',
        'nachweiszweck*',
        'nachvollziehbarkeit|nachvollziehen ..3 vereinbarung*|absprache*|auftrag*|auftrage*|vertrag*|zusage*|bestellung*',
        // die Aufträge des Anrufers überprüft: Beweis dessen, was beauftragt wurde (docs/notice-reading.md R273)
        'auftrag|auftrage|anweisung*|weisung*|order ...4 uberprufen|prufen|bestatigen|belegen',
        'dokumentation*',
        '*dokumentation',
        'dokumentationszweck*',
        'bestatigung ..4 auftrag*|vertrag*|bestellung*|vereinbarung*|vertragsabschluss*|abschluss',
        'bestatig* ..4 auftrag*|vertrag*|bestellung*|vereinbarung*|vertragsabschluss*',
        'streitfall*',
        'streitigkeit*',
        'rechtsstreit*',
        'meinungsverschiedenheit*',
        'missverstandnis*',
        'vertragsabschluss*',
        'vereinbarung* ...4 festzuhalten|festhalten|dokumentieren|belegen',
        // the goal as a resulting state: "damit die Vereinbarungen … schriftlich festgehalten sind" (§3 evidence; docs/notice-reading.md R32)
        'vereinbarung*|absprache*|zusage*|abmachung*|*erklarung|vertragserklarung*|willenserklarung* ...8 festgehalten|dokumentiert|nachweisbar|belegt|nachvollziehbar',
        'festzuhalten',
        'was ..4 vereinbart|besprochen|gesagt|zugesagt',
        'absicherung ..3 vereinbarung*|auftrag*|beider*',
        'rechtsanspruch*',
        // legal certainty is the certainty proof gives (docs/notice-reading.md R183)
        'rechtssicherheit',
        'rechtlicher anspruche',
        'verifizierung*',
        'beleg*',
        // establishing the facts of what was said or done is proof of it (§3 evidence; docs/notice-reading.md R50): "um Tatsachen festzustellen", "den Sachverhalt aufzuklären"
        'tatsachen|fakten|sachverhalt|sachverhalts|sachverhalte|hergang|hergangs ...3 feststellen|festzustellen|festgestellt|klaren|aufklaren|aufzuklaren|aufgeklart|ermitteln|nachvollziehen|nachzuvollziehen',
        'feststellung|aufklarung|klarung|ermittlung ..3 tatsachen|fakten|sachverhalt*|hergang*',
        'was ..3 geschehen|passiert|vorgefallen ist',
        // tracing later what was done or said is keeping proof of it (§3 evidence; docs/notice-reading.md R124):
        // "um die Geschäftsvorgänge später noch nachvollziehen zu können"; "Ihr Anliegen nachvollziehen" (understand it) is not
        'spater|nachtraglich|nachhinein|jederzeit|zukunftig ...4 nachvollziehen|nachzuvollziehen|nachvollziehbar|rekonstruieren|rekonstruiert',
        '*vorgang|*vorgange|vorgang|vorgange|transaktion*|geschaftsablauf*|gesprachsverlauf*|gesprachsinhalt*|ablauf ...5 nachvollziehen|nachzuvollziehen|nachvollziehbar|rekonstruieren|rekonstruiert',
        // capturing the caller's acceptance of an offer or contract is proof of the agreement (§3; docs/notice-reading.md R125)
        'annahme|akzeptanz|zustimmung|einverstandnis ...4 angebot*|vertrag*|vertragsbedingungen|bedingungen|auftrag* ...5 erfassen|dokumentieren|belegen|nachweisen|sichern|festhalten|erfasst|dokumentiert|belegt|festgehalten',
      ],
    },
    { id: 'legal-compliance', phrases: ['dokumentationspflicht*', 'aufzeichnungspflicht*', 'aufbewahrungspflicht*'] },
    {
      id: 'complaint-handling',
      phrases: ['beschwerde*', '*beschwerde', '*beschwerden', 'reklamation*', '*reklamation', '*reklamationen', 'beanstandung*', '*beanstandung', '*beanstandungen',
      // the verb: "worüber Sie sich beschweren" (docs/notice-reading.md R182)
      'beschweren|beschwert|beschwerten', 'bearbeitung ..3 beschwerde*|reklamation*'],
    },
    { stop: true, phrases: ['beschwerde ..3 einreichen|einlegen|melden', 'beschwerdestelle', 'beschwerdeformular'] },
    // contractual duties are the contract's, no legal duty to record (R288): "zur Erfüllung unserer vertraglichen Pflichten"
    { stop: true, phrases: ['vertraglich*|vertrags* ..1 pflichten|verpflichtung*|verpflichtungen'] },
    // an offer or an advertisement sent to the caller is no service to them (docs/notice-reading.md R61, R126)
    { stop: true, phrases: ['angebot|angebote|werbung|*werbung|newsletter*|werbe* ...3 wird|werden ihnen|dir'] },
    {
      id: 'legal-compliance',
      phrases: [
        // the law named as what requires the recording, not merely named (R281): "gesetzlich vorgeschrieben", "aufgrund
        // gesetzlicher Vorgaben", "weil das Gesetz es so vorschreibt", "zur Einhaltung gesetzlicher Vorgaben"
        'gesetzlich*|rechtlich*|regulatorisch*|aufsichtsrechtlich* ..2 vorgeschrieben|vorgesehen|verpflichtet|verpflichtend|gefordert|erforderlich|notwendig|geboten|pflicht*|verpflichtung*|vorgaben|anforderung*|bestimmungen|vorschrift*|grunden|erfordernisse|zwecken',
        'gesetz|gesetze|gesetzgeber|vorschrift*|verordnung|richtlinie ..4 vorschreibt|vorschreiben|verlangt|verlangen|fordert|fordern|verpflichtet|verpflichten|erfordert|erfordern',
        'einhaltung|erfullung|beachtung ..3 gesetz*|vorgaben|vorschrift*|pflicht*|verpflichtung*|bestimmungen|anforderung*|rechtsvorschrift*',
        'rechtlich* ..3 verpflichtung*|vorgaben|anforderung*|grunden|pflicht*|vorschrift*|bestimmung*',
        'regulatorisch*',
        'aufsichtsrecht*',
        'aufsichtsbehord*',
        'verpflichtung*',
        'mifid*',
        'wphg',
        'wertpapierhandelsgesetz*',
        'bafin',
        'finma',
        'verpflichtet',
        'pflichten',
      ],
    },
    {
      id: 'fraud-prevention',
      // rechtswidriges Handeln, das verhindert oder aufgedeckt wird, ist Betrugsprävention (R283)
      phrases: ['rechtswidrig*|illegal*|strafbar*|kriminell* ..1 handlung*|aktivitat*|nutzung|zugriff*|verhalten|machenschaften|taten', 'betrug*', '*betrug', 'betrugs*', 'missbrauch*', '*missbrauch', 'sicherheit', 'sicherheitsgrund*', 'sicherheitszweck*', 'ihrer ..2 sicherheit', 'ihrem ?und ?unserem schutz', 'geldwasche*', 'identitatsdiebstahl', 'identitatsbetrug', 'kriminalitat', 'straftat*', 'schutz vor ..2 betrug*|missbrauch*',
        // access or use without authority, and posing as the caller (docs/notice-reading.md R186)
        'unbefugt*|unberechtigt*|unerlaubt* ..1 zugriff*|zugang|zugange|zugriffe|nutzung|verwendung|kontozugriff*', 'als sie|dich ..1 ausgeben|ausgibt|auszugeben', 'sicherheitsgrunden', 'betrugsbekampfung', 'betrugspravention'],
    },
    {
      id: 'staff-safety',
      phrases: [
        `sicherheit|schutz|schutze|schutzen|wohl ..4 ${STAFF}`,
        `${STAFF} ...4 schutzen|geschutzt|schutz`,
        'bedrohung*',
        // staff threatened or insulted, as a verb: "wenn unsere Mitarbeitenden bedroht werden" (§3 threats to staff)
        `${STAFF} ...3 bedroht|beleidigt|beschimpft|angegriffen|belastigt`,
        'drohung*',
        'beleidigung*',
        'belastigung*',
        'aggression*',
        'aggressiv*',
        'gewalt*',
        'ubergriff*',
        // the police as a party the recording reaches, not the police recording its own calls (docs/notice-reading.md R33, R130)
        'ubergeben|ubergibt|weitergeben|weitergegeben|weitergeleitet|weiterleiten|ubermittelt|ubermitteln|gemeldet|melden|vorgelegt|ausgehandigt|verfugung ...5 polizei|strafverfolgungsbehord*|ermittlungsbehord*',
        'polizei|strafverfolgungsbehord*|ermittlungsbehord* ...4 ubergeben|weitergeben|weitergegeben|weitergeleitet|ubermittelt|gemeldet|vorgelegt|ausgehandigt|verfugung',
        'polizei ..2 einschalten|eingeschaltet|hinzuziehen|hinzugezogen|verstandigen|verstandigt',
        'polizeilich* ermittlung*',
        'strafanzeige*',
        // the report to the police with its light verb: "Anzeige erstatten", "zur Anzeige bringen" (docs/notice-reading.md R182)
        'anzeige ..1 erstatten|erstattet|gebracht|bringen', 'anfeindung*', 'beleidigend*', 'bedrohlich*',
        'strafverfolgung*',
        'beschimpfung*',
      ],
    },
    {
      id: 'troubleshooting',
      phrases: ['storung*', '*storung', '*storungen', 'technisch* ..3 problem*|storung*|fehler*|ursache*|grunden|zwecken|analyse', 'fehleranalyse', 'fehlerbehebung', 'fehlersuche', 'fehlerdiagnose', 'verbindungsprobleme*', 'leitungsqualitat', 'sprachqualitat', 'verbindungsqualitat'],
    },
    { stop: true, phrases: ['storungsmeldung*', 'storungsnummer*', 'storungsstelle*', 'storungshotline*', 'storung ..2 melden'] },
    // Ein Betrieb, nach seinem Gewerbe benannt ("Marketingagenturen", "Vertriebsfirmen"), sagt, wer aufzeichnet, nicht wozu (docs/notice-reading.md R265).
    { stop: true, phrases: ['marketingagentur*|marketingfirma*|marketingfirmen|marketingunternehmen|marketingdienstleister*|werbeagentur*|vertriebsagentur*|vertriebsfirma*|vertriebsfirmen|vertriebsunternehmen|vertriebspartner*|telemarketingfirma*|telemarketingfirmen|telemarketingunternehmen|telemarketingagentur*'] },
    // A service point named after a purpose ("die Betrugshotline", "die Beschwerdestelle") is where one calls, not a goal of the recording.
    { stop: true, phrases: ['*hotline', '*helpdesk', '*rufnummer', '*meldestelle'] },
    // a public body's tasks name no built-in purpose: "soweit die Aufzeichnung zur polizeilichen Aufgabenerfüllung erforderlich ist" (docs/notice-reading.md R130)
    { stop: true, phrases: ['*aufgabenerfullung', 'aufgabenerfullung', 'aufgabenwahrnehmung', 'erfullung|wahrnehmung ..3 aufgabe|aufgaben'] },
    {
      id: 'speech-analytics',
      phrases: [
        'sprachanalyse*',
        '*sprachanalyse',
        'spracherkennung ...6 ausgewertet|auswert*|analys*|durchsucht|stichwort*|schlagwort*',
        'ausgewertet|auswert*|analys*|durchsucht ...6 spracherkennung',
        'sprachanalytik',
        'speech analytics',
        'gesprachsanalyse*',
        'textanalyse*',
        'automatisch* ..3 ausgewertet|analysiert|auswert*|analyse*',
        'ausgewertet|analysiert ..3 automatisch*|software|system*',
        'schlagwort*',
        'schlusselwort*',
        'stichwort*',
        'themenanalyse',
        // trends across calls are analytics (§3; docs/notice-reading.md R189)
        'trend|trends|*trends|trendanalyse*',
        'auswertung ..3 gesprachsinhalt*|inhalt*|themen',
      ],
    },
    // automated analysis with a goal stated is the means of that goal, not speech analytics (§3; docs/notice-reading.md R60)
    { stop: true, phrases: ['automatisch* ausgewertet|analysiert|auswerten|analysieren ...1 damit|um|sodass|zur|zum', 'ausgewertet|analysiert automatisch* ...1 damit|um|sodass|zur|zum'] },
    // emotion in everyday words: "ob Sie verärgert klingen" (§3; docs/notice-reading.md R31)
    { id: 'emotion-recognition', phrases: ['frustriert|verargert|gereizt|wutend|gestresst|aufgebracht ..2 klingen|klingt|wirken|wirkt|sind|ist|werden|wird', 'klingen|klingt|wirken|wirkt ..2 frustriert|verargert|gereizt|wutend|gestresst|aufgebracht'] },
    { id: 'emotion-recognition', phrases: ['emotion*', '*emotion', '*emotionen', 'emotional*', 'stimmung*', '*stimmung', 'gefuhl*', 'sentiment*', 'gemutszustand', 'gemutslage', 'wie ..4 fuhlen|fuhlt'] },
    {
      id: 'ai-training',
      phrases: [
        `trainieren|training|trainiert|verbessern|weiterentwickeln|entwickeln|optimieren|anlernen|verbesserung|weiterentwicklung|trainingszweck* ..4 ${AI}`,
        `training|trainieren ...8 ${AI}`,
        `${AI} ...4 trainieren|trainiert|training|verbessern|weiterzuentwickeln|optimieren|lernen|anzulernen`,
        // the AI system as the subject of a passive: "damit unser Sprachassistent verbessert wird" (§3)
        `${AI} ...4 verbessert|weiterentwickelt|optimiert|angelernt`,
        'virtuell*|digital* assistent*|assistenz* ...6 verbessert|weiterentwickelt|optimiert|trainiert|angepasst',
        'ki training',
        'ki-training',
        `${AI} ...4 verstehen|versteht|erkennen|erkennt|schlauer|lernen|lernt|angepasst|anpassen`,
        'maschinelles lernen',
        'virtuell*|digital* assistent*|assistenz* ...6 verstehen|versteht|erkennen|erkennt|schlauer|lernen|lernt',
        'machine learning',
      ],
    },
    { id: 'marketing', phrases: ['marketing*', '*marketing', 'werbe*', 'werbung', '*werbung', 'marktforschung*', 'vertriebszweck*', 'kommerziell*', 'verkaufsforderung', 'profilbildung', 'profiling'] },
    {
      id: 'publication',
      phrases: ['veroffentlich*', 'publizier*', 'publikation*', 'ausgestrahlt', 'ausstrahlung', 'gesendet ..2 radio|rundfunk', 'podcast*', '*podcast', 'soziale|sozialen medien', 'offentlich ..2 gemacht|zuganglich', 'weitergegeben ..3 dritte|offentlichkeit'],
    },
    { id: 'personal-use', phrases: ['personlich* ..2 gebrauch|nutzung|zwecke*|verwendung|unterlagen', 'eigengebrauch', 'eigenen ..2 gebrauch|unterlagen|zwecke*', 'privat* ..2 gebrauch|nutzung|zwecke*|verwendung', 'privatgebrauch'] },
    { id: 'service-provision', vague: true, phrases: ['servicezweck*', 'servicegrund*', 'service ..2 zwecke*|grunden',
      // customer-service purposes are service purposes, vague (§3; docs/notice-reading.md R80): "zu Kundenservicezwecken"
      'kundenservicezweck*', 'kundendienstzweck*', 'kundenbetreuungszweck*', 'kundenservice ..2 zwecke*|grunden', 'zwecke|zwecken ..2 kundenservice|kundenbetreuung|kundendienstes|kundenservices'] },
    {
      id: 'service-provision',
      phrases: [
        'bearbeitung|abwicklung|erledigung|ausfuhrung ..3 anliegen*|auftrag*|anfrage*|bestellung*|antrag*|antrage*|schadensmeldung*|schadens*|vertrag*|wunsch*|ihres|ihrer',
        'anliegen*|auftrag*|anfrage*|bestellung*|antrag* ...4 bearbeiten|abwickeln|abzuwickeln|erledigen|ausfuhren|auszufuhren|umsetzen|umzusetzen',
        'auftragsabwicklung',
        'medizinisch* beurteil*|einschatzung|ersteinschatzung|versorgung|behandlung',
        'unterstutzung ..3 behandlung|versorgung|betreuung',
        'vertragserfullung',
        'erfullung ..3 vertrag*|auftrag*',
        'vertragsdurchfuhrung',
        'auftragsbearbeitung',
        // "um Ihre Frage zu beantworten": answering the caller's question is carrying it out (§3)
        'frage|fragen|anfrage*|anliegen* ...4 beantworten|beantwortet',
      ],
    },
    { vague: true, phrases: ['intern* ..2 zweck*|grunde*|gebrauch|verwendung|nutzung', 'verwaltungszweck*', 'administrativ* ..2 zweck*|grunde*',
      // internal analysis and administrative management name no purpose (§3 "internal", "administrative"; R5; docs/notice-reading.md R80)
      'intern* ..1 analyse*|auswertung*|verwaltung', 'interne|internen analysezweck*', 'betrieblich* ..2 zweck*|grunde*', 'geschaftszweck*', 'organisatorisch* ..2 zweck*|grunde*', 'sonstige ..2 zweck*',
      // reasons left unnamed are purposes left unnamed: "aus verschiedenen Gründen"
      'verschiedene*|diverse*|unterschiedliche*|mehrere* ..2 zweck*|grunde*',
      // geschäftliche Zwecke sagen wessen, Statistik und Auswertung womit: vage, ohne Zweck (docs/notice-reading.md R96, R97)
      'geschaftlich* ..2 zweck*|grunde*', 'statistisch* ..2 zweck*|grunde*|auswertung*', 'statistikzweck*', 'auswertungszweck*', 'auswertung ..2 zweck*|grunde*',
      // bare analysis as the goal, with nothing named to analyse (docs/notice-reading.md R97, R131): "zur Auswertung weitergeleitet"; "zur Auswertung der Kundenzufriedenheit" names its object
      'zur|zwecks|fur ?die|eine ?spatere|spateren|nachtragliche|nachtraglichen|weitere|weiteren auswertung|analyse !der|des|von|vom|ihrer|ihres|unserer|unseres|nach|hinsichtlich|bezuglich|auf|ob|wie|welche'] },
    // ── goals notice-reading.md §3 names: a summary for the caller, documentation, feedback, staff performance ──
    // transcripts delivered are the service the caller gets (R233): "um Transkripte bereitzustellen"
    { id: 'service-provision', phrases: ['transkript*|transkription* ..3 bereit*|liefern', 'bereitstellung|lieferung ..2 transkript*|transkription*'] },
    { id: 'service-provision', phrases: ['zusammenfassung*|protokoll ..5 beratung|gesprach*|termin', 'schicken|senden|zusenden|erhalten ...5 zusammenfassung*',
      // a summary or the minutes of the caller's own meeting made from the recording (§3; docs/notice-reading.md R61): "Aus der Aufnahme wird eine Zusammenfassung für Sie erstellt"
      'zusammenfassung*|protokoll|gesprachsprotokoll*|gesprachsnotiz*|mitschrift*|*zusammenfassung ...6 erstellen|erstellt|anfertigen|angefertigt|anzufertigen|verfassen|verfasst|schreiben|geschrieben|generiert|generieren',
      'erstellen|erstellt|anfertigen|verfassen|schreiben|generieren ...4 zusammenfassung*|*zusammenfassung|gesprachsprotokoll*|gesprachsnotiz*',
      'zusammenfassung*|*zusammenfassung ..3 fur sie|dich|ihnen|dir', 'erstellung|anfertigung ..3 zusammenfassung*|*zusammenfassung|protokoll*|gesprachsprotokoll*|gesprachsnotiz*',
      // content made for the caller is delivered to the caller (R61): "um Inhalte für Sie zu erstellen"
      'inhalte|unterlagen|notizen|materialien|dokumente|zusammenfassung* fur !unser*|die|der|das|den|dem|ein|eine|einen|einer|interne*|website*|webseite*|werbung*|marketing*|schulung*|training*|social|youtube|podcast*|veroffentlichung* _ ...2 erstellen|erstellt|anfertigen|anzufertigen|angefertigt|verfassen|verfasst|bereitstellen|bereitzustellen|aufbereiten|aufzubereiten'] },
    { id: 'quality-assurance', phrases: ['feedback|ruckmeldung* ..3 auswerten|auszuwerten|berucksichtigen|nutzen|lernen', 'auswert*|berucksichtig* ..3 feedback|ruckmeldung*', 'kundenfeedback'] },
    // "unsere Leistungen" are our services: improving them is quality assurance, not staff performance (R288)
    { id: 'quality-assurance', outranks: ['staff-training'], phrases: ['unsere|unserer|unseren ..1 leistungen|dienstleistungen|serviceleistungen ...3 verbessern|optimieren|verbessert|optimiert|weiterentwickeln'] },
    // Mitarbeitende entwickelt oder mit Feedback begleitet ist Schulung, wie Coaching (§3; R293)
    { id: 'staff-training', phrases: ['personalentwicklung*', 'mitarbeiterentwicklung*', `${STAFF} ..3 weiterzuentwickeln|weiterentwickeln|fordern|zu fordern`,
      `${STAFF} ..3 feedback|ruckmeldung|ruckmeldungen ..2 geben|zu geben|gegeben`, `feedback|ruckmeldung|ruckmeldungen ..3 an ..2 ${STAFF}`] },
    { id: 'staff-training', phrases: ['leistung* ..4 verbessern|steigern', 'verbesser* ..3 leistung*',
      // "damit wir unser Team weiterbilden können" (§3 staff training covers coaching and further training)
      `weiterbilden|fortbilden|weiterzubilden|fortzubilden ..3 ${STAFF}`, `${STAFF} ..3 weiterbilden|fortbilden|weiterzubilden|fortzubilden`, 'unser|unsere team ..2 weiterbilden|fortbilden|weiterzubilden|fortzubilden'] },
    // Angebote an den Anrufer: "um Ihnen passende Angebote zu machen" ist Marketing
    { id: 'marketing', phrases: ['passende|personalisierte|individuelle|massgeschneiderte angebot*|produktangebot*|sonderangebot*', 'angebot*|produktangebot*|sonderangebot* ..3 machen|unterbreiten|zusenden|schicken', 'vertriebsstrategie*|verkaufsstrategie*'] },
    { id: 'quality-assurance', phrases: ['verbesser*|optimier* ..3 prozess*|ablauf*|ablaufe|arbeitsablauf*|*ablaufe',
      // the satisfaction of the customers measured is the quality of the service (§3)
      'zufriedenheit ..4 kunde*|kunden|kundinnen|anrufer*|nutzer*|patient*|versicherte*|mitglied*',
      // "besser machen / gestalten": the comparative with a light verb improves (docs/notice-reading.md R184)
      'service*|*service|beratung*|dienstleistung*|kundenservice|betreuung|angebot* ...4 besser ..1 machen|gestalten', 'richtigkeit ..3 auskunft*|auskunfte|beratung|informationen|angaben'] },
    // checking the advice or the information given is quality assurance (§3)
    { id: 'quality-assurance', phrases: ['beratung|auskunft|auskunfte|informationen|antworten ...4 uberprufen|prufen|kontrollieren|nachvollziehen', 'uberprufen|prufen|kontrollieren ..3 beratung|auskunft|auskunfte|antworten'] },
    // the same check as a clause: "um zu prüfen, ob wir Sie richtig beraten haben" (§3)
    { id: 'quality-assurance', phrases: ['prufen|uberprufen|kontrollieren|sicherstellen|nachvollziehen ...6 richtig|korrekt|gut|vollstandig|zutreffend ..2 beraten|informiert|geholfen|weitergeholfen|beantwortet|aufgeklart|unterstutzt'] },
    { id: 'employee-evaluation', phrases: [`kontrolle ..3 ${STAFF}`] },
    // answering or calling back the caller is carrying out what the caller asked (§3; docs/notice-reading.md R27): the goal after "transcribed"
    { id: 'service-provision', phrases: ['antworten|zuruckrufen|zuruckmelden|reagieren ?zu konnen|kann', 'zu antworten|reagieren', 'zuruckzurufen|zuruckzumelden'] },
    // a service verb with the caller's own matter, whatever its noun, is carrying out what the caller asked (§3; docs/notice-reading.md R24):
    // "um Ihre Buchung zu bearbeiten", "zur Bearbeitung Ihres Vertrags"; not the caller's data, call or complaint
    { id: 'service-provision', phrases: [
      'bearbeitung|abwicklung|erledigung|ausfuhrung|durchfuhrung ..1 ihres|ihrer|deines|deiner !daten|personenbezogen*|*daten|gesprach|gesprache|*gesprach|anruf|anrufe|*anruf|stimme|aufzeichnung*|aufnahme*|identitat|privatsphare|beschwerde*|*beschwerde*|reklamation*|feedback|zufriedenheit|meinung|einwilligung|zustimmung _ !daten|personenbezogen*|*daten|gesprach|gesprache|*gesprach|anruf|anrufe|*anruf|stimme|aufzeichnung*|aufnahme*|identitat|privatsphare|beschwerde*|*beschwerde*|reklamation*|feedback|zufriedenheit|meinung|einwilligung|zustimmung',
      'ihre|ihren|ihr|deine|deinen|dein !daten|personenbezogen*|*daten|gesprach|gesprache|*gesprach|anruf|anrufe|*anruf|stimme|aufzeichnung*|aufnahme*|identitat|privatsphare|beschwerde*|*beschwerde*|reklamation*|feedback|zufriedenheit|meinung|einwilligung|zustimmung _ !daten|personenbezogen*|*daten|gesprach|gesprache|*gesprach|anruf|anrufe|*anruf|stimme|aufzeichnung*|aufnahme*|identitat|privatsphare|beschwerde*|*beschwerde*|reklamation*|feedback|zufriedenheit|meinung|einwilligung|zustimmung ..3 bearbeiten|abwickeln|abzuwickeln|erledigen|ausfuhren|auszufuhren|umsetzen|umzusetzen|klaren|losen',
      // das Anliegen des Anrufers weiterverfolgt ist Erledigung (docs/notice-reading.md R24); "zur Nachverfolgung" bleibt vage (R14)
      'ihre|ihren|ihr|ihres|ihrer|deine|deinen|dein ..1 anliegen|antrag|auftrag|bestellung|fall|vorgang|anfrage|schadensfall ..3 weiterverfolgen|weiterzuverfolgen|nachverfolgen|nachzuverfolgen|verfolgen',
      'nachverfolgung|weiterverfolgung ..1 ihres|ihrer anliegens|antrags|auftrags|vorgangs|anfrage|bestellung|falls',
    ] },
    // helping staff improve is training them; a coach who listens is there for it (§3; docs/notice-reading.md R30)
    { id: 'staff-training', phrases: [`${STAFF} ..2 helfen|unterstutzen ...5 verbessern|lernen|entwickeln|weiterzuentwickeln`, `helfen|unterstutzen ..3 ${STAFF} ...5 verbessern|lernen|entwickeln`, 'trainer|trainerin|trainerinnen ...6 mithoren|zuhoren|anhoren|horen|nachhoren'] },
    // the assistant adapted after its errors is AI improvement without the word "train" (§3 ai-training; docs/notice-reading.md R34)
    // the capabilities or answers of a name shaped as an AI system (Chat…, …Bot, …GPT) improved is AI improvement (§3; docs/notice-reading.md R34, R135)
    { id: 'ai-training', phrases: ['fahigkeiten|antworten|verstandnis|kenntnisse|kompetenzen von|des chat*|*bot|*bots|*gpt|gpt* ..3 verbessern|optimieren|trainieren|weiterentwickeln|verbessert|optimiert|weiterentwickelt',
      'verbessern|optimieren|trainieren|weiterentwickeln|verbesserung|optimierung|weiterentwicklung ..3 fahigkeiten|antworten|verstandnis|kenntnisse|kompetenzen von|des chat*|*bot|*bots|*gpt|gpt*'] },
    // the skills of staff improved is training them (§3 "improving staff performance")
    { id: 'staff-training', phrases: [`fahigkeit*|kompetenz*|kenntnisse|fertigkeit* ..2 ${STAFF} ...3 verbessern|steigern|erweitern|weiterentwickeln|starken|ausbauen`] },
    { id: 'ai-training', phrases: ['assistent|assistentin|sprachassistent*|voicebot*|chatbot*|bot|ki ...4 angepasst|optimiert|nachtrainiert|nachjustiert|verbessert|weiterentwickelt'] },
    { id: 'service-provision', phrases: ['terminbuchung*', 'zur|zwecks|fur ?die|eine terminvereinbarung*|terminplanung*', 'termin* ..3 buchen|vereinbaren|vergeben'] },
    // the caller's matter made, completed or passed on, something delivered to the caller, and the goal that is the caller's matter itself are carrying out what the caller asked (§3; docs/notice-reading.md R61)
    { id: 'service-provision', phrases: [
      'ticket*|vorgang|vorgange|antrag|antrage|auftrag|auftrage|angebot|kostenvoranschlag*|akte|anliegen|anfrage|anfragen|bestellung|bestellungen|reparaturauftrag*|*auftrag|*antrag|*anfrage ...4 anlegen|anzulegen|eroffnen|erstellen|vorbereiten|vorzubereiten|erganzen|vervollstandigen|weitergeben|weiterzugeben|weiterleiten|weiterzuleiten|ubermitteln|vorbereitet|angelegt|erstellt|weitergeleitet',
      // the same in the passive: "die Abschrift wird Ihnen per E-Mail zugesandt" (docs/notice-reading.md R126)
      'wird|werden ihnen|dir ...4 zugesandt|zugeschickt|ubermittelt|zugestellt|bereitgestellt|ausgehandigt|geschickt|gesendet',
      'ihnen|dir !werbung|werbe*|newsletter*|angebot|angebote|*werbung _ !werbung|werbe*|newsletter*|angebot|angebote|*werbung ..2 zusenden|zuzusenden|zuschicken|schicken|senden|geben|liefern|bereitstellen|vermitteln|zukommen|ubermitteln|zuzuschicken',
      'fur ihre|ihren|ihr|deine|deinen|dein bestellung|buchung|reservierung|anfrage|auftrag|antrag|kostenvoranschlag|angebot|termin|reparatur|schadensmeldung|vorgang|ticket',
    ] },
    // assessing the caller's own request is carrying it out, not evaluating an employee (§3; docs/notice-reading.md R51)
    { id: 'service-provision', outranks: ['employee-evaluation'], phrases: [
      'ihr|ihren|ihre|ihres|ihrer|dein|deinen|deine ..2 antrag*|*antrag|*antrags|anfrage*|*anfrage|anliegen*|fall|falles|bewerbung*|leistungsfall ...6 prufen|beurteilen|bewerten|begutachten|prufen',
      'prufung|beurteilung|bewertung|begutachtung ..2 ihres|ihrer|deines|deiner ..2 antrag*|*antrag|*antrags|anfrage*|*anfrage|anliegen*|falles|bewerbung*',
    ] },
    // die Behandlung oder Versorgung des Patienten ist die erbrachte Leistung, spezifisch (docs/notice-reading.md R70)
    { id: 'service-provision', phrases: ['behandlungszweck*|therapiezweck*|*behandlungszweck*', 'medizinische|therapeutische|arztliche zwecke|zwecken', 'ihre|ihrer|deine|deiner ?medizinische|medizinischen|weitere|weiteren|arztliche|arztlichen behandlung|versorgung|therapie|betreuung'] },
    // die Leistung an den Erwartungen gemessen ist ihre Qualität; kontinuierliche Verbesserung ohne Gegenstand ist vage (docs/notice-reading.md R71)
    { id: 'quality-assurance', phrases: ['erwartungen|erwartung ...3 entspricht|entsprechen|erfullt|erfullen|gerecht|ubertrifft|ubertreffen', 'erfullt|erfullen|entspricht|entsprechen ...3 erwartungen'] },
    { id: 'quality-assurance', vague: true, phrases: ['kontinuierliche|kontinuierlichen|laufende|laufenden|standige|standigen|fortlaufende|fortlaufenden verbesserung !der|des|unserer|unseres|von'] },
    // sich verbessern, ohne zu sagen was: "um uns zu verbessern", "damit wir uns weiter verbessern können" (docs/notice-reading.md R95)
    { id: 'quality-assurance', vague: true, phrases: ['um uns ?standig|stetig|weiter|laufend|kontinuierlich zu verbessern', 'damit wir uns ?standig|stetig|weiter|laufend|kontinuierlich verbessern'] },
    // eine Leistung, die das Ziel nach ihrer Güte beschreibt, ist die gesicherte Qualität: "um Ihnen einen freundlichen und
    // kompetenten Service zu bieten" (docs/notice-reading.md R263)
    { id: 'quality-assurance', phrases: ['freundlich*|kompetent*|effizient*|professionell*|zuverlassig*|hochwertig*|optimal*|bestmoglich*|exzellent*|hervorragend*|erstklassig*|reibungslos*|schnell*|zugig*|guten|gute|besten|beste ..3 service|services|beratung|betreuung|kundenservice|kundenbetreuung|unterstutzung|dienstleistung*|*service'] },
    // die Weiterentwicklung des Assistenten ist sein Training; Mitarbeitende vorbereiten ist Schulung; rechtsverbindlich
    // festgehalten ist Beweis (§3; docs/notice-reading.md R272)
    { id: 'ai-training', phrases: ['weiterentwicklung|verbesserung|training|optimierung des|der|unseres|unserer virtuellen|digitalen assistent*', 'weiterentwicklung|verbesserung|training|optimierung des|der|unseres|unserer sprachassistent*|chatbot*|voicebot*|ki|sprachdialogsystem*'] },
    // (staff prepared by us, "um unsere Mitarbeiter … vorzubereiten"; staff preparing themselves for the caller, "damit unsere Berater sich … vorbereiten", is service)
    { id: 'staff-training', phrases: ['mitarbeiter*|mitarbeitende*|beschaftigte*|berater*|team* ...5 vorzubereiten'] },
    { id: 'evidence', phrases: ['rechtsverbindlich* ..3 festgehalten|dokumentiert|festzuhalten|nachweisbar', 'nachweisbarkeit'] },
    // die Identität des Anrufers geprüft ist Betrugsvorbeugung (docs/notice-reading.md R280)
    { id: 'fraud-prevention', outranks: ['evidence'], phrases: ['identitatsprufung*|identitatsfeststellung*|identitatskontrolle*|identitatsverifizierung*|identitatsnachweis*', 'prufung|uberprufung|verifizierung|feststellung|prufen|uberprufen|verifizieren|feststellen ..3 ihrer|ihre|deiner|deine|der|die ..1 identitat'] },
    // Forschung unter Kunden über Produkte ist Marktforschung (docs/notice-reading.md R72)
    { id: 'marketing', phrases: ['produktforschung|*produktforschung|konsumentenforschung|verbraucherforschung|kundenforschung|produktstudie*|verbraucherstudie*'] },
    // die Akte der Organisation ist ihre Dokumentation des Gesprächs (docs/notice-reading.md R74): "für unsere Akten"
    { id: 'evidence', phrases: ['fur|zu unsere|unserer|unseren|die ?_ akte|akten|unterlagen'] },
    // die Anforderungen eines benannten Gesetzes oder einer Richtlinie sind eine gesetzliche Pflicht (docs/notice-reading.md R75)
    { id: 'legal-compliance', phrases: ['anforderungen|vorgaben|pflichten ..2 *gesetz|*gesetzes|*richtlinie|*verordnung|gesetz|gesetzes|richtlinie|verordnung'] },
];
