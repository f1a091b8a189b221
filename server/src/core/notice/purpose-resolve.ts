/**
 * Which purpose matches stand when matches overlap: maximal munch (a tight or stop phrase hides what
 * lies inside it), a vague word made specific by its complement, a purpose outranked by a phrase that
 * contains it (lexicon `outranks`), a vague head taken by the specific phrase before it (R100), and a
 * policy's own phrases over built-in readings of the same words. Used by ./purpose-match.
 */
import type { Compiled, PurposeData } from './compiled';
import { wordIs } from './clauses';
import type { Match } from './pattern';
import type { Token } from './tokens';

/** How far back a containing match can start (matches are short: at most a few gaps of ≤ 8 words). */
const MAX_MATCH_TOKENS = 64;

/** A stop phrase wins a tie on an equal span: it exists to hide what it covers ("fraudehelpdesk" is no fraud purpose). */
const STOP_WEIGHT = 1_000_000;

function priority(m: Match<PurposeData>): number {
  return m.phrase.specificity + m.phrase.data.bonus + (m.phrase.data.stop ? STOP_WEIGHT : 0);
}

/**
 * A vague word that heads a longer, specific phrase of the same purpose is made specific by its
 * complement, even when other words stand inside that phrase (§4): "to test the quality of the
 * telephone consultations" names quality assurance, not the vague "quality". Only a phrase that starts
 * at the vague word counts: in "monitored for training, quality and compliance purposes" the vague
 * phrase stays vague.
 */
function madeSpecific(m: Match<PurposeData>, byFirst: Map<number, Match<PurposeData>[]>): boolean {
  const d = m.phrase.data;
  if (!d.vague || d.id === undefined) return false;
  for (const t of byFirst.get(m.first) ?? []) {
    const td = t.phrase.data;
    if (t === m || td.vague || td.stop || td.id !== d.id) continue;
    if (t.end >= m.end && t.end - t.first > m.end - m.first) return true;
  }
  return false;
}

/**
 * A match of a purpose that contains a match of a rule that outranks that purpose (lexicon `outranks`), or that begins
 * inside one: the outranking phrase takes the words it covers ("klachten over uw factuur af te handelen": the caller's
 * invoice is what the complaint is about, not a matter of its own, docs/notice-reading.md R112).
 */
function outranked(m: Match<PurposeData>, byFirst: Map<number, Match<PurposeData>[]>): boolean {
  const id = m.phrase.data.id;
  if (id === undefined) return false;
  for (let f = Math.max(0, m.first - MAX_MATCH_TOKENS); f <= m.end; f++) {
    for (const t of byFirst.get(f) ?? []) {
      if (t === m || !t.phrase.data.outranks?.includes(id)) continue;
      if (sharesHeadWith(m, t)) continue;
      if (t.first >= m.first && t.end <= m.end) return true;
      if (t.first < m.first && m.first <= t.last) return true;
    }
  }
  return false;
}

/**
 * Maximal munch: a tight match, and a stop phrase tight or not, hides every match inside its span (on
 * an equal span, the more specific phrase wins); for one purpose, a tight match also hides loose
 * matches that overlap it. A phrase of the policy (`phrases:`) is hidden only by a stop phrase or a
 * longer phrase of the policy, and it hides a built-in reading of the same words: one whose other words
 * are fillers and goal markers ("om uw retour te verwerken" around the policy's "uw retour te
 * verwerken"), while "klachten over uw retour af te handelen" stays complaint handling beside the
 * policy's "retour". A vague head taken by the phrase before it (R100) and a vague word made specific
 * by its complement are hidden too (madeSpecific).
 */
export function resolve(matches: Match<PurposeData>[], text: string, toks: Token[], c: Compiled): Match<PurposeData>[] {
  // A stop phrase hides what lies inside it even with other words between ("verpflichtet, Sie darauf hinzuweisen").
  const tightByFirst = byFirstToken(matches.filter((m) => m.tight || m.phrase.data.stop === true));
  const byFirst = byFirstToken(matches);
  const byPolicy = policyCover(matches, toks.length);
  const out: Match<PurposeData>[] = [];
  for (const m of matches) {
    const isPolicy = m.phrase.data.policy === true;
    if (!isPolicy && byPolicy && sameWordsAsPolicy(m, toks, c, byPolicy)) continue;
    let hidden = !isPolicy && (madeSpecific(m, byFirst) || outranked(m, byFirst));
    for (let f = m.end; f >= m.first - MAX_MATCH_TOKENS && f >= 0 && !hidden; f--) {
      for (const t of tightByFirst.get(f) ?? []) {
        if (t !== m && hides(t, m, text, toks)) {
          hidden = true;
          break;
        }
      }
    }
    if (!hidden) out.push(m);
  }
  return out;
}

/** m goes on through a list link (end beyond last) to an item after t, and t reaches past m's link point: both items of one head before its list (R201). */
function sharesHeadWith(m: Match<PurposeData>, t: Match<PurposeData>): boolean {
  return m.end > m.last && t.last > m.last && t.end < m.end;
}

/** The matches grouped by their first token. */
function byFirstToken(matches: Match<PurposeData>[]): Map<number, Match<PurposeData>[]> {
  const out = new Map<number, Match<PurposeData>[]>();
  for (const m of matches) {
    const l = out.get(m.first);
    if (l) l.push(m);
    else out.set(m.first, [m]);
  }
  return out;
}

/** The tight (or stop) match t, starting at or before m's end, hides match m. */
function hides(t: Match<PurposeData>, m: Match<PurposeData>, text: string, toks: Token[]): boolean {
  // a built-in phrase never hides the policy's own words; a stop phrase does
  if (m.phrase.data.policy === true && !t.phrase.data.policy && !t.phrase.data.stop) return false;
  // m shares a head that opens a list with t, the list's first item, and reaches a later item through its link: "fines de
  // calidad y servicio" is fines de calidad and fines de servicio (R201)
  if (sharesHeadWith(m, t)) return false;
  const contains = t.first <= m.first && t.last >= m.last;
  if (!t.tight && !contains) return false;
  if (contains) {
    const equal = t.first === m.first && t.last === m.last;
    if (!equal || priority(t) > priority(m)) return true;
  }
  // A loose match whose first word lies inside a longer tight phrase: that word is taken
  // ("sentiment analysis of calls" is emotion recognition, not speech analytics).
  if (!m.tight && t.last > t.first && t.first <= m.first && m.first <= t.last && t.phrase.data.id !== m.phrase.data.id) return true;
  // A vague head whose first word ends a tight, specific phrase before it is taken by that phrase: in
  // "quality monitoring purposes" and "staff monitoring purposes" the monitoring is named, and "purposes"
  // only says it is a goal (docs/notice-reading.md R100). Language-independent: words written apart.
  // Only words written apart by spaces or a hyphen form such a phrase: "monitoring/quality purposes" is a list of two.
  if (m.tight && m.phrase.data.vague && t.tight && !t.phrase.data.vague && !t.phrase.data.stop && t.phrase.data.id !== undefined && t.first < m.first && t.last >= m.first && t.last < m.last && spaced(text, toks, t.first, m.first)) return true;
  // (a vague tight phrase does not hide the specific phrase that makes it specific: see madeSpecific;
  // and a vague phrase reached through a list is used, beside the specific word: "for monitoring and
  // training purposes" says "monitoring purposes", §4 a list shares its head, §7 vague beside specific)
  const vagueThroughList = m.phrase.data.vague && !t.phrase.data.vague && m.end > t.last;
  return !m.tight && t.phrase.data.id !== undefined && t.phrase.data.id === m.phrase.data.id && t.first <= m.end && t.last >= m.first && !(t.phrase.data.vague && !m.phrase.data.vague) && !vagueThroughList;
}

/** Per token, 1 when a phrase of the policy covers it; undefined when the policy's phrases match nowhere. */
function policyCover(matches: Match<PurposeData>[], n: number): Uint8Array | undefined {
  let cover: Uint8Array | undefined;
  for (const m of matches) {
    if (!m.phrase.data.policy) continue;
    cover ??= new Uint8Array(n);
    for (let k = m.first; k <= m.last; k++) cover[k] = 1;
  }
  return cover;
}

/** Match m (a built-in phrase, not a stop phrase) reads words of a policy phrase, and its other words are fillers and goal markers. */
function sameWordsAsPolicy(m: Match<PurposeData>, toks: Token[], c: Compiled, cover: Uint8Array): boolean {
  if (m.phrase.data.stop) return false;
  let shared = false;
  for (let k = m.first; k <= m.last; k++) {
    if (cover[k]) shared = true;
    else if (toks[k].kind === 'word' && !wordIs(toks[k], c.fillers) && !wordIs(toks[k], c.purposeMarkers)) return false;
  }
  return shared;
}

/** Tokens first..last follow each other with only spaces, or a hyphen, between them. */
function spaced(text: string, toks: Token[], first: number, last: number): boolean {
  for (let k = first + 1; k <= last; k++) {
    if (toks[k - 1].kind !== 'word' || toks[k].kind !== 'word') return false;
    // a hyphen joins the words of a compound ("staff-monitoring purposes"); a slash lists them
    const between = text.slice(toks[k - 1].end, toks[k].start).trim();
    if (between !== '' && between !== '-') return false;
  }
  return true;
}
