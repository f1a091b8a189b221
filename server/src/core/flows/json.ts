/**
 * Reading a JSON flow (Connect, Studio): jsonc-parser's tree (UTF-16 offsets of every node and key),
 * strict JSON, and the checks ivr-formats.md §4.7 adds: nesting over 200 levels (checked by a scan
 * before the tree is built, so a 10,000-deep file costs no stack) and duplicate keys (at the second).
 * Only the first problem is kept: everything after it is the same mistake seen again.
 */
import { createScanner, parseTree, SyntaxKind, type Node } from 'jsonc-parser';
import { jsonErrorMessage } from '../policy/json-check';
import type { IvrSyntaxError } from '../ivr/model';

export type JsonNode = Node;
export const MAX_DEPTH = 200;

export type JsonRead = { ok: true; root: JsonNode } | { ok: false; error: IvrSyntaxError };

export function readJson(text: string): JsonRead {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const deep = tooDeep(text, bom);
  let first: IvrSyntaxError | undefined;
  const errors: { error: number; offset: number; length: number }[] = [];
  const root = deep ? undefined : parseTree(bom ? ' ' + text.slice(1) : text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length) {
    const e = errors[0];
    const start = Math.min(e.offset, text.length);
    first = { span: { start, end: Math.min(text.length, start + Math.max(e.length, 1)) }, message: jsonErrorMessage(e.error).replace(/ reclint reads the file no further\.$/, '') };
  }
  if (deep && (!first || deep.span.start < first.span.start)) first = deep;
  if (!first && root) first = duplicateKey(root);
  if (first) return { ok: false, error: first };
  if (!root) return { ok: false, error: { span: { start: 0, end: Math.min(1, text.length) }, message: 'The file is empty: a JSON flow is expected.' } };
  return { ok: true, root };
}

function tooDeep(text: string, from: number): IvrSyntaxError | undefined {
  const sc = createScanner(text, true);
  sc.setPosition(from);
  let depth = 0;
  for (let k = sc.scan(); k !== SyntaxKind.EOF; k = sc.scan()) {
    if (k === SyntaxKind.OpenBraceToken || k === SyntaxKind.OpenBracketToken) {
      if (++depth > MAX_DEPTH) {
        const at = sc.getTokenOffset();
        return { span: { start: at, end: at + 1 }, message: `The file nests deeper than ${MAX_DEPTH} levels here; reclint reads no flow this deep.` };
      }
    } else if (k === SyntaxKind.CloseBraceToken || k === SyntaxKind.CloseBracketToken) depth--;
  }
  return undefined;
}

function duplicateKey(root: JsonNode): IvrSyntaxError | undefined {
  let best: IvrSyntaxError | undefined;
  const stack: JsonNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'object') {
      const seen = new Set<string>();
      for (const p of n.children ?? []) {
        const k = p.children?.[0];
        if (!k) continue;
        const key = String(k.value);
        if (seen.has(key) && (!best || k.offset < best.span.start)) {
          best = { span: { start: k.offset, end: k.offset + k.length }, message: `The key "${key}" is given twice in this object; a JSON reader keeps only one of them, so which one counts is unclear. Remove one.` };
        }
        seen.add(key);
      }
    }
    for (const c of n.children ?? []) stack.push(c);
  }
  return best;
}

// ---- Looking things up in the tree ---------------------------------------------------------------

/** The value node of `key` in an object node. */
export function prop(node: JsonNode | undefined, key: string): JsonNode | undefined {
  if (!node || node.type !== 'object') return undefined;
  for (const p of node.children ?? []) if (p.children?.[0]?.value === key) return p.children[1];
  return undefined;
}

/** Follow a path of keys. */
export function at(node: JsonNode | undefined, ...keys: string[]): JsonNode | undefined {
  let n = node;
  for (const k of keys) n = prop(n, k);
  return n;
}

export function strOf(node: JsonNode | undefined): string | undefined {
  return node && node.type === 'string' ? (node.value as string) : undefined;
}

/** A scalar's value as text (`"True"`, `true` and `5` alike), for settings written either way. */
export function scalarText(node: JsonNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'string' || node.type === 'number' || node.type === 'boolean') return String(node.value);
  return undefined;
}

export function items(node: JsonNode | undefined): JsonNode[] {
  return node && node.type === 'array' ? node.children ?? [] : [];
}

export function entries(node: JsonNode | undefined): [string, JsonNode][] {
  if (!node || node.type !== 'object') return [];
  const out: [string, JsonNode][] = [];
  for (const p of node.children ?? []) if (p.children?.length === 2) out.push([String(p.children[0].value), p.children[1]]);
  return out;
}

export function spanOf(node: JsonNode): { start: number; end: number } {
  return { start: node.offset, end: node.offset + node.length };
}

/** The span of a property's key (for findings about a setting that has no value of its own). */
export function keySpan(obj: JsonNode | undefined, key: string): { start: number; end: number } | undefined {
  if (!obj || obj.type !== 'object') return undefined;
  for (const p of obj.children ?? []) if (p.children?.[0]?.value === key) return spanOf(p.children[0]);
  return undefined;
}
