/**
 * Source text, offsets and ranges. Everything in the core works in UTF-16 offsets (as JS strings
 * and LSP do); line/character pairs are made only at the edges (formatters, the language server).
 */

/** A half-open span of UTF-16 offsets into one document: [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** A 0-based line/character position (character in UTF-16 code units), as in LSP. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Maps offsets to 0-based line/character positions and back. Line breaks: \n, \r\n, \r. */
export class LineIndex {
  private readonly starts: number[];
  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset where a 0-based line starts. */
  lineStart(line: number): number {
    if (line <= 0) return 0;
    if (line >= this.starts.length) return this.text.length;
    return this.starts[line];
  }

  /** Offset of the end of a line's content (before its line break). */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    let end = next;
    if (end > this.lineStart(line) && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStart(line) && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    const start = this.starts[pos.line];
    const end = this.lineEnd(pos.line);
    return Math.max(start, Math.min(start + Math.max(0, pos.character), end));
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}

/** A document handed to the core: where it lives (a URI or a path; the core never opens it) and its text. */
export interface SourceFile {
  /** Identifies the file: a path relative to the working directory in the CLI, a URI in the server. */
  uri: string;
  text: string;
}

export function spanContains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** The last texts indexed, newest first: edits and fixes for many findings of one file share one index. */
const recentIndexes: { text: string; index: LineIndex }[] = [];

/** The line index of a text, shared while the same text is asked for again (an edit per finding of a large file would otherwise index the file once per finding). */
export function lineIndexOf(text: string): LineIndex {
  for (const r of recentIndexes) if (r.text === text) return r.index;
  const index = new LineIndex(text);
  recentIndexes.unshift({ text, index });
  if (recentIndexes.length > 4) recentIndexes.pop();
  return index;
}

/** The last segment of a path or URI, percent-decoded when it is a URI. */
export function baseName(uri: string): string {
  const seg = uri.replace(/[\\/]+$/, '').replace(/^.*[\\/]/, '');
  if (!/^[a-z][a-z0-9+.-]*:/i.test(uri)) return seg;
  try {
    return decodeURIComponent(seg);
  } catch {
    return seg;
  }
}
