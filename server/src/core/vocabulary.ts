/** The fixed vocabulary of the policy format (policy-format.md): legal bases, data categories, related purposes. */

export const LEGAL_BASES = ['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const LEGAL_BASIS_ARTICLE: Record<LegalBasis, string> = {
  consent: 'art. 6(1)(a) GDPR',
  contract: 'art. 6(1)(b) GDPR',
  'legal-obligation': 'art. 6(1)(c) GDPR',
  'vital-interests': 'art. 6(1)(d) GDPR',
  'public-task': 'art. 6(1)(e) GDPR',
  'legitimate-interests': 'art. 6(1)(f) GDPR',
};

export const LEGAL_BASIS_MEANING: Record<LegalBasis, string> = {
  consent: 'the caller freely agrees by an active act (art. 4(11), 7); takes `consent.mechanism`',
  contract: 'only what is necessary to perform a contract with the caller, or to enter into one',
  'legal-obligation': 'a law obliges the organisation to record; takes `law:` naming the statute',
  'vital-interests': "to protect someone's life",
  'public-task': 'a task carried out in the public interest or under official authority',
  'legitimate-interests': "the organisation's interest outweighs the caller's rights; takes `balancing_test:`",
};

/** Common aliases of legal bases, mapped to the canonical value (all compared lower-case). */
export const LEGAL_BASIS_ALIASES: Record<string, LegalBasis> = {
  toestemming: 'consent',
  overeenkomst: 'contract',
  'uitvoering-overeenkomst': 'contract',
  'wettelijke-plicht': 'legal-obligation',
  'wettelijke-verplichting': 'legal-obligation',
  'vitaal-belang': 'vital-interests',
  'vitale-belangen': 'vital-interests',
  'publieke-taak': 'public-task',
  'algemeen-belang': 'public-task',
  'gerechtvaardigd-belang': 'legitimate-interests',
  'gerechtvaardigde-belangen': 'legitimate-interests',
  '6(1)(a)': 'consent',
  '6(1)(b)': 'contract',
  '6(1)(c)': 'legal-obligation',
  '6(1)(d)': 'vital-interests',
  '6(1)(e)': 'public-task',
  '6(1)(f)': 'legitimate-interests',
  'art6-1-a': 'consent',
  'art6-1-b': 'contract',
  'art6-1-c': 'legal-obligation',
  'art6-1-d': 'vital-interests',
  'art6-1-e': 'public-task',
  'art6-1-f': 'legitimate-interests',
  'legitimate-interest': 'legitimate-interests',
  'contractual-necessity': 'contract',
  'legal-obligations': 'legal-obligation',
  'vital-interest': 'vital-interests',
  'public-interest': 'public-task',
  einwilligung: 'consent',
  consentement: 'consent',
};

/**
 * The canonical legal basis of a value as written: the value itself, a spelling variant of it
 * (`Legitimate_Interests`, `legitimate interests`), or what an alias stands for (`toestemming` →
 * `consent`). Undefined when it names no basis. Every reader of a basis (rules, hover, register,
 * notice generator) reads it through this, so a basis means the same everywhere.
 */
export function canonicalLegalBasis(written: string | undefined): LegalBasis | undefined {
  if (written === undefined) return undefined;
  if ((LEGAL_BASES as readonly string[]).includes(written)) return written as LegalBasis;
  const k = written.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if ((LEGAL_BASES as readonly string[]).includes(k)) return k as LegalBasis;
  return LEGAL_BASIS_ALIASES[k];
}

export const BUILTIN_PURPOSES = [
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
export type BuiltinPurpose = (typeof BUILTIN_PURPOSES)[number];

export const PURPOSE_MEANING: Record<BuiltinPurpose, string> = {
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

export function isBuiltinPurpose(id: string): id is BuiltinPurpose {
  return (BUILTIN_PURPOSES as readonly string[]).includes(id);
}

/**
 * Directly related purposes (art. 6(4)): [announced, used]. A use of `used` is related when `announced`
 * is announced. Pairs marked ↔ in the spec appear both ways.
 */
const RELATED_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['quality-assurance', 'complaint-handling'],
  ['complaint-handling', 'quality-assurance'],
  ['quality-assurance', 'staff-training'],
  ['staff-training', 'quality-assurance'],
  ['evidence', 'complaint-handling'],
  ['complaint-handling', 'evidence'],
  ['legal-compliance', 'evidence'],
  ['fraud-prevention', 'evidence'],
  ['evidence', 'fraud-prevention'],
];

/** Purposes never related to anything announced. */
export const NEVER_RELATED: ReadonlySet<string> = new Set(['marketing', 'ai-training', 'emotion-recognition', 'speech-analytics', 'publication']);

/**
 * Is a use of `used` directly related to the announced purpose `announced`? `custom` holds the custom
 * purposes' `related` lists (both ways).
 */
export function isRelated(announced: string, used: string, custom: ReadonlyMap<string, readonly string[]>): boolean {
  if (announced === used) return true;
  if (NEVER_RELATED.has(used)) return false;
  if (RELATED_PAIRS.some(([a, u]) => a === announced && u === used)) return true;
  if (custom.get(announced)?.includes(used) || custom.get(used)?.includes(announced)) return true;
  return false;
}

export const DATA_CATEGORIES = ['voice', 'phone-number', 'customer-id', 'name', 'account-data', 'payment-data', 'health', 'biometric', 'criminal-data', 'political', 'religion', 'trade-union', 'sexual-orientation', 'ethnicity'] as const;
export const SPECIAL_CATEGORIES: ReadonlySet<string> = new Set(['health', 'biometric', 'criminal-data', 'political', 'religion', 'trade-union', 'sexual-orientation', 'ethnicity']);

export const INDEFINITE_WORDS: ReadonlySet<string> = new Set(['indefinite', 'forever', 'unlimited']);

export const UNRESTRICTED_ROLES: ReadonlySet<string> = new Set(['everyone', 'all', '*', 'public']);

export const MODES = ['all', 'sampled', 'on-demand', 'none'] as const;
export const DIRECTIONS = ['inbound', 'outbound', 'internal'] as const;
export const CONSENT_MECHANISMS = ['ivr-keypress', 'verbal', 'written', 'implied'] as const;
