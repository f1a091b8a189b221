/**
 * The notice analyser: what a spoken recording notice announces. This module is the public entry
 * (`analyseNotice`: memoised, frozen results, never throws) and the pipeline that runs the stages:
 *
 0. Find the sentences plainly in another supported language (./sentence-lang): each is read on its
 *    own in its language, masked in the text's own reading, and the readings are merged.
 * 1. Mask what is not prose (./mask: the controller's name, organisation names with a legal form,
 *    URLs, e-mail addresses, phone numbers), tokenise (./tokens: words with exact UTF-16 spans, commas,
 *    sentence stops; a masked span is one word that matches nothing; hyphen ellipsis completed) and
 *    mark sentences and clause segments (./clauses).
 * 2. Mark negations and their scopes (./negation).
 * 3. Find recording words and split them into affirmations and denials; listening in is neither
 *    (./recording).
 * 4. When the call is recorded or listened in on, find the purpose phrases it names, leaving out
 *    negated ones, menus and self-introductions (./purpose-match); compound heads count at a
 *    morpheme boundary only (./lang/compounds, in the matcher).
 * All language knowledge is in the language packs (./lang/<code>/, listed in ./lang/registry.ts;
 * phrase lists compiled by ./compiled); the analyser is language-independent.
 */
import { findClauses, wordIs } from './clauses';
import { compiledLexicon } from './compiled';
import { findNegation } from './negation';
import type { MatchContext } from './pattern';
import { listLinks } from './list-links';
import { findAsides, findPurposes } from './purpose-match';
import { findRecording } from './recording';
import { tokenize, type Token } from './tokens';
import { PACKS, isNoticeLang } from './lang/registry';
import { OTHER_LEGAL_FORMS, maskSpans, mentionsController } from './mask';
import { mergeReadings, mergeSpans } from './merge';
import { foreignSentences } from './sentence-lang';
import type { NoticeAnalysis, NoticeLang, NoticeOptions } from './types';

export { compiledLexicon, isNoticeLang };

function emptyAnalysis(lang: NoticeLang): NoticeAnalysis {
  return { lang, records: false, denies: false, vague: false, purposes: [], vaguePhrases: [] };
}

/**
 * Analyses already made, keyed by language, extra phrases and text. A script shared by 2,000 policies
 * has its prompts analysed once, not 2,000 times. Bounded: emptied when it reaches the limit.
 */
const memo = new Map<string, NoticeAnalysis>();
const MEMO_LIMIT = 4096;

function extraKey(extra: Record<string, readonly string[]> | undefined): string {
  if (!extra) return '';
  const ids = Object.keys(extra);
  if (ids.length === 0) return '';
  ids.sort();
  return JSON.stringify(ids.map((id) => [id, extra[id]]));
}

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
  }
  return v;
}

/** One line naming a failure of the analyser: the error's name and message (no stack: findings stay stable). */
function describeFailure(e: unknown): string {
  let what: string;
  try {
    what = e instanceof Error ? `${e.name}: ${e.message}` : `thrown value ${String(e)}`;
  } catch {
    what = 'an unprintable value was thrown';
  }
  return `notice analysis failed: ${what}`.replace(/\s+/g, ' ').slice(0, 500);
}

/**
 * What a spoken notice announces. Never throws: when the analyser fails on a text (a bug), the result
 * is the empty analysis with `internalError` set, for the caller to report. The result is shared and
 * frozen: do not change it.
 */
export function analyseNotice(text: string, lang: NoticeLang, options?: NoticeOptions): NoticeAnalysis {
  if (!isNoticeLang(lang)) return emptyAnalysis('en');
  if (typeof text !== 'string' || text.length === 0) return emptyAnalysis(lang);
  // A controller whose name the text does not hold changes nothing: drop it, so that one script read
  // by many policies (each with its own controller) is analysed once, not once per policy.
  try {
    if (options?.controller && !mentionsController(text, options.controller, LEGAL_FORMS)) options = { ...options, controller: undefined };
  } catch {
    // The full pass below masks the controller itself (and reports a failure of its own).
  }
  let key: string;
  try {
    key = `${lang}\u0000${options?.controller ?? ''}\u0000${extraKey(options?.extraPhrases)}\u0000${text}`;
  } catch {
    key = '';
  }
  const hit = key ? memo.get(key) : undefined;
  if (hit) return hit;
  let result: NoticeAnalysis;
  try {
    result = deepFreeze(analyse(text, lang, options));
  } catch (e) {
    // Not memoised: the failure may lie in this call's options, not in the text.
    return deepFreeze({ ...emptyAnalysis(lang), internalError: describeFailure(e) });
  }
  if (key) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, result);
  }
  return result;
}

/** Legal forms of company names: every pack's, and those of countries with no pack. */
const LEGAL_FORMS: readonly string[] = [...new Set([...PACKS.flatMap((p) => p.legalForms), ...OTHER_LEGAL_FORMS])];
/** Words that join the parts of a name ("Zorg en Zekerheid B.V."): every pack's one-word coordinators. */
const NAME_JOINERS: readonly string[] = [...new Set(PACKS.flatMap((p) => p.lexicon.coordinators).filter((w) => !w.includes(' ')))];

/**
 * The analysis itself (unfrozen, may throw on a bug). A sentence plainly in another supported
 * language is read in that language and masked in the text's own reading; the readings are merged.
 */
function analyse(text: string, lang: NoticeLang, options?: NoticeOptions): NoticeAnalysis {
  const foreign = foreignSentences(text, lang);
  if (foreign.length === 0) return analyseOne(text, lang, options, [], false);
  const controller = options?.controller;
  const subs = foreign.map((f) => ({ at: f.start, a: analyseOne(text.slice(f.start, f.end), f.lang, controller ? { controller } : undefined, [], false) }));
  const main = analyseOne(text, lang, options, foreign, subs.some((s) => s.a.records));
  return mergeReadings(main, subs);
}

/** One reading in one language: the stages in order. `foreign` spans are masked; `readPurposes` reads purposes even when this text alone says nothing of recording. */
function analyseOne(text: string, lang: NoticeLang, options: NoticeOptions | undefined, foreign: readonly { start: number; end: number }[], readPurposes: boolean): NoticeAnalysis {
  const c = compiledLexicon(lang);
  const controller = typeof options?.controller === 'string' ? options.controller : undefined;
  const mask = mergeSpans(maskSpans(text, { controller, legalForms: LEGAL_FORMS, nameJoiners: NAME_JOINERS }), foreign);
  const toks = tokenize(text, lang, { compoundHeads: c.lex.compoundHeads, coordinators: c.coordinators, ellipsisReach: c.windows.ellipsisReach, mask, abbreviations: c.abbreviations });
  const clauses = findClauses(toks, c);
  const neg = findNegation(toks, c, clauses);

  const baseCtx: MatchContext = { tokens: toks, links: new Map(), isFiller: (t: Token) => wordIs(t, c.fillers) };
  const links = listLinks(toks, c, baseCtx);
  // A phrase's gap skips an aside set off by commas ("so that your order, once placed, can be processed", R140).
  const asides = findAsides(toks, c, baseCtx);
  const ctx: MatchContext = asides ? { tokens: toks, links, isFiller: baseCtx.isFiller, asides } : { tokens: toks, links, isFiller: baseCtx.isFiller };

  const { positive, denial, recSentences, listened, isRec } = findRecording(toks, c, baseCtx, clauses, neg);
  const result: NoticeAnalysis = {
    lang,
    records: positive !== undefined && denial === undefined,
    denies: denial !== undefined,
    vague: false,
    purposes: [],
    vaguePhrases: [],
  };
  if (listened) result.monitored = true;
  if (result.records && positive) result.recordSpan = { start: toks[positive.first].start, end: toks[positive.last].end };
  if (denial) result.denySpan = { start: toks[denial.first].start, end: toks[denial.last].end };
  // A listener's goals are read also beside a denial: "a coach listens in; the call is not recorded" (docs/notice-reading.md R30).
  if (!result.records && !readPurposes && !listened) return result;

  findPurposes(text, lang, options, toks, c, ctx, clauses.sentStart, neg, recSentences, result, isRec);
  return result;
}
