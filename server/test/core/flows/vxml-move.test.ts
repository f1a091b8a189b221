/**
 * The ✓ move of a VoiceXML notice (ivr-formats.md §4.1, rules/announcement/vxml-move.ts): the notice's
 * `<block>` goes to just before the form item where recording starts, when both are items of one
 * `<form>`, the block only speaks and has no guard, each stands on lines of its own, and the moved
 * document announces more. Applied, the finding is gone and every other finding is the same.
 */
import { strict as assert } from 'node:assert';
import type { Finding } from '../../../src/core/findings';
import { fixOnce, flagged, lintFiles, show } from '../../helpers';

const P = 'p.recording-policy.yaml';
const policy = `policy: 1\ncontroller: Acme\nlanguages: [en]\nsubject_rights:\n  access: { includes: [recordings], procedure: https://acme.example/access }\nrecordings:\n  - id: line\n    employees_informed: true\n    mode: all\n    announcement:\n      script: main.vxml\n    purposes:\n      - purpose: staff-training\n        legal_basis: consent\n        consent: { mechanism: verbal }\n        retention: { max: P3M }\n    access: { roles: [coaching] }\n`;
const NOTICE = '<prompt bargein="false">This call is recorded for training purposes.</prompt>';
const doc = (...lines: string[]) => ['<?xml version="1.0" encoding="UTF-8"?>', '<vxml version="2.1" xmlns="http://www.w3.org/2001/vxml" xml:lang="en-GB">', ...lines, '</vxml>', ''].join('\n');
const FIELD = ['    <!-- what the caller wants -->', '    <field name="reason">', '      <prompt bargein="false">Tell us what you are calling about.</prompt>', '      <grammar src="reason.grxml"/>', '    </field>'];
const lint = (vxml: string) => lintFiles({ [P]: policy, 'main.vxml': vxml });
const exact = (vxml: string) => { const { findings, texts } = lint(vxml); return findings.map((f) => `${f.uri} ${show(f, texts)} ${f.messageId}`).sort(); };
const after = (vxml: string) => lint(vxml).findings.filter((f) => f.ruleId === 'announcement-after-recording');
/** The findings other than the one fixed, by what they say and the text they point at (the move shifts offsets). */
const others = (vxml: string, fixed?: Finding) => { const { findings, texts } = lint(vxml); return findings.filter((f) => f !== fixed && f.ruleId !== 'announcement-after-recording').map((f) => `${f.uri} ${f.ruleId} ${f.messageId} ${JSON.stringify(flagged(f, texts))}`).sort(); };

describe('flow fixes: the VoiceXML move', () => {
  const vxml = doc('  <form id="main">', '    <property name="recordutterance" value="true"/>', ...FIELD, '    <block>', `      ${NOTICE}`, '    </block>', '    <transfer name="agent" dest="sip:queue@acme.example"/>', '  </form>');

  it('the finding is at the field where utterances are kept, with the fix', () => {
    assert.deepEqual(exact(vxml), ['main.vxml announcement-after-recording 6:6-6:11 flow-before-notice']);
    const [f] = after(vxml);
    assert.equal(f.fix?.title, "Move the notice '<block>' before this '<field>'");
  });

  it('applied: the block\'s lines move above the field, the comment stays with the field; re-linted, the finding is gone and nothing else changed', () => {
    const [f] = after(vxml);
    const fixed = fixOnce('main.vxml', vxml, [f]);
    assert.equal(fixed, doc('  <form id="main">', '    <property name="recordutterance" value="true"/>', '    <!-- what the caller wants -->', '    <block>', `      ${NOTICE}`, '    </block>', ...FIELD.slice(1), '    <transfer name="agent" dest="sip:queue@acme.example"/>', '  </form>'));
    assert.deepEqual(after(fixed), []);
    assert.deepEqual(exact(fixed), []);
    assert.deepEqual(others(fixed), others(vxml, f));
  });

  it('with other findings in the document (an unresolved submit), only the moved block changes and they stay as they were', () => {
    const field = ['    <field name="reason">', '      <prompt>Tell us what you are calling about.</prompt>', '      <grammar src="reason.grxml"/>', '      <filled><submit next="https://crm.acme.example/reason"/></filled>', '    </field>'];
    const text = doc('  <form id="main">', '    <property name="recordutterance" value="true"/>', ...field, '    <block>', `      ${NOTICE}`, '    </block>', '  </form>');
    assert.deepEqual(exact(text), ['main.vxml announcement-after-recording 5:6-5:11 flow-before-notice', 'main.vxml flow-target-unresolved 8:29-8:60 url-unmapped']);
    const [f] = after(text);
    const fixed = fixOnce('main.vxml', text, [f]);
    assert.equal(fixed, doc('  <form id="main">', '    <property name="recordutterance" value="true"/>', '    <block>', `      ${NOTICE}`, '    </block>', ...field, '  </form>'));
    assert.deepEqual(exact(fixed), ['main.vxml flow-target-unresolved 11:29-11:60 url-unmapped']);
    assert.deepEqual(others(fixed), others(text, f));
  });

  it('a transfer armed by recording_starts: agent-connect: the notice block moves before the <transfer>; applied, clean', () => {
    const text = doc('  <form id="main">', '    <transfer name="agent" dest="sip:queue@acme.example"/>', '    <block>', `      ${NOTICE}`, '    </block>', '  </form>');
    const files = (t: string) => ({ [P]: policy.replace('script: main.vxml', 'script: main.vxml\n      recording_starts: agent-connect'), 'main.vxml': t });
    const { findings, texts } = lintFiles(files(text));
    const f = findings.find((x) => x.ruleId === 'announcement-after-recording')!;
    assert.equal(show(f, texts), 'announcement-after-recording 4:6-4:14');
    assert.equal(f.messageId, 'flow-before-notice');
    assert.equal(f.fix?.title, "Move the notice '<block>' before this '<transfer>'");
    const fixed = fixOnce('main.vxml', text, [f]);
    assert.deepEqual(lintFiles(files(fixed)).findings.filter((x) => x.uri === 'main.vxml'), []);
  });

  it('no fix where the move is not safe: another form, a block that does more than speak or has a guard, a shared line, a notice in a field', () => {
    const cases: [string, string][] = [
      ['another form', doc('  <form id="main">', '    <property name="recordutterance" value="true"/>', ...FIELD, '    <goto next="#info"/>'.replace('<goto', '<block><goto').replace('/>', '/></block>'), '  </form>', '  <form id="info">', '    <block>', `      ${NOTICE}`, '    </block>', '  </form>')],
      ['the block also jumps', doc('  <form id="main">', '    <property name="recordutterance" value="true"/>', ...FIELD, '    <block>', `      ${NOTICE}`, '      <goto next="#main"/>', '    </block>', '  </form>')],
      ['the block has a cond', doc('  <form id="main">', '    <property name="recordutterance" value="true"/>', ...FIELD, '    <block cond="true">', `      ${NOTICE}`, '    </block>', '  </form>')],
      ['shares a line', doc('  <form id="main">', '    <property name="recordutterance" value="true"/>', `    <field name="reason"><grammar src="r.grxml"/></field><block>${NOTICE}</block>`, '  </form>')],
      ['a notice in a field', doc('  <form id="main">', '    <property name="recordutterance" value="true"/>', ...FIELD, '    <field name="more">', `      ${NOTICE}`, '    </field>', '  </form>')],
    ];
    for (const [why, text] of cases) {
      const fs = after(text);
      assert.equal(fs.length, 1, why);
      assert.equal(fs[0].fix, undefined, why);
    }
  });
});
