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

const SENTENCE_RE = /[^.!?;…\n]+/gu;
const WORD_RE = /\p{L}+/gu;

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
  SENTENCE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_RE.exec(text)) !== null) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length === 0) continue;
    const other = sentenceLanguage(body, lang);
    if (other) out.push({ start: m.index + lead, end: m.index + lead + body.length, lang: other });
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
