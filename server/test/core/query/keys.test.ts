/** Key completion from the schema, item snippets and the empty-file skeleton (issue 18 item 8). */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { policyCompletion } from '../../../src/core/query/completion';
import { parsePolicyForQuery } from '../../../src/core/query/context';
import type { QueryEnv } from '../../../src/core/query/env';
import { keyCompletion, policySkeleton } from '../../../src/core/query/keys';
import { lint } from '../../../src/core/engine';

const env: QueryEnv = { uri: 'p.recording-policy.yaml', readScript: (_f, rel) => ({ ok: false, uri: rel, reason: 'not-found' }), configPhrases: {} };
const schema = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../schemas/recording-policy.schema.json'), 'utf8'));

/** Labels offered at `|`. */
function keysAt(src: string): string[] | undefined {
  const off = src.indexOf('|');
  return keyCompletion(src.replace('|', ''), off)?.map((e) => e.label);
}

describe('key completion', () => {
  it('offers the top-level keys not yet written, with their schema descriptions', () => {
    const got = keyCompletion('policy: 1\ncontroller: X\n', 'policy: 1\ncontroller: X\n'.length)!;
    assert.deepEqual(got.map((e) => e.label), Object.keys(schema.properties).filter((k) => !['$schema', 'policy', 'controller'].includes(k)));
    assert.equal(got.find((e) => e.label === 'jurisdiction')?.documentation, schema.properties.jurisdiction.description);
    assert.equal(got.find((e) => e.label === 'jurisdiction')?.insert, 'jurisdiction: ');
    // A key whose value is a mapping opens a block under it.
    assert.equal(got.find((e) => e.label === 'subject_rights')?.insert, 'subject_rights:\n  ');
  });

  it('offers the keys of the mapping the cursor is in, by indentation, minus those above and below', () => {
    const rec = Object.keys(schema.definitions.recording.properties);
    assert.deepEqual(keysAt('policy: 1\nrecordings:\n  - id: a\n    mode: all\n    |'), rec.filter((k) => k !== 'id' && k !== 'mode'));
    const purpose = Object.keys(schema.definitions.purpose.properties);
    assert.deepEqual(keysAt('recordings:\n  - id: a\n    purposes:\n      - purpose: evidence\n        |\n        legal_basis: contract\n'), purpose.filter((k) => k !== 'purpose' && k !== 'legal_basis'));
    assert.deepEqual(keysAt('recordings:\n  - id: a\n    announcement:\n      script: x.ivr\n      pr|'), Object.keys(schema.definitions.recording.properties.announcement.properties).filter((k) => k !== 'script'));
    assert.deepEqual(keysAt('triggers:\n  done:\n    |'), ['description', 'max']);
    // A list at its key's own column.
    assert.deepEqual(keysAt('recordings:\n- id: a\n  |'), rec.filter((k) => k !== 'id'));
  });

  it('offers a snippet and every key on a new list item', () => {
    const got = keysAt('recordings:\n  - id: a\n    purposes:\n      - purpose: evidence\n      - |')!;
    assert.equal(got[0], 'purpose (with legal basis and retention)');
    assert.deepEqual(got.slice(1), Object.keys(schema.definitions.purpose.properties));
    const rec = keyCompletion('recordings:\n  - ', 'recordings:\n  - '.length)!;
    assert.equal(rec[0].kind, 'snippet');
    assert.match(rec[0].insert, /^id: \$\{1:service-line\}\n {4}description:/);
  });

  it('offers nothing where a value is typed, or where the indentation fits no mapping', () => {
    assert.equal(keysAt('policy: 1\nmode: a|'), undefined);
    assert.equal(keysAt('recordings:\n  - id: a\n      |'), undefined);
    assert.equal(keysAt('  |'), undefined);
  });

  it('an empty policy file is offered a starter policy that parses and names every required key', () => {
    const items = policyCompletion(parsePolicyForQuery(''), 0, env);
    assert.equal(items.length, 1);
    assert.equal(items[0].kind, 'snippet');
    assert.equal(items[0].snippet, true);
    // Placeholders filled with their defaults, the skeleton is a policy that reclint reads.
    const text = policySkeleton().insert.replace(/\$\{(\d+):([^}]*)\}/g, '$2').replace(/\$\{(\d+)\}/g, 'call-reviewed');
    const r = lint({ files: [{ uri: 'p.recording-policy.yaml', text }], options: () => ({ rules: {}, phrases: {} }), readScript: (_f, rel) => ({ ok: false, uri: rel, reason: 'not-found' }) });
    assert.deepEqual(r.findings.filter((f) => f.ruleId === 'schema' || f.ruleId === 'yaml-syntax').map((f) => f.message), []);
    assert.match(text, /until: call-reviewed/);
  });

  it('a JSON policy gets no YAML keys or skeleton', () => {
    assert.deepEqual(policyCompletion(parsePolicyForQuery(''), 0, { ...env, uri: 'p.recording-policy.json' }), []);
  });
});
