/**
 * What is at an offset of a policy: the path of keys from the root, and what the node means
 * (a purpose id, a legal basis, a trigger…). Hover, completion, definition and rename start here.
 */
import { buildPolicy, type Policy, type Recording } from '../policy/model';
import { parsePolicyText } from '../policy/parse';
import type { MapEntry, YNode } from '../policy/tree';
import type { Span } from '../text';

export type PathStep = string | number;

export type SlotKind =
  | 'purpose-declared'
  | 'purpose-use'
  | 'purpose-related'
  | 'custom-purpose-decl'
  | 'legal-basis'
  | 'trigger-ref'
  | 'trigger-decl'
  | 'data-category'
  | 'announcement-text'
  | 'script'
  | 'prompt'
  | 'mode'
  | 'direction'
  | 'consent-mechanism'
  | 'sector'
  | 'language'
  | 'art9-condition';

export interface Slot {
  kind: SlotKind;
  /** The value as written (or the key, for declarations). */
  value: string;
  /** Where the value (or key) is. For an empty value: an empty span after the key. */
  span: Span;
  path: PathStep[];
  /** The recording this slot belongs to, if any. */
  recording?: Recording;
}

export interface ParsedPolicy {
  text: string;
  root?: YNode;
  policy?: Policy;
}

export function parsePolicyForQuery(text: string): ParsedPolicy {
  const parsed = parsePolicyText(text);
  if (!parsed.root) return { text };
  return { text, root: parsed.root, policy: buildPolicy(parsed.root) };
}

export interface PathHit {
  path: PathStep[];
  node: YNode;
  entry?: MapEntry;
  onKey: boolean;
}

/** The path of keys and indexes to the innermost node at an offset. */
export function pathAt(root: YNode, offset: number): PathHit | undefined {
  const inside = (s: Span) => s.start <= offset && offset <= s.end;
  if (!inside(root.span)) return undefined;
  const path: PathStep[] = [];
  let hit: PathHit = { path: [], node: root, onKey: false };
  let n: YNode = root;
  for (let depth = 0; depth < 256; depth++) {
    let next: YNode | undefined;
    if (n.kind === 'map') {
      for (const e of n.entries) {
        if (inside(e.keySpan)) return { path: [...path, e.key], node: e.value, entry: e, onKey: true };
        const emptyAfterKey = e.value.kind === 'scalar' && e.value.empty && offset > e.keySpan.end && offset <= Math.max(e.value.span.end, e.keySpan.end + 2);
        if ((inside(e.value.span) && !(e.value.kind === 'scalar' && e.value.empty)) || emptyAfterKey) {
          path.push(e.key);
          hit = { path: [...path], node: e.value, entry: e, onKey: false };
          next = e.value;
          break;
        }
      }
    } else if (n.kind === 'seq') {
      for (let i = 0; i < n.items.length; i++) {
        const it = n.items[i];
        if (inside(it.span)) {
          path.push(i);
          hit = { path: [...path], node: it, entry: it.parent, onKey: false };
          next = it;
          break;
        }
      }
    }
    if (!next || next.kind === 'scalar') break;
    n = next;
  }
  return hit;
}

function valueSpan(node: YNode, entry: MapEntry | undefined, text: string): Span {
  if (node.kind === 'scalar' && node.empty) {
    const at = entry ? entry.keySpan.end + (text[entry.keySpan.end] === ':' ? 1 : 0) + (text[entry.keySpan.end + 1] === ' ' ? 1 : 0) : node.span.start;
    return { start: at, end: at };
  }
  return node.span;
}

function scalarValue(node: YNode): string | undefined {
  if (node.kind !== 'scalar') return undefined;
  if (node.value === null) return '';
  return String(node.value);
}

const match = (path: readonly PathStep[], pattern: readonly (string | '#' | '*')[]): boolean =>
  path.length === pattern.length && pattern.every((p, i) => (p === '#' ? typeof path[i] === 'number' : p === '*' ? typeof path[i] === 'string' : path[i] === p));

/** Classify the node at an offset of a policy. */
export function slotAt(doc: ParsedPolicy, offset: number): Slot | undefined {
  if (!doc.root) return undefined;
  const hit = pathAt(doc.root, offset);
  if (!hit) return undefined;
  const { path, node, entry, onKey } = hit;
  const recording = typeof path[1] === 'number' && path[0] === 'recordings' ? doc.policy?.recordings.find((r) => r.index === path[1]) : undefined;
  if (onKey && entry) {
    if (match(path, ['triggers', '*'])) return { kind: 'trigger-decl', value: entry.key, span: entry.keySpan, path };
    if (match(path, ['custom_purposes', '*'])) return { kind: 'custom-purpose-decl', value: entry.key, span: entry.keySpan, path };
    return undefined;
  }
  const value = scalarValue(node);
  if (value === undefined) return undefined;
  const span = valueSpan(node, entry, doc.text);
  const slot = (kind: SlotKind): Slot => ({ kind, value, span, path, recording });
  if (match(path, ['recordings', '#', 'purposes', '#', 'purpose'])) return slot('purpose-declared');
  if (match(path, ['recordings', '#', 'uses', '#', 'purpose']) || match(path, ['recordings', '#', 'processors', '#', 'purpose'])) return slot('purpose-use');
  if (match(path, ['custom_purposes', '*', 'related', '#'])) return slot('purpose-related');
  if (match(path, ['recordings', '#', 'purposes', '#', 'legal_basis'])) return slot('legal-basis');
  if (match(path, ['recordings', '#', 'purposes', '#', 'retention', 'until'])) return slot('trigger-ref');
  if (match(path, ['recordings', '#', 'data', '#'])) return slot('data-category');
  if (match(path, ['recordings', '#', 'announcement', 'text'])) return slot('announcement-text');
  if (match(path, ['recordings', '#', 'announcement', 'script'])) return slot('script');
  if (match(path, ['recordings', '#', 'announcement', 'prompt'])) return slot('prompt');
  if (match(path, ['recordings', '#', 'announcement', 'language']) || match(path, ['languages', '#'])) return slot('language');
  if (match(path, ['recordings', '#', 'mode'])) return slot('mode');
  if (match(path, ['recordings', '#', 'direction'])) return slot('direction');
  if (match(path, ['recordings', '#', 'purposes', '#', 'consent', 'mechanism'])) return slot('consent-mechanism');
  if (match(path, ['recordings', '#', 'art9_condition'])) return slot('art9-condition');
  if (match(path, ['sector'])) return slot('sector');
  return undefined;
}

/**
 * A fallback for completion while the YAML is half typed: the key on the cursor's line (`key: par|`)
 * or, for a `- item` line, the key of the list above it. Offsets are of `text`.
 */
export function lineKeyAt(text: string, offset: number): { key: string; listItem: boolean; partialStart: number } | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const partial = /[A-Za-z0-9_.\/()-]*$/.exec(before)![0];
  const partialStart = offset - partial.length;
  const kv = /^(\s*)(?:-\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(?:\{[^}]*?\b([A-Za-z_][A-Za-z0-9_]*)\s*:\s*)?(?:\[[^\]]*?)?[A-Za-z0-9_.\/()-]*$/.exec(before);
  if (kv) {
    const inner = kv[3];
    const listy = /\[[^\]]*$/.test(before);
    return { key: inner ?? kv[2], listItem: listy, partialStart };
  }
  const item = /^(\s*)-\s+[A-Za-z0-9_.\/()-]*$/.exec(before);
  if (item) {
    const indent = item[1].length;
    // the nearest line above with a smaller indentation that ends in `key:`
    let end = lineStart - 1;
    for (let guard = 0; guard < 200 && end > 0; guard++) {
      const s = text.lastIndexOf('\n', end - 1) + 1;
      const line = text.slice(s, end);
      const m = /^(\s*)(?:-\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(#.*)?$/.exec(line);
      if (m && m[1].length <= indent) return { key: m[2], listItem: true, partialStart };
      if (line.trim() !== '' && !line.trim().startsWith('#') && !line.trim().startsWith('-') && /^\s*/.exec(line)![0].length < indent) break;
      end = s - 1;
    }
  }
  return undefined;
}

/** The recording whose node holds an offset. */
export function recordingAt(policy: Policy | undefined, offset: number): Recording | undefined {
  return policy?.recordings.find((r) => r.node.span.start <= offset && offset <= r.node.span.end);
}
