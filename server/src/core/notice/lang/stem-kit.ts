/** Small helpers the packs' inflection strippers share. */

export const VOWELS = 'aeiouy';

/** Drop a doubled final consonant ("gesprekk" → "gesprek"), unless it is one of `keep`. */
export function undouble(w: string, keep: string): string {
  const n = w.length;
  if (n >= 4 && w[n - 1] === w[n - 2] && !VOWELS.includes(w[n - 1]) && !keep.includes(w[n - 1])) {
    return w.slice(0, -1);
  }
  return w;
}
