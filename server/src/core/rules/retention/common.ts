/** Shared helpers of the retention rules: declared triggers, indefinite words, edits on values that are not mappings. */
import type { TextEdit } from '../../findings';
import type { EditTarget } from '../../policy/edit';
import type { Policy, Retention, Trigger } from '../../policy/model';
import { asMap, type MapEntry, type MapNode, type YNode } from '../../policy/tree';
import { INDEFINITE_WORDS } from '../../vocabulary';

/** The declared triggers: every key under `triggers` except free `x-*` annotations. */
export function declaredTriggers(policy: Policy): Map<string, Trigger> {
  const out = new Map<string, Trigger>();
  for (const [id, tr] of policy.triggers) if (!id.startsWith('x-')) out.set(id, tr);
  return out;
}

/** `indefinite`, `forever`, `unlimited`, in any case. */
export function isIndefinite(value: string): boolean {
  return INDEFINITE_WORDS.has(value.trim().toLowerCase());
}

/** A trigger id that a safe fix may write as a key under `triggers` (kebab-case, not an `x-*` annotation). */
export function isTriggerId(id: string): boolean {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) && !id.startsWith('x-');
}

/** The mapping of a retention written as `{ until, max }`, if it is one. */
export function retentionMap(r: Retention): MapNode | undefined {
  return asMap(r.node);
}

/**
 * Replace a blank value (`key:`, `key: null`, `"key": null`) with a flow value given in YAML and
 * JSON spelling. A value written as nothing gets the text after its colon.
 */
export function fillBlank(t: EditTarget, node: YNode, yaml: string, json: string): TextEdit {
  const text = /\.json$/i.test(t.uri) ? json : yaml;
  if (node.kind === 'scalar' && node.empty) {
    // Right after the colon, so that a comment after `key:` stays a comment.
    const colon = node.parent ? t.text.indexOf(':', node.parent.keySpan.end) : -1;
    const at = colon >= 0 && colon < node.span.start ? colon + 1 : node.span.start;
    return { uri: t.uri, start: at, end: at, newText: ` ${text}` };
  }
  return { uri: t.uri, start: node.span.start, end: node.span.end, newText: text };
}

/** Where a node's own content ends: for a mapping or list, the end of its last value (or key, when that value is empty). */
function contentEnd(node: YNode): number {
  if (node.kind === 'map') {
    const last = node.entries[node.entries.length - 1];
    if (!last) return node.span.end;
    return last.value.kind === 'scalar' && last.value.empty ? last.keySpan.end : contentEnd(last.value);
  }
  if (node.kind === 'seq') {
    const last = node.items[node.items.length - 1];
    return last ? contentEnd(last) : node.span.end;
  }
  return node.span.end;
}

/**
 * The entry with its value's span cut to its content. A block mapping that ends in an empty value
 * (`b-done:`) has a span that runs on over the comment lines after it; removing such an entry as it is
 * would take those comments along (see the note on `removeEntry` in the report).
 */
export function trimmedEntry(text: string, e: MapEntry): MapEntry {
  if (e.value.kind === 'scalar' || text[e.value.span.start] === '{' || text[e.value.span.start] === '[') return e;
  return { ...e, value: { ...e.value, span: { start: e.value.span.start, end: Math.min(e.value.span.end, contentEnd(e.value)) } } };
}

/** The mapping with its last entry trimmed (see `trimmedEntry`), so `insertEntry` adds after the content, not after comments that follow it. */
export function trimmedMap(text: string, map: MapNode): MapNode {
  const last = map.entries[map.entries.length - 1];
  if (!last) return map;
  return { ...map, entries: [...map.entries.slice(0, -1), trimmedEntry(text, last)] };
}
