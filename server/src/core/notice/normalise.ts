/**
 * Word normalisation for notice analysis: case and diacritic folding, and a light, conservative
 * inflection stripper per language. The stripper only has to make inflected forms of the same word
 * compare equal ("gesprekken" = "gesprek", "recorded" = "records" = "record", "Zwecken" = "Zweck",
 * "enregistrées" = "enregistré"); it deliberately does NOT strip derivational endings such as
 * English "-ing" ("training" must stay apart from "train": the AI-training trap).
 */
import type { NoticeLang } from './types';

/** Lower case, no diacritics, ß → ss, œ → oe, æ → ae. Applied per token, so offsets are unaffected. */
export function fold(s: string): string {
  let out = s.toLowerCase();
  // Fast path: plain ASCII needs nothing else.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(out)) return out;
  out = out.normalize('NFD').replace(/\p{M}+/gu, '');
  return out.replace(/ß/g, 'ss').replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/ı/g, 'i');
}

const VOWELS = 'aeiouy';

function undouble(w: string, keep: string): string {
  const n = w.length;
  if (n >= 4 && w[n - 1] === w[n - 2] && !VOWELS.includes(w[n - 1]) && !keep.includes(w[n - 1])) {
    return w.slice(0, -1);
  }
  return w;
}

function stemEn(w: string): string {
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

function stemNl(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith('en') && w.length > 4) w = undouble(w.slice(0, -2), '');
  else if (w.endsWith('s') && !w.endsWith('ss') && w.length > 4) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  // Dutch spelling doubles the vowel in open syllables: "doeleinden"/"doeleind", "opnamen"/"opnam".
  return w;
}

function stemDe(w: string): string {
  if (w.length <= 4) return w;
  for (const suf of ['en', 'em', 'er', 'es', 'e', 'n', 's']) {
    if (w.endsWith(suf) && w.length - suf.length >= 4) return w.slice(0, -suf.length);
  }
  return w;
}

function stemFr(w: string): string {
  if (w.length <= 3) return w;
  if ((w.endsWith('s') || w.endsWith('x')) && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** The comparison key of a folded word: inflected forms of one word share it. */
export function stem(lang: NoticeLang, folded: string): string {
  switch (lang) {
    case 'en':
      return stemEn(folded);
    case 'nl':
      return stemNl(folded);
    case 'de':
      return stemDe(folded);
    case 'fr':
      return stemFr(folded);
  }
}
