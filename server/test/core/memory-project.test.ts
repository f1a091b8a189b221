/** The in-memory project (what the playground lints with) gives the CLI's findings for the same files. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MemoryProject, normalisePath } from '../../src/core/memory-project';
import { LineIndex } from '../../src/core/text';

const REPO = path.resolve(__dirname, '../../..');
const CLI = path.join(REPO, 'server/out/cli.js');

function filesUnder(dir: string, base = dir, out = new Map<string, string>()): Map<string, string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) filesUnder(abs, base, out);
    else if (e.name !== 'README.md') out.set(path.relative(base, abs).split(path.sep).join('/'), fs.readFileSync(abs, 'utf8'));
  }
  return out;
}

describe('MemoryProject', () => {
  for (const example of ['contact-centre', 'clean', ...fs.readdirSync(path.join(REPO, 'examples/call-flows'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `call-flows/${d.name}`)]) {
    it(`lints examples/${example} as \`reclint --format json .\` does there`, function () {
      if (!fs.existsSync(CLI)) throw new Error('server/out/cli.js is missing: npm run build');
      const cwd = path.join(REPO, 'examples', example);
      const cli = JSON.parse(spawnSync(process.execPath, [CLI, '--format', 'json', '.'], { cwd, encoding: 'utf8' }).stdout) as { results: { file: string; findings: { ruleId: string; line: number; column: number; endLine: number; endColumn: number; message: string }[] }[] };
      const expected = cli.results.flatMap((r) => r.findings.map((f) => `${r.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.ruleId} ${f.message}`));
      const files = filesUnder(cwd);
      const got = new MemoryProject(files).lint().findings.map((f) => {
        const idx = new LineIndex(files.get(f.uri) ?? '');
        const s = idx.positionAt(f.span.start);
        const e = idx.positionAt(f.span.end);
        return `${f.uri}:${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1} ${f.ruleId} ${f.message}`;
      });
      assert.deepEqual(got.sort(), expected.sort());
    });
  }

  it('refuses a script path that leaves the project, as the disk host does', () => {
    const p = new MemoryProject({ 'a/p.recording-policy.yaml': '', 'x.ivr': 'say a "b"\n' });
    assert.deepEqual(p.readScript('a/p.recording-policy.yaml', '../x.ivr'), { ok: true, uri: 'x.ivr', text: 'say a "b"\n' });
    assert.equal(p.readScript('a/p.recording-policy.yaml', '../../x.ivr').ok, false);
    assert.equal((p.readScript('a/p.recording-policy.yaml', '../../x.ivr') as { reason: string }).reason, 'outside-root');
    assert.equal((p.readScript('a/p.recording-policy.yaml', 'https://example.org/x.ivr') as { reason: string }).reason, 'not-found');
    assert.equal(normalisePath('a/./b/../c'), 'a/c');
    assert.equal(normalisePath('../a'), undefined);
  });

  it('gives a script that no policy reads `script-not-named`, as the editor does for an open script', () => {
    const got = new MemoryProject({ 'lone.ivr': 'say hallo "Welkom."\n' }).lint().findings;
    assert.deepEqual(got.map((f) => [f.ruleId, f.uri, f.span.start, f.span.end, f.messageId]), [['script-not-named', 'lone.ivr', 0, 19, 'not-named']]);
  });

  it('reads its `.reclintrc.yaml`: a rule turned off is off', () => {
    const files = filesUnder(path.join(REPO, 'examples/contact-centre'));
    const all = new MemoryProject(files).lint().findings;
    assert.ok(all.some((f) => f.ruleId === 'vague-purpose'));
    files.set('.reclintrc.yaml', 'rules:\n  vague-purpose: off\n');
    const off = new MemoryProject(files).lint().findings;
    assert.equal(off.filter((f) => f.ruleId === 'vague-purpose').length, 0);
    assert.equal(off.length, all.length - all.filter((f) => f.ruleId === 'vague-purpose').length);
  });

  // Each example folder with its own `.reclintrc.yaml` at the top: the in-memory project reads one config.
  for (const [example, controller] of [['clean', undefined], ['contact-centre', undefined], ['call-flows/studio', 'Corrib Health Insurance DAC']] as const) {
    it(`writes the register of examples/${example} as \`reclint register\` does there (md and csv)`, () => {
      const cwd = path.join(REPO, 'examples', example);
      const files = filesUnder(cwd);
      for (const format of ['md', 'csv'] as const) {
        const cli = spawnSync(process.execPath, [CLI, 'register', '--format', format, '--no-bom', ...(controller ? ['--controller', controller] : []), '.'], { cwd, encoding: 'utf8' });
        assert.equal(cli.status, 0, cli.stderr);
        assert.equal(new MemoryProject(files).register(format, { version: '0.1.0', controller }), cli.stdout);
      }
    });
  }

  it('fixes a file to a fixed point as `reclint --fix` does', () => {
    const files = filesUnder(path.join(REPO, 'examples/contact-centre'));
    const r = new MemoryProject(files).fix('service.recording-policy.yaml');
    assert.ok(r.fixes > 0);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reclint-mem-'));
    fs.cpSync(path.join(REPO, 'examples/contact-centre'), dir, { recursive: true });
    spawnSync(process.execPath, [CLI, '--fix', 'service.recording-policy.yaml'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.text, fs.readFileSync(path.join(dir, 'service.recording-policy.yaml'), 'utf8'));
  });
});
