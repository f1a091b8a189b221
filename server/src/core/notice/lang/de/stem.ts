/** German inflection stripper: one case or plural ending (-en, -em, -er, -es, -e, -n, -s), keeping a stem of four letters. */
export function stemDe(w: string): string {
  if (w.length <= 4) return w;
  for (const suf of ['en', 'em', 'er', 'es', 'e', 'n', 's']) {
    if (w.endsWith(suf) && w.length - suf.length >= 4) return w.slice(0, -suf.length);
  }
  return w;
}

/**
 * German written without umlauts: ae, oe, ue for ä, ö, ü (ß as ss is already the folded form). The folded word in the
 * standard spelling: "qualitaetssicherung" → "qualitatssicherung", "gespraech" → "gesprach", "fuer" → "fur". "eu" and
 * "au" before an e ("neue", "Bauer") and "que" are no umlauts. The word keeps its own spelling too (docs/notice-reading.md R120).
 */
export function respellDe(w: string): string {
  if (!/ae|oe|ue/.test(w)) return w;
  return w.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/(^|[^aeq])ue/g, '$1u');
}
