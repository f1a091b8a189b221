/**
 * The fast reader must agree with the full (`yaml` Document) reader: whenever it accepts a text, that
 * text has no syntax error and both trees are equal, span for span. Checked on every policy in the
 * repository, on hand-picked edge cases, and on mutated policies (`FUZZ_RUNS`, as in fuzz.test.ts).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { fastParse } from '../../../src/core/policy/fast-parse';
import { parseWithYaml } from '../../../src/core/policy/parse';
import type { YNode } from '../../../src/core/policy/tree';

const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);
const ROOT = path.resolve(__dirname, '../../../..');

/** A plain, comparable picture of a tree: kinds, values, spans, keys and list indexes. */
function picture(n: YNode): unknown {
  if (n.kind === 'map') return { map: [n.span.start, n.span.end], index: n.index, entries: n.entries.map((e) => [e.key, e.keySpan.start, e.keySpan.end, picture(e.value)]) };
  if (n.kind === 'seq') return { seq: [n.span.start, n.span.end], index: n.index, items: n.items.map(picture) };
  return { value: Object.is(n.value, -0) ? '-0' : n.value, type: typeof n.value, span: [n.span.start, n.span.end], empty: n.empty, index: n.index };
}

/** Parent links must be right too: rules climb them. */
function checkLinks(n: YNode): void {
  if (n.kind === 'map') for (const e of n.entries) { assert.equal(e.map, n); assert.equal(e.value.parent, e); checkLinks(e.value); }
  if (n.kind === 'seq') n.items.forEach((it, i) => { assert.equal(it.parentSeq, n); assert.equal(it.index, i); checkLinks(it); });
}

/** Returns whether the fast reader took the text; fails when it took it and disagrees. */
function agree(text: string): boolean {
  const fast = fastParse(text);
  if (!fast) return false;
  const full = parseWithYaml(text);
  assert.deepEqual(full.errors, [], `the fast reader accepted a text with a syntax error:\n${text}`);
  assert.ok(full.root);
  assert.deepEqual(picture(fast), picture(full.root), `trees differ for:\n${text}`);
  checkLinks(fast);
  return true;
}

function policiesUnder(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.')) policiesUnder(p, out);
    else if (/\.ya?ml$/.test(e.name)) out.push(p);
  }
  return out;
}

const FILES = [...policiesUnder(path.join(ROOT, 'examples')), ...policiesUnder(path.join(ROOT, 'server/test/fixtures'))];
const SEEDS = FILES.filter((f) => /recording-policy\.ya?ml$/.test(f)).map((f) => fs.readFileSync(f, 'utf8'));

describe('fast policy reader', () => {
  it('agrees with the full reader on every YAML file in examples/ and the fixtures, and takes the plain ones', () => {
    let taken = 0;
    for (const f of FILES) if (agree(fs.readFileSync(f, 'utf8'))) taken++;
    assert.ok(SEEDS.length >= 5, 'the seed policies were found');
    // Most policies are plain block YAML: the fast reader must take them (else it is no use).
    assert.ok(taken >= SEEDS.length / 2, `the fast reader took ${taken} of ${FILES.length} files`);
  });

  const taken = [
    'policy: 1\n',
    'policy: 1',
    'a: 1\nb: -2\nc: +3\nd: 1.5\ne: 1e3\nf: .5\ng: 007\nh: 1.\n',
    'a: true\nb: False\nc: null\nd: NULL\ne: yes\nf: no\ng: on\n',
    'a:\n  b: x   # note\n  c:\n  d: [1, two , {f: g}]\nl:\n  - x\n  -\n  - k: v\n    m: 2\n# end\n\n',
    'a:\n- 1\n- 2\nb: c\n',
    'a:   # why\n  b: 1\n',
    'a:    \nb: 1\n',
    'a:\n  b:\nc: 1\n',
    'a:\n  b:\n',
    'a:\n  b:   # c\n    c: 1\nd:\n  - x\n  -\ne:\n  -   # c\n    - y\n',
    'a:\n  - b:\n  - c:\n',
    '#\na:\n  b: x\n#\n  c: 1\n',
    'l:\n  -   \n  - x\n  -\n',
    "a: 'it''s'\nb: \"q x\"  # c\nc: ''\nd: \"\"\n",
    'a: { }\nb: []\nc: {x: [], y: {}}\n',
    'a: { p: https://x.example/a, q: [mailto:x@y.z, a:b] }\n',
    'a:\n  b:\n    c: 1\n    # after c, at its indent\n    d: 2\n',
    'a:\n  b:\n    c: 1\n  # at an open indent\nd: 2\n',
    // A comment at the column of the mapping inside a list item (the item opens with a lone `-`).
    'a:\n  -\n    b:\n      c: 1\n    # at an open indent\n  - d: 2\n',
    'a: b#c\nb: http://example.org/x\nc: x, y [z]\n',
    'a:\n  - b: 1\n    c:\n      - d\n  - e\n',
    'a:\n  b:\n    c: 1\n\n\n  d: 2\n',
    'a:\n  b: 1\n# a comment at the root\n  # and one at the next key\n  c: 2\n',
    'a:\n  -   x\n  -    y: 1\n       z: 2\n',
    // Plain scalars that stay strings under the core schema.
    'a: 2024-01-01\nb: P30D\nc: 1.2.3\nd: -x\ne: 0x\nf: 0o\ng: .in\nh: -.Infinity\ni: nan\n',
    // The largest integers a number holds exactly.
    'a: 9007199254740991\nb: -9007199254740991\n',
    '# only a comment\n\npolicy: 1\n',
  ];
  for (const text of taken) {
    it(`takes and agrees on ${JSON.stringify(text).slice(0, 60)}`, () => {
      assert.ok(agree(text), `the fast reader refused a text meant to be in its subset:\n${text}`);
    });
  }

  const refused = [
    '',
    '# nothing\n',
    'a: b: c\n',
    'a:\n  - x\n  b: 1\n',
    'a: "x" y\n',
    'a: "x"#c\n',
    'a:\n  b: 1\n c: 2\n',
    'a: 1\na: 2\n',
    'a:\tb\n',
    'a: 1\r\nb: 2\r\n',
    '\ufeffa: 1\n',
    'key : 1\n',
    'a: one\n  two\n',
    'a: |\n  text\n',
    'a: >\n  text\n',
    'a: &x 1\nb: *x\n',
    'a: !!str 1\n',
    '"a": 1\n',
    '? a\n: 1\n',
    'a: 1\n---\nb: 2\n',
    '%YAML 1.2\n---\na: 1\n',
    'a: [1, 2,]\n',
    'a: [1, 2\n',
    'a: {b: }\n',
    'a: "unterminated\n',
    'a: "esc\\n"\n',
    '- a\n- b\n',
    '{"a": 1}\n',
    '  a: 1\n',
    'a:\n    b: 1\n  c: 2\n',
    'a: - x\n',
    'a: -\nb: 1\n',
    'a:  # c\nb: 1\n',
    'a:\n  -  # c\n  - x\n',
    'a: [-, x]\n',
    'a: {b: c:}\n',
    'a: [x:, y]\n',
    'a:b\n',
    '1: x\n',
    'true: x\n',
    'a:\n  b: x\n    #\nd: 1\n',
    'a:\n  b:\n    c: x\n     # deeper\n  d: 1\n',
    'a:\n  b: 1\n    # at the end\n',
    'a:\n  b: 1\n  # at the end\n',
    'a:\n  b:\n    c: 1\n  # at the end, an open indent\n',
    'a:\n  b:\n    c: 1\n    # closing two levels\nd: 2\n',
    'a:\n  b:\n  # after an empty value\nc: 1\n',
    'a:\n  b:\n    c:\n  # after an empty value\n# and another\nd: 1\n',
    // A comment at the column of the mapping that starts after `- ` (its column is no line's indent).
    'a:\n  - b:\n      c: 1\n    # at an open indent\n  - d: 2\n',
    // A comment at the indent of the mapping it ends.
    'a:\n  b: 1\n  # trailing comment in b\nc: 2\n',
    // Numbers the fast reader does not convert: hex, octal, infinities, NaN, unsafe integers.
    'a: 0x1F\n',
    'a: 0o17\n',
    'a: .inf\n',
    'a: -.Inf\n',
    'a: .nan\n',
    'a: 12345678901234567890\n',
    'a: 9007199254740992\n',
    // A comment at the column of a compact list (items at their key's column): `yaml` counts it into
    // the mapping that holds the key (found by the fuzz run, seed 1208284614).
    'r:\n  a:\n    t: 1\n    p:\n    - e: 1\n    # q\n  b: 2\n',
    // A comment at the column of a collection two levels in from the next line: counted into the
    // collections between (found by the fuzz run).
    'a:\n  b:\n    c:\n      d: 1\n    # q\ne: 1\n',
    'a:\n b:\n  c:\n    d: 1\n  # q\ne: 1\n',
  ];
  for (const text of refused) {
    it(`leaves ${JSON.stringify(text).slice(0, 40)} to the full reader`, () => {
      assert.equal(fastParse(text), undefined);
    });
  }

  it(`agrees on ${RUNS} mutated policies`, function () {
    this.timeout(0);
    const TOKENS = ['', ' ', '  ', '#', ' # c', ':', ': ', '- ', '-', '[', ']', '{', '}', ',', '"', "'", "''", '&a', '*a', '!', '|', '>', '?', '%', '@', '`', '~', 'null', 'true', '1', '-1', '1.5', '.5', '1e3', '0x10', 'P30D', 'x: y', '{a: b}', '[a, b]', '"q"', "'s'", '---', '...', '\t', '\r', 'é', '😀'];
    let taken = 0;
    const mutated = fc
      .tuple(fc.nat(SEEDS.length - 1), fc.array(fc.tuple(fc.nat(400), fc.nat(7), fc.constantFrom(...TOKENS)), { minLength: 1, maxLength: 5 }))
      .map(([i, muts]) => {
        const lines = SEEDS[i].split('\n');
        for (const [at, kind, tok] of muts) {
          const k = at % Math.max(1, lines.length);
          const line = lines[k] ?? '';
          if (kind === 0) lines.splice(k, 1);
          else if (kind === 1) lines.splice(k, 0, line);
          else if (kind === 2) lines[k] = line + tok;
          else if (kind === 3) lines[k] = line.replace(/:\s.*$/, `: ${tok}`);
          else if (kind === 4) lines[k] = ' '.repeat((at % 3) + 1) + line;
          else if (kind === 5) lines[k] = line.replace(/^ {1,2}/, '');
          else if (kind === 6) lines.splice(k, 0, `${' '.repeat(at % 7)}${tok.startsWith('#') ? tok : `# ${tok}`}`);
          else lines[k] = line.slice(0, at % Math.max(1, line.length));
        }
        return lines.join('\n');
      });
    fc.assert(
      fc.property(mutated, (text) => {
        if (agree(text)) taken++;
      }),
      { numRuns: RUNS },
    );
    // Many mutants stay plain YAML; if none were taken the property proved nothing.
    assert.ok(taken > RUNS / 10, `only ${taken} of ${RUNS} mutants were taken by the fast reader`);
  });
});
