/** The built-in purpose vocabulary (policy-format.md, "Built-in purposes"). */
import { BUILTIN_PURPOSES, PURPOSE_MEANING, type BuiltinPurpose } from '../vocabulary';
import { packOf } from './lang/registry';
import type { NoticeLang } from './types';

/** The 16 built-in purpose ids and their meanings: one table, kept in `vocabulary.ts`. */
export const PURPOSE_IDS = BUILTIN_PURPOSES;
export type PurposeId = BuiltinPurpose;
export const PURPOSE_DESCRIPTIONS: Readonly<Record<PurposeId, string>> = PURPOSE_MEANING;

export function isPurposeId(s: string): s is PurposeId {
  return (PURPOSE_IDS as readonly string[]).includes(s);
}

/** The short phrase a fix inserts into a notice in `lang` to announce purpose `id`; undefined for an unknown id. */
export function canonicalPurposePhrase(id: string, lang: NoticeLang): string | undefined {
  const lex = packOf(lang).lexicon;
  if (!Object.prototype.hasOwnProperty.call(lex.canonical, id)) return undefined;
  return lex.canonical[id];
}
