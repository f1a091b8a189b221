/**
 * The notice analyser: what a spoken recording notice announces.
 *
 * 1. Tokenise (words with exact UTF-16 spans, commas, sentence stops; hyphen ellipsis completed).
 * 2. Find recording words (lexicon `recording` / `recordingWeak`), drop the ones in another sense
 *    (`notRecording`, or a clause about a non-call noun such as "meter reading"), and split them
 *    into affirmations and denials (a negation before the word in the same clause, outside a
 *    conditional or wish: "if you would prefer not to be recorded" denies nothing, and the opt-out it
 *    offers says the call is recorded).
 * 3. Find purpose phrases; the longest "tight" phrase (only function words inside) hides the
 *    phrases inside it ("trainen van AI-modellen" hides "trainen"; "kwaliteitsdoeleinden" vague
 *    beats "kwaliteit*"); drop phrases in a negation's scope ("nooit voor marketingdoeleinden").
 * All language knowledge is in ./lexicon; this file is language-independent.
 */
import { LEXICONS } from './lexicon/index';
import type { NoticeLexicon } from './lexicon/types';
import { fold } from './normalise';
import { PhraseSet, type Match, type MatchContext } from './pattern';
import { tokenize, type Token } from './tokens';
import { NOTICE_LANGS, type NoticeAnalysis, type NoticeLang, type NoticeOptions, type PurposeMention, type VaguePhrase } from './types';

export function isNoticeLang(s: string): s is NoticeLang {
  return (NOTICE_LANGS as readonly string[]).includes(s);
}

interface PurposeData {
  id?: string;
  vague: boolean;
  stop: boolean;
  bonus: number;
}

type RecKind = 'strong' | 'weak';

interface Compiled {
  lex: NoticeLexicon;
  purposes: PhraseSet<PurposeData>;
  recording: PhraseSet<RecKind>;
  notRecording: PhraseSet<null>;
  callNouns: PhraseSet<null>;
  notCallNouns: PhraseSet<null>;
  useContext: PhraseSet<null>;
  purposeHeads: PhraseSet<null>;
  negations: Set<string>;
  cancellers: Set<string>;
  preCancellers: Set<string>;
  quantifiers: Set<string>;
  menuVerbs: Set<string>;
  menuKeys: Set<string>;
  scopeEnders: Set<string>;
  conditionals: Set<string>;
  coordinators: Set<string>;
  clauseSubjects: PhraseSet<null>;
  subordinators: Set<string>;
  fillers: Set<string>;
}

const cache = new Map<NoticeLang, Compiled>();

function words(list: readonly string[]): Set<string> {
  return new Set(list.map((w) => fold(w)));
}

function set(lang: NoticeLang, list: readonly string[]): PhraseSet<null> {
  const s = new PhraseSet<null>(lang);
  for (const p of list) s.add(p, null);
  return s;
}

/** Compile a language's lexicon (cached). Throws on a malformed lexicon phrase (caught by the tests). */
export function compiledLexicon(lang: NoticeLang): Compiled {
  const hit = cache.get(lang);
  if (hit) return hit;
  const lex = LEXICONS[lang];
  const purposes = new PhraseSet<PurposeData>(lang);
  for (const rule of lex.purposes) {
    for (const p of rule.phrases) {
      purposes.add(p, { id: rule.stop ? undefined : rule.id, vague: !rule.stop && rule.vague === true, stop: rule.stop === true, bonus: 0 });
    }
  }
  const recording = new PhraseSet<RecKind>(lang);
  for (const p of lex.recording) recording.add(p, 'strong');
  for (const p of lex.recordingWeak) recording.add(p, 'weak');
  const c: Compiled = {
    lex,
    purposes,
    recording,
    notRecording: set(lang, lex.notRecording),
    callNouns: set(lang, lex.callNouns),
    notCallNouns: set(lang, lex.notCallNouns),
    useContext: set(lang, lex.useContext),
    purposeHeads: set(lang, lex.purposeHeads),
    negations: words(lex.negations),
    cancellers: words(lex.negationCancellers),
    preCancellers: words(lex.negationPreCancellers ?? []),
    quantifiers: words(lex.negationQuantifiers ?? []),
    menuVerbs: words(lex.menuVerbs ?? []),
    menuKeys: words(lex.menuKeys ?? []),
    scopeEnders: words(lex.scopeEnders),
    conditionals: words(lex.conditionals),
    coordinators: words(lex.coordinators),
    clauseSubjects: set(lang, lex.clauseSubjects),
    subordinators: words(lex.subordinators),
    fillers: words(lex.fillers),
  };
  cache.set(lang, c);
  return c;
}

/** Compile `extraPhrases` (plain text, not the lexicon notation) into a phrase set; bad input is skipped. */
function compileExtra(lang: NoticeLang, extra: Record<string, readonly string[]> | undefined): PhraseSet<PurposeData> | undefined {
  if (!extra) return undefined;
  const s = new PhraseSet<PurposeData>(lang);
  let n = 0;
  for (const id of Object.keys(extra)) {
    const list = extra[id];
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      if (typeof raw !== 'string') continue;
      const ws = fold(raw)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length > 0)
        .slice(0, 12);
      if (ws.length === 0) continue;
      const elems = ws.map((w, i) => (i === ws.length - 1 && w.length >= 5 ? `${w}|${w}*` : w));
      try {
        s.add(elems.join(' .. '), { id, vague: false, stop: false, bonus: 1000 });
        n++;
      } catch {
        // an unusable phrase names nothing
      }
    }
  }
  return n > 0 ? s : undefined;
}

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
  let key: string;
  try {
    key = `${lang}\u0000${extraKey(options?.extraPhrases)}\u0000${text}`;
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

/** How far back a containing match can start (matches are short: at most a few gaps of ≤ 8 words). */
const MAX_MATCH_TOKENS = 64;
/** How many words either side of a recording word its clause may reach. */
const CLAUSE_WINDOW = 30;

function analyse(text: string, lang: NoticeLang, options?: NoticeOptions): NoticeAnalysis {
  const c = compiledLexicon(lang);
  const toks = tokenize(text, lang, c.lex.compoundHeads, c.coordinators);
  const n = toks.length;
  const isWord = (i: number, s: Set<string>): boolean => {
    const t = toks[i];
    return t !== undefined && t.kind === 'word' && s.has(t.surface);
  };

  // Sentences and clause segments.
  const sentStart = new Int32Array(n);
  const segStart = new Int32Array(n);
  const segEnd = new Int32Array(n);
  {
    let s = 0;
    let g = 0;
    for (let i = 0; i < n; i++) {
      const t = toks[i];
      if (t.kind === 'stop') {
        sentStart[i] = i;
        segStart[i] = i;
        s = i + 1;
        g = i + 1;
        continue;
      }
      if (t.kind === 'comma' || isWord(i, c.subordinators) || isWord(i, c.coordinators)) g = i;
      sentStart[i] = s;
      segStart[i] = g;
    }
    let e = n - 1;
    for (let i = n - 1; i >= 0; i--) {
      segEnd[i] = e;
      if (segStart[i] === i) e = i - 1;
    }
  }

  // Negation: active negation words, and each token's place in a negation's forward scope.
  const negActive = new Uint8Array(n);
  const negScope = new Uint8Array(n);
  const negCancelled = new Uint8Array(n);
  // Negations undone: "not all", "niet alle" (a word right after), "Tous les appels ne sont pas"
  // (a quantifier shortly before); the halves of a French "ne … pas" are undone together.
  for (let i = 0; i < n; i++) {
    if (toks[i].kind !== 'word' || !c.negations.has(toks[i].surface)) continue;
    let cancelled = false;
    for (let k = i + 1; k <= i + 2 && k < n; k++) {
      if (toks[k].kind !== 'word') break;
      if (c.cancellers.has(toks[k].surface)) cancelled = true;
      if (!c.negations.has(toks[k].surface)) break;
    }
    for (let k = i - 1; k >= Math.max(0, i - 4) && !cancelled && toks[k].kind === 'word'; k--) {
      if (c.preCancellers.has(toks[k].surface)) cancelled = true;
    }
    if (!cancelled && i + 2 < n && toks[i + 1].kind === 'word' && toks[i + 2].kind === 'word' && c.quantifiers.has(toks[i + 2].surface)) cancelled = true;
    if (cancelled) negCancelled[i] = 1;
  }
  for (let i = 0; i < n; i++) {
    if (!negCancelled[i]) continue;
    for (let k = Math.max(0, i - 4); k <= Math.min(n - 1, i + 4); k++) {
      if (toks[k].kind === 'word' && c.negations.has(toks[k].surface) && (k < i ? toks.slice(k, i) : toks.slice(i, k)).every((t) => t.kind === 'word')) negCancelled[k] = 1;
    }
  }
  {
    let on = false;
    const plain: MatchContext = { tokens: toks, links: new Map(), isFiller: () => false };
    for (let i = 0; i < n; i++) {
      const t = toks[i];
      if (t.kind === 'stop') {
        on = false;
        continue;
      }
      if (t.kind === 'comma') {
        if (isWord(i + 1, c.coordinators)) on = false;
        continue;
      }
      if (c.scopeEnders.has(t.surface)) on = false;
      // "We don't sell your data and calls are recorded for training": a new clause, a new scope.
      if (on && c.coordinators.has(t.surface) && i + 1 < n && c.clauseSubjects.has(plain, i + 1)) on = false;
      if (c.negations.has(t.surface)) {
        if (!negCancelled[i]) {
          negActive[i] = 1;
          on = true;
        }
      }
      if (on) negScope[i] = 1;
    }
  }

  // List links: "quality and training purposes" → "quality" shares the head "purposes".
  const links = new Map<number, number>();
  const baseCtx: MatchContext = { tokens: toks, links: new Map(), isFiller: (t: Token) => c.fillers.has(t.surface) };
  if (c.lex.purposeHeads.length > 0) {
    for (let h = 0; h < n; h++) {
      if (toks[h].kind !== 'word' || !c.purposeHeads.has(baseCtx, h)) continue;
      let j = h - 1;
      // skip the chunk right before the head (it is adjacent already)
      let chunk = 0;
      while (j >= 0 && chunk < 2 && isContent(j)) {
        j--;
        chunk++;
      }
      if (chunk === 0) continue;
      for (let items = 0; items < 6; items++) {
        let sep = false;
        while (j >= 0 && (toks[j].kind === 'comma' || isWord(j, c.coordinators))) {
          j--;
          sep = true;
        }
        if (!sep || j < 0 || !isContent(j)) break;
        links.set(j, h);
        chunk = 0;
        while (j >= 0 && chunk < 2 && isContent(j)) {
          j--;
          chunk++;
        }
      }
    }
  }
  function isContent(j: number): boolean {
    const t = toks[j];
    return t.kind === 'word' && !t.ellipsis && !c.fillers.has(t.surface) && !c.coordinators.has(t.surface) && !c.negations.has(t.surface) && !c.subordinators.has(t.surface);
  }
  const ctx: MatchContext = { tokens: toks, links, isFiller: baseCtx.isFiller };

  // ── Recording ─────────────────────────────────────────────────────────
  const notRec = new Uint8Array(n);
  for (const m of c.notRecording.matchRange(baseCtx, 0, n)) for (let k = m.first; k <= m.end; k++) notRec[k] = 1;

  const isCall = c.callNouns.cover(baseCtx);
  const isNotCall = c.notCallNouns.cover(baseCtx);
  const isUse = c.useContext.cover(baseCtx);
  let positive: Match<RecKind> | undefined;
  let denial: { first: number; last: number } | undefined;
  /** Sentences (by their first token) that speak of recording. */
  const recSentences = new Set<number>();
  for (const r of c.recording.matchRange(baseCtx, 0, n)) {
    let blocked = false;
    for (let k = r.first; k <= r.end; k++) if (notRec[k]) blocked = true;
    if (blocked) continue;
    recSentences.add(sentStart[r.first]);
    // The clause around the word, bounded so that text without punctuation stays linear.
    const a = Math.max(segStart[r.first], r.first - CLAUSE_WINDOW);
    const b = Math.min(Math.max(segEnd[r.end], r.end), r.end + CLAUSE_WINDOW);
    let hasCall = false;
    for (let k = a; k <= b && !hasCall; k++) hasCall = isCall[k] === 1;
    if (!hasCall) {
      let nonCall = false;
      for (let k = a; k < r.first && !nonCall; k++) nonCall = isNotCall[k] === 1;
      for (let k = r.end + 1; k <= Math.min(b, r.end + 4) && !nonCall; k++) nonCall = isNotCall[k] === 1;
      if (nonCall) continue;
      if (r.phrase.data === 'weak') {
        let used = false;
        for (let k = a; k <= b && !used; k++) if (k < r.first || k > r.end) used = isUse[k] === 1;
        if (!used) continue;
      }
    }
    let negAt = -1;
    for (let k = a; k <= r.end; k++) {
      if (negActive[k]) {
        negAt = k;
        break;
      }
    }
    // "We never use recordings for marketing": the negation is about the use, not the recording.
    for (let k = negAt + 1; negAt >= 0 && k < r.first; k++) if (isUse[k]) negAt = -2;
    if (negAt === -2) continue;
    // A negation that ends the clause a few words after the verb: "Wir speichern dieses Gespräch nicht."
    if (negAt < 0) {
      for (let k = r.end + 1; k <= r.end + 5 && k < n && toks[k].kind === 'word'; k++) {
        if (negActive[k] && (k + 1 >= n || toks[k + 1].kind !== 'word')) negAt = k;
      }
    }
    if (negAt >= 0) {
      let conditional = false;
      const from = Math.max(sentStart[r.first], r.first - 2 * CLAUSE_WINDOW);
      for (let k = from; k < n && k <= r.end + 2 * CLAUSE_WINDOW && toks[k].kind !== 'stop' && !conditional; k++) conditional = isWord(k, c.conditionals);
      if (!conditional && (!denial || negAt < denial.first)) denial = { first: Math.min(negAt, r.first), last: Math.max(r.end, negAt) };
      // "If you would prefer not to be recorded, tell the agent": an opt-out offered says the call is recorded.
      else if (conditional && (!positive || r.first < positive.first)) positive = r;
    } else if (!positive || r.first < positive.first) {
      positive = r;
    }
  }

  const result: NoticeAnalysis = {
    lang,
    records: positive !== undefined && denial === undefined,
    denies: denial !== undefined,
    vague: false,
    purposes: [],
    vaguePhrases: [],
  };
  if (result.records && positive) result.recordSpan = { start: toks[positive.first].start, end: toks[positive.last].end };
  if (denial) result.denySpan = { start: toks[denial.first].start, end: toks[denial.last].end };
  if (!result.records) return result;

  // ── Purposes ──────────────────────────────────────────────────────────
  const matches: Match<PurposeData>[] = c.purposes.matchRange(ctx, 0, n);
  const extra = compileExtra(lang, options?.extraPhrases);
  if (extra) for (const m of extra.matchRange(ctx, 0, n)) matches.push(m);
  const kept = resolve(matches);

  // Menu prompts that say nothing of recording: "For complaints press 2" names no recording purpose.
  const menuSentences = new Set<number>();
  for (let i = 0; i < n; i++) {
    if (toks[i].kind !== 'word' || !c.menuVerbs.has(toks[i].surface)) continue;
    for (let k = i + 1; k <= i + 3 && k < n && toks[k].kind === 'word'; k++) {
      if (/^\d+$/.test(toks[k].surface) || c.menuKeys.has(toks[k].surface)) menuSentences.add(sentStart[i]);
    }
  }
  const live = kept.filter((m) => {
    if (m.phrase.data.stop) return false;
    if (menuSentences.has(sentStart[m.first]) && !recSentences.has(sentStart[m.first])) return false;
    if (negScope[m.first]) return false;
    for (let k = m.first; k <= m.end; k++) if (negActive[k]) return false;
    return true;
  });
  live.sort((x, y) => x.first - y.first || y.last - x.last);

  const seen = new Set<string>();
  const seenVague = new Set<string>();
  for (const m of live) {
    const d = m.phrase.data;
    const start = toks[m.first].start;
    const end = toks[m.last].end;
    const phraseText = text.slice(start, end);
    if (d.id !== undefined && !seen.has(d.id)) {
      seen.add(d.id);
      const pm: PurposeMention = { id: d.id, text: phraseText, start, end, vague: d.vague };
      result.purposes.push(pm);
    }
    if (d.vague) {
      const key = `${d.id ?? ''}@${start}:${end}`;
      if (!seenVague.has(key)) {
        seenVague.add(key);
        const vp: VaguePhrase = { text: phraseText, start, end };
        if (d.id !== undefined) vp.id = d.id;
        result.vaguePhrases.push(vp);
      }
    }
  }
  result.vague = result.vaguePhrases.length > 0;
  return result;
}

function priority(m: Match<PurposeData>): number {
  return m.phrase.specificity + m.phrase.data.bonus;
}

/**
 * Maximal munch: a tight match hides every match inside its span (on an equal span, the more
 * specific phrase wins); for one purpose, a tight match also hides loose matches that overlap it.
 */
function resolve(matches: Match<PurposeData>[]): Match<PurposeData>[] {
  const tightByFirst = new Map<number, Match<PurposeData>[]>();
  for (const m of matches) {
    if (!m.tight) continue;
    const l = tightByFirst.get(m.first);
    if (l) l.push(m);
    else tightByFirst.set(m.first, [m]);
  }
  const out: Match<PurposeData>[] = [];
  for (const m of matches) {
    let hidden = false;
    for (let f = m.end; f >= m.first - MAX_MATCH_TOKENS && f >= 0 && !hidden; f--) {
      for (const t of tightByFirst.get(f) ?? []) {
        if (t === m) continue;
        const contains = t.first <= m.first && t.last >= m.last;
        if (contains) {
          const equal = t.first === m.first && t.last === m.last;
          if (!equal || priority(t) > priority(m)) {
            hidden = true;
            break;
          }
        }
        // A loose match whose first word lies inside a longer tight phrase: that word is taken
        // ("sentiment analysis of calls" is emotion recognition, not speech analytics).
        if (!m.tight && t.last > t.first && t.first <= m.first && m.first <= t.last && t.phrase.data.id !== m.phrase.data.id) {
          hidden = true;
          break;
        }
        if (!m.tight && t.phrase.data.id !== undefined && t.phrase.data.id === m.phrase.data.id && t.first <= m.end && t.last >= m.first) {
          hidden = true;
          break;
        }
      }
    }
    if (!hidden) out.push(m);
  }
  return out;
}
