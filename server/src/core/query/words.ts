/**
 * Small helpers the query texts share: Markdown escaping of what the user wrote (never of our own
 * catalogue texts, which are Markdown already), code spans, lists, and ISO 8601 durations in words in
 * the hover's locale.
 */
import { durationInWords, isIsoDuration } from '../duration';
import { text, type TextKey } from '../i18n/catalog';
import enText from '../i18n/en/text.json';
import type { Locale } from '../i18n/locale';

const CATALOG_KEYS: Readonly<Record<string, unknown>> = enText;

/** Escape text (a value or notice the user wrote) for Markdown. */
export function md(s: string): string {
  return s.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** A value as a Markdown code span. */
export const code = (s: string): string => `\`${s.replace(/`/g, "'")}\``;

/** Values as code spans, comma-separated; the locale's "none" when there are none. */
export function codeList(locale: Locale, values: readonly string[]): string {
  return values.length ? values.map(code).join(', ') : text(locale, 'list.none');
}

/** A catalogue key built at run time (`lang.nl`, `why.not-found`), when the English catalogue has it. */
export function maybeText(locale: Locale, key: string, data?: Readonly<Record<string, string | number>>): string | undefined {
  return Object.prototype.hasOwnProperty.call(CATALOG_KEYS, key) ? text(locale, key as TextKey, data) : undefined;
}


/** An ISO 8601 duration in words (`P4M` → "4 months", `PT2H` → "2 uur"), as messages say it; undefined when it is not one. */
export function durationWords(locale: Locale, iso: string): string | undefined {
  return isIsoDuration(iso.trim().toUpperCase()) ? durationInWords(iso, locale) : undefined;
}

const LAW_NL: Readonly<Record<string, string>> = { GDPR: 'AVG', 'AI Act': 'AI-verordening', WOR: 'WOR', Sr: 'Sr' };

/** `6(1)(f)` → `6 lid 1 onder f`; art. 4's numbered definitions: `4(11)` → `4 onder 11`. */
function citeNl(item: string): string {
  const m = /^(\d+[a-z]?)(?:\((\d+)\))?(?:\(([a-z])\))?$/.exec(item);
  if (!m) return item;
  if (m[1] === '4' && m[2] && !m[3]) return `4 onder ${m[2]}`;
  return `${m[1]}${m[2] ? ` lid ${m[2]}` : ''}${m[3] ? ` onder ${m[3]}` : ''}`;
}

/**
 * A rule's legal source (`GDPR art. 5(1)(b), 6(4)`, as the rules cite it, in English) in the locale:
 * Dutch cites "art. 5 lid 1 onder b en 6 lid 4 AVG". A part it does not recognise stays as written.
 */
export function legalSourceIn(locale: Locale, source: string): string {
  return LEGAL_SOURCE_STYLE[locale]?.(source) ?? source;
}

function dutchLegalSource(source: string): string {
  return source
    .split('; ')
    .map((part) => {
      if (part === 'Danish DPA (Datatilsynet) 2019') return 'Deense toezichthouder (Datatilsynet) 2019';
      const m = /^(GDPR|AI Act|WOR|Sr) art\. (.+?)( \(NL\))?( and national criminal law elsewhere)?$/.exec(part);
      if (!m) return part;
      const items = m[2].split(', ').map(citeNl);
      const list = items.length > 1 ? `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}` : items[0];
      return `art. ${list} ${LAW_NL[m[1]]}${m[3] ?? ''}${m[4] ? ' en elders het nationale strafrecht' : ''}`;
    })
    .join('; ');
}

/** How each locale cites a legal source; a locale without one keeps the rules' English citation. */
const LEGAL_SOURCE_STYLE: Readonly<Partial<Record<Locale, (source: string) => string>>> = { nl: dutchLegalSource };
