/**
 * Spanish inflection stripper: plural -s, and -es after a consonant ("reclamaciones" = "reclamación",
 * "leyes" = "ley"), then one final -a, -o or -e: the gender of adjectives and participles ("grabada" =
 * "grabado" = "grabadas") and the -e that a plural in -es would leave ("fraudes" = "fraude"). Verb
 * persons and tenses stay apart; the lexicon names them with prefixes ("grab*").
 */
export function stemEs(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith('es') && w.length > 4 && 'lnrdzjy'.includes(w[w.length - 3])) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) w = w.slice(0, -1);
  if (/[aoe]$/.test(w) && w.length > 4) w = w.slice(0, -1);
  return w;
}
