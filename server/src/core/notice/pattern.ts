/**
 * The generic phrase matcher. Lexicon phrases are written in a small, readable notation:
 *
 *   word        the word, in any inflection ("klacht" matches "klachten"), any case, any accents
 *   =word       exactly this word form (any case and accents): "=record" is the noun, not "recorded"
 *   _           any one word ("handle|process your !data _": the caller's own matter, whatever its noun)
 *   word*       a word starting with this ("kwaliteit*" matches "kwaliteitsbewaking")
 *   *word       a word ending with this, i.e. a compound head ("*fraude" matches "betalingsfraude")
 *   *word*      a word containing this
 *   a|b|c       any of these
 *   ?word       optionally this word
 *   !word       the next word is NOT this (nothing is consumed)
 *   ..          up to 3 words in between (within the sentence; commas allowed)
 *   ...         up to 6 words in between;  ...N  up to N words
 *
 * A gap also skips an aside set off by commas (`MatchContext.asides`: "so that your order, once placed, can be
 * processed") of up to 12 words, at most two asides a gap, as if it were not there (docs/notice-reading.md R140).
 *
 * A phrase matches a run of tokens inside one sentence. Hyphens and apostrophes in a phrase
 * separate words, as in the text ("AI-modellen" = "ai modellen", "d'être" = "d être").
 */
import { modifierTest } from './lang/compounds';
import { packOf } from './lang/registry';
import { fold, stem } from './normalise';
import type { Token } from './tokens';
import type { NoticeLang } from './types';

type AltKind = 'word' | 'exact' | 'prefix' | 'suffix' | 'infix' | 'any';
interface Alt {
  kind: AltKind;
  text: string;
  key: string;
  /** For a compound head (`*word`, `*word*`): whether the part of the word before it is a modifier (./lang/compounds.ts). */
  modifier?: (before: string) => boolean;
}
type Elem =
  | { type: 'tok'; alts: Alt[]; optional: boolean; negative: boolean }
  | { type: 'gap'; max: number };

export interface Phrase<T> {
  source: string;
  elems: Elem[];
  /** Literal characters in the phrase: the more specific phrase wins a tie. */
  specificity: number;
  data: T;
}

export interface Match<T> {
  phrase: Phrase<T>;
  /** First and last token of the span (inclusive). */
  first: number;
  last: number;
  /** Index of the last token of the whole match (may lie beyond `last` after a list link). */
  end: number;
  /** Only the named words and function words lie inside the span, no list link used. */
  tight: boolean;
  /** After a list link: the token the match went on at (the shared head, or the later item of a head before its list). */
  resumed?: number;
}

export class PhraseError extends Error {}

function compileAlt(lang: NoticeLang, raw: string): Alt {
  if (raw === '_') return { kind: 'any', text: '_', key: '_' };
  const exact = raw.startsWith('=');
  if (exact) raw = raw.slice(1);
  const pre = raw.startsWith('*');
  const post = raw.endsWith('*') && raw.length > 1;
  const text = fold(raw.replace(/^\*/, '').replace(/\*$/, ''));
  if (!text || /[*|?!.=]/.test(text)) throw new PhraseError(`bad word "${raw}"`);
  const kind: AltKind = exact ? 'exact' : pre && post ? 'infix' : pre ? 'suffix' : post ? 'prefix' : 'word';
  const alt: Alt = { kind, text, key: kind === 'word' ? stem(lang, text) : text };
  if (kind === 'suffix' || kind === 'infix') {
    const m = modifierTest(packOf(lang));
    if (m) alt.modifier = m;
  }
  return alt;
}

/** Compile one phrase of the notation above. Throws PhraseError on a malformed phrase. */
export function compilePhrase<T>(lang: NoticeLang, source: string, data: T): Phrase<T> {
  for (const raw of source.trim().split(/\s+/)) {
    if (raw.includes('|') && /[-‐‑]/.test(raw)) throw new PhraseError(`a hyphenated word cannot be an alternative: "${source}"`);
  }
  const parts = source
    .replace(/[’'`´ʼ]/g, ' ')
    .replace(/(\p{L})[-‐‑](?=\p{L})/gu, '$1 ')
    .trim()
    .split(/\s+/)
    .filter((p) => p.length > 0);
  const elems: Elem[] = [];
  let specificity = 0;
  for (const p of parts) {
    const gap = /^\.\.(\.)?(\d+)?$/.exec(p);
    if (gap) {
      elems.push({ type: 'gap', max: gap[2] ? Number(gap[2]) : gap[1] ? 6 : 3 });
      continue;
    }
    let body = p;
    let optional = false;
    let negative = false;
    if (body.startsWith('?')) {
      optional = true;
      body = body.slice(1);
    } else if (body.startsWith('!')) {
      negative = true;
      body = body.slice(1);
    }
    const alts = body.split('|').filter((a) => a.length > 0).map((a) => compileAlt(lang, a));
    if (alts.length === 0) throw new PhraseError(`empty element in "${source}"`);
    if (!optional && !negative) specificity += Math.min(...alts.map((a) => a.text.length)) + (alts.every((a) => a.kind === 'word' || a.kind === 'exact') ? 1 : 0); // bounded: a lexicon pattern's alternatives
    elems.push({ type: 'tok', alts, optional, negative });
  }
  const e0 = elems[0];
  if (!e0 || e0.type !== 'tok' || e0.optional || e0.negative || e0.alts.some((a) => a.kind === 'any')) {
    throw new PhraseError(`phrase must start with a plain word: "${source}"`);
  }
  const last = elems[elems.length - 1];
  if (last.type === 'gap') throw new PhraseError(`phrase must not end with a gap: "${source}"`);
  return { source, elems, specificity, data };
}

/** A word matches in its spelling or in its language's standard spelling (`Token.alt`, docs/notice-reading.md R120). */
function altMatches(a: Alt, t: Token): boolean {
  return formMatches(a, t.norm, t.stem) || (t.alt !== undefined && formMatches(a, t.alt.norm, t.alt.stem));
}

function formMatches(a: Alt, norm: string, stem: string): boolean {
  switch (a.kind) {
    case 'word':
      return stem === a.key || norm === a.text;
    case 'exact':
      return norm === a.text;
    case 'any':
      return true;
    case 'prefix':
      return norm.startsWith(a.text);
    case 'suffix':
      return norm.endsWith(a.text) && (!a.modifier || a.modifier(norm.slice(0, norm.length - a.text.length)));
    case 'infix': {
      const at = norm.indexOf(a.text);
      if (at < 0) return false;
      if (!a.modifier || a.modifier(norm.slice(0, at))) return true;
      // a later occurrence may stand at a boundary
      for (let k = norm.indexOf(a.text, at + 1); k >= 0; k = norm.indexOf(a.text, k + 1)) if (a.modifier(norm.slice(0, k))) return true;
      return false;
    }
  }
}

function elemMatches(alts: Alt[], t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  for (const a of alts) if (altMatches(a, t)) return true;
  return false;
}

/** Context the matcher needs besides the tokens. */
export interface MatchContext {
  tokens: Token[];
  /**
   * Token index → the tokens a phrase may go on at after it, across a list: "quality" in "quality and training purposes" →
   * "purposes"; the "de" of "fines de calidad y servicio" → "servicio" (a head before its list, R201).
   */
  links: Map<number, readonly number[]>;
  /** Function words: may sit inside a tight match. */
  isFiller(t: Token): boolean;
  /**
   * Asides set off by commas: for the comma that opens one, the index of the comma that closes it (else 0). A gap
   * skips an aside whole, without counting its words (docs/notice-reading.md R140); absent: no asides.
   */
  asides?: Int32Array;
}

/** A context with no list links, no asides and no fillers: for word-list lookups by phrase (clause subjects, durations). */
export function plainContext(tokens: Token[]): MatchContext {
  return { tokens, links: new Map(), isFiller: () => false };
}

interface State {
  matched: number[];
  linkedAt: number;
}

/** A set of compiled phrases with an index on their first word, for linear-time scanning. */
export class PhraseSet<T> {
  private readonly byKey = new Map<string, Phrase<T>[]>();
  private readonly byPrefix = new Map<string, Phrase<T>[]>();
  private readonly scanned: Phrase<T>[] = [];
  readonly phrases: Phrase<T>[] = [];
  private readonly index = new Map<Phrase<T>, number>();
  private marks = new Uint32Array(0);
  private stamp = 0;

  constructor(readonly lang: NoticeLang) {}

  add(source: string, data: T): void {
    const p = compilePhrase(this.lang, source, data);
    this.index.set(p, this.phrases.length);
    this.phrases.push(p);
    this.marks = new Uint32Array(this.phrases.length);
    const e0 = p.elems[0];
    if (e0.type !== 'tok') return;
    const seen = new Set<string>();
    let scanned = false;
    for (const a of e0.alts) {
      if (a.kind === 'exact') {
        if (!seen.has('n:' + a.text)) {
          seen.add('n:' + a.text);
          push(this.byKey, a.text, p);
        }
      } else if (a.kind === 'word') {
        const k = 'k:' + a.key;
        if (!seen.has(k)) {
          seen.add(k);
          push(this.byKey, a.key, p);
        }
        const n = 'n:' + a.text;
        if (a.text !== a.key && !seen.has(n)) {
          seen.add(n);
          push(this.byKey, a.text, p);
        }
      } else if (a.kind === 'prefix' && a.text.length >= 2) {
        const k = 'p:' + a.text.slice(0, 2);
        if (!seen.has(k)) {
          seen.add(k);
          push(this.byPrefix, a.text.slice(0, 2), p);
        }
      } else {
        scanned = true;
      }
    }
    if (scanned) this.scanned.push(p);
  }

  /** The phrases whose first word may match token t, each once (into `out`, emptied first). */
  private candidates(t: Token, out: Phrase<T>[]): Phrase<T>[] {
    out.length = 0;
    if (++this.stamp === 0xffffffff) {
      this.marks.fill(0);
      this.stamp = 1;
    }
    this.addCandidates(this.byKey.get(t.stem), out);
    if (t.norm !== t.stem) this.addCandidates(this.byKey.get(t.norm), out);
    this.addCandidates(this.byPrefix.get(t.norm.slice(0, 2)), out);
    if (t.alt !== undefined) {
      this.addCandidates(this.byKey.get(t.alt.stem), out);
      if (t.alt.norm !== t.alt.stem) this.addCandidates(this.byKey.get(t.alt.norm), out);
      this.addCandidates(this.byPrefix.get(t.alt.norm.slice(0, 2)), out);
    }
    this.addCandidates(this.scanned, out);
    return out;
  }

  private addCandidates(list: Phrase<T>[] | undefined, out: Phrase<T>[]): void {
    if (!list) return;
    const marks = this.marks;
    const stamp = this.stamp;
    for (let i = 0; i < list.length; i++) {
      const p = list[i];
      const k = this.index.get(p) ?? 0;
      if (marks[k] !== stamp) {
        marks[k] = stamp;
        out.push(p);
      }
    }
  }

  /** A scratch list for `candidates` (matching is synchronous: one scan at a time per set). */
  private readonly scratch: Phrase<T>[] = [];

  /** Per token: whether some phrase of this set covers it (all tokens of each match). */
  cover(ctx: MatchContext): Uint8Array {
    const out = new Uint8Array(ctx.tokens.length);
    for (const m of this.matchRange(ctx, 0, ctx.tokens.length)) for (let k = m.first; k <= m.end; k++) out[k] = 1;
    return out;
  }

  /** All matches starting at token i (at most one per phrase: the shortest). */
  matchAt(ctx: MatchContext, i: number): Match<T>[] {
    const t = ctx.tokens[i];
    if (!t || t.kind !== 'word') return [];
    const out: Match<T>[] = [];
    this.matchInto(ctx, i, t, out);
    return out;
  }

  private matchInto(ctx: MatchContext, i: number, t: Token, out: Match<T>[]): void {
    const cands = this.candidates(t, this.scratch);
    for (let c = 0; c < cands.length; c++) {
      const p = cands[c];
      const e0 = p.elems[0];
      if (e0.type !== 'tok' || !elemMatches(e0.alts, t)) continue;
      const m = matchPhrase(ctx, p, i);
      if (m) out.push(m);
    }
  }

  /** All matches anywhere in [from, to). */
  matchRange(ctx: MatchContext, from: number, to: number): Match<T>[] {
    const out: Match<T>[] = [];
    const toks = ctx.tokens;
    for (let i = from; i < to; i++) {
      const t = toks[i];
      if (t && t.kind === 'word') this.matchInto(ctx, i, t, out);
    }
    return out;
  }

  /** Whether token i is matched by a one-word phrase of this set. */
  has(ctx: MatchContext, i: number): boolean {
    const t = ctx.tokens[i];
    if (!t || t.kind !== 'word') return false;
    const cands = this.candidates(t, this.scratch);
    for (let c = 0; c < cands.length; c++) {
      const p = cands[c];
      const e0 = p.elems[0];
      if (e0.type === 'tok' && elemMatches(e0.alts, t) && matchPhrase(ctx, p, i)) return true;
    }
    return false;
  }
}

function push<T>(m: Map<string, T[]>, k: string, v: T): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

const MAX_STEPS = 2000;

/** How many asides one gap may skip. */
const MAX_ASIDES = 2;

function matchPhrase<T>(ctx: MatchContext, p: Phrase<T>, start: number): Match<T> | undefined {
  const toks = ctx.tokens;
  const asides = ctx.asides;
  const st: State = { matched: [], linkedAt: -1 };
  let steps = 0;

  const rec = (ei: number, ti: number): number => {
    if (++steps > MAX_STEPS) return -1;
    if (ei === p.elems.length) return ti;
    const e = p.elems[ei];
    if (e.type === 'gap') return gap(ei, ti, e.max, 0);
    if (e.negative) {
      return elemMatches(e.alts, toks[ti]) ? -1 : rec(ei + 1, ti);
    }
    if (elemMatches(e.alts, toks[ti])) {
      st.matched.push(ti);
      const r = rec(ei + 1, ti + 1);
      if (r >= 0) return r;
      const heads = ctx.links.get(ti);
      if (heads !== undefined && st.linkedAt < 0) {
        st.linkedAt = ti;
        for (const head of heads) {
          const r2 = rec(ei + 1, head);
          if (r2 >= 0) return r2;
        }
        st.linkedAt = -1;
      }
      st.matched.pop();
    }
    if (e.optional) return rec(ei + 1, ti);
    return -1;
  };

  // A gap from token ti with `left` words to go. The words are tried first, fewest first; then each aside the gap
  // met is skipped whole, its words not counted, and the gap goes on after it with the words it had left (R140).
  const gap = (ei: number, ti: number, left: number, skipped: number): number => {
    let j = ti;
    let opened = -1;
    for (let k = 0; k <= left; k++) {
      if (k > 0) {
        const g = toks[j];
        if (!g || g.kind === 'stop') break;
        j++;
      }
      const r = rec(ei + 1, j);
      if (r >= 0) return r;
      if (opened < 0 && asides && asides[j] > j) opened = j;
    }
    if (opened < 0 || skipped >= MAX_ASIDES) return -1;
    for (let a = opened, k = opened - ti; a < toks.length && k <= left; a++, k++) {
      const g = toks[a];
      if (!g || g.kind === 'stop') break;
      if (asides![a] > a) {
        const r = gap(ei, asides![a] + 1, left - k, skipped + 1);
        if (r >= 0) return r;
      }
    }
    return -1;
  };

  const endNext = rec(0, start);
  if (endNext < 0 || st.matched.length === 0) return undefined;
  const last = st.linkedAt >= 0 ? st.linkedAt : st.matched[st.matched.length - 1];
  let tight = st.linkedAt < 0;
  if (tight) {
    const inMatch = new Set(st.matched);
    for (let k = start; k <= last; k++) {
      if (inMatch.has(k)) continue;
      const g = toks[k];
      if (g.kind !== 'word' || !ctx.isFiller(g)) {
        tight = false;
        break;
      }
    }
  }
  const out: Match<T> = { phrase: p, first: start, last, end: st.matched[st.matched.length - 1], tight };
  if (st.linkedAt >= 0) {
    const resumed = st.matched[st.matched.indexOf(st.linkedAt) + 1];
    if (resumed !== undefined) out.resumed = resumed;
  }
  return out;
}
