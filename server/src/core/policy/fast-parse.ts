/**
 * A fast reader for the plain block YAML that nearly every policy is written in: mappings and lists by
 * indentation, plain and quoted one-line scalars, one-line flow collections (`{ max: P30D }`,
 * `[voice, phone-number]`) and comments. It builds the same tree, with the same spans, as the full
 * reader in `parse.ts` (which composes `yaml` Documents), in a fraction of the time.
 *
 * It is deliberately narrow: at the first thing outside that subset (a block scalar, an anchor, a tag,
 * a quoted key, a multi-line plain scalar, a tab, a CR, a duplicate key, a document marker, a doubtful
 * number, anything that might be a YAML error) it gives up and returns `undefined`, and the caller reads
 * the file with `yaml` itself, which also reports the syntax errors. A property test checks that
 * whenever this reader accepts a text, its tree equals the full reader's.
 *
 * This module reads the block structure (lines, indentation, `key:` entries, `- ` items); the scalars
 * and the `OUT` signal are in `fast-scalar.ts`, the one-line flow collections in `fast-flow.ts`.
 */
import type { Span } from '../text';
import { FlowReader } from './fast-flow';
import { KEY, MAX_FAST_DEPTH, OUT, OutOfSubset, RESERVED_KEY, plainStartOk, plainValue, readQuoted } from './fast-scalar';
import type { MapEntry, MapNode, SeqNode, YNode } from './tree';

interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset of the line break (or the end of the text). */
  end: number;
  /** Offset of the first non-space character (== end for a blank line). */
  content: number;
  indent: number;
  /** Blank or comment only. */
  empty: boolean;
}

/** Returns the tree, or undefined when the text is outside the subset (read it with `yaml`). */
export function fastParse(text: string): YNode | undefined {
  if (text.length === 0 || text.includes('\t') || text.includes('\r') || text.charCodeAt(0) === 0xfeff) return undefined;
  try {
    const reader = new Reader(text);
    return reader.document();
  } catch (e) {
    if (e instanceof OutOfSubset || e instanceof RangeError) return undefined;
    throw e;
  }
}

/** Reads the block collections of one text, line by line; throws `OUT` outside the subset. */
class Reader {
  private readonly lines: Line[] = [];
  /** Index of the current line. */
  private i = 0;

  constructor(private readonly text: string) {
    let start = 0;
    while (start <= text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      let c = start;
      while (c < end && text.charCodeAt(c) === 32) c++;
      const empty = c === end || text.charCodeAt(c) === 35; /* # */
      this.lines.push({ start, end, content: c, indent: c - start, empty });
      if (end === text.length) break;
      start = end + 1;
    }
    // `yaml` may count an indented comment line into the collection above it (its ranges then end
    // after the comment). Leave files with such comment lines to `yaml` rather than copy its rules.
    let nextIndent = -1;
    const after = new Int32Array(this.lines.length);
    for (let k = this.lines.length - 1; k >= 0; k--) {
      const l = this.lines[k];
      if (!l.empty) nextIndent = l.indent;
      after[k] = nextIndent;
    }
    // The lines still open above (a stack, innermost last): their indent, whether they are a list
    // item, and whether that list is compact (its items at the column of the key that holds it).
    const open: { indent: number; dash: boolean; compact: boolean }[] = [];
    for (let k = 0; k < this.lines.length; k++) {
      const l = this.lines[k];
      if (!l.empty) {
        const dash = text.charCodeAt(l.content) === 45 /* - */ && (l.content + 1 === l.end || text.charCodeAt(l.content + 1) === 32);
        let compact = false;
        while (open.length > 0 && open[open.length - 1].indent >= l.indent) {
          const top = open.pop()!;
          if (top.indent === l.indent) compact = dash && (!top.dash || top.compact);
        }
        open.push({ indent: l.indent, dash, compact });
        continue;
      }
      if (l.content === l.end || l.indent === 0) continue;
      // A bare indented `#` is counted into the collection above it whatever its indent.
      if (text.slice(l.content + 1, l.end).trim() === '') throw OUT;
      // At the next line's indent it belongs to what follows. Else it must sit at the column of an
      // enclosing collection, left of the line before it (at that line's own indent, or deeper,
      // `yaml` counts it into the collection that ends there).
      // And only the outermost collection that closes there: a comment two levels in is counted into
      // the collections between (the fuzz run found this too).
      if (after[k] < 0) throw OUT;
      if (l.indent !== after[k]) {
        const closing = open.find((o) => o.indent > after[k]);
        if (!closing || closing.indent !== l.indent || l.indent >= open[open.length - 1].indent) throw OUT;
      }
      // At the column of a compact list (`key:` then `- item` at the key's own column), `yaml` counts
      // it into the mapping that holds the key (the fuzz run found this, seed 1208284614).
      if (l.indent !== after[k] && open.some((o) => o.indent === l.indent && o.compact)) throw OUT;
    }
  }

  /** Offset just after the line break ending line `l` (the text's end for the last line). */
  private after(l: Line): number {
    return l.end < this.text.length ? l.end + 1 : l.end;
  }

  private skipEmpty(): void {
    while (this.i < this.lines.length && this.lines[this.i].empty) this.i++;
  }

  private peek(): Line | undefined {
    this.skipEmpty();
    return this.lines[this.i];
  }

  document(): YNode | undefined {
    const first = this.peek();
    if (!first || first.indent !== 0) return undefined;
    const root = this.blockMap(0, first.content, 0);
    if (this.peek()) throw OUT;
    return root;
  }

  /** Is this line a list item (`-` then a space or the line's end) at its content? */
  private isItem(l: Line): boolean {
    const t = this.text;
    return t.charCodeAt(l.content) === 45 /* - */ && (l.content + 1 === l.end || t.charCodeAt(l.content + 1) === 32);
  }

  /**
   * A block mapping whose keys sit at column `col`; its first key starts at `firstKey` on the current
   * line (which may hold a `- ` before it).
   */
  private blockMap(col: number, firstKey: number, depth: number): MapNode {
    if (depth > MAX_FAST_DEPTH) throw OUT;
    const map: MapNode = { kind: 'map', entries: [], span: { start: firstKey, end: firstKey } };
    const seen = new Set<string>();
    let keyAt = firstKey;
    for (;;) {
      const line = this.lines[this.i];
      const e = this.entry(map, line, keyAt, col, depth);
      if (seen.has(e.key)) throw OUT; // the full reader reports the duplicate
      seen.add(e.key);
      map.entries.push(e);
      const next = this.peek();
      if (!next || next.indent < col) break;
      if (next.indent > col || this.isItem(next)) throw OUT;
      keyAt = next.content;
    }
    map.span.end = this.endOf(map.entries[map.entries.length - 1].value);
    return map;
  }

  /**
   * Where a block collection ends, given its last value: where that value ends when it is an empty
   * value or a block collection itself, else after the line break of the last line consumed.
   */
  private endOf(last: YNode): number {
    if (last.kind === 'scalar' ? last.empty : !this.isFlowNode(last)) return last.span.end;
    return this.endOfLast();
  }

  private isFlowNode(n: YNode): boolean {
    const c = this.text.charCodeAt(n.span.start);
    return c === 91 || c === 123;
  }

  /** The offset after the line break of the last line consumed. */
  private endOfLast(): number {
    let k = this.i - 1;
    while (k > 0 && this.lines[k].empty) k--;
    return this.after(this.lines[k]);
  }

  /** One `key: value` entry starting at `keyAt` on `line`; consumes its lines. */
  private entry(map: MapNode, line: Line, keyAt: number, col: number, depth: number): MapEntry {
    const t = this.text;
    const colon = t.indexOf(':', keyAt);
    if (colon < 0 || colon > line.end) throw OUT;
    const key = t.slice(keyAt, colon);
    if (!KEY.test(key) || RESERVED_KEY.test(key)) throw OUT;
    const afterColon = colon + 1;
    if (afterColon < line.end && t.charCodeAt(afterColon) !== 32) throw OUT;
    const keySpan: Span = { start: keyAt, end: colon };
    const entry: MapEntry = { key, keySpan, value: undefined as unknown as YNode, map };
    let v = afterColon;
    while (v < line.end && t.charCodeAt(v) === 32) v++;
    let value: YNode;
    if (v === line.end || t.charCodeAt(v) === 35 /* # */) {
      this.i++;
      value = this.nested(col, v, depth, true);
      // `key:  # note` with no value: `yaml`'s ranges around it are irregular; leave it to `yaml`.
      if (v < line.end && value.kind === 'scalar') throw OUT;
    } else {
      value = this.inline(v, line.end, depth);
      this.i++;
      this.noContinuation(col);
    }
    value.parent = entry;
    entry.value = value;
    return entry;
  }

  /**
   * The value on the lines after a `key:` or a lone `-` whose own column is `col`: a nested mapping or
   * list, or nothing (a null at `emptyAt`). A list may sit at the key's own column.
   */
  private nested(col: number, emptyAt: number, depth: number, inMap: boolean): YNode {
    const next = this.peek();
    if (next && (next.indent > col || (inMap && next.indent === col && this.isItem(next)))) {
      if (this.isItem(next)) return this.blockSeq(next.indent, depth + 1);
      return this.blockMap(next.indent, next.content, depth + 1);
    }
    // Comment lines right after an empty value move `yaml`'s range ends: leave those files to it.
    for (let k = this.i - 1; k >= 0 && this.lines[k].empty && this.lines[k].start > emptyAt; k--) {
      if (this.lines[k].content < this.lines[k].end) throw OUT;
    }
    return { kind: 'scalar', value: null, empty: true, span: { start: emptyAt, end: emptyAt } };
  }

  /** A block list whose dashes sit at column `col`. */
  private blockSeq(col: number, depth: number): SeqNode {
    if (depth > MAX_FAST_DEPTH) throw OUT;
    const t = this.text;
    const first = this.lines[this.i];
    const seq: SeqNode = { kind: 'seq', items: [], span: { start: first.content, end: first.content } };
    for (;;) {
      const line = this.lines[this.i];
      const dash = line.content;
      let v = dash + 1;
      while (v < line.end && t.charCodeAt(v) === 32) v++;
      let item: YNode;
      if (v === line.end || t.charCodeAt(v) === 35) {
        this.i++;
        item = this.nested(col, v, depth, false);
        if (v < line.end && item.kind === 'scalar') throw OUT;
      } else if (this.startsEntry(v, line.end)) {
        // `- key: value` and the keys below it at the same column.
        item = this.blockMap(col + (v - dash), v, depth + 1);
      } else {
        item = this.inline(v, line.end, depth);
        this.i++;
        this.noContinuation(col);
      }
      item.index = seq.items.length;
      item.parentSeq = seq;
      seq.items.push(item);
      const next = this.peek();
      if (!next || next.indent < col) break;
      if (next.indent > col || !this.isItem(next)) {
        // A list at its parent key's column ends where that mapping's next key starts.
        if (next.indent === col && !this.isItem(next)) break;
        throw OUT;
      }
    }
    seq.span.end = this.endOf(seq.items[seq.items.length - 1]);
    return seq;
  }

  /** Does a `key:` start at `at` (so the rest of the line is a mapping entry)? */
  private startsEntry(at: number, end: number): boolean {
    const t = this.text;
    let k = at;
    while (k < end) {
      const c = t.charCodeAt(k);
      if (c === 58 /* : */) return k + 1 === end || t.charCodeAt(k + 1) === 32;
      if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45)) return false;
      k++;
    }
    return false;
  }

  /** After a value on one line, a more indented content line would continue it (a multi-line scalar). */
  private noContinuation(col: number): void {
    const next = this.peek();
    if (next && next.indent > col) throw OUT;
  }

  /** A value that sits on one line, from `start` to the line's end (a comment may follow). */
  private inline(start: number, lineEnd: number, depth: number): YNode {
    const t = this.text;
    const c = t.charCodeAt(start);
    let node: YNode;
    let after: number;
    if (c === 34 /* " */ || c === 39 /* ' */) {
      const q = readQuoted(t, start, lineEnd);
      node = q.node;
      after = q.end;
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      const f = new FlowReader(t, start, lineEnd, depth);
      node = f.node();
      after = f.pos;
    } else {
      // A plain scalar: up to a ` #` comment, trailing spaces dropped.
      if (!plainStartOk(c, t.charCodeAt(start + 1))) throw OUT;
      let end = start;
      while (end < lineEnd && !(t.charCodeAt(end) === 35 && t.charCodeAt(end - 1) === 32)) end++;
      while (end > start && t.charCodeAt(end - 1) === 32) end--;
      const raw = t.slice(start, end);
      if (raw.includes(': ') || raw.endsWith(':')) throw OUT;
      return { kind: 'scalar', value: plainValue(raw), empty: false, span: { start, end } };
    }
    // After a quoted scalar or a flow collection: spaces, then a comment or the end of the line.
    let k = after;
    while (k < lineEnd && t.charCodeAt(k) === 32) k++;
    if (k < lineEnd && !(t.charCodeAt(k) === 35 && k > after)) throw OUT;
    return node;
  }
}
