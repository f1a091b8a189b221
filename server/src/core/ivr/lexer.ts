/**
 * The tokenizer of the `.ivr` script parser (`parse.ts`): text in, one logical line of tokens at a
 * time out, with exact spans. A token is a word (anything up to a blank, a line break, `#` or `"`)
 * or a quoted prompt; a quoted prompt may carry the line over line breaks. Comments (`#` anywhere
 * outside quotes, to the end of the line) go to a list of their own.
 *
 * Prompt text (escapes, folded line breaks, `sourceOffsets`, unterminated strings) follows the
 * decisions listed in `parse.ts`. Linear in the size of the input: whether a closing quote follows
 * is memoised.
 */
import type { Comment, IvrSyntaxError, PromptText } from './model';

export interface WordToken {
  kind: 'word';
  text: string;
  start: number;
  end: number;
}
export interface StringToken {
  kind: 'string';
  prompt: PromptText;
  start: number;
  end: number;
  /** 0-based lines of the opening and the closing quote. */
  openLine: number;
  closeLine: number;
}
export type Token = WordToken | StringToken;

const CH_TAB = 9;
const CH_LF = 10;
const CH_VT = 11;
const CH_FF = 12;
const CH_CR = 13;
const CH_SPACE = 32;
const CH_QUOTE = 34;
const CH_HASH = 35;
const CH_BACKSLASH = 92;
const CH_NBSP = 0xa0;
const CH_BOM = 0xfeff;

function isBlank(c: number): boolean {
  return c === CH_SPACE || c === CH_TAB || c === CH_VT || c === CH_FF || c === CH_NBSP || c === CH_BOM;
}
function isBreak(c: number): boolean {
  return c === CH_LF || c === CH_CR;
}

/** A token as shown in a message: control characters escaped, long tokens cut. */
export function showToken(s: string): string {
  const cut = s.length > 40 ? `${s.slice(0, 40)}…` : s;
  return cut.replace(/[\u0000-\u001f\u007f`]/g, (c) =>
    c === '`' ? "'" : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Appends the verbatim run text[from..end) of a prompt to its parts, one source offset per character. */
function pushRun(text: string, from: number, end: number, parts: string[], offsets: number[]): void {
  if (end > from) {
    parts.push(text.slice(from, end));
    for (let k = from; k < end; k++) offsets.push(k);
  }
}

/**
 * Reads a script one logical line at a time (`nextLine`). Comments are appended to `comments` and
 * unterminated strings reported in `errors` as they are read, so a line's errors come before the
 * ones its parser adds.
 */
export class IvrLexer {
  /** 0-based line of the next character to read. */
  line = 0;
  /** Offset of the next character to read. */
  private pos = 0;
  private readonly n: number;
  /** Once a string starting at this offset ran to the end of the file, every later one will too. */
  private noCloseAfter = Number.POSITIVE_INFINITY;

  constructor(
    private readonly text: string,
    private readonly comments: Comment[],
    private readonly errors: IvrSyntaxError[],
  ) {
    this.n = text.length;
    if (text.charCodeAt(0) === CH_BOM) this.pos = 1;
  }

  /** Is the whole text read? */
  get done(): boolean {
    return this.pos >= this.n;
  }

  /**
   * The tokens of the next logical line (none for a blank or comment-only line). Moves past the
   * line break that ends it; `line` is then the line after it.
   */
  nextLine(): Token[] {
    const text = this.text;
    const n = this.n;
    const tokens: Token[] = [];
    let pos = this.pos;
    while (pos < n) {
      const c = text.charCodeAt(pos);
      if (isBlank(c)) {
        pos++;
      } else if (isBreak(c)) {
        break;
      } else if (c === CH_HASH) {
        let j = pos + 1;
        while (j < n && !isBreak(text.charCodeAt(j))) j++;
        this.comments.push({ text: text.slice(pos + 1, j), span: { start: pos, end: j }, line: this.line });
        pos = j;
      } else if (c === CH_QUOTE) {
        const s = this.readString(pos);
        tokens.push(s);
        pos = s.end;
      } else {
        let j = pos + 1;
        while (j < n) {
          const e = text.charCodeAt(j);
          if (isBlank(e) || isBreak(e) || e === CH_HASH || e === CH_QUOTE) break;
          j++;
        }
        tokens.push({ kind: 'word', text: text.slice(pos, j), start: pos, end: j });
        pos = j;
      }
    }
    if (pos < n) {
      pos = this.skipBreak(pos);
      this.line++;
    }
    this.pos = pos;
    return tokens;
  }

  /** Offset just after the line break at `i` (which must be \r or \n). */
  private skipBreak(i: number): number {
    const text = this.text;
    return text.charCodeAt(i) === CH_CR && text.charCodeAt(i + 1) === CH_LF ? i + 2 : i + 1;
  }

  /** Does an unescaped `"` follow `from` before the end of the file? Memoised, see noCloseAfter. */
  private hasClose(from: number): boolean {
    if (from >= this.noCloseAfter) return false;
    const text = this.text;
    const n = this.n;
    for (let i = from; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === CH_BACKSLASH) i++;
      else if (c === CH_QUOTE) return true;
    }
    this.noCloseAfter = from;
    return false;
  }

  /**
   * Reads a quoted string whose opening quote is at `open`; the token's `end` is where reading goes
   * on. Advances `line` over the line breaks inside; reports an unterminated string.
   */
  private readString(open: number): StringToken {
    const text = this.text;
    const n = this.n;
    const openLine = this.line;
    let line = openLine;
    const terminated = this.hasClose(open + 1);
    const parts: string[] = [];
    const offsets: number[] = [];
    let i = open + 1;
    let runStart = i; // start of the current verbatim run
    let close = -1;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === CH_QUOTE) {
        pushRun(text, runStart, i, parts, offsets);
        close = i;
        break;
      }
      if (c === CH_BACKSLASH) {
        const d = text.charCodeAt(i + 1);
        if (d === CH_QUOTE || d === CH_BACKSLASH) {
          pushRun(text, runStart, i, parts, offsets);
          parts.push(d === CH_QUOTE ? '"' : '\\');
          offsets.push(i);
          i += 2;
          runStart = i;
          continue;
        }
        i++;
        continue;
      }
      if (isBreak(c) || isBlank(c)) {
        // A run of blanks: verbatim unless it holds a line break.
        let j = i;
        let hasBreak = false;
        let breaks = 0;
        while (j < n) {
          const e = text.charCodeAt(j);
          if (isBlank(e)) j++;
          else if (isBreak(e)) {
            if (!terminated) break; // cut at the end of the opening line
            hasBreak = true;
            breaks++;
            j = this.skipBreak(j);
          } else break;
        }
        if (!terminated && (j >= n || isBreak(text.charCodeAt(j)))) {
          // End of the opening line of an unterminated string: keep the trailing blanks.
          i = j;
          break;
        }
        if (hasBreak) {
          pushRun(text, runStart, i, parts, offsets);
          parts.push(' ');
          offsets.push(i);
          line += breaks;
          runStart = j;
        }
        i = j;
        continue;
      }
      i++;
    }
    let end: number;
    let closeOffset: number;
    if (close >= 0) {
      closeOffset = close;
      end = close + 1;
    } else {
      // Unterminated: the prompt stops at the end of its opening line.
      pushRun(text, runStart, i, parts, offsets);
      closeOffset = i;
      end = i;
      this.errors.push({
        span: { start: open, end: i },
        message: `unterminated string: the prompt opened on line ${openLine + 1} has no closing quote`,
      });
    }
    this.line = line;
    offsets.push(closeOffset);
    return {
      kind: 'string',
      start: open,
      end,
      openLine,
      closeLine: line,
      prompt: { text: parts.join(''), span: { start: open, end }, sourceOffsets: offsets },
    };
  }
}
