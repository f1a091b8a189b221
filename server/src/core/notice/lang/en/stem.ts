/** English inflection stripper: plural and third-person -s, -ies, past -ed, final -e; never -ing ("training" ≠ "train"). */
import { undouble } from '../stem-kit';

export function stemEn(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('ed') && w.length > 4) {
    const c = w.slice(0, -2);
    w = c.length >= 3 ? undouble(c, 'lsz') : w.slice(0, -1);
    if (w.endsWith('i')) w = w.slice(0, -1) + 'y'; // verified → verify
  }
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}
