/** French inflection stripper: plural -s/-x and the feminine and past-participle -e(e) ("enregistrées" = "enregistré"). */
export function stemFr(w: string): string {
  if (w.length <= 3) return w;
  if ((w.endsWith('s') || w.endsWith('x')) && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}
