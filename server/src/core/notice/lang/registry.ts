/**
 * The language packs reclint reads notices in: one line per pack. Adding a language is adding its
 * folder and its line here; every list of languages (the CLI's `--lang`, the hover, the rules'
 * messages and fixes, the analyser) is read from this registry.
 */
import { de } from './de/index';
import { en } from './en/index';
import { es } from './es/index';
import { fr } from './fr/index';
import { nl } from './nl/index';
import type { LanguagePack } from './pack-types';

export const PACKS = [nl, en, de, fr, es] as const;

/** The code of a language reclint reads. */
export type NoticeLang = (typeof PACKS)[number]['code'];

/** The codes, in registry order. */
export const NOTICE_LANGS: readonly NoticeLang[] = PACKS.map((p) => p.code);

const BY_CODE: ReadonlyMap<string, LanguagePack<NoticeLang>> = new Map(PACKS.map((p) => [p.code, p]));

export function isNoticeLang(s: string): s is NoticeLang {
  return BY_CODE.has(s);
}

/** The pack of a language reclint reads. */
export function packOf(lang: NoticeLang): LanguagePack<NoticeLang> {
  return BY_CODE.get(lang)!;
}

/** The pack of a language code as written (`en-GB` reads as `en`), or undefined when reclint does not read it. */
export function packFor(code: string): LanguagePack<NoticeLang> | undefined {
  return BY_CODE.get(code.toLowerCase().split('-')[0]);
}
