/**
 * English purposes of what is done with a recording beyond handling the call (analytics, emotions, AI,
 * marketing, publication, personal use, the service itself), the vague phrases that name none, and the
 * goal clauses notice-reading.md §3 names. Notation: see ../lexicon-types.ts.
 */
import type { NoticeLexicon } from '../lexicon-types';
import { STAFF, AI_STRICT } from './purpose-words';

export const usePurposes: NoticeLexicon['purposes'] = [
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
        `${AI_STRICT} ...4 learn|trained|=improved`,
        // the AI as the means of improving the service is no AI trained: "analysed by artificial intelligence to improve our
        // service" is quality assurance (§3 "processed with AI"; docs/notice-reading.md R267)
        `${AI_STRICT} ...4 improve !our|the|your|customer|service|services|experience|quality|how|what`,
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
      phrases: ['service purposes|purpose|reasons|reason|needs', 'customer service purposes|reasons', 'servicing purposes', 'account purposes', 'account servicing', 'service-related purposes',
        // the service in general, not the caller's request: "to provide our services" (§3 service purposes stay vague; R223)
        'provide|provides|providing|deliver|delivers|delivering|run|running ..1 our|the|its|their !own service|services'],
    },
    {
      id: 'service-provision',
      phrases: [
        // not a line named after the request: "calls answered on its enquiry line" (docs/notice-reading.md R262)
        'process|processing|handle|handling|deal|action|actioning|carry|carrying|fulfil*|fulfill*|complete|completing|execute|executing|manage|managing|respond|answer|resolve ..4 ?your|the|any ..3 request*|order*|instruction*|query|queries|enquiry|enquiries|question*|application*|claim*|booking*|transaction*|account*|case|needs|issue*|inquir*|change*|appointment*|problem* !line|lines|helpline|hotline|desk|number|numbers|team|teams',
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
      `handle|handling|process|processing|deal|dealing|manage|managing|action|actioning|progress|progressing|look|looking|follow|following|fulfil*|fulfill*|complete|completing|arrange|arranging|schedule|scheduling|book|booking|route|routing|sort|sorting|administer|administering|carry|carrying ..2 your|any !data|personal|information|details|call|calls|voice|conversation*|recording*|identity|privacy|feedback|experience|satisfaction|complaint*|concerns|staff|team|quality|security|safety|own|way _ !data|personal|information|details|call|calls|voice|conversation*|recording*|identity|privacy|feedback|experience|satisfaction|complaint*|concerns|staff|team|quality|security|safety|own|way`,
    ] },
    // helping the caller with their own matter, whatever its noun, is carrying out what they asked (§3 "to help with your claim";
    // docs/notice-reading.md R106): "to help with your livestock", "to assist you with your tax return"; not their data, call or complaint
    { id: 'service-provision', phrases: [
      `help|helps|helping|assist|assists|assisting|support|supporting ?you with your|any !data|personal|information|details|call|calls|voice|conversation*|recording*|identity|privacy|feedback|experience|satisfaction|complaint*|concerns|staff|team|quality|security|safety|own|way _ !data|personal|information|details|call|calls|voice|conversation*|recording*|identity|privacy|feedback|experience|satisfaction|complaint*|concerns|staff|team|quality|security|safety|own|way`,
    ] },
    // the help or support the caller needs given, and the caller contacted again when the call is lost, carry out what the
    // caller asked (§3; R27; docs/notice-reading.md R107): "giving you the support you need", "make contact with you if we lose the call"
    { id: 'service-provision', phrases: [
      'give|gives|giving|offer|offers|offering|get|getting ..2 you ..2 help|support|assistance|service|care|advice ..3 need|needed|require|asked|requested',
      'make|makes|making|get|getting|regain ?back ?in contact|touch with you',
      'contact|reach|call|ring you ?back again',
    ] },
    // concern for the caller's safety or wellbeing is care for the caller, not the security of their account (§3 "for your security";
    // docs/notice-reading.md R109): "if we are concerned about your safety"
    { stop: true, phrases: ['concern*|worr*|fear*|afraid ..3 about|for ..1 your|their|the|anyone ..1 safety|wellbeing|welfare'] },
    // an open list of data leaves no purpose unnamed (R290): "including, among other things, your name and address"
    { stop: true, phrases: ['among|amongst other|others ?things ..2 your|the ..1 name|names|address|addresses|date|phone|telephone|number|email|details|data|information'] },
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
        // a head that a list of the purposes follows names them: "for other purposes including: to provide evidence …" (R271)
        'other purposes !including|include|includes|such|namely|like',
        // "for other lawful purposes", "for legitimate purposes": lawful names no purpose (§3; docs/notice-reading.md R240)
        'other ..2 purposes|reasons !including|include|includes|such|namely|like',
        'lawful|legitimate purposes|purpose|reasons',
        'various purposes',
        // the same in other words (R256): "business-related purposes", "for a variety of reasons", "archival", "reporting purposes"
        'business-related purposes|reasons',
        'business related purposes|reasons',
        'variety of ..1 reasons|purposes',
        'archival|archiving|archive|reporting|statistical purposes|reasons',
        'data analysis',
        // reasons left unnamed are purposes left unnamed
        'various|different|diverse|several ..2 reasons',
        'a number of ..1 reasons|purposes',
        // a list said to be open names some reasons and leaves others unnamed (R15; docs/notice-reading.md R102):
        // "for some of the following reasons", "including but not limited to", "among other things"
        'some of the|our|these ?following reasons|purposes',
        // only of a list of purposes: the data collected "include, but are not limited to" leaves no purpose unnamed (R271)
        'purposes|purpose|reasons|uses ...5 not limited to',
        'among|amongst other|others ?things|reasons|purposes',
        'inter alia',
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
    // the staff developed, given feedback, or getting better is staff training, as coaching is (§3; R293): "to help develop our
    // people", "so that we can give feedback to our advisers", "so our agents can get better at what they do"
    { id: 'staff-training', phrases: [`develop|developing ..2 our|your|the|new ..1 ${STAFF}`, `development of ..2 ${STAFF}`, `feedback ..3 to ..2 ${STAFF}`, `give|giving|provide|providing ..2 ${STAFF} ..2 feedback`,
      `${STAFF} ..2 can|could|may ..1 get|become|grow ..1 better|stronger`, `teach|teaching|train|training|coach|coaching ..2 new ..1 ${STAFF}`] },
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
    // the caller's supply, account or contract set up or activated is what the caller asked (§3; docs/notice-reading.md R272):
    // "to help us set up your new energy supply"
    { id: 'service-provision', phrases: ['set|setting|sets up ..3 your|the ..3 supply|account|accounts|service|connection|installation|policy|contract|meter|payment*|direct|tariff|plan|broadband|line',
      'activate|activating|connect|connecting|switch|switching ..3 your ..3 supply|account|service|connection|policy|contract|meter|tariff|plan|broadband|line|card|sim'] },
    // the caller raising a question, in a clause that says when the recording is made or used, is the occasion, not the goal:
    // "a transcript of the recording where you have raised a query" (docs/notice-reading.md R264)
    { stop: true, phrases: ['where|when|whenever|if ..1 you ?have ..1 raised|raise|raises|made|make|makes|submitted|submit|logged|log|asked|ask ..2 a|an|any|your query|queries|enquiry|enquiries|inquiry|inquiries|question|questions|request|requests'] },
    // the caller's matter made, opened, prepared, completed or passed on, something delivered to the caller, and the caller's
    // matter itself as the goal are carrying out what the caller asked (§3; docs/notice-reading.md R61)
    { id: 'service-provision', phrases: [
      'open|opens|opening|create|creates|creating|raise|raises|raising|log|logs|logging|prepare|prepares|preparing|draw|drawing|generate|generating|set|setting|start|starting|complete|completing|finalise|finalize|finalising|finalizing ?up ..3 a|an|the|your|any|new ..2 case|cases|ticket|tickets|file|request|requests|claim|claims|quote|quotes|quotation*|estimate|estimates|order|orders|booking|bookings|reservation*|application|applications|referral*|job|repair|repairs|enquiry|enquiries|inquiry|inquiries|query|queries|report',
      'pass|passes|passing|forward|forwards|forwarding|refer|refers|referring|transfer|transfers|transferring|escalate|escalating|send|sending ..2 your|the|this ..2 case|cases|ticket|tickets|file|request|requests|claim|claims|quote|quotes|quotation*|estimate|estimates|order|orders|booking|bookings|reservation*|application|applications|referral*|job|repair|repairs|enquiry|enquiries|inquiry|inquiries|query|queries|report|details|message|messages|issue|issues ..3 on|to|onto',
      'send|sends|sending|email|emailing|give|giving|provide|providing|post|posting|text|texting you ?with ..2 a|an|the|your|any ..2 summary|summaries|confirmation|quote|quotation|estimate|report|=note|=notes|transcript|transcripts|reference|receipt|invoice|letter|documents|answer|answers|written',
      'for your case|cases|ticket|tickets|file|request|requests|claim|claims|quote|quotes|quotation*|estimate|estimates|order|orders|booking|bookings|reservation*|application|applications|referral*|job|repair|repairs|enquiry|enquiries|inquiry|inquiries|query|queries|report|appointment|delivery|installation|move|renewal|refund|replacement',
    ] },
    // feedback: who gives it to whom decides (docs/notice-reading.md R141). Given to the caller it is delivered to them (R61):
    // "so I can give you feedback afterwards", "to provide you with written feedback", "feedback is emailed to you"
    { id: 'service-provision', phrases: [
      'give|gives|giving|provide|provides|providing|send|sends|sending|email|emailing|offer|offering|share|sharing you ?with ..3 feedback',
      'feedback ..4 to|for|with you',
    ] },
    // given to staff it is coaching (§3 staff training): "to give feedback to our advisers", "to give our agents feedback"
    { id: 'staff-training', phrases: [`give|giving|provide|providing|offer|offering ..2 ${STAFF} ?with ..2 feedback`, `feedback ..3 to|for ..2 ${STAFF}`] },
    // from the caller it is customer feedback (§3 quality assurance): "so that you can give us feedback"
    { id: 'quality-assurance', phrases: ['you ..3 give|giving|provide|providing|leave|leaving|share|sharing|send|sending us ?with ..2 feedback', 'feedback ..3 from you'] },
    // thanking the caller for their matter names no goal: "Thank you for your order. Calls are recorded."
    { stop: true, phrases: ['thank|thanks ..2 for ..1 your _'] },
    // disciplinary proceedings with no employee named are proceedings the recording is evidence in (docs/notice-reading.md R52);
    // tight, so that the bare "disciplinary" (employee evaluation) inside is hidden; an employee named keeps employee evaluation
    { id: 'evidence', phrases: ['disciplinary proceedings|proceeding|hearing|hearings|procedure|procedures|process|processes|matters|cases|investigation|investigations'] },
    { id: 'employee-evaluation', phrases: [`disciplinary ...4 ${STAFF}`, `${STAFF} ...4 disciplinary`] },
    // what is said, used in an investigation, proceedings or court, is used as proof (§3 evidence; docs/notice-reading.md R163):
    // "anything you say may be used in the investigation", "your statements may be used in court"; "to investigate complaints" (a goal
    // verb) is complaint handling, "the investigation of complaints" too
    { id: 'evidence', phrases: ['used|use ..2 in|during ..3 investigation|investigations|proceedings|proceeding|court|trial|trials|hearing|hearings|litigation !of',
      // kept for as long as an investigation or proceedings need it: kept to be used in them (R163): "stored … long enough for any
      // investigation to be conducted", "retained for the duration of any proceedings"
      'long enough for|throughout ..2 investigation|investigations|proceedings|litigation !of',
      'for the duration of ..2 investigation|investigations|proceedings|litigation !of'] },
    // the recording used in the complaints procedure is used for complaint handling (R163, R204); "see our complaints procedure" names none
    { id: 'complaint-handling', phrases: ['used|use ..2 in|during|for|throughout ..2 complaint|complaints procedure|procedures|process|processes'] },
    // the one who records is one person who listens back later: a recording for their own use (docs/notice-reading.md R53)
    { id: 'personal-use', phrases: ['so|that ..1 i ..2 can|could|may ..3 listen|replay|hear|play ..4 back|again|later', 'for me to ..2 listen|replay|hear|play ..4 back|again|later'] },
    // a summary made for the caller or their family is delivered to the caller (R61): "to create a summary for your family"
    { id: 'service-provision', phrases: ['summary|summaries|transcript|transcripts|report ..2 for ..1 you|your'] },
    // transcripts delivered are the service the caller gets (§3; docs/notice-reading.md R233): "to provide transcripts"
    { id: 'service-provision', phrases: ['provide|providing|deliver|delivering|supply|supplying ..2 transcript|transcripts|transcription|transcriptions'] },
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
    // ── readings of docs/notice-reading.md R170-R179 ──
    // the caller's account, money or identity kept safe, access or use not authorised, activity that looks suspicious: fraud (R170)
    { id: 'fraud-prevention', phrases: ['keep|keeps|keeping|safeguard|safeguards|safeguarding|secure|securing ..2 your ..1 account|accounts|money|funds|savings|identity|card|cards ?safe|secure',
      'unauthorised|unauthorized ..1 access|use|transactions|transaction|payments|payment|activity', 'suspicious ..1 activity|activities|transactions|transaction|payments|behaviour|behavior'] },
    // a technical fault named with its preposition, and the phone system working (R171): "problems with call quality", "glitches"
    { id: 'troubleshooting', outranks: ['service-provision', 'quality-assurance'], phrases: [
      'fault*|problem*|issue*|error*|glitch*|difficult* with|in|on ..2 network|line|lines|connection|connections|system|systems|telephony|audio|phone|telephone|sound',
      'fault*|problem*|issue*|error*|glitch*|difficult* with|in|on ..2 call quality',
      'glitch*', 'connection ..1 issue*|problem*|error*|fault*|drop*',
      'system|systems|line|lines|network|equipment|technology|telephony ...3 working|functioning|operating|running ..1 properly|correctly|smoothly|reliably'] },
    // the correctness of advice or information, as a noun (R172): "to ensure the accuracy of the information we give you"
    { id: 'quality-assurance', phrases: ['accuracy|correctness|completeness ..3 of ..2 information|advice|answers|guidance'] },
    // staff who learn (R173): "so that our new starters can learn from experienced colleagues"
    { id: 'staff-training', phrases: [`${STAFF} ..2 can|could|may|might|will|to ..1 learn`] },
    // an account of the conversation kept (R174): "to keep an accurate account of our conversation"
    { id: 'evidence', phrases: ['accurate|full|complete|reliable|written|exact|permanent ..1 account|log|=note|=notes ..2 of ..3 conversation*|call|calls|discussion*'] },
    // the caller who complains (R175): "If you complain later, the recording will help us look into it"
    { id: 'complaint-handling', phrases: ['if|should|when|whenever you|they|anyone ?later|ever|subsequently complain|complains|complained'] },
    // a duty to record, whoever imposes it (R176): "As a regulated firm, we are obliged to record this conversation"
    { id: 'legal-compliance', phrases: ['obliged|obligated|required|bound ..1 to record|retain|keep ..3 call|calls|conversation*|this|these|all|telephone'] },
    // automated analysis whose goal is itself an analytics goal (R177): "automatically analysed to spot trends", "the most frequent reasons for calling"
    // (tight, named word by word, so that it covers R60's stop phrase "automatically analysed to")
    { id: 'speech-analytics', phrases: ['automatically|automatic|automated analysed|analyzed|analyse|analyze|analysis to|so ?that ?we ?can spot|identify|find|detect|see|track|discover|understand|monitor ?the|common|recurring|new|emerging trends|topics|themes|keywords|patterns',
      'analysed|analyzed|analyse|analyze automatically to|so ?that ?we ?can spot|identify|find|detect|see|track|discover|understand|monitor ?the|common|recurring|new|emerging trends|topics|themes|keywords|patterns',
      'common|frequent|recurring|most|main|top ..2 reasons|topics|themes ..2 for|of ..1 calling|calls|contact|contacting'] },
    // products promoted or offered to the caller (R178): "so that we can promote products that suit you"
    { id: 'marketing', outranks: ['service-provision'], phrases: ['promote|promotes|promoting ..3 products|services|offers',
      'products|offers|deals|services ..2 that|which ..2 interest|suit|match ..1 you'] },
    // an AI system taught or improved, whatever it is then for (R179): "to teach our voicebot to answer questions"
    { id: 'ai-training', outranks: ['service-provision', 'quality-assurance'], phrases: [
      `teach|teaching|train|training|improve|improving|enhance|refine ..4 ${AI_STRICT}|voicebot* ..2 answer|respond|handle|understand`,
      `teach|teaching|train|training|improve|improving|enhance|refine ..4 ${AI_STRICT}|voicebot* ?_ service|services`] },
];
