/**
 * Validates a policy against `schemas/recording-policy.schema.json` (ajv, compiled once) and folds ajv's
 * errors into one plain-words problem per real problem, at the offending node.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { didYouMean } from '../distance';
import type { Span } from '../text';
import precompiled from './schema-validator.generated.js';
import { asMap, entry, nodeAtPath, pointSpan, toPlain, type MapNode, type YNode } from './tree';

export interface SchemaProblem {
  span: Span;
  message: string;
  /** JSON path of the node the problem is about. */
  path: (string | number)[];
  keyword: string;
  /** For a missing key: the key and the map it belongs in. */
  missing?: { key: string; map: MapNode };
  /** For an unknown key or value close to a known one: the text to replace and the known spelling. */
  rename?: { span: Span; to: string; what: 'key' | 'value' };
}

/**
 * The validator, precompiled at build time (`scripts/gen-schema-validator.mjs`, ajv standalone code,
 * checked current by a test), so that no process spends its start compiling the schema.
 */
function validator(): ValidateFunction {
  return precompiled;
}

function parsePointer(p: string): string[] {
  if (!p) return [];
  return p.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function toPath(root: YNode, segs: string[]): (string | number)[] {
  const out: (string | number)[] = [];
  let n: YNode | undefined = root;
  for (const s of segs) {
    if (n && n.kind === 'seq') { out.push(Number(s)); n = n.items[Number(s)]; }
    else { out.push(s); n = n && n.kind === 'map' ? entry(n, s)?.value : undefined; }
  }
  return out;
}

/** A readable name for the node at a path: "`legal_basis`", "item 2 of `data`". */
export function nameOf(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'the document';
  const last = path[path.length - 1];
  if (typeof last === 'number') {
    const parent = path[path.length - 2];
    return parent !== undefined ? `item ${last + 1} of \`${parent}\`` : `item ${last + 1}`;
  }
  return `\`${last}\``;
}

const PATTERN_WORDS: Record<string, string> = {
  id: 'a kebab-case id (lower-case letters, digits and hyphens, e.g. `service-line`)',
  purpose: 'a kebab-case purpose id (e.g. `quality-assurance`)',
  until: 'a kebab-case trigger id',
  max: 'an ISO 8601 duration such as `P30D`, `P3M`, `P2Y` or `PT2H`',
  buffer_retention: 'an ISO 8601 duration such as `PT2H` or `P1D`',
  jurisdiction: 'an ISO 3166-1 alpha-2 country code in capitals (e.g. `NL`)',
  art9_condition: 'one of `9(2)(a)` to `9(2)(j)`',
  languages: 'a language code such as `nl` or `en`',
};

function got(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (typeof v === 'string') return `\`${v.length > 60 ? v.slice(0, 57) + '…' : v}\``;
  if (typeof v === 'number' || typeof v === 'boolean') return `\`${String(v)}\``;
  if (Array.isArray(v)) return 'a list';
  return 'a mapping';
}

function typeWord(t: unknown): string {
  const one = (x: string) => ({ object: 'a mapping', array: 'a list', string: 'a text value', number: 'a number', integer: 'a whole number', boolean: '`true` or `false`', null: 'empty' } as Record<string, string>)[x] ?? x;
  return Array.isArray(t) ? t.map((x) => one(String(x))).join(' or ') : one(String(t));
}

function lastKey(path: readonly (string | number)[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return undefined;
}

/**
 * Where a finding about something missing in `map` points (rules.md): a purpose entry → its `purpose`
 * value; a recording → its `id` value; else the key that holds the map; else the document's first key.
 */
export function anchorForMissing(map: MapNode, path: readonly (string | number)[]): Span {
  const n = path.length;
  if (n >= 3 && path[n - 2] === 'purposes' && typeof path[n - 1] === 'number') {
    const p = entry(map, 'purpose');
    if (p) return pointSpan(p.value);
    if (map.entries.length > 0) return map.entries[0].keySpan;
  }
  if (n === 2 && path[0] === 'recordings' && typeof path[1] === 'number') {
    const id = entry(map, 'id');
    if (id) return pointSpan(id.value);
  }
  if (map.parent) return map.parent.keySpan;
  if (map.parentSeq?.parent) return map.parentSeq.parent.keySpan;
  if (map.entries.length > 0) return map.entries[0].keySpan;
  return { start: map.span.start, end: map.span.start };
}

export function schemaProblems(root: YNode): SchemaProblem[] {
  const validate = validator();
  const data = toPlain(root);
  if (validate(data)) return [];
  const errors = (validate.errors ?? []) as ErrorObject[];
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  const typeFailed = new Set<string>();
  for (const e of errors) if (e.keyword === 'type') typeFailed.add(e.instancePath);
  for (const e of errors) {
    if (['if', 'then', 'else', 'anyOf', 'oneOf', 'allOf', 'not', 'false schema'].includes(e.keyword)) continue;
    if (e.keyword !== 'type' && typeFailed.has(e.instancePath)) continue;
    const path = toPath(root, parsePointer(e.instancePath));
    const node = nodeAtPath(root, path);
    if (!node) continue;
    const params = e.params as Record<string, unknown>;
    let problem: SchemaProblem | undefined;
    switch (e.keyword) {
      case 'additionalProperties': {
        const key = String(params.additionalProperty);
        const map = asMap(node);
        const ent = entry(map, key);
        if (!ent) break;
        const props = Object.keys(((e.parentSchema as { properties?: object } | undefined)?.properties) ?? {});
        const guess = didYouMean(key, props);
        const where = path.length ? ` under ${nameOf(path)}` : '';
        problem = {
          span: ent.keySpan,
          path: [...path, key],
          keyword: e.keyword,
          message: `Unknown key \`${key}\`${where}${guess ? ` (did you mean \`${guess}\`?)` : ''}. Remove it, or prefix it with \`x-\` to keep it as your own annotation.`,
          // Not when the map already has the key the typo resembles: renaming would make a duplicate.
          ...(guess && !entry(map, guess) ? { rename: { span: ent.keySpan, to: guess, what: 'key' as const } } : {}),
        };
        break;
      }
      case 'required': {
        const key = String(params.missingProperty);
        const map = asMap(node);
        if (!map) break;
        problem = {
          span: anchorForMissing(map, path),
          path: [...path, key],
          keyword: e.keyword,
          message: `${path.length ? `${nameOf(path).replace(/^./, (c) => c.toUpperCase())}` : 'The policy'} is missing the required key \`${key}\`.`,
          missing: { key, map },
        };
        break;
      }
      case 'enum': {
        const allowed = (params.allowedValues as unknown[]).map(String);
        const guess = typeof e.data === 'string' ? didYouMean(e.data, allowed) : undefined;
        problem = {
          span: pointSpan(node),
          path,
          keyword: e.keyword,
          message: `${nameOf(path)} must be one of ${allowed.join(', ')}; got ${got(e.data)}${guess ? ` (did you mean \`${guess}\`?)` : ''}.`,
          ...(guess && node.kind === 'scalar' ? { rename: { span: node.span, to: guess, what: 'value' as const } } : {}),
        };
        break;
      }
      case 'const':
        problem = { span: pointSpan(node), path, keyword: e.keyword, message: `${nameOf(path)} must be \`${String(params.allowedValue)}\`; got ${got(e.data)}.` };
        break;
      case 'type':
        problem = { span: pointSpan(node), path, keyword: e.keyword, message: `${nameOf(path)} must be ${typeWord(params.type)}; got ${got(e.data)}.` };
        break;
      case 'pattern': {
        const k = lastKey(path) ?? '';
        const words = PATTERN_WORDS[k] ?? `text matching \`${String(params.pattern)}\``;
        problem = { span: pointSpan(node), path, keyword: e.keyword, message: `${nameOf(path)} must be ${words}; got ${got(e.data)}.` };
        break;
      }
      case 'propertyNames': {
        break; // reported by the `pattern` error on the name itself
      }
      case 'minItems':
        problem = { span: pointSpan(node), path, keyword: e.keyword, message: `${nameOf(path)} must list at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}.` };
        break;
      case 'minProperties':
        problem = { span: pointSpan(node), path, keyword: e.keyword, message: `${nameOf(path)} must have at least ${String(params.limit)} key${params.limit === 1 ? '' : 's'}.` };
        break;
      case 'minLength':
        problem = { span: pointSpan(node), path, keyword: e.keyword, message: `${nameOf(path)} must not be empty.` };
        break;
      case 'uniqueItems':
        problem = { span: pointSpan(node), path, keyword: e.keyword, message: `${nameOf(path)} lists the same value twice (items ${Number(params.j) + 1} and ${Number(params.i) + 1}).` };
        break;
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum': {
        const cmp = { minimum: 'at least', maximum: 'at most', exclusiveMinimum: 'greater than', exclusiveMaximum: 'less than' }[e.keyword];
        problem = { span: pointSpan(node), path, keyword: e.keyword, message: `${nameOf(path)} must be ${cmp} ${String(params.limit)}; got ${got(e.data)}.` };
        break;
      }
      default:
        problem = { span: pointSpan(node), path, keyword: e.keyword, message: `${nameOf(path)} ${e.message ?? 'is not valid'}.` };
    }
    if (!problem) continue;
    problem.message = problem.message.replace(/^`/, '`').replace(/^item/, 'Item');
    const key = `${problem.span.start}:${problem.span.end}:${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}
