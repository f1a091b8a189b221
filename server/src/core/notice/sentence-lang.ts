/**
 * The language of each sentence (notice-reading.md §6): a sentence plainly in another supported
 * language than the text's is read in that language. "Plainly" is counted on function words (the
 * packs' stop words, connectors and negations): the other language has at least
 * `MIN_WORDS` of them in the sentence and more than twice as many as the declared one.
 */
import { PACKS, type NoticeLang } from './lang/registry';
import { fold } from './normalise';

export interface SentenceLang {
  /** The sentence's words, from its first word to its last (the stop after it is not included). */
  start: number;
  end: number;
  lang: NoticeLang;
}

const MIN_WORDS = 3;

let functionWords: ReadonlyMap<NoticeLang, ReadonlySet<string>> | undefined;

function wordsOf(lang: NoticeLang): ReadonlySet<string> {
  if (!functionWords) {
    const m = new Map<NoticeLang, ReadonlySet<string>>();
    for (const p of PACKS) {
      const lex = p.lexicon;
      const all = [...lex.fillers, ...lex.coordinators, ...lex.subordinators, ...lex.negations].filter((w) => !w.includes(' '));
      m.set(p.code, new Set(all.map((w) => fold(w))));
    }
    functionWords = m;
  }
  return functionWords.get(lang) ?? new Set();
}

const WORD_RE = /\p{L}+/gu;

/** Where a sentence may end: a run of stops, or a blank line. A single line break is a space, as in the tokeniser. */
const STOP_RE = /[.!?;…]+|\n[ \t]*\r?\n/gu;

let abbreviations: RegExp | undefined;

/**
 * Every pack's abbreviations as one pattern of their dotted forms ("z b" → "z. B." or "z.B."), the
 * last dot included. Every pack's, because the walk runs before a sentence's language is known: an
 * English sentence with "e.g." inside a German notice is one sentence.
 */
function abbreviationRe(): RegExp {
  if (!abbreviations) {
    const list = [...new Set(PACKS.flatMap((p) => p.lexicon.abbreviations ?? []))].sort((a, b) => b.length - a.length);
    const alt = list.map((a) => a.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\.\\s?')).join('|');
    abbreviations = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt || '(?!)'})\\.`, 'giu');
  }
  return abbreviations;
}

/** One sentence of a text: its words from `start` to `end` (trimmed, the stops after it excluded); `next` is where the one after it begins. */
export interface SentenceSpan {
  start: number;
  end: number;
  next: number;
}

/**
 * The sentences of a text: a sentence ends at a run of stops (. ! ? ; …) or a blank line, but not at
 * the full stop of an abbreviation of any pack ("z. B.", "e.g.") nor at one between digits ("8.30").
 * Sentences with no letter or digit are left out. The one walk behind the analyser's foreign
 * sentences, a prompt's parts and `reclint purposes`.
 */
export function sentenceSpans(text: string): SentenceSpan[] {
  const inAbbreviation = new Set<number>();
  if (text.includes('.')) {
    const abbr = abbreviationRe();
    abbr.lastIndex = 0;
    let a: RegExpExecArray | null;
    while ((a = abbr.exec(text)) !== null) {
      for (let k = a.index; k < a.index + a[0].length; k++) if (text[k] === '.') inAbbreviation.add(k);
    }
  }
  const out: SentenceSpan[] = [];
  let from = 0;
  const push = (end: number, next: number) => {
    const raw = text.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (/[\p{L}\p{N}]/u.test(body)) out.push({ start: from + lead, end: from + lead + body.length, next });
    else if (out.length > 0) out[out.length - 1].next = next;
    from = next;
  };
  STOP_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STOP_RE.exec(text)) !== null) {
    if (m[0] === '.' && (inAbbreviation.has(m.index) || (/\d/.test(text[m.index - 1] ?? '') && /\d/.test(text[m.index + 1] ?? '')))) continue;
    let next = m.index + m[0].length;
    while (next < text.length && /\s/.test(text[next])) next++;
    push(m.index, next);
  }
  if (from < text.length) push(text.length, text.length);
  return out;
}

/** The language a sentence is plainly in, when it is another than `lang`. */
export function sentenceLanguage(sentence: string, lang: NoticeLang): NoticeLang | undefined {
  const counts = new Map<NoticeLang, number>();
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  const words: string[] = [];
  while ((m = WORD_RE.exec(sentence)) !== null) words.push(fold(m[0]));
  for (const p of PACKS) {
    const set = wordsOf(p.code);
    let n = 0;
    for (const w of words) if (set.has(w)) n++;
    counts.set(p.code, n);
  }
  const own = counts.get(lang) ?? 0;
  let best: NoticeLang | undefined;
  let bestN = 0;
  for (const [l, n] of counts) {
    if (l !== lang && n > bestN) {
      best = l;
      bestN = n;
    }
  }
  return best !== undefined && bestN >= MIN_WORDS && bestN > 2 * own ? best : undefined;
}

/** The sentences of `text` that are plainly in another supported language than `lang`, in text order. */
export function foreignSentences(text: string, lang: NoticeLang): SentenceLang[] {
  const out: SentenceLang[] = [];
  for (const { start, end } of sentenceSpans(text)) {
    const other = sentenceLanguage(text.slice(start, end), lang);
    if (other) out.push({ start, end, lang: other });
  }
  return out;
}

/** The supported language with the most function words in `text`, when one has strictly the most (a tie says nothing). */
export function likelyLanguage(text: string): NoticeLang | undefined {
  const words: string[] = [];
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(text)) !== null) words.push(fold(m[0]));
  let best: NoticeLang | undefined;
  let bestN = 0;
  let tie = false;
  for (const p of PACKS) {
    const set = wordsOf(p.code);
    let n = 0;
    for (const w of words) if (set.has(w)) n++;
    if (n > bestN) { best = p.code; bestN = n; tie = false; } else if (n === bestN && n > 0) tie = true;
  }
  return tie ? undefined : best;
}
