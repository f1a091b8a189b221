/**
 * Flow sets across files (ivr-formats.md §6): one flow judged across documents, arming that carries
 * over into the next flow, modules that return, cycles, budgets and broken members; every expected
 * finding exact (file, rule, range, messageId), and the path in related information across files.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { lintFiles, showWithFile } from '../../helpers';
import { LineIndex } from '../../../src/core/text';
import { resolveRef } from '../../../src/core/flows/flow-ref';
import { linkFlowSet } from '../../../src/core/flows/flow-set';
import { readFlow } from '../../../src/core/flows/read';
import type { ScriptLoad } from '../../../src/core/announcement';
import * as path from 'node:path';
import { policyHover } from '../../../src/core/query/hover';
import { parsePolicyForQuery } from '../../../src/core/query/context';

const HEAD = 'policy: 1\ncontroller: Acme\nlanguages: [en]\n';
const TRAINING = '      - purpose: staff-training\n        legal_basis: consent\n        consent: { mechanism: verbal }\n        retention: { max: P3M }\n';
const policy = (script: string, ann = '') => `${HEAD}recordings:\n  - id: line\n    mode: all\n    employees_informed: true\n    announcement:\n      script: ${script}\n${ann}    purposes:\n${TRAINING}`;
const P = 'line.recording-policy.yaml';
const NOTICE = 'This call is recorded for training purposes.';

function run(files: Record<string, string>, o: Parameters<typeof lintFiles>[1] = {}) {
  // Access is a policy matter these flows do not touch.
  const r = lintFiles(files, { lint: [P], rules: { 'subject-access-undefined': 'off', 'access-undefined': 'off' }, ...o });
  return { ...r, shown: r.findings.map((f) => `${showWithFile(f, r.texts)} ${f.messageId}`) };
}

function related(f: { related: { uri: string; span: { start: number }; message: string }[] }, texts: Map<string, string>): string[] {
  return f.related.map((r) => `${r.uri}:${new LineIndex(texts.get(r.uri)!).positionAt(r.span.start).line + 1} ${r.message}`);
}

describe('flow sets: one flow across files', () => {
  // The menu in flows/menu.twiml; key presses go to keuze.twiml (notice, then the agent); no input goes to wacht.twiml (the agent, no notice).
  const three = {
    [P]: policy('flows/menu.twiml'),
    'flows/menu.twiml': '<Response>\n  <Say>Welcome to Acme.</Say>\n  <Gather action="keuze.twiml" numDigits="1">\n    <Say>Press 1 for sales.</Say>\n  </Gather>\n  <Redirect>wacht.twiml</Redirect>\n</Response>\n',
    'flows/keuze.twiml': `<Response>\n  <Say>${NOTICE}</Say>\n  <Dial record="record-from-answer">+31201234567</Dial>\n</Response>\n`,
    'flows/wacht.twiml': '<Response>\n  <Say>Please hold.</Say>\n  <Dial record="record-from-answer">+31201234567</Dial>\n</Response>\n',
  };

  it('a TwiML menu whose branches live in three documents is judged as one flow', () => {
    const { shown, findings, texts } = run(three);
    assert.deepEqual(shown, ['flows/wacht.twiml announcement-after-recording 3:17-3:35 flow-before-notice']);
    const rel = related(findings[0], texts);
    // The path starts in the menu document and crosses into wacht.twiml; the notice is in keuze.twiml.
    assert.ok(rel.some((r) => r.startsWith('flows/menu.twiml:2 the caller passes')), rel.join('\n'));
    assert.ok(rel.some((r) => r.startsWith('flows/wacht.twiml:2 the caller passes')), rel.join('\n'));
    assert.equal(rel[rel.length - 1], "flows/keuze.twiml:2 the notice comes only here ('<Say>')");
    assert.match(String(findings[0].data!.path), /in wacht\.twiml/);
  });

  it('the same menu with the notice also in the no-input document has no finding', () => {
    const { shown } = run({ ...three, 'flows/wacht.twiml': `<Response>\n  <Say>${NOTICE}</Say>\n  <Dial record="record-from-answer">+31201234567</Dial>\n</Response>\n` });
    assert.deepEqual(shown, []);
  });

  it('a notice in the first document counts for every document after it', () => {
    const { shown } = run({ ...three, 'flows/menu.twiml': three['flows/menu.twiml'].replace('Welcome to Acme.', `Welcome to Acme. ${NOTICE}`) });
    assert.deepEqual(shown, []);
  });

  it('recording armed in one Connect flow starts at the queue transfer of the next one (arming carries over)', () => {
    const connect = (start: string, actions: string[]) => `{\n  "Version": "2019-10-30",\n  "StartAction": "${start}",\n  "Actions": [\n${actions.map((a) => `    ${a}`).join(',\n')}\n  ]\n}\n`;
    const files = {
      [P]: policy('flows/main.json'),
      'flows/main.json': connect('r', [
        '{ "Identifier": "r", "Type": "UpdateContactRecordingBehavior", "Parameters": { "RecordingBehavior": { "RecordedParticipants": ["Agent", "Customer"] } }, "Transitions": { "NextAction": "f" } }',
        '{ "Identifier": "f", "Type": "TransferToFlow", "Parameters": { "ContactFlowId": "arn:aws:connect:eu-central-1:1:instance/0/contact-flow/77" }, "Transitions": {} }',
      ]),
      'flows/billing.json': connect('q', ['{ "Identifier": "q", "Type": "TransferContactToQueue", "Parameters": {}, "Transitions": { "NextAction": "n" } }', `{ "Identifier": "n", "Type": "MessageParticipant", "Parameters": { "Text": "${NOTICE}" }, "Transitions": {} }`]),
    };
    const { shown, findings, texts } = run(files, { flows: { ids: [{ key: 'arn:aws:connect:eu-central-1:1:instance/0/contact-flow/77', file: 'flows/billing.json', from: '.reclintrc.yaml' }] } });
    assert.deepEqual(shown, ['flows/billing.json announcement-after-recording 5:34-5:58 flow-before-notice']);
    assert.match(related(findings[0], texts)[0], /^flows\/main\.json:5 recording was armed here/);
  });

  it('a module that returns: its notice counts for the transfer after it; without one, the transfer is judged', () => {
    const connect = (start: string, actions: string[]) => `{\n  "Version": "2019-10-30",\n  "StartAction": "${start}",\n  "Actions": [\n${actions.map((a) => `    ${a}`).join(',\n')}\n  ]\n}\n`;
    // main: the module, then recording armed, the queue, and only then a notice of its own.
    const main = connect('m', [
      '{ "Identifier": "m", "Type": "InvokeFlowModule", "Parameters": { "FlowModuleId": "notice-module" }, "Transitions": { "NextAction": "r" } }',
      '{ "Identifier": "r", "Type": "UpdateContactRecordingBehavior", "Parameters": { "RecordingBehavior": { "RecordedParticipants": ["Agent", "Customer"] } }, "Transitions": { "NextAction": "q" } }',
      '{ "Identifier": "q", "Type": "TransferContactToQueue", "Parameters": {}, "Transitions": { "NextAction": "late" } }',
      `{ "Identifier": "late", "Type": "MessageParticipant", "Parameters": { "Text": "${NOTICE}" }, "Transitions": {} }`,
    ]);
    const ids = { flows: { ids: [{ key: 'notice-module', file: 'flows/module.json', from: '.reclintrc.yaml' }] } };
    const module = (text: string) => connect('n', [`{ "Identifier": "n", "Type": "MessageParticipant", "Parameters": { "Text": "${text}" }, "Transitions": { "NextAction": "e" } }`, '{ "Identifier": "e", "Type": "EndFlowModuleExecution", "Parameters": {}, "Transitions": {} }']);
    assert.deepEqual(run({ [P]: policy('flows/main.json'), 'flows/main.json': main, 'flows/module.json': module(NOTICE) }, ids).shown, []);
    const silent = run({ [P]: policy('flows/main.json'), 'flows/main.json': main, 'flows/module.json': module('Welcome.') }, ids);
    assert.deepEqual(silent.shown, ['flows/main.json announcement-after-recording 7:34-7:58 flow-before-notice']);
    // The path goes through the module and back.
    assert.ok(related(silent.findings[0], silent.texts).some((r) => r.startsWith('flows/module.json:')), related(silent.findings[0], silent.texts).join('\n'));
  });

  it('an Archy file#path reference reaches the task in the other file', () => {
    const archy = (body: string) => `inboundCall:\n  name: Line\n  defaultLanguage: en-gb\n${body}`;
    const main = (greeting: string) => archy(`${greeting}  startUpRef: "/inboundCall/tasks/task[t]"\n  tasks:\n    - task:\n        refId: t\n        actions:\n          - jumpToTask:\n              targetTaskRef: "shared.yaml#/inboundCall/tasks/task[s]"\n`);
    const shared = archy(`  startUpRef: "/inboundCall/tasks/task[x]"\n  tasks:\n    - task:\n        refId: x\n        actions:\n          - playAudio:\n              audio:\n                tts: ${NOTICE}\n          - disconnect:\n              name: bye\n    - task:\n        refId: s\n        actions:\n          - transferToAcd:\n              targetQueue:\n                lit:\n                  name: Sales\n`);
    const files = { [P]: policy('flows/main.yaml', '      recording_starts: agent-connect\n'), 'flows/main.yaml': main(''), 'flows/shared.yaml': shared };
    // The fragment picks task s (the queue), not the file's own start (task x, the notice).
    assert.deepEqual(run(files).shown, ['flows/shared.yaml announcement-after-recording 17:13-17:26 flow-before-notice']);
    assert.deepEqual(run({ ...files, 'flows/main.yaml': main(`  initialGreeting:\n    tts: ${NOTICE}\n`) }).shown, []);
  });
});

describe('flow sets: VoiceXML documents', () => {
  const doc = (...lines: string[]) => ['<?xml version="1.0" encoding="UTF-8"?>', '<vxml version="2.1" xmlns="http://www.w3.org/2001/vxml" xml:lang="en-GB">', ...lines, '</vxml>', ''].join('\n');
  const field = ['  <form id="statement">', '    <property name="recordutterance" value="true"/>', '    <field name="reason">', '      <prompt bargein="false">Tell us what you are calling about.</prompt>', '      <grammar src="reason.grxml"/>', '    </field>', '  </form>'];
  const other = doc('  <form id="intro">', `    <block><prompt bargein="false">${NOTICE}</prompt><goto next="#statement"/></block>`, '  </form>', ...field);

  it('<goto next="doc.vxml#dialog"> enters the dialog the fragment names, not the first one', () => {
    const main = doc('  <form id="start">', '    <block><prompt>Welcome.</prompt><goto next="claims.vxml#statement"/></block>', '  </form>');
    const { shown, findings, texts } = run({ [P]: policy('main.vxml'), 'main.vxml': main, 'claims.vxml': other });
    assert.deepEqual(shown, ['claims.vxml announcement-after-recording 8:6-8:11 flow-before-notice']);
    assert.ok(related(findings[0], texts).some((r) => r.startsWith('main.vxml:')), related(findings[0], texts).join('\n'));
    // Without the fragment the call enters the document's first dialog, the notice.
    assert.deepEqual(run({ [P]: policy('main.vxml'), 'main.vxml': main.replace('claims.vxml#statement', 'claims.vxml'), 'claims.vxml': other }).shown, []);
  });

  it('a <subdialog src> in another document returns: its notice counts for what follows it; a silent one does not', () => {
    const sub = (text: string) => doc('  <form id="notice">', `    <block><prompt bargein="false">${text}</prompt><return/></block>`, '  </form>');
    // main: the subdialog, then the field that keeps utterances, then a late notice of its own.
    const main = doc('  <form id="start">', '    <subdialog name="n" src="notice.vxml"/>', ...field.slice(1, -1), `    <block><prompt bargein="false">${NOTICE}</prompt></block>`, '  </form>');
    assert.deepEqual(run({ [P]: policy('main.vxml'), 'main.vxml': main, 'notice.vxml': sub(NOTICE) }).shown, []);
    const silent = run({ [P]: policy('main.vxml'), 'main.vxml': main, 'notice.vxml': sub('Welcome.') });
    assert.deepEqual(silent.shown, ['main.vxml announcement-after-recording 6:6-6:11 flow-before-notice']);
    assert.ok(related(silent.findings[0], silent.texts).some((r) => r.startsWith('notice.vxml:')), 'the path goes through the subdialog and back');
  });
});

describe('flow sets: Asterisk #include', () => {
  const ann = '      entry: from-trunk\n';
  it('a Goto into a context of an included file is followed, and the path crosses into it', () => {
    const files = {
      [P]: policy('pbx/extensions.conf', ann),
      'pbx/extensions.conf': '#include "menus.conf"\n[from-trunk]\nexten => s,1,Answer()\n same => n,Goto(hoofdmenu,s,1)\n',
      'pbx/menus.conf': `[hoofdmenu]\nexten => s,1,MixMonitor(\${UNIQUEID}.wav)\n same => n,Festival(${NOTICE})\n same => n,Queue(sales)\n`,
    };
    const { shown, findings, texts } = run(files);
    assert.deepEqual(shown, ['pbx/menus.conf announcement-after-recording 2:14-2:41 flow-before-notice']);
    assert.ok(related(findings[0], texts).some((r) => r.startsWith('pbx/extensions.conf:')), related(findings[0], texts).join('\n'));
    // The notice before the recording: nothing to report, and no flow-target-unresolved for the Goto.
    assert.deepEqual(run({ ...files, 'pbx/menus.conf': `[hoofdmenu]\nexten => s,1,Festival(${NOTICE})\n same => n,MixMonitor(\${UNIQUEID}.wav)\n same => n,Queue(sales)\n` }).shown, []);
  });

  it('entry may name a context of an included file; an included file that is missing is reported at its name', () => {
    const files = {
      [P]: policy('pbx/extensions.conf', '      entry: hoofdmenu\n'),
      'pbx/extensions.conf': '#include menus.conf\n#include missing.conf\n',
      'pbx/menus.conf': `[hoofdmenu]\nexten => s,1,Festival(${NOTICE})\n same => n,MixMonitor(x.wav)\n same => n,Queue(sales)\n`,
    };
    assert.deepEqual(run(files).shown, ['pbx/extensions.conf flow-target-unresolved 2:10-2:22 file-unreadable']);
  });

  it('a Goto into a context no file of the set defines stays a reference', () => {
    const files = {
      [P]: policy('pbx/extensions.conf', ann),
      'pbx/extensions.conf': `#include menus.conf\n[from-trunk]\nexten => s,1,Festival(${NOTICE})\n same => n,Goto(elsewhere,s,1)\n`,
      'pbx/menus.conf': '[hoofdmenu]\nexten => s,1,Hangup()\n',
    };
    assert.deepEqual(run(files).shown, ['pbx/extensions.conf flow-target-unresolved 4:17-4:30 reference']);
  });
});

describe('flow sets: what stays outside, and why', () => {
  it('a three-file cycle ends: each file is read once, no finding', () => {
    const files = {
      [P]: policy('flows/a.twiml'),
      'flows/a.twiml': `<Response><Say>${NOTICE}</Say><Redirect>b.twiml</Redirect></Response>\n`,
      'flows/b.twiml': '<Response><Redirect>c.twiml</Redirect></Response>\n',
      'flows/c.twiml': '<Response><Redirect>a.twiml</Redirect></Response>\n',
    };
    assert.deepEqual(run(files).shown, []);
  });

  it('a chain of 150 documents stops at the default budget of 100 files, with one finding naming it', () => {
    const files: Record<string, string> = { [P]: policy('flows/d0.twiml') };
    files['flows/d0.twiml'] = `<Response><Say>${NOTICE}</Say><Redirect>d1.twiml</Redirect></Response>\n`;
    for (let i = 1; i < 150; i++) files[`flows/d${i}.twiml`] = `<Response><Redirect>d${i + 1}.twiml</Redirect></Response>\n`;
    const { shown, findings } = run(files);
    assert.deepEqual(shown, ['flows/d99.twiml flow-target-unresolved 1:21-1:31 max-files']);
    assert.match(findings[0].message, /100 files/);
  });

  it('a referenced file that does not parse keeps its flow-syntax finding; the walk stops there, no flow-target-unresolved', () => {
    const files = {
      [P]: policy('flows/a.twiml'),
      'flows/a.twiml': `<Response>\n  <Say>${NOTICE}</Say>\n  <Redirect>b.twiml</Redirect>\n</Response>\n`,
      'flows/b.twiml': '<Response><Say>x</Response>\n',
    };
    const { shown } = run(files);
    assert.equal(shown.length, 1, shown.join('\n'));
    assert.match(shown[0], /^flows\/b\.twiml flow-syntax /);
  });

  it('computed references and other schemes are ordinary external steps', () => {
    assert.equal(resolveRef('a.twiml', { kind: 'document', value: '{{next}}' }, {}), undefined);
    assert.equal(resolveRef('a.twiml', { kind: 'document', value: 'tel:+3120' }, {}), undefined);
    assert.deepEqual(resolveRef('f/a.twiml', { kind: 'document', value: 'b%20c.twiml?x=1#d' }, {}), { kind: 'file', from: 'f/a.twiml', path: 'b c.twiml', fragment: 'd' });
  });

  it('url_base: the longest prefix wins; query and fragment are dropped; an unmapped root-relative path is reported', () => {
    const bases = { urlBase: [{ prefix: 'https://ivr.example.nl/', folder: 'twiml/', from: '.reclintrc.yaml' }, { prefix: 'https://ivr.example.nl/v2/', folder: 'v2', from: '.reclintrc.yaml' }] };
    assert.deepEqual(resolveRef('x', { kind: 'document', value: 'https://ivr.example.nl/v2/menu.xml?a=b' }, bases), { kind: 'file', from: '.reclintrc.yaml', path: 'v2/menu.xml', fragment: undefined });
    assert.deepEqual(resolveRef('x', { kind: 'document', value: 'https://ivr.example.nl/menu.xml' }, bases), { kind: 'file', from: '.reclintrc.yaml', path: 'twiml/menu.xml', fragment: undefined });
    assert.deepEqual(resolveRef('x', { kind: 'document', value: '/ivr/menu.xml' }, bases), { kind: 'unresolved', unresolved: { why: 'url', url: '/ivr/menu.xml' } });
  });

  it('Connect ids match the full ARN, its last segment, or the flow name from the metadata', () => {
    const ids = (key: string) => ({ ids: [{ key, file: 'f.json', from: 'rc' }] });
    const arn = 'arn:aws:connect:eu-central-1:1:instance/0/contact-flow/77f1';
    for (const key of [arn, '77f1', 'Facturen']) assert.equal(resolveRef('x', { kind: 'flow', value: arn, name: 'Facturen' }, ids(key))?.kind, 'file', key);
    assert.equal(resolveRef('x', { kind: 'flow', value: arn }, ids('Facturen'))?.kind, 'unresolved');
  });

  it('the joined flow keeps the root at the same indexes and marks the steps of other files with their file', () => {
    const a = `<Response><Say>${NOTICE}</Say><Redirect>b.twiml</Redirect></Response>\n`;
    const b = '<Response><Say>Bye.</Say><Hangup/></Response>\n';
    const read = (uri: string, text: string) => {
      const r = readFlow(uri, text);
      assert.ok(r.ok);
      return r.script;
    };
    const root = read('f/a.twiml', a);
    const set = linkFlowSet({ uri: 'f/a.twiml', script: root, text: a }, { load: (from, p): ScriptLoad => (p === 'b.twiml' ? { ok: true, uri: 'f/b.twiml', script: read('f/b.twiml', b), text: b } : { ok: false, uri: p, reason: 'not-found' }) }, {});
    assert.deepEqual(set.members.map((m) => m.uri), ['f/a.twiml', 'f/b.twiml']);
    assert.equal(set.script.steps.length, root.steps.length + set.members[1].script.steps.length);
    root.steps.forEach((s, i) => { if (s.kind !== 'external') assert.equal(set.script.steps[i], s); });
    assert.ok(set.script.steps.slice(root.steps.length).every((s) => s.uri === 'f/b.twiml'));
    assert.deepEqual([...set.refs.values()], [{ kind: 'linked', uri: 'f/b.twiml' }]);
  });
});

describe('flow sets: notices in other files', () => {
  it('a notice word in another document of the set is found there (vague-purpose points into that file)', () => {
    const files = {
      [P]: policy('flows/a.twiml'),
      'flows/a.twiml': '<Response>\n  <Say>Welcome.</Say>\n  <Redirect>b.twiml</Redirect>\n</Response>\n',
      'flows/b.twiml': '<Response>\n  <Say>This call is recorded for training and quality purposes.</Say>\n  <Dial record="record-from-answer">+3120</Dial>\n</Response>\n',
    };
    const { shown } = run(files);
    // Both point at the words in b.twiml (before the fix they pointed at the same offsets in a.twiml).
    assert.deepEqual(shown, ['flows/b.twiml announced-purpose-undeclared 2:47-2:63 undeclared', 'flows/b.twiml vague-purpose 2:47-2:63 vague']);
  });
});

describe('flow sets: the hover on a policy\'s script', () => {
  it('lists the notices of every file of the set, naming the file of each', () => {
    const files: Record<string, string> = {
      [P]: policy('flows/a.twiml'),
      'flows/a.twiml': '<Response>\n  <Say>Welcome.</Say>\n  <Redirect>https://ivr.acme.example/b.twiml</Redirect>\n</Response>\n',
      'flows/b.twiml': `<Response>\n  <Say>${NOTICE}</Say>\n</Response>\n`,
    };
    const text = files[P];
    const env = {
      uri: P,
      readScript: (from: string, rel: string) => {
        const uri = path.posix.normalize(path.posix.join(path.posix.dirname(from), rel));
        return uri in files ? { ok: true as const, uri, text: files[uri] } : { ok: false as const, uri, reason: 'not-found' as const };
      },
      configPhrases: {},
      flows: { urlBase: [{ prefix: 'https://ivr.acme.example/', folder: 'flows', from: '.reclintrc.yaml' }] },
    };
    const h = policyHover(parsePolicyForQuery(text), text.indexOf('flows/a.twiml') + 2, env);
    assert.match(h?.markdown ?? '', /a prompt \(`b\.twiml`, line 2\): announces `staff-training`/);
    const without = policyHover(parsePolicyForQuery(text), text.indexOf('flows/a.twiml') + 2, { ...env, flows: undefined });
    assert.doesNotMatch(without?.markdown ?? '', /b\.twiml/);
  });
});

describe('Asterisk: a Goto looks through include =>', () => {
  it('an extension of an included context is found, as Asterisk finds it; the walk goes on there', () => {
    const files = {
      [P]: policy('pbx/extensions.conf', '      entry: from-trunk\n'),
      'pbx/extensions.conf': `[from-trunk]\nexten => s,1,Goto(menu,2,1)\n[menu]\ninclude => keys\n[keys]\nexten => 2,1,MixMonitor(x.wav)\n same => n,Festival(${NOTICE})\n same => n,Queue(sales)\n`,
    };
    assert.deepEqual(run(files).shown, ['pbx/extensions.conf announcement-after-recording 6:14-6:31 flow-before-notice']);
  });
});

describe('flow sets: Twilio Studio', () => {
  const studio = (states: string[]) => `{\n  "initial_state": "Trigger",\n  "states": [\n${states.map((s) => `    ${s}`).join(',\n')}\n  ]\n}\n`;
  const flow = studio([
    '{ "name": "Trigger", "type": "trigger", "transitions": [ { "event": "incomingCall", "next": "twiml" } ] }',
    '{ "name": "twiml", "type": "add-twiml-redirect", "transitions": [ { "event": "return", "next": "rec" } ], "properties": { "url": "notice.twiml" } }',
    '{ "name": "rec", "type": "record-call", "transitions": [], "properties": { "record_call": true } }',
  ]);
  it('add-twiml-redirect reads the TwiML document, and the return transition goes on after it', () => {
    assert.deepEqual(run({ [P]: policy('flows/studio.json'), 'flows/studio.json': flow, 'flows/notice.twiml': `<Response><Say>${NOTICE}</Say></Response>\n` }).shown, []);
    const silent = run({ [P]: policy('flows/studio.json'), 'flows/studio.json': flow.replace('"notice.twiml"', '"hold.twiml"'), 'flows/hold.twiml': '<Response><Say>Please hold.</Say></Response>\n' });
    assert.deepEqual(silent.shown, ['line.recording-policy.yaml announcement-no-recording-mention 9:15-9:32 no-prompt']);
  });
  it('run-subflow by its SID through flows.ids; without an entry it is reported', () => {
    const sub = flow.replace('"type": "add-twiml-redirect", "transitions": [ { "event": "return", "next": "rec" } ], "properties": { "url": "notice.twiml" }', '"type": "run-subflow", "transitions": [ { "event": "completed", "next": "rec" } ], "properties": { "flow_sid": "FW0123" }');
    const subflow = studio(['{ "name": "Trigger", "type": "trigger", "transitions": [ { "event": "incomingCall", "next": "n" } ] }', `{ "name": "n", "type": "say-play", "transitions": [], "properties": { "say": "${NOTICE}" } }`]);
    const files = { [P]: policy('flows/studio.json'), 'flows/studio.json': sub, 'flows/notice-flow.json': subflow };
    assert.deepEqual(run(files, { flows: { ids: [{ key: 'FW0123', file: 'flows/notice-flow.json', from: '.reclintrc.yaml' }] } }).shown, []);
    assert.deepEqual(run(files).shown.filter((s) => s.includes('flow-target-unresolved')), ['flows/studio.json flow-target-unresolved 5:135-5:143 flow-id-unmapped']);
  });
});

describe('flow sets: any graph of documents', () => {
  it('never throws, points only into files of the project, and gives the same findings twice', () => {
    const doc = fc.record({ notice: fc.boolean(), dial: fc.boolean(), refs: fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 4 }), gather: fc.boolean() });
    fc.assert(fc.property(fc.array(doc, { minLength: 1, maxLength: 7 }), (docs) => {
      const files: Record<string, string> = { [P]: policy('flows/d0.twiml') };
      docs.forEach((d, i) => {
        const refs = d.refs.map((r) => (d.gather ? `<Gather action="d${r}.twiml"><Say>Press 1.</Say></Gather>` : `<Redirect>d${r}.twiml</Redirect>`)).join('');
        files[`flows/d${i}.twiml`] = `<Response>${d.notice ? `<Say>${NOTICE}</Say>` : '<Say>Hello.</Say>'}${d.dial ? '<Dial record="record-from-answer">+3120</Dial>' : ''}${refs}</Response>\n`;
      });
      const a = run(files);
      const b = run(files);
      assert.deepEqual(a.shown, b.shown);
      for (const f of a.findings) {
        assert.ok(f.uri in files, f.uri);
        for (const r of f.related) assert.ok(r.uri in files, r.uri);
      }
    }), { numRuns: 200 });
  });
});

describe('flow sets: Asterisk priorities in included files', () => {
  it('a Goto to a priority label of an included context enters there, not at priority 1', () => {
    const files = {
      [P]: policy('pbx/extensions.conf', '      entry: from-trunk\n'),
      'pbx/extensions.conf': '#include menus.conf\n[from-trunk]\nexten => s,1,Goto(hoofdmenu,s,rec)\n',
      'pbx/menus.conf': `[hoofdmenu]\nexten => s,1,Festival(${NOTICE})\n same => n(rec),MixMonitor(x.wav)\n same => n,Queue(sales)\n`,
    };
    // Entering at 'rec' skips the notice at priority 1.
    assert.deepEqual(run(files).shown, ['pbx/menus.conf announcement-after-recording 3:17-3:34 flow-before-notice']);
    assert.deepEqual(run({ ...files, 'pbx/extensions.conf': files['pbx/extensions.conf'].replace('s,rec)', 's,1)') }).shown, []);
  });
});
