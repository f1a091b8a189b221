/** The notice lexicons, one per language. */
import type { NoticeLang } from '../types';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';
import type { NoticeLexicon } from './types';

export type { NoticeLexicon, PurposeRule } from './types';

export const LEXICONS: Readonly<Record<NoticeLang, NoticeLexicon>> = { nl, en, de, fr };

export function lexiconFor(lang: NoticeLang): NoticeLexicon {
  return LEXICONS[lang];
}
