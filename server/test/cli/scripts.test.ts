/**
 * Scripts linted through their policies (issue 17, item 1): `reclint <script>` reports what `reclint
 * <its folder>` reports for it, a script no policy names gets `script-not-named`, and `--stdin
 * --stdin-filename` lints standard input as that file.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'server/out/cli.js');

interface Out { results: { file: string; findings: { ruleId: string; line: number; column: number; endLine: number; endColumn: number; message: string; severity: string }[] }[] }

function reclint(args: string[], opts: { cwd?: string; input?: string } = {}): { code: number | null; out: Out; err: string } {
  const r = spawnSync(process.execPath, [CLI, '--format', 'json', ...args], { cwd: opts.cwd ?? ROOT, encoding: 'utf8', input: opts.input });
  return { code: r.status, out: r.stdout ? (JSON.parse(r.stdout) as Out) : { results: [] }, err: r.stderr };
}
const of = (o: Out, file: string) => (o.results.find((r) => r.file === file)?.findings ?? []).map((f) => `${f.ruleId} ${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.message}`);

describe('scripts linted through their policies', () => {
  const SALES = 'examples/contact-centre/ivr/sales.ivr';

  it('reclint <script> reports what reclint <its folder> reports for it', () => {
    const alone = reclint([SALES]);
    const folder = reclint(['examples']);
    assert.equal(alone.code, 1, alone.err);
    assert.ok(of(alone.out, SALES).some((l) => l.startsWith('announcement-after-recording 22:1')));
    assert.deepEqual(of(alone.out, SALES), of(folder.out, SALES));
    // The policy that names it is linted with it, and reported too.
    assert.deepEqual(of(alone.out, 'examples/contact-centre/sales.recording-policy.yaml'), of(folder.out, 'examples/contact-centre/sales.recording-policy.yaml'));
  });

  it('from inside the script\'s folder, the project is found upward (the config root, else the git root)', () => {
    const alone = reclint(['sales.ivr'], { cwd: path.join(ROOT, 'examples/contact-centre/ivr') });
    assert.ok(of(alone.out, 'sales.ivr').some((l) => l.startsWith('announcement-after-recording 22:1')), JSON.stringify(alone.out));
  });

  it('a script no policy names: one script-not-named info at its first line, exit 0; config can turn it off', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reclint-lone-'));
    try {
      fs.writeFileSync(path.join(dir, 'lone.ivr'), '# a flow nobody wrote a policy for\nlang en\nsay n "This call is recorded."\nrecord start\n');
      fs.mkdirSync(path.join(dir, '.git'));
      const r = reclint(['lone.ivr'], { cwd: dir });
      assert.equal(r.code, 0);
      const f = r.out.results[0].findings;
      assert.deepEqual(f.map((x) => `${x.ruleId} ${x.severity} ${x.line}:${x.column}-${x.endLine}:${x.endColumn}`), ['script-not-named info 1:1-1:35']);
      assert.match(f[0].message, /^No recording policy names this script, so nothing says why its calls are recorded \(GDPR art\. 5\(1\)\(b\), 13\)\./);
      assert.deepEqual(reclint(['--rule', 'script-not-named:off', 'lone.ivr'], { cwd: dir }).out.results[0].findings, []);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--stdin --stdin-filename: a script as that file, read by its policy', () => {
    const text = fs.readFileSync(path.join(ROOT, SALES), 'utf8');
    const bad = reclint(['--stdin', '--stdin-filename', SALES], { input: text });
    assert.deepEqual(of(bad.out, SALES), of(reclint([SALES]).out, SALES));
    // The text on standard input counts, not the file on disk.
    const good = reclint(['--stdin', '--stdin-filename', SALES], { input: text.replace(/record start/g, 'record stop') });
    assert.deepEqual(of(good.out, SALES).filter((l) => l.startsWith('announcement-after-recording')), []);
  });

  it('--stdin --stdin-filename: a policy as that file', () => {
    const P = 'examples/contact-centre/service.recording-policy.yaml';
    const r = reclint(['--stdin', '--stdin-filename', P], { input: fs.readFileSync(path.join(ROOT, P), 'utf8') });
    assert.equal(r.code, 1);
    assert.deepEqual(of(r.out, P), of(reclint([P]).out, P));
  });

  it('--fix <script> fixes the script, never the policies read only to lint it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reclint-fixscript-'));
    try {
      fs.cpSync(path.join(ROOT, 'examples/contact-centre'), dir, { recursive: true });
      const policy = fs.readFileSync(path.join(dir, 'sales.recording-policy.yaml'), 'utf8');
      const svc = fs.readFileSync(path.join(dir, 'service.recording-policy.yaml'), 'utf8');
      const r = spawnSync(process.execPath, [CLI, '--fix', 'ivr/sales.ivr', 'ivr/service.ivr'], { cwd: dir, encoding: 'utf8' });
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      assert.notEqual(fs.readFileSync(path.join(dir, 'ivr/sales.ivr'), 'utf8'), fs.readFileSync(path.join(ROOT, SALES), 'utf8'), 'the named script was fixed');
      assert.equal(fs.readFileSync(path.join(dir, 'sales.recording-policy.yaml'), 'utf8'), policy);
      assert.equal(fs.readFileSync(path.join(dir, 'service.recording-policy.yaml'), 'utf8'), svc);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--stdin misuse is a usage error (exit 2)', () => {
    for (const args of [['--stdin', 'x.recording-policy.yaml'], ['--stdin-filename', 'x.ivr'], ['--stdin', '--fix'], ['--stdin', '--cache']]) {
      const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', input: '' });
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, /^reclint: /);
    }
  });
});
