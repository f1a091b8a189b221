/** YAML tags (issue 20): every tag is one `yaml-syntax` finding at the tag itself, and the tagged value is never used. */
import * as assert from 'node:assert/strict';
import { parseConfigText } from '../../../src/core/config';
import { parsePolicyText } from '../../../src/core/policy/parse';
import { dedent, findingsOf } from '../../helpers';

const tagged = (text: string) => parsePolicyText(text).errors.map((e) => text.slice(e.span.start, e.span.end));

describe('YAML tags are reported, never followed', () => {
  it('at the tag: local tags, !! tags, before an anchor, on the line above a block', () => {
    const text = dedent(`
      policy: 1
      controller: !include secret.yaml
      a: !!js/function "function () {}"
      b: !!binary aGVsbG8=
      c: !Ref
        x: 1
      d: &anchor !seq [1]
      e: !!str 12
    `);
    assert.deepEqual(tagged(text), ['!include', '!!js/function', '!!binary', '!Ref', '!seq', '!!str']);
    assert.equal(parsePolicyText(text).root, undefined, 'the tagged values are not used');
  });

  it('as a yaml-syntax error in a policy, with a plain message', () => {
    const p = 'p.recording-policy.yaml';
    const out = findingsOf({ [p]: 'policy: 1\ncontroller: !include secret.yaml\nrecordings: []\n' });
    assert.deepEqual(out, [`${p} yaml-syntax 2:13-2:21`]);
  });

  it('in a .reclintrc.yaml too', () => {
    const r = parseConfigText('root: true\nrules: !include rules.yaml\n');
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0].message, /Tags such as `!include` are not part of the policy format/);
    assert.deepEqual(r.config, {});
  });

  it('a "!" inside a value is no tag', () => {
    assert.deepEqual(tagged('policy: 1\ncontroller: "Acme!"\nnote: hello !world\n'), []);
  });
});
