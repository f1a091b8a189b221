/**
 * The grammar matrix: notices composed from parts (recording statements, purpose phrasings, positions,
 * interveners, joiners, negations, conditions, look-alikes), written from knowledge of each language as
 * callers hear it, not from the packs' lexicons nor from the corpus. Each case's labels follow from its
 * composition and the guide (spec notice-reading.md §7, docs/notice-reading.md). Deterministic: the
 * parts are combined in a fixed rotation, no randomness.
 *
 * A recording statement (`Rec`) has a slot {P} where a purpose phrase stands: at the end in English,
 * French and Spanish, in the middle field in German and Dutch (the verb last); `inv` is its inverted
 * form for a fronted purpose ("Zu Schulungszwecken wird dieses Gespräch aufgezeichnet").
 * A purpose phrasing (`Goal`) is a prepositional phrase (`pp`, "for training purposes") or a clause
 * (`cl`, "to train our staff"); both keep their goal marker.
 */
import type { NoticeLang } from '../../../src/core/notice/types';

export interface MatrixCase {
  id: string;
  lang: NoticeLang;
  /** rec-form | purpose | position | intervener | joined | negation | condition | denial | look-alike */
  dim: string;
  /** The part of the dimension: a recording form id, a purpose id, a position, a joiner, … */
  sub: string;
  text: string;
  records: boolean;
  denies: boolean;
  purposes: string[];
  excluded: string[];
  vague: boolean;
}

interface Rec { id: string; s: string; inv?: string }
interface Goal { id: string; t: string; kind: 'pp' | 'cl'; vague?: boolean }
type G = [string, 'pp' | 'cl', boolean?];

interface LangParts {
  lang: NoticeLang;
  /** recording statements; {P} is the purpose slot */
  recs: Rec[];
  /** the same with an intervener (adverb, parenthetical, company name, prepositional phrase) */
  interveners: Rec[];
  /** purpose id → phrasings [text, kind, vague?] */
  goals: Record<string, G[]>;
  /** a next sentence that refers back to the recording, with the goal in it */
  refer: ((g: Goal) => string)[];
  /** "This helps us …": built from a clause goal, or undefined when its marker does not fit */
  helps: (g: Goal) => string | undefined;
  /** a relative clause after the recording, with the goal in it */
  relative: ((g: Goal) => string)[];
  /** joiners of two goal phrases; `list3` joins three with a comma */
  join: { and: (a: string, b: string) => string; or: (a: string, b: string) => string; asWellAs: (a: string, b: string) => string; list3: (a: string, b: string, c: string) => string };
  /** negated purposes: id → a phrase (with its marker) that can follow a negation */
  negGoals: Record<string, string>;
  /** affirmed goal plus negated goal, in one or two sentences: [template id, builder] */
  negation: [string, (rec: Rec, aff: Goal, neg: string) => string, boolean][];
  /** fixed sentences: [dim, sub, text, records, denies, purposes, vague] */
  fixed: [string, string, string, boolean, boolean, string[], boolean][];
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** Lower-case the first letter of a sentence put after a fronted goal ("L'appel" → "l'appel"), not of "I" or an acronym. */
const low = (s: string): string => (/^[A-ZÀ-Ý](?![A-Z])/.test(s) && !/^I\b/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** Word order: German and Dutch put the verb last (a phrase goal stands in the middle field, a clause goal after a comma in German, after "zodat" in Dutch). */
const SHAPE: Record<NoticeLang, { verbLast: boolean; clauseComma: RegExp }> = {
  en: { verbLast: false, clauseComma: /^$/ },
  nl: { verbLast: true, clauseComma: /^zodat/ },
  de: { verbLast: true, clauseComma: /./ },
  fr: { verbLast: false, clauseComma: /^$/ },
  es: { verbLast: false, clauseComma: /^$/ },
};

/** The recording statement with the goal in its place (end, or middle field), ending in a full stop. */
function after(lang: NoticeLang, r: Rec, g: Goal | undefined): string {
  if (!g) return `${r.s.replace(/ ?\{P\}/, '')}.`;
  const { verbLast, clauseComma } = SHAPE[lang];
  if (verbLast && g.kind === 'pp') return `${r.s.replace('{P}', g.t)}.`;
  if (verbLast) return `${r.s.replace(/ ?\{P\}/, '')}${clauseComma.test(g.t) ? ',' : ''} ${g.t}.`;
  return `${r.s.replace('{P}', g.t)}.`;
}

/** The goal first, then the recording statement (inverted in German and Dutch). */
function front(lang: NoticeLang, r: Rec, g: Goal): string {
  const { verbLast } = SHAPE[lang];
  const rest = verbLast ? r.inv ?? r.s.replace(/ ?\{P\}/, '') : low(r.s.replace(/ ?\{P\}/, ''));
  return `${cap(g.t)}${verbLast && g.kind === 'pp' ? '' : ','} ${rest}.`;
}

// ── English ────────────────────────────────────────────────────────────────
const EN: LangParts = {
  lang: 'en',
  recs: [
    { id: 'may-passive', s: 'This call may be recorded {P}' },
    { id: 'is-passive', s: 'This call is recorded {P}' },
    { id: 'plural-passive', s: 'Calls are recorded {P}' },
    { id: 'will-passive', s: 'Your call will be recorded {P}' },
    { id: 'can-passive', s: 'Calls can be recorded {P}' },
    { id: 'might-passive', s: 'This call might be recorded {P}' },
    { id: 'progressive', s: 'Calls are being recorded {P}' },
    { id: 'progressive-this', s: 'This call is being recorded {P}' },
    { id: 'active-we', s: 'We record all calls {P}' },
    { id: 'active-may', s: 'We may record your call {P}' },
    { id: 'active-agents', s: 'Our agents may record this call {P}' },
    { id: 'active-progressive', s: 'We are recording this call {P}' },
    { id: 'active-future', s: 'We will be recording this call {P}' },
    { id: 'conversation', s: 'Your conversation may be recorded {P}' },
    { id: 'line', s: 'This line is recorded {P}' },
    { id: 'call-with-adviser', s: 'The call with our adviser will be recorded {P}' },
    { id: 'consultation', s: 'Your consultation may be recorded {P}' },
    { id: 'session', s: 'The session with your advisor is recorded {P}' },
    { id: 'noun-made', s: 'A recording is made of this call {P}' },
    { id: 'noun-subject-to', s: 'Calls are subject to recording {P}' },
    { id: 'noun-keep', s: 'We keep a recording of your call {P}' },
    { id: 'monitored-or', s: 'Calls may be monitored and/or recorded {P}' },
    { id: 'stored', s: 'This call is recorded and stored {P}' },
    { id: 'transcribed', s: 'Your call will be recorded and transcribed {P}' },
  ],
  interveners: [
    { id: 'adverb', s: 'This call may occasionally be recorded {P}' },
    { id: 'from-time-to-time', s: 'Calls are, from time to time, recorded {P}' },
    { id: 'company', s: 'Calls to Secure Quality Training Ltd may be recorded {P}' },
    { id: 'parenthetical', s: 'This call may be recorded (and monitored) {P}' },
    { id: 'where-law-allows', s: 'Your call may be recorded, where the law allows, {P}' },
    { id: 'with-permission', s: 'We may, with your permission, record this call {P}' },
    { id: 'pp-between', s: 'This call will be recorded by our team in Leeds {P}' },
    { id: 'two-adverbs', s: 'Calls are recorded automatically and securely {P}' },
    { id: 'please-note', s: 'Please note that this call may be recorded {P}' },
    { id: 'like-all', s: 'Like all calls to our branches, this call is recorded {P}' },
  ],
  goals: {
    'quality-assurance': [['for quality purposes', 'pp', true], ['to improve our service', 'cl'], ['for quality assurance', 'pp'], ['so that we can check the quality of our service', 'cl'], ['in order to maintain our service standards', 'cl'], ['for monitoring purposes', 'pp', true], ['to help us improve the service we give you', 'cl']],
    'staff-training': [['for training purposes', 'pp'], ['to train our staff', 'cl'], ['so we can coach our new advisers', 'cl'], ['for staff training', 'pp'], ['to help our colleagues develop their skills', 'cl'], ['with a view to training new employees', 'pp']],
    'employee-evaluation': [['to assess the performance of our employees', 'cl'], ['for the evaluation of our agents', 'pp'], ['so that managers can review how our advisers perform', 'cl'], ['for performance appraisals of our staff', 'pp']],
    evidence: [['so that we have proof of what was agreed', 'cl'], ['in case of a dispute', 'pp'], ['as evidence of your instructions', 'pp'], ['to confirm what was agreed', 'cl'], ['to resolve any disagreement about your order', 'cl'], ['so that we can check later what was agreed', 'cl']],
    'complaint-handling': [['to handle complaints', 'cl'], ['for complaint handling', 'pp'], ['so that we can investigate your complaint', 'cl'], ['in order to deal with any complaints you make', 'cl'], ['to help us resolve complaints', 'cl'], ['to handle, with care, your complaint', 'cl']],
    'legal-compliance': [['to meet our legal obligations', 'cl'], ['to comply with the law', 'cl'], ['for regulatory reasons', 'pp'], ['as required by financial regulations', 'pp'], ['for compliance purposes', 'pp', true], ['for audit purposes', 'pp', true]],
    'fraud-prevention': [['to prevent fraud', 'cl'], ['for fraud prevention', 'pp'], ['for security purposes', 'pp'], ['to protect you against fraud', 'cl'], ['so that we can detect fraudulent calls', 'cl'], ['for your security', 'pp']],
    'staff-safety': [['to protect our staff from abuse', 'cl'], ['for the safety of our employees', 'pp'], ['so that we can report threats to the police', 'cl'], ['to keep our colleagues safe', 'cl']],
    troubleshooting: [['to find technical faults', 'cl'], ['to fix technical problems on the line', 'cl'], ['for troubleshooting', 'pp'], ['so that we can trace faults in our phone system', 'cl']],
    'speech-analytics': [['for speech analytics', 'pp'], ['to analyse automatically what customers call about', 'cl'], ['so that our software can spot trends in the topics callers raise', 'cl'], ['for automated analysis of the keywords used', 'pp']],
    'emotion-recognition': [['to detect whether callers are frustrated', 'cl'], ['for sentiment analysis', 'pp'], ['so that our system can recognise emotions in your voice', 'cl'], ['to work out from your voice whether you are stressed', 'cl']],
    'ai-training': [['to train our AI models', 'cl'], ['to improve our speech recognition', 'cl'], ['for the training of our voicebot', 'pp'], ['to help our virtual assistant understand callers better', 'cl'], ['to teach our artificial intelligence', 'cl']],
    marketing: [['for marketing purposes', 'pp'], ['to improve our marketing', 'cl'], ['to send you personalised offers', 'cl'], ['for sales and marketing', 'pp']],
    'service-provision': [['to process your request', 'cl'], ['to handle your order', 'cl'], ['so that we can help you with your claim', 'cl'], ['to arrange your appointment', 'cl'], ['so that we can send you a written summary of our advice', 'cl'], ['for service purposes', 'pp', true]],
    publication: [['so that we can publish it on our website', 'cl'], ['for broadcast on our radio programme', 'pp'], ['to share on our social media channels', 'cl']],
  },
  refer: [
    (g) => `We do this ${g.t}.`,
    (g) => `This is done ${g.t}.`,
    (g) => `The recording is used ${g.t}.`,
    (g) => `Recordings are kept ${g.t}.`,
  ],
  helps: (g) => (g.kind === 'cl' && /^to [a-z]/.test(g.t) && !g.t.startsWith('to help') ? `This helps us ${g.t.slice(3)}.` : undefined),
  relative: [
    (g) => `We keep a recording of this call, which we use ${g.t}.`,
    (g) => `Calls are recorded by our team, who use the recordings ${g.t}.`,
  ],
  join: { and: (a, b) => `${a} and ${b}`, or: (a, b) => `${a} or ${b}`, asWellAs: (a, b) => `${a} as well as ${b}`, list3: (a, b, c) => `${a}, ${b} and ${c}` },
  negGoals: { marketing: 'for marketing', 'ai-training': 'to train AI models', 'employee-evaluation': 'to assess individual employees', publication: 'for publication', 'speech-analytics': 'for speech analytics' },
  negation: [
    ['but-never', (r, a, n) => `${r.s.replace('{P}', a.t)}, but never ${n}.`, true],
    ['not', (r, a, n) => `${r.s.replace('{P}', a.t)}, not ${n}.`, true],
    ['never-use', (r, a, n) => `${r.s.replace('{P}', a.t)}. We never use the recording ${n}.`, true],
    ['is-not-used', (r, a, n) => `${r.s.replace('{P}', a.t)}; it is not used ${n}.`, true],
    ['alone', (r, _a, n) => `${r.s.replace(' {P}', '')}. The recording is never used ${n}.`, false],
  ],
  fixed: [
    ['condition', 'opt-out-alone', 'If you do not want to be recorded, please say so.', true, false, [], false],
    ['condition', 'opt-out-first', 'If you would rather not be recorded, tell our adviser. Calls are recorded for training purposes.', true, false, ['staff-training'], false],
    ['condition', 'object-after', 'This call is recorded to improve our service. If you object, let us know and we will stop the recording.', true, false, ['quality-assurance'], false],
    ['condition', 'press-key', 'Press 1 if you do not want this call to be recorded.', true, false, [], false],
    ['condition', 'ask', 'Is it all right if we record this call?', true, false, [], false],
    ['denial', 'not-recorded', 'This call is not recorded.', false, true, [], false],
    ['denial', 'active', 'We do not record calls on this line.', false, true, [], false],
    ['denial', 'never', 'Calls to this number are never recorded.', false, true, [], false],
    ['denial', 'not-all', 'Not all calls are recorded.', true, false, [], false],
    ['denial', 'listener', 'This call is not recorded, but a supervisor may listen in to coach our staff.', false, true, ['staff-training'], false],
    ['look-alike', 'recorded-message', 'Press 1 to hear a recorded message about our opening hours.', false, false, [], false],
    ['look-alike', 'webinar', "The recording of last week's webinar is on our website.", false, false, [], false],
    ['look-alike', 'order', 'Your order has been recorded. Thank you.', false, false, [], false],
    ['look-alike', 'podcast', 'Our latest podcast was recorded at our head office.', false, false, [], false],
    ['look-alike', 'menu', 'For complaints, press 2. For training courses, press 3.', false, false, [], false],
    ['look-alike', 'refers-to-nothing', 'We do this to train our staff.', false, false, [], false],
    ['look-alike', 'welcome', 'Welcome to the complaints team. This call is recorded.', true, false, [], false],
  ],
};

// ── Dutch ──────────────────────────────────────────────────────────────────
const NL: LangParts = {
  lang: 'nl',
  recs: [
    { id: 'may-passive', s: 'Dit gesprek kan {P} worden opgenomen', inv: 'kan dit gesprek worden opgenomen' },
    { id: 'is-passive', s: 'Dit gesprek wordt {P} opgenomen', inv: 'wordt dit gesprek opgenomen' },
    { id: 'plural-passive', s: 'Gesprekken worden {P} opgenomen', inv: 'worden gesprekken opgenomen' },
    { id: 'will-passive', s: 'Uw gesprek zal {P} worden opgenomen', inv: 'zal uw gesprek worden opgenomen' },
    { id: 'possibly', s: 'Dit gesprek wordt mogelijk {P} opgenomen', inv: 'wordt dit gesprek mogelijk opgenomen' },
    { id: 'word-order', s: 'Dit gesprek kan {P} opgenomen worden', inv: 'kan dit gesprek opgenomen worden' },
    { id: 'now', s: 'Dit gesprek wordt op dit moment {P} opgenomen', inv: 'wordt dit gesprek op dit moment opgenomen' },
    { id: 'active-we', s: 'Wij nemen alle gesprekken {P} op', inv: 'nemen wij alle gesprekken op' },
    { id: 'active-may', s: 'Wij kunnen uw gesprek {P} opnemen', inv: 'kunnen wij uw gesprek opnemen' },
    { id: 'active-agents', s: 'Onze medewerkers kunnen dit gesprek {P} opnemen', inv: 'kunnen onze medewerkers dit gesprek opnemen' },
    { id: 'vastgelegd', s: 'Uw gesprek kan {P} worden vastgelegd', inv: 'kan uw gesprek worden vastgelegd' },
    { id: 'line', s: 'Gesprekken op deze lijn worden {P} opgenomen', inv: 'worden gesprekken op deze lijn opgenomen' },
    { id: 'call-with-adviser', s: 'Het gesprek met onze adviseur wordt {P} opgenomen', inv: 'wordt het gesprek met onze adviseur opgenomen' },
    { id: 'consultation', s: 'Uw consult kan {P} worden opgenomen', inv: 'kan uw consult worden opgenomen' },
    { id: 'session', s: 'De sessie met uw adviseur wordt {P} opgenomen', inv: 'wordt de sessie met uw adviseur opgenomen' },
    { id: 'noun-made', s: 'Van dit gesprek wordt {P} een opname gemaakt', inv: 'wordt van dit gesprek een opname gemaakt' },
    { id: 'noun-we-make', s: 'Wij maken {P} een opname van dit gesprek', inv: 'maken wij een opname van dit gesprek' },
    { id: 'noun-keep', s: 'Wij bewaren {P} een opname van uw gesprek', inv: 'bewaren wij een opname van uw gesprek' },
    { id: 'monitored-or', s: 'Gesprekken kunnen {P} worden meegeluisterd of opgenomen', inv: 'kunnen gesprekken worden meegeluisterd of opgenomen' },
    { id: 'stored', s: 'Dit gesprek wordt {P} opgenomen en bewaard', inv: 'wordt dit gesprek opgenomen en bewaard' },
    { id: 'transcribed', s: 'Uw gesprek wordt {P} opgenomen en uitgeschreven', inv: 'wordt uw gesprek opgenomen en uitgeschreven' },
  ],
  interveners: [
    { id: 'adverb', s: 'Dit gesprek wordt soms {P} opgenomen', inv: 'wordt dit gesprek soms opgenomen' },
    { id: 'from-time-to-time', s: 'Gesprekken worden af en toe {P} opgenomen', inv: 'worden gesprekken af en toe opgenomen' },
    { id: 'company', s: 'Gesprekken met Veilig Werk Opleidingen B.V. worden {P} opgenomen', inv: 'worden gesprekken met Veilig Werk Opleidingen B.V. opgenomen' },
    { id: 'parenthetical', s: 'Dit gesprek kan (met uw toestemming) {P} worden opgenomen', inv: 'kan dit gesprek (met uw toestemming) worden opgenomen' },
    { id: 'where-law-allows', s: 'Uw gesprek wordt, voor zover de wet dat toestaat, {P} opgenomen', inv: 'wordt uw gesprek, voor zover de wet dat toestaat, opgenomen' },
    { id: 'pp-between', s: 'Dit gesprek wordt door ons team in Utrecht {P} opgenomen', inv: 'wordt dit gesprek door ons team in Utrecht opgenomen' },
    { id: 'two-adverbs', s: 'Gesprekken worden automatisch en veilig {P} opgenomen', inv: 'worden gesprekken automatisch en veilig opgenomen' },
    { id: 'please-note', s: 'Houd er rekening mee dat dit gesprek {P} kan worden opgenomen', inv: 'kan dit gesprek, houd er rekening mee, worden opgenomen' },
    { id: 'like-all', s: 'Zoals alle gesprekken met onze winkels wordt dit gesprek {P} opgenomen', inv: 'wordt dit gesprek, zoals alle gesprekken met onze winkels, opgenomen' },
  ],
  goals: {
    'quality-assurance': [['voor kwaliteitsdoeleinden', 'pp', true], ['om onze dienstverlening te verbeteren', 'cl'], ['voor kwaliteitscontrole', 'pp'], ['zodat wij de kwaliteit van onze service kunnen bewaken', 'cl'], ['om de kwaliteit van ons advies te controleren', 'cl'], ['ter verbetering van onze dienstverlening', 'pp']],
    'staff-training': [['voor trainingsdoeleinden', 'pp'], ['om onze medewerkers op te leiden', 'cl'], ['zodat wij nieuwe collega’s kunnen coachen', 'cl'], ['voor de opleiding van ons personeel', 'pp'], ['ten behoeve van de training van nieuwe medewerkers', 'pp'], ['om onze medewerkers te helpen zich te ontwikkelen', 'cl']],
    'employee-evaluation': [['om de prestaties van onze medewerkers te beoordelen', 'cl'], ['voor de beoordeling van medewerkers', 'pp'], ['zodat leidinggevenden het functioneren van onze adviseurs kunnen beoordelen', 'cl'], ['ter evaluatie van onze medewerkers', 'pp']],
    evidence: [['als bewijs van de gemaakte afspraken', 'pp'], ['in geval van een geschil', 'pp'], ['zodat wij later kunnen nagaan wat er is afgesproken', 'cl'], ['om afspraken vast te leggen', 'cl'], ['om een meningsverschil over uw bestelling op te lossen', 'cl']],
    'complaint-handling': [['om klachten af te handelen', 'cl'], ['voor klachtafhandeling', 'pp'], ['zodat wij uw klacht kunnen onderzoeken', 'cl'], ['ten behoeve van de behandeling van klachten', 'pp'], ['om uw klacht, zorgvuldig, af te handelen', 'cl']],
    'legal-compliance': [['om aan onze wettelijke verplichtingen te voldoen', 'cl'], ['vanwege een wettelijke verplichting', 'pp'], ['om te voldoen aan wet- en regelgeving', 'cl'], ['voor compliancedoeleinden', 'pp', true], ['voor auditdoeleinden', 'pp', true]],
    'fraud-prevention': [['om fraude te voorkomen', 'cl'], ['ter voorkoming van fraude', 'pp'], ['voor beveiligingsdoeleinden', 'pp'], ['om u te beschermen tegen fraude', 'cl'], ['zodat wij frauduleuze gesprekken kunnen herkennen', 'cl']],
    'staff-safety': [['om onze medewerkers te beschermen tegen agressie', 'cl'], ['voor de veiligheid van onze medewerkers', 'pp'], ['zodat wij bedreigingen kunnen melden bij de politie', 'cl'], ['om ons personeel te beschermen tegen bedreigingen', 'cl']],
    troubleshooting: [['om technische storingen op te sporen', 'cl'], ['voor het oplossen van technische problemen', 'pp'], ['zodat wij storingen in ons telefoonsysteem kunnen vinden', 'cl']],
    'speech-analytics': [['voor spraakanalyse', 'pp'], ['om automatisch te analyseren waarover klanten bellen', 'cl'], ['zodat onze software trends kan herkennen in de onderwerpen van gesprekken', 'cl']],
    'emotion-recognition': [['om te herkennen of bellers geïrriteerd zijn', 'cl'], ['voor sentimentanalyse', 'pp'], ['zodat ons systeem emoties in uw stem kan herkennen', 'cl'], ['voor emotieherkenning', 'pp']],
    'ai-training': [['om onze AI-modellen te trainen', 'cl'], ['om onze spraakherkenning te verbeteren', 'cl'], ['voor de training van onze voicebot', 'pp'], ['zodat onze virtuele assistent bellers beter leert begrijpen', 'cl']],
    marketing: [['voor marketingdoeleinden', 'pp'], ['om onze marketing te verbeteren', 'cl'], ['om u gepersonaliseerde aanbiedingen te doen', 'cl']],
    'service-provision': [['om uw vraag te beantwoorden', 'cl'], ['om uw aanvraag af te handelen', 'cl'], ['zodat wij u een schriftelijke samenvatting van ons advies kunnen sturen', 'cl'], ['voor de uitvoering van uw verzoek', 'pp'], ['voor servicedoeleinden', 'pp', true]],
    publication: [['om op onze website te publiceren', 'cl'], ['voor publicatie op sociale media', 'pp'], ['zodat wij het kunnen uitzenden in ons radioprogramma', 'cl']],
  },
  refer: [
    (g) => `Dat doen wij ${g.t}.`,
    (g) => `Dit gebeurt ${g.t}.`,
    (g) => `De opname wordt gebruikt ${g.t}.`,
    (g) => `Opnames worden bewaard ${g.t}.`,
  ],
  helps: (g) => (g.kind === 'cl' && g.t.startsWith('om ') && !g.t.startsWith('om te') ? `Dat helpt ons ${g.t}.` : undefined),
  relative: [
    (g) => (g.kind === 'pp' ? `Wij maken een opname van dit gesprek, die wij ${g.t} gebruiken.` : `Wij maken een opname van dit gesprek, die wij gebruiken ${g.t}.`),
    (g) => (g.kind === 'pp' ? `Gesprekken worden opgenomen door ons team, dat de opnames ${g.t} gebruikt.` : `Gesprekken worden opgenomen door ons team, dat de opnames gebruikt ${g.t}.`),
  ],
  join: { and: (a, b) => `${a} en ${b}`, or: (a, b) => `${a} of ${b}`, asWellAs: (a, b) => `${a} en ook ${b}`, list3: (a, b, c) => `${a}, ${b} en ${c}` },
  negGoals: { marketing: 'voor marketing', 'ai-training': 'om AI-modellen te trainen', 'employee-evaluation': 'voor de beoordeling van individuele medewerkers', publication: 'voor publicatie', 'speech-analytics': 'voor spraakanalyse' },
  negation: [
    ['but-never', (r, a, n) => `${after('nl', r, { id: '', t: a.t, kind: a.kind })}`.replace(/\.$/, `, maar nooit ${n}.`), true],
    ['not', (r, a, n) => `${after('nl', r, { id: '', t: a.t, kind: a.kind })}`.replace(/\.$/, `, niet ${n}.`), true],
    ['never-use', (r, a, n) => `${after('nl', r, { id: '', t: a.t, kind: a.kind })} Wij gebruiken de opname nooit ${n}.`, true],
    ['is-not-used', (r, a, n) => `${after('nl', r, { id: '', t: a.t, kind: a.kind })} De opname wordt niet gebruikt ${n}.`, true],
    ['alone', (r, _a, n) => `${after('nl', r, undefined)} De opname wordt nooit gebruikt ${n}.`, false],
  ],
  fixed: [
    ['condition', 'opt-out-alone', 'Wilt u niet dat dit gesprek wordt opgenomen, zeg dat dan tegen de medewerker.', true, false, [], false],
    ['condition', 'opt-out-first', 'Als u liever niet wordt opgenomen, laat het onze adviseur weten. Gesprekken worden opgenomen voor trainingsdoeleinden.', true, false, ['staff-training'], false],
    ['condition', 'object-after', 'Dit gesprek wordt opgenomen om onze dienstverlening te verbeteren. Heeft u bezwaar, laat het ons weten, dan stoppen wij de opname.', true, false, ['quality-assurance'], false],
    ['condition', 'press-key', 'Druk op 1 als u niet wilt dat dit gesprek wordt opgenomen.', true, false, [], false],
    ['condition', 'ask', 'Vindt u het goed als wij dit gesprek opnemen?', true, false, [], false],
    ['denial', 'not-recorded', 'Dit gesprek wordt niet opgenomen.', false, true, [], false],
    ['denial', 'active', 'Wij nemen gesprekken op deze lijn niet op.', false, true, [], false],
    ['denial', 'never', 'Gesprekken met dit nummer worden nooit opgenomen.', false, true, [], false],
    ['denial', 'not-all', 'Niet alle gesprekken worden opgenomen.', true, false, [], false],
    ['denial', 'listener', 'Dit gesprek wordt niet opgenomen, maar een teamleider kan meeluisteren om onze medewerkers te coachen.', false, true, ['staff-training'], false],
    ['look-alike', 'recorded-message', 'Druk op 1 voor een ingesproken bericht over onze openingstijden.', false, false, [], false],
    ['look-alike', 'webinar', 'De opname van het webinar van vorige week staat op onze website.', false, false, [], false],
    ['look-alike', 'podcast', 'Onze nieuwste podcast is opgenomen op ons hoofdkantoor.', false, false, [], false],
    ['look-alike', 'menu', 'Voor klachten, toets 2. Voor trainingen, toets 3.', false, false, [], false],
    ['look-alike', 'refers-to-nothing', 'Dat doen wij om onze medewerkers op te leiden.', false, false, [], false],
    ['look-alike', 'welcome', 'Welkom bij het klachtenteam. Dit gesprek wordt opgenomen.', true, false, [], false],
  ],
};

// ── German ─────────────────────────────────────────────────────────────────
const DE: LangParts = {
  lang: 'de',
  recs: [
    { id: 'may-passive', s: 'Dieses Gespräch kann {P} aufgezeichnet werden', inv: 'kann dieses Gespräch aufgezeichnet werden' },
    { id: 'is-passive', s: 'Dieses Gespräch wird {P} aufgezeichnet', inv: 'wird dieses Gespräch aufgezeichnet' },
    { id: 'plural-passive', s: 'Gespräche werden {P} aufgezeichnet', inv: 'werden Gespräche aufgezeichnet' },
    { id: 'aufgenommen', s: 'Ihr Anruf wird {P} aufgenommen', inv: 'wird Ihr Anruf aufgenommen' },
    { id: 'possibly', s: 'Dieses Gespräch wird möglicherweise {P} aufgezeichnet', inv: 'wird dieses Gespräch möglicherweise aufgezeichnet' },
    { id: 'mitgeschnitten', s: 'Ihr Gespräch kann {P} mitgeschnitten werden', inv: 'kann Ihr Gespräch mitgeschnitten werden' },
    { id: 'now', s: 'Dieses Gespräch wird gerade {P} aufgezeichnet', inv: 'wird dieses Gespräch gerade aufgezeichnet' },
    { id: 'active-we', s: 'Wir zeichnen alle Gespräche {P} auf', inv: 'zeichnen wir alle Gespräche auf' },
    { id: 'active-may', s: 'Wir können Ihr Gespräch {P} aufzeichnen', inv: 'können wir Ihr Gespräch aufzeichnen' },
    { id: 'active-agents', s: 'Unsere Mitarbeiter können dieses Gespräch {P} aufzeichnen', inv: 'können unsere Mitarbeiter dieses Gespräch aufzeichnen' },
    { id: 'active-future', s: 'Wir werden dieses Gespräch {P} aufzeichnen', inv: 'werden wir dieses Gespräch aufzeichnen' },
    { id: 'conversation', s: 'Ihr Gespräch mit uns wird {P} aufgezeichnet', inv: 'wird Ihr Gespräch mit uns aufgezeichnet' },
    { id: 'line', s: 'Gespräche auf dieser Leitung werden {P} aufgezeichnet', inv: 'werden Gespräche auf dieser Leitung aufgezeichnet' },
    { id: 'call-with-adviser', s: 'Das Gespräch mit unserem Berater wird {P} aufgezeichnet', inv: 'wird das Gespräch mit unserem Berater aufgezeichnet' },
    { id: 'consultation', s: 'Ihre Beratung kann {P} aufgezeichnet werden', inv: 'kann Ihre Beratung aufgezeichnet werden' },
    { id: 'session', s: 'Die Sitzung mit Ihrem Berater wird {P} aufgezeichnet', inv: 'wird die Sitzung mit Ihrem Berater aufgezeichnet' },
    { id: 'noun-made', s: 'Von diesem Gespräch wird {P} eine Aufzeichnung angefertigt', inv: 'wird von diesem Gespräch eine Aufzeichnung angefertigt' },
    { id: 'noun-we-make', s: 'Wir fertigen {P} eine Aufnahme dieses Gesprächs an', inv: 'fertigen wir eine Aufnahme dieses Gesprächs an' },
    { id: 'noun-keep', s: 'Wir speichern {P} eine Aufzeichnung Ihres Anrufs', inv: 'speichern wir eine Aufzeichnung Ihres Anrufs' },
    { id: 'monitored-or', s: 'Gespräche können {P} mitgehört und aufgezeichnet werden', inv: 'können Gespräche mitgehört und aufgezeichnet werden' },
    { id: 'stored', s: 'Dieses Gespräch wird {P} aufgezeichnet und gespeichert', inv: 'wird dieses Gespräch aufgezeichnet und gespeichert' },
    { id: 'transcribed', s: 'Ihr Gespräch wird {P} aufgezeichnet und transkribiert', inv: 'wird Ihr Gespräch aufgezeichnet und transkribiert' },
  ],
  interveners: [
    { id: 'adverb', s: 'Dieses Gespräch wird gelegentlich {P} aufgezeichnet', inv: 'wird dieses Gespräch gelegentlich aufgezeichnet' },
    { id: 'from-time-to-time', s: 'Gespräche werden von Zeit zu Zeit {P} aufgezeichnet', inv: 'werden Gespräche von Zeit zu Zeit aufgezeichnet' },
    { id: 'company', s: 'Gespräche mit der Qualitätsdienst Nord GmbH werden {P} aufgezeichnet', inv: 'werden Gespräche mit der Qualitätsdienst Nord GmbH aufgezeichnet' },
    { id: 'parenthetical', s: 'Dieses Gespräch wird (mit Ihrem Einverständnis) {P} aufgezeichnet', inv: 'wird dieses Gespräch (mit Ihrem Einverständnis) aufgezeichnet' },
    { id: 'where-law-allows', s: 'Wir zeichnen dieses Gespräch, soweit gesetzlich zulässig, {P} auf', inv: 'zeichnen wir dieses Gespräch, soweit gesetzlich zulässig, auf' },
    { id: 'pp-between', s: 'Dieses Gespräch wird von unserem Team in Köln {P} aufgezeichnet', inv: 'wird dieses Gespräch von unserem Team in Köln aufgezeichnet' },
    { id: 'two-adverbs', s: 'Gespräche werden automatisch und sicher {P} aufgezeichnet', inv: 'werden Gespräche automatisch und sicher aufgezeichnet' },
    { id: 'please-note', s: 'Bitte beachten Sie, dass dieses Gespräch {P} aufgezeichnet werden kann', inv: 'kann dieses Gespräch, bitte beachten Sie das, aufgezeichnet werden' },
    { id: 'like-all', s: 'Wie alle Gespräche mit unseren Filialen wird dieses Gespräch {P} aufgezeichnet', inv: 'wird dieses Gespräch wie alle Gespräche mit unseren Filialen aufgezeichnet' },
  ],
  goals: {
    'quality-assurance': [['zu Qualitätszwecken', 'pp', true], ['zur Qualitätssicherung', 'pp'], ['um unseren Service zu verbessern', 'cl'], ['damit wir die Qualität unserer Beratung überprüfen können', 'cl'], ['zur Verbesserung unserer Servicequalität', 'pp']],
    'staff-training': [['zu Schulungszwecken', 'pp'], ['um unsere Mitarbeiter zu schulen', 'cl'], ['zur Einarbeitung neuer Kolleginnen und Kollegen', 'pp'], ['damit wir unser Team weiterbilden können', 'cl'], ['für die Ausbildung unserer Mitarbeitenden', 'pp']],
    'employee-evaluation': [['um die Leistung unserer Mitarbeiter zu beurteilen', 'cl'], ['zur Leistungsbeurteilung unserer Mitarbeiter', 'pp'], ['zur Bewertung unserer Beschäftigten', 'pp']],
    evidence: [['als Nachweis Ihres Auftrags', 'pp'], ['zu Beweiszwecken', 'pp'], ['damit wir später nachvollziehen können, was vereinbart wurde', 'cl'], ['im Falle von Streitigkeiten', 'pp'], ['um Vereinbarungen zu dokumentieren', 'cl']],
    'complaint-handling': [['zur Bearbeitung von Beschwerden', 'pp'], ['um Ihre Beschwerde zu prüfen', 'cl'], ['damit wir Reklamationen schneller klären können', 'cl'], ['für das Beschwerdemanagement', 'pp'], ['um Ihre Beschwerde, mit der nötigen Sorgfalt, zu bearbeiten', 'cl']],
    'legal-compliance': [['aufgrund gesetzlicher Vorgaben', 'pp'], ['um unsere gesetzlichen Pflichten zu erfüllen', 'cl'], ['zur Erfüllung regulatorischer Anforderungen', 'pp'], ['zu Compliance-Zwecken', 'pp', true]],
    'fraud-prevention': [['zur Betrugsprävention', 'pp'], ['um Betrug zu verhindern', 'cl'], ['zu Sicherheitszwecken', 'pp'], ['damit wir betrügerische Anrufe erkennen können', 'cl']],
    'staff-safety': [['zum Schutz unserer Mitarbeiter', 'pp'], ['um unsere Mitarbeitenden vor Beleidigungen und Drohungen zu schützen', 'cl'], ['damit wir Bedrohungen bei der Polizei anzeigen können', 'cl']],
    troubleshooting: [['zur Behebung technischer Störungen', 'pp'], ['um technische Fehler zu finden', 'cl'], ['damit wir Störungen in unserer Telefonanlage aufspüren können', 'cl']],
    'speech-analytics': [['zur Sprachanalyse', 'pp'], ['um automatisch auszuwerten, worüber Kunden anrufen', 'cl'], ['für eine automatische Auswertung von Gesprächsthemen', 'pp']],
    'emotion-recognition': [['um zu erkennen, ob Anrufer verärgert sind', 'cl'], ['zur Stimmungsanalyse', 'pp'], ['damit unser System Emotionen in Ihrer Stimme erkennen kann', 'cl']],
    'ai-training': [['um unsere KI-Modelle zu trainieren', 'cl'], ['zum Training unseres Sprachassistenten', 'pp'], ['um unsere Spracherkennung zu verbessern', 'cl']],
    marketing: [['zu Marketingzwecken', 'pp'], ['für Werbezwecke', 'pp'], ['um Ihnen passende Angebote zu machen', 'cl']],
    'service-provision': [['um Ihr Anliegen zu bearbeiten', 'cl'], ['zur Bearbeitung Ihres Auftrags', 'pp'], ['damit wir Ihnen eine schriftliche Zusammenfassung unserer Beratung schicken können', 'cl']],
    publication: [['zur Veröffentlichung auf unserer Website', 'pp'], ['um sie in unserem Podcast zu veröffentlichen', 'cl']],
  },
  refer: [
    (g) => (g.kind === 'pp' ? `Wir tun dies ${g.t}.` : `Wir tun dies, ${g.t}.`),
    (g) => (g.kind === 'pp' ? `Das geschieht ${g.t}.` : `Das geschieht, ${g.t}.`),
    (g) => (g.kind === 'pp' ? `Die Aufzeichnung wird ${g.t} genutzt.` : `Die Aufzeichnung wird genutzt, ${g.t}.`),
    (g) => (g.kind === 'pp' ? `Aufzeichnungen werden ${g.t} gespeichert.` : `Aufzeichnungen werden gespeichert, ${g.t}.`),
  ],
  helps: (g) => (g.kind === 'cl' && g.t.startsWith('um ') && !g.t.startsWith('um zu') ? `Das hilft uns, ${g.t.slice(3)}.` : undefined),
  relative: [
    (g) => (g.kind === 'pp' ? `Wir zeichnen dieses Gespräch auf, das wir ${g.t} nutzen.` : `Wir zeichnen dieses Gespräch auf, das wir nutzen, ${g.t}.`),
    (g) => (g.kind === 'pp' ? `Gespräche werden von unserem Team aufgezeichnet, das die Aufnahmen ${g.t} verwendet.` : `Gespräche werden von unserem Team aufgezeichnet, das die Aufnahmen verwendet, ${g.t}.`),
  ],
  join: { and: (a, b) => `${a} und ${b}`, or: (a, b) => `${a} oder ${b}`, asWellAs: (a, b) => `${a} sowie ${b}`, list3: (a, b, c) => `${a}, ${b} und ${c}` },
  negGoals: { marketing: 'für Werbung', 'ai-training': 'zum Training von KI-Modellen', 'employee-evaluation': 'zur Beurteilung einzelner Mitarbeiter', publication: 'zur Veröffentlichung', 'speech-analytics': 'zur Sprachanalyse' },
  negation: [
    ['but-never', (r, a, n) => (a.kind === 'pp' ? `${r.s.replace('{P}', `${a.t}, aber nie ${n},`)}.` : `${after('de', r, a).replace(/\.$/, `, aber nie ${n}.`)}`), true],
    ['not', (r, a, n) => (a.kind === 'pp' ? `${r.s.replace('{P}', `${a.t}, nicht ${n},`)}.` : `${after('de', r, a).replace(/\.$/, `, nicht ${n}.`)}`), true],
    ['never-use', (r, a, n) => `${after('de', r, a)} Wir nutzen die Aufzeichnung nie ${n}.`, true],
    ['is-not-used', (r, a, n) => `${after('de', r, a)} Die Aufzeichnung wird nicht ${n} verwendet.`, true],
    ['alone', (r, _a, n) => `${after('de', r, undefined)} Die Aufzeichnung wird nie ${n} verwendet.`, false],
  ],
  fixed: [
    ['condition', 'opt-out-alone', 'Wenn Sie nicht aufgezeichnet werden möchten, sagen Sie es bitte.', true, false, [], false],
    ['condition', 'opt-out-first', 'Wenn Sie keine Aufzeichnung wünschen, sagen Sie es unserem Berater. Gespräche werden zu Schulungszwecken aufgezeichnet.', true, false, ['staff-training'], false],
    ['condition', 'object-after', 'Dieses Gespräch wird aufgezeichnet, um unseren Service zu verbessern. Wenn Sie widersprechen, sagen Sie es uns und wir beenden die Aufzeichnung.', true, false, ['quality-assurance'], false],
    ['condition', 'press-key', 'Drücken Sie die 1, wenn dieses Gespräch nicht aufgezeichnet werden soll.', true, false, [], false],
    ['condition', 'ask', 'Sind Sie einverstanden, dass wir dieses Gespräch aufzeichnen?', true, false, [], false],
    ['denial', 'not-recorded', 'Dieses Gespräch wird nicht aufgezeichnet.', false, true, [], false],
    ['denial', 'active', 'Wir zeichnen Gespräche auf dieser Leitung nicht auf.', false, true, [], false],
    ['denial', 'never', 'Anrufe unter dieser Nummer werden nie aufgezeichnet.', false, true, [], false],
    ['denial', 'not-all', 'Nicht alle Gespräche werden aufgezeichnet.', true, false, [], false],
    ['denial', 'listener', 'Dieses Gespräch wird nicht aufgezeichnet, aber eine Teamleiterin kann mithören, um unsere Mitarbeiter zu coachen.', false, true, ['staff-training'], false],
    ['look-alike', 'recorded-message', 'Drücken Sie die 1, um eine aufgezeichnete Ansage zu unseren Öffnungszeiten zu hören.', false, false, [], false],
    ['look-alike', 'webinar', 'Die Aufzeichnung des Webinars von letzter Woche finden Sie auf unserer Website.', false, false, [], false],
    ['look-alike', 'podcast', 'Unser neuer Podcast wurde in unserer Zentrale aufgezeichnet.', false, false, [], false],
    ['look-alike', 'menu', 'Für Beschwerden drücken Sie die 2. Für Schulungen drücken Sie die 3.', false, false, [], false],
    ['look-alike', 'refers-to-nothing', 'Wir tun dies, um unsere Mitarbeiter zu schulen.', false, false, [], false],
    ['look-alike', 'welcome', 'Willkommen bei unserem Beschwerdeteam. Dieses Gespräch wird aufgezeichnet.', true, false, [], false],
  ],
};

// ── French ─────────────────────────────────────────────────────────────────
const FR: LangParts = {
  lang: 'fr',
  recs: [
    { id: 'may-passive', s: 'Cet appel peut être enregistré {P}' },
    { id: 'is-passive', s: 'Cet appel est enregistré {P}' },
    { id: 'plural-passive', s: 'Les appels sont enregistrés {P}' },
    { id: 'will-passive', s: 'Votre appel sera enregistré {P}' },
    { id: 'could-passive', s: 'Votre appel pourra être enregistré {P}' },
    { id: 'susceptible', s: "Cet appel est susceptible d'être enregistré {P}" },
    { id: 'progressive', s: "Cet appel est en cours d'enregistrement {P}" },
    { id: 'active-we', s: 'Nous enregistrons tous les appels {P}' },
    { id: 'active-may', s: 'Nous pouvons enregistrer votre appel {P}' },
    { id: 'active-agents', s: 'Nos conseillers peuvent enregistrer cet appel {P}' },
    { id: 'active-future', s: 'Nous allons enregistrer cet appel {P}' },
    { id: 'conversation', s: 'Votre conversation peut être enregistrée {P}' },
    { id: 'line', s: 'Les appels sur cette ligne sont enregistrés {P}' },
    { id: 'call-with-adviser', s: "L'appel avec notre conseiller est enregistré {P}" },
    { id: 'consultation', s: 'Votre consultation peut être enregistrée {P}' },
    { id: 'session', s: 'La séance avec votre conseiller est enregistrée {P}' },
    { id: 'noun-made', s: 'Un enregistrement de cet appel est effectué {P}' },
    { id: 'noun-subject-to', s: "Les appels font l'objet d'un enregistrement {P}" },
    { id: 'noun-keep', s: 'Nous conservons un enregistrement de votre appel {P}' },
    { id: 'monitored-or', s: 'Les appels peuvent être écoutés et/ou enregistrés {P}' },
    { id: 'stored', s: 'Cet appel est enregistré et conservé {P}' },
    { id: 'transcribed', s: 'Votre appel est enregistré et retranscrit {P}' },
  ],
  interveners: [
    { id: 'adverb', s: 'Cet appel peut parfois être enregistré {P}' },
    { id: 'from-time-to-time', s: 'Les appels sont, de temps en temps, enregistrés {P}' },
    { id: 'company', s: 'Les appels vers Sécurité Formation Conseil SARL sont enregistrés {P}' },
    { id: 'parenthetical', s: 'Cet appel peut être enregistré (et écouté) {P}' },
    { id: 'where-law-allows', s: 'Votre appel peut être enregistré, dans le respect de la loi, {P}' },
    { id: 'with-permission', s: 'Nous pouvons, avec votre accord, enregistrer cet appel {P}' },
    { id: 'pp-between', s: 'Cet appel sera enregistré par notre équipe de Lyon {P}' },
    { id: 'two-adverbs', s: 'Les appels sont enregistrés automatiquement et en toute sécurité {P}' },
    { id: 'please-note', s: 'Nous vous informons que cet appel peut être enregistré {P}' },
    { id: 'like-all', s: 'Comme tous les appels vers nos agences, cet appel est enregistré {P}' },
  ],
  goals: {
    'quality-assurance': [['à des fins de qualité', 'pp', true], ['pour améliorer la qualité de notre service', 'cl'], ['afin de contrôler la qualité de nos réponses', 'cl'], ['dans le cadre du contrôle qualité', 'pp'], ['pour nous aider à améliorer notre service', 'cl']],
    'staff-training': [['à des fins de formation', 'pp'], ['pour former nos conseillers', 'cl'], ["afin d'accompagner nos nouveaux collaborateurs", 'cl'], ['dans le cadre de la formation de nos équipes', 'pp']],
    'employee-evaluation': [['pour évaluer les performances de nos conseillers', 'cl'], ["dans le cadre de l'évaluation de nos collaborateurs", 'pp']],
    evidence: [['à titre de preuve', 'pp'], ['en cas de litige', 'pp'], ['afin de conserver une preuve de votre accord', 'cl'], ['pour pouvoir vérifier ultérieurement ce qui a été convenu', 'cl']],
    'complaint-handling': [['pour traiter vos réclamations', 'cl'], ['dans le cadre du traitement des réclamations', 'pp'], ["afin d'examiner votre plainte", 'cl'], ['pour traiter, avec soin, votre réclamation', 'cl']],
    'legal-compliance': [['pour respecter nos obligations légales', 'cl'], ['afin de satisfaire aux exigences réglementaires', 'cl'], ['à des fins de conformité', 'pp', true], ["à des fins d'audit", 'pp', true]],
    'fraud-prevention': [['pour prévenir la fraude', 'cl'], ['à des fins de sécurité', 'pp'], ['dans le cadre de la lutte contre la fraude', 'pp'], ['pour votre sécurité', 'pp']],
    'staff-safety': [['pour protéger nos collaborateurs contre les agressions', 'cl'], ['pour la sécurité de nos conseillers', 'pp'], ['afin de pouvoir signaler les menaces à la police', 'cl']],
    troubleshooting: [['pour détecter les problèmes techniques', 'cl'], ['afin de résoudre les incidents techniques sur la ligne', 'cl']],
    'speech-analytics': [["à des fins d'analyse vocale", 'pp'], ['pour analyser automatiquement les sujets abordés par nos clients', 'cl']],
    'emotion-recognition': [['pour détecter si les appelants sont mécontents', 'cl'], ["à des fins d'analyse des émotions", 'pp'], ['afin que notre système reconnaisse les émotions dans votre voix', 'cl']],
    'ai-training': [["pour entraîner nos modèles d'intelligence artificielle", 'cl'], ["afin d'améliorer notre reconnaissance vocale", 'cl'], ["pour l'entraînement de notre assistant virtuel", 'pp']],
    marketing: [['à des fins de marketing', 'pp'], ['pour vous proposer des offres personnalisées', 'cl'], ['à des fins de prospection commerciale', 'pp']],
    'service-provision': [['pour traiter votre demande', 'cl'], ['afin de gérer votre dossier', 'cl'], ['pour pouvoir vous envoyer un résumé écrit de nos conseils', 'cl']],
    publication: [['pour être publié sur notre site', 'cl'], ['en vue de sa diffusion sur nos réseaux sociaux', 'pp']],
  },
  refer: [
    (g) => `Nous le faisons ${g.t}.`,
    (g) => `Cela se fait ${g.t}.`,
    (g) => `L'enregistrement est utilisé ${g.t}.`,
    (g) => `Les enregistrements sont conservés ${g.t}.`,
  ],
  helps: (g) => {
    if (g.kind !== 'cl') return undefined;
    const m = /^(pour|afin de|afin d') ?(.*)$/.exec(g.t);
    if (!m || /^(pouvoir|être|nous)/.test(m[2])) return undefined;
    return `Cela nous permet ${/^[aeiouéèêh]/i.test(m[2]) ? "d'" : 'de '}${m[2]}.`;
  },
  relative: [
    (g) => `Nous enregistrons cet appel, que nous utilisons ${g.t}.`,
    (g) => `Les appels sont enregistrés par notre équipe, qui utilise les enregistrements ${g.t}.`,
  ],
  join: { and: (a, b) => `${a} et ${b}`, or: (a, b) => `${a} ou ${b}`, asWellAs: (a, b) => `${a} ainsi que ${b}`, list3: (a, b, c) => `${a}, ${b} et ${c}` },
  negGoals: { marketing: 'à des fins de marketing', 'ai-training': "pour entraîner des modèles d'IA", 'employee-evaluation': "pour l'évaluation individuelle des conseillers", publication: 'pour une publication', 'speech-analytics': "à des fins d'analyse vocale" },
  negation: [
    ['but-never', (r, a, n) => `${r.s.replace('{P}', a.t)}, mais jamais ${n}.`, true],
    ['not', (r, a, n) => `${r.s.replace('{P}', a.t)}, et non ${n}.`, true],
    ['never-use', (r, a, n) => `${r.s.replace('{P}', a.t)}. Nous n'utilisons jamais l'enregistrement ${n}.`, true],
    ['is-not-used', (r, a, n) => `${r.s.replace('{P}', a.t)} ; il n'est pas utilisé ${n}.`, true],
    ['alone', (r, _a, n) => `${r.s.replace(' {P}', '')}. L'enregistrement n'est jamais utilisé ${n}.`, false],
  ],
  fixed: [
    ['condition', 'opt-out-alone', 'Si vous ne souhaitez pas être enregistré, merci de le signaler.', true, false, [], false],
    ['condition', 'opt-out-first', "Si vous préférez ne pas être enregistré, dites-le à votre conseiller. Les appels sont enregistrés à des fins de formation.", true, false, ['staff-training'], false],
    ['condition', 'object-after', "Cet appel est enregistré pour améliorer la qualité de notre service. Si vous vous y opposez, dites-le-nous et nous arrêterons l'enregistrement.", true, false, ['quality-assurance'], false],
    ['condition', 'press-key', "Tapez 1 si vous ne souhaitez pas que cet appel soit enregistré.", true, false, [], false],
    ['condition', 'ask', 'Acceptez-vous que nous enregistrions cet appel ?', true, false, [], false],
    ['denial', 'not-recorded', "Cet appel n'est pas enregistré.", false, true, [], false],
    ['denial', 'active', "Nous n'enregistrons pas les appels sur cette ligne.", false, true, [], false],
    ['denial', 'never', 'Les appels vers ce numéro ne sont jamais enregistrés.', false, true, [], false],
    ['denial', 'not-all', 'Les appels ne sont pas tous enregistrés.', true, false, [], false],
    ['denial', 'listener', "Cet appel n'est pas enregistré, mais un responsable peut écouter pour accompagner nos conseillers.", false, true, ['staff-training'], false],
    ['look-alike', 'recorded-message', 'Tapez 1 pour écouter un message enregistré sur nos horaires.', false, false, [], false],
    ['look-alike', 'webinar', "L'enregistrement du webinaire de la semaine dernière est sur notre site.", false, false, [], false],
    ['look-alike', 'podcast', 'Notre dernier podcast a été enregistré à notre siège.', false, false, [], false],
    ['look-alike', 'menu', 'Pour les réclamations, tapez 2. Pour nos formations, tapez 3.', false, false, [], false],
    ['look-alike', 'refers-to-nothing', 'Nous le faisons pour former nos conseillers.', false, false, [], false],
    ['look-alike', 'welcome', 'Bienvenue au service réclamations. Cet appel est enregistré.', true, false, [], false],
  ],
};

// ── Spanish ────────────────────────────────────────────────────────────────
const ES: LangParts = {
  lang: 'es',
  recs: [
    { id: 'may-passive', s: 'Esta llamada puede ser grabada {P}' },
    { id: 'reflexive', s: 'Esta llamada se graba {P}' },
    { id: 'plural-passive', s: 'Las llamadas se graban {P}' },
    { id: 'will-passive', s: 'Su llamada será grabada {P}' },
    { id: 'could-passive', s: 'Su llamada podrá ser grabada {P}' },
    { id: 'might-passive', s: 'Esta llamada podría ser grabada {P}' },
    { id: 'progressive', s: 'Esta llamada está siendo grabada {P}' },
    { id: 'active-we', s: 'Grabamos todas las llamadas {P}' },
    { id: 'active-may', s: 'Podemos grabar su llamada {P}' },
    { id: 'active-agents', s: 'Nuestros agentes pueden grabar esta llamada {P}' },
    { id: 'active-future', s: 'Vamos a grabar esta llamada {P}' },
    { id: 'conversation', s: 'Su conversación puede ser grabada {P}' },
    { id: 'line', s: 'Las llamadas a esta línea se graban {P}' },
    { id: 'call-with-adviser', s: 'La llamada con nuestro asesor será grabada {P}' },
    { id: 'consultation', s: 'Su consulta puede ser grabada {P}' },
    { id: 'session', s: 'La sesión con su asesor se graba {P}' },
    { id: 'noun-made', s: 'Se realiza una grabación de esta llamada {P}' },
    { id: 'noun-subject-to', s: 'Las llamadas están sujetas a grabación {P}' },
    { id: 'noun-keep', s: 'Conservamos una grabación de su llamada {P}' },
    { id: 'monitored-or', s: 'Las llamadas pueden ser monitorizadas y/o grabadas {P}' },
    { id: 'stored', s: 'Esta llamada se graba y se conserva {P}' },
    { id: 'transcribed', s: 'Su llamada se graba y se transcribe {P}' },
    { id: 'quedar', s: 'Esta llamada puede quedar grabada {P}' },
  ],
  interveners: [
    { id: 'adverb', s: 'Esta llamada puede ser grabada ocasionalmente {P}' },
    { id: 'from-time-to-time', s: 'Las llamadas se graban, de vez en cuando, {P}' },
    { id: 'company', s: 'Las llamadas a Seguridad Calidad Formación S.L. se graban {P}' },
    { id: 'parenthetical', s: 'Esta llamada puede ser grabada (y escuchada) {P}' },
    { id: 'where-law-allows', s: 'Su llamada puede ser grabada, de acuerdo con la ley, {P}' },
    { id: 'with-permission', s: 'Podemos, con su permiso, grabar esta llamada {P}' },
    { id: 'pp-between', s: 'Esta llamada será grabada por nuestro equipo de Madrid {P}' },
    { id: 'two-adverbs', s: 'Las llamadas se graban automáticamente y de forma segura {P}' },
    { id: 'please-note', s: 'Le informamos de que esta llamada puede ser grabada {P}' },
    { id: 'like-all', s: 'Como todas las llamadas a nuestras oficinas, esta llamada se graba {P}' },
  ],
  goals: {
    'quality-assurance': [['con fines de calidad', 'pp', true], ['para mejorar nuestro servicio', 'cl'], ['para controlar la calidad de la atención', 'cl'], ['con el fin de garantizar la calidad del servicio', 'cl'], ['para ayudarnos a mejorar la atención que le damos', 'cl']],
    'staff-training': [['con fines de formación', 'pp'], ['para formar a nuestros agentes', 'cl'], ['para la capacitación de nuestro personal', 'pp'], ['con el objetivo de entrenar a nuevos empleados', 'cl']],
    'employee-evaluation': [['para evaluar el desempeño de nuestros agentes', 'cl'], ['para la evaluación de nuestros empleados', 'pp']],
    evidence: [['como prueba de lo acordado', 'pp'], ['en caso de disputa', 'pp'], ['para poder comprobar más adelante lo que se acordó', 'cl'], ['para dejar constancia de su contratación', 'cl']],
    'complaint-handling': [['para gestionar sus reclamaciones', 'cl'], ['para la tramitación de quejas', 'pp'], ['con el fin de investigar su reclamación', 'cl'], ['para tramitar, con cuidado, su queja', 'cl']],
    'legal-compliance': [['para cumplir con nuestras obligaciones legales', 'cl'], ['por obligación legal', 'pp'], ['para cumplir la normativa vigente', 'cl'], ['por motivos de cumplimiento', 'pp', true]],
    'fraud-prevention': [['para prevenir el fraude', 'cl'], ['por motivos de seguridad', 'pp'], ['para protegerle contra el fraude', 'cl'], ['para su seguridad', 'pp']],
    'staff-safety': [['para proteger a nuestros empleados frente a agresiones', 'cl'], ['por la seguridad de nuestro personal', 'pp'], ['para poder denunciar amenazas a la policía', 'cl']],
    troubleshooting: [['para detectar fallos técnicos', 'cl'], ['para resolver problemas técnicos en la línea', 'cl']],
    'speech-analytics': [['para la analítica de voz', 'pp'], ['para analizar automáticamente los temas de las llamadas', 'cl']],
    'emotion-recognition': [['para detectar si los clientes están molestos', 'cl'], ['para el análisis de sentimiento', 'pp'], ['para que nuestro sistema reconozca las emociones en su voz', 'cl']],
    'ai-training': [['para entrenar nuestros modelos de inteligencia artificial', 'cl'], ['para mejorar nuestro reconocimiento de voz', 'cl'], ['para el entrenamiento de nuestro asistente virtual', 'pp']],
    marketing: [['con fines de marketing', 'pp'], ['para enviarle ofertas personalizadas', 'cl'], ['con fines publicitarios', 'pp']],
    'service-provision': [['para tramitar su solicitud', 'cl'], ['para gestionar su pedido', 'cl'], ['para poder enviarle un resumen por escrito de nuestro asesoramiento', 'cl']],
    publication: [['para publicarla en nuestra web', 'cl'], ['para su difusión en redes sociales', 'pp']],
  },
  refer: [
    (g) => `Lo hacemos ${g.t}.`,
    (g) => `Esto se hace ${g.t}.`,
    (g) => `La grabación se utiliza ${g.t}.`,
    (g) => `Las grabaciones se conservan ${g.t}.`,
  ],
  helps: (g) => (g.kind === 'cl' && g.t.startsWith('para ') && !/^para (poder|que|ayudarnos)/.test(g.t) ? `Esto nos permite ${g.t.slice(5)}.` : undefined),
  relative: [
    (g) => `Grabamos esta llamada, que utilizamos ${g.t}.`,
    (g) => `Las llamadas son grabadas por nuestro equipo, que utiliza las grabaciones ${g.t}.`,
  ],
  join: {
    and: (a, b) => `${a} ${/^h?i/i.test(b) ? 'e' : 'y'} ${b}`,
    or: (a, b) => `${a} ${/^h?o/i.test(b) ? 'u' : 'o'} ${b}`,
    asWellAs: (a, b) => `${a}, así como ${b}`,
    list3: (a, b, c) => `${a}, ${b} ${/^h?i/i.test(c) ? 'e' : 'y'} ${c}`,
  },
  negGoals: { marketing: 'con fines de marketing', 'ai-training': 'para entrenar modelos de IA', 'employee-evaluation': 'para evaluar a cada empleado', publication: 'para su publicación', 'speech-analytics': 'para la analítica de voz' },
  negation: [
    ['but-never', (r, a, n) => `${r.s.replace('{P}', a.t)}, pero nunca ${n}.`, true],
    ['not', (r, a, n) => `${r.s.replace('{P}', a.t)}, no ${n}.`, true],
    ['never-use', (r, a, n) => `${r.s.replace('{P}', a.t)}. Nunca utilizamos la grabación ${n}.`, true],
    ['is-not-used', (r, a, n) => `${r.s.replace('{P}', a.t)}; no se utiliza ${n}.`, true],
    ['alone', (r, _a, n) => `${r.s.replace(' {P}', '')}. La grabación nunca se utiliza ${n}.`, false],
  ],
  fixed: [
    ['condition', 'opt-out-alone', 'Si no desea que se grabe la llamada, indíquelo, por favor.', true, false, [], false],
    ['condition', 'opt-out-first', 'Si prefiere no ser grabado, dígaselo a su asesor. Las llamadas se graban con fines de formación.', true, false, ['staff-training'], false],
    ['condition', 'object-after', 'Esta llamada se graba para mejorar nuestro servicio. Si se opone, díganoslo y detendremos la grabación.', true, false, ['quality-assurance'], false],
    ['condition', 'press-key', 'Pulse 1 si no desea que esta llamada sea grabada.', true, false, [], false],
    ['condition', 'ask', '¿Nos permite grabar esta llamada?', true, false, [], false],
    ['denial', 'not-recorded', 'Esta llamada no se graba.', false, true, [], false],
    ['denial', 'active', 'No grabamos las llamadas de esta línea.', false, true, [], false],
    ['denial', 'never', 'Las llamadas a este número nunca se graban.', false, true, [], false],
    ['denial', 'not-all', 'No todas las llamadas se graban.', true, false, [], false],
    ['denial', 'listener', 'Esta llamada no se graba, pero un supervisor puede escucharla para formar a nuestros agentes.', false, true, ['staff-training'], false],
    ['look-alike', 'recorded-message', 'Pulse 1 para escuchar un mensaje grabado sobre nuestros horarios.', false, false, [], false],
    ['look-alike', 'webinar', 'La grabación del seminario web de la semana pasada está en nuestra web.', false, false, [], false],
    ['look-alike', 'podcast', 'Nuestro último pódcast se grabó en nuestra sede.', false, false, [], false],
    ['look-alike', 'menu', 'Para reclamaciones, pulse 2. Para cursos de formación, pulse 3.', false, false, [], false],
    ['look-alike', 'refers-to-nothing', 'Lo hacemos para formar a nuestros agentes.', false, false, [], false],
    ['look-alike', 'welcome', 'Bienvenido al departamento de reclamaciones. Esta llamada se graba.', true, false, [], false],
  ],
};

export const LANG_PARTS: readonly LangParts[] = [EN, NL, DE, FR, ES];

function goalsOf(p: LangParts): Goal[] {
  const out: Goal[] = [];
  for (const [id, list] of Object.entries(p.goals)) for (const [t, kind, vague] of list) out.push({ id, t, kind, vague: vague === true });
  return out;
}

/** Compose the matrix. */
export function buildMatrix(): MatrixCase[] {
  const out: MatrixCase[] = [];
  const seen = new Set<string>();
  for (const p of LANG_PARTS) {
    const L = p.lang;
    const goals = goalsOf(p);
    const add = (dim: string, sub: string, key: string, text: string, records: boolean, denies: boolean, gs: Goal[], excluded: string[] = [], vagueExtra = false): void => {
      const id = `${L}/${dim}/${sub}/${key}`;
      if (seen.has(id)) throw new Error(`duplicate matrix id ${id}`);
      seen.add(id);
      out.push({ id, lang: L, dim, sub, text, records, denies, purposes: [...new Set(gs.map((g) => g.id))].sort(), excluded, vague: vagueExtra || gs.some((g) => g.vague === true) });
    };
    // 1. recording forms: each alone, and with three goals (a clause, a phrase, a vague phrase) after it
    const probeGoals = [goals.find((g) => g.id === 'staff-training' && g.kind === 'cl')!, goals.find((g) => g.id === 'fraud-prevention' && g.kind === 'pp')!, goals.find((g) => g.id === 'quality-assurance' && g.vague)!];
    for (const r of p.recs) {
      add('rec-form', r.id, 'plain', after(L, r, undefined), true, false, []);
      for (const g of probeGoals) add('rec-form', r.id, `${g.id}:${g.kind}`, after(L, r, g), true, false, [g]);
    }
    // 2. purposes × positions: each phrasing after and before a rotating recording form, in a next
    //    sentence that refers back, after "this helps us", and in a relative clause
    goals.forEach((g, i) => {
      const r = p.recs[i % p.recs.length];
      const r2 = p.recs[(i * 7 + 3) % p.recs.length];
      const key = `${g.id}#${p.goals[g.id].findIndex((x) => x[0] === g.t)}`;
      add('purpose', g.id, `${key}:after`, after(L, r, g), true, false, [g]);
      add('position', 'after', key, after(L, r2, g), true, false, [g]);
      add('position', 'before', key, front(L, r, g), true, false, [g]);
      p.refer.forEach((f, j) => {
        if ((i + j) % 2 === 0) add('position', `next-sentence-${j}`, key, `${after(L, p.recs[(i + j) % p.recs.length], undefined)} ${f(g)}`, true, false, [g]);
      });
      const h = p.helps(g);
      if (h) add('position', 'helps', key, `${after(L, r2, undefined)} ${h}`, true, false, [g]);
      add('position', `relative-${i % p.relative.length}`, key, p.relative[i % p.relative.length](g), true, false, [g]);
    });
    // 3. interveners: each with six goals in rotation
    p.interveners.forEach((r, i) => {
      for (let k = 0; k < 6; k++) {
        const g = goals[(i * 5 + k * 11) % goals.length];
        add('intervener', r.id, `${g.id}#${k}`, after(L, r, g), true, false, [g]);
      }
    });
    // 4. two or three purposes joined: same kind, different ids
    const byKind = (kind: 'pp' | 'cl'): Goal[] => goals.filter((g) => g.kind === kind && !g.t.includes(','));
    for (const kind of ['pp', 'cl'] as const) {
      const gs = byKind(kind);
      for (let i = 0; i < gs.length; i++) {
        const a = gs[i];
        const from = (start: number, skip: string[]): Goal => {
          for (let k = 0; k < gs.length; k++) {
            const x = gs[(start + k) % gs.length];
            if (!skip.includes(x.id)) return x;
          }
          throw new Error('no goal');
        };
        const b = from(i * 7 + 1, [a.id]);
        const c = from(i * 13 + 5, [a.id, b.id]);
        const r = p.recs[(i * 3 + (kind === 'pp' ? 0 : 1)) % p.recs.length];
        const joiner = (['and', 'or', 'asWellAs', 'list3'] as const)[i % 4];
        const t = joiner === 'list3' ? p.join.list3(a.t, b.t, c.t) : p.join[joiner](a.t, b.t);
        const joined: Goal = { id: '', t, kind };
        add('joined', joiner, `${kind}:${a.id}+${b.id}${joiner === 'list3' ? `+${c.id}` : ''}#${i}`, after(L, r, joined), true, false, joiner === 'list3' ? [a, b, c] : [a, b]);
      }
    }
    // 5. a negated purpose beside an affirmed one, and alone
    const negIds = Object.keys(p.negGoals);
    p.negation.forEach(([tid, build, withAff], j) => {
      negIds.forEach((nid, k) => {
        const aff = goals.filter((g) => !negIds.includes(g.id) && !g.vague && !g.t.includes(','))[(j * 5 + k * 3) % 20];
        const r = p.recs[(j * 4 + k) % p.recs.length];
        add('negation', tid, `${nid}${withAff ? `+${aff.id}` : ''}#${k}`, build(r, aff, p.negGoals[nid]), true, false, withAff ? [aff] : [], [nid]);
      });
    });
    // 6. conditions, denials, look-alikes
    for (const [dim, sub, text, records, denies, purposes, vague] of p.fixed) {
      add(dim, sub, 'fixed', text, records, denies, purposes.map((id) => ({ id, t: '', kind: 'pp' })), [], vague);
    }
  }
  return out;
}

/**
 * Cases the analyser still misreads, each with its reason: a floor, to be emptied. The test checks both
 * ways: a known case that is read right now must be taken off.
 */
export const KNOWN: Record<string, string> = {
  // KNOWN:BEGIN
  "en/rec-form/line/quality-assurance:pp": "\"line … quality\" is read as line-quality troubleshooting across \"is recorded for\" (en troubleshooting phrase gap too wide)",
  "en/purpose/troubleshooting/troubleshooting#0:after": "\"monitored and/or recorded\" with a goal: the slash list loses the recording word (records false); without a goal it is read",
  "en/purpose/speech-analytics/speech-analytics#2:after": "speech analytics named by its outcome (\"spot trends in the topics\", \"automatisch auswerten, worüber Kunden anrufen\"): not yet in the vocabulary",
  "en/position/after/speech-analytics#2": "speech analytics named by its outcome (\"spot trends in the topics\", \"automatisch auswerten, worüber Kunden anrufen\"): not yet in the vocabulary",
  "en/position/next-sentence-1/speech-analytics#2": "speech analytics named by its outcome (\"spot trends in the topics\", \"automatisch auswerten, worüber Kunden anrufen\"): not yet in the vocabulary",
  "en/position/next-sentence-3/speech-analytics#2": "speech analytics named by its outcome (\"spot trends in the topics\", \"automatisch auswerten, worüber Kunden anrufen\"): not yet in the vocabulary",
  "en/position/relative-1/speech-analytics#2": "speech analytics named by its outcome (\"spot trends in the topics\", \"automatisch auswerten, worüber Kunden anrufen\"): not yet in the vocabulary",
  "en/purpose/service-provision/service-provision#3:after": "\"monitored and/or recorded\" with a goal: the slash list loses the recording word (records false); without a goal it is read",
  "en/intervener/please-note/speech-analytics#1": "speech analytics named by its outcome (\"spot trends in the topics\", \"automatisch auswerten, worüber Kunden anrufen\"): not yet in the vocabulary",
  "en/joined/and/cl:staff-training+speech-analytics#4": "speech analytics named by its outcome (\"spot trends in the topics\", \"automatisch auswerten, worüber Kunden anrufen\"): not yet in the vocabulary",
  "en/joined/or/cl:speech-analytics+fraud-prevention#29": "speech analytics named by its outcome (\"spot trends in the topics\", \"automatisch auswerten, worüber Kunden anrufen\"): not yet in the vocabulary",
  "en/negation/is-not-used/employee-evaluation+quality-assurance#2": "\"line … quality\" is read as line-quality troubleshooting across \"is recorded for\" (en troubleshooting phrase gap too wide)",
  "nl/purpose/fraud-prevention/fraud-prevention#4:after": "nl \"frauduleuze gesprekken herkennen\": the adjective of fraud is not in the vocabulary",
  "nl/position/after/fraud-prevention#4": "nl \"frauduleuze gesprekken herkennen\": the adjective of fraud is not in the vocabulary",
  "nl/position/before/fraud-prevention#4": "nl \"frauduleuze gesprekken herkennen\": the adjective of fraud is not in the vocabulary",
  "nl/position/next-sentence-1/fraud-prevention#4": "nl \"frauduleuze gesprekken herkennen\": the adjective of fraud is not in the vocabulary",
  "nl/position/next-sentence-3/fraud-prevention#4": "nl \"frauduleuze gesprekken herkennen\": the adjective of fraud is not in the vocabulary",
  "nl/position/relative-1/fraud-prevention#4": "nl \"frauduleuze gesprekken herkennen\": the adjective of fraud is not in the vocabulary",
  "nl/purpose/speech-analytics/speech-analytics#2:after": "speech analytics named by its outcome (\"spot trends in the topics\", \"automatisch auswerten, worüber Kunden anrufen\"): not yet in the vocabulary",
  "nl/position/after/speech-analytics#2": "speech analytics named by its outcome (\"spot trends in the topics\", \"automatisch auswerten, worüber Kunden anrufen\"): not yet in the vocabulary",
  "nl/position/before/speech-analytics#2": "speech analytics named by its outcome (\"spot trends in the topics\", \"automatisch auswerten, worüber Kunden anrufen\"): not yet in the vocabulary",
  "nl/position/next-sentence-1/speech-analytics#2": "speech analytics named by its outcome (\"spot trends in the topics\", \"automatisch auswerten, worüber Kunden anrufen\"): not yet in the vocabulary",
  "nl/position/next-sentence-3/speech-analytics#2": "speech analytics named by its outcome (\"spot trends in the topics\", \"automatisch auswerten, worüber Kunden anrufen\"): not yet in the vocabulary",
  "nl/position/relative-1/speech-analytics#2": "speech analytics named by its outcome (\"spot trends in the topics\", \"automatisch auswerten, worüber Kunden anrufen\"): not yet in the vocabulary",
  "nl/intervener/from-time-to-time/evidence#1": "a middle-field goal naming the caller's order or agreement (\"als Nachweis Ihres Auftrags aufgenommen\", \"als bewijs van de gemaakte afspraken opgenomen\"): the non-recording sense of R2 (\"Ihren Auftrag aufnehmen\", \"afspraken vastleggen\", \"*verzoek\") wins over the recording",
  "nl/intervener/from-time-to-time/service-provision#5": "a middle-field goal naming the caller's order or agreement (\"als Nachweis Ihres Auftrags aufgenommen\", \"als bewijs van de gemaakte afspraken opgenomen\"): the non-recording sense of R2 (\"Ihren Auftrag aufnehmen\", \"afspraken vastleggen\", \"*verzoek\") wins over the recording",
  "nl/intervener/please-note/fraud-prevention#0": "nl \"frauduleuze gesprekken herkennen\": the adjective of fraud is not in the vocabulary",
  "nl/joined/or/pp:quality-assurance+evidence#1": "a middle-field goal naming the caller's order or agreement (\"als Nachweis Ihres Auftrags aufgenommen\", \"als bewijs van de gemaakte afspraken opgenomen\"): the non-recording sense of R2 (\"Ihren Auftrag aufnehmen\", \"afspraken vastleggen\", \"*verzoek\") wins over the recording",
  "nl/joined/or/pp:legal-compliance+complaint-handling#13": "verb-last clause with a list of goals in the middle field before \"aufgenommen\" / \"opgenomen\": the participle of several senses is not read as recording (records false)",
  "nl/joined/list3/pp:fraud-prevention+service-provision+complaint-handling#15": "verb-last clause with a list of goals in the middle field before \"aufgenommen\" / \"opgenomen\": the participle of several senses is not read as recording (records false)",
  "nl/joined/or/cl:fraud-prevention+evidence#17": "nl \"frauduleuze gesprekken herkennen\": the adjective of fraud is not in the vocabulary",
  "nl/joined/and/cl:speech-analytics+troubleshooting#24": "speech analytics named by its outcome (\"spot trends in the topics\", \"automatisch auswerten, worüber Kunden anrufen\"): not yet in the vocabulary",
  "nl/joined/asWellAs/cl:service-provision+fraud-prevention#34": "nl \"frauduleuze gesprekken herkennen\": the adjective of fraud is not in the vocabulary",
  "nl/joined/list3/cl:publication+speech-analytics+fraud-prevention#35": "speech analytics named by its outcome (\"spot trends in the topics\", \"automatisch auswerten, worüber Kunden anrufen\"): not yet in the vocabulary",
  "nl/denial/active/fixed": "denial with a split verb: the particle (\"op\", \"auf\") is also the preposition of \"op deze lijn\" / \"auf dieser Leitung\", so the clause-final negation is not tied to the verb (recording.ts)",
  "de/purpose/speech-analytics/speech-analytics#1:after": "speech analytics named by its outcome (\"spot trends in the topics\", \"automatisch auswerten, worüber Kunden anrufen\"): not yet in the vocabulary",
  "de/position/after/speech-analytics#1": "speech analytics named by its outcome (\"spot trends in the topics\", \"automatisch auswerten, worüber Kunden anrufen\"): not yet in the vocabulary",
  "de/position/before/speech-analytics#1": "speech analytics named by its outcome (\"spot trends in the topics\", \"automatisch auswerten, worüber Kunden anrufen\"): not yet in the vocabulary",
  "de/position/next-sentence-0/speech-analytics#1": "speech analytics named by its outcome (\"spot trends in the topics\", \"automatisch auswerten, worüber Kunden anrufen\"): not yet in the vocabulary",
  "de/position/next-sentence-2/speech-analytics#1": "speech analytics named by its outcome (\"spot trends in the topics\", \"automatisch auswerten, worüber Kunden anrufen\"): not yet in the vocabulary",
  "de/position/helps/speech-analytics#1": "speech analytics named by its outcome (\"spot trends in the topics\", \"automatisch auswerten, worüber Kunden anrufen\"): not yet in the vocabulary",
  "de/position/relative-0/speech-analytics#1": "speech analytics named by its outcome (\"spot trends in the topics\", \"automatisch auswerten, worüber Kunden anrufen\"): not yet in the vocabulary",
  "de/intervener/from-time-to-time/speech-analytics#3": "speech analytics named by its outcome (\"spot trends in the topics\", \"automatisch auswerten, worüber Kunden anrufen\"): not yet in the vocabulary",
  "de/joined/or/pp:quality-assurance+evidence#1": "a middle-field goal naming the caller's order or agreement (\"als Nachweis Ihres Auftrags aufgenommen\", \"als bewijs van de gemaakte afspraken opgenomen\"): the non-recording sense of R2 (\"Ihren Auftrag aufnehmen\", \"afspraken vastleggen\", \"*verzoek\") wins over the recording",
  "de/joined/or/pp:staff-training+evidence#5": "a middle-field goal naming the caller's order or agreement (\"als Nachweis Ihres Auftrags aufgenommen\", \"als bewijs van de gemaakte afspraken opgenomen\"): the non-recording sense of R2 (\"Ihren Auftrag aufnehmen\", \"afspraken vastleggen\", \"*verzoek\") wins over the recording",
  "de/joined/list3/pp:complaint-handling+emotion-recognition+evidence#11": "a middle-field goal naming the caller's order or agreement (\"als Nachweis Ihres Auftrags aufgenommen\", \"als bewijs van de gemaakte afspraken opgenomen\"): the non-recording sense of R2 (\"Ihren Auftrag aufnehmen\", \"afspraken vastleggen\", \"*verzoek\") wins over the recording",
  "de/joined/or/pp:fraud-prevention+evidence#17": "a middle-field goal naming the caller's order or agreement (\"als Nachweis Ihres Auftrags aufgenommen\", \"als bewijs van de gemaakte afspraken opgenomen\"): the non-recording sense of R2 (\"Ihren Auftrag aufnehmen\", \"afspraken vastleggen\", \"*verzoek\") wins over the recording",
  "de/joined/list3/pp:ai-training+emotion-recognition+marketing#23": "verb-last clause with a list of goals in the middle field before \"aufgenommen\" / \"opgenomen\": the participle of several senses is not read as recording (records false)",
  "de/joined/or/pp:marketing+evidence#25": "a middle-field goal naming the caller's order or agreement (\"als Nachweis Ihres Auftrags aufgenommen\", \"als bewijs van de gemaakte afspraken opgenomen\"): the non-recording sense of R2 (\"Ihren Auftrag aufnehmen\", \"afspraken vastleggen\", \"*verzoek\") wins over the recording",
  "de/negation/but-never/publication+evidence#3": "a middle-field goal naming the caller's order or agreement (\"als Nachweis Ihres Auftrags aufgenommen\", \"als bewijs van de gemaakte afspraken opgenomen\"): the non-recording sense of R2 (\"Ihren Auftrag aufnehmen\", \"afspraken vastleggen\", \"*verzoek\") wins over the recording",
  "de/denial/active/fixed": "denial with a split verb: the particle (\"op\", \"auf\") is also the preposition of \"op deze lijn\" / \"auf dieser Leitung\", so the clause-final negation is not tied to the verb (recording.ts)",
  "fr/position/next-sentence-1/quality-assurance#3": "fr \"Cela se fait\" + \"dans le cadre de\" / \"à titre de\": the reference back (R22) does not reach these goal markers",
  "fr/position/next-sentence-1/evidence#0": "fr \"Cela se fait\" + \"dans le cadre de\" / \"à titre de\": the reference back (R22) does not reach these goal markers",
  "fr/position/next-sentence-1/fraud-prevention#2": "fr \"Cela se fait\" + \"dans le cadre de\" / \"à titre de\": the reference back (R22) does not reach these goal markers",
  "fr/purpose/speech-analytics/speech-analytics#0:after": "fr \"à des fins d'analyse vocale / des émotions\": the vague \"fins d'analyse\" (R5) fires although the analysis is named, and \"analyse des émotions\" is not read",
  "fr/position/after/speech-analytics#0": "fr \"à des fins d'analyse vocale / des émotions\": the vague \"fins d'analyse\" (R5) fires although the analysis is named, and \"analyse des émotions\" is not read",
  "fr/position/before/speech-analytics#0": "fr \"à des fins d'analyse vocale / des émotions\": the vague \"fins d'analyse\" (R5) fires although the analysis is named, and \"analyse des émotions\" is not read",
  "fr/position/next-sentence-0/speech-analytics#0": "fr \"à des fins d'analyse vocale / des émotions\": the vague \"fins d'analyse\" (R5) fires although the analysis is named, and \"analyse des émotions\" is not read",
  "fr/position/next-sentence-2/speech-analytics#0": "fr \"à des fins d'analyse vocale / des émotions\": the vague \"fins d'analyse\" (R5) fires although the analysis is named, and \"analyse des émotions\" is not read",
  "fr/position/relative-0/speech-analytics#0": "fr \"à des fins d'analyse vocale / des émotions\": the vague \"fins d'analyse\" (R5) fires although the analysis is named, and \"analyse des émotions\" is not read",
  "fr/purpose/emotion-recognition/emotion-recognition#1:after": "fr \"à des fins d'analyse vocale / des émotions\": the vague \"fins d'analyse\" (R5) fires although the analysis is named, and \"analyse des émotions\" is not read",
  "fr/position/after/emotion-recognition#1": "fr \"à des fins d'analyse vocale / des émotions\": the vague \"fins d'analyse\" (R5) fires although the analysis is named, and \"analyse des émotions\" is not read",
  "fr/position/before/emotion-recognition#1": "fr \"à des fins d'analyse vocale / des émotions\": the vague \"fins d'analyse\" (R5) fires although the analysis is named, and \"analyse des émotions\" is not read",
  "fr/position/next-sentence-1/emotion-recognition#1": "fr \"à des fins d'analyse vocale / des émotions\": the vague \"fins d'analyse\" (R5) fires although the analysis is named, and \"analyse des émotions\" is not read",
  "fr/position/next-sentence-3/emotion-recognition#1": "fr \"à des fins d'analyse vocale / des émotions\": the vague \"fins d'analyse\" (R5) fires although the analysis is named, and \"analyse des émotions\" is not read",
  "fr/position/relative-1/emotion-recognition#1": "fr \"à des fins d'analyse vocale / des émotions\": the vague \"fins d'analyse\" (R5) fires although the analysis is named, and \"analyse des émotions\" is not read",
  "fr/intervener/company/speech-analytics#2": "fr \"à des fins d'analyse vocale / des émotions\": the vague \"fins d'analyse\" (R5) fires although the analysis is named, and \"analyse des émotions\" is not read",
  "fr/intervener/with-permission/speech-analytics#5": "fr \"à des fins d'analyse vocale / des émotions\": the vague \"fins d'analyse\" (R5) fires although the analysis is named, and \"analyse des émotions\" is not read",
  "fr/intervener/pp-between/fraud-prevention#4": "the agent phrase \"par notre équipe\" / \"por nuestro equipo\" is read as the staff of a staff-safety or staff-training phrase",
  "fr/intervener/two-adverbs/emotion-recognition#0": "manner adverbial \"en toute sécurité\" / \"de forma segura\" (securely) read as a security purpose, or hiding the goal after it",
  "fr/intervener/two-adverbs/publication#1": "manner adverbial \"en toute sécurité\" / \"de forma segura\" (securely) read as a security purpose, or hiding the goal after it",
  "fr/intervener/two-adverbs/employee-evaluation#2": "manner adverbial \"en toute sécurité\" / \"de forma segura\" (securely) read as a security purpose, or hiding the goal after it",
  "fr/intervener/two-adverbs/legal-compliance#3": "manner adverbial \"en toute sécurité\" / \"de forma segura\" (securely) read as a security purpose, or hiding the goal after it",
  "fr/intervener/two-adverbs/troubleshooting#4": "manner adverbial \"en toute sécurité\" / \"de forma segura\" (securely) read as a security purpose, or hiding the goal after it",
  "fr/intervener/two-adverbs/marketing#5": "manner adverbial \"en toute sécurité\" / \"de forma segura\" (securely) read as a security purpose, or hiding the goal after it",
  "fr/joined/asWellAs/pp:staff-training+emotion-recognition#2": "fr \"à des fins d'analyse vocale / des émotions\": the vague \"fins d'analyse\" (R5) fires although the analysis is named, and \"analyse des émotions\" is not read",
  "fr/joined/asWellAs/pp:speech-analytics+publication#14": "fr \"à des fins d'analyse vocale / des émotions\": the vague \"fins d'analyse\" (R5) fires although the analysis is named, and \"analyse des émotions\" is not read",
  "fr/joined/list3/pp:publication+speech-analytics+fraud-prevention#19": "fr \"à des fins d'analyse vocale / des émotions\": the vague \"fins d'analyse\" (R5) fires although the analysis is named, and \"analyse des émotions\" is not read",
  "es/intervener/pp-between/fraud-prevention#4": "the agent phrase \"par notre équipe\" / \"por nuestro equipo\" is read as the staff of a staff-safety or staff-training phrase",
  "es/intervener/pp-between/ai-training#5": "the agent phrase \"par notre équipe\" / \"por nuestro equipo\" is read as the staff of a staff-safety or staff-training phrase",
  "es/denial/listener/fixed": "es listener with a clitic (\"escucharla\"): the listening verb is not recognised, so the listener's goal (R30) is not read",
  // KNOWN:END
};
