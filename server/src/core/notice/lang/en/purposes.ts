/** English purpose vocabulary: the phrases that name each purpose (notation: see ../lexicon-types.ts). */
import type { NoticeLexicon } from '../lexicon-types';

const STAFF =
  'staff|agent*|employee*|colleague*|adviser*|advisor*|team*|handler*|operator*|representative*|rep|reps|personnel|people|member*|worker*|consultant*|officer*|advocate*|associate*|nurse*|clinician*|*staff|trainee*|recruit*|starter*|specialist*|coach*|supervisor*';
const AI_STRICT =
  'ai|artificial|machine|model*|algorithm*|chatbot*|bot|bots|neural|transcription|llm*|automated|virtual|robot*';


export const purposes: NoticeLexicon['purposes'] = [
    // A dispute is evidence, not service provision (§3), whatever phrase it stands in.
    { id: 'evidence', outranks: ['service-provision'], phrases: ['dispute*', 'disagreement*'] },
    // A statement that recording is lawful, and a duty to inform, name no purpose (notice-reading.md §3).
    {
      stop: true,
      phrases: [
        'where|as|if|when permitted|allowed ..3 law|legislation|regulation*',
        // the law as the subject that allows: "where the law allows", "insofar as the law permits"
        'where|as|if|when|insofar ..3 law|laws|legislation|regulation* allow|allows|permit|permits',
        // an alternative is one word: "data protection" is a phrase of its own
        'in accordance|compliance|line with ..5 law|laws|gdpr|legislation',
        // a data-protection law however long its name (docs/notice-reading.md R28)
        'in accordance|compliance|line with ...8 data protection|privacy',
        // a data-protection law names no duty to record: "the General Data Protection Regulation"
        'data protection regulation*|act|law|laws|legislation',
        'lawful|lawfully',
        'required|obliged|obligated ..3 to inform|tell|notify|advise|let|disclose',
        'where|when|if|as required|obliged ..2 by law ..4 disclose|inform|tell|notify|advise',
        'disclose|inform|tell|notify|advise ..6 where|when|if|as required ..2 by law',
        'obligation|duty ..3 to inform|tell|notify|advise',
      ],
    },
    // unsettled readings settled in docs/notice-reading.md: follow-up and information purposes and data protection purposes are vague with no purpose;
    // traceability is evidence of what was said; the part of a call left unrecorded is a limit (negationDurations)
    { vague: true, phrases: ['follow up !on|of|your|with|calls|call|leads|sales|prospects', 'followup', 'follow up purposes|reasons', 'information|informational purposes|reasons', 'data protection purposes|reasons'] },
    { id: 'evidence', phrases: ['traceability', 'audit trail*', 'document|documenting ..3 your ..2 claim|report|request|case|instructions'] },
    { id: 'emotion-recognition', phrases: ['signs ...6 frustrat*|irritat*|anger|angry|upset|distress*'] },
    // reference purposes: to refer back to what was said, unspecific: vague, nearest purpose evidence (docs/notice-reading.md)
    { id: 'evidence', vague: true, phrases: ['reference purposes|reasons', 'future reference', 'for reference', 'reference and|or ..2 training|quality ..2 purposes'] },
    { id: 'legal-compliance', vague: true, phrases: ['audit purposes|reasons|requirements', 'auditing purposes|reasons',
      // compliance with no rule named is vague, its nearest purpose legal compliance (docs/notice-reading.md R4)
      'compliance !with|to', 'compliance purposes|purpose|reasons|needs|requirements|monitoring|checks|use'] },
    // ── quality-assurance ───────────────────────────────────────────────
    {
      id: 'quality-assurance',
      vague: true,
      phrases: ['quality', 'quality purposes|purpose|reasons|reason|needs|use', 'qa purposes|reasons', 'quality-related ?purposes', 'monitoring purposes|reasons|needs',
        // improvement of nothing named is vague, nearest purpose quality (docs/notice-reading.md R19)
        'improvement purposes|reasons',
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
        'improve*|enhance*|better|improving|improvement*|develop*|monitor*|review* ...5 service|services|experience|support|offering|processes|standards',
        'improve*|enhance*|better|improving|develop* ..3 way|how|what ..2 we',
        'improve*|improving ...5 service*|experience|support|advice|care|offering|processes|way|standards',
        'help us improve ?our|the|your service|services|experience|support',
        'service improvement*',
        'clinical governance',
        'service quality',
        // "quality" before the noun it qualifies is that noun's quality, not "quality purposes": "our high level of quality service"
        'quality service|services|care|advice|support|experience|assistance',
        'call quality',
        'customer satisfaction',
        'best|highest|high|excellent|good|consistent|great ..3 service|standard*|level*|possible|experience',
        'quality-assurance',
        'qa',
        'monitoring !calls|call|this|conversation*',
        'service standards',
        'check*|review*|monitor*|verify ..3 advice|answers|information|guidance|accuracy',
        // the same check as a clause: "to check that we have advised you correctly" (§3)
        'check*|verify|ensure|sure ...6 advised|informed|helped|answered|guided ..2 correctly|properly|accurately',
        'check*|verify|ensure|sure ...6 correctly|properly|accurately ..2 advised|informed|helped|answered|guided',
        'improve|improving !our|the|its|their|speech|ai|models|model|machine|algorithms|artificial|your',
      ],
    },
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
        'account|accounts|note|notes|log|summary ..3 of ..2 what ..3 agreed|said|discussed|promised|arranged',
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
    { stop: true, phrases: ['make|submit|file|register|lodge|log ..2 a ..2 complaint', 'complaints line|department|team|form|address|procedure|page|website',
      // a service point named after a purpose ("the fraud helpline") is where one calls, not a goal of the recording
      'fraud|complaint|complaints|security helpline|hotline|line|desk|number|email'] },
    // ── legal-compliance ────────────────────────────────────────────────
    {
      id: 'legal-compliance',
      phrases: [
        'regulatory',
        'regulation*',
        'regulator*',
        'legal|statutory|regulatory|legislative|governmental ..3 obligation*|requirement*|dut*|purposes|reasons|responsibilit*',
        'compliance ..3 obligation*|dut*|responsibilit*',
        'legally ..2 required|obliged|obligated|bound',
        'required|obliged|obligated|require*|mandated|necessary ..3 by|under ..2 law|legislation|regulation*|regulator*|rules',
        'law|legislation|regulations ..3 require*|requires|oblige*|mandate*',
        'by law',
        'the law',
        'comply|complying',
        // compliance with a rule named: "compliance with regulations", "regulatory compliance" (bare compliance is vague, docs/notice-reading.md R4)
        'compliance with|to ..4 law|laws|legislation|regulation*|rules|legal|regulatory|statutory|obligations|requirements|mifid*|fca|gdpr',
        'regulatory|legal|statutory compliance',
        'legislation',
        'legal reasons',
        'legal purposes',
        'financial conduct authority',
        'fca',
        'ofcom',
        'mifid*',
        'finra',
        'applicable ..2 law*|rules',
        'meet|fulfil*|fulfill*|satisfy|discharge|comply ..4 obligations',
      ],
    },
    // ── fraud-prevention ────────────────────────────────────────────────
    {
      id: 'fraud-prevention',
      phrases: [
        'fraud*',
        'fraudulent',
        'anti-fraud',
        'security',
        'security purposes|reasons',
        'your ..2 protection|security|safety',
        'protect* ..3 you|your|customers|accounts|account|money|identity|data',
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
      ],
    },
    // ── speech-analytics ────────────────────────────────────────────────
    {
      id: 'speech-analytics',
      phrases: [
        'speech analytic*',
        'voice analytic*',
        'call analytic*',
        'conversation analytic*',
        'interaction analytic*',
        'text analytic*',
        'analytics',
        'analys*|analyz* ..4 speech|keyword*|topic*|content|transcript*|conversation*|what|calls|call|words|trends|themes|recording*|automatically|patterns',
        'automatic*|automated ..3 analys*|analyz*|analysis',
        'analys*|analyz* ..3 automatic*|software|technology|tools',
        'keyword*',
        'speech|voice recognition ...6 analys*|analyz*|search*|keyword*|topic*',
        'analys*|analyz*|search* ...6 speech|voice recognition',
        'topics ...4 call|calling|contact',
        'why ..3 customers|people|you ..2 call|contact',
      ],
    },
    // automated analysis with a goal stated is the means of that goal, not speech analytics (§3; docs/notice-reading.md R60)
    { stop: true, phrases: ['analys*|analyz* automatically ...1 to|so', 'automatically analys*|analyz* ...1 to|so'] },
    // ── emotion-recognition ─────────────────────────────────────────────
    {
      id: 'emotion-recognition',
      phrases: ['sentiment|emotion|emotional|mood|voice|tone ..2 analys*|analyz*|analytics|detection|recognition|tracking|scoring', 'emotion*', 'sentiment*', 'mood', 'moods', 'feelings', 'how ..4 feel|feeling|felt', 'tone of voice', 'voice tone', 'stress level*', 'frustration', 'emotional'],
    },
    // emotion in everyday words: "whether they sound frustrated" (§3 any inference of frustration; docs/notice-reading.md R31)
    { id: 'emotion-recognition', phrases: ['sound|sounds|sounded|seem|seems|get|gets|getting|become|becomes ..2 frustrated|angry|upset|irritated|annoyed|stressed|distressed|unhappy|agitated', 'how ..3 you|they|callers|customers|caller|customer ..1 sound|sounds|sounded'] },
    // emotion inferred from what is said or how: "to detect whether callers are frustrated", "whether you are stressed" (§3, R31)
    { id: 'emotion-recognition', phrases: ['whether ...4 frustrated|angry|upset|irritated|annoyed|stressed|distressed|agitated'] },
    // ── ai-training ─────────────────────────────────────────────────────
    // the training of a voicebot or an AI model is AI training, not staff training (§3)
    { id: 'ai-training', outranks: ['staff-training'], phrases: ['training|teaching|education of ..2 our|the|your voicebot*|chatbot*|bot|bots|ai|model*|algorithm*'] },
    {
      id: 'ai-training',
      phrases: [
        `train|trains|trained|retrain|training|improve|improving|improves|enhance|develop|developing|refine|fine|tune|teach|build|building ..4 ${AI_STRICT}`,
        `training|train|trains ...8 of|for ..3 ${AI_STRICT}`,
        `${AI_STRICT} ..3 training|development|learning|improvement`,
        `${AI_STRICT} ...4 learn|trained|improved|improve`,
        `${AI_STRICT}|voicebot* ...4 understand*|recogni*|smarter|learn*`,
        'voice|virtual|digital assistant* ...4 understand*|recogni*|smarter|learn*',
        'improv*|train*|teach* ..4 speech|voice recognition',
        // "to train our voice assistant": the assistant is the AI system trained (§3)
        'improv*|train*|teach* ..4 voice|virtual|digital assistant*',
        // the AI system as the subject of a passive: "so that our voice assistant can be improved" (§3)
        'voice|virtual|digital assistant* ...4 trained|improved|adapted|adjusted|taught',
        // (an alternative is one word: the bots are a phrase of their own)
        'voicebot*|chatbot*|bot|bots ...4 trained|improved|adapted|adjusted|taught|optimised|optimized',
        'machine learning',
        'machine-learning',
        'deep learning',
        'large language model*',
      ],
    },
    // ── marketing ───────────────────────────────────────────────────────
    {
      id: 'marketing',
      phrases: [
        'marketing',
        'market research',
        // offers sent or made to the caller: "to send you personalised offers"
        'personalised|personalized|tailored|special|relevant offers|offer|deals|promotions',
        'send|make|bring|show you ..3 offers|offer|deals|promotions',
        'commercial purposes|reasons|use',
        'advertising',
        'advert*',
        'promotion*',
        'promotional',
        'sales strategy',
        'sales and|& marketing',
        'profiling',
        'targeted offers',
        'tailor* ..3 offer*|products',
        'telemarketing',
      ],
    },
    // ── publication ─────────────────────────────────────────────────────
    {
      id: 'publication',
      phrases: [
        'publish*',
        'publication*',
        'broadcast*',
        'podcast*',
        'social media',
        'made ..2 public|publicly',
        'publicly',
        'on air',
        'shared|share|sharing|released|release ..4 outside|public|publicly|website|online|media|press|third',
        'outside ..3 company|organisation|organization|business ..2 shared|released',
              ],
    },
    // ── personal-use ────────────────────────────────────────────────────
    {
      id: 'personal-use',
      phrases: ['personal use|reference|records|purposes|archive', 'private use|purposes|records', 'own ..2 use|reference|personal|private|records', 'household purposes', 'strictly personal'],
    },
    // ── service-provision ───────────────────────────────────────────────
    {
      id: 'service-provision',
      vague: true,
      phrases: ['service purposes|purpose|reasons|reason|needs', 'customer service purposes|reasons', 'servicing purposes', 'account purposes', 'account servicing', 'service-related purposes'],
    },
    {
      id: 'service-provision',
      phrases: [
        'process|processing|handle|handling|deal|action|actioning|carry|carrying|fulfil*|fulfill*|complete|completing|execute|executing|manage|managing|respond|answer|resolve ..4 ?your|the|any ..3 request*|order*|instruction*|query|queries|enquiry|enquiries|question*|application*|claim*|booking*|transaction*|account*|case|needs|issue*|inquir*|change*|appointment*|problem*',
        'request*|order*|instruction*|query|queries|enquiry|enquiries|application*|claim*|booking* ...4 processed|handled|completed|carried|fulfilled|actioned',
        'provide|deliver ...4 service*|help|support ..3 requested|asked|need',
        'administer|administration of ..3 your ..2 account*|policy|contract|claim*',
        'perform|performance ..3 of|the ..2 contract|agreement',
        'servicing',
        'account management',
        'support|provide|deliver|plan|coordinate ..3 your|the|patient ?medical|clinical care|treatment',
        'medical|clinical assessment*|triage',
      ],
    },
    // a service verb with the caller's own matter, whatever its noun, is carrying out what the caller asked (§3; docs/notice-reading.md R24):
    // "to handle your booking", "to deal with your contract", "to schedule your callback"; not the caller's data, call or complaint
    { id: 'service-provision', phrases: [
      `handle|handling|process|processing|deal|dealing|manage|managing|action|actioning|fulfil*|fulfill*|complete|completing|arrange|arranging|schedule|scheduling|book|booking|route|routing|sort|sorting|administer|administering|carry|carrying ..2 your|any ..1 !data|personal|information|details|call|calls|voice|conversation*|recording*|identity|privacy|feedback|experience|satisfaction|complaint*|concerns|staff|team|quality|security|safety|own|way _ !data|personal|information|details|call|calls|voice|conversation*|recording*|identity|privacy|feedback|experience|satisfaction|complaint*|concerns|staff|team|quality|security|safety|own|way`,
    ] },
    // answering or calling back the caller is carrying out what the caller asked (§3; docs/notice-reading.md R27): the goal after "transcribed"
    { id: 'service-provision', phrases: ['so|help|to ..4 respond|reply|answer !to|the|your|any|complaint*|concerns|questions|queries|calls|call|phones|phone', 'respond|reply ?back to you', 'get|come back to you', 'call|ring you back'] },
    // following up the caller's own matter is carrying it out (docs/notice-reading.md R24); "follow-up purposes" stays vague (R14)
    { id: 'service-provision', phrases: ['follow|following|followed up ?on|with ..1 your|the ..2 request*|order*|case|claim*|enquir*|application*|query|queries|booking*|instruction*|issue*'] },
    // ── vague phrases that name no purpose ──────────────────────────────
    {
      vague: true,
      phrases: [
        'internal purposes|purpose|reasons|use|needs|business|processes',
        'internally',
        'administrative|admin|administration purposes|reasons|use|needs',
        'administrative',
        'administration purposes',
        'business purposes|reasons|needs',
        'legitimate business ..2 purposes|reasons|interests',
        'operational purposes|reasons|needs',
        'other purposes',
        'various purposes',
        // reasons left unnamed are purposes left unnamed
        'various|different|diverse|several ..2 reasons',
        'a number of ..1 reasons|purposes',
        'general purposes',
        'record purposes',
        'in-house purposes',
        'company purposes',
        'analysis purposes',
        // business and operational purposes say whose, statistics and bare analysis say by what means: vague, no purpose (docs/notice-reading.md R96, R97)
        'statistical purposes|reasons|use|analysis',
        'statistics purposes',
        'for analysis !of',
        'analytical purposes|reasons',
      ],
    },
    // ── goals notice-reading.md §3 names: a summary for the caller, documentation, feedback, staff performance ──
    { id: 'service-provision', phrases: ['summary|summaries|written ..6 advice|call|conversation|consultation', 'email|send|sent ..4 you ..4 summary|copy|record', 'help* ..3 with ..3 claim*|enquir*|request*|application*|order*|account'] },
    { id: 'evidence', phrases: ['clarify|confirm ..4 details|what ..3 said|agreed|conversation|call', 'documentation', 'document|documenting ..3 call*|conversation*|agreement*|what'] },
    { id: 'quality-assurance', phrases: ['learn*|act|acting|deal*|respond*|handle|handling|use|using|review* ..3 feedback', 'customer|caller|client feedback', 'feedback ..3 about|on ..2 service|services', 'quality coach*|team*|manager*|officer*|department|assessor*|advisor*|adviser*|specialist*'] },
    // how well a request was handled is the quality of the service, not carrying the request out (§3)
    { id: 'quality-assurance', outranks: ['service-provision', 'evidence'], phrases: ['how ?well ..2 we|our|you ..3 answered|handled|dealt|processed|resolved|responded|helped ..4 question*|request*|query|queries|enquir*|call|case|order*|needs|issue*'] },
    { id: 'quality-assurance', phrases: ['accurate|correct|right|consistent ..2 information|advice|answers|guidance', 'serve ..2 you|customers|clients|callers ..2 better', 'better serve'] },
    // the organisation's own records are internal, administrative purposes (vague, no purpose), not personal use (§3)
    { vague: true, phrases: ['our own ..2 use|records|reference|purposes|files'] },
    // helping staff learn is training them (§3): "to help our new team members learn"
    { id: 'staff-training', phrases: [`help* ..4 ${STAFF}|members|starters|joiners ..2 learn|develop|grow|improve`] },
    // the caller's application assessed is what the caller asked (§3 service provision): "so that we can assess your application fairly"
    { id: 'service-provision', phrases: ['assess*|consider*|evaluat* ..3 your ..2 application|applications|claim|claims'] },
    // the same with a request, a case or eligibility, and reviewing it (docs/notice-reading.md R51): "to evaluate your request for a refund"
    { id: 'service-provision', outranks: ['employee-evaluation'], phrases: ['assess*|consider*|evaluat*|review*|examin*|assessment|evaluation ..3 your ..2 application*|claim*|request*|case|eligibility|file|submission*'] },
    // treating customers fairly (the regulator's phrase) is the quality of the service: "to make sure we treat our customers fairly"
    { id: 'quality-assurance', phrases: ['treat|treats|treated|treating ..3 customers|clients|you|members|patients ..2 fairly'] },
    // a trainer who listens is there for training (§3 "a trainer may listen")
    { id: 'staff-training', phrases: ['trainer|trainers ...6 listen|listens|listened|listening|hear|hears|review|reviews'] },
    { id: 'staff-training', phrases: ['improv*|enhanc*|develop* ..3 performance', `improv*|enhanc*|develop* ..3 performance of ..3 ${STAFF}`] },
    // checking that calls or requests are handled correctly is checking the service (§3 quality assurance), not carrying the request out:
    // "to ensure that calls are being handled correctly", "to check your enquiry was dealt with properly"
    { id: 'quality-assurance', outranks: ['service-provision', 'evidence'], phrases: [
      'check*|verify|ensure|sure|monitor* ...6 handled|dealt|processed|managed|treated|answered|resolved ..2 correctly|properly|accurately|appropriately|right|well|professionally|fairly',
      'check*|verify|ensure|sure|monitor* ...6 correctly|properly|accurately|appropriately|professionally|fairly ..1 handled|dealt|processed|managed|treated|answered|resolved'] },
    // generating or following up sales leads is selling (policy-format.md: marketing and sales strategy); "new business" and prospects alike
    { id: 'marketing', phrases: ['lead|leads generation', 'generat*|captur*|qualif*|nurtur*|convert*|find|finding ..3 leads|prospects', 'sales ..1 leads|prospects|opportunit*', 'lead-generation', 'leadgen'] },
    // giving the caller the information they called for is carrying out what they asked (§3 service provision); "information purposes" stays vague (R14)
    { id: 'service-provision', phrases: ['provid*|giv*|send*|offer* ..2 service|product|requested|relevant|practical|the ..1 information !purposes|reasons', 'provid*|giv*|send* you ..3 information|details !purposes|reasons'] },
    // giving the right information is the quality of the service: "to make sure we're giving you the right information" (§3)
    { id: 'quality-assurance', outranks: ['service-provision'], phrases: ['accurate|correct|right|consistent ..2 information|details'] },
    // establishing the facts of what was said or done is proof of it (§3 evidence): "to establish the existence of facts", "to find out what happened"
    { id: 'evidence', phrases: ['establish*|ascertain*|determin*|verify ..3 facts', 'establish*|ascertain*|find out|determin* ..2 what ..2 happened|occurred', 'facts ..3 established|ascertained'] },
    // detecting crime is preventing it (§3 security → fraud prevention), as "the prevention or detection of crime"
    { id: 'fraud-prevention', phrases: ['detect*|investigat* ..3 crime*|criminal'] },
    // the caller's matter made, opened, prepared, completed or passed on, something delivered to the caller, and the caller's
    // matter itself as the goal are carrying out what the caller asked (§3; docs/notice-reading.md R61)
    { id: 'service-provision', phrases: [
      'open|opens|opening|create|creates|creating|raise|raises|raising|log|logs|logging|prepare|prepares|preparing|draw|drawing|generate|generating|set|setting|start|starting|complete|completing|finalise|finalize|finalising|finalizing ?up ..3 a|an|the|your|any|new ..2 case|cases|ticket|tickets|file|request|requests|claim|claims|quote|quotes|quotation*|estimate|estimates|order|orders|booking|bookings|reservation*|application|applications|referral*|job|repair|repairs|enquiry|enquiries|inquiry|inquiries|query|queries|report',
      'pass|passes|passing|forward|forwards|forwarding|refer|refers|referring|transfer|transfers|transferring|escalate|escalating|send|sending ..2 your|the|this ..2 case|cases|ticket|tickets|file|request|requests|claim|claims|quote|quotes|quotation*|estimate|estimates|order|orders|booking|bookings|reservation*|application|applications|referral*|job|repair|repairs|enquiry|enquiries|inquiry|inquiries|query|queries|report|details|message|messages|issue|issues ..3 on|to|onto',
      'send|sends|sending|email|emailing|give|giving|provide|providing|post|posting|text|texting you ?with ..2 a|an|the|your|any ..2 summary|summaries|confirmation|quote|quotation|estimate|report|note|notes|transcript|transcripts|reference|receipt|invoice|letter|documents|answer|answers|written',
      'for your case|cases|ticket|tickets|file|request|requests|claim|claims|quote|quotes|quotation*|estimate|estimates|order|orders|booking|bookings|reservation*|application|applications|referral*|job|repair|repairs|enquiry|enquiries|inquiry|inquiries|query|queries|report|appointment|delivery|installation|move|renewal|refund|replacement',
    ] },
    // thanking the caller for their matter names no goal: "Thank you for your order. Calls are recorded."
    { stop: true, phrases: ['thank|thanks ..2 for ..1 your _'] },
    // disciplinary proceedings with no employee named are proceedings the recording is evidence in (docs/notice-reading.md R52);
    // tight, so that the bare "disciplinary" (employee evaluation) inside is hidden; an employee named keeps employee evaluation
    { id: 'evidence', phrases: ['disciplinary proceedings|proceeding|hearing|hearings|procedure|procedures|matters|cases|investigation|investigations'] },
    { id: 'employee-evaluation', phrases: [`disciplinary ...4 ${STAFF}`, `${STAFF} ...4 disciplinary`] },
    // the one who records is one person who listens back later: a recording for their own use (docs/notice-reading.md R53)
    { id: 'personal-use', phrases: ['so|that ..1 i ..2 can|could|may ..3 listen|replay|hear|play ..4 back|again|later', 'for me to ..2 listen|replay|hear|play ..4 back|again|later'] },
    // a summary made for the caller or their family is delivered to the caller (R61): "to create a summary for your family"
    { id: 'service-provision', phrases: ['summary|summaries|transcript|transcripts|report ..2 for ..1 you|your'] },
    // the caller's treatment or care is the service carried out for a patient, and specific (§3; docs/notice-reading.md R70):
    // "for treatment purposes", "to support your care", "for your consultation"; customer care purposes stay vague (§3 service purposes)
    { id: 'service-provision', phrases: [
      'treatment|clinical|medical|healthcare|therapy|therapeutic|care purposes|purpose|reasons',
      'health care purposes|purpose|reasons',
      'your|patient|patients ?medical|clinical|ongoing|dental|health|healthcare treatment|treatments|care|therapy',
      'for|during|of ?your|the treatment|treatments|therapy',
      'for your consultation|consultations|visit|session|sessions|appointment|appointments',
    ] },
    { id: 'service-provision', vague: true, phrases: ['customer care purposes|purpose|reasons'] },
    // the service checked against what callers expect is its quality (§3; docs/notice-reading.md R71): "to ensure our advice meets
    // expectations"; continuous improvement names nothing to improve, vague quality as "improvement purposes" (R19)
    { id: 'quality-assurance', phrases: ['meet|meets|meeting|met|exceed|exceeds|exceeding|exceeded|match|matches|fulfil*|fulfill* ..3 expectations|expectation'] },
    { id: 'quality-assurance', vague: true, phrases: ['ongoing|continuous|continual|constant|permanent improvement|improvements !of|in|to', 'improvement perspective'] },
    // research among customers about products is research of the market (policy-format.md marketing; docs/notice-reading.md R72):
    // "for product research", "for consumer research", like "market research"
    { id: 'marketing', phrases: ['product|products|consumer|customer|market research|studies|study'] },
    // a recording posted, uploaded or put online is published (policy-format.md publication; docs/notice-reading.md R73):
    // "will be posted to our YouTube channel", "uploaded to our website"
    { id: 'publication', phrases: [
      'post|posts|posted|posting|upload|uploads|uploaded|uploading|put|puts|placed|shared|share|sharing|stream|streamed|streaming|air|aired ...4 youtube|vimeo|website|channel|channels|online|internet|facebook|instagram|tiktok|linkedin|podcast|web|site|feed',
      'upload|uploads|uploaded|uploading', 'livestream*', 'live-stream*', 'youtube|vimeo|tiktok channel|page|account',
    ] },
    // content made from the recording for an audience is no training of staff: "may be published as educational content" (R73)
    { stop: true, phrases: ['educational|instructional|education content|contents|videos|video|series|episode|episodes'] },
    // the organisation's file of the call is its record of it, as "for our records" (§3 documentation → evidence; docs/notice-reading.md R74):
    // "for our procurement file", "kept on file"; "for your file" is the caller's matter (R61)
    { id: 'evidence', phrases: ['for|in|on our|the !own ?_ =file|=files|=dossier', 'on file', 'for our|the !own ?_ =records|=record'] },
    // the requirements of a named act, directive or set of rules are a duty the law imposes (§3 legal compliance; docs/notice-reading.md R75):
    // "because of Payment Services requirements", "to meet the requirements of the Consumer Duty Act", "under the Payment Services Directive"
    { id: 'legal-compliance', phrases: [
      'act|acts|directive|directives|regulations|code|authority|commission ..1 requirement*|obligation*|rules',
      'payment|payments|financial|banking|investment|insurance services ..1 requirement*|obligation*|rules|regulations',
      'requirement*|obligation* of|under ..4 act|acts|directive|directives|regulations|regulation|code|authority|commission|law|laws',
      'directive|directives', 'psd2|psd',
    ] },
    // a bare service noun as the goal names the service carried out (§3 service provision; docs/notice-reading.md R76):
    // "for quality and scheduling", "for booking purposes", "for appointments"
    { id: 'service-provision', phrases: [
      '=scheduling', 'appointment|appointments scheduling|booking|bookings|management|setting|reminders',
      'scheduling|booking|bookings|appointment|appointments|reservation|reservations purposes|purpose|reasons',
      'for appointments|bookings|reservations',
    ] },
];
