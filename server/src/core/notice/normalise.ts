/**
 * Word normalisation for notice analysis: case and diacritic folding, and a light, conservative
 * inflection stripper per language (in its pack, ./lang/<code>/stem.ts). The stripper only has to make inflected forms of the same word
 * compare equal ("gesprekken" = "gesprek", "recorded" = "records" = "record", "Zwecken" = "Zweck",
 * "enregistrées" = "enregistré"); it deliberately does NOT strip derivational endings such as
 * English "-ing" ("training" must stay apart from "train": the AI-training trap).
 */
import { packOf } from './lang/registry';
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

/** The comparison key of a folded word: inflected forms of one word share it (each pack's own stripper). */
export function stem(lang: NoticeLang, folded: string): string {
  return packOf(lang).stem(folded);
}

/** The word's second spelling in its pack's standard spelling (pack `respell`), or undefined when it has none. */
export function respell(lang: NoticeLang, folded: string): string | undefined {
  const r = packOf(lang).respell?.(folded);
  return r !== undefined && r !== folded ? r : undefined;
}
