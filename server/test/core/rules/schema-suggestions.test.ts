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
    ['policy', 'controller: Acme\nrecordings:\n  - id: a\n    mode: none\n', /^Add `policy: 1`/],
    ['id', 'policy: 1\ncontroller: Acme\nrecordings:\n  - mode: none\n', /^Add `id: TODO-recording-id`/],
    ['sample_rate', 'policy: 1\ncontroller: Acme\nrecordings:\n  - id: a\n    mode: sampled\n', /^Add `sample_rate: 0.1`/],
    ['controller (flow)', 'policy: 1\nrecordings: [{ id: a, mode: none }]\n', /^Add `controller: TODO/],
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
