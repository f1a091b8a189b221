/** The `schema` rule's editor suggestion for a missing required key: applied, the finding goes. */
import * as assert from 'node:assert/strict';
import { applyFixGroups } from '../../../src/core/fix';
import { lintFiles } from '../../helpers';

const URI = 'p/a.recording-policy.yaml';

function missingKeyFindings(text: string) {
  return lintFiles({ [URI]: text }).findings.filter((f) => f.ruleId === 'schema' && /missing the required key/.test(f.message));
}

describe('schema: add a missing required key (suggestion)', () => {
  const cases: [string, string, RegExp][] = [
    ['policy', 'controller: Acme\nrecordings:\n  - id: a\n    mode: none\n', /^Add 'policy: 1'/],
    ['id', 'policy: 1\ncontroller: Acme\nrecordings:\n  - mode: none\n', /^Add 'id: TODO-recording-id'/],
    ['sample_rate', 'policy: 1\ncontroller: Acme\nrecordings:\n  - id: a\n    mode: sampled\n', /^Add 'sample_rate: 0.1'/],
    ['controller (flow)', 'policy: 1\nrecordings: [{ id: a, mode: none }]\n', /^Add 'controller: TODO/],
  ];
  for (const [name, text, title] of cases) {
    it(`${name}: one suggestion, never a --fix; applied, that finding is gone and the file still parses`, () => {
      const before = missingKeyFindings(text);
      assert.equal(before.length, 1, JSON.stringify(before.map((f) => f.message)));
      const f = before[0];
      assert.equal(f.fix, undefined);
      assert.equal(f.messageId, 'invalid');
      assert.equal(f.data?.problem, f.message);
      assert.equal(f.suggestions.length, 1);
      assert.match(f.suggestions[0].title, title);
      const fixed = applyFixGroups(text, [f.suggestions[0].edits]).text;
      const after = lintFiles({ [URI]: fixed }).findings;
      assert.ok(!after.some((x) => x.ruleId === 'yaml-syntax'), fixed);
      assert.ok(!after.some((x) => x.ruleId === 'schema' && x.message === f.message), fixed);
    });
  }
});

describe('schema: a misspelt key or value gets the spelling it resembles (suggestion)', () => {
  const cases: [string, string, string, string][] = [
    ['a key in YAML', 'policy: 1\ncontroller: Acme\nrecordings:\n  - id: a\n    mode: none\n    descripton: x\n', "Change the key to 'description'", '    description: x\n'],
    ['a value in YAML', 'policy: 1\ncontroller: Acme\nrecordings:\n  - id: a\n    mode: nnoe\n', "Change the value to 'none'", '    mode: none\n'],
    ['a key in JSON keeps its quotes', '{"policy": 1, "controller": "Acme", "recordings": [{"id": "a", "mode": "none", "descripton": "x"}]}\n', "Change the key to 'description'", '"description": "x"'],
  ];
  for (const [name, text, title, after] of cases) {
    it(`${name}: applied, the finding is gone`, () => {
      const uri = name.includes('JSON') ? 'p/a.recording-policy.json' : URI;
      const f = lintFiles({ [uri]: text }).findings.filter((x) => x.ruleId === 'schema');
      assert.equal(f.length, 1, JSON.stringify(f.map((x) => x.message)));
      assert.equal(f[0].fix, undefined);
      assert.deepEqual(f[0].suggestions.map((s) => s.title), [title]);
      const fixed = applyFixGroups(text, [f[0].suggestions[0].edits]).text;
      assert.ok(fixed.includes(after), fixed);
      assert.deepEqual(lintFiles({ [uri]: fixed }).findings.filter((x) => x.ruleId === 'schema' || x.ruleId === 'yaml-syntax'), []);
    });
  }

  it('no rename when the map already has the key the typo resembles', () => {
    const text = 'policy: 1\ncontroller: Acme\nrecordings:\n  - id: a\n    mode: none\n    description: y\n    descripton: x\n';
    const f = lintFiles({ [URI]: text }).findings.filter((x) => x.ruleId === 'schema');
    assert.equal(f.length, 1);
    assert.deepEqual(f[0].suggestions, []);
  });
});
