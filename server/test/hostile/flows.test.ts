/**
 * Hostile call flows (ivr-formats.md §9): each gets a located finding, never a hang, a crash or a
 * stack trace. An entity bomb and an external entity cost nothing (nothing is expanded or fetched);
 * 10,000-deep XML and JSON are `flow-syntax`; a 50 MB flow is not read (`script-not-found`,
 * `too-large`); a Connect flow of 5,000 actions with cycles is linted normally.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lintFiles, showWithFile } from '../helpers';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'server/out/cli.js');
const P = 'p.recording-policy.yaml';
const policy = (script: string) => `policy: 1\ncontroller: Acme\nlanguages: [en]\nrecordings:\n  - id: line\n    mode: all\n    employees_informed: true\n    announcement: { script: ${script} }\n    purposes:\n      - purpose: staff-training\n        legal_basis: consent\n        consent: { mechanism: verbal }\n        retention: { max: P3M }\n`;

function only(files: Record<string, string>): string[] {
  const { findings, texts } = lintFiles(files);
  return findings.filter((f) => f.uri !== P).map((f) => `${showWithFile(f, texts)} ${texts.get(f.uri)!.slice(f.span.start, Math.min(f.span.end, f.span.start + 12))}`);
}

describe('hostile call flows', function () {
  this.timeout(120000);

  it('an entity bomb in an internal DTD: flow-syntax at the first entity reference, nothing expanded', () => {
    const levels = Array.from({ length: 10 }, (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('\n');
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE Response [\n <!ENTITY lol0 "lol">\n${levels}\n]>\n<Response><Say>&lol10;</Say></Response>\n`;
    assert.deepEqual(only({ [P]: policy('f.twiml'), 'f.twiml': bomb }), ['f.twiml flow-syntax 15:16-15:23 &lol10;']);
  });

  it('an external entity: flow-syntax at its reference, never fetched', () => {
    const xxe = '<?xml version="1.0"?>\n<!DOCTYPE Response [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>\n<Response><Say>&x;</Say></Response>\n';
    assert.deepEqual(only({ [P]: policy('f.twiml'), 'f.twiml': xxe }), ['f.twiml flow-syntax 3:16-3:19 &x;']);
  });

  it('10,000-deep XML and JSON: flow-syntax at the first level past 200', () => {
    const xml = '<Response>' + '<Gather>'.repeat(10000) + '</Gather>'.repeat(10000) + '</Response>';
    const json = '{"StartAction":"a","Actions":' + '['.repeat(10000) + ']'.repeat(10000) + '}';
    const x = only({ [P]: policy('f.twiml'), 'f.twiml': xml });
    const j = only({ [P]: policy('f.json'), 'f.json': json });
    assert.equal(x.length, 1);
    assert.match(x[0], /^f\.twiml flow-syntax 1:\d+-1:\d+ <Gather$/);
    assert.equal(j.length, 1);
    assert.match(j[0], /^f\.json flow-syntax 1:\d+-1:\d+ \[/);
  });

  it('duplicate JSON keys: flow-syntax at the second', () => {
    assert.deepEqual(only({ [P]: policy('f.json'), 'f.json': '{"StartAction":"a","StartAction":"b","Actions":[]}' }), ['f.json flow-syntax 1:20-1:33 "StartAction']);
  });

  it('a Connect flow of 5,000 actions with cycles: linted normally, one ordering finding per target', () => {
    const actions: string[] = [];
    actions.push('{"Identifier":"a0","Type":"UpdateContactRecordingBehavior","Parameters":{"RecordingBehavior":{"IVRRecordingBehavior":"Enabled"}},"Transitions":{"NextAction":"a1"}}');
    for (let i = 1; i < 5000; i++) {
      const next = `a${(i + 1) % 5000}`;
      const back = `a${Math.max(1, i - 7)}`;
      actions.push(i === 4000
        ? `{"Identifier":"a${i}","Type":"MessageParticipant","Parameters":{"Text":"This call is recorded for training purposes."},"Transitions":{"NextAction":"${next}"}}`
        : `{"Identifier":"a${i}","Type":"Compare","Parameters":{"ComparisonValue":"$.Attributes.x"},"Transitions":{"NextAction":"${next}","Conditions":[{"NextAction":"${back}","Condition":{"Operator":"Equals","Operands":["1"]}}]}}`);
    }
    const flow = `{"Version":"2019-10-30","StartAction":"a0","Actions":[\n${actions.join(',\n')}\n]}`;
    const got = only({ [P]: policy('f.json'), 'f.json': flow });
    assert.deepEqual(got, ['f.json announcement-after-recording 2:118-2:127 "Enabled"']);
  });

  it('a TwiML document of 5,000 interruptible notices: one warning each, each with its suggestion (the document is read once, not once per notice)', () => {
    const verbs = Array.from({ length: 5000 }, (_, i) => `  <Gather numDigits="1">\n    <Say>This call is recorded for training purposes. Press ${i % 10}.</Say>\n  </Gather>`);
    const twiml = `<Response>\n${verbs.join('\n')}\n  <Dial record="record-from-answer">+3120</Dial>\n</Response>\n`;
    const { findings } = lintFiles({ [P]: policy('f.twiml'), 'f.twiml': twiml }, { maxFindingsPerFile: 10000 });
    const warn = findings.filter((f) => f.ruleId === 'notice-interruptible');
    assert.equal(warn.length, 5000);
    assert.ok(warn.every((f) => f.suggestions.length === 1));
  });

  it('a 50 MB flow is not read: script-not-found (too-large) at the script value', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reclint-hostile-flow-'));
    try {
      fs.writeFileSync(path.join(dir, P), policy('big.json'));
      const pad = 'x'.repeat(1 << 20);
      const fd = fs.openSync(path.join(dir, 'big.json'), 'w');
      fs.writeSync(fd, '{"StartAction":"a","Actions":[],"pad":[');
      for (let i = 0; i < 50; i++) fs.writeSync(fd, `${i ? ',' : ''}"${pad}"`);
      fs.writeSync(fd, ']}');
      fs.closeSync(fd);
      const r = spawnSync(process.execPath, [CLI, '--format', 'json', '.'], { cwd: dir, encoding: 'utf8', timeout: 60000 });
      assert.equal(r.status, 1, r.stderr);
      const out = JSON.parse(r.stdout) as { results: { file: string; findings: { ruleId: string; line: number; message: string }[] }[] };
      const f = out.results.flatMap((x) => x.findings.map((y) => ({ ...y, file: x.file })));
      const sizes = f.filter((x) => x.ruleId === 'script-not-found');
      assert.deepEqual(sizes.map((x) => `${x.file}:${x.line}`), [`${P}:8`]);
      assert.match(sizes[0].message, /size limit/);
      assert.deepEqual(f.filter((x) => x.file !== P), []);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
