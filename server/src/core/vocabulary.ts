/** The fixed vocabulary of the policy format (policy-format.md): legal bases, data categories, compatible purposes. */
import { text } from './i18n/catalog';
import enText from './i18n/en/text.json';
import type { Locale } from './i18n/locale';

export const LEGAL_BASES = ['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/** The article of each basis, in English (rule messages cite it); `legalBasisArticle` gives it in a locale. */
export const LEGAL_BASIS_ARTICLE: Record<LegalBasis, string> = Object.fromEntries(LEGAL_BASES.map((b) => [b, enText[`basis.${b}.article`]])) as Record<LegalBasis, string>;

/**
 * What each basis requires, as art. 6(1) puts it (Markdown: the policy keys it takes are code), in
 * English; `legalBasisMeaning` gives it in a locale. The texts live in the catalogues (i18n/<locale>/text.json).
 */
export const LEGAL_BASIS_MEANING: Record<LegalBasis, string> = Object.fromEntries(LEGAL_BASES.map((b) => [b, enText[`basis.${b}.meaning`]])) as Record<LegalBasis, string>;

export function legalBasisArticle(locale: Locale, b: LegalBasis): string {
  return text(locale, `basis.${b}.article`);
}

export function legalBasisMeaning(locale: Locale, b: LegalBasis): string {
  return text(locale, `basis.${b}.meaning`);
}

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

/** What each built-in purpose means, in English (the register and the notice generator use it); `purposeMeaning` in a locale. */
export const PURPOSE_MEANING: Record<BuiltinPurpose, string> = Object.fromEntries(BUILTIN_PURPOSES.map((p) => [p, enText[`purpose.${p}`]])) as Record<BuiltinPurpose, string>;

export function purposeMeaning(locale: Locale, p: BuiltinPurpose): string {
  return text(locale, `purpose.${p}`);
}

export function isBuiltinPurpose(id: string): id is BuiltinPurpose {
  return (BUILTIN_PURPOSES as readonly string[]).includes(id);
}

/**
 * Compatible purposes (art. 6(4)): [announced, used]. A use of `used` is compatible when `announced`
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
 * Is a use of `used` compatible with the announced purpose `announced` (art. 6(4))? `custom` holds the custom
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
