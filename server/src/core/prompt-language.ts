/**
 * The language of a prompt that declares none (notice-reading.md §6). A TwiML `<Say>` without
 * `language`, a Studio `say-play` without one, a Festival line before any `CHANNEL(language)`: the
 * caller still hears words of one language or another. Such a prompt is a notice in the language it is
 * plainly in, not in the policy's first language; a prompt with sentences plainly in two languages
 * ("Dit gesprek wordt opgenomen. This call is recorded.") is a notice in each, one part per language.
 *
 * "Plainly" is the sentence reading's own test (`sentence-lang.ts`): a sentence counts for another
 * language when that language's function words clearly outnumber the fallback's. A sentence plain in
 * no language ("Welkom.", "Acme.") goes with the sentence after it (the last ones with the one before).
 */
import { likelyLanguage, sentenceLanguage, sentenceSpans } from './notice/sentence-lang';
import { isNoticeLang } from './notice/analyse';
import type { NoticeLang } from './notice/types';

export interface PromptPart {
  lang: NoticeLang;
  /** The part's words: its sentences, each with the punctuation and space after it. */
  text: string;
  /** `offsets[k]` is the offset in the prompt's text of the part's k-th character (one past the end at `text.length`); absent when the part is the whole prompt. */
  offsets?: number[];
}

/** The sentences of a text, each from its first character to the next one's (its stop and the space after it included), with its trimmed words. */
function sentencesOf(text: string): { start: number; end: number; body: string }[] {
  const spans = sentenceSpans(text);
  return spans.map((s, k) => ({ start: k === 0 ? 0 : spans[k - 1].next, end: k === spans.length - 1 ? text.length : s.next, body: text.slice(s.start, s.end) }));
}

/**
 * The parts of a prompt whose language is not declared, read against the policy's first language
 * (`fallbackLang`, a tag such as `nl-BE`); undefined when the prompt declares its language or there is
 * no fallback reclint reads.
 */
export function undeclaredParts(text: string, declared: string | undefined, fallbackLang: string | undefined): PromptPart[] | undefined {
  const fallback = fallbackLang?.toLowerCase().split('-')[0];
  return declared === undefined && fallback !== undefined && isNoticeLang(fallback) ? promptParts(text, fallback) : undefined;
}

/** The prompt as one part in `fallback`, or one part per language when its sentences are plainly in others. */
export function promptParts(text: string, fallback: NoticeLang): PromptPart[] {
  const sentences: { start: number; end: number; lang?: NoticeLang }[] = [];
  for (const { start, end, body } of sentencesOf(text)) {
    const other = sentenceLanguage(body, fallback);
    sentences.push({ start, end, lang: other ?? (likelyLanguage(body) === fallback ? fallback : undefined) });
  }
  const decided = new Set(sentences.map((s) => s.lang).filter((l): l is NoticeLang => l !== undefined));
  if (!sentences.some((s) => s.lang !== undefined && s.lang !== fallback)) return [whole(text, fallback)];
  if (decided.size === 1) return [whole(text, [...decided][0])];
  // A sentence plain in no language goes with the next one (a greeting opens its language's part);
  // the last ones with the one before them.
  let next: NoticeLang | undefined;
  for (let k = sentences.length - 1; k >= 0; k--) {
    if (sentences[k].lang === undefined) sentences[k].lang = next;
    else next = sentences[k].lang;
  }
  let last: NoticeLang | undefined;
  for (const s of sentences) {
    if (s.lang === undefined) s.lang = last;
    else last = s.lang;
  }
  const parts = new Map<NoticeLang, PromptPart>();
  for (const s of sentences) {
    const p = parts.get(s.lang!) ?? { lang: s.lang!, text: '', offsets: [] as number[] };
    p.text += text.slice(s.start, s.end);
    for (let k = s.start; k < s.end; k++) p.offsets!.push(k);
    parts.set(s.lang!, p);
  }
  for (const p of parts.values()) p.offsets!.push(p.offsets![p.offsets!.length - 1] + 1);
  return [...parts.values()];
}

function whole(text: string, lang: NoticeLang): PromptPart {
  return { lang, text };
}

/** Every sentence of a text read in `lang`, its stop included, with the language it is read in (its own when plainly in another, §6): the analyser's own sentences. */
export function sentenceLanguages(text: string, lang: NoticeLang): { start: number; end: number; lang: NoticeLang }[] {
  return sentenceSpans(text).map(({ start, end, next }) => ({ start, end: end + text.slice(end, next).trimEnd().length, lang: sentenceLanguage(text.slice(start, end), lang) ?? lang }));
}
