/**
 * FreeSWITCH conditions nested in conditions (mod_dialplan_xml): per level, each condition runs its
 * actions (or, when it fails, its anti-actions), then its `break` check, then its nested conditions;
 * so an inner condition's actions run only when the outer one matched (or ran its anti-actions and did
 * not break). A nested level that fails stops the outer level too, unless the outer condition has
 * `break="never"`, or `require-nested="false"` (then a failed nested level counts as matched).
 * ivr-formats.md §5.7 does not say this; the behaviour is FreeSWITCH's own.
 */
import { strict as assert } from 'node:assert';
import { readFlow } from '../../../src/core/flows/read';
import { wordsIn } from '../../../src/core/flows/words';
import type { IvrScript } from '../../../src/core/ivr/model';
import { lintFiles, show } from '../../helpers';

const P = 'p.recording-policy.yaml';
const policy = `policy: 1\ncontroller: Acme\nlanguages: [en]\nsubject_rights:\n  access: { includes: [recordings], procedure: https://acme.example/access }\nrecordings:\n  - id: line\n    employees_informed: true\n    mode: all\n    announcement:\n      script: dialplan.xml\n      entry: c,100\n    purposes:\n      - purpose: staff-training\n        legal_basis: consent\n        consent: { mechanism: verbal }\n        retention: { max: P3M }\n    access: { roles: [coaching] }\n`;
const doc = (...lines: string[]) => ['<include>', '  <context name="c">', '    <extension name="main">', ...lines.map((l) => `      ${l}`), '    </extension>', '  </context>', '</include>', ''].join('\n');
const QUIET = '<action application="set" data="playback_terminators=none"/>';
const NOTICE = '<action application="speak" data="flite|slt|This call is recorded for training purposes."/>';
const RECORD = '<action application="record_session" data="/tmp/${uuid}.wav"/>';
/** Every finding as "file rule L:C-L:C messageId". */
const findings = (xml: string) => {
  const { findings: fs, texts } = lintFiles({ [P]: policy, 'dialplan.xml': xml });
  return fs.map((f) => `${f.uri} ${show(f, texts)} ${f.messageId}`).sort();
};
const read = (xml: string): IvrScript => { const r = readFlow('dialplan.xml', xml); assert.ok(r.ok); return r.script; };
const stepOf = (s: IvrScript, app: string) => s.steps.findIndex((x) => (x.kind === 'record' && x.action === 'start' && app === 'record_session') || (x.kind === 'say' && app === 'speak') || (x.kind === 'node' && x.label === app));

describe('FreeSWITCH nested conditions', () => {
  it('are read: the inner condition is a branch after the outer actions; before, its actions were lost', () => {
    const s = read(doc('<condition field="destination_number" expression="^100$">', `  ${QUIET}`, '  <condition field="${vip}" expression="^true$">', `    ${RECORD}`, '  </condition>', '</condition>'));
    const set = stepOf(s, 'set');
    const br = s.steps.findIndex((x) => x.kind === 'branch');
    assert.ok(br > set && s.edges![set].includes(br), 'the outer actions lead to the inner condition');
    assert.ok(s.edges![br].includes(stepOf(s, 'record_session')));
    assert.deepEqual(s.steps[br].kind === 'branch' && s.steps[br].conditions.map((c) => wordsIn('en', c)), ['${vip} ~ ^true$', 'not ${vip} ~ ^true$']);
  });

  it('an outer condition without actions of its own still lets only a match into its nested conditions', () => {
    const s = read(doc('<condition field="${vip}" expression="^true$">', '  <condition field="${lang}" expression="^nl$">', `    ${RECORD}`, '  </condition>', '</condition>'));
    const [outer, inner] = s.steps.map((x, i) => (x.kind === 'branch' ? i : -1)).filter((i) => i >= 0);
    assert.ok(!s.edges![outer].includes(inner), 'no edge from the condition itself into the nested one');
    const via = s.edges![outer].find((i) => s.edges![i].includes(inner))!;
    assert.equal(wordsIn('en', s.edgeNotes![outer][s.edges![outer].indexOf(via)]!), '${vip} ~ ^true$');
  });

  it('a recording in a nested condition, before the notice of a later condition, is reported at it', () => {
    const xml = doc(
      '<condition field="destination_number" expression="^100$">',
      `  ${QUIET}`,
      '  <condition field="${vip}" expression="^true$" break="never">',
      `    ${RECORD}`,
      '  </condition>',
      '</condition>',
      `<condition>${NOTICE}</condition>`,
    );
    assert.deepEqual(findings(xml), ['dialplan.xml announcement-after-recording 7:32-7:46 flow-before-notice']);
  });

  it('a condition runs all its actions before its nested conditions, wherever they stand in the XML: clean', () => {
    const xml = doc('<condition field="destination_number" expression="^100$">', `  ${QUIET}`, '  <condition field="${vip}" expression="^true$">', `    ${RECORD}`, '  </condition>', `  ${NOTICE}`, '</condition>');
    assert.deepEqual(findings(xml), []);
    const s = read(xml);
    assert.ok(s.edges![stepOf(s, 'speak')].includes(s.steps.findIndex((x) => x.kind === 'branch')), 'the notice comes before the inner condition');
  });

  it('a failed nested level stops the outer one: a recording after it is reached only past the notice (no false error)', () => {
    const inner = ['  <condition field="${vip}" expression="^true$">', `    ${NOTICE}`, '  </condition>'];
    const later = `<condition>${RECORD}</condition>`;
    assert.deepEqual(findings(doc('<condition field="destination_number" expression="^100$">', `  ${QUIET}`, ...inner, '</condition>', later)), []);
    const s = read(doc('<condition field="destination_number" expression="^100$">', `  ${QUIET}`, ...inner, '</condition>', later));
    const br = s.steps.findIndex((x) => x.kind === 'branch');
    assert.ok(!s.edges![br].includes(stepOf(s, 'record_session')), 'not a VIP: the extension stops');
  });

  it('break="never" on the outer condition, or require-nested="false", goes on after a failed nested level: then the recording is reported', () => {
    const inner = ['  <condition field="${vip}" expression="^true$">', `    ${NOTICE}`, '  </condition>'];
    const later = `<condition>${RECORD}</condition>`;
    for (const attr of ['break="never"', 'require-nested="false"']) {
      const xml = doc(`<condition field="destination_number" expression="^100$" ${attr}>`, `  ${QUIET}`, ...inner, '</condition>', later);
      assert.deepEqual(findings(xml), ['dialplan.xml announcement-after-recording 10:39-10:53 flow-before-notice'], attr);
    }
  });

  it('an outer condition that breaks on a match (break="on-true") does not run its nested conditions', () => {
    const xml = doc('<condition field="${vip}" expression="^true$" break="on-true">', `  ${QUIET}`, '  <condition field="${lang}" expression="^nl$">', `    ${RECORD}`, '  </condition>', '</condition>', `<condition>${QUIET}${NOTICE}</condition>`);
    const s = read(xml);
    const rec = stepOf(s, 'record_session');
    assert.ok(s.edges!.every((e) => !e.includes(rec)), 'the nested recording is never reached');
    assert.deepEqual(findings(xml), []);
  });

  it('after anti-actions (the outer failed, break="never") FreeSWITCH goes on into the nested conditions too', () => {
    const xml = doc('<condition field="${vip}" expression="^true$" break="never">', `  ${QUIET}`, `  <anti-action application="set" data="playback_terminators=none"/>`, '  <condition field="${lang}" expression="^nl$">', `    ${RECORD}`, '  </condition>', '</condition>');
    const s = read(xml);
    const inner = s.steps.findIndex((x, i) => x.kind === 'branch' && i > 0 && s.steps.slice(0, i).some((y) => y.kind === 'branch'));
    const sets = s.steps.map((x, i) => (x.kind === 'node' && x.label === 'set' ? i : -1)).filter((i) => i >= 0);
    assert.equal(sets.length, 2);
    for (const i of sets) assert.ok(s.edges![i].includes(inner), 'both the actions and the anti-actions lead into the nested condition');
  });
});
