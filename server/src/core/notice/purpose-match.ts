/**
 * Purposes: which purpose phrases a recording notice names. List links (./list-links) let a list item share
 * its head ("quality and training purposes", "fines de calidad y servicio"); the longest "tight" phrase (only function words
 * inside) hides the phrases inside it ("trainen van AI-modellen" hides "trainen";
 * "kwaliteitsdoeleinden" vague beats "kwaliteit*"); stop phrases, phrases in a negation's scope
 * ("nooit voor marketingdoeleinden") and phrases in menu prompts or self-introductions that say
 * nothing of recording ("For complaints press 2", "this is Priya from the fraud team") are dropped. Fills the purposes and vague phrases of the analysis.
 */
import { compileExtra, type Compiled, type PurposeData } from './compiled';
import { isWordIn, wordIs } from './clauses';
import type { Negation } from './negation';
import type { Match, MatchContext } from './pattern';
import { resolve } from './purpose-resolve';
import type { Token } from './tokens';
import type { NoticeAnalysis, NoticeLang, NoticeOptions, PurposeMention, VaguePhrase } from './types';

/** For positions `ks` in 0..n-1: out[i] is how many of them lie before i (out has n + 1 entries). */
function prefixCount(ks: readonly number[], n: number): Int32Array {
  const out = new Int32Array(n + 1);
  for (const k of ks) if (k >= 0 && k < n) out[k + 1]++;
  for (let i = 1; i <= n; i++) out[i] += out[i - 1];
  return out;
}

/**
 * The commas that open a new item of a list of goals: a comma followed by a goal marker, or by a coordinator and a goal
 * marker ("…, to handle complaints", "…, en om medewerkers te trainen"). Each item is a goal of its own: a phrase whose
 * words stand on both sides of such a comma joins two goals, and is not read (docs/notice-reading.md R111).
 */
function itemBreaks(toks: Token[], c: Compiled, ctx: MatchContext): number[] {
  if (!c.lex.goalMarkers || c.lex.goalMarkers.length === 0) return [];
  const out: number[] = [];
  let isGoal: Uint8Array | undefined;
  for (let k = 0; k + 1 < toks.length; k++) {
    if (toks[k].kind !== 'comma') continue;
    isGoal ??= c.goalMarkers.cover(ctx);
    if (opensGoal(toks, c, isGoal, k)) out.push(k);
  }
  return out;
}

/** The comma at k is followed by a goal marker (marked in `isGoal`), directly or after a coordinator: it opens a goal item. */
function opensGoal(toks: Token[], c: Compiled, isGoal: Uint8Array, k: number): boolean {
  const j = isWordIn(toks, k + 1, c.coordinators) ? k + 2 : k + 1;
  return toks[j]?.kind === 'word' && isGoal[j] === 1;
}

/** How many words an aside may have (docs/notice-reading.md R140). */
const ASIDE_WORDS = 12;

/**
 * Asides set off by commas, which a phrase's gap skips whole (§4 "other words may stand between the parts of a phrase";
 * docs/notice-reading.md R140): "so that your order, once placed, can be processed", "om uw aanvraag, die u online heeft
 * ingediend, af te handelen". An aside is 1 to ASIDE_WORDS words between two commas of one sentence that is no item of a
 * list: neither comma opens a goal (R111: "…, to train staff, …"), no goal marker stands inside it, and no coordinator
 * stands within the first few words after it ("your order, your delivery, and refunds", "order, returns, invoices and
 * payments"). Per opening comma: the index of its closing comma (else 0). Language-independent: the pack's goal markers
 * and coordinators.
 */
export function findAsides(toks: Token[], c: Compiled, baseCtx: MatchContext): Int32Array | undefined {
  const n = toks.length;
  let out: Int32Array | undefined;
  let isGoal: Uint8Array | undefined;
  // a coordinator this close after the closing comma shows the aside was a list item
  const listReach = c.windows.listItemWords + 1;
  for (let a = 0; a < n; a++) {
    if (toks[a].kind !== 'comma') continue;
    let b = a + 1;
    while (b < n && toks[b].kind === 'word' && b - a - 1 <= ASIDE_WORDS) b++;
    if (b >= n || toks[b].kind !== 'comma' || b === a + 1 || b - a - 1 > ASIDE_WORDS) continue;
    isGoal ??= c.lex.goalMarkers && c.lex.goalMarkers.length > 0 ? c.goalMarkers.cover(baseCtx) : new Uint8Array(n);
    if (opensGoal(toks, c, isGoal, a) || opensGoal(toks, c, isGoal, b)) continue;
    let inside = false;
    for (let k = a + 1; k < b && !inside; k++) if (isGoal[k]) inside = true;
    if (inside) continue;
    let listed = false;
    for (let k = b + 1; k <= b + listReach && k < n && toks[k].kind === 'word' && !listed; k++) if (isWordIn(toks, k, c.coordinators)) listed = true;
    if (listed) continue;
    (out ??= new Int32Array(n))[a] = b;
  }
  return out;
}

/** Sentences (by their first token) with a menu verb followed by a key: "For complaints press 2". */
function menuSentences(toks: Token[], c: Compiled, sentStart: Int32Array): Set<number> {
  const n = toks.length;
  const menus = new Set<number>();
  for (let i = 0; i < n; i++) {
    if (toks[i].kind !== 'word' || !wordIs(toks[i], c.menuVerbs)) continue;
    for (let k = i + 1; k <= i + c.windows.menuKeyReach && k < n && toks[k].kind === 'word'; k++) {
      if (/^\d+$/.test(toks[k].surface) || wordIs(toks[k], c.menuKeys)) menus.add(sentStart[i]);
    }
  }
  return menus;
}

/** Sentences (by their first token) in which the speaker introduces themselves or their job. */
function introductionSentences(c: Compiled, ctx: MatchContext, sentStart: Int32Array): Set<number> {
  const out = new Set<number>();
  for (const m of c.introductions.matchRange(ctx, 0, ctx.tokens.length)) out.add(sentStart[m.first]);
  return out;
}

/**
 * Add the purposes and vague phrases `text` names to `result` (whose `records` is true): one mention
 * per purpose id (its first phrase), every vague phrase once, in text order.
 */
export function findPurposes(
  text: string,
  lang: NoticeLang,
  options: NoticeOptions | undefined,
  toks: Token[],
  c: Compiled,
  ctx: MatchContext,
  sentStart: Int32Array,
  neg: Negation,
  recSentences: Set<number>,
  result: NoticeAnalysis,
  isRec?: Uint8Array,
): void {
  const n = toks.length;
  const { negActive, negScope } = neg;
  const found: Match<PurposeData>[] = c.purposes.matchRange(ctx, 0, n);
  const extra = compileExtra(lang, options?.extraPhrases);
  if (extra) for (const m of extra.matchRange(ctx, 0, n)) found.push(m);
  // "recorded as evidence of your claim, to handle complaints": a phrase never joins words of two list items (§4). A stop
  // phrase may: it reads the goal marker itself ("automatisch ausgewertet, damit …" is the means of the goal after it, R60).
  const breaks = itemBreaks(toks, c, ctx);
  // breaks before each token, so that "a break inside (first, end)" is one subtraction, not a scan of every break
  const breaksBefore = breaks.length === 0 ? undefined : prefixCount(breaks, toks.length);
  const matches = breaksBefore === undefined ? found : found.filter((m) => m.phrase.data.stop || m.end <= m.first + 1 || breaksBefore[m.end] - breaksBefore[m.first + 1] === 0);
  const kept = resolve(matches, text, toks, c);

  // Menu prompts that say nothing of recording: "For complaints press 2" names no recording purpose.
  const menus = menuSentences(toks, c, sentStart);
  // "Hello, this is Priya from the fraud prevention team": a job, not a purpose of the recording.
  for (const s of introductionSentences(c, ctx, sentStart)) menus.add(s);
  // A sentence that neither speaks of recording nor uses a recording names a goal only after a goal marker (§1, §4).
  // A sentence that names this call speaks of it too: "Acme zeichnet dieses Gespräch für … (twenty words) … auf".
  // (When every sentence speaks of recording, as in most notices, there is nothing to decide.)
  const others = hasOtherSentences(toks, sentStart, recSentences);
  // "Calls are recorded. We process your personal data for marketing": the recording is among the caller's data (docs/notice-reading.md R10).
  const aboutRecording = others ? statementsAbout(toks, sentStart, recSentences, [...c.useContext.matchRange(ctx, 0, n), ...callNamed(toks, c, ctx), ...refsToRecording(c, ctx, sentStart, recSentences), ...dataUsed(c, ctx, sentStart)]) : recSentences;
  const isGoal = others && c.lex.goalMarkers ? c.goalMarkers.cover(ctx) : undefined;
  // "Please have your account number ready so we can deal with your request": the request's goal, not the recording's.
  const requests = new Set<number>();
  if (others) for (const m of c.callerRequests.matchRange(ctx, 0, n)) if (!aboutRecording.has(sentStart[m.first])) requests.add(sentStart[m.first]);
  // "Welkom bij de klachtenlijn, dit gesprek wordt opgenomen": the name of a line, team or topic up to its clause's end (§1).
  const named = namedSpans(toks, c, ctx, isRec, () => isGoal ?? c.goalMarkers.cover(ctx));
  const negated: Match<PurposeData>[] = [];
  const live = kept.filter((m) => {
    if (m.phrase.data.stop) return false;
    if (named[m.first]) return false;
    if (menus.has(sentStart[m.first]) && !recSentences.has(sentStart[m.first])) return false;
    if (requests.has(sentStart[m.first])) return false;
    if (isGoal && !aboutRecording.has(sentStart[m.first]) && !afterGoal(isGoal, sentStart, m.first, m.last)) return false;
    const at = neg.backFrom[m.first] >= 0 ? neg.backFrom[m.first] : negationOf(toks, negActive, negScope, sentStart, m.first, m.end);
    // "om geen discussie achteraf te krijgen", "so that no misunderstanding arises": the negation is part of the goal.
    // "les accès non autorisés": a negation between a phrase's two words negates the second, not the goal (R186).
    if (at >= 0 && !inGoal(toks, c, at) && !(at === m.first + 1 && at === m.last - 1)) {
      negated.push(m);
      return false;
    }
    return true;
  });
  live.sort((x, y) => x.first - y.first || y.last - x.last);
  dropHeadings(live, toks);

  const seen = new Set<string>();
  const seenVague = new Set<string>();
  // The words that named a purpose: the item of a list, not the head it shares ("fines de calidad y servicio" → "servicio", R201).
  const span = (m: Match<PurposeData>): [number, number] =>
    m.resumed !== undefined && m.resumed > m.last && c.purposeHeadsBefore.has(ctx, m.first) ? [toks[m.resumed].start, toks[m.end].end] : [toks[m.first].start, toks[m.last].end];
  for (const m of live) {
    const d = m.phrase.data;
    const [start, end] = span(m);
    const phraseText = text.slice(start, end);
    if (d.id !== undefined && !seen.has(d.id)) {
      seen.add(d.id);
      const pm: PurposeMention = { id: d.id, text: phraseText, start, end, vague: d.vague };
      result.purposes.push(pm);
    }
    if (d.vague) {
      const key = `${d.id ?? ''}@${start}:${end}`;
      // One vague span per stretch of words: a vague phrase of the same purpose inside a longer one is the same phrase
      // ("fines de formación y de calidad" and its item "calidad").
      const inside = result.vaguePhrases.some((v) => v.id === d.id && v.start <= start && end <= v.end);
      if (!seenVague.has(key) && !inside) {
        seenVague.add(key);
        const vp: VaguePhrase = { text: phraseText, start, end };
        if (d.id !== undefined) vp.id = d.id;
        result.vaguePhrases.push(vp);
      }
    }
  }
  // In the order the words stand in the text: an item after a shared head is found at the head (R201), not where it is said.
  result.purposes.sort((x, y) => x.start - y.start);
  result.vaguePhrases.sort((x, y) => x.start - y.start);
  result.vague = result.vaguePhrases.length > 0;
  // What the notice says it does not do ("not for marketing"): shown to the author, never a purpose.
  for (const m of negated.sort((x, y) => x.first - y.first)) {
    const id = m.phrase.data.id;
    if (id === undefined || seen.has(id) || result.excluded?.some((e) => e.id === id)) continue;
    const [start, end] = span(m);
    (result.excluded ??= []).push({ id, text: text.slice(start, end), start, end, vague: m.phrase.data.vague });
  }
}

/** How many words (tokens, with the vague phrase's own) a heading before a colon may have ("Quality & Training:"). */
const HEADING_WORDS = 6;

/**
 * A vague phrase in a short heading before a colon, whose item after the colon names the same purpose specifically, is
 * made specific by it (docs/notice-reading.md R290): "Quality & Training: To identify staff training needs and improve our
 * front-line services". Removes such matches from `live` (in text order).
 */
function dropHeadings(live: Match<PurposeData>[], toks: Token[]): void {
  for (let i = live.length - 1; i >= 0; i--) {
    const m = live[i];
    if (!m.phrase.data.vague || m.phrase.data.id === undefined) continue;
    // the heading: the words from the stop before the phrase to a colon after it
    let colon = -1;
    let words = m.end - m.first + 1;
    for (let k = m.first - 1; k >= 0 && toks[k].kind !== 'stop'; k--) if (toks[k].kind === 'word') words++;
    for (let k = m.end + 1; k < toks.length; k++) {
      if (toks[k].kind === 'stop') {
        if (toks[k].surface === ':') colon = k;
        break;
      }
      if (toks[k].kind === 'word') words++;
    }
    if (colon < 0 || words > HEADING_WORDS) continue;
    let end = colon + 1;
    while (end < toks.length && toks[end].kind !== 'stop') end++;
    const id = m.phrase.data.id;
    if (live.some((o) => o !== m && !o.phrase.data.vague && o.phrase.data.id === id && o.first > colon && o.first < end)) live.splice(i, 1);
  }
}

/**
 * Tokens inside the name of a line, team or topic the caller has reached ("welcome to the complaints
 * line") or inside a speaker's introduction ("this is Priya from the fraud team"): from the opening
 * phrase (lexicon `welcomes`, `introductions`) to the next comma, stop, subordinator, goal marker or
 * recording word. Linear: each token is marked at most once per opening.
 */
function namedSpans(toks: Token[], c: Compiled, ctx: MatchContext, isRec: Uint8Array | undefined, goals: () => Uint8Array): Uint8Array {
  const n = toks.length;
  const out = new Uint8Array(n);
  const opens = [...c.welcomes.matchRange(ctx, 0, n), ...c.introductions.matchRange(ctx, 0, n)];
  if (opens.length === 0) return out;
  const isGoal = goals();
  for (const m of opens) {
    for (let k = m.first; k < n; k++) {
      const t = toks[k];
      if (t.kind !== 'word' || (isRec && isRec[k]) || (k > m.end && (isGoal[k] || wordIs(t, c.subordinators)))) break;
      if (out[k]) break;
      out[k] = 1;
    }
  }
  return out;
}

/** How many words after this call a routing verb makes the sentence one about the routing ("your call may be transferred"). */
const ROUTING_REACH = 4;

/**
 * The matches of `thisCall` ("your call", "dieses Gespräch") that are not the subject of a routing verb: "Your call may be
 * transferred to an adviser who can help with your claim" speaks of the routing, and its goals are not the recording's (R241).
 */
function callNamed(toks: Token[], c: Compiled, ctx: MatchContext): Match<null>[] {
  const n = toks.length;
  const named = c.thisCall.matchRange(ctx, 0, n);
  if (named.length === 0 || c.lex.callRouting === undefined || c.lex.callRouting.length === 0) return named;
  const routed = c.callRouting.cover(ctx);
  return named.filter((m) => {
    for (let k = m.end + 1; k <= m.end + ROUTING_REACH && k < n && toks[k].kind === 'word'; k++) if (routed[k]) return false;
    return true;
  });
}

/**
 * The matches of `recordingRefs` ("We do this", "Dit doen wij", "Hierfür") in a sentence after one that
 * speaks of recording: the sentence is a purpose clause of the recording (§4, docs/notice-reading.md R22).
 */
function refsToRecording(c: Compiled, ctx: MatchContext, sentStart: Int32Array, recSentences: Set<number>): Match<null>[] {
  if (recSentences.size === 0) return [];
  let first = Infinity;
  for (const s of recSentences) if (s < first) first = s;
  return c.recordingRefs.matchRange(ctx, 0, ctx.tokens.length).filter((m) => sentStart[m.first] > first);
}

/** The matches of `dataNouns` in sentences that also process or use the data (lexicon `dataUses`): "We process your personal data for …". */
function dataUsed(c: Compiled, ctx: MatchContext, sentStart: Int32Array): Match<null>[] {
  const n = ctx.tokens.length;
  const data = c.dataNouns.matchRange(ctx, 0, n);
  if (data.length === 0) return data;
  const used = new Set<number>();
  for (const m of c.dataUses.matchRange(ctx, 0, n)) used.add(sentStart[m.first]);
  return data.filter((m) => used.has(sentStart[m.first]));
}

/** Some sentence (with a word in it) does not speak of recording. */
function hasOtherSentences(toks: Token[], sentStart: Int32Array, recSentences: Set<number>): boolean {
  for (let i = 0; i < toks.length; i++) if (toks[i].kind === 'word' && !recSentences.has(sentStart[i])) return true;
  return false;
}

/**
 * Sentences (by their first token) of a statement that speaks of recording (`recSentences`), uses a
 * recording or names this call (`uses`). A colon or a semicolon does not end a statement: "We record calls to: check for
 * mistakes; train staff" is one statement, so its parts are marked together.
 */
function statementsAbout(toks: Token[], sentStart: Int32Array, recSentences: Set<number>, uses: Match<null>[]): Set<number> {
  const about = new Set<number>(recSentences);
  for (const m of uses) about.add(sentStart[m.first]);
  // Group sentences into statements: a stop other than ':' or ';' ends one.
  const n = toks.length;
  let group: number[] = [];
  let marked = false;
  // "…, tenzij: Het nodig is om een klacht te onderzoeken. Het deel uitmaakt van …": a colon that opens a list of
  // sentence items carries the statement over the items that follow, up to a paragraph break (docs/notice-reading.md R35).
  let colon = false;
  let listLeft = 0;
  const flush = () => {
    if (!marked && listLeft > 0 && group.length > 0) {
      marked = true;
      listLeft--;
    } else if (marked && colon) listLeft = LIST_SENTENCES;
    else listLeft = 0;
    if (marked) for (const s of group) about.add(s);
    group = [];
    marked = false;
    colon = false;
  };
  for (let i = 0; i < n; i++) {
    if (toks[i].kind === 'stop') {
      if (toks[i].surface === ':') colon = true;
      // ".;" is a bullet's end before the next bullet (lists are joined with "; "): it does not end the statement (R226)
      if (toks[i].surface !== ':' && !toks[i].surface.includes(';')) {
        const paragraph = toks[i].surface.includes('\n');
        flush();
        if (paragraph) listLeft = 0;
      }
      continue;
    }
    const s = sentStart[i];
    if (group[group.length - 1] !== s) {
      group.push(s);
      if (about.has(s)) marked = true;
    }
  }
  flush();
  return about;
}

/** How many sentences after a colon may be items of its list (R35). */
const LIST_SENTENCES = 8;

/** How many words before a purpose phrase its goal marker may stand ("om de kwaliteit van onze dienstverlening te bewaken"). */
const GOAL_REACH = 8;

/** A goal marker (marked in `isGoal`) stands inside the match [first, last] or up to GOAL_REACH words before it, in its sentence ("Teamleiter zur Beurteilung"). */
function afterGoal(isGoal: Uint8Array, sentStart: Int32Array, first: number, last: number): boolean {
  for (let k = last; k >= Math.max(sentStart[first], first - GOAL_REACH); k--) if (isGoal[k]) return true;
  return false;
}

/** The active negation that covers a match (in its forward scope, or inside it), or -1. */
function negationOf(toks: Token[], negActive: Uint8Array, negScope: Uint8Array, sentStart: Int32Array, first: number, end: number): number {
  for (let k = first; k <= end; k++) if (negActive[k]) return k;
  if (!negScope[first]) return -1;
  for (let k = first - 1; k >= sentStart[first]; k--) if (negActive[k]) return k;
  return -1;
}

/** The negation at `at` follows a purpose-clause marker of its clause closely: it is part of the goal it names. */
function inGoal(toks: Token[], c: Compiled, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 1 - c.windows.goalNegationReach); k--) {
    const t = toks[k];
    // a comma or a coordinator between them: the negation opens a clause of its own ("om te trainen en niet voor marketing")
    if (t.kind !== 'word' || wordIs(t, c.coordinators)) return false;
    if (wordIs(t, c.purposeMarkers)) return true;
  }
  return false;
}
