/** Did-you-mean suggestions by edit distance. */

/**
 * Edit distance; with `transpositions`, swapping two adjacent letters costs 1 (`sya` → `say`).
 * Inputs are short identifiers; long ones are not compared.
 */
export function editDistance(a: string, b: string, transpositions = false): number {
  if (a === b) return 0;
  if (a.length > 64 || b.length > 64) return Math.max(a.length, b.length);
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (transpositions && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

/** The closest candidate within a small distance (transpositions count 1); first wins on a tie. For short keywords and labels. */
export function closestKeyword(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > 64) return undefined;
  const lower = word.toLowerCase();
  const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestD = limit + 1;
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) > limit) continue;
    const d = editDistance(lower, c.toLowerCase(), true);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
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
