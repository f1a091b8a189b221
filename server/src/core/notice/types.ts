/** What a spoken recording notice announces. Offsets are UTF-16 code units into the analysed text, end exclusive. */

import type { NoticeLang } from './lang/registry';

/** The languages are those of the registry of language packs (./lang/registry.ts). */
export { NOTICE_LANGS, type NoticeLang } from './lang/registry';

export interface PurposeMention {
  /** Built-in purpose id or a custom purpose id. */
  id: string;
  /** The exact words that named it: text.slice(start, end). */
  text: string;
  start: number;
  end: number;
  /** The phrase is vague ("quality purposes", "servicedoeleinden"). */
  vague: boolean;
}

/** A vague phrase; `id` is the purpose it maps to, or undefined when it names none ("internal purposes"). */
export interface VaguePhrase {
  id?: string;
  text: string;
  start: number;
  end: number;
}

export interface NoticeAnalysis {
  lang: NoticeLang;
  /** The text says the call is, or may be, recorded. */
  records: boolean;
  /** The text says the call is not recorded. */
  denies: boolean;
  /** The text says the call is monitored or listened in on (not denied); listening keeps nothing, so this is no `records` (docs/notice-reading.md R8). */
  monitored?: boolean;
  /** The text relies on at least one vague phrase. */
  vague: boolean;
  /** One entry per purpose id named (the first phrase that named it), in text order. */
  purposes: PurposeMention[];
  /** Every vague phrase, in text order. */
  vaguePhrases: VaguePhrase[];
  /** Purposes the notice explicitly excludes ("niet voor marketing"), first phrase each, when it names none of them as a purpose too. */
  excluded?: PurposeMention[];
  /** Where the words that say "recorded" are (first occurrence), when `records`. */
  recordSpan?: { start: number; end: number };
  /** Where the denial is, when `denies`. */
  denySpan?: { start: number; end: number };
  /**
   * Set when the analyser itself failed on this text (a bug in reclint, not a problem of the notice):
   * what went wrong, in one line. The other fields are then those of a text that says nothing, so a
   * caller must not read them as "the notice announces nothing"; it should report the failure.
   */
  internalError?: string;
}

export interface NoticeOptions {
  /** The policy's `controller`: its name is not read for purposes or recording words (notice-reading.md §1). */
  controller?: string;
  /** Extra phrases per purpose id, in the notice's language (custom purposes and the config's `phrases`). */
  extraPhrases?: Record<string, readonly string[]>;
}
