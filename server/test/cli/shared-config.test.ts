/**
 * Shared configs (issue 17, item 4): `extends` (a built-in `reclint:*`, a YAML file, an npm package's
 * YAML config; never code), `overrides` with `files` globs, and `--print-config` with where each
 * value came from. The editor gets the same through the same host (see lsp/differential.test.ts).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'server/out/cli.js');

interface Out { results: { file: string; findings: { ruleId: string; severity: string; line: number; column: number; message: string }[] }[] }

function project(files: Record<string, string>): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'reclint-shared-'));
  fs.cpSync(path.join(ROOT, 'examples/contact-centre'), d, { recursive: true });
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(d, rel)), { recursive: true });
    fs.writeFileSync(path.join(d, rel), text);
  }
  return d;
}
function lint(dir: string, args: string[] = ['.']): Out {
  const r = spawnSync(process.execPath, [CLI, '--format', 'json', ...args], { cwd: dir, encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return JSON.parse(r.stdout) as Out;
}
const sev = (o: Out, file: string, rule: string) => (o.results.find((r) => r.file === file)?.findings ?? []).filter((f) => f.ruleId === rule).map((f) => f.severity);
const BASE = '.reclintrc.yaml';
const RC = fs.readFileSync(path.join(ROOT, 'examples/contact-centre/.reclintrc.yaml'), 'utf8');

describe('shared configs', function () {
  this.timeout(60000);
  const made: string[] = [];
  const mk = (files: Record<string, string>) => {
    const d = project(files);
    made.push(d);
    return d;
  };
  after(() => { for (const d of made) fs.rmSync(d, { recursive: true, force: true }); });

  it('extends: reclint:strict makes warnings errors; the file itself still wins', () => {
    assert.deepEqual(sev(lint(mk({})), 'ivr/service.ivr', 'vague-purpose'), ['warning', 'warning']);
    assert.deepEqual(sev(lint(mk({ [BASE]: `${RC}extends: reclint:strict\n` })), 'ivr/service.ivr', 'vague-purpose'), ['error', 'error']);
    assert.deepEqual(sev(lint(mk({ [BASE]: `${RC}extends: reclint:strict\nrules:\n  vague-purpose: info\n` })), 'ivr/service.ivr', 'vague-purpose'), ['info', 'info']);
  });

  it('extends: a YAML file beside it, and an npm package that ships one (its package.json `reclint` field)', () => {
    const file = mk({ [BASE]: `${RC}extends: ./shared/team.yaml\n`, 'shared/team.yaml': 'rules:\n  vague-purpose: "off"\n' });
    assert.deepEqual(sev(lint(file), 'ivr/service.ivr', 'vague-purpose'), []);
    const pkg = mk({
      [BASE]: `${RC}extends: ["@acme/reclint-config", reclint:recommended]\n`,
      'node_modules/@acme/reclint-config/package.json': JSON.stringify({ name: '@acme/reclint-config', reclint: 'config.yaml', main: 'index.js' }),
      'node_modules/@acme/reclint-config/config.yaml': 'rules:\n  invalid-duration: warning\n',
      'node_modules/@acme/reclint-config/index.js': 'throw new Error("reclint must never run this")\n',
    });
    assert.deepEqual(sev(lint(pkg), 'service.recording-policy.yaml', 'invalid-duration'), ['warning']);
  });

  it('overrides: per-folder severities, globs read from the config\'s folder; later entries win', () => {
    const d = mk({ [BASE]: `${RC}overrides:\n  - files: ["ivr/**"]\n    rules: { vague-purpose: error }\n  - files: ["ivr/service.ivr"]\n    rules: { vague-purpose: hint }\n  - files: ["*.recording-policy.yaml"]\n    rules: { invalid-duration: "off" }\n` });
    const o = lint(d);
    assert.deepEqual(sev(o, 'ivr/service.ivr', 'vague-purpose'), ['hint', 'hint']);
    assert.deepEqual(sev(o, 'service.recording-policy.yaml', 'invalid-duration'), []);
    assert.deepEqual(sev(o, 'service.recording-policy.yaml', 'retention-trigger-undefined'), ['error']);
  });

  it('a config that cannot be extended is reported at the name, in plain words', () => {
    const cases: [string, Record<string, string>, RegExp][] = [
      ['./missing.yaml', {}, /`\.\/missing\.yaml` cannot be found/],
      ['./code.js', { 'code.js': 'module.exports = {}' }, /not a YAML file; reclint reads configs as YAML only and never runs code/],
      ['reclint:lenient', {}, /`reclint:lenient` is not a built-in config/],
      ['./a.yaml', { 'a.yaml': 'extends: ./b.yaml\n', 'b.yaml': 'extends: ./a.yaml\n' }, /extends itself/],
    ];
    for (const [name, files, re] of cases) {
      const d = mk({ [BASE]: `${RC}extends: ${name}\n`, ...files });
      const f = lint(d).results.find((r) => r.file === BASE)?.findings ?? [];
      assert.equal(f.length, 1, `${name}: ${JSON.stringify(f)}`);
      assert.equal(f[0].ruleId, 'schema');
      assert.match(f[0].message, re, name);
      const line = RC.split('\n').length;
      assert.equal(f[0].line, line, `${name}: at the extends line`);
    }
  });

  it('--print-config: the settings of a file and where each came from', () => {
    const d = mk({ [BASE]: `${RC}extends: ./shared/team.yaml\noverrides:\n  - files: ["ivr/**"]\n    rules: { vague-purpose: error }\n`, 'shared/team.yaml': 'extends: reclint:strict\nrules:\n  access-undefined: "off"\n' });
    const r = spawnSync(process.execPath, [CLI, '--print-config', 'ivr/service.ivr', '--rule', 'ivr-syntax:warning'], { cwd: d, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const c = JSON.parse(r.stdout) as { file: string; linted: boolean; configs: { file: string; extends: string[] }[]; jurisdiction: { value: string; from: string }; rules: Record<string, { severity: string; from: string }> };
    assert.equal(c.file, 'ivr/service.ivr');
    assert.equal(c.linted, true);
    assert.deepEqual(c.configs.map((x) => [x.file, x.extends]), [['.reclintrc.yaml', ['./shared/team.yaml → reclint:strict', './shared/team.yaml']]]);
    assert.deepEqual(c.jurisdiction, { value: 'NL', from: '.reclintrc.yaml' });
    assert.deepEqual(c.rules['vague-purpose'], { severity: 'error', from: '.reclintrc.yaml, overrides[0]' });
    assert.deepEqual(c.rules['access-undefined'], { severity: 'off', from: './shared/team.yaml (extended by .reclintrc.yaml)' });
    assert.deepEqual(c.rules['balancing-test-missing'], { severity: 'error', from: './shared/team.yaml → reclint:strict (extended by .reclintrc.yaml)' });
    assert.deepEqual(c.rules['ivr-syntax'], { severity: 'warning', from: 'the command line (--rule)' });
    assert.deepEqual(c.rules['invalid-duration'], { severity: 'error', from: 'default' });
    for (const bad of ['missing.recording-policy.yaml', 'ivr']) {
      const e = spawnSync(process.execPath, [CLI, '--print-config', bad], { cwd: d, encoding: 'utf8' });
      assert.equal(e.status, 2, bad);
      assert.match(e.stderr, /^reclint: /);
    }
  });

  it('extends: a diamond of shared configs is read once each; a package path may not leave its package', () => {
    const names = Array.from({ length: 8 }, (_, i) => `./c${i}.yaml`);
    const files: Record<string, string> = { [BASE]: `${RC}extends: [${names.join(', ')}]\n` };
    for (let i = 0; i < 8; i++) files[`c${i}.yaml`] = `extends: [${names.filter((_, j) => j > i).join(', ')}]\n`;
    const d = mk(files);
    // Each file once: before, every path through the diamond was walked again (2^8 ways here), and
    // this did not finish; the suite's timeout is the guard, no time is asserted.
    assert.deepEqual(lint(d).results.find((r) => r.file === BASE)?.findings ?? [], []);
    const esc = mk({ [BASE]: `${RC}extends: pkg/../../../etc/x.yaml\n`, 'node_modules/pkg/package.json': '{}' });
    const f = lint(esc).results.find((r) => r.file === BASE)!.findings;
    assert.match(f[0].message, /leaves the package it names/);
  });
});
