/** English notice lexicon. Notation: see ../lexicon-types.ts. */
import type { NoticeLexicon } from '../lexicon-types';
import { purposes } from './purposes';
import { STAFF } from './purpose-words';

export const en: NoticeLexicon = {
  // "recorded" also means logged or noted ("actions are recorded and may be used for payroll"): it records only beside a call (lexicon-types)
  // a negative pronoun stands for everything said: "nothing is recorded" denies (lexicon-types)
  negativePronouns: ['nothing'],
  // the subject of a passive recording verb (docs/notice-reading.md R222): "Every match is recorded", "A family hug was recorded"
  passiveSubject: {
    passive: ['is', 'are', 'was', 'were', 'be', 'been', 'being'],
    auxiliaries: ['is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'may', 'might', 'can', 'could', 'should', 'must', 'shall', 'would', 'also', 'always', 'automatically', 'now', 'currently', 'routinely', 'sometimes', 'then', 'still', 'securely', 'all'],
    determiners: ['the', 'a', 'an', 'every', 'each', 'any', 'some', 'our', 'their', 'his', 'her', 'its', 'these', 'those'],
  },
  recordingParties: ['we'],
  callPronouns: ['this', 'it', 'that'],
  // the caller's pronouns among the call nouns, and the caller told: the reader addressed, not the call recorded (R247)
  callerPronouns: ['you'],
  // "We inform you that cookies are stored"
  addressees: ['inform|informs|informing|notify|notifies|advise|advises|remind|reminds|tell|tells|let you'],
  objectPrepositions: ['of', 'about', 'from'],
  callRouting: ['routed', 'transferred', 'forwarded', 'redirected', 'diverted', 'connected', 'put through', 'passed on|through', 'answered'],
  recordingSenses: ['record', 'records', 'recorded'],
  recording: [
    // the noun, exactly: its stem is the verb's ("recorded"), which has several senses
    '=recording',
    '=recordings',
    're-recorded',
    'taped',
    // telephone-sales voice logging: "we use voice logging"
    'voice logging',
    'voice logged',
    'voicelogging',
  ],
  // the call used for a purpose its sentence names is a call kept: "your call may be used for training purposes" (lexicon-types)
  callUse: ['call|calls|conversation|conversations ...4 =used',
    // a call reviewed, retrieved, accessed or listened back to afterwards is a call kept (§2): "a call will not be reviewed unless: …"
    'call|calls|conversation|conversations ...4 =reviewed|=retrieved|=accessed|=replayed'],
  listening: ['monitored', 'our =monitoring !tools|software|systems|of', 'call|telephone|phone =monitoring', 'monitor|monitoring ..3 calls|call|conversation*|this', '=listened ..2 to|in', 'listen|listens|listening ..1 to ..2 call|calls|conversation*|=you', `${STAFF} ..2 may|might|can|could|will|sometimes|occasionally ..1 listen|listens`, 'listen in', 'listening in', 'listens|listening for ..2 signs',
    // a second person present on the call, or sitting in on it, listens (docs/notice-reading.md R143): "Having a second volunteer
    // present", "a supervisor may sit in on your call", "the second (listening) volunteer"
    'sit|sits|sitting|sat in on',
    `second|another|additional|extra|silent|third ..1 volunteer*|person|listener*|${STAFF} ..3 present|listening|listens|listen`,
    `listening|silent volunteer*|person|listener*|${STAFF}`],
  recordingWeak: ['transcribed', 'transcribe', 'transcribes', 'kept', 'captured', 'stored', 'retained', 'logged', 'saved', 'keep', 'store', 'retain', 'capture', 'tape',
    // listening back needs a recording: "we may listen back to calls"
    'listen|listens|listened|listening back'],
  // a wish, a plan under consideration or an imagined case says nothing of this call (lexicon-types; R123, R258): "We would
  // like to start recording these types of calls", "Imagine your call is recorded"
  hypotheticals: ['would like|love ..1 to ..2 start|begin', 'considering|thinking ..1 of|about ..2 recording|introducing|starting', 'imagine', 'suppose', 'supposing', 'as if', 'hopefully'],
  notRecording: [
    // the caller's own message in a voicemail menu (R289): "Press 1 to save your recording", "Press 3 to re-record", "Start
    // recording after the tone"
    'press|dial|select ..3 to ..1 save|keep|delete|erase|replay|review|hear|listen|play|send|cancel ..2 your|the|this ..1 recording|message|greeting',
    'to re record|rerecord',
    'start|begin ..1 recording|speaking ..2 after|at ..1 the ..1 tone|beep|signal',
    // a recording the user or customer makes is theirs, not the organisation's (R257): "Recordings made by users are stored",
    // "Any recordings you make are your responsibility"
    'recording|recordings|calls|call made|created|taken|recorded|stored by ..2 user|users|customer|customers|subscriber|subscribers|caller|callers|you',
    'recording|recordings you|users|customers|subscribers make|made|create|created|take|took|keep',
    // the noun after a determiner is a shop, not keeping: "may be used by your store"
    'your|our|the|a|this|that|each|every|any|local ..1 =store|=stores',
    'recorded|recording message*|announcement*|information|greeting|voice|menu|music|prompt*|options',
    'prerecorded',
    'pre recorded',
    'a|an|the|clear|written|accurate|full|our|your|any|no|proper|formal|permanent|criminal|medical|credit|track|public|for ?our|your =records',
    // "records" before its object is the verb: "our practice records telephone calls", "our agents record a call";
    // a determiner or a pronoun right after "record" opens its object: the noun takes none (docs/notice-reading.md R110)
    'a|an|the|clear|written|accurate|full|our|your|any|no|proper|formal|permanent ..2 =record|=records !calls|call|telephone|phone|conversation|conversations|discussion*|consultation*|chats|interactions|all|every|each|this|these|those|your|our|a|an|the|any|both|them|it|incoming|inbound|outbound|some|certain',
    // (the verb before its object is no record: "we do not record the part of the conversation")
    '=record|=records !the|this|these|those|your|our|all|every|any|calls|call ..2 of ..3 your|the|any|what|our|a|all|this|each|every ..4 order|agreement|instructions|details|conversation|transaction*|plan|payment*|sale|purchase|request|consent|application|complaint|what',
    'on =record',
    'recorded delivery',
    'keep|kept ..2 you|up|safe|informed|waiting|hold',
    'recorded ..3 in our|your|the ..2 system*|account|file|notes',
    // a ban on the caller recording is a rule for the caller, no notice that the call is recorded nor a denial (docs/notice-reading.md
    // R142): "You are not permitted to video or audio record the consultation", "you must not record this call", "please do not record"
    'you|callers|caller|patients|patient|clients|client|customers|visitors|parents|members ..2 =not|=never ..2 permitted|allowed|authorised|authorized|entitled|able ..1 to ...4 =record|=tape',
    'you|callers|caller|patients|patient|clients|client|customers|visitors|parents|members ?also may|must|should|cannot|can|shall ..1 =not|=never|=t ...4 =record|=tape',
    'you|callers|caller|patients|patient|clients|client|customers|visitors|parents|members ?also are|re|is =not to ...4 =record|=tape',
    'please ?do =not|=never ...4 =record|=tape',
    'it is|s =not|=never permitted|allowed ..1 to ...4 =record|=tape',
    // the ban with a noun: "you may not make a recording of the consultation" (docs/notice-reading.md R210)
    'you|callers|caller|patients|patient|clients|client|customers|visitors|parents|members ?also may|must|should|cannot|can|shall|are ..1 =not|=never|=t ...4 make|take|create|making ...3 =recording|=recordings',
    'please ?do =not|=never ...4 make|take|create ...3 =recording|=recordings',
    // the organisation permitting or forbidding the caller or the public to record (R142, R232): "The department does not permit
    // a member of the public to record an interaction", "we allow callers to record their calls"
    'permit|permits|allow|allows|authorise|authorises|authorize|authorizes|let|lets you|callers|caller|patients|patient|clients|client|customers|customer|visitors|parents|members|member|anyone|people|third ..4 to ...4 =record|=tape',
    'permit|permits|allow|allows|authorise|authorises|authorize|authorizes|let|lets ...5 public|third ...8 to ...4 =record|=tape',
    // the device itself, not a recording made: "with any type of audio recording device"
    '=recording device|devices|equipment',
    // waiting on the line, not keeping anything: "Thank you for holding"
    'thank|thanks ..2 for holding',
    // the caller able or allowed to record is the caller's own recording, not the organisation's (R232, R244): "You can record your calls with the app"
    'you|users|user|customers|customer|callers|caller ?also|now|easily can|could|may ..1 =record|=tape',
    // what the caller chose or answered, taken down: "Your opt-out has been recorded" (R234)
    'your ..1 opt|optout|choice|choices|preference|preferences|answer|answers|response|responses|vote|decision|selection ?out has|have|is|was|were ?now ?been ?successfully =recorded',
  ],
  // a software call or an event logged, not a conversation: "chaque appel est enregistré dans les logs" (lexicon-types)
  loggedEvents: ['=logs', 'call history', 'contact history', 'call log', 'call logs', 'logfile*', 'log file*', 'table', 'timestamp*', 'assertion*', 'mock*', 'stub*', 'endpoint*', 'api call*', 'function call*', 'method call*', 'api', 'apis',
    // logins and sign-ins logged are events, not the call (§1; docs/notice-reading.md R16, R21): "All login attempts are recorded"
    'login*', 'logon*', 'log-in*', 'sign-in*', 'signin*', 'log in attempt*', 'sign in attempt*'],
  // recording switched off is recording negated: "Recording is turned off for this call" (lexicon-types)
  // the participle, exactly: "you can disable call recording" offers a switch, it switches nothing off
  recordingOff: ['turned|switched|is|are|remains ..1 off', '=disabled', '=deactivated', 'inactive'],
  // switching off that can be done is an option, no denial (lexicon-types, R250)
  possibilityModals: ['can', 'may', 'could', 'might'],
  // a negation of the telling is no denial of what is told (lexicon-types, R251)
  tellingVerbs: ['told', 'tell', 'telling', 'know', 'informed', 'inform', 'notified', 'notify', 'warned', 'warn', 'advised', 'reminded', 'remind'],
  // a noun after one is in a prepositional phrase, no object of the recording word (lexicon-types)
  phrasePrepositions: ['with', 'without', 'upon', 'despite'],
  // the caller's data in general: the recording is among them (lexicon-types)
  // a later sentence that refers back to the recording is a purpose clause of it (lexicon-types, docs/notice-reading.md R22)
  recordingRefs: ['we do|did this|that|so|it', 'we will do this|that|so', 'this|that is|was done', 'this|that happens', 'this|that takes place', 'this|that is for|to|so', 'it is|s for',
    // the keeping of the recording extended: the cases it is extended for are uses of it (docs/notice-reading.md R103)
    'this|that|it|which|they|period|retention ..3 extended|prolonged|lengthened'],
  dataNouns: ['personal data|information|details', 'your|customer|customers ?personal data|information|details', 'data about you'],
  dataUses: ['process|processes|processed|processing|use|uses|used|using|handle|handled|collect|collected|share|shared|store|stored|keep|kept'],
  // "calls to and from this number": the call noun reaches over the paired prepositions into the clause they split
  callNouns: ['calls|call to|from and|or from|to', 'voice', 'voices', 'audio', 'call', 'calls', 'phone call*', 'conversation*', 'telephone call*', 'phonecall*', 'call-recording*', 'you', 'line', 'lines', 'interaction*', 'enquiry', 'enquiries', 'discussion*', 'interview', 'interviews',
    // contact with the organisation is the call: "Each contact with our team is recorded" (R222)
    'contact|contacts with',
    // a consultation or session with a person is a call: "Your consultation may be recorded", "the session with your advisor" (docs/notice-reading.md R36)
    'your|this|our consultation|consultations', 'consultation|consultations with', 'session|sessions with',
    // the conference, meeting or session the caller is in, now, is the call (docs/notice-reading.md R160): "The conference is now being
    // recorded", "This meeting is being recorded"; "the recording of last week's meeting" is of something else (§1)
    'conference call*', 'teleconference*', 'conference line|bridge', 'this conference|meeting|session|teleconference',
    'conference|meeting|session ..2 now|currently'],
  genericLaw: ['illegal', 'unlawful', 'against the law', 'an offence|offense', 'a crime', 'legal to', 'allowed to record',
    // a law that allows, rules or differs, as the subject: recording in general (docs/notice-reading.md R90)
    'the law|laws|legislation on|about|governing recording', 'law|laws|legislation varies|vary|differs|differ|regulates|regulate|governs|govern|permits|permit',
    // recording in general said to be allowed or forbidden, with the noun or the gerund as subject (docs/notice-reading.md R211)
    '=recording|=recordings|=taping ...16 is|are|be ...3 legal|lawful|permitted|allowed|prohibited|forbidden|banned'],
  // lawfulness inside a condition on this recording limits it, it is not the law in general (docs/notice-reading.md R62)
  lawConditions: ['if', 'unless', 'where', 'when', 'to the extent', 'insofar', 'as long as', 'provided', 'as'],
  specificMarkers: ['we', 'us', 'our', 'this call', 'your call', 'this conversation', 'your conversation'],
  notCallNouns: [
    // a work recorded for broadcast (an album, a podcast, a film, a show) is a recording of something else (§1)
    'album*', 'song*', 'podcast*', 'film', 'films', 'video*', 'episode*', 
    // a user name, an IP address, an opinion or a form field taken is a recording of something else (§1)
    'username*', 'user name*', 'ip', 'opinion*', 'field', 'fields', 
    // the caller's name taken at a prompt is a recording of something else (§1): "Record your name after the beep"
    'name',
    // a data item or an event taken about the caller is no recording of the call (§1; docs/notice-reading.md R190): "Race, birthday
    // and gender are recorded", "the actions you take in the app are recorded"
    'birthday*', 'birth', 'gender', 'race', 'ethnicity', 'age', 'postcode*', 'zip', 'action', 'actions', 'click', 'clicks', 'keystroke*',
    'webinar*', 'meeting*', 'event*', 'session* !with', 'seminar*', 'conference*', 'lecture*', 'timestamp*', 'activity',
    'message*',
    'reading*',
    'meter',
    'detail*',
    'number*',
    'card',
    'cards',
    'pin',
    'password*',
    'address*',
    'information',
    'data',
    'order',
    'payment*',
    'preference*',
    'choice*',
    'request',
    'complaint',
    'report',
    'fault',
    'appointment*',
    'booking*',
    'reference',
    'vote*',
    'response*',
    'answer*',
    'feedback',
    'greeting',
    'announcement',
    'balance',
    'transaction*',
    'score*',
    'temperature*',
    'name',
    'date',
  ],
  ofWords: ['of'],
  // another thing watched or recorded: camera surveillance, an ECG, a screen (docs/notice-reading.md R81; lexicon-types)
  otherRecorded: ['cctv', 'camera', 'cameras', 'camera surveillance', 'video surveillance', 'videosurveillance', 'video recording|recordings|footage', 'footage',
    'ecg', 'ecgs', 'electrocardiogram*', 'heart rate', 'heartbeat*', 'screen recording*', 'screen capture*',
    // the caller's own recording taken at a prompt or handled by a voicemail (a name, a greeting, a message: docs/notice-reading.md
    // R122): "I need to record your first and last name", "Please record your message after the tone", "Your greeting has been saved"
    '=record|rerecord|say|state|speak ?again your|his|her|their ..3 name|names|greeting|greetings|message|messages',
    'your ?new|personal|current recording|recordings|greeting|greetings|message|messages|name|names has|have been|is|are|was|were ?now saved|deleted|erased|accepted|discarded|removed|rerecorded'],
  useContext: [
    'used', 'use', 'share', 'sell', 'kept', 'stored', 'deleted', 'destroyed', 'shared', 'reviewed', 'listened', 'paused', 'pause', 'stop', 'stopped', 'started',
    'start', 'analysed', 'analyzed', 'transcribed', 'retained', 'published', 'passed', 'access', 'accessed', 'erased', 'held', 'available', 'played',
  ],
  // "No," opening the answer to a question about recording: the answer states, it is no opt-out (lexicon-types, docs/notice-reading.md R29)
  answerNo: ['no'],
  negations: ['not', 'never', 'no', 't', 'nor', 'neither', 'cannot', 'nobody', 'nothing', 'none'],
  nounNegations: ['no'],
  negationQuantifiers: ['all', 'every'],
  // a part of the call left unrecorded: the rest is recorded, no denial (lexicon-types)
  partialObjects: ['the|that part|parts|section|sections|portion|portions ..1 of|where|when|in|during|which|that',
    // plural parts named by what happens in them need no article: "Parts of the call where you pay are not recorded" (R11); "not … any parts of your call" still denies
    '=parts|=sections|=portions of ..1 the|this|your|a|each|every call|calls|conversation|conversations ..1 where|when|in|during|which|that|while'],
  negationDurations: [
    // "not recorded by default": a default negated, not the recording, like "not all" (docs/notice-reading.md R29)
    'by default', 'longer than', 'more than ..2 day|days|month|months|year|years|week|weeks|hour|hours', 'beyond ..2 day|days|month|months|year|years|week|weeks|period|retention'],
  // "this call may or may not be recorded": an alternative with its negation is no negation
  negationPreCancellers: ['or'],
  negationCancellers: ['all', 'every', 'always', 'only', 'just',
    // "including but not limited to": an open list, nothing negated (docs/notice-reading.md R102)
    'limited', 'restricted', 'want', 'wish', 'agree', 'consent', 'like', 'mind', 'object', 'sure', 'certain', 'necessarily', 'usually', 'routinely', 'normally', 'automatically', 'systematically', 'worry', 'hesitate'],
  scopeEnders: ['but', 'only', 'except', 'besides', 'than', 'unless', 'however', 'instead', 'rather', 'that', 'because', 'so', 'whereas', 'while', 'though', 'although', 'solely', 'exclusively'],
  conditionals: ['if', 'unless', 'without !doubt|fail|delay', 'prefer', 'rather', 'wish', 'want', 'consent', 'object', 'agree', 'opt', 'request', 'whether', 'should', 'otherwise', 'choose', 'chooses', 'choosing', 'chose', 'opting', 'decline', 'declines', 'declining', 'refuse', 'refuses', 'refusing', 'would', 'ask'],
  // "this is done to …", "this is to help us …" refer back to the recording (R22), they introduce no speaker
  introductions: ['this is !done|to|for|so|because|why|how', 'my name is', 'i am', 'i m', 'you re|are speaking|through ..2 to|with'],
  // the name of the line, team or service reached, to its clause's end: no goal of the recording (lexicon-types)
  welcomes: ['welcome to', 'thank|thanks ..2 for calling|contacting|phoning', 'thank|thanks ..2 for holding|waiting', 'thank|thanks ..2 for your patience', 'you have|you ve reached|called|dialled|dialed|contacted', 'you re|are through to', 'you re|are now|currently connected|speaking|through ..2 to|with', 'this is ..3 from|at', 'connecting|transferring|putting you ..2 to|through', 'you are calling', 'you re calling'],
  menuVerbs: ['press', 'dial', 'choose', 'select', 'say'],
  menuKeys: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'zero', 'star', 'hash', 'pound'],
  // abbreviations whose full stops end no sentence (lexicon-types)
  abbreviations: ['e g', 'eg', 'i e', 'ie', 'incl', 'approx', 'mr', 'mrs', 'ms', 'dr', 'vs'],
  coordinators: ['and', 'or', 'plus', 'as well as', 'nor'],
  clauseSubjects: ['we', 'i', 'you', 'they', 'calls', 'call', 'recordings', 'conversations', 'this call', 'your call', 'all calls', 'our staff', 'our agents'],
  // a goal opens here: outside a sentence about recording, purposes are read only after one (lexicon-types)
  // a request to the caller: its goal is the request's, not the recording's (lexicon-types)
  callerRequests: ['please',
    // advice to the caller: its goal is the caller's, not the recording's (R284): "For your security, never share your PIN"
    'never ..3 share|give|disclose|tell|reveal|provide|send|write|say|enter', 'do not|dont ..3 share|give|disclose|tell|reveal|provide|send|write|enter', 'have ..4 ready|handy', 'have ..4 to hand',
    // a report of what the caller asked earlier: its goal is the caller's request, not the recording's (docs/notice-reading.md R162):
    // "You asked us yesterday to call you back about your order", "you requested a callback so that we could …"
    'you asked|requested', 'you have|ve|had ?already asked|requested'],
  goalMarkers: ['in order to', 'so that', 'so we', 'so as to', 'to !the|a|an|our|your|this|that|these|those|my|their|his|her|its|any|all|us|you|them|me|him|it|be', 'for the purpose*', 'with the aim', 'with a view to', 'purpose|purposes of',
    // a verb of enabling opens a goal: "This helps us train our staff", "which allows us to check"
    'help|helps|helping|allow|allows|enable|enables|let|lets us'],
  purposeMarkers: ['so'],
  subordinators: ['that', 'so', 'because', 'if', 'when', 'unless', 'while', 'whereas', 'which', 'who', 'where', 'and', 'or', 'but', 'although', 'as', 'since', 'until'],
  relativePronouns: ['that', 'which', 'who'],
  fillers: [
    'the', 'a', 'an', 'of', 'for', 'our', 'your', 'its', 'their', 'to', 'in', 'on', 'with', 'by', 'at', 'any', 'this', 'these', 'those', 'that',
    'us', 'we', 'you', 'help', 'helps', 'can', 'may', 'be', 'are', 'is', 'all', 'new', 'own', 'both', 'individual', 'possible', 'further',
    'better', 'future', 'ongoing', 'general', 'also', 'it', 'them', 'what', 'how', 'continue', 'continually', 'continuously', 'constantly', 'always',
  ],
  purposeHeads: ['purposes', 'purpose', 'reasons', 'reason', 'needs', 'requirements', 'use'],
  compoundHeads: [],
  purposes,
  canonical: {
    'quality-assurance': 'quality assurance',
    'staff-training': 'staff training',
    'employee-evaluation': 'evaluating our staff',
    evidence: 'evidence of what was agreed',
    'complaint-handling': 'complaint handling',
    'legal-compliance': 'meeting our legal obligations',
    'fraud-prevention': 'fraud prevention',
    'staff-safety': 'the safety of our staff',
    troubleshooting: 'finding technical faults',
    'speech-analytics': 'speech analytics',
    'emotion-recognition': 'emotion recognition',
    'ai-training': 'training our AI models',
    marketing: 'marketing',
    'service-provision': 'handling your request',
    publication: 'publication',
    'personal-use': 'strictly personal use',
  },
};
