/**
 * English purpose vocabulary: the phrases that name each purpose (notation: see ../lexicon-types.ts).
 * Here the purposes of handling the call (quality, training, evaluation, evidence, complaints, legal
 * duties, fraud, safety, troubleshooting); the uses beyond it are in purposes-uses.ts, in this order.
 */
import type { NoticeLexicon } from '../lexicon-types';
import { STAFF, AI_STRICT } from './purpose-words';
import { usePurposes } from './purposes-uses';

export const purposes: NoticeLexicon['purposes'] = [
    // the recordings protected against misuse or unauthorised access: a safeguard of the recordings, no goal of recording (R282):
    // "Recordings are stored securely and protected against unauthorised access", "We protect recordings against misuse"
    // (a list after "against" is protected against too: "against misuse and unauthorised access")
    { stop: true, phrases: [
      '=recording|=recordings|=data|=information|=records|=them|=it ..4 =protected|=secured|=safeguarded|=shielded|=kept|=stored ..2 against|from ..4 misuse|abuse|unauthorised|unauthorized|loss|theft|access|disclosure|tampering|alteration|destruction|processing',
      '=recording|=recordings|=data|=information|=records|=them|=it ..4 =protected|=secured|=safeguarded|=shielded|=kept|=stored ..2 against|from ..4 misuse|abuse|unauthorised|unauthorized|loss|theft|access|disclosure|tampering|alteration|destruction|processing ..2 and|or ..3 misuse|abuse|access|loss|theft|disclosure|use|tampering|alteration|destruction|processing',
      '=protect|=protects|=protecting|=secure|=secures|=securing|=safeguard|=safeguards|=safeguarding ..3 =recording|=recordings|=data|=information|=records|=them|=it ..2 against|from ..4 misuse|abuse|unauthorised|unauthorized|loss|theft|access|disclosure|tampering|alteration|destruction|processing',
      '=protect|=protects|=protecting|=secure|=secures|=securing|=safeguard|=safeguards|=safeguarding ..3 =recording|=recordings|=data|=information|=records|=them|=it ..2 against|from ..4 misuse|abuse|unauthorised|unauthorized|loss|theft|access|disclosure|tampering|alteration|destruction|processing ..2 and|or ..3 misuse|abuse|access|loss|theft|disclosure|use|tampering|alteration|destruction|processing',
      'security measures|safeguards|controls|standards|procedures|policies|systems',
      'information|=data|cyber|=it|physical security',
      'information|=data|cyber|=it|physical security team|teams|department|departments|officer|officers|staff',
      'security|safety|protection|confidentiality of ..2 =recording|=recordings|=data|=information|=records',
      'misuse|abuse of ..2 =recording|=recordings|=data|=information|=records|=them|=it'] },
    // shared internally says with whom, not why (R261): "Call recordings may be shared internally within the practice"
    { stop: true, phrases: ['shared|share|shares|disclosed|available|accessible|circulated|passed|accessed internally',
      // so does where the recordings are used or kept (R290): "Any recorded calls are only used internally and not shared"
      'used|kept|stored|held|processed|handled|retained ?only internally',
      // monitoring beside recording is the means, as recording is (R290): "monitoring or recording customer interactions for …"
      'monitoring|monitored|monitor ..1 or|and recording|recorded|record|recordings'] },
    // a complaint against the recording, or its lawfulness, names no purpose (R259): "complaints about the recording of calls"
    { stop: true, phrases: ['complaint|complaints ..2 about|regarding|concerning|against ..2 recording|recordings', 'lawfulness', 'legality'] },
    // the recording made part of the contract is its proof (§3 evidence; R253): "The recording forms part of your contract"
    { id: 'evidence', phrases: ['form|forms|formed|forming ..1 part of ..2 contract|agreement|policy'] },
    // A dispute is evidence, not service provision (§3), whatever phrase it stands in.
    { id: 'evidence', outranks: ['service-provision'], phrases: ['dispute*', 'disagreement*'] },
    // supervision of the staff is a supervisor checking the service (§3 quality assurance; docs/notice-reading.md R239)
    { id: 'quality-assurance', vague: true, phrases: ['supervision|supervisory purposes|purpose|reasons'] },
    { id: 'quality-assurance', phrases: ['clinical|professional supervision', 'for supervision !purposes|purpose|reasons'] },
    // A statement that recording is lawful, and a duty to inform, name no purpose (notice-reading.md §3).
    {
      stop: true,
      phrases: [
        // the caller's consent to the recording, asked or confirmed, is the consent question, no proof of a contract (§2; R248):
        // "Do you confirm your consent to the recording of this call?"
        'confirm*|give|giving|accept* ..3 consent|agreement ..2 to|for ..3 recording|recorded|being|record',
        'where|as|if|when permitted|allowed ..3 law|legislation|regulation*',
        // the law as the subject that allows: "where the law allows", "insofar as the law permits"
        'where|as|if|when|insofar ..3 law|laws|legislation|regulation* allow|allows|permit|permits',
        // an alternative is one word: "data protection" is a phrase of its own
        'in accordance|compliance|line with ..5 law|laws|gdpr|legislation',
        // conformity with the rules in force, whatever they are, says the recording is lawful, not that a law requires it (R281):
        // "stored in accordance with the applicable legal requirements", "in line with statutory requirements", "subject to local legislation"
        'in accordance|compliance|line|keeping|conformity with ..2 applicable|relevant|local|current|existing|prevailing|statutory|legal|regulatory|uk|eu|national|federal|state|all ..1 regulation|regulations|rules|requirements|guidelines|provisions|standards|directives',
        'in accordance|line|keeping with regulations|rules|guidelines|requirements',
        'subject to ..2 applicable|local|relevant|national|statutory|legal|any ..1 law|laws|legislation|regulation|regulations|rules|requirements',
        // a data-protection law however long its name (docs/notice-reading.md R28)
        'in accordance|compliance|line with ...8 data protection|privacy',
        // a data-protection law names no duty to record: "the General Data Protection Regulation"
        'data protection regulation*|act|law|laws|legislation',
        // the data-protection law under which the call is recorded: "Under GDPR regulations, this call will be recorded" (R268)
        'under|per|pursuant ?to ..2 gdpr|dpa|ccpa|hipaa|popia|pipeda ..1 regulation|regulations|rules|law|laws|legislation|requirements|guidelines',
        'lawful|lawfully',
        // compliance with the laws on recording or on consent is the lawfulness of the recording, no duty to record (§3; R192):
        // "ensure compliance with local recording laws", "compliance with all consent rules for call recording"
        'compliance with|to ..4 recording|consent|wiretap*|eavesdropping ..1 law|laws|legislation|rules|regulation*|requirements|statute*',
        'required|obliged|obligated ..3 to inform|tell|notify|advise|let|disclose',
        'where|when|if|as required|obliged ..2 by law ..4 disclose|inform|tell|notify|advise',
        'disclose|inform|tell|notify|advise ..6 where|when|if|as required ..2 by law',
        'obligation|duty ..3 to inform|tell|notify|advise',
        // a law that requires consent to, or notice of, the recording imposes no duty to record (§3; docs/notice-reading.md R161):
        // "California law requires all-party consent to record", "Florida law requires notification that this call is being recorded"
        'the law|laws|legislation|regulation|regulations|rules|statute|statutes require|requires|required|mandate|mandates|demand|demands ..3 consent|permission|agreement|notification|notice|disclosure',
        'law|laws|legislation|regulation|regulations|rules|statute|statutes require|requires|required|mandate|mandates|demand|demands ..3 consent|permission|agreement|notification|notice|disclosure',
        'the law|laws|legislation|regulation|regulations|rules|statute|statutes require|requires|oblige|obliges|mandate|mandates ..3 inform|informing|informed|tell|telling|told|notify|notifying|notified|advise|advising|advised|disclose|disclosing|warn|warning|warned',
        'law|laws|legislation|regulation|regulations|rules|statute|statutes require|requires|oblige|obliges|mandate|mandates ..3 inform|informing|informed|tell|telling|told|notify|notifying|notified|advise|advising|advised|disclose|disclosing|warn|warning|warned',
        'legally|lawfully required|obliged|obligated|bound to inform|tell|notify|advise|disclose|warn|let|ask|obtain|seek|request|get',
        'required|obliged|obligated|bound ..2 by law to obtain|ask|seek|request|get ..3 consent|permission|agreement',
        'by law ..3 ask|obtain|seek|request|get|need ..3 consent|permission|agreement',
        'by law ..2 inform|tell|notify|advise|disclose|warn',
        // a legal duty to pass the recording on is the duty of the sharing, no goal of the recording (R236): "not shared with any
        // third parties unless we are required to do so by law"
        'share|shares|shared|sharing|disclose|discloses|disclosed|pass|passed|release|released|hand|handed|give|given|provide|provided ...10 unless|except|save ..6 required|obliged|compelled|obligated ..4 law|laws|court|regulator*|authorit*',
      ],
    },
    // the follow-up of the caller's file or case is carrying out the service (§3; R255): "for service quality and file follow-up"
    { id: 'service-provision', phrases: ['file|case|dossier|claim|request|order follow up', 'file|case|dossier|claim|request|order followup'] },
    // keeping the service up to its standard is quality assurance (§3; R255): "to help maintain customer service"
    { id: 'quality-assurance', phrases: ['maintain|maintaining|uphold|upholding ..2 customer|our service', 'maintain|maintaining|uphold|upholding ..2 standards|quality'] },
    // unsettled readings settled in docs/notice-reading.md: follow-up and information purposes and data protection purposes are vague with no purpose;
    // traceability is evidence of what was said; the part of a call left unrecorded is a limit (negationDurations)
    { vague: true, phrases: ['follow up !on|of|your|with|calls|call|leads|sales|prospects', 'followup', 'follow up purposes|reasons', 'information|informational purposes|reasons', 'data protection purposes|reasons'] },
    { id: 'evidence', phrases: ['traceability', 'audit trail*', 'document|documenting ..3 your ..2 claim|report|request|case|instructions'] },
    { id: 'emotion-recognition', phrases: ['signs ...6 frustrat*|irritat*|anger|angry|upset|distress*'] },
    // reference purposes: to refer back to what was said, unspecific: vague, nearest purpose evidence (docs/notice-reading.md)
    { id: 'evidence', vague: true, phrases: ['reference purposes|reasons', 'future reference', 'for reference', 'reference and|or ..2 training|quality ..2 purposes',
      // the role the recording is kept in names its goal: "recorded as a reference", as "for reference" (docs/notice-reading.md R110)
      'as ?a|an reference !number|numbers|code|for|in|when|during|to'] },
    // the role the recording is kept in names its goal: "recorded as a record", "kept as a permanent record" (§3 documentation; R110)
    { id: 'evidence', phrases: ['as ?a|an ?_ =record|=records !number|numbers|label|company|player|high|low'] },
    // an audit by a regulator names who imposes the duty, as "regulatory requirements" (R4): specific (docs/notice-reading.md R193)
    // our compliance with a regulator or its rules, whatever its name: "for our compliance with AUSTRAC" (§3 legal-compliance; R114 note)
    { id: 'legal-compliance', phrases: ['our compliance with !recording|consent|data|privacy|gdpr|state|local|all|any|applicable|relevant|law|laws|legislation'] },
    { id: 'legal-compliance', phrases: ['regulatory|statutory|regulator|regulators audit|audits|auditing ?purposes|reasons|requirements', 'audit|audits ..2 by ..2 regulator|regulators|authority|authorities|fca'] },
    { id: 'legal-compliance', vague: true, phrases: ['audit purposes|reasons|requirements', 'auditing purposes|reasons',
      // compliance with no rule named is vague, its nearest purpose legal compliance (docs/notice-reading.md R4)
      'compliance !with|to',
      // bare audit as a goal is the vague audit purpose (§3 "audit purposes"; docs/notice-reading.md R108): "quality, audit, training and risk management processes"
      'audit|audits|auditing !trail|trails', 'compliance purposes|purpose|reasons|needs|requirements|monitoring|checks|use'] },
    // ── quality-assurance ───────────────────────────────────────────────
    {
      id: 'quality-assurance',
      vague: true,
      phrases: ['quality', 'quality purposes|purpose|reasons|reason|needs|use', 'qa purposes|reasons', 'quality-related ?purposes', 'monitoring purposes|reasons|needs',
        // improvement of nothing named is vague, nearest purpose quality (docs/notice-reading.md R19)
        'improvement purposes|reasons',
        // bare monitoring as a goal is the vague monitoring purpose (§3 "monitoring purposes"): "Training, monitoring and service
        // improvement"; monitoring with its object ("monitoring the quality of …", "the monitoring of staff performance") names it (docs/notice-reading.md R101)
        'monitoring !calls|call|this|conversation*|of|the|our|your|their|its|how|whether|that|staff|agent*|performance|quality|standards',
        // improving with nothing named to improve: "to help us improve.", "so we can keep improving" (docs/notice-reading.md R95)
        'help us improve !our|the|your|its|their|speech|ai|models|model|machine|algorithms|artificial|how|what|service*|quality|staff|training',
        'keep|continue|continually|constantly improving !our|the|your|its|their|how|what|service*|quality|speech|ai'],
    },
    {
      id: 'quality-assurance',
      phrases: [
        'quality control*|assurance|monitoring|management|check*|review*|improvement*|standard*|audit*|evaluation*|measurement|scoring|programme|program|team',
        'quality of|in ..3 service|services|advice|care|call*|conversation*|consultation*|support|work|triage|response*|assistance|help|information|answers|experience|interaction*',
        'improve*|enhance*|monitor*|check*|assess*|maintain*|ensure|review*|measure*|evaluate*|raise|raising|develop*|uphold|upholding|maintenance ..4 quality|standard*',
        'improve*|enhance*|better|improving|improvement*|develop* ...5 service|services|experience|support|offering|processes|standards',
        // (bare monitoring as a list item is its own goal: "training, monitoring and service improvement", R101)
        'monitor*|review*|assess*|evaluat*|measur* !and|or|plus ...5 service|services|experience|support|offering|processes|standards',
        'improve*|enhance*|better|improving|develop* ..3 way|how|what ..2 we',
        'improve*|improving ...5 service*|experience|support|advice|care|offering|processes|way|standards',
        'help us improve ?our|the|your service|services|experience|support',
        'service improvement*',
        'clinical governance',
        'service quality',
        // "quality" before the noun it qualifies is that noun's quality, not "quality purposes": "our high level of quality service"
        'quality service|services|care|advice|support|experience|assistance|information|guidance|answers|responses|help|treatment|work|outcomes',
        // the quality of what is done, named before it: "operational quality", "clinical quality" (docs/notice-reading.md R100);
        // "high" or "overall" quality names nothing checked and stays vague
        'operational|operations|clinical|care|advice|work|process|delivery|product|customer|patient quality',
        'call quality',
        'customer satisfaction',
        'best|highest|high|excellent|good|consistent|great ..3 service|standard*|level*|possible|experience',
        'quality-assurance',
        'qa',
        'service standards',
        'check*|review*|monitor*|verify ..3 advice|answers|information|guidance|accuracy',
        // the same check as a clause: "to check that we have advised you correctly" (§3)
        'check*|verify|ensure|sure ...6 advised|informed|helped|answered|guided ..2 correctly|properly|accurately',
        'check*|verify|ensure|sure ...6 correctly|properly|accurately ..2 advised|informed|helped|answered|guided',
        'improve|improving !our|the|its|their|speech|ai|models|model|machine|algorithms|artificial|your',
      ],
    },
    // the improvement of how the organisation deals with callers is quality assurance, whatever it names of it (R286):
    // "to improve our interactions with you", "our communication with customers", "our response times", "our call
    // handling", "the help we give you" (not a bare "responses" or "conversations": an AI's responses are the AI's); improving the handling of the caller's matter improves it, it does not carry it out
    { id: 'quality-assurance', outranks: ['service-provision'], phrases: [
      'improve|improving|improves|enhance|enhancing|better|optimise|optimize|optimising|optimizing|improvement|improvements|enhancement ...5 interactions|interaction|communication|communications|dealings|relationship|relationships|handling|responsiveness|procedures|operations',
      'improve|improving|improves|reduce|reducing|shorten|shortening|improvement|improvements ...4 response|waiting|wait|handling ..1 time|times',
      'improve|improving|improves|improvement|improvements ..3 help|support|assistance ..2 we ..2 give|offer|provide',
      'improve|improving|improves|enhance|enhancing|better|optimise|optimize|improvement|improvements ..3 way|ways|how ..2 we ...4 deal|handle|handles|respond|process|manage|answer|treat|serve'] },
    // a service the goal describes by its quality is the service kept to that quality: "to ensure that you receive courteous
    // and efficient service", "so that we can give you a professional service" (§3; docs/notice-reading.md R263)
    { id: 'quality-assurance', phrases: ['courteous|efficient|professional|friendly|helpful|prompt|reliable|effective|satisfactory|outstanding|exceptional|superior|consistent|responsive|quick|fast|seamless|smooth ..3 service|services|experience|care|assistance'] },
    // ── staff-training ──────────────────────────────────────────────────
    {
      id: 'staff-training',
      phrases: [
        'training',
        'trainings',
        'training purposes|purpose|reasons|needs|use',
        'staff|agent|employee|team ..2 training|development|coaching',
        'coaching',
        'coach|coaches ..3 staff|agents|team*|colleagues|advisers|advisors|employees|people',
        'instruction purposes',
        'instructional purposes',
        'educational ?purposes',
        'education ?purposes',
        'learning and|& development',
        'learning purposes|opportunit*',
        'development of ?our|the ..2 staff|agents|team*|people|employees|advisers|advisors',
        `train|trains|trained|retrain|upskill|coach|educate|teach|onboard|onboarding ...4 ${STAFF}|new|people`,
        `${STAFF} ...4 train|trained|training|coached|learn|develop|improve ..2 skills`,
        'induction',
        'onboarding',
      ],
    },
    // training or coaching words with "of our (new) <people>", whatever the job title, are staff training (§3; docs/notice-reading.md R25); a known staff word is left to the phrases above, which name it:
    // "to mentor our new pharmacists"; not our customers, patients or AI systems
    { id: 'staff-training', phrases: [`training|coaching|onboarding|induction|mentoring|coach|mentor|onboard|induct|upskill|train|educate ..2 our ?new|newest !customer*|client*|patient*|member*|caller*|user*|visitor*|student*|pupil*|children|service*|product*|system*|ai|model*|chatbot*|bot|bots|voicebot*|virtual|digital|voice|speech|website|app|process*|quality|algorithm*|data|tools|artificial|machine|neural|automated|assistant*|recogni*|transcription|llm*|language !${STAFF} _ !customer*|client*|patient*|member*|caller*|user*|visitor*|student*|pupil*|children|service*|product*|system*|ai|model*|chatbot*|bot|bots|voicebot*|virtual|digital|voice|speech|website|app|process*|quality|algorithm*|data|tools|artificial|machine|neural|automated|assistant*|recogni*|transcription|llm*|language`] },
    // an evaluation of the service, the quality or the calls is quality assurance, not of an employee (§3; R252):
    // "Quality assurance and customer service evaluation"
    { id: 'quality-assurance', outranks: ['employee-evaluation'], phrases: ['service|services|quality evaluation*|assessment*'] },
    // the performance of one's role or duties, as the need for access, is no evaluation of it (§3; R258): "only if the data is
    // necessary for the performance of their roles"
    { stop: true, phrases: ['performance of ..2 their|his|her|its|our|your ..1 role|roles|duties|duty|job|jobs|tasks|functions'] },
    // training staff how to respond is training, not the response (§3; R258): "used to train customer service agents on how to respond to inquiries"
    { id: 'staff-training', outranks: ['service-provision', 'complaint-handling'], phrases: ['train|training|trained|coach|coaching ...6 how to ..2 respond|reply|answer|handle|deal|manage|resolve'] },
    // ── employee-evaluation ─────────────────────────────────────────────
    {
      id: 'employee-evaluation',
      phrases: [
        `assess*|evaluat*|apprais*|review*|measur*|scor*|grad*|rate|rating|judg* ...4 performance|${STAFF}|individual|skills|conduct`, 'monitor* ..2 performance',
        `performance ...4 review*|evaluation*|assessment*|appraisal*|management|monitoring|measurement|reviewed|evaluated|assessed|monitored|of|${STAFF}`,
        // a staff word and the evaluation noun it qualifies, one word apart at most ("an employee's telephone conduct"), never
        // a staff word as the subject of a modal verb ("our complaints team can review it" is no evaluation of the team)
        `${STAFF} ?s !can|may|will|could|would|should|must|might|to|then|also|would ..1 performance|evaluation*|assessment*|appraisal*|review*|conduct|compliance`,
        'performance',
        'appraisal*',
        'evaluation* !of', `evaluation* of ..2 ${STAFF}|performance|individual`,
        'disciplinary',
        'personnel ..2 evaluation*|assessment*|file*',
        'staff monitoring',
        `how ..3 ${STAFF} ..2 perform|performing|performed`,
      ],
    },
    { stop: true, phrases: ['performance of|in ..3 our|the ..2 service|services|system*|network|line|website|investment*|fund*|portfolio*',
      // the performance of an AI system is no employee's: "to improve AI accuracy and performance" (docs/notice-reading.md R33)
      `${AI_STRICT}|voicebot*|assistant* ...4 performance`,
      // "its" performance is a system's or the organisation's, no employee's
      'improv*|enhanc*|refin*|optimi* its ..3 performance'] },
    // the AI system improving its own answers: "The AI assistant records this call to improve its accuracy" (§3 ai-training, R34)
    { id: 'ai-training', phrases: [`${AI_STRICT}|voicebot*|assistant* ...10 improve|improving|enhance|refine|optimise|optimize its ..3 accuracy|understanding|responses|answers|recognition`] },
    // who reviews is named after "by": "reviewed by a supervisor" evaluates nobody (§3)
    { stop: true, phrases: [`reviewed|assessed|checked|evaluated|monitored|heard|listened ..2 by ..2 ${STAFF}`] },
    // "our monitoring" as a subject is the listening itself (lexicon `listening`), no monitoring purpose (docs/notice-reading.md R240)
    { stop: true, phrases: ['our|this|such =monitoring', 'call|telephone|phone =monitoring'] },
    // the right to object to direct marketing is the caller's right (art. 21), no marketing announced (R243)
    { stop: true, phrases: ['object|objection ...12 direct marketing', 'object|objection ...12 marketing|advertising|profiling'] },
    // a complaint the caller may lodge with a regulator is the caller's right, not complaint handling by the organisation (R242)
    { stop: true, phrases: ['complaint|complaints|complain ...4 with|to ...4 ico|information|commissioner*|supervisory|authority|authorities|ombudsman|ombudsperson|regulator|regulators|dpc|oaic|fos|commission|ombud*'] },
    // a kind of firm named after its trade ("third-party marketing organizations", "a sales agency") says who records, not why
    // (as R114's kinds of calls; docs/notice-reading.md R265)
    { stop: true, phrases: ['marketing|sales|telemarketing|advertising|telesales organisation|organisations|organization|organizations|firm|firms|agency|agencies|company|companies|business|businesses'] },
    // a purpose word that names the kind of call says what the calls are, not why they are recorded (R114): "all marketing and sales calls"
    { stop: true, phrases: ['marketing|sales|telemarketing calls|call|conversations', 'marketing|sales and|or sales|marketing|service calls|call|conversations'] },
    // ── evidence ─────────────────────────────────────────────────────────
    {
      id: 'evidence',
      phrases: [
        'evidence',
        'evidential',
        'evidentiary',
        'proof',
        'prove',
        // to prove, as another verb: "so that we can demonstrate what was agreed"
        'demonstrate ..3 what|which',
        'verification* ?purposes',
        'verify*|confirm*|check* ...5 order*|details|agreement*|instructions|transaction*|contract*|purchase*|sale*|terms|consent|conversation|what|instruction|arrangement*|application*|payment*|acceptance|request*|trade*|booking*',
        // verifying the caller or the account before sharing details is a step of the call, not proof of it (docs/notice-reading.md R33)
        'verify !the|your|account|accounts|identity|you|who|caller*|customer*|security|that|it',
        'confirmation purposes',
        'keep|maintain|have|create|retain|provide|hold|there ..3 =record|=records',
        '=record|=records of|for ..4 order*|agreement*|instructions|details|conversation*|transaction*|plan|payment*|sale*|purchase*|request*|consent|what|arrangement*|calls|call|discussion*|contract*|call',
        'clear|accurate|full|complete|reliable|written|permanent ..2 =record|=records',
        'for our|your =records',
        'dispute*',
        'disagreement*',
        'misunderstanding*',
        'legal claim*',
        'legal proceedings',
        'what ..3 agreed|said|discussed|promised|requested|instructed',
        'what we agree*',
        // what is agreed or discussed, whatever its pronoun: "an accurate account of anything we agree with you" (§3, R32)
        'anything|everything|whatever|all|things ..1 we|you ..2 agree*|discuss*|arrange*|decide*|promise*',
        'anything|everything|whatever|all|things ..2 agreed|discussed|arranged|decided|promised|said',
        'account|accounts|=note|=notes|log|summary ..3 of ..2 what ..3 agreed|said|discussed|promised|arranged',
        'agreed ..3 with you',
        'record-keeping',
        'record keeping',
        'audit trail',
        'contractual ..2 purposes|reasons',
        'accuracy ..3 of ..2 order|details|records',
      ],
    },
    // the goal as a resulting state: "so that what we agree is documented" (§3 evidence; docs/notice-reading.md R32)
    { id: 'evidence', phrases: ['agreement*|arrangement*|agreed|promised ...8 documented', 'agreement*|arrangement*|agreed|promised ...8 in writing', 'agreement*|arrangement*|agreed|promised ...8 on record', 'agreement*|arrangement*|agreed|promised ...8 written|put down'] },
    // ── complaint-handling ──────────────────────────────────────────────
    {
      id: 'complaint-handling',
      phrases: [
        'complaint* handling|resolution|investigation*|purposes|management|procedure*|process*|review*',
        'handl*|resolv*|investigat*|deal*|process*|manag*|review*|address*|settl*|follow*|look*|help*|assist*|respond*|support ..4 complaint*|concerns',
        'complaint* ...4 handled|resolved|investigated|dealt|reviewed|made|raised|arise|arising',
        'in|event|case|should|if ..4 complaint*',
        'complaints',
        'complaint',
      ],
    },
    // the caller's matter inside a complaint is what the complaint is about, not a matter of its own: "so that complaints
    // about your booking can be handled" is complaint handling, not R24's service provision (docs/notice-reading.md R112)
    { id: 'complaint-handling', outranks: ['service-provision'], phrases: [
      'complaint*|grievance* about|regarding|concerning|over|on|against|with|relating|related ?to ?your|the|an|a _',
    ] },
    // a modifier that names the kind of call ("coaching calls", "training calls", "complaint calls") as the subject or the object
    // of the recording says what the calls are, not what they are recorded for: only the goal clause names a purpose (as R1's
    // names of lines; docs/notice-reading.md R114). Where the recording is used ("used in coaching calls") it is the goal.
    { stop: true, phrases: ['coaching|training|onboarding|induction|appraisal|evaluation|feedback|complaint|complaints|sales|disciplinary|marketing|telemarketing ?phone|telephone =call|=calls|=conversation|=conversations|=session|=sessions|=meeting|=meetings are|is|were|was|may|might|will|can|could|get|being|we',
      'record|records|recorded|recording|keep|keeps|store|stores|monitor|monitors|transcribe|transcribes ..2 coaching|training|onboarding|induction|appraisal|evaluation|feedback|complaint|complaints|sales|disciplinary|marketing|telemarketing ?phone|telephone =call|=calls|=conversation|=conversations|=session|=sessions|=meeting|=meetings'] },
    { stop: true, phrases: ['make|submit|file|register|lodge|log ..2 a ..2 complaint', 'complaints line|department|team|form|address|procedure|page|website',
      // a service point named after a purpose ("the fraud helpline") is where one calls, not a goal of the recording
      'fraud|complaint|complaints|security helpline|hotline|line|desk|number|email'] },
    // ── legal-compliance ────────────────────────────────────────────────
    {
      id: 'legal-compliance',
      phrases: [
        'legal|statutory|regulatory|legislative|governmental ..3 obligation*|requirement*|dut*|purposes|reasons|responsibilit*',
        'compliance ..3 obligation*|dut*|responsibilit*',
        'legally ..2 required|obliged|obligated|bound',
        'required|obliged|obligated|require*|mandated|necessary ..3 by|under ..2 law|legislation|regulation*|regulator*|rules',
        'law|legislation|regulations ..3 require*|requires|oblige*|mandate*',
        // the law that says we must: "because the law says we have to" (a bare mention of the law, or of regulations, names no duty: R281)
        'law|laws|legislation|regulation|regulations|rules say|says|state|states ..3 must|have|need|needs|required|obliged',
        'by law',
        'comply|complying',
        // compliance with a rule named: "compliance with regulations", "regulatory compliance" (bare compliance is vague, docs/notice-reading.md R4)
        'compliance with|to ..4 law|laws|legislation|regulation*|rules|legal|regulatory|statutory|obligations|requirements|mifid*|fca|gdpr',
        'regulatory|legal|statutory compliance',
        'legal reasons',
        'legal purposes',
        'financial conduct authority',
        'fca',
        'ofcom',
        'mifid*',
        'finra',
        'meet|fulfil*|fulfill*|satisfy|discharge|comply ..4 obligations',
      ],
    },
    // ── fraud-prevention ────────────────────────────────────────────────
    {
      id: 'fraud-prevention',
      phrases: [
        // activity against the law to be prevented or detected is fraud prevention, as crime is (R283): "to help prevent illegal activity"
        'illegal|unlawful|illicit|criminal ..1 activity|activities|conduct|use|access|behaviour|behavior|transactions|acts|practices',
        'fraud*',
        'fraudulent',
        'anti-fraud',
        'security',
        'security purposes|reasons',
        'your ..2 protection|security|safety',
        // the protection of both parties is "for your protection and ours" (docs/notice-reading.md R191): "for our mutual protection"
        'mutual protection|security', 'protection|security of ..1 both parties|sides',
        // not "protect customer service advisors": staff protected are staff safety (R258)
        'protect* ..3 you|your|customers|accounts|account|money|identity|data !service|services|care|support|contact|facing',
        'identity theft',
        'identity fraud',
        'financial crime*',
        'crime prevention',
        'prevent* ..3 crime*',
        'money laundering',
        'scam*',
        'impersonat*',
        'misuse',
        'abuse of ..2 account*|service*|system*',
        'verify|confirm ..3 your ..2 identity',
      ],
    },
    // the caller's identity checked, as a noun: "identity verification purposes" is checking who calls, not proof of what was said
    // (as "to verify your identity"; docs/notice-reading.md R280)
    { id: 'fraud-prevention', outranks: ['evidence'], phrases: ['identity verification|verifications|check|checks|confirmation|validation|authentication'] },
    // ── staff-safety ────────────────────────────────────────────────────
    {
      id: 'staff-safety',
      phrases: [
        `safety|security|protection|wellbeing|welfare ..4 ${STAFF}`,
        `protect*|safeguard* ...4 ${STAFF}`,
        `support !team|teams|staff|agent|agents|desk|line|centre|center|specialist*|worker*|officer*|member* ...4 ${STAFF}`,
        `${STAFF} ...3 safe|safety|protected|abuse|harassment`,
        'abusive',
        'abuse !of',
        'threat*',
        'aggress*',
        'harass*',
        'violen*',
        'intimidat*',
        'offensive',
        // the police as a party the recording may reach, not the police recording its own calls ("The police service records 999 calls", docs/notice-reading.md R33)
        'pass*|share*|shar*|disclos*|provid*|report*|hand* ...4 police',
        'police ..2 investigation*|involvement|enquir*|inquir*',
        'law enforcement',
        'unacceptable ..2 behaviour|behavior',
        'inappropriate ..2 behaviour|behavior|language',
        'zero tolerance',
      ],
    },
    // proof for the police or a court is evidence, not the protection of staff: "to provide evidence for law enforcement
    // investigations and court hearings" (§3 evidence; docs/notice-reading.md R271)
    { id: 'evidence', outranks: ['staff-safety'], phrases: ['evidence|proof ..3 for|to|in|of ..3 law enforcement|police|criminal|court|courts|prosecution*|investigation*'] },
    // ── troubleshooting ─────────────────────────────────────────────────
    {
      id: 'troubleshooting',
      phrases: [
        'technical ..3 fault*|problem*|issue*|error*|difficult*|reasons|purposes|quality|investigation*',
        'fault*',
        'troubleshoot*',
        'diagnos*',
        'network|line|connection|system|telephony|audio ..3 fault*|problem*|issue*|error*|quality',
        'call quality ..2 issue*|problem*',
        'debug*',
        // the working of the phone system kept sound: "safeguarding the effective operation of the telecommunications system" (docs/notice-reading.md R104)
        'effective|proper|efficient|smooth|correct|reliable|secure operation|operating|running|functioning|working ..4 system|systems|network|networks|line|lines|telecommunication*|telephon*|equipment|technology',
      ],
    },
    // standards shown, checked or kept to are the quality of the service: "ascertaining that standards are being met" (§3; R104)
    { id: 'quality-assurance', phrases: ['standard|standards|target|targets ...3 met|achieved|maintained|upheld|adhered|reached|kept', 'meet|meeting|achieve|achieving|reach|reaching ..3 standard|standards|target|targets'] },
    ...usePurposes,
];
