/** ISO 8601 durations (P30D, P3M, P2Y, PT2H) and reading everyday ones ("90 days", "2 jaar"). */

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
