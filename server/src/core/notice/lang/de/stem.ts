/** German inflection stripper: one case or plural ending (-en, -em, -er, -es, -e, -n, -s), keeping a stem of four letters. */
export function stemDe(w: string): string {
  if (w.length <= 4) return w;
  for (const suf of ['en', 'em', 'er', 'es', 'e', 'n', 's']) {
    if (w.endsWith(suf) && w.length - suf.length >= 4) return w.slice(0, -suf.length);
  }
  return w;
}
