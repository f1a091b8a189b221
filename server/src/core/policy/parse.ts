/**
 * Parses a policy file (YAML or JSON) into a position-keeping tree. Problems come out as located
 * syntax errors (the `yaml-syntax` rule reports them); nothing here throws.
 */
import { parseAllDocuments, isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';
import type { Span } from '../text';
import { fastParse } from './fast-parse';
import { firstJsonError } from './json-check';
import { plainYamlError } from './yaml-errors';
import type { MapEntry, MapNode, SeqNode, YNode } from './tree';

export interface SyntaxProblem {
  span: Span;
  message: string;
}

export interface ParsedTree {
  root?: YNode;
  errors: SyntaxProblem[];
}

/** How many nodes alias expansion may add before the document is refused (an alias bomb). */
export const MAX_ALIAS_EXPANSION = 10_000;
/** Nesting deeper than this is refused (no real policy comes close). */
export const MAX_DEPTH = 200;

class TooBig extends Error {
  constructor(readonly span: Span, readonly why: string) {
    super(why);
  }
}


/**
 * Parse a policy. Plain block YAML (nearly every policy) is read by the fast reader; anything else,
 * and every file with a syntax error, by `yaml` itself. Both give the same tree.
 */
export function parsePolicyText(text: string, opts: { json?: boolean } = {}): ParsedTree {
  if (opts.json) {
    const bad = text.trim() === '' ? undefined : firstJsonError(text);
    if (bad) return { errors: [bad] };
  }
  const fast = fastParse(text);
  if (fast) return { root: fast, errors: [] };
  return parseWithYaml(text);
}

/** The full reader: composes `yaml` Documents, reports syntax errors, expands aliases with a budget. */
export function parseWithYaml(text: string): ParsedTree {
  const errors: SyntaxProblem[] = [];
  const clamp = (n: number) => Math.max(0, Math.min(n, text.length));
  const spanOf = (pos: [number, number] | undefined): Span => {
    if (!pos) return { start: 0, end: Math.min(1, text.length) };
    const start = clamp(pos[0]);
    let end = clamp(pos[1]);
    if (end <= start) end = Math.min(text.length, start + 1);
    return { start, end };
  };
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, { uniqueKeys: false, strict: true, prettyErrors: false, keepSourceTokens: false }) as Document.Parsed[];
  } catch (e) {
    return { errors: [{ span: { start: 0, end: Math.min(1, text.length) }, message: `The file could not be parsed: ${(e as Error).message}` }] };
  }
  if (!Array.isArray(docs)) docs = [];
  if (docs.length === 0) {
    return { errors: [{ span: { start: 0, end: 0 }, message: 'The file is empty: a recording policy is a YAML or JSON mapping that starts with `policy: 1`.' }] };
  }
  const doc = docs[0];
  // One finding at the first error: what follows a stray `}` or an open quote is the same mistake again.
  const first = doc.errors[0];
  if (first) return { errors: [{ span: spanOf(first.pos), message: plainYamlError(first.code, first.message) }] };
  if (docs.length > 1) {
    const second = docs[1];
    const start = clamp(second.range?.[0] ?? 0);
    // Point at the `---` marker when there is one just before the second document.
    const marker = text.lastIndexOf('---', start);
    const s = marker >= 0 && marker >= (doc.range?.[1] ?? 0) - 3 ? marker : start;
    errors.push({ span: { start: s, end: Math.min(text.length, s + 3) }, message: 'A policy file holds one YAML document; a second document starts here. Move it to a file of its own.' });
  }
  if (errors.length > 0) return { errors };
  if (doc.contents === null || doc.contents === undefined) {
    return { errors: [{ span: { start: 0, end: 0 }, message: 'The file is empty: a recording policy is a YAML or JSON mapping that starts with `policy: 1`.' }] };
  }

  let budget = MAX_ALIAS_EXPANSION;
  const build = (node: unknown, depth: number, inAlias: boolean, aliasSpan?: Span): YNode => {
    if (!inAlias) checkTag(text, node, errors);
    if (depth > MAX_DEPTH) throw new TooBig(aliasSpan ?? spanOf(rangeOf(node)), `The document is nested more than ${MAX_DEPTH} levels deep; reclint does not read it.`);
    if (inAlias && --budget < 0) {
      throw new TooBig(aliasSpan ?? { start: 0, end: 1 }, `Aliases here expand to more than ${MAX_ALIAS_EXPANSION} nodes (an alias bomb); reclint does not expand them.`);
    }
    if (isAlias(node)) {
      const target = node.resolve(doc);
      const span = spanOf(rangeOf(node));
      if (!target) throw new TooBig(span, `The alias \`*${node.source}\` names no anchor.`);
      const built = build(target, depth + 1, true, inAlias ? aliasSpan : span);
      return relocate(built, span);
    }
    if (isMap(node)) {
      const map: MapNode = { kind: 'map', entries: [], span: spanOf(rangeOf(node)) };
      const seen = new Map<string, MapEntry>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const k = pair.key as unknown;
        let key: string;
        let keySpan: Span;
        if (isScalar(k)) {
          key = String(k.value);
          keySpan = spanOf(rangeOf(k));
        } else if (k === null || k === undefined) {
          key = '';
          keySpan = map.span;
        } else {
          keySpan = spanOf(rangeOf(k));
          throw new TooBig(keySpan, 'A key must be a plain value, not a mapping or a list.');
        }
        const v = pair.value as unknown;
        const value: YNode = v === null || v === undefined
          ? { kind: 'scalar', value: null, empty: true, span: { start: keySpan.end, end: keySpan.end } }
          : build(v, depth + 1, inAlias, aliasSpan);
        const e: MapEntry = { key, keySpan, value, map };
        value.parent = e;
        if (seen.has(key) && !inAlias) {
          const first = seen.get(key)!;
          errors.push({ span: keySpan, message: `Duplicate key \`${key}\`: it is already set on line ${lineOf(text, first.keySpan.start)}. Keep one.` });
        } else if (!seen.has(key)) {
          seen.set(key, e);
        }
        map.entries.push(e);
      }
      return map;
    }
    if (isSeq(node)) {
      const seq: SeqNode = { kind: 'seq', items: [], span: spanOf(rangeOf(node)) };
      node.items.forEach((it, i) => {
        const child: YNode = it === null || it === undefined
          ? { kind: 'scalar', value: null, empty: true, span: seq.span }
          : build(it, depth + 1, inAlias, aliasSpan);
        child.index = i;
        child.parentSeq = seq;
        seq.items.push(child);
      });
      return seq;
    }
    if (isScalar(node)) {
      const r = rangeOf(node);
      const v = node.value;
      let value: string | number | boolean | null;
      if (v === null || v === undefined) value = null;
      else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') value = v;
      else if (typeof v === 'bigint') value = Number(v);
      else value = String(v);
      const empty = !r || r[0] === r[1];
      return { kind: 'scalar', value, empty, span: r ? { start: clamp(r[0]), end: clamp(r[1]) } : { start: 0, end: 0 } };
    }
    return { kind: 'scalar', value: null, empty: true, span: { start: 0, end: 0 } };
  };
  try {
    const root = build(doc.contents, 0, false);
    if (errors.length > 0) return { errors };
    return { root, errors };
  } catch (e) {
    if (e instanceof TooBig) return { errors: [{ span: e.span, message: e.why }] };
    if (e instanceof RangeError) return { errors: [{ span: { start: 0, end: Math.min(1, text.length) }, message: 'The document is too deeply nested to read.' }] };
    throw e;
  }
}

/** How many tags are reported in one file (a generated file may hold thousands). */
const MAX_TAG_REPORTS = 100;

/**
 * A tag (`!include`, `!Ref`, `!!js/function`, `!!binary`, `!!str`) asks a YAML loader to do something
 * with a value; the policy format is plain data, so a tag is reported at the tag and the file is not
 * read further (the tagged value is never used).
 */
function checkTag(text: string, node: unknown, errors: SyntaxProblem[]): void {
  const tag = (node as { tag?: unknown } | null)?.tag;
  if (typeof tag !== 'string' || errors.length >= MAX_TAG_REPORTS) return;
  const r = rangeOf(node);
  const at = r ? r[0] : 0;
  // The tag is written before the value (perhaps with an anchor, perhaps on the line above).
  const before = text.slice(Math.max(0, at - 1024), at);
  const m = /(![^\s,\[\]{}]*)(?:\s+&[^\s,\[\]{}]+)?\s*$/.exec(before);
  const start = m ? at - before.length + m.index : at;
  const written = m ? m[1] : tag.replace(/^tag:yaml\.org,2002:/, '!!');
  errors.push({
    span: { start, end: start + Math.max(1, written.length) },
    message: `Tags such as \`${written}\` are not part of the policy format, and reclint does not use the tagged value. Write the value itself, without the tag.`,
  });
}

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function rangeOf(node: unknown): [number, number] | undefined {
  const r = (node as YamlNode | undefined)?.range;
  return r ? [r[0], r[1]] : undefined;
}

/** An alias' expansion is reported at the alias itself: findings inside it point at `*name`. */
function relocate(node: YNode, span: Span): YNode {
  const walk = (n: YNode) => {
    n.span = span;
    if (n.kind === 'map') for (const e of n.entries) { e.keySpan = span; walk(e.value); }
    else if (n.kind === 'seq') n.items.forEach(walk);
  };
  walk(node);
  return node;
}
