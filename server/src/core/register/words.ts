/**
 * The register's words (register.md §4, §5): durations, scope, legal bases, data and data subjects as a
 * privacy officer reads them. English only for now (a Dutch register waits for a reviewed table, §9).
 */
import { isIsoDuration } from '../duration';
import { canonicalLegalBasis, type LegalBasis } from '../vocabulary';

export const NOT_STATED = 'not stated';
export const NONE = 'none';

const ISO_PARTS = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const UNIT_NAMES = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];

/** `P4M` → "4 months", `P1Y6M` → "1 year 6 months", `PT2H` → "2 hours"; an invalid one as written plus "(invalid)". */
export function durationWords(written: string): string {
  const iso = written.trim();
  const m = isIsoDuration(iso) ? ISO_PARTS.exec(iso) : null;
  if (!m) return `${written} (invalid)`;
  const parts: string[] = [];
  UNIT_NAMES.forEach((unit, i) => {
    const n = m[i + 1];
    if (n !== undefined && Number(n) !== 0) parts.push(`${n} ${unit}${Number(n) === 1 ? '' : 's'}`);
  });
  return parts.length ? parts.join(' ') : '0 days';
}

/** The canonical legal basis of a value as written, as the linter reads it. */
export const canonicalBasis = canonicalLegalBasis;

export const BASIS_WORDS: Record<LegalBasis, string> = {
  consent: 'consent',
  contract: 'contract',
  'legal-obligation': 'legal obligation',
  'vital-interests': 'vital interests',
  'public-task': 'public task',
  'legitimate-interests': 'legitimate interests',
};

/** `6(1)(a)` … `6(1)(f)`. */
export const BASIS_ARTICLE: Record<LegalBasis, string> = {
  consent: '6(1)(a)',
  contract: '6(1)(b)',
  'legal-obligation': '6(1)(c)',
  'vital-interests': '6(1)(d)',
  'public-task': '6(1)(e)',
  'legitimate-interests': '6(1)(f)',
};

export const DATA_WORDS: Record<string, string> = {
  voice: 'voice',
  'phone-number': 'phone number',
  'customer-id': 'customer id',
  name: 'name',
  'account-data': 'account data',
  'payment-data': 'payment data',
  health: 'health data',
  biometric: 'biometric data',
  'criminal-data': 'criminal-offence data',
  political: 'political opinions',
  religion: 'religious beliefs',
  'trade-union': 'trade-union membership',
  'sexual-orientation': 'sex life or sexual orientation',
  ethnicity: 'racial or ethnic origin',
};

export function dataWords(id: string): string {
  return DATA_WORDS[id] ?? id;
}

export const SUBJECTS = ['customers', 'patients', 'citizens', 'employees'] as const;
export type Subject = (typeof SUBJECTS)[number];

/** Scope in words: `all calls`, `1 in 10 calls (sampled)`, `on demand`, `on demand, whole call buffered for 2 hours`. */
export function scopeWords(mode: string | undefined, rate: unknown, retroactive: boolean, buffer: string | undefined): string {
  switch (mode) {
    case 'all':
      return 'all calls';
    case 'sampled': {
      if (typeof rate !== 'number' || !(rate > 0) || rate > 1) return 'sampled calls (sample rate not stated)';
      const inv = 1 / rate;
      if (Math.abs(inv - Math.round(inv)) < 1e-9) return `1 in ${Math.round(inv)} calls (sampled)`;
      return `${Number((rate * 100).toFixed(4))}% of calls (sampled)`;
    }
    case 'on-demand':
      if (!retroactive) return 'on demand';
      return buffer ? `on demand, whole call buffered for ${durationWords(buffer)}` : 'on demand, whole call buffered';
    case undefined:
      return `scope ${NOT_STATED}`;
    default:
      return `mode \`${mode}\``;
  }
}

/** The CSV `scope` column: `all` / `sampled 0.1` / `on-demand` / `on-demand retroactive`. */
export function scopeCode(mode: string | undefined, rate: unknown, retroactive: boolean): string {
  if (mode === 'sampled') return typeof rate === 'number' ? `sampled ${rate}` : 'sampled';
  if (mode === 'on-demand') return retroactive ? 'on-demand retroactive' : 'on-demand';
  return mode ?? '';
}

/** "a, b and c" is not used: the register lists with `; ` (cells) and `, ` (inside an item). */
export function listOrDash(items: readonly string[]): string {
  return items.length ? items.join('; ') : '—';
}
