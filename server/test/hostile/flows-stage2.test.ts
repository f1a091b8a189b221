/**
 * Hostile Stage 2 flows (ivr-formats.md §9): each gets a located finding or is linted normally, never
 * a hang, a crash or a stack trace. 10,000-deep YAML and XML are `flow-syntax`; dialplans, Archy flows,
 * VoiceXML and FreeSWITCH documents of 5,000 steps with cycles of gotos, includes, subroutines and
 * transfers are walked in linear time.
 */
import * as assert from 'node:assert/strict';
import { lintFiles, showWithFile } from '../helpers';

const P = 'p.recording-policy.yaml';
const policy = (script: string, extra = '') => `policy: 1\ncontroller: Acme\nlanguages: [en]\nrecordings:\n  - id: line\n    mode: all\n    employees_informed: true\n    announcement:\n      script: ${script}\n${extra}    purposes:\n      - purpose: staff-training\n        legal_basis: consent\n        consent: { mechanism: verbal }\n        retention: { max: P3M }\n`;
const NOTICE = 'This call is recorded for training purposes.';

function only(files: Record<string, string>): string[] {
  const { findings, texts } = lintFiles(files, { maxFindingsPerFile: 100000 });
  return findings.filter((f) => f.uri !== P || ['flow-entry-assumed', 'schema', 'script-not-found'].includes(f.ruleId)).map((f) => `${showWithFile(f, texts)} ${texts.get(f.uri)!.slice(f.span.start, Math.min(f.span.end, f.span.start + 14))}`);
}

describe('hostile call flows, stage 2', function () {
  this.timeout(120000);

  it('10,000-deep Archy YAML, block and flow style: one flow-syntax each', () => {
    let block = 'inboundCall:\n  startUpRef: x\n  a:\n';
    for (let i = 0; i < 10000; i++) block += `${' '.repeat(4 + i * 2)}k${i}:\n`;
    const flow = `inboundCall:\n  startUpRef: x\n  a: ${'['.repeat(10000)}${']'.repeat(10000)}\n`;
    for (const text of [block, flow]) {
      const got = only({ [P]: policy('f.yaml', '      recording_starts: call-start\n'), 'f.yaml': text });
      assert.equal(got.length, 1, got.join('\n'));
      assert.match(got[0], /^f\.yaml flow-syntax /);
    }
  });

  it('10,000-deep VoiceXML and FreeSWITCH: flow-syntax at the first level past 200', () => {
    const v = only({ [P]: policy('f.vxml'), 'f.vxml': `<vxml>${'<form>'.repeat(10000)}${'</form>'.repeat(10000)}</vxml>` });
    const f = only({ [P]: policy('f.xml'), 'f.xml': `<include>${'<context>'.repeat(10000)}${'</context>'.repeat(10000)}</include>` });
    assert.deepEqual(v.map((x) => x.replace(/ \d+:\d+-\d+:\d+/, '')), ['f.vxml flow-syntax <form']);
    assert.equal(f.length, 1);
    assert.match(f[0], /^f\.xml flow-syntax 1:\d+-1:\d+ <context$/);
  });

  it('an Asterisk dialplan of 5,000 priorities with GotoIf cycles, and contexts that include each other: linted normally', () => {
    let a = '[in]\nexten => s,1,MixMonitor(x.wav)\n';
    for (let i = 1; i < 5000; i++) a += ` same => n,GotoIf($[\${X}=${i}]?s,${Math.max(1, i - 5)}:s,${i + 2})\n`;
    a += ` same => n,Festival(${NOTICE})\n[x]\ninclude => y\nexten => s,1,Background(m)\n[y]\ninclude => x\nexten => 1,1,Goto(x,s,1)\n`;
    const got = only({ [P]: policy('e.conf', '      entry: in\n'), 'e.conf': a });
    assert.deepEqual(got, ['e.conf announcement-after-recording 2:14-2:31 MixMonitor(x.w']);
  });

  it('5,000 Gosubs into 50 subroutines that call each other in a ring: every Return goes back, linear', () => {
    let g = `[in]\nexten => s,1,Festival(Welcome.)\n`;
    for (let i = 0; i < 5000; i++) g += ` same => n,Gosub(sub${i % 50},s,1)\n`;
    g += ` same => n,Festival(${NOTICE})\n`;
    for (let k = 0; k < 50; k++) g += `[sub${k}]\nexten => s,1,Gosub(sub${(k + 1) % 50},s,1)\n same => n,Return()\n`;
    g += '[late]\nexten => s,1,MixMonitor(a.wav)\n';
    const got = only({ [P]: policy('e.conf'), 'e.conf': g });
    assert.deepEqual(got.sort(), ['e.conf announcement-after-recording 5155:14-5155:31 MixMonitor(a.w', 'p.recording-policy.yaml flow-entry-assumed 9:15-9:21 e.conf']);
  });

  it('an Archy flow of 5,000 tasks that jump to each other in cycles: linted normally', () => {
    let ar = 'inboundCall:\n  startUpRef: ./tasks/task[t0]\n  tasks:\n';
    for (let i = 0; i < 5000; i++) {
      ar += `    - task:\n        refId: t${i}\n        actions:\n          - playAudio:\n              audio:\n                tts: ${i === 4000 ? NOTICE : `Step ${i}.`}\n`;
      ar += `          - decision:\n              outputs:\n                yes:\n                  actions:\n                    - jumpToTask:\n                        targetTaskRef: ./tasks/task[t${(i + 1) % 5000}]\n                no:\n                  actions:\n                    - jumpToTask:\n                        targetTaskRef: ./tasks/task[t${Math.max(0, i - 3)}]\n`;
    }
    const got = only({ [P]: policy('f.yaml', '      recording_starts: call-start\n'), 'f.yaml': ar });
    assert.deepEqual(got, ['f.yaml announcement-after-recording 9:22-9:29 Step 0.']);
  });

  it('a VoiceXML document of 5,000 forms that go to each other: linted normally', () => {
    let v = '<vxml version="2.1">\n<property name="recordutterance" value="true"/>\n';
    for (let i = 0; i < 5000; i++) v += `<form id="f${i}"><block><prompt bargein="false">${i === 4999 ? NOTICE : `Step ${i}.`}</prompt><if cond="a"><goto next="#f${(i + 1) % 5000}"/><else/><goto next="#f${Math.max(0, i - 3)}"/></if></block></form>\n`;
    v += `<form id="last"><field name="q"/></form>\n</vxml>\n`;
    const got = only({ [P]: policy('f.vxml'), 'f.vxml': v });
    assert.deepEqual(got, []);
  });

  it('a FreeSWITCH context of 5,000 extensions whose transfers hunt each other: linted normally', () => {
    let x = '<include><context name="c">\n';
    for (let i = 0; i < 5000; i++) x += `<extension name="e${i}"><condition field="destination_number" expression="^${i}$"><action application="speak" data="${i === 7 ? NOTICE : 'Hi'}"/><action application="transfer" data="\${x}${(i + 1) % 10} XML c"/></condition></extension>\n`;
    x += '<extension name="rec"><condition field="destination_number" expression="^#1$"><action application="record_session" data="a.wav"/></condition></extension>\n</context></include>\n';
    const got = only({ [P]: policy('f.xml', '      entry: c,0\n'), 'f.xml': x });
    assert.deepEqual(got, ['f.xml notice-interruptible 9:111-9:155 This call is r', 'f.xml announcement-after-recording 5002:100-5002:114 record_session']);
  });

  it('a transcript list of 20,000 entries, several of them bad: one flow-syntax per bad line', () => {
    let t = 'lang: en\n';
    for (let i = 0; i < 20000; i++) t += i % 5000 === 4999 ? 'bad line\n' : `s${i}: ${i === 3 ? NOTICE : `Text ${i}.`}\n`;
    const got = only({ [P]: policy('e.conf', '      entry: in\n      transcripts: t.txt\n'), 'e.conf': '[in]\nexten => s,1,Playback(s3)\n same => n,MixMonitor(a.wav)\n', 't.txt': t });
    assert.deepEqual(got, ['t.txt flow-syntax 5001:1-5001:9 bad line', 't.txt flow-syntax 10001:1-10001:9 bad line', 't.txt flow-syntax 15001:1-15001:9 bad line', 't.txt flow-syntax 20001:1-20001:9 bad line']);
  });

  it('flow sets: a three-file reference cycle ends with no finding; 100 documents that each reference all the others are read once each', () => {
    const cycle = {
      [P]: policy('a.twiml'),
      'a.twiml': `<Response><Say>${NOTICE}</Say><Redirect>b.twiml</Redirect></Response>\n`,
      'b.twiml': '<Response><Gather action="c.twiml"><Say>Press 1.</Say></Gather><Redirect>a.twiml</Redirect></Response>\n',
      'c.twiml': '<Response><Redirect>a.twiml</Redirect></Response>\n',
    };
    assert.deepEqual(only(cycle), []);
    const dense: Record<string, string> = { [P]: policy('d0.twiml') };
    for (let i = 0; i < 100; i++) {
      const refs = Array.from({ length: 100 }, (_, j) => `<Gather action="d${j}.twiml"><Say>Key ${j}.</Say></Gather>`).join('');
      dense[`d${i}.twiml`] = `<Response>${i === 0 ? `<Say>${NOTICE}</Say>` : ''}${refs}<Dial record="record-from-answer">+3120</Dial></Response>\n`;
    }
    // Every path starts with the notice of d0: nothing to report, after 10,000 references.
    assert.deepEqual(only(dense), []);
  });

  it('flow sets: a set over max_files ends in one located finding at the reference past the budget', () => {
    const files: Record<string, string> = { [P]: policy('d0.twiml') };
    files['d0.twiml'] = `<Response><Say>${NOTICE}</Say><Redirect>d1.twiml</Redirect></Response>\n`;
    for (let i = 1; i < 1000; i++) files[`d${i}.twiml`] = `<Response><Redirect>d${i + 1}.twiml</Redirect></Response>\n`;
    const got = only(files);
    assert.deepEqual(got, ['d99.twiml flow-target-unresolved 1:21-1:31 d100.twiml']);
  });
});
