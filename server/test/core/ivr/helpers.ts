import type { Span } from '../../../src/core/text';

/** The span of the `nth` (0-based) occurrence of `needle` in `text`; throws when there is none. */
export function span(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`span(): occurrence ${nth} of ${JSON.stringify(needle)} not found`);
  }
  return { start: at, end: at + needle.length };
}

/** Joins lines with \n, so a test reads like the script it parses. */
export function lines(...ls: string[]): string {
  return ls.join('\n');
}
