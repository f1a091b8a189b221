/**
 * A `.json` policy must be JSON: the YAML reader would take `"controller": ,` as an empty value and
 * a trailing comma in silence. `jsonc-parser` scans the text (no comments, no trailing commas) and the
 * first error becomes one plain-words syntax problem at its exact offset; everything after it is the
 * same mistake seen again, so it is not reported.
 */
import { printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser';
import type { Span } from '../text';

const WHAT: Partial<Record<string, string>> = {
  InvalidSymbol: 'This character cannot stand here in JSON',
  InvalidNumberFormat: 'This is not a JSON number',
  PropertyNameExpected: 'A key in double quotes is expected here (a comma before a closing `}` is not allowed in JSON)',
  ValueExpected: 'A value is missing here (a comma before a closing `]`, or a key with no value, is not allowed in JSON)',
  ColonExpected: 'A `:` is missing between the key and its value',
  CommaExpected: 'A comma is missing between two entries',
  CloseBraceExpected: 'A `}` is missing: a mapping is not closed',
  CloseBracketExpected: 'A `]` is missing: a list is not closed',
  EndOfFileExpected: 'The JSON document has ended, but more text follows',
  InvalidCommentToken: 'JSON has no comments',
  UnexpectedEndOfComment: 'JSON has no comments',
  UnexpectedEndOfString: 'A string is not closed: a `"` is missing',
  UnexpectedEndOfNumber: 'A number ends too early',
  InvalidUnicode: 'This `\\u` escape is not four hex digits',
  InvalidEscapeCharacter: 'This escape is not valid in a JSON string',
  InvalidCharacter: 'This character must be escaped in a JSON string',
};

/** A jsonc-parser error code in plain words. */
export function jsonErrorMessage(code: ParseErrorCode): string {
  const name = printParseErrorCode(code);
  return `${WHAT[name] ?? `The JSON does not parse (${name})`}. reclint reads the file no further.`;
}

/** The first JSON syntax error of a text, if any. */
export function firstJsonError(text: string): { span: Span; message: string } | undefined {
  let first: { code: ParseErrorCode; offset: number; length: number } | undefined;
  // A byte order mark is not JSON but is no mistake of the author's: read past it, offsets kept.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  visit(bom ? text.slice(1) : text, {
    onError(code, offset, length) {
      if (!first) first = { code, offset: offset + bom, length };
    },
  }, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (!first) return undefined;
  const start = Math.min(first.offset, text.length);
  const end = Math.min(text.length, start + Math.max(first.length, start < text.length ? 1 : 0));
  return { span: { start, end }, message: jsonErrorMessage(first.code) };
}
