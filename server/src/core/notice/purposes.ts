/** The built-in purpose vocabulary (policy-format.md, "Built-in purposes"). */
import { LEXICONS } from './lexicon/index';
import type { NoticeLang } from './types';

/** The 16 built-in purpose ids, in the order of the table in policy-format.md. */
export const PURPOSE_IDS = [
  'quality-assurance',
  'staff-training',
  'employee-evaluation',
  'evidence',
  'complaint-handling',
  'legal-compliance',
  'fraud-prevention',
  'staff-safety',
  'troubleshooting',
  'speech-analytics',
  'emotion-recognition',
  'ai-training',
  'marketing',
  'service-provision',
  'publication',
  'personal-use',
] as const;

export type PurposeId = (typeof PURPOSE_IDS)[number];

/** A short English meaning per built-in id, for hovers and messages. */
export const PURPOSE_DESCRIPTIONS: Readonly<Record<PurposeId, string>> = {
  'quality-assurance': 'reviewing calls to keep service quality up',
  'staff-training': 'training and coaching staff',
  'employee-evaluation': "assessing an individual agent's performance",
  evidence: 'proof of what was said or agreed; disputes and legal claims',
  'complaint-handling': 'handling a complaint about the call or the service',
  'legal-compliance': 'a recording duty imposed by law',
  'fraud-prevention': 'detecting and preventing fraud',
  'staff-safety': 'protecting staff against threats and abuse, reporting to police',
  troubleshooting: 'finding technical faults on the line',
  'speech-analytics': 'automated analysis of what is said (topics, keywords)',
  'emotion-recognition': 'inferring emotions or sentiment of callers or agents',
  'ai-training': 'training or improving machine-learning models',
  marketing: 'marketing and sales strategy',
  'service-provision': 'carrying out what the caller asked',
  publication: 'publishing or sharing recordings outside the organisation',
  'personal-use': 'strictly personal use by a natural person',
};

export function isPurposeId(s: string): s is PurposeId {
  return (PURPOSE_IDS as readonly string[]).includes(s);
}

/** The short phrase a fix inserts into a notice in `lang` to announce purpose `id`; undefined for an unknown id. */
export function canonicalPurposePhrase(id: string, lang: NoticeLang): string | undefined {
  const lex = LEXICONS[lang];
  if (!lex || !Object.prototype.hasOwnProperty.call(lex.canonical, id)) return undefined;
  return lex.canonical[id];
}
