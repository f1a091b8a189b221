/** Did-you-mean suggestions by edit distance. */

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length > 64 || b.length > 64) return Math.max(a.length, b.length);
  const prev = new Array<number>(b.length + 1);
  const cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    for (let j = 0; j <= b.length; j++) prev[j] = cur[j];
  }
  return prev[b.length];
}

/** The closest candidate within a sensible distance, or undefined. */
export function didYouMean(value: string, candidates: Iterable<string>): string | undefined {
  const v = value.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(v, c.toLowerCase());
    if (d < bestD) { bestD = d; best = c; }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.floor(Math.max(v.length, best.length) / 3));
  if (bestD <= limit) return best;
  // A candidate that contains the value or the other way round (e.g. `training` → `staff-training`).
  for (const c of candidates) if (v.length >= 4 && (c.includes(v) || v.includes(c))) return c;
  return undefined;
}
