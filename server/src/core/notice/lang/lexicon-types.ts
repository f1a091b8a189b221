/**
 * The shape of a notice lexicon: the phrase lists of one language pack, as data.
 * Phrases use the notation documented in ../pattern.ts:
 *   word (any inflection) · word* (starts with) · *word (compound head) · *word* (contains)
 *   a|b (either) · ?word (optional) · !word (not followed by) · .. / ... / ...N (words in between)
 */

export interface PurposeRule {
  /** Built-in purpose id; absent for a vague phrase that names no purpose ("internal purposes"). */
  id?: string;
  /** The phrase is vague: it is reported in `vaguePhrases`. */
  vague?: boolean;
  /**
   * A "stop" phrase: it names nothing but hides shorter phrases inside it
   * ("storingsmelding" is a fault report, not fault finding). Implies no id.
   */
  stop?: boolean;
  /**
   * Purposes this rule's phrases outrank: a match of theirs that contains a match of this rule names
   * this rule's purpose instead. "to resolve any disputes about your order" is evidence, not service
   * provision (notice-reading.md §3: a dispute is evidence).
   */
  outranks?: readonly string[];
  phrases: readonly string[];
}

export interface NoticeLexicon {
  /** Words that say a call is recorded or listened in on, whatever the subject. */
  recording: readonly string[];
  /**
   * Words that say so only when the clause is about a call or a recording being used
   * ("vastgelegd", "kept", "opname"): "Uw storingsmelding is vastgelegd" is not about the call.
   */
  recordingWeak: readonly string[];
  /**
   * Recording words of several senses ("opgenomen": recorded, but also included, admitted, picked up;
   * "enregistré": recorded, but also saved; "aufgezeichnet": recorded, but also logged): they say the
   * call is recorded only when their sentence, or the one before it, names the call, the caller or a
   * voice (`callNouns`), or their clause names a party to the recording (`recordingParties`: "Nous
   * enregistrons pour la formation", "u wordt opgenomen") or their sentence a purpose ("Aufgezeichnet
   * wird zur Betrugsprävention").
   * "De sleutel kan worden opgenomen in een header" records nothing (§1, §2).
   */
  recordingSenses?: readonly string[];
  /**
   * Words showing that what is "recorded" is a software call or an event logged, not a conversation:
   * "Chaque appel est enregistré dans les logs", "Calls are recorded for assertion", "avec timestamp et
   * IP". A recording word with one near it in its sentence says nothing of the call (§1).
   */
  loggedEvents?: readonly string[];
  /**
   * Things a notice may say are watched or recorded that are not a call: camera surveillance, an ECG, a
   * screen ("unsere Räumlichkeiten sind kameraüberwacht … Die Aufzeichnung dient …"). In a text that names
   * one of them and names no call up to the end of the recording word's sentence, a recording word with no
   * call in its clause refers to that other thing (§1; docs/notice-reading.md R81).
   */
  otherRecorded?: readonly string[];
  /**
   * Predicates that switch recording off ("turned off", "disabled", "uitgeschakeld", "deaktiviert"): a
   * recording word with one beside it in its clause is negated ("Recording is turned off for this call"
   * denies, §2), with the same exceptions as a negation (conditions, opt-outs, questions).
   */
  recordingOff?: readonly string[];
  /**
   * Modals of possibility ("can", "kan", "kann", "peut", "puede"): before a predicate of `recordingOff`, over the
   * auxiliaries, they make switching off an option, no denial ("Recordings can be turned off on an account level", R250).
   */
  possibilityModals?: readonly string[];
  /**
   * Verbs of telling ("told", "informed", "geïnformeerd", "informiert", "prévenu", "informado"): a negation right before
   * one negates the telling, not the recording it tells of ("Some clients have reported not being told a call is being
   * recorded" says the call is recorded, R251).
   */
  tellingVerbs?: readonly string[];
  /**
   * Prepositions that make a noun after them (one word between at most) part of a prepositional phrase,
   * not the object of a recording word: "Wir zeichnen nur mit Ihrer Zustimmung auf" records the call,
   * though "Zustimmung" is among `notCallNouns`.
   */
  phrasePrepositions?: readonly string[];
  /**
   * Negative pronouns that stand for everything said ("niets", "nothing", "nichts", "rien", "nada"):
   * in a notice, "Er wordt niets opgenomen" / "Nothing is recorded" says the call is not recorded, so
   * beside a recording word of several senses one stands for the call (and its negation denies, §2).
   */
  negativePronouns?: readonly string[];
  /**
   * A passive recording verb's own subject (docs/notice-reading.md R222): the auxiliaries and adverbs that may stand between
   * the subject and the participle ("is", "will be", "may also be"), among them at least one of `passive` (the forms of "be"
   * or "become" that make the passive: "a coach may listen" is active), and the determiners that open a noun phrase ("every",
   * "a", "the"). "Every match is recorded", "A family hug was recorded": a noun phrase that names neither the call nor the
   * caller, as the subject of the passive, is something else recorded (§1).
   */
  passiveSubject?: { passive: readonly string[]; auxiliaries: readonly string[]; determiners: readonly string[] };
  /** The parties to a recording: the organisation that records ("wij", "wir", "nous"), and where `callNouns` lack them the caller recorded ("u"): see `recordingSenses`. */
  recordingParties?: readonly string[];
  /**
   * Pronouns that may stand for the call a greeting named ("Thank you for calling. This may be recorded"): a recording word
   * of several senses right after one (over `passiveSubject.auxiliaries`) may take the greeting's call (docs/notice-reading.md R227).
   */
  callPronouns?: readonly string[];
  /**
   * The caller's pronouns among `callNouns` ("you", "vous"): the caller recorded is the call ("You may be recorded"), the
   * caller told (`addressees`) is not.
   */
  callerPronouns?: readonly string[];
  /**
   * The caller's pronoun as the one told, with the verb that tells ("we inform you", "nous vous informons"): the reader
   * addressed, not the call recorded, wherever it stands (docs/notice-reading.md R247).
   */
  addressees?: readonly string[];
  /**
   * Prepositions that attach a recording noun to a verb before them ("remind you of our recording"): a negation before that
   * verb negates it, not the recording (docs/notice-reading.md R228). Only those that never name the recording itself ("not
   * subject to recording", "ne fera pas l'objet d'un enregistrement" stay denials).
   */
  objectPrepositions?: readonly string[];
  /**
   * Verbs that route the call somewhere ("your call may be transferred to …"): a sentence that names this call as their
   * subject speaks of the routing, not of the recording, so its goals are not the recording's (docs/notice-reading.md R241).
   */
  callRouting?: readonly string[];
  /**
   * Words that say the call is listened in on or monitored, live ("a quality coach may listen in",
   * "mithören", "monitored"): not that it is recorded (notice-reading.md §2), but the call is used, so
   * the purposes the text names are read.
   */
  listening?: readonly string[];
  /**
   * The call as the subject of a use ("Your call may be used for training purposes", "De gesprekken
   * worden gebruikt voor trainingsdoeleinden"): a call used afterwards is a call kept (§2), so this
   * says the call is recorded, but only when its sentence names a purpose, so that "calls are used to
   * remind you" records nothing.
   */
  callUse?: readonly string[];
  /** Phrases in which a recording word means something else ("recorded message", "contact ... op"). */
  notRecording: readonly string[];
  /**
   * The caller's data in general ("your personal data", "uw persoonsgegevens", "Ihre Daten", "vos
   * données", "sus datos"): the recording of the call is among them, so in a text that records the call
   * a sentence that processes or uses them (`dataUses`) speaks of the recording and its purposes are read ("Calls are recorded. We
   * process your personal data for marketing" names marketing; docs/notice-reading.md R10).
   */
  dataNouns?: readonly string[];
  /**
   * Phrases that refer back to the recording from a later sentence ("We do this to …", "Dit doen wij ten
   * behoeve van …", "Wir tun dies …", "Nous le faisons …", "Lo hacemos …", "Hierfür"): that sentence is a
   * purpose clause of the recording (§4), so its purposes are read anywhere in it, and a list shares its
   * preposition (docs/notice-reading.md R22).
   */
  recordingRefs?: readonly string[];
  /** Verbs that process or use data ("process", "verwerken", "verarbeiten", "traiter", "tratar"): a `dataNouns` sentence speaks of the recording only with one ("We take the security of your data seriously" states no use). */
  dataUses?: readonly string[];
  /** Nouns for the call or conversation itself. */
  callNouns: readonly string[];
  /**
   * Phrases that state what the law forbids or allows anyone ("is niet strafbaar", "ist verboten",
   * "it is illegal to", "est interdit", "puede ser delito"): a sentence with one and none of
   * `specificMarkers` speaks of recording in general (a law, an article), not of this call (§2).
   */
  genericLaw?: readonly string[];
  /**
   * Words that open a condition on this recording ("soweit", "only if", "sauf si", "salvo que"): a `genericLaw`
   * phrase after one, in a sentence whose recording word stands before it, limits this recording ("Eine
   * Aufzeichnung erfolgt nur, soweit dies zulässig ist" records); it is not the law in general
   * (docs/notice-reading.md R62).
   */
  lawConditions?: readonly string[];
  /** Words and phrases that tie a sentence to this call or this organisation ("this call", "we", "dit gesprek"). */
  specificMarkers?: readonly string[];
  /** Nouns that, as subject or object of "recorded", show it is not the call ("meter reading", "card details"). */
  notCallNouns: readonly string[];
  /**
   * Words that join a recording word to what it is a recording of ("of", "van", "des", "de", "del"):
   * "die Aufzeichnung des Webinars" is a recording of the webinar, whatever else its clause names (§1).
   */
  ofWords?: readonly string[];
  /** Words showing a recording is being used, kept or controlled (makes a weak recording word count). */
  useContext: readonly string[];
  /**
   * The answer "no" ("No", "Nee", "Nein", "Non"): a sentence that opens with it and a comma after a
   * question about recording answers that question, so a negated recording in it is a denial, not the
   * consequence of an opt-out ("Are my calls recorded? No, calls are not recorded" denies, §2).
   */
  answerNo?: readonly string[];
  /** Negation words. */
  negations: readonly string[];
  /** Words right after a negation that undo it: "niet alle" (not all), "not only", "ne souhaitez pas". */
  negationCancellers: readonly string[];
  /**
   * Words shortly before a negation, in its clause, that undo it: French puts the quantifier first,
   * "Tous les appels ne sont pas enregistrés" (not all calls are recorded).
   */
  negationPreCancellers?: readonly string[];
  /**
   * Menu prompts: a verb ("press", "druk", "drücken", "appuyez") and, within three words, a key (a
   * digit or one of `menuKeys`). Purposes named in a sentence that is a menu prompt and says nothing
   * of recording ("for complaints press 2") are not recording purposes.
   */
  menuVerbs?: readonly string[];
  /**
   * A speaker introducing themselves or their job ("this is Priya from the fraud team", "hier spricht",
   * "u spreekt met"): a sentence with one of these that says nothing of recording names no purpose.
   */
  introductions?: readonly string[];
  menuKeys?: readonly string[];
  /**
   * Words that open the name of a line, team, service or topic the caller has reached ("welcome to",
   * "thank you for calling", "welkom bij", "willkommen bei", "bienvenue", "bienvenido a"): from one up
   * to the next comma, stop, subordinator, goal marker or recording word, the words name where the
   * caller is, not a goal of the recording ("Welkom bij de klachtenlijn, dit gesprek wordt opgenomen"
   * names no complaint handling). The speaker's `introductions` mark their clause the same way.
   */
  welcomes?: readonly string[];
  /** Quantifiers that undo a negation one word after its verb: "we do not record all calls". */
  negationQuantifiers?: readonly string[];
  /**
   * A restrictive negation (French "ne … que": "Les appels ne sont enregistrés que pour la formation",
   * calls are recorded only for training): `heads` (ne, n') followed in its sentence by a word of
   * `restrictives` (que, qu') before any word of `partners` (pas, jamais, plus, rien, …) restricts, it
   * does not negate; the head is undone.
   */
  /**
   * A limit of time or amount that a negation before it, in its clause, negates instead of the verb:
   * "Opnames worden niet langer dan 30 dagen bewaard", "not stored for more than 30 days" (the recording
   * is kept, for a while). Matched as phrases.
   */
  negationDurations?: readonly string[];
  /**
   * A part of the call as the object of a negated recording ("we do not record the part of the call
   * where you give your card details", "het gedeelte waarin u betaalt wordt niet opgenomen"): a "not
   * all", the rest of the call is recorded; no denial (§2).
   */
  partialObjects?: readonly string[];
  restrictiveNegation?: { heads: readonly string[]; restrictives: readonly string[]; partners: readonly string[] };
  /** Words that end a negation's scope ("but", "maar", "only", subordinating conjunctions); not right after the negation ("nicht aber"). */
  scopeEnders: readonly string[];
  /**
   * Negations that stand at the end of their clause and negate its verb ("Wir geben Ihre Daten nicht
   * weiter und …"): a coordinator within `verbNegationReach` words after one opens a new clause.
   */
  verbNegations?: readonly string[];
  /**
   * Negative determiners ("no", "geen", "keine", "aucun", "ningún"): one before a short list of nouns negates the whole list
   * and the verb after it, across the list's coordinator ("No voice or call is recorded"; docs/notice-reading.md R200).
   */
  nounNegations?: readonly string[];
  /**
   * Verbs that may stand after a clause-final verb negation and end its clause, German and Dutch
   * putting the participle or infinitive last: "zur Leistungskontrolle werden sie nicht verwendet", "voor
   * marketing worden ze niet gebruikt" negate the whole clause before them as "… nutzen wir nicht" does
   * (§5; docs/notice-reading.md R26). At most two of them ("nicht verwendet werden").
   */
  finalVerbs?: readonly string[];
  /**
   * Particles of a split verb that may end a clause after a clause-final negation: "Eine Aufzeichnung
   * findet nicht statt" denies as "Eine Aufzeichnung erfolgt nicht" does.
   */
  finalParticles?: readonly string[];
  /**
   * Phrases that make a sentence a wish, a norm or an imagined case ("Jeder sollte sicher sein, dass …", "imagine a phone
   * bill: …", "ojalá"): a recording word they govern, affirmed or negated, says nothing of this call; no recording, no
   * denial. They govern to the end of their sentence until a clause with its own subject opens; the statement a colon ends
   * covers the sentence after it (docs/notice-reading.md R123).
   */
  hypotheticals?: readonly string[];
  /** Words making a sentence conditional or a wish: a negated recording there is no denial. */
  conditionals: readonly string[];
  /**
   * Abbreviations whose full stops end no sentence, folded, without their dots, their parts separated
   * by a space ("z b" for "z. B." and "z.B.", "e g", "bijv", "p ex", "p ej"): "Wir zeichnen Gespräche
   * u. a. zur Schulung auf" is one sentence.
   */
  abbreviations?: readonly string[];
  /** Coordinating conjunctions (lists, hyphen ellipsis). */
  coordinators: readonly string[];
  /**
   * Subjects that open a new clause after a coordinator ("… and calls are recorded", "… and we use
   * them"): a negation before the coordinator does not reach past it. Without one, the coordinator
   * joins words ("not for marketing or AI training") and the negation carries.
   */
  clauseSubjects: readonly string[];
  /**
   * Words that open a purpose clause whose goal may be negative ("om geen discussie te krijgen",
   * "so that no misunderstanding arises"): a negation shortly after one is part of the goal.
   */
  purposeMarkers?: readonly string[];
  /**
   * Words that open a goal ("to", "so that", "om", "zodat", "um", "damit", "afin de", "para"): in a
   * sentence that neither speaks of recording nor uses a recording, a purpose word names a purpose of
   * the recording only after one ("Dat gebeurt om de kwaliteit te bewaken"); otherwise it names a
   * line, a team or a topic ("Thank you for calling the fraud team", "For complaints, visit our
   * website"), not a goal (§1, §4).
   */
  goalMarkers?: readonly string[];
  /**
   * Words that make a sentence a request to the caller ("please", "bitte", "veuillez", "por favor",
   * "houd … bij de hand"): in a sentence that neither speaks of recording nor uses a recording, the goal
   * named is the request's ("Please have your number ready so we can deal with your request"), not the
   * recording's (§4).
   */
  callerRequests?: readonly string[];
  /** Subordinating conjunctions and other clause openers. */
  subordinators: readonly string[];
  /**
   * Subordinators that are also articles ("der", "die"): they open a clause (a relative clause) only
   * right after a comma. German sets every relative clause off with commas, so "alle Telefonate der
   * Handelsabteilung gespeichert" is one clause.
   */
  relativeArticles?: readonly string[];
  /**
   * Relative pronouns ("that", "which", "die", "qui", "que"): a negated recording in a relative clause right after a call
   * noun restricts that noun ("Calls that are not recorded are forwarded"), it denies nothing (docs/notice-reading.md R278).
   */
  relativePronouns?: readonly string[];
  /** Function words (articles, possessives, prepositions): may sit inside a tight phrase. */
  fillers: readonly string[];
  /** Nouns shared by a list of modifiers: "quality and training purposes" = quality purposes + training purposes. */
  purposeHeads: readonly string[];
  /**
   * Heads that open a list of their modifiers, in languages that put the head first: "con fines de calidad y servicio" =
   * fines de calidad + fines de servicio, "à des fins de qualité et de service" (docs/notice-reading.md R201).
   */
  purposeHeadsBefore?: readonly string[];
  /** Compound heads shared by hyphen ellipsis: "trainings- en kwaliteitsdoeleinden". */
  compoundHeads: readonly string[];
  /** The purpose vocabulary. */
  purposes: readonly PurposeRule[];
  /** Per purpose id: the short phrase a fix inserts into a notice. */
  canonical: Readonly<Record<string, string>>;
}
