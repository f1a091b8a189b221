/** `announcement-no-recording-mention`, `no-prompt-refs`: the places the notice may be are each named once. */
import * as assert from 'node:assert/strict';
import { lintFiles } from '../../helpers';

const policy = ['policy: 1', 'controller: Acme', 'languages: [en]', 'recordings:', '  - id: line', '    mode: all', '    announcement: { script: flow.twiml }', '    purposes:', '      - purpose: staff-training', '        legal_basis: consent', '        consent: { mechanism: verbal }', '        retention: { max: P1Y }', ''].join('\n');

describe('announcement-no-recording-mention names each reference once', () => {
  it('a flow that hands off to the same document from two branches names it once', () => {
    const twiml = '<Response>\n  <Gather action="https://ivr.example/next" numDigits="1"><Say>Press 1 for sales.</Say></Gather>\n  <Redirect>https://ivr.example/next</Redirect>\n</Response>\n';
    const f = lintFiles({ 'p.recording-policy.yaml': policy, 'flow.twiml': twiml }).findings.find((x) => x.ruleId === 'announcement-no-recording-mention');
    assert.ok(f, 'the finding');
    assert.equal(f.messageId, 'no-prompt-refs');
    assert.equal(f.message.match(/https:\/\/ivr\.example\/next/g)?.length, 1, f.message);
  });
});
