/**
 * Minimal, formatting-preserving edits on a policy's source: replace a scalar, insert a key into a
 * mapping, append to a list, remove an entry. Works on block YAML, flow YAML and JSON. Never
 * re-serialises the document.
 */
import type { TextEdit } from '../findings';
import { lineIndexOf, type Span } from '../text';
import type { MapEntry, MapNode, SeqNode, YNode } from './tree';

export interface EditTarget {
  uri: string;
  text: string;
}

const isJson = (t: EditTarget) => /\.json$/i.test(t.uri);
const PLAIN_SAFE = /^[A-Za-z0-9][A-Za-z0-9 ._/()-]*$/;

/** A scalar as YAML (plain when safe) or JSON. */
export function scalarText(value: string | number | boolean, json: boolean): string {
  if (typeof value !== 'string') return String(value);
  if (!json && PLAIN_SAFE.test(value) && !/^(true|false|null|yes|no|on|off|~|\d[\d.]*)$/i.test(value) && !/ $/.test(value) && !/: /.test(value)) return value;
  return JSON.stringify(value);
}

export type Value = string | number | boolean | Value[] | { [k: string]: Value };

function isFlow(t: EditTarget, node: YNode): boolean {
  const c = t.text[node.span.start];
  return c === '{' || c === '[';
}

function lineIndent(t: EditTarget, offset: number): string {
  let s = offset;
  while (s > 0 && t.text[s - 1] !== '\n' && t.text[s - 1] !== '\r') s--;
  let e = s;
  while (e < t.text.length && (t.text[e] === ' ' || t.text[e] === '\t')) e++;
  return t.text.slice(s, e);
}

function columnOf(t: EditTarget, offset: number): number {
  let s = offset;
  while (s > 0 && t.text[s - 1] !== '\n' && t.text[s - 1] !== '\r') s--;
  return offset - s;
}

function eol(t: EditTarget): string {
  return t.text.includes('\r\n') ? '\r\n' : '\n';
}

/** Render a value for the position after `key:` in block YAML at the given indentation of the key. */
function renderBlockValue(v: Value, keyIndent: string, nl: string): string {
  if (Array.isArray(v)) return ` [${v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : scalarText(x, false))).join(', ')}]`;
  if (typeof v === 'object') {
    const inner = keyIndent + '  ';
    return Object.entries(v).map(([k, x]) => `${nl}${inner}${k}:${renderBlockValue(x, inner, nl)}`).join('');
  }
  return ` ${scalarText(v, false)}`;
}

function renderFlow(v: Value, json: boolean): string {
  if (Array.isArray(v)) return `[${v.map((x) => renderFlow(x, json)).join(', ')}]`;
  if (typeof v === 'object') return `{ ${Object.entries(v).map(([k, x]) => `${json ? JSON.stringify(k) : k}: ${renderFlow(x, json)}`).join(', ')} }`;
  return scalarText(v, json);
}

function renderJsonBlock(v: Value, indent: string, unit: string, nl: string): string {
  if (Array.isArray(v)) return `[${v.map((x) => renderFlow(x, true)).join(', ')}]`;
  if (typeof v === 'object') {
    const entries = Object.entries(v);
    if (entries.length === 0) return '{}';
    return `{${entries.map(([k, x]) => `${nl}${indent}${unit}${JSON.stringify(k)}: ${renderJsonBlock(x, indent + unit, unit, nl)}`).join(',')}${nl}${indent}}`;
  }
  return scalarText(v, true);
}

/** Replace a scalar value (keeps the key, the comment after it, and the quoting style where it can). */
export function replaceScalar(t: EditTarget, node: YNode, value: string): TextEdit {
  const src = t.text.slice(node.span.start, node.span.end);
  let newText: string;
  if (isJson(t) || src.startsWith('"')) newText = JSON.stringify(value);
  else if (src.startsWith("'")) newText = `'${value.replace(/'/g, "''")}'`;
  else newText = scalarText(value, false);
  if (node.kind === 'scalar' && node.empty) return { uri: t.uri, start: node.span.start, end: node.span.start, newText: ` ${newText}` };
  return { uri: t.uri, start: node.span.start, end: node.span.end, newText };
}

/** Where a node's content ends: a block mapping's span may run on over comment lines after its last value. */
function contentEnd(n: YNode): number {
  if (n.kind === 'map') {
    const l = n.entries[n.entries.length - 1];
    if (!l) return n.span.end;
    return l.value.kind === 'scalar' && l.value.empty ? l.keySpan.end : Math.min(n.span.end, contentEnd(l.value));
  }
  if (n.kind === 'seq') {
    const l = n.items[n.items.length - 1];
    return l ? Math.min(n.span.end, contentEnd(l)) : n.span.end;
  }
  return n.span.end;
}

/** Where the last line of a node's content ends (before its line break). */
/** Where the line holding `offset` starts (line breaks: \n, \r\n, \r). */
function lineStartOf(text: string, offset: number): number {
  let k = Math.min(offset, text.length);
  while (k > 0 && text.charCodeAt(k - 1) !== 10 && text.charCodeAt(k - 1) !== 13) k--;
  return k;
}

function endOfLastLine(t: EditTarget, node: YNode): number {
  let end = isFlow(t, node) ? node.span.end : contentEnd(node);
  // A block node's span may end at the start of the next line: step back over trailing line breaks.
  while (end > node.span.start && (t.text[end - 1] === '\n' || t.text[end - 1] === '\r')) end--;
  // The end of that line: the first line break at or after it (no index of the whole text needed).
  while (end < t.text.length && t.text[end] !== '\n' && t.text[end] !== '\r') end++;
  return end;
}

/** Insert `key: value` as the last entry of a mapping. */
export function insertEntry(t: EditTarget, map: MapNode, key: string, value: Value): TextEdit {
  const json = isJson(t);
  const nl = eol(t);
  if (map.entries.length === 0) {
    // An empty mapping `{}`: fill it.
    if (isFlow(t, map)) {
      const close = t.text.lastIndexOf('}', map.span.end);
      return { uri: t.uri, start: map.span.start, end: close + 1, newText: `{ ${json ? JSON.stringify(key) : key}: ${renderFlow(value, json)} }` };
    }
    return { uri: t.uri, start: map.span.start, end: map.span.start, newText: `${key}:${renderBlockValue(value, '', nl)}` };
  }
  const last = map.entries[map.entries.length - 1];
  if (json || isFlow(t, map)) {
    const lastEnd = last.value.span.end;
    const multiline = /[\r\n]/.test(t.text.slice(map.span.start, map.span.end));
    const k = json ? JSON.stringify(key) : key;
    if (multiline) {
      const indent = lineIndent(t, last.keySpan.start);
      const unit = detectUnit(t);
      const body = json ? renderJsonBlock(value, indent, unit, nl) : renderFlow(value, false);
      return { uri: t.uri, start: lastEnd, end: lastEnd, newText: `,${nl}${indent}${k}: ${body}` };
    }
    return { uri: t.uri, start: lastEnd, end: lastEnd, newText: `, ${k}: ${renderFlow(value, json)}` };
  }
  const indent = ' '.repeat(columnOf(t, map.entries[0].keySpan.start));
  const at = endOfLastLine(t, last.value.kind === 'scalar' && last.value.empty ? ({ ...last.value, span: last.keySpan } as YNode) : last.value);
  return { uri: t.uri, start: at, end: at, newText: `${nl}${indent}${key}:${renderBlockValue(value, indent, nl)}` };
}

function detectUnit(t: EditTarget): string {
  const m = /\n( +|\t)\S/.exec(t.text);
  return m ? (m[1] === '\t' ? '\t' : m[1].length >= 4 ? '    ' : '  ') : '  ';
}

/** Append a scalar to a list (flow `[a, b]` or block `- a`). */
export function appendToSeq(t: EditTarget, seq: SeqNode, value: string): TextEdit {
  const json = isJson(t);
  const v = scalarText(value, json);
  if (seq.items.length === 0) {
    const close = t.text.indexOf(']', seq.span.start);
    return { uri: t.uri, start: seq.span.start, end: close + 1, newText: `[${v}]` };
  }
  const last = seq.items[seq.items.length - 1];
  if (json || isFlow(t, seq)) return { uri: t.uri, start: last.span.end, end: last.span.end, newText: `, ${v}` };
  const lineStart = lineStartOf(t.text, last.span.start);
  const dash = t.text.lastIndexOf('-', last.span.start);
  const prefix = dash >= lineStart ? t.text.slice(lineStart, dash) : lineIndent(t, last.span.start);
  const at = endOfLastLine(t, last);
  return { uri: t.uri, start: at, end: at, newText: `${eol(t)}${prefix.replace(/\S/g, ' ')}- ${v}` };
}

/** Remove a map entry: whole lines in block YAML (comments above it are kept), the entry and one comma in flow/JSON. */
export function removeEntry(t: EditTarget, e: MapEntry): TextEdit {
  const json = isJson(t);
  const map = e.map;
  if (json || isFlow(t, map)) {
    const i = map.entries.indexOf(e);
    const start = e.keySpan.start - (t.text[e.keySpan.start - 1] === '"' ? 1 : 0);
    const keyStart = /["']/.test(t.text[start] ?? '') ? start : e.keySpan.start;
    let end = e.value.span.end;
    if (i < map.entries.length - 1) {
      const next = map.entries[i + 1];
      const nextStart = next.keySpan.start - (t.text[next.keySpan.start - 1] === '"' ? 1 : 0);
      return { uri: t.uri, start: keyStart, end: nextStart, newText: '' };
    }
    if (i > 0) {
      const prev = map.entries[i - 1];
      return { uri: t.uri, start: prev.value.span.end, end, newText: '' };
    }
    return { uri: t.uri, start: keyStart, end, newText: '' };
  }
  const idx = lineIndexOf(t.text);
  const startLine = idx.positionAt(e.keySpan.start).line;
  const lineStart = idx.lineStart(startLine);
  // The key may follow `- ` on its line (first key of a list item): then remove from the key only.
  const before = t.text.slice(lineStart, e.keySpan.start);
  const valueEnd = e.value.kind === 'scalar' && e.value.empty ? e.keySpan.end : contentEnd(e.value);
  const endLineContent = endOfLastLine(t, { ...e.value, span: { start: e.keySpan.start, end: valueEnd } } as YNode);
  const endLine = idx.positionAt(endLineContent).line;
  const nextLineStart = endLine + 1 < idx.lineCount ? idx.lineStart(endLine + 1) : t.text.length;
  // Whole-line comments inside the removed lines stay (a fix never loses a comment).
  const start = /^\s*$/.test(before) ? lineStart : e.keySpan.start;
  const kept = t.text.slice(start, nextLineStart).split(/(?<=\n)/).filter((l, i) => i > 0 && /^\s*#/.test(l)).join('');
  return { uri: t.uri, start, end: nextLineStart, newText: kept };
}

export function spanText(t: EditTarget, s: Span): string {
  return t.text.slice(s.start, s.end);
}

/** Append a mapping as a new item of a list of mappings (`- purpose: x` in block YAML, `{...}` in flow/JSON). */
export function appendMapItem(t: EditTarget, seq: SeqNode, value: { [k: string]: Value }): TextEdit {
  const json = isJson(t);
  const nl = eol(t);
  if (seq.items.length === 0 || json || isFlow(t, seq)) {
    const body = renderFlow(value, json);
    if (seq.items.length === 0) {
      const close = t.text.indexOf(']', seq.span.start);
      return { uri: t.uri, start: seq.span.start, end: close + 1, newText: `[${body}]` };
    }
    const last = seq.items[seq.items.length - 1];
    return { uri: t.uri, start: last.span.end, end: last.span.end, newText: `, ${body}` };
  }
  const last = seq.items[seq.items.length - 1];
  const lineStart = lineStartOf(t.text, last.span.start);
  const dash = t.text.lastIndexOf('-', last.span.start);
  const prefix = (dash >= lineStart ? t.text.slice(lineStart, dash) : lineIndent(t, last.span.start)).replace(/\S/g, ' ');
  const entries = Object.entries(value);
  const lines = entries.map(([k, v], i) => `${nl}${prefix}${i === 0 ? '- ' : '  '}${k}:${renderBlockValue(v, prefix + '  ', nl)}`);
  const at = endOfLastLine(t, last);
  return { uri: t.uri, start: at, end: at, newText: lines.join('') };
}
