/**
 * What real exports showed the readers got wrong (ivr-formats.md §5), each pinned by a small fixture
 * written for the test: the rule of the format, never one file.
 */
import { strict as assert } from 'node:assert';
import { readFlow } from '../../../src/core/flows/read';
import { wordsIn } from '../../../src/core/flows/words';
import type { IvrScript } from '../../../src/core/ivr/model';
import { lintFiles } from '../../helpers';

function flow(uri: string, text: string, format?: Parameters<typeof readFlow>[2]): IvrScript {
  const r = readFlow(uri, text, format);
  assert.ok(r.ok, r.ok ? '' : wordsIn('en', r.detail));
  return r.script;
}
const P = 'p.recording-policy.yaml';
const policy = (script: string, extra = '', lang = 'en') => `policy: 1\ncontroller: Acme\nlanguages: [${lang}]\nrecordings:\n  - id: line\n    mode: all\n    announcement:\n      script: ${script}\n${extra}    purposes:\n      - purpose: staff-training\n        legal_basis: consent\n        consent: { mechanism: verbal }\n        retention: { max: P3M }\n`;
const ids = (files: Record<string, string>) => lintFiles(files).findings.filter((f) => f.uri !== P || /^(schema|announcement|flow|notice|purpose|prompt)/.test(f.ruleId)).map((f) => `${f.uri} ${f.ruleId}`).sort();

describe('real exports: Asterisk', () => {
  it('a stray `)` in the data loads as Asterisk loads it (data = first `(` to last `)`); a missing `)` stays flow-syntax', () => {
    // pbx_config.c: the data ends at the last `)`; only "No closing parenthesis found?" is reported.
    const s = flow('e.conf', '[in]\nexten => s,1,Answer()\nexten => h,1,GotoIf($[${STATUS} = OK]?done,1))\nexten => s,n,Playback(a(b)\n');
    assert.deepEqual(s.errors, []);
    const bad = flow('e.conf', '[in]\nexten => s,1,Playback(notice\n');
    assert.match(bad.errors[0].message, /no closing parenthesis/);
  });

  it('`entry: ctx` on a context without `s` (a DID context, `_X.`) enters its extensions, not a schema error', () => {
    const conf = '[from-trunk]\nexten => _X.,1,Answer()\n same => n,Playback(acme/notice)\n same => n,MixMonitor(${UNIQUEID}.wav)\n same => n,Queue(sales)\nexten => h,1,Hangup()\n';
    const list = 'lang: en\nacme/notice: This call is recorded to train our staff.\n';
    const files = { [P]: policy('extensions.conf', '      entry: from-trunk\n      transcripts: sounds.txt\n'), 'extensions.conf': conf, 'sounds.txt': list };
    assert.deepEqual(ids(files), []);
    const s = flow('extensions.conf', conf);
    assert.deepEqual(s.dialplan!.resolve('from-trunk'), s.dialplan!.resolve('from-trunk,5551234'), 'the pattern is the entry, `h` is not');
    // An `s` extension, or a pattern that matches `s` (`_.`), still wins.
    const withS = flow('e.conf', '[in]\nexten => 100,1,Hangup()\nexten => s,1,Answer()\n');
    assert.deepEqual(withS.dialplan!.resolve('in'), withS.dialplan!.resolve('in,s'));
    const recordedFirst = { ...files, 'extensions.conf': '[from-trunk]\nexten => _X.,1,MixMonitor(x.wav)\n same => n,Playback(acme/notice)\n' };
    assert.deepEqual(ids(recordedFirst), ['extensions.conf announcement-after-recording']);
  });
});

describe('real exports: FreeSWITCH dialplan files that X-PRE-PROCESS include pastes in', () => {
  const NOTICE = '<action application="speak" data="flite|kal|This call is recorded to train our staff."/>';
  const ext = (name: string, num: string, body: string) => `<extension name="${name}">\n  <condition field="destination_number" expression="^${num}$">\n    ${body}\n  </condition>\n</extension>\n`;
  it('a context fragment (`<include>` of `<extension>`s) is a dialplan; its context is its folder (`dialplan/default/x.xml` → `default`)', () => {
    const text = `<include>\n${ext('sales', '1000', '<action application="record_session" data="/tmp/a.wav"/>\n    ' + NOTICE)}</include>\n`;
    const s = flow('dialplan/default/00_sales.xml', text);
    assert.equal(s.format, 'freeswitch');
    assert.deepEqual(s.dialplan!.names, ['default']);
    assert.ok(s.dialplan!.resolve('default,1000')?.length);
    const files = { [P]: policy('dialplan/default/00_sales.xml', '      entry: default,1000\n'), 'dialplan/default/00_sales.xml': text };
    assert.deepEqual(ids(files), ['dialplan/default/00_sales.xml announcement-after-recording', 'dialplan/default/00_sales.xml notice-interruptible']);
  });

  it('several `<extension>`s at the top, or an XML declaration after a comment, are read as FreeSWITCH reads them; TwiML stays strict', () => {
    const many = ext('a', '1', NOTICE + '\n    <action application="record_session" data="/tmp/a.wav"/>') + '\n' + ext('b', '2', '<action application="record_session" data="/tmp/b.wav"/>');
    const s = flow('dialplan/public/01.xml', many);
    assert.deepEqual(s.errors, []);
    assert.equal(s.format, 'freeswitch');
    assert.equal(s.steps.filter((x) => x.kind === 'record').length, 2);
    const late = `<!-- the default context -->\n\n<?xml version="1.0" encoding="utf-8"?>\n<include>\n  <context name="default">\n${ext('a', '1', NOTICE)}  </context>\n</include>\n`;
    assert.deepEqual(flow('default.xml', late).errors, []);
    assert.equal(flow('r.xml', '<Response><Say>Hi</Say></Response>\n<Response/>\n').errors.length, 1, 'two TwiML roots stay flow-syntax');
    assert.equal(flow('r.xml', '<!-- x -->\n<?xml version="1.0"?>\n<Response><Say>Hi</Say></Response>\n').errors.length, 1);
    assert.equal(flow('x.xml', '<extension name="a"><condition field="destination_number" expression="^1$"><action application="hangup"/></condition></extension>\n<extension name="b">\n').errors.length, 1, 'an unclosed element is still flow-syntax');
  });
});

describe('real exports: TwiML', () => {
  const NOTICE = '<Say>This call is recorded to train our staff.</Say>';
  it('`<Connect><Conversation record>` records once connected (at the `record` value) and hands the call to an agent', () => {
    const rec = '<Response>\n  <Connect>\n    <Conversation serviceInstanceSid="IS1" record="record-from-answer"/>\n  </Connect>\n  ' + NOTICE + '\n</Response>\n';
    const s = flow('a.twiml', rec);
    const r = s.steps.find((x) => x.kind === 'record')!;
    assert.equal(rec.slice(r.span.start, r.span.end), 'record-from-answer');
    assert.ok(s.steps.some((x) => x.kind === 'transfer' && x.connects?.agent));
    const fs = lintFiles({ [P]: policy('a.twiml'), 'a.twiml': rec }).findings.filter((f) => f.ruleId === 'announcement-after-recording');
    assert.deepEqual(fs.map((f) => rec.slice(f.span.start, f.span.end)), ['record-from-answer']);
    // Without `record`, the platform's own recording (agent-connect) starts at the Conversation.
    const plain = rec.replace(' record="record-from-answer"', '');
    const fa = lintFiles({ [P]: policy('a.twiml', '      recording_starts: agent-connect\n'), 'a.twiml': plain }).findings.filter((f) => f.ruleId === 'announcement-after-recording');
    assert.deepEqual(fa.map((f) => plain.slice(f.span.start, f.span.end)), ['Conversation']);
    assert.equal(flow('a.twiml', rec.replace('record-from-answer', 'do-not-record')).steps.filter((x) => x.kind === 'record').length, 0);
  });
});

describe('real exports: Genesys Architect (Archy YAML)', () => {
  it('`inqueueCall`, as Archy writes the in-queue type, is a voice flow; its `startUpTaskActions` run first', () => {
    const text = 'inqueueCall:\n  name: Wachtrij\n  defaultLanguage: nl-nl\n  startUpTaskActions:\n    - playAudio:\n        name: Melding\n        audio:\n          tts: Dit gesprek wordt opgenomen om onze medewerkers te trainen.\n    - transferToAcd:\n        name: Naar de wachtrij\n        targetQueue:\n          lit:\n            name: Service\n';
    const s = flow('wachtrij.yaml', text);
    assert.equal(s.format, 'archy');
    assert.equal(s.entries!.length, 1);
    const say = s.steps.findIndex((x) => x.kind === 'say');
    assert.ok(say >= 0);
    const files = { [P]: policy('wachtrij.yaml', '      recording_starts: agent-connect\n', 'nl'), 'wachtrij.yaml': text };
    assert.deepEqual(ids(files).filter((x) => !x.includes('purpose')), []);
    const late = { ...files, 'wachtrij.yaml': text.replace(/    - playAudio:[\s\S]*?trainen\.\n/, '') + '    - playAudio:\n        audio:\n          tts: Dit gesprek wordt opgenomen om onze medewerkers te trainen.\n' };
    assert.deepEqual(ids(late).filter((x) => x.endsWith('announcement-after-recording')), ['wachtrij.yaml announcement-after-recording']);
  });
});
