/**
 * Fixes on call flows: the ✓ move of a TwiML notice before the verb where recording starts (ivr-formats.md
 * §4.1), only where it is safe (both verbs children of one element, each on lines of its own, fewer
 * unannounced starts afterwards), keeping comments and the rest of the document as written.
 */
import { strict as assert } from 'node:assert';
import { fixOnce, lintFiles } from '../../helpers';

const P = 'p.recording-policy.yaml';
const policy = `policy: 1\ncontroller: Acme\nlanguages: [en]\nrecordings:\n  - id: line\n    mode: all\n    announcement: { script: main.twiml }\n    purposes:\n      - purpose: staff-training\n        legal_basis: consent\n        consent: { mechanism: verbal }\n        retention: { max: P3M }\n`;
const after = (files: Record<string, string>) => lintFiles(files).findings.filter((f) => f.ruleId === 'announcement-after-recording');

describe('flow fixes: the TwiML move', () => {
  it('moves the <Say> notice before the recording <Dial>, comments kept; the result is clean', () => {
    const twiml = '<?xml version="1.0"?>\n<Response>\n  <!-- main line -->\n  <Dial record="record-from-answer">+31201234567</Dial>\n  <Say language="en-GB">This call is recorded for training purposes.</Say>\n</Response>\n';
    const files = { [P]: policy, 'main.twiml': twiml };
    const [f] = after(files);
    assert.ok(f?.fix, 'a fix is offered');
    assert.equal(f.fix!.title, "Move the notice '<Say>' before this '<Dial>'");
    const fixed = fixOnce('main.twiml', twiml, [f]);
    assert.equal(fixed, '<?xml version="1.0"?>\n<Response>\n  <!-- main line -->\n  <Say language="en-GB">This call is recorded for training purposes.</Say>\n  <Dial record="record-from-answer">+31201234567</Dial>\n</Response>\n');
    assert.deepEqual(after({ [P]: policy, 'main.twiml': fixed }), []);
  });

  it('no fix when the notice is inside a <Gather> (another parent) or shares a line', () => {
    const nested = '<Response>\n  <Dial record="true">+3120</Dial>\n  <Gather>\n    <Say>This call is recorded for training purposes.</Say>\n  </Gather>\n</Response>\n';
    const [a] = after({ [P]: policy, 'main.twiml': nested });
    assert.ok(a && !a.fix);
    const oneLine = '<Response><Dial record="true">+3120</Dial><Say>This call is recorded for training purposes.</Say></Response>\n';
    const [b] = after({ [P]: policy, 'main.twiml': oneLine });
    assert.ok(b && !b.fix);
  });
});

describe('flow suggestions: notice-interruptible on TwiML', () => {
  it('suggests the notice <Say> out of its <Gather>, before it, at the Gather\'s indentation', () => {
    const twiml = '<Response>\n  <Gather numDigits="1">\n    <Say>This call is recorded for training purposes.</Say>\n    <Say>Press 1 for sales.</Say>\n  </Gather>\n</Response>\n';
    const f = lintFiles({ [P]: policy, 'main.twiml': twiml }).findings.find((x) => x.ruleId === 'notice-interruptible')!;
    assert.equal(f.suggestions.length, 1);
    const { applyEdits } = require('../../../src/core/fix') as typeof import('../../../src/core/fix');
    const moved = applyEdits(twiml, f.suggestions[0].edits).text;
    assert.equal(moved, '<Response>\n  <Say>This call is recorded for training purposes.</Say>\n  <Gather numDigits="1">\n    <Say>Press 1 for sales.</Say>\n  </Gather>\n</Response>\n');
    assert.deepEqual(lintFiles({ [P]: policy, 'main.twiml': moved }).findings.filter((x) => x.ruleId === 'notice-interruptible'), []);
  });
});

describe('flow suggestions: an untranscribed audio notice and a transcript list', () => {
  const pol = (lists: string) => `policy: 1\ncontroller: Acme\nlanguages: [en]\nrecordings:\n  - id: line\n    mode: all\n    announcement:\n      script: e.conf\n      entry: in\n${lists}    purposes:\n      - purpose: staff-training\n        legal_basis: consent\n        consent: { mechanism: verbal }\n        retention: { max: P3M }\n`;
  const conf = '[in]\nexten => s,1,Playback(acme/notice.wav)\n same => n,MixMonitor(x.wav)\n';
  it('offers to add the audio to the first list named, at its end, its words left to write; never a fix', () => {
    const { findings } = lintFiles({ [P]: pol('      transcripts: [t.txt, u.txt]\n'), 'e.conf': conf, 't.txt': 'lang: en\nother: x', 'u.txt': 'x: y\n' });
    const f = findings.find((x) => x.ruleId === 'notice-audio-untranscribed')!;
    assert.equal(f.fix, undefined);
    assert.deepEqual(f.suggestions.map((s) => [s.title, s.edits]), [["Add 'acme/notice.wav' to the transcript list 't.txt'", [{ uri: 't.txt', start: 17, end: 17, newText: '\nacme/notice.wav: TODO what the recording says\n' }]]]);
  });
  it('offers nothing without a list', () => {
    const f = lintFiles({ [P]: pol(''), 'e.conf': conf }).findings.find((x) => x.ruleId === 'notice-audio-untranscribed')!;
    assert.deepEqual(f.suggestions, []);
  });
});

describe('flow suggestions: VoiceXML barge-in off on an interruptible notice', () => {
  const pol = `policy: 1\ncontroller: Acme\nlanguages: [en]\nrecordings:\n  - id: line\n    mode: all\n    announcement:\n      script: a.vxml\n    purposes:\n      - purpose: staff-training\n        legal_basis: consent\n        consent: { mechanism: verbal }\n        retention: { max: P3M }\n`;
  const NOTICE = 'This call is recorded for training purposes.';
  const sug = (vxml: string) => lintFiles({ [P]: pol, 'a.vxml': vxml }).findings.find((x) => x.ruleId === 'notice-interruptible')!.suggestions;
  it('inserts bargein="false" in the <prompt> start tag, or changes a bargein="true"; applied, the warning is gone', () => {
    const plain = `<vxml><form id="f"><block><prompt>${NOTICE}</prompt></block></form></vxml>\n`;
    const [s1] = sug(plain);
    assert.equal(s1.title, `Set 'bargein="false"' on the notice's '<prompt>'`);
    assert.deepEqual(s1.edits, [{ uri: 'a.vxml', start: 33, end: 33, newText: ' bargein="false"' }]);
    const fixed = plain.slice(0, 33) + ' bargein="false"' + plain.slice(33);
    assert.equal(lintFiles({ [P]: pol, 'a.vxml': fixed }).findings.filter((x) => x.ruleId === 'notice-interruptible').length, 0);
    const on = `<vxml><form id="f"><block><prompt bargein="true">${NOTICE}</prompt></block></form></vxml>\n`;
    assert.deepEqual(sug(on)[0].edits, [{ uri: 'a.vxml', start: on.indexOf('true'), end: on.indexOf('true') + 4, newText: 'false' }]);
  });
});

describe('suppression in stage-2 flows (ivr-formats.md §4.10)', () => {
  const pol = (script: string, extra = '') => `policy: 1\ncontroller: Acme\nlanguages: [en]\nrecordings:\n  - id: line\n    mode: all\n    announcement:\n      script: ${script}\n${extra}    purposes:\n      - purpose: staff-training\n        legal_basis: consent\n        consent: { mechanism: verbal }\n        retention: { max: P3M }\n`;
  const ids = (files: Record<string, string>) => lintFiles(files).findings.filter((f) => f.uri !== P).map((f) => f.ruleId).sort();
  it('Asterisk: `; reclint-disable-next-line <ids> -- <reason>`', () => {
    const conf = (c: string) => `[in]\nexten => s,1,Festival(Welcome.)\n${c} same => n,Goto(nowhere,s,1)\n`;
    assert.deepEqual(ids({ [P]: pol('e.conf', '      entry: in\n'), 'e.conf': conf('') }), ['flow-target-unresolved']);
    assert.deepEqual(ids({ [P]: pol('e.conf', '      entry: in\n'), 'e.conf': conf('; reclint-disable-next-line flow-target-unresolved -- the night context lives in night.conf\n') }), []);
  });
  it('a transcript list: a `;` directive silences the prompt finding on the next line', () => {
    const files = (c: string) => ({ [P]: pol('e.conf', '      entry: in\n      transcripts: t.txt\n'), 'e.conf': '[in]\nexten => s,1,Playback(n)\n same => n,MixMonitor(x.wav)\n', 't.txt': `lang: en\n${c}n: This call is recorded for quality purposes.\n` });
    const got = lintFiles(files('')).findings.filter((f) => f.ruleId === 'vague-purpose');
    assert.equal(got.length, 1);
    assert.equal(got[0].uri, 't.txt');
    assert.equal(lintFiles(files('; reclint-disable-next-line vague-purpose -- the recorded wording, as the board approved it\n')).findings.filter((f) => f.ruleId === 'vague-purpose' || f.ruleId === 'unused-suppression').length, 0);
  });
  it('Archy YAML: `# reclint-disable-next-line <ids> -- <reason>`', () => {
    const y = (c: string) => `inboundCall:\n  startUpRef: ./tasks/task[t]\n  tasks:\n    - task:\n        refId: t\n        actions:\n${c}          - updateData:\n              name: x\n          - playAudio:\n              audio:\n                tts: This call is recorded for training purposes.\n`;
    assert.deepEqual(ids({ [P]: pol('f.yaml', '      recording_starts: agent-connect\n'), 'f.yaml': y('') }), ['flow-target-unresolved']);
    assert.deepEqual(ids({ [P]: pol('f.yaml', '      recording_starts: agent-connect\n'), 'f.yaml': y('          # reclint-disable-next-line flow-target-unresolved -- sets data only\n') }), []);
  });
});
