/**
 * `--cache`: the report is byte for byte the report without the cache, cold and warm, after a policy,
 * a script or the config changed, with a broken cache file and on worker threads; kept units are
 * really reused (a planted message shows up) and dropped when an input changes.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'server/out/cli.js');

function run(cwd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const made: string[] = [];
after(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

/** A copy of examples/ and the scenario folders to change freely. */
function project(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'reclint-cache-'));
  made.push(d);
  fs.cpSync(path.join(ROOT, 'examples'), path.join(d, 'examples'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'server/test/fixtures/scenarios'), path.join(d, 'scenarios'), { recursive: true });
  return d;
}

const POLICY = 'examples/contact-centre/service.recording-policy.yaml';
const SCRIPT = 'examples/contact-centre/ivr/service.ivr';

/** Plant a marker in every kept finding of one file's unit: seen in the report only if the unit is reused. */
function plant(cacheFile: string, uri: string): void {
  const data = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
  const e = data.entries[uri];
  assert.ok(e, `the cache holds ${uri}`);
  assert.ok(e.findings.length > 0);
  for (const f of e.findings) f.message = `PLANTED ${f.message}`;
  fs.writeFileSync(cacheFile, JSON.stringify(data));
}

describe('reclint --cache', function () {
  this.timeout(120000);
  before(function () {
    if (!fs.existsSync(CLI)) throw new Error('server/out/cli.js is missing: run `npm run build` first');
  });

  const ARGS = ['examples', 'scenarios', '--format', 'json'];

  it('gives the report of a run without the cache, cold and warm, and reuses kept units', () => {
    const d = project();
    const plain = run(d, ARGS);
    assert.equal(plain.code, 1, plain.err);
    const cold = run(d, [...ARGS, '--cache']);
    assert.equal(cold.out, plain.out);
    assert.equal(cold.code, plain.code);
    assert.equal(cold.err, '');
    const file = path.join(d, '.reclintcache');
    assert.ok(fs.existsSync(file));
    const warm = run(d, [...ARGS, '--cache']);
    assert.equal(warm.out, plain.out);
    plant(file, POLICY);
    assert.match(run(d, [...ARGS, '--cache']).out, /PLANTED/, 'a kept unit is reused');
  });

  it('lints a policy again when it changes, and only it', () => {
    const d = project();
    run(d, [...ARGS, '--cache']);
    const file = path.join(d, '.reclintcache');
    plant(file, POLICY);
    plant(file, 'scenarios/spec-example/acme.recording-policy.yaml');
    const p = path.join(d, POLICY);
    fs.writeFileSync(p, fs.readFileSync(p, 'utf8').replace('max: 90 days', 'max: 91 days'));
    const warm = run(d, [...ARGS, '--cache']);
    const plain = run(d, ARGS);
    const results = (JSON.parse(warm.out) as { results: { file: string; findings: { message: string }[] }[] }).results;
    const planted = results.filter((r) => r.findings.some((m) => m.message.startsWith('PLANTED'))).map((r) => r.file);
    assert.ok(!planted.includes(POLICY), 'the changed policy was linted again');
    assert.ok(planted.includes('scenarios/spec-example/acme.recording-policy.yaml'), 'the unchanged one was kept');
    fs.rmSync(file);
    assert.equal(run(d, [...ARGS, '--cache']).out, plain.out);
  });

  it('lints the policies that read a script again when the script changes', () => {
    const d = project();
    run(d, [...ARGS, '--cache']);
    plant(path.join(d, '.reclintcache'), POLICY);
    const s = path.join(d, SCRIPT);
    // Move the notice after `record start`: the policy's findings change.
    fs.writeFileSync(s, fs.readFileSync(s, 'utf8').replace(/record start/i, 'say "Welkom."\nrecord start'));
    const warm = run(d, [...ARGS, '--cache']);
    assert.doesNotMatch(warm.out, /PLANTED/);
    assert.equal(warm.out, run(d, ARGS).out);
  });

  it('follows a change of .reclintrc.yaml', () => {
    const d = project();
    const first = run(d, [...ARGS, '--cache']);
    fs.writeFileSync(path.join(d, '.reclintrc.yaml'), 'root: true\nrules:\n  purpose-not-announced: off\n');
    const warm = run(d, [...ARGS, '--cache']);
    assert.notEqual(warm.out, first.out);
    assert.equal(warm.out, run(d, ARGS).out);
  });

  it('ignores a broken cache file and writes a good one', () => {
    const d = project();
    fs.writeFileSync(path.join(d, '.reclintcache'), '{"format": 1, "key": [oops');
    const r = run(d, [...ARGS, '--cache']);
    assert.equal(r.out, run(d, ARGS).out);
    assert.equal(r.err, '');
    assert.doesNotThrow(() => JSON.parse(fs.readFileSync(path.join(d, '.reclintcache'), 'utf8')));
  });

  it('drops entries that are not its own shape (a hand-edited or foreign cache) and lints those files again', () => {
    const d = project();
    const plain = run(d, ARGS);
    run(d, [...ARGS, '--cache']);
    const file = path.join(d, '.reclintcache');
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    data.entries[POLICY].findings = [1, { ruleId: 'x' }];
    data.entries[SCRIPT].reads = 'nonsense';
    fs.writeFileSync(file, JSON.stringify(data));
    const r = run(d, [...ARGS, '--cache']);
    assert.equal(r.err, '');
    assert.equal(r.out, plain.out);
  });

  it('puts .reclintcache inside a folder given as --cache-location, and reports a cache it cannot write', () => {
    const d = project();
    fs.mkdirSync(path.join(d, 'tmp'));
    run(d, [...ARGS, '--cache', '--cache-location', 'tmp']);
    assert.ok(fs.existsSync(path.join(d, 'tmp/.reclintcache')));
    fs.writeFileSync(path.join(d, 'a-file'), '');
    const r = run(d, [...ARGS, '--cache', '--cache-location', 'a-file/below-a-file']);
    assert.equal(r.out, run(d, ARGS).out);
    assert.equal(r.code, 1);
    assert.match(r.err, /could not write the cache/);
  });

  it('gives the same report from worker threads, cold and warm', () => {
    const d = project();
    const plain = run(d, ARGS);
    assert.equal(run(d, [...ARGS, '--cache'], { RECLINT_WORKERS: '3' }).out, plain.out);
    assert.equal(run(d, [...ARGS, '--cache'], { RECLINT_WORKERS: '3' }).out, plain.out);
  });

  it('every scenario folder gives its expected.txt through the CLI: plain, cache cold, cache warm, and on two workers', () => {
    const d = project();
    for (const name of fs.readdirSync(path.join(d, 'scenarios')).sort()) {
      const dir = path.join(d, 'scenarios', name);
      if (!fs.existsSync(path.join(dir, 'expected.txt'))) continue;
      const expected = fs.readFileSync(path.join(dir, 'expected.txt'), 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean).sort();
      const lines = (out: string) =>
        (JSON.parse(out) as { results: { file: string; findings: { ruleId: string; line: number; column: number; endLine: number; endColumn: number }[] }[] }).results
          .filter((r) => !r.file.endsWith('.reclintrc.yaml'))
          .flatMap((r) => r.findings.map((f) => `${r.file} ${f.ruleId} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`))
          .sort();
      const args = ['.', '--format', 'json'];
      const cacheArgs = [...args, '--cache', '--cache-location', path.join(d, `cache-${name}`)];
      for (const [mode, a, env] of [['plain', args, {}], ['cache cold', cacheArgs, {}], ['cache warm', cacheArgs, {}], ['two workers', args, { RECLINT_WORKERS: '2' }]] as const) {
        assert.deepEqual(lines(run(dir, [...a], env).out), expected, `${name}, ${mode}`);
      }
    }
  });

  it('lints a policy again when any file of its flow set changes, also one reached through flows.url_base', () => {
    const d = project();
    const set = path.join(d, 'examples/call-flows/twiml-set');
    const args = ['examples/call-flows', '--format', 'json'];
    const plain = run(d, args).out;
    assert.equal(run(d, [...args, '--cache']).out, plain);
    plant(path.join(d, '.reclintcache'), 'examples/call-flows/twiml-set/klantenservice.recording-policy.yaml');
    // keuze.twiml is reached only through the absolute URL that url_base maps: the notice goes, so the key-press path records unannounced too.
    const keuze = path.join(set, 'keuze.twiml');
    fs.writeFileSync(keuze, fs.readFileSync(keuze, 'utf8').replace(/<Say[^>]*>Dit gesprek[^<]*<\/Say>/, '<Say language="nl-NL">Een ogenblik.</Say>'));
    const warm = run(d, [...args, '--cache']).out;
    assert.doesNotMatch(warm, /PLANTED/, 'the policy unit was linted again');
    assert.equal(warm, run(d, args).out);
    assert.notEqual(warm, plain);
  });

  it('is not used by --fix', () => {
    const d = project();
    run(d, [...ARGS, '--cache']);
    plant(path.join(d, '.reclintcache'), POLICY);
    const r = run(d, ['examples', '--fix-dry-run', '--cache', '--format', 'json']);
    assert.doesNotMatch(r.out, /PLANTED/);
  });
});
