/**
 * The YAML reader's errors in plain words: what is wrong at that place and what to write instead,
 * for a privacy officer as much as an engineer. One sentence per kind of mistake (the reader's error
 * code); a kind not listed keeps the reader's own first line.
 */

/** The reader's message, by the reader's error code (`YAMLError.code`). */
export function plainYamlError(code: string | undefined, readerMessage: string): string {
  const m = readerMessage;
  switch (code) {
    case 'MISSING_CHAR':
      if (/quote/i.test(m)) return 'A quoted text is not closed: the closing quote is missing. Close it on the same value, or remove the opening quote.';
      return 'A closing character is missing here. Close every `[` with `]` and every `{` with `}`.';
    case 'BAD_INDENT':
      if (/Flow sequence/i.test(m)) return 'A list written as `[ … ]` is not closed with `]` (or its lines are not indented under its key). Close it, or write it as lines starting with `- `.';
      if (/Flow map/i.test(m)) return 'A mapping written as `{ … }` is not closed with `}` (or its lines are not indented under its key). Close it, or write its keys on lines of their own.';
      return 'The indentation here does not match the lines above: the keys of one mapping, and the items of one list, must start at the same column.';
    case 'UNEXPECTED_TOKEN': {
      const ch = /"(.)"\s*$/.exec(m)?.[1];
      if (ch) return `This \`${ch}\` does not belong here: nothing opened it. Remove it, or open what it closes.`;
      return 'This text does not fit here: a value stands where a key or a list item is expected. Check the indentation and the `- ` and `: ` on this line and the one above.';
    }
    case 'TAB_AS_INDENT':
      return 'A tab is used to indent this line; YAML indents with spaces only. Replace the tab with spaces.';
    case 'BAD_DQ_ESCAPE':
      return 'This backslash escape is not valid between double quotes. Write `\\\\` for a backslash, or use single quotes.';
    case 'BAD_SCALAR_START':
      return 'A value cannot start with this character (`@` and `` ` `` are reserved in YAML). Put the value in quotes.';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'A key must fit on one line and end with `: `. This line reads as part of a key that started above: is a `:` missing, or is a list item not indented under its key?';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'This line is indented under a key that already has a value after its `:`. A key holds either a value or indented keys: move the value, or unindent this line.';
    case 'BLOCK_IN_FLOW':
      return 'Lines starting with `- ` or indented keys cannot stand inside `[ … ]` or `{ … }`. Write the list or mapping one way or the other.';
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
    case 'BAD_PROP_ORDER':
    case 'ALIAS_PROPS':
    case 'BAD_ALIAS':
      return 'An anchor (`&`), an alias (`*`) or a tag (`!`) is written here in a way YAML does not allow. A policy needs none of them: write the value itself.';
    case 'NON_STRING_KEY':
      return 'A key must be plain text, not a list or a mapping.';
    case 'KEY_OVER_1024_CHARS':
      return 'This key is longer than 1,024 characters, which YAML does not allow. Shorten it.';
    case 'BAD_DIRECTIVE':
      return 'A `%` directive is not valid here, and a policy needs none. Remove the line.';
    case 'RESOURCE_EXHAUSTION':
      return 'The document is too large or too deeply nested to read.';
    default:
      return firstLine(m);
  }
}

function firstLine(msg: string): string {
  const line = msg.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return line.endsWith('.') || line.endsWith(':') ? line.replace(/:$/, '.') : `${line}.`;
}
