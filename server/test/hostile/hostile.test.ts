/**
 * Hostile input: every case gets a clear finding (or one clear error line) quickly, and the other
 * files of the run are still linted. Drives the built CLI as a user would.
 */
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'server/out/cli.js');
const CLEAN = fs.readFileSync(path.join(ROOT, 'examples/clean/helpdesk.recording-policy.yaml'), 'utf8');
const CLEAN_IVR = fs.readFileSync(path.join(ROOT, 'examples/clean/helpdesk.ivr'), 'utf8');

interface Finding { ruleId: string; line: number; column: number; message: string }
interface Result { file: string; findings: Finding[] }

const made: string[] = [];
after(() => { for (const d of made) fs.rmSync(d, { recursive: true, force: true }); });

function workspace(files: Record<string, string | Buffer>): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'reclint-hostile-'));
  made.push(d);
  fs.writeFileSync(path.join(d, 'good.recording-policy.yaml'), CLEAN);
  fs.writeFileSync(path.join(d, 'helpdesk.ivr'), CLEAN_IVR);
  for (const [p, t] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(d, p)), { recursive: true });
    fs.writeFileSync(path.join(d, p), t);
  }
  return d;
}

function lintJson(dir: string, args: string[] = []): { code: number | null; results: Result[]; err: string } {
  const r = spawnSync(process.execPath, [CLI, '.', '--format', 'json', ...args], { cwd: dir, encoding: 'utf8', timeout: 60000, maxBuffer: 1 << 28 });
  assert.doesNotMatch(r.stderr, /\n\s+at .+\(.+:\d+:\d+\)/, 'no stack trace');
  return { code: r.status, results: r.stdout ? (JSON.parse(r.stdout) as { results: Result[] }).results : [], err: r.stderr };
}

function findingsOf(results: Result[], file: string): Finding[] {
  return results.find((r) => r.file === file)?.findings ?? [];
}

/** The good policy next to the hostile file is still linted, and clean. */
function goodStillLinted(results: Result[]): void {
  const good = results.find((r) => r.file === 'good.recording-policy.yaml');
  assert.ok(good, 'the good policy is in the report');
  assert.deepEqual(good!.findings, []);
}

const policyWith = (script: string) => `policy: 1\ncontroller: A\nrecordings:\n  - id: line\n    mode: all\n    announcement:\n      script: ${script}\n`;

describe('hostile input', function () {
  this.timeout(60000);

  it('a YAML alias bomb', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${new Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
    const d = workspace({ 'bomb.recording-policy.yaml': lines.join('\n') + '\n' });
    const r = lintJson(d);
    assert.equal(r.code, 1);
    const f = findingsOf(r.results, 'bomb.recording-policy.yaml');
    assert.equal(f.length, 1);
    assert.equal(f[0].ruleId, 'yaml-syntax');
    assert.match(f[0].message, /alias/i);
    goodStillLinted(r.results);
  });

  it('10,000 levels of nesting', () => {
    const d = workspace({ 'deep.recording-policy.yaml': 'policy: ' + '['.repeat(10000) + ']'.repeat(10000) + '\n' });
    const r = lintJson(d);
    assert.equal(findingsOf(r.results, 'deep.recording-policy.yaml')[0].ruleId, 'yaml-syntax');
    goodStillLinted(r.results);
  });

  it('a policy over the size limit is reported, not parsed', () => {
    const d = workspace({ 'huge.recording-policy.yaml': 'policy: 1\n' + '#'.repeat(20000) + '\n' });
    const r = lintJson(d, ['--max-file-size', '10000']);
    const f = findingsOf(r.results, 'huge.recording-policy.yaml');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /over the size limit/);
    goodStillLinted(r.results);
  });

  it('a 1 MB line', () => {
    const d = workspace({ 'long.recording-policy.yaml': `policy: 1\ncontroller: "${'x'.repeat(1 << 20)}"\nrecordings: oops\n` });
    const r = lintJson(d);
    const f = findingsOf(r.results, 'long.recording-policy.yaml');
    assert.equal(f.length, 1);
    assert.equal(f[0].ruleId, 'schema');
    assert.equal(f[0].line, 3);
    goodStillLinted(r.results);
  });

  it('a binary file, invalid UTF-8, NUL bytes', () => {
    const d = workspace({
      'bin.recording-policy.yaml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe]),
      'latin1.recording-policy.yaml': Buffer.from('policy: 1\ncontroller: Caf\xe9\n', 'latin1'),
      'nul.recording-policy.yaml': 'policy: 1\ncontroller: A\u0000B\n',
    });
    const r = lintJson(d);
    assert.match(findingsOf(r.results, 'bin.recording-policy.yaml')[0].message, /not valid UTF-8|NUL/);
    assert.match(findingsOf(r.results, 'latin1.recording-policy.yaml')[0].message, /not valid UTF-8/);
    const nul = findingsOf(r.results, 'nul.recording-policy.yaml');
    assert.match(nul[0].message, /NUL byte/);
    assert.equal(nul[0].line, 2);
    goodStillLinted(r.results);
  });

  it('a BOM, CRLF and tabs', () => {
    const d = workspace({
      'bom.recording-policy.yaml': '\ufeff' + CLEAN.replace(/\n/g, '\r\n'),
      'tabs.recording-policy.yaml': 'policy: 1\ncontroller: A\nrecordings:\n\t- id: x\n',
    });
    const r = lintJson(d);
    assert.deepEqual(findingsOf(r.results, 'bom.recording-policy.yaml'), []);
    const tabs = findingsOf(r.results, 'tabs.recording-policy.yaml');
    assert.equal(tabs[0].ruleId, 'yaml-syntax');
    assert.equal(tabs[0].line, 4);
  });

  it('announcement.script naming a directory, /dev/zero, a FIFO, a symlink loop, a file outside the project', () => {
    const d = workspace({
      'dir.recording-policy.yaml': policyWith('ivr'),
      'ivr/a.ivr': CLEAN_IVR,
      'zero.recording-policy.yaml': policyWith('/dev/zero'),
      'fifo.recording-policy.yaml': policyWith('pipe.ivr'),
      'loop.recording-policy.yaml': policyWith('loop.ivr'),
      'outside.recording-policy.yaml': policyWith('../../../../etc/passwd.ivr'),
    });
    execFileSync('mkfifo', [path.join(d, 'pipe.ivr')]);
    fs.symlinkSync('loop.ivr', path.join(d, 'loop.ivr'));
    const r = lintJson(d);
    if (!r.results.length) assert.fail(`no report: exit ${r.code}, ${r.err}`);
    const msg = (f: string) => findingsOf(r.results, f).find((x) => x.ruleId === 'script-not-found')?.message ?? '';
    assert.match(msg('dir.recording-policy.yaml'), /directory/);
    assert.match(msg('zero.recording-policy.yaml'), /outside|not a regular file/);
    assert.match(msg('fifo.recording-policy.yaml'), /not a regular file/);
    assert.match(msg('loop.recording-policy.yaml'), /symbolic link loop|could not be read|no file/);
    assert.match(msg('outside.recording-policy.yaml'), /outside/);
    goodStillLinted(r.results);
  });

  it('a script over the size limit', () => {
    const d = workspace({ 'big.recording-policy.yaml': policyWith('big.ivr') });
    const fd = fs.openSync(path.join(d, 'big.ivr'), 'w');
    fs.ftruncateSync(fd, 100 * 1024 * 1024);
    fs.closeSync(fd);
    const r = lintJson(d);
    assert.match(findingsOf(r.results, 'big.recording-policy.yaml').find((x) => x.ruleId === 'script-not-found')!.message, /size limit/);
    assert.match(findingsOf(r.results, 'big.ivr')[0]?.message ?? '', /size limit/);
    goodStillLinted(r.results);
  });

  it('a script with 100,000 steps and a goto cycle', () => {
    const steps = ['lang en', 'top:', 'say n "This call is recorded for staff training."'];
    for (let i = 0; i < 100000; i++) steps.push(i % 2 ? 'goto top' : `l${i}:`);
    const d = workspace({ 'many.recording-policy.yaml': policyWith('many.ivr'), 'many.ivr': steps.join('\n') + '\nrecord start\n' });
    const r = lintJson(d);
    assert.ok(r.code === 0 || r.code === 1);
    goodStillLinted(r.results);
  });

  it('a broken, a huge and a self-referencing .reclintrc.yaml', () => {
    for (const rc of ['rules: [unclosed\n', 'x: ' + 'y'.repeat(2 * 1024 * 1024) + '\n', 'a: &a [*a]\n']) {
      const d = workspace({ '.reclintrc.yaml': rc });
      const r = lintJson(d);
      assert.ok(r.code === 1 || r.code === 2, `exit ${r.code}`);
      const all = r.results.flatMap((x) => x.findings.map((f) => ({ ...f, file: x.file })));
      assert.ok(all.some((f) => f.file === '.reclintrc.yaml') || /reclintrc/.test(r.err), JSON.stringify(all).slice(0, 300) + r.err);
    }
  });
});
