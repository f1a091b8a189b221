/**
 * The words rules build into messages (`data`), per locale: lists with "and", "recording 2", durations,
 * language names, the article of each legal basis. English is `en/words.json`; a locale is a JSON file
 * with the same keys (a test holds them to it), so a third language adds a file and one line here.
 */
import { formatMessage } from './format';
import { DEFAULT_LOCALE, type Locale } from './locale';
import enWords from './en/words.json';
import nlWords from './nl/words.json';

export type WordKey = keyof typeof enWords;

export const WORDS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = { en: enWords, nl: nlWords };

/** A word by key in `locale`, filled from `data`; English when the locale lacks it. */
export function word(locale: Locale, key: WordKey, data?: Readonly<Record<string, string | number>>): string {
  return formatMessage(WORDS[locale][key] ?? WORDS[DEFAULT_LOCALE][key], data);
}

/** A count with its noun: `counted(l, 'duration.D', 1)` → "1 day", `…, 3` → "3 days". */
export function counted(locale: Locale, key: WordKey, n: number, shown: string = String(n)): string {
  const one = `${key}.1` as WordKey;
  return word(locale, n === 1 && one in WORDS[DEFAULT_LOCALE] ? one : key, { n: shown });
}

/** "a", "a and b", "a, b and c" (or "or"), in `locale`. */
export function listOf(locale: Locale, items: readonly string[], conj: 'and' | 'or' = 'and'): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word(locale, conj)} ${items[items.length - 1]}`;
}

/** A value or name quoted for a plain-text message: 'service-line'. */
export function quote(v: string | number): string {
  return `'${v}'`;
}

/** The language of a notice by its code: "English", "Dutch" (or "Engels", "Nederlands"); undefined when unknown. */
export function languageWord(locale: Locale, code: string): string | undefined {
  const key = `lang.${code.toLowerCase().split('-')[0]}`;
  return key in WORDS[DEFAULT_LOCALE] ? word(locale, key as WordKey) : undefined;
}

/** The language of a notice as an adjective: "the English notice", "de Engelse melding"; undefined when unknown. */
export function languageAdjective(locale: Locale, code: string): string | undefined {
  const key = `lang-adj.${code.toLowerCase().split('-')[0]}`;
  return key in WORDS[DEFAULT_LOCALE] ? word(locale, key as WordKey) : undefined;
}

/** Numbers as the locale writes them: 1,000 / 1.000. */
export function number(locale: Locale, n: number): string {
  return n.toLocaleString(locale);
}
