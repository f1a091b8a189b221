import * as assert from 'node:assert/strict';
import { buildPolicy } from '../../../src/core/policy/model';
import { parsePolicyText } from '../../../src/core/policy/parse';
import { schemaProblems } from '../../../src/core/policy/schema';
import { LineIndex, type Span } from '../../../src/core/text';

function at(text: string, span: Span): string {
  const idx = new LineIndex(text);
  const s = idx.positionAt(span.start);
  const e = idx.positionAt(span.end);
  return `${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1}`;
}

const YAML_POLICY = [
  'policy: 1',
  'controller: Acme',
  'triggers:',
  '  done:',
  '    description: Done',
  'recordings:',
  '  - id: service-line',
  '    mode: all',
  '    purposes:',
  '      - purpose: staff-training',
  '        legal_basis: consent',
  '        retention: { until: done }',
  '      - purpose: evidence',
  '        legal_basis: contract',
  '        retention:',
  '          until: done',
  '          max: P2Y',
  '',
].join('\n');

describe('policy parser: ranges', () => {
  it('keeps the key and value span of every field (YAML)', () => {
    const r = parsePolicyText(YAML_POLICY);
    assert.deepEqual(r.errors, []);
    const p = buildPolicy(r.root!)!;
    const rec = p.recordings[0];
    assert.equal(at(YAML_POLICY, rec.id!.span), '7:9-7:21');
    const ev = rec.purposes[1];
    assert.equal(ev.purpose!.value, 'evidence');
    assert.equal(at(YAML_POLICY, ev.retention!.until!.span), '16:18-16:22');
    assert.equal(at(YAML_POLICY, ev.retention!.until!.keySpan), '16:11-16:16');
    assert.equal(at(YAML_POLICY, ev.retention!.max!.span), '17:16-17:19');
    assert.equal(at(YAML_POLICY, rec.purposes[0].retention!.until!.span), '12:29-12:33');
  });

  it('keeps the same ranges for the JSON twin', () => {
    const json = [
      '{',
      '  "policy": 1,',
      '  "controller": "Acme",',
      '  "recordings": [',
      '    {',
      '      "id": "service-line",',
      '      "purposes": [',
      '        { "purpose": "evidence", "legal_basis": "contract", "retention": { "until": "done" } }',
      '      ]',
      '    }',
      '  ]',
      '}',
    ].join('\n');
    const r = parsePolicyText(json);
    assert.deepEqual(r.errors, []);
    const p = buildPolicy(r.root!)!;
    assert.equal(at(json, p.recordings[0].id!.span), '6:13-6:27');
    assert.equal(at(json, p.recordings[0].purposes[0].retention!.until!.span), '8:85-8:91');
    assert.equal(p.recordings[0].purposes[0].retention!.until!.value, 'done');
  });

  it('reports a value on line 28 on line 28, with CRLF and a BOM', () => {
    const lines = ['policy: 1', 'controller: Acme', 'recordings:', '  - id: r1'];
    while (lines.length < 27) lines.push(`    x-note-${lines.length}: filler`);
    lines.push('    mode: sampled');
    const text = '\ufeff' + lines.join('\r\n') + '\r\n';
    const r = parsePolicyText(text);
    assert.deepEqual(r.errors, []);
    const p = buildPolicy(r.root!)!;
    assert.equal(at(text, p.recordings[0].mode!.span), '28:11-28:18');
  });

  it('reports duplicate keys at the second key', () => {
    const text = 'policy: 1\ncontroller: A\ncontroller: B\n';
    const r = parsePolicyText(text);
    assert.equal(r.root, undefined);
    assert.equal(r.errors.length, 1);
    assert.equal(at(text, r.errors[0].span), '3:1-3:11');
    assert.match(r.errors[0].message, /Duplicate key `controller`/);
  });

  it('refuses an alias bomb without expanding it', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${new Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
    const text = bomb.join('\n') + '\n';
    const r = parsePolicyText(text);
    assert.equal(r.root, undefined);
    assert.match(r.errors[0].message, /alias/i);
  });

  it('reports a second document at its marker', () => {
    const text = 'policy: 1\n---\npolicy: 2\n';
    const r = parsePolicyText(text);
    assert.equal(r.root, undefined);
    assert.equal(at(text, r.errors[0].span), '2:1-2:4');
  });

  it('reports tabs used for indentation where they are', () => {
    const text = 'policy: 1\nrecordings:\n\t- id: a\n';
    const r = parsePolicyText(text);
    assert.equal(r.root, undefined);
    assert.equal(new LineIndex(text).positionAt(r.errors[0].span.start).line, 2);
  });

  it('refuses 10,000 levels of nesting without a throw', () => {
    const text = 'a: ' + '['.repeat(10000) + ']'.repeat(10000) + '\n';
    const r = parsePolicyText(text);
    assert.equal(r.root, undefined);
    assert.ok(r.errors.length >= 1);
  });

  it('says an empty file is empty', () => {
    const r = parsePolicyText('');
    assert.match(r.errors[0].message, /empty/);
  });
});

describe('policy schema: one plain finding per real problem', () => {
  const problems = (text: string) => {
    const r = parsePolicyText(text);
    assert.deepEqual(r.errors, []);
    return schemaProblems(r.root!).map((p) => `${at(text, p.span)} ${p.message}`);
  };
  const base = 'policy: 1\ncontroller: Acme\nrecordings:\n  - id: line\n    mode: all\n';

  it('accepts a minimal policy', () => {
    assert.deepEqual(problems(base), []);
  });

  it('names an unknown key with a did-you-mean, at the key', () => {
    const msg = problems(base + '    retension: { max: P1D }\n');
    assert.equal(msg.length, 1);
    assert.match(msg[0], /^6:5-6:14 Unknown key `retension`/);
  });

  it('allows x- keys anywhere', () => {
    assert.deepEqual(problems(base + '    x-owner: team\nx-review: 2026\n'), []);
  });

  it('says which values an enum takes, at the value', () => {
    const msg = problems(base.replace('mode: all', 'mode: always'));
    assert.equal(msg.length, 1);
    assert.match(msg[0], /^5:11-5:17 `mode` must be one of all, sampled, on-demand, none; got `always`/);
  });

  it('points a missing required key of a recording at the recording', () => {
    const msg = problems('policy: 1\ncontroller: Acme\nrecordings:\n  - mode: all\n');
    assert.equal(msg.length, 1);
    assert.match(msg[0], /is missing the required key `id`/);
    assert.match(msg[0], /^3:1-3:11 /);
  });

  it('requires sample_rate when sampled, at the recording id', () => {
    const msg = problems(base.replace('mode: all', 'mode: sampled'));
    assert.equal(msg.length, 1);
    assert.match(msg[0], /^4:9-4:13 .*`sample_rate`/);
  });

  it('names a wrong type in plain words', () => {
    const msg = problems(base + '    sample_rate: lots\n');
    assert.ok(msg.some((m) => /^6:18-6:22 `sample_rate` must be a number; got `lots`/.test(m)), msg.join('\n'));
  });

  it('points a missing top-level key at the first key', () => {
    const msg = problems('policy: 1\nrecordings:\n  - id: a\n');
    assert.equal(msg.length, 1);
    assert.match(msg[0], /^1:1-1:7 The policy is missing the required key `controller`/);
  });
});
