/** ISO 8601 durations (P30D, P3M, P2Y, PT2H), reading everyday ones ("90 days", "2 jaar") and saying them in words. */
import { DEFAULT_LOCALE, type Locale } from './i18n/locale';
import { counted, listOf, number, type WordKey } from './i18n/words';

const ISO = /^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

export function isIsoDuration(s: string): boolean {
  return ISO.test(s);
}

const UNITS: Array<[RegExp, string, boolean]> = [
  // [unit words, ISO designator, time part]
  [/^(years?|yrs?|y|jaar|jaren|jahre?n?|ans?|années?)$/, 'Y', false],
  [/^(months?|mo|maand(en)?|monate?n?|mois)$/, 'M', false],
  [/^(weeks?|wk|w|we(e)?k(en)?|wochen?|semaines?)$/, 'W', false],
  [/^(days?|d|dag(en)?|tage?n?|jours?)$/, 'D', false],
  [/^(hours?|hrs?|h|uur|uren|stunden?|heures?)$/, 'H', true],
  [/^(minutes?|mins?|minuten?)$/, 'M', true],
  [/^(seconds?|secs?|s|seconden?|sekunden?|secondes?)$/, 'S', true],
];

/** "90 days" → "P90D", "2 years" → "P2Y", "36 uur" → "PT36H"; undefined when it cannot be read safely. */
export function toIsoDuration(s: string): string | undefined {
  const t = s.trim().toLowerCase();
  if (isIsoDuration(t.toUpperCase())) return t.toUpperCase();
  const m = /^(\d{1,6})\s*([a-zéèû]+)\.?$/.exec(t);
  if (!m) return undefined;
  for (const [re, d, time] of UNITS) if (re.test(m[2])) return time ? `PT${Number(m[1])}${d}` : `P${Number(m[1])}${d}`;
  return undefined;
}

/**
 * An ISO 8601 duration in words: "P4M" → "4 months", "P1Y6M" → "1 year and 6 months", "PT2H" → "2 hours"
 * (or "4 maanden", "1 jaar en 6 maanden", "2 uur"); the value as written when it is no ISO duration.
 */
export function durationInWords(iso: string, locale: Locale = DEFAULT_LOCALE): string {
  const m = ISO.exec(iso.trim().toUpperCase());
  if (!m) return iso;
  const parts: string[] = [];
  const add = (group: string | undefined, key: WordKey) => {
    if (!group) return;
    const n = Number(group.slice(0, -1));
    if (n === 0) return;
    parts.push(counted(locale, key, n, number(locale, n)));
  };
  add(m[1], 'duration.Y');
  add(m[2], 'duration.M');
  add(m[3], 'duration.W');
  add(m[4], 'duration.D');
  add(m[6], 'duration.H');
  add(m[7], 'duration.TM');
  add(m[8], 'duration.S');
  // P0D, PT0S: nothing at all.
  if (parts.length === 0) return counted(locale, m[6] || m[7] || m[8] ? 'duration.S' : 'duration.D', 0);
  return listOf(locale, parts);
}
