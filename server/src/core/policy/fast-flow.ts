/**
 * The flow collections of the fast reader (`fast-parse.ts`): a `{ … }` map or a `[ … ]` list that
 * opens and closes on one line, with plain or quoted scalars and nested flow collections inside.
 * Anything else (an empty value, a trailing comma, a comment, a line break) is outside the subset.
 */
import { KEY, MAX_FAST_DEPTH, OUT, RESERVED_KEY, plainStartOk, plainValue, readQuoted } from './fast-scalar';
import type { MapEntry, MapNode, ScalarNode, SeqNode, YNode } from './tree';

/** A flow collection that opens and closes on one line. */
export class FlowReader {
  pos: number;
  constructor(private readonly t: string, start: number, private readonly end: number, private readonly depth: number) {
    this.pos = start;
  }

  private spaces(): void {
    while (this.pos < this.end && this.t.charCodeAt(this.pos) === 32) this.pos++;
  }

  /** The value at the current position (a nested collection or a scalar); moves past it. */
  node(depth = this.depth): YNode {
    if (depth > MAX_FAST_DEPTH) throw OUT;
    const t = this.t;
    const c = t.charCodeAt(this.pos);
    if (c === 91 /* [ */) return this.seq(depth);
    if (c === 123 /* { */) return this.map(depth);
    if (c === 34 || c === 39) {
      const q = readQuoted(t, this.pos, this.end);
      this.pos = q.end;
      return q.node;
    }
    return this.plain();
  }

  /** A plain scalar inside a flow collection: up to `,` `]` `}` (no `:` `#` inside). */
  private plain(): ScalarNode {
    const t = this.t;
    const start = this.pos;
    if (!plainStartOk(t.charCodeAt(start), t.charCodeAt(start + 1))) throw OUT;
    let k = start;
    while (k < this.end) {
      const c = t.charCodeAt(k);
      if (c === 44 || c === 93 || c === 125) break;
      if (c === 35 || c === 91 || c === 123) throw OUT;
      // `:` inside a plain scalar only before a character that cannot end it (`https://…`).
      if (c === 58 && (k + 1 >= this.end || ' ,[]{}#'.includes(t[k + 1]))) throw OUT;
      k++;
    }
    let e = k;
    while (e > start && t.charCodeAt(e - 1) === 32) e--;
    if (e === start) throw OUT;
    this.pos = k;
    return { kind: 'scalar', value: plainValue(t.slice(start, e)), empty: false, span: { start, end: e } };
  }

  private seq(depth: number): SeqNode {
    const t = this.t;
    const seq: SeqNode = { kind: 'seq', items: [], span: { start: this.pos, end: this.pos } };
    this.pos++;
    this.spaces();
    if (t.charCodeAt(this.pos) === 93) {
      this.pos++;
      seq.span.end = this.pos;
      return seq;
    }
    for (;;) {
      const item = this.node(depth + 1);
      item.index = seq.items.length;
      item.parentSeq = seq;
      seq.items.push(item);
      this.spaces();
      const c = t.charCodeAt(this.pos);
      this.pos++;
      if (c === 93) break;
      if (c !== 44) throw OUT;
      this.spaces();
      if (t.charCodeAt(this.pos) === 93) throw OUT; // a trailing comma
    }
    seq.span.end = this.pos;
    return seq;
  }

  private map(depth: number): MapNode {
    const t = this.t;
    const map: MapNode = { kind: 'map', entries: [], span: { start: this.pos, end: this.pos } };
    const seen = new Set<string>();
    this.pos++;
    this.spaces();
    if (t.charCodeAt(this.pos) === 125) {
      this.pos++;
      map.span.end = this.pos;
      return map;
    }
    for (;;) {
      const keyAt = this.pos;
      const colon = t.indexOf(':', keyAt);
      if (colon < 0 || colon >= this.end) throw OUT;
      const key = t.slice(keyAt, colon);
      if (!KEY.test(key) || RESERVED_KEY.test(key) || seen.has(key)) throw OUT;
      seen.add(key);
      if (t.charCodeAt(colon + 1) !== 32) throw OUT;
      this.pos = colon + 1;
      this.spaces();
      const c0 = t.charCodeAt(this.pos);
      if (c0 === 44 || c0 === 125) throw OUT; // an empty value
      const entry: MapEntry = { key, keySpan: { start: keyAt, end: colon }, value: undefined as unknown as YNode, map };
      const value = this.node(depth + 1);
      value.parent = entry;
      entry.value = value;
      map.entries.push(entry);
      this.spaces();
      const c = t.charCodeAt(this.pos);
      this.pos++;
      if (c === 125) break;
      if (c !== 44) throw OUT;
      this.spaces();
      if (t.charCodeAt(this.pos) === 125) throw OUT;
    }
    map.span.end = this.pos;
    return map;
  }
}
