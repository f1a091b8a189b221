/** Dutch inflection stripper: plural -en (with the doubled consonant undone) and -s, final -e. */
import { undouble } from '../stem-kit';

export function stemNl(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith('en') && w.length > 4) w = undouble(w.slice(0, -2), '');
  else if (w.endsWith('s') && !w.endsWith('ss') && w.length > 4) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  // Dutch spelling doubles the vowel in open syllables: "doeleinden"/"doeleind", "opnamen"/"opnam".
  return w;
}
