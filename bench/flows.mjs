// Flow readers against their own parse floors (ivr-formats.md §9), in one process: Connect and Studio
// against jsonc-parser parseTree over the same text, TwiML, VoiceXML and FreeSWITCH against a saxes
// parse with no handlers, Archy against yaml parseDocument with a LineCounter, Asterisk against
// splitting the text into lines.
// Rows for one 1 MB flow and for 2,000 small flows (each with the policy that names it). "reader" is
// readFlow alone; "lint" is the whole lint of the policy and its flow (engine, rules, finish).
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTree } from 'jsonc-parser';
import { SaxesParser } from 'saxes';
import { LineCounter, parseDocument } from 'yaml';

const POLICY = (script, extra = '') => `policy: 1\ncontroller: Acme\nlanguages: [en]\nrecordings:\n  - id: line\n    mode: all\n    employees_informed: true\n    announcement: { script: ${script}${extra} }\n    purposes:\n      - purpose: staff-training\n        legal_basis: consent\n        consent: { mechanism: verbal }\n        retention: { max: P3M }\n    access: { roles: [quality] }\nsubject_rights:\n  access: { procedure: docs/access.md }\n`;
const NOTICE = 'This call is recorded for training purposes.';

function connect(n) {
  const a = [`{"Identifier":"a0","Type":"UpdateContactRecordingBehavior","Parameters":{"RecordingBehavior":{"RecordedParticipants":["Agent","Customer"]}},"Transitions":{"NextAction":"a1"}}`];
  for (let i = 1; i < n; i++) {
    const next = `a${i + 1 < n ? i + 1 : 1}`;
    a.push(i % 3 === 0
      ? `{"Identifier":"a${i}","Type":"GetParticipantInput","Parameters":{"Text":"For option ${i}, press 1. ${NOTICE}"},"Transitions":{"NextAction":"${next}","Conditions":[{"NextAction":"q","Condition":{"Operator":"Equals","Operands":["1"]}}],"Errors":[{"NextAction":"${next}","ErrorType":"NoMatchingCondition"}]}}`
      : `{"Identifier":"a${i}","Type":"MessageParticipant","Parameters":{"Text":"Message ${i}: \\"welcome\\" to Acme."},"Transitions":{"NextAction":"${next}","Errors":[{"NextAction":"q","ErrorType":"NoMatchingError"}]}}`);
  }
  a.push('{"Identifier":"q","Type":"TransferContactToQueue","Parameters":{},"Transitions":{}}');
  return `{"Version":"2019-10-30","StartAction":"a0","Actions":[\n${a.join(',\n')}\n]}\n`;
}
function studio(n) {
  const s = ['{"name":"Trigger","type":"trigger","transitions":[{"event":"incomingCall","next":"s1"}]}'];
  for (let i = 1; i < n; i++) {
    const next = `s${i + 1 < n ? i + 1 : 1}`;
    s.push(i % 3 === 0
      ? `{"name":"s${i}","type":"gather-input-on-call","transitions":[{"event":"keypress","next":"${next}"},{"event":"timeout","next":"${next}"}],"properties":{"say":"Press 1 for option ${i}. ${NOTICE}","language":"en-GB"}}`
      : `{"name":"s${i}","type":"say-play","transitions":[{"event":"audioComplete","next":"${next}"}],"properties":{"say":"Welcome to {{flow.data.brand}}, step ${i}.","language":"en-GB"}}`);
  }
  return `{"description":"bench","initial_state":"Trigger","states":[\n${s.join(',\n')}\n]}\n`;
}
function twiml(n) {
  const v = [];
  for (let i = 0; i < n; i++) v.push(i % 3 === 0 ? `  <Gather numDigits="1"><Say language="en-GB">Press 1 for option ${i} &amp; more. ${NOTICE}</Say></Gather>` : `  <Say language="en-GB">Step ${i}: <emphasis>welcome</emphasis> to Acme.</Say>`);
  v.push('  <Dial record="record-from-answer">+31201234567</Dial>');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n${v.join('\n')}\n</Response>\n`;
}

function archy(n) {
  const t = [];
  for (let i = 0; i < n; i++) {
    const next = `t${i + 1 < n ? i + 1 : 0}`;
    t.push(`    - task:\n        name: Task ${i}\n        refId: t${i}\n        actions:\n          - playAudio:\n              name: Say ${i}\n              audio:\n                tts: ${i % 3 === 0 ? NOTICE : `Step ${i}: "welcome" to Acme.`}\n          - decision:\n              name: Check ${i}\n              condition:\n                exp: Flow.x == ${i}\n              outputs:\n                yes:\n                  actions:\n                    - transferToAcd:\n                        name: Queue ${i}\n                        targetQueue:\n                          lit:\n                            name: Q\n                no:\n                  actions:\n                    - jumpToTask:\n                        name: Next ${i}\n                        targetTaskRef: ./tasks/task[${next}]\n`);
  }
  return `inboundCall:\n  name: Bench\n  defaultLanguage: en-gb\n  startUpRef: ./tasks/task[t0]\n  initialGreeting:\n    tts: Welcome to Acme.\n  tasks:\n${t.join('')}`;
}
function asterisk(n) {
  const l = ['[in]', 'exten => s,1,Answer()', ' same => n,Set(CHANNEL(language)=en)'];
  for (let i = 0; i < n; i++) {
    l.push(i % 3 === 0 ? ` same => n(p${i}),Festival(${NOTICE})` : ` same => n(p${i}),GotoIf($[\${X} = ${i}]?p${Math.max(0, i - 2)}:p${i + 1})`);
    if (i % 5 === 0) l.push(` same => n,Playback(acme/step${i}&acme/more)`);
  }
  l.push(' same => n,MixMonitor(${UNIQUEID}.wav,b)', ' same => n,Queue(q)', 'exten => h,1,StopMixMonitor() ; done');
  return `${l.join('\n')}\n`;
}
function vxml(n) {
  const f = [];
  for (let i = 0; i < n; i++) f.push(`  <form id="f${i}">\n    <block><prompt bargein="${i % 3 ? 'true' : 'false'}">${i % 3 === 0 ? NOTICE : `Step ${i}: <emphasis>welcome</emphasis> to Acme &amp; co, <value expr="name"/>.`}</prompt>\n      <if cond="x == ${i}"><goto next="#f${i + 1 < n ? i + 1 : 0}"/><else/><goto next="#m"/></if>\n    </block>\n  </form>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<vxml version="2.1" xmlns="http://www.w3.org/2001/vxml" xml:lang="en-GB">\n${f.join('\n')}\n  <menu id="m" dtmf="true"><prompt>Press 1.</prompt><choice next="#f0">again</choice></menu>\n</vxml>\n`;
}
function freeswitch(n) {
  const e = [];
  for (let i = 0; i < n; i++) e.push(`    <extension name="e${i}">\n      <condition field="destination_number" expression="^${i}$">\n        <action application="set" data="playback_terminators=none"/>\n        <action application="speak" data="flite|slt|${i % 3 === 0 ? NOTICE : `Step ${i} at Acme.`}"/>\n        <action application="transfer" data="${(i + 1) % n} XML c"/>\n      </condition>\n    </extension>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<include>\n  <context name="c">\n${e.join('\n')}\n  </context>\n</include>\n`;
}

function best(n, fn) {
  let b = Infinity;
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    fn();
    b = Math.min(b, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return b;
}

export async function measureFlows({ root }) {
  const tmp = mkdtempSync(join(tmpdir(), 'reclint-bench-flows-'));
  try {
    const out = join(tmp, 'core.cjs');
    await build({ stdin: { contents: "export { lint } from './server/src/core/engine'; export { readFlow } from './server/src/core/flows/read';", resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error', mainFields: ['module', 'main'] });
    const { lint, readFlow } = await import(out);
    const options = { rules: {}, phrases: {} };
    const rows = [];
    const sax = (t) => new SaxesParser().write(t).close();
    const kinds = [
      ['Connect', 'json', connect, (t) => parseTree(t, [], {})],
      ['Studio', 'json', studio, (t) => parseTree(t, [], {})],
      ['TwiML', 'twiml', twiml, sax],
      ['Genesys Architect (Archy YAML)', 'yaml', archy, (t) => { const lc = new LineCounter(); parseDocument(t, { lineCounter: lc }); }, ', recording_starts: agent-connect'],
      ['Asterisk', 'conf', asterisk, (t) => t.split(/\r?\n/), ', entry: in'],
      ['VoiceXML', 'vxml', vxml, sax],
      ['FreeSWITCH', 'xml', freeswitch, sax, ', entry: c'],
    ];
    for (const [name, ext, gen, floorParse, extra = ''] of kinds) {
      let big = gen(10);
      for (let n = 10; big.length < 1 << 20; n *= 2) big = gen(n);
      const small = Array.from({ length: 2000 }, (_, i) => gen(6 + (i % 5)));
      const lintOne = (text) => lint({ files: [{ uri: 'p.recording-policy.yaml', text: POLICY(`f.${ext}`, extra) }], options: () => options, readScript: () => ({ ok: true, uri: `f.${ext}`, text }) });
      const f1 = best(5, () => floorParse(big));
      const r1 = best(5, () => readFlow(`f.${ext}`, big));
      const l1 = best(5, () => lintOne(big));
      const fN = best(3, () => { for (const t of small) floorParse(t); });
      const rN = best(3, () => { for (const t of small) readFlow(`f.${ext}`, t); });
      const lN = best(3, () => { for (const t of small) lintOne(t); });
      const x = (v, f) => `${v.toFixed(0)} ms (${(v / f).toFixed(2)} × floor)`;
      rows.push([`${name}, one flow of ${(big.length / 1048576).toFixed(1)} MB: floor / reader / lint`, `${f1.toFixed(0)} ms / ${x(r1, f1)} / ${x(l1, f1)}`]);
      rows.push([`${name}, 2,000 small flows: floor / reader / lint`, `${fN.toFixed(0)} ms / ${x(rN, fN)} / ${x(lN, fN)}`]);
    }
    // A flow set: a TwiML menu spread over 100 documents (each <Redirect>s to the next and <Gather>s back to the first), against the same documents linted one by one.
    const docs = new Map();
    for (let i = 0; i < 100; i++) docs.set(`d${i}.twiml`, `<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n  <Gather numDigits="1" action="d0.twiml"><Say language="en-GB">Step ${i}. ${i === 50 ? NOTICE : 'Press 1.'}</Say></Gather>\n  ${i === 99 ? '<Dial record="record-from-answer">+31201234567</Dial>' : `<Redirect>d${i + 1}.twiml</Redirect>`}\n</Response>\n`);
    const read = (from, rel) => (docs.has(rel) ? { ok: true, uri: rel, text: docs.get(rel) } : { ok: false, uri: rel, reason: 'not-found' });
    const setLint = () => lint({ files: [{ uri: 'p.recording-policy.yaml', text: POLICY('d0.twiml') }], options: () => options, readScript: read });
    const aloneLint = () => { for (const [uri, text] of docs) lint({ files: [{ uri: 'p.recording-policy.yaml', text: POLICY(uri) }], options: () => options, readScript: () => ({ ok: true, uri, text }) }); };
    const set = best(5, setLint);
    const alone = best(5, aloneLint);
    rows.push(['TwiML flow set of 100 documents: one set / each document alone', `${set.toFixed(0)} ms / ${alone.toFixed(0)} ms (${(set / alone).toFixed(2)} ×)`]);
    return rows;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measureFlows({ root: join(import.meta.dirname, '..') });
  const w = Math.max(...rows.map((r) => r[0].length));
  console.log(rows.map(([a, b]) => `${a.padEnd(w)}  ${b}`).join('\n'));
}
