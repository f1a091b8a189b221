/**
 * Tokeniser for spoken notice texts. Produces words (with exact UTF-16 spans), commas and
 * sentence stops. Hyphenated words are split into parts ("AI-modellen" → "ai" + "modellen",
 * the second marked `joined`); a word that ends in a hyphen followed by a space or comma is a
 * hyphen ellipsis ("trainings- en kwaliteitsdoeleinden"): its span includes the hyphen and its
 * `norm` is completed with the shared head of the next full word ("trainingsdoeleinden").
 */
import { fold, respell, stem } from './normalise';
import type { NoticeLang } from './types';

export type TokenKind = 'word' | 'comma' | 'stop';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** Folded form (for an ellipsis word: completed with the shared head). */
  norm: string;
  /** Inflection key of `norm`. */
  stem: string;
  /** Folded form of the word as written (without completion). */
  surface: string;
  /** Attached to the previous word by a hyphen ("modellen" in "AI-modellen"). */
  joined?: boolean;
  /** A hyphen-ellipsis word ("trainings-"). */
  ellipsis?: boolean;
  /** The word in its language's standard spelling, when written otherwise ("qualitaet" → "qualitat"): it matches in either (pack `respell`). */
  alt?: { norm: string; stem: string };
  /** A masked span (./mask.ts): a word that no phrase matches. */
  masked?: boolean;
}

const TOKEN_RE = /([\p{L}\p{N}][\p{L}\p{N}\p{M}]*)|([.!?;:…]+)|(,)|([-‐‑–—])|(\n[ \t]*\r?\n)|(['’ʼ`´])/gu;

/** Longest head (from `heads`) that `word` ends with and that leaves a non-empty modifier. */
function sharedHead(word: string, heads: readonly string[]): string {
  let best = '';
  for (const h of heads) {
    if (h.length > best.length && word.length > h.length && word.endsWith(h)) best = h;
  }
  return best || word;
}

/** What the tokeniser takes from a language pack. */
export interface TokenRules {
  /** Compound heads a hyphen ellipsis may share ("doeleinden" in "trainings- en kwaliteitsdoeleinden"). */
  compoundHeads: readonly string[];
  /** Coordinators, which a hyphen ellipsis may skip on the way to its head. */
  coordinators: ReadonlySet<string>;
  /** How many words and commas the ellipsis may skip. */
  ellipsisReach: number;
  /** Spans that are not read (./mask.ts), sorted and disjoint: each becomes one word that matches nothing. */
  mask?: readonly { start: number; end: number }[];
  /** Abbreviations (folded, parts joined by a space): their full stops end no sentence ("z. B.", "e.g."). */
  abbreviations?: ReadonlySet<string>;
}

/** How many dotted parts an abbreviation may have ("i. d. R."). */
const ABBREVIATION_PARTS = 3;

/**
 * Drop the full stops of abbreviations (`abbr`): a word, a '.', and up to two more word + '.' pairs, each part written right
 * after the last. So too the stop of an initial (one capital letter) that a lower-case word follows: "Ook bewaart M. geen
 * telefoongesprekken" is one sentence (docs/notice-reading.md R260).
 */
function dropAbbreviationStops(toks: Token[], abbr: ReadonlySet<string>, text: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    out.push(t);
    if (t.kind !== 'word' || t.masked) continue;
    if (isInitialBeforeLowerCase(toks, i, text)) {
      i++;
      continue;
    }
    if (abbr.size === 0) continue;
    // the longest run word . word . … that is an abbreviation
    let best = -1;
    let parts = t.surface;
    for (let k = 0, j = i; k < ABBREVIATION_PARTS; k++) {
      const dot = toks[j + 1];
      if (!dot || dot.kind !== 'stop' || dot.surface !== '.' || dot.start !== toks[j].end) break;
      if (abbr.has(parts)) best = j + 1;
      const next = toks[j + 2];
      if (!next || next.kind !== 'word' || next.masked || next.start - dot.end > 1 || next.surface.length > 3) break;
      parts += ' ' + next.surface;
      j += 2;
    }
    if (best < 0) continue;
    for (let k = i + 1; k <= best; k++) if (toks[k].kind === 'word') out.push(toks[k]);
    i = best;
  }
  return out;
}

/** Token i is one capital letter, a '.' right after it, and a word starting in lower case after that. */
function isInitialBeforeLowerCase(toks: Token[], i: number, text: string): boolean {
  const t = toks[i];
  const dot = toks[i + 1];
  const next = toks[i + 2];
  if (t.end - t.start !== 1 || !/\p{Lu}/u.test(text[t.start] ?? '')) return false;
  if (!dot || dot.kind !== 'stop' || dot.surface !== '.' || dot.start !== t.end) return false;
  return next !== undefined && next.kind === 'word' && !next.masked && /\p{Ll}/u.test(text[next.start] ?? '');
}

export function tokenize(text: string, lang: NoticeLang, rules: TokenRules): Token[] {
  const { compoundHeads, coordinators, ellipsisReach } = rules;
  const mask = rules.mask ?? [];
  let mi = 0;
  const toks: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let pendingJoin = false;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    while (mi < mask.length && mask[mi].end <= start) mi++;
    const ms = mask[mi];
    if (ms !== undefined && end > ms.start) {
      // A masked span (a name, a URL, a number): one word that no phrase matches, in place of its words and stops.
      toks.push({ kind: 'word', start: Math.min(start, ms.start), end: ms.end, norm: '', stem: '', surface: '', masked: true });
      TOKEN_RE.lastIndex = Math.max(ms.end, end);
      pendingJoin = false;
      mi++;
      continue;
    }
    if (m[1] !== undefined) {
      const f = fold(m[1]);
      const t: Token = { kind: 'word', start, end, norm: f, stem: stem(lang, f), surface: f };
      const r = respell(lang, f);
      if (r !== undefined) t.alt = { norm: r, stem: stem(lang, r) };
      if (pendingJoin) {
        const prev = toks[toks.length - 1];
        if (prev && prev.kind === 'word' && prev.end === start - 1) t.joined = true;
      }
      pendingJoin = false;
      toks.push(t);
    } else if (m[2] !== undefined) {
      pendingJoin = false;
      // A full stop between digits ("0.5", "8.30") is not a sentence end.
      if (m[0] === '.' && /\d/.test(text[start - 1] ?? '') && /\d/.test(text[end] ?? '')) continue;
      toks.push({ kind: 'stop', start, end, norm: m[0], stem: m[0], surface: m[0] });
    } else if (m[3] !== undefined) {
      pendingJoin = false;
      toks.push({ kind: 'comma', start, end, norm: ',', stem: ',', surface: ',' });
    } else if (m[4] !== undefined) {
      const prev = toks[toks.length - 1];
      const before = text[start - 1] ?? ' ';
      const after = text[end] ?? ' ';
      const prevAdjacent = prev !== undefined && prev.kind === 'word' && prev.end === start;
      if (prevAdjacent && /[\p{L}\p{N}]/u.test(after)) {
        pendingJoin = true;
      } else if (prevAdjacent && (/\s/.test(after) || after === ',' || end === text.length)) {
        prev.end = end;
        prev.ellipsis = true;
        pendingJoin = false;
      } else {
        pendingJoin = false;
        // A dash between spaces separates clauses like a comma.
        if (/\s/.test(before) || /\s/.test(after)) toks.push({ kind: 'comma', start, end, norm: ',', stem: ',', surface: ',' });
      }
    } else if (m[5] !== undefined) {
      pendingJoin = false;
      toks.push({ kind: 'stop', start, end, norm: '\n', stem: '\n', surface: '\n' });
    } else {
      // apostrophe: separates elided words ("n'enregistrons", "don't", "council's")
      pendingJoin = false;
    }
  }
  // Complete hyphen-ellipsis words with the shared head of the next full word.
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.ellipsis) continue;
    let j = i + 1;
    let steps = 0;
    while (j < toks.length && steps < ellipsisReach) {
      const u = toks[j];
      if (u.kind === 'comma' || (u.kind === 'word' && (u.ellipsis || coordinators.has(u.norm)))) {
        j++;
        steps++;
        continue;
      }
      break;
    }
    const head = toks[j];
    if (j > i + 1 && head && head.kind === 'word') {
      // "Sicherheits- und Qualitaetsgruenden": a head written without umlauts is found in its standard spelling (R120).
      let h = sharedHead(head.norm, compoundHeads);
      if (h === head.norm && head.alt !== undefined) h = sharedHead(head.alt.norm, compoundHeads);
      t.norm = t.surface + h;
      t.stem = stem(lang, t.norm);
      if (t.alt !== undefined) t.alt = { norm: t.alt.norm + h, stem: stem(lang, t.alt.norm + h) };
    }
  }
  return dropAbbreviationStops(toks, rules.abbreviations ?? new Set<string>(), text);
}
