/**
 * How long a notice takes to speak (notice-generator.md §6): letters and digits ÷ the language's
 * rate. Words are a poor proxy (German compounds, French articles); letters track a speech engine
 * within a few per cent. A URL counts as spoken. Pure.
 */
import { packFor } from './lang/registry';

/** Letters and digits in a text (any script, any accent). */
export function spokenLetters(text: string): number {
  return (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
}

/** Seconds to speak `text` in `lang`, to one decimal; undefined when the language has no notice tables. */
export function spokenSeconds(text: string, lang: string): number | undefined {
  const rate = packFor(lang)?.notice?.lettersPerSecond;
  if (!rate) return undefined;
  return Math.round((spokenLetters(text) / rate) * 10) / 10;
}
