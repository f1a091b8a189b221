/**
 * A small, position-keeping tree of a YAML or JSON document: maps, sequences and scalars, each with the
 * span of its source, and map entries with the span of their key. Built from `yaml`'s AST; aliases are
 * resolved with a budget so that an alias bomb cannot blow up.
 */
import type { Span } from '../text';

export type Scalar = string | number | boolean | null;

interface NodeBase {
  span: Span;
  /** The entry this node is the value of, if any. */
  parent?: MapEntry;
  /** Index of this node in a parent sequence, if any. */
  index?: number;
  parentSeq?: SeqNode;
}

export interface ScalarNode extends NodeBase {
  kind: 'scalar';
  value: Scalar;
  /** The value is absent in the source (`key:` with nothing after it). */
  empty: boolean;
}

export interface MapEntry {
  key: string;
  keySpan: Span;
  value: YNode;
  map: MapNode;
}

export interface MapNode extends NodeBase {
  kind: 'map';
  entries: MapEntry[];
}

export interface SeqNode extends NodeBase {
  kind: 'seq';
  items: YNode[];
}

export type YNode = ScalarNode | MapNode | SeqNode;

export function entry(map: MapNode | undefined, key: string): MapEntry | undefined {
  if (!map) return undefined;
  for (const e of map.entries) if (e.key === key) return e;
  return undefined;
}

export function child(node: YNode | undefined, key: string): YNode | undefined {
  return node && node.kind === 'map' ? entry(node, key)?.value : undefined;
}

export function asMap(node: YNode | undefined): MapNode | undefined {
  return node && node.kind === 'map' ? node : undefined;
}

export function asSeq(node: YNode | undefined): SeqNode | undefined {
  return node && node.kind === 'seq' ? node : undefined;
}

export function asString(node: YNode | undefined): string | undefined {
  return node && node.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}

/** Scalar value as text (numbers and booleans too), or undefined for non-scalars and nulls. */
export function scalarText(node: YNode | undefined): string | undefined {
  if (!node || node.kind !== 'scalar' || node.value === null) return undefined;
  return String(node.value);
}

/** The plain JS value of a node (for schema validation). */
export function toPlain(node: YNode): unknown {
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map(toPlain);
    case 'map': {
      const o: Record<string, unknown> = {};
      for (const e of node.entries) if (!Object.prototype.hasOwnProperty.call(o, e.key)) o[e.key] = toPlain(e.value);
      return o;
    }
  }
}

/** Resolve a JSON pointer path (array of keys / indexes) to a node. */
export function nodeAtPath(root: YNode, path: readonly (string | number)[]): YNode | undefined {
  let n: YNode | undefined = root;
  for (const p of path) {
    if (!n) return undefined;
    if (n.kind === 'map') n = entry(n, String(p))?.value;
    else if (n.kind === 'seq') n = n.items[Number(p)];
    else return undefined;
  }
  return n;
}

/** The span a finding about this node should point at: its value, or its key when the value is empty. */
export function pointSpan(node: YNode): Span {
  if (node.kind === 'scalar' && node.empty && node.parent) return node.parent.keySpan;
  return node.span;
}

/** The innermost node whose span contains the offset (for hovers and completion). */
export function nodeAtOffset(root: YNode, offset: number): { node: YNode; entry?: MapEntry; onKey: boolean } | undefined {
  const inside = (s: Span) => s.start <= offset && offset <= s.end;
  let best: { node: YNode; entry?: MapEntry; onKey: boolean } | undefined = inside(root.span) ? { node: root, onKey: false } : undefined;
  let n: YNode | undefined = best?.node;
  while (n) {
    let next: YNode | undefined;
    if (n.kind === 'map') {
      for (const e of n.entries) {
        if (inside(e.keySpan)) return { node: e.value, entry: e, onKey: true };
        if (inside(e.value.span) || (e.value.kind === 'scalar' && e.value.empty && offset > e.keySpan.end && offset <= e.value.span.end + 1)) {
          best = { node: e.value, entry: e, onKey: false };
          next = e.value;
          break;
        }
      }
    } else if (n.kind === 'seq') {
      for (const it of n.items) if (inside(it.span)) { best = { node: it, entry: it.parent, onKey: false }; next = it; break; }
    }
    if (next === n) break;
    n = next;
  }
  return best;
}
