/**
 * reclint's vocabulary mapped to DPV 2.3 and to fideslang (register.md §6.3). Every DPV term here is in
 * `schemas/dpv-terms.json` (a test checks both ways); the terms are CURIEs of the prefixes below.
 */
import type { BuiltinPurpose, LegalBasis } from '../vocabulary';
import { REGISTER_CONTEXT } from './context';
import type { Subject } from './words';

export const PREFIXES: Readonly<Record<string, string>> = {
  dpv: 'https://w3id.org/dpv#',
  pd: 'https://w3id.org/dpv/pd#',
  'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#',
  'legal-eu': 'https://w3id.org/dpv/legal/eu#',
  'eu-aiact': 'https://w3id.org/dpv/legal/eu/aiact#',
  ai: 'https://w3id.org/dpv/ai#',
  loc: 'https://w3id.org/dpv/loc#',
  reclint: 'https://w3id.org/reclint/vocab#',
};

/** `dpv:Record` → `https://w3id.org/dpv#Record`; a full IRI (or an unknown prefix) as it is. */
export function expand(curie: string): string {
  const i = curie.indexOf(':');
  const base = i > 0 ? PREFIXES[curie.slice(0, i)] : undefined;
  return base && !curie.slice(i + 1).startsWith('//') ? base + curie.slice(i + 1) : curie;
}

export interface PurposeMapping {
  /** `skos:broader` of the `reclint:<id>` concept. */
  broader: string[];
  /** Processing terms the activity adds to `dpv:Record` and `dpv:Store`. */
  processing: string[];
  personalData?: string[];
  technology?: string[];
  law?: string[];
  fideslang: string;
}

const consult = (broader: string[], fideslang: string): PurposeMapping => ({ broader, processing: ['dpv:Consult'], fideslang });

export const PURPOSE_MAP: Record<Exclude<BuiltinPurpose, 'personal-use'>, PurposeMapping> = {
  'quality-assurance': consult(['dpv:ImproveExistingProductsAndServices', 'dpv:ServiceMonitoring'], 'essential.service.operations.improve'),
  'staff-training': consult(['dpv:HumanResourceManagement'], 'employment'),
  'employee-evaluation': consult(['dpv:PersonnelPerformanceEvaluation'], 'employment'),
  evidence: consult(['dpv:DisputeManagement', 'dpv:RecordManagement'], 'essential.service'),
  'complaint-handling': consult(['dpv:CustomerCare'], 'essential.service.operations.support'),
  'legal-compliance': consult(['dpv:LegalCompliance'], 'essential.legal_obligation'),
  'fraud-prevention': consult(['dpv:FraudPreventionAndDetection'], 'essential.fraud_detection'),
  'staff-safety': consult(['dpv:EnforceSecurity'], 'employment'),
  troubleshooting: consult(['dpv:RepairImpairments'], 'essential.service.operations'),
  'speech-analytics': { broader: ['dpv:ServiceOptimisation'], processing: ['dpv:Analyse'], technology: ['ai:SpeechRecognition'], fideslang: 'analytics' },
  'emotion-recognition': {
    broader: ['dpv:Purpose'],
    processing: ['dpv:Analyse', 'dpv:Derive'],
    personalData: ['pd:Emotion'],
    // The AI Act class is added per activity: prohibited at work (internal calls), high-risk otherwise.
    technology: ['ai:EmotionRecognition', 'eu-aiact:EmotionRecognitionSystem'],
    law: ['legal-eu:law-AIAct'],
    fideslang: 'analytics',
  },
  'ai-training': { broader: ['dpv:ResearchAndDevelopment'], processing: ['ai:ModelTraining'], fideslang: 'train_ai_system' },
  marketing: { broader: ['dpv:Marketing'], processing: ['dpv:Analyse'], fideslang: 'marketing' },
  'service-provision': consult(['dpv:RequestedServiceProvision'], 'essential.service'),
  publication: { broader: ['dpv:Purpose'], processing: ['dpv:MakeAvailable'], fideslang: 'third_party_sharing' },
};

/** Emotion recognition at work is prohibited (AI Act art. 5(1)(f)); elsewhere it is high-risk (Annex III(1)(c)). */
export const EMOTION_AI_ACT = { internal: 'eu-aiact:ProhibitedAISystem-A5-1-f', other: 'eu-aiact:HighRiskAISystem-AnnexIII-1-c' } as const;

/** Every activity records and stores; transcripts derive text. */
export const BASE_PROCESSING = ['dpv:Record', 'dpv:Store'];
export const TRANSCRIPT_PROCESSING = 'dpv:Derive';

export const BASIS_IRI: Record<LegalBasis, string> = {
  consent: 'eu-gdpr:A6-1-a-non-explicit-consent',
  contract: 'eu-gdpr:A6-1-b',
  'legal-obligation': 'eu-gdpr:A6-1-c',
  'vital-interests': 'eu-gdpr:A6-1-d',
  'public-task': 'eu-gdpr:A6-1-e',
  'legitimate-interests': 'eu-gdpr:A6-1-f-controller',
};
export const EXPLICIT_CONSENT_IRI = 'eu-gdpr:A6-1-a-explicit-consent';
export const ART9_LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;
/** `9(2)(h)` → `eu-gdpr:A9-2-h`. */
export function art9Iri(condition: string): string | undefined {
  const m = /^9\(2\)\(([a-j])\)$/.exec(condition);
  return m ? `eu-gdpr:A9-2-${m[1]}` : undefined;
}

/** The articles a transfer may rest on (`.reclintrc.yaml` `register.transfers[].article`). */
export const TRANSFER_ARTICLES = ['45(3)', ...'abcdef'.split('').map((l) => `46(2)(${l})`), '46(3)(a)', '46(3)(b)', ...'abcdefg'.split('').map((l) => `49(1)(${l})`), '49(2)'];
/** `46(2)(c)` → `eu-gdpr:A46-2-c`. */
export function transferIri(article: string): string | undefined {
  if (!TRANSFER_ARTICLES.includes(article)) return undefined;
  return `eu-gdpr:A${article.replace(/\(([^)]+)\)/g, '-$1')}`;
}

export const DATA_IRI: Record<string, string> = {
  voice: 'pd:VoiceCommunicationRecording',
  'phone-number': 'pd:TelephoneNumber',
  'customer-id': 'pd:Identifier',
  name: 'pd:Name',
  'account-data': 'reclint:account-data',
  'payment-data': 'pd:FinancialAccount',
  health: 'pd:Health',
  biometric: 'pd:Biometric',
  'criminal-data': 'pd:Criminal',
  political: 'pd:PoliticalOpinion',
  religion: 'pd:ReligiousBelief',
  'trade-union': 'pd:TradeUnionMembership',
  'sexual-orientation': 'pd:Sexual',
  ethnicity: 'pd:EthnicOrigin',
};

/** reclint's own data concept, declared in `included` as narrower than `dpv:PersonalData`. */
export const RECLINT_DATA = { 'reclint:account-data': { label: 'account data', broader: ['dpv:PersonalData'] } } as const;

export const SUBJECT_IRI: Record<Subject, string> = {
  customers: 'dpv:Customer',
  patients: 'dpv:Patient',
  citizens: 'dpv:Citizen',
  employees: 'dpv:Employee',
};

export const FIDES_SUBJECT: Record<Subject, string> = {
  customers: 'customer',
  patients: 'patient',
  citizens: 'citizen_voter',
  employees: 'employee',
};

export const FIDES_DATA: Record<string, string> = {
  voice: 'user.content.private',
  'phone-number': 'user.contact.phone_number',
  'customer-id': 'user.unique_id',
  name: 'user.name',
  'account-data': 'user.account',
  'payment-data': 'user.payment',
  health: 'user.health_and_medical',
  biometric: 'user.biometric',
  'criminal-data': 'user.criminal_history',
  political: 'user.demographic.political_opinion',
  religion: 'user.demographic.religious_belief',
  'trade-union': 'user.demographic',
  'sexual-orientation': 'user.demographic.sexual_orientation',
  ethnicity: 'user.demographic.race_ethnicity',
};
/** Voice is biometric data when `biometric` is declared too. */
export const FIDES_VOICE_BIOMETRIC = 'user.biometric.voice';

/** The terms of the document's structure (types of nodes and measures), beside the mapped ones. */
export const STRUCTURE_TERMS = [
  'dpv:ROPA', 'dpv:DataController', 'dpv:DataProtectionOfficer', 'dpv:Representative', 'dpv:JointDataControllers',
  'dpv:Process', 'dpv:Purpose', 'dpv:PersonalData', 'dpv:Recipient', 'dpv:DataProcessor',
  'dpv:LegitimateInterestAssessment', 'dpv:AccessControlMethod', 'dpv:DataProcessingAgreement', 'dpv:SafeguardForDataTransfer',
  'dpv:TechnicalOrganisationalMeasure', 'dpv:StorageDuration', 'dpv:UntilEventDuration', 'dpv:TemporalDuration', 'dpv:EndlessDuration',
  'dpv:Law', 'eu-gdpr:DirectDataCollectionNotice', 'eu-gdpr:A15', 'eu-gdpr:A17', 'eu-gdpr:A21', 'legal-eu:law-GDPR',
];
export const RIGHT_IRI = { access: 'eu-gdpr:A15', erasure: 'eu-gdpr:A17', objection: 'eu-gdpr:A21' } as const;

/** Every DPV term (CURIE) reclint can emit, classes and properties, `loc:` countries aside: what `schemas/dpv-terms.json` must hold. */
export function emittedDpvTerms(): string[] {
  const out = new Set<string>(STRUCTURE_TERMS);
  for (const m of Object.values(PURPOSE_MAP)) for (const t of [...m.broader, ...m.processing, ...(m.personalData ?? []), ...(m.technology ?? []), ...(m.law ?? [])]) out.add(t);
  for (const t of Object.values(EMOTION_AI_ACT)) out.add(t);
  for (const t of [...BASE_PROCESSING, TRANSCRIPT_PROCESSING, ...Object.values(BASIS_IRI), EXPLICIT_CONSENT_IRI]) out.add(t);
  for (const l of ART9_LETTERS) out.add(`eu-gdpr:A9-2-${l}`);
  for (const a of TRANSFER_ARTICLES) out.add(transferIri(a)!);
  for (const t of [...Object.values(DATA_IRI), ...Object.values(SUBJECT_IRI)]) out.add(t);
  for (const t of Object.values(RECLINT_DATA)) for (const b of t.broader) out.add(b);
  // The properties the context maps to DPV.
  for (const v of Object.values(REGISTER_CONTEXT)) {
    const id = typeof v === 'string' ? v : typeof v === 'object' && '@id' in v ? v['@id'] : undefined;
    if (id && Object.keys(PREFIXES).some((p) => p !== 'reclint' && id.startsWith(`${p}:`))) out.add(id);
  }
  return [...out].filter((t) => !t.startsWith('reclint:')).sort();
}
