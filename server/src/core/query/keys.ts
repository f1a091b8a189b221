/**
 * Completion of policy keys from the policy schema (issue 18 item 8): on a line that holds only the
 * start of a key, the keys the schema allows in the mapping the line belongs to, with their
 * descriptions, minus the keys already there; snippets for a recording, a purpose and a trigger; and a
 * skeleton for an empty policy file. The mapping is found by indentation, so it works while the YAML
 * around the cursor is still half typed.
 */
import schema from '../../../../schemas/recording-policy.schema.json';
import { text as catalogText, type TextKey } from '../i18n/catalog';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import nlSchema from '../i18n/nl/schema.json';
import type { Span } from '../text';

export interface KeyEntry {
  label: string;
  kind: 'key' | 'snippet';
  detail?: string;
  documentation?: string;
  /** The text to insert; for a snippet with LSP placeholders (`${1:id}`). */
  insert: string;
  replace: Span;
  sortText: string;
}

interface SchemaNode {
  $ref?: string;
  description?: string;
  title?: string;
  type?: string;
  properties?: Record<string, SchemaNode>;
  patternProperties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  else?: SchemaNode;
  enum?: unknown[];
}

const ROOT = schema as unknown as SchemaNode & { definitions: Record<string, SchemaNode> };

function resolve(n: SchemaNode | undefined): SchemaNode | undefined {
  for (let i = 0; n && i < 8; i++) {
    if (n.$ref) n = ROOT.definitions[n.$ref.replace('#/definitions/', '')];
    else if (!n.properties && n.else) n = n.else;
    else return n;
  }
  return n;
}

/** A step of the path to the mapping: a key, or `#` for "an item of the list". */
type Step = string;

function nodeAt(path: readonly Step[]): SchemaNode | undefined {
  let n: SchemaNode | undefined = resolve(ROOT);
  for (const step of path) {
    if (!n) return undefined;
    if (step === '#') n = resolve(n.items);
    else n = resolve(n.properties?.[step] ?? Object.entries(n.patternProperties ?? {}).find(([p]) => !p.startsWith('^x-') && new RegExp(p).test(step))?.[1]);
  }
  return n;
}

interface Line {
  start: number;
  text: string;
}

function linesBefore(text: string, lineStart: number): Line[] {
  const out: Line[] = [];
  let end = lineStart - 1;
  while (end >= 0 && out.length < 2000) {
    const s = text.lastIndexOf('\n', end - 1) + 1;
    out.push({ start: s, text: text.slice(s, end).replace(/\r$/, '') });
    end = s - 1;
  }
  return out;
}

const KEY_LINE = /^( *)(- +)?([A-Za-z_$][\w$-]*) *:(?: +|$)(.*)$/;

/**
 * The path of the mapping a key at `column` on the cursor's line belongs to, found from the lines
 * above, and the keys it already has there. `item`: the cursor's line starts a new list item (`- `),
 * so the mapping is that new item and has no keys yet.
 */
function mappingPath(text: string, lineStart: number, column: number, item: boolean): { path: Step[]; present: Set<string> } | undefined {
  const path: Step[] = item ? ['#'] : [];
  const present = new Set<string>();
  // Either inside a mapping whose keys start at `col`, or inside a list whose dashes are at `col`.
  let state: 'map' | 'list' = item ? 'list' : 'map';
  let col = item ? column - 2 : column;
  let collecting = !item;
  for (const l of linesBefore(text, lineStart)) {
    const t = l.text;
    if (t.trim() === '' || t.trim().startsWith('#')) continue;
    const indent = /^ */.exec(t)![0].length;
    const m = KEY_LINE.exec(t);
    const dash = m ? m[2] !== undefined : /^ *-( |$)/.test(t);
    const keyCol = m ? m[1].length + (m[2]?.length ?? 0) : -1;
    const opens = m !== null && (m[4] === '' || m[4].startsWith('#'));
    if (state === 'map') {
      if (m && keyCol === col) {
        if (collecting) present.add(m[3]);
        if (dash) {
          // The first key of a list item: the mapping is that item.
          path.unshift('#');
          state = 'list';
          col = indent;
          collecting = false;
        }
        continue;
      }
      if (indent >= col) continue;
    } else {
      if (dash && indent === col) continue; // an earlier item of the same list
      if (indent > col) continue; // inside an earlier item
      // A list may sit at its key's own column (`purposes:` then `- purpose: …` under it).
      if (!(m && !dash && keyCol === col) && indent === col) return undefined;
    }
    // The line that owns the mapping or list: a key with nothing after its colon, or a bare `-`.
    if (m && opens) {
      path.unshift(m[3]);
      collecting = false;
      if (dash) {
        path.unshift('#');
        state = 'list';
        col = indent;
      } else {
        state = 'map';
        col = keyCol;
      }
      continue;
    }
    if (!m && dash) {
      path.unshift('#');
      state = 'list';
      col = indent;
      continue;
    }
    return undefined;
  }
  return state === 'map' && col === 0 ? { path, present } : undefined;
}

/** Keys already written below the cursor in the same mapping (so they are not offered twice). */
function keysBelow(text: string, lineEnd: number, column: number, present: Set<string>): void {
  let pos = lineEnd + 1;
  while (pos < text.length) {
    const e = text.indexOf('\n', pos);
    const t = text.slice(pos, e < 0 ? text.length : e).replace(/\r$/, '');
    pos = e < 0 ? text.length : e + 1;
    if (t.trim() === '' || t.trim().startsWith('#')) continue;
    const indent = /^ */.exec(t)![0].length;
    if (indent < column || /^ *- /.test(t) && indent <= column) break;
    const m = KEY_LINE.exec(t);
    if (m && indent === column && !m[2]) present.add(m[3]);
  }
}

const SNIPPETS: Record<string, { label: TextKey; detail: TextKey; body: (i: string, locale: Locale) => string[] }> = {
  recordings: {
    label: 'completion.snippet.recording.label',
    detail: 'completion.snippet.recording.detail',
    body: (i, locale) => [`id: \${1:service-line}`, `${i}description: \${2:${catalogText(locale, 'completion.placeholder.recording')}}`, `${i}direction: \${3|inbound,outbound,internal|}`, `${i}mode: \${4|all,sampled,on-demand,none|}`, `${i}employees_informed: true`, `${i}data: [voice, phone-number]`, `${i}announcement:`, `${i}  script: \${5:service.ivr}`, `${i}purposes:`, `${i}  - purpose: \${6:quality-assurance}`, `${i}    legal_basis: \${7|legitimate-interests,contract,consent,legal-obligation,public-task,vital-interests|}`, `${i}    retention: { until: \${8:trigger-id} }`, `${i}access:`, `${i}  roles: [\${9:quality}]`],
  },
  purposes: {
    label: 'completion.snippet.purpose.label',
    detail: 'completion.snippet.purpose.detail',
    body: (i) => [`purpose: \${1:quality-assurance}`, `${i}legal_basis: \${2|legitimate-interests,contract,consent,legal-obligation,public-task,vital-interests|}`, `${i}retention: { until: \${3:trigger-id}, max: \${4:P3M} }`],
  },
};

/**
 * The schema's titles and descriptions in other locales, keyed by the English text (as gettext keys by
 * its msgid): a text the schema changes falls back to English, and a test lists it.
 */
export const SCHEMA_TEXTS: Readonly<Partial<Record<Locale, Readonly<Record<string, string>>>>> = { nl: nlSchema };

/** A schema title or description in the locale. */
export function schemaText(locale: Locale, english: string): string;
export function schemaText(locale: Locale, english: string | undefined): string | undefined;
export function schemaText(locale: Locale, english: string | undefined): string | undefined {
  return english === undefined ? undefined : SCHEMA_TEXTS[locale]?.[english] ?? english;
}

/** Completion of keys (and item snippets) at `offset`, or undefined when the line is not the start of a key. */
export function keyCompletion(text: string, offset: number, locale: Locale = DEFAULT_LOCALE): KeyEntry[] | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const m = /^( *)(- +)?([A-Za-z_][\w-]*)?$/.exec(before);
  if (!m) return undefined;
  const item = m[2] !== undefined;
  const column = m[1].length + (m[2]?.length ?? 0);
  const partial = m[3] ?? '';
  const lineEndIdx = text.indexOf('\n', offset);
  const lineEnd = lineEndIdx < 0 ? text.length : lineEndIdx;
  // Only when nothing but the partial key follows on the line (not inside a written `key: value`).
  const after = text.slice(offset, lineEnd).replace(/\r$/, '');
  if (/\S/.test(after) && !/^[\w-]*\s*(#.*)?$/.test(after)) return undefined;
  const found = mappingPath(text, lineStart, column, item);
  if (!found) return undefined;
  keysBelow(text, lineEnd, column, found.present);
  const node = nodeAt(found.path);
  if (!node?.properties) return [];
  const replace = { start: offset - partial.length, end: offset + (/^[\w-]*/.exec(after)?.[0].length ?? 0) };
  const out: KeyEntry[] = [];
  const indent = ' '.repeat(column);
  const parentKey = [...found.path].reverse().find((s) => s !== '#');
  const snippet = parentKey && found.path[found.path.length - 1] === '#' && found.present.size === 0 ? SNIPPETS[parentKey] : undefined;
  if (snippet) out.push({ label: catalogText(locale, snippet.label), kind: 'snippet', detail: catalogText(locale, snippet.detail), insert: snippet.body(indent, locale).join('\n'), replace, sortText: '0000' });
  for (const [key, raw] of Object.entries(node.properties)) {
    if (key === '$schema' || found.present.has(key)) continue;
    const p = resolve(raw);
    const description = schemaText(locale, raw.description ?? p?.description);
    const block = p?.type === 'object' || (p?.properties !== undefined && p.type !== 'array');
    out.push({ label: key, kind: 'key', detail: schemaText(locale, p?.title) ?? (p?.type === 'array' ? catalogText(locale, 'completion.list') : p?.type), documentation: description, insert: block ? `${key}:\n${indent}  ` : `${key}: `, replace, sortText: String(out.length + 1).padStart(4, '0') });
  }
  return out;
}

/** What an empty policy file is offered: a whole starter policy as one snippet. */
export function policySkeleton(locale: Locale = DEFAULT_LOCALE): KeyEntry {
  const body = [
    'policy: 1',
    'controller: ${1:Acme Klantenservice B.V.}',
    'jurisdiction: ${2:NL}',
    'languages: [${3:nl}]',
    '',
    'triggers:',
    '  ${4:call-reviewed}:',
    `    description: \${5:${catalogText(locale, 'completion.placeholder.trigger')}}`,
    '    max: ${6:P30D}',
    '',
    'recordings:',
    '  - id: ${7:service-line}',
    `    description: \${8:${catalogText(locale, 'completion.placeholder.recording')}}`,
    '    direction: inbound',
    '    mode: all',
    '    employees_informed: true',
    '    data: [voice, phone-number]',
    '    announcement:',
    '      script: ${9:service.ivr}',
    '    purposes:',
    '      - purpose: quality-assurance',
    '        legal_basis: legitimate-interests',
    '        balancing_test: ${10:docs/lia-quality.md}',
    '        retention: { until: ${4} }',
    '    access:',
    '      roles: [${11:quality}]',
    '',
  ];
  return { label: catalogText(locale, 'completion.skeleton.label'), kind: 'snippet', detail: catalogText(locale, 'completion.skeleton.detail'), insert: body.join('\n'), replace: { start: 0, end: 0 }, sortText: '0000' };
}
