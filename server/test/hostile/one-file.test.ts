/**
 * One file must not take the run down (issue 20): a 300,000-item list in JSON and in YAML, a tagged
 * policy and a good one give exit 1, a located finding on each hostile file, and the good policy's
 * findings as when it is linted alone; a failure anywhere in one file's reading, linting, finishing
 * or formatting becomes one `internal-error` finding on that file.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lint } from '../../src/core/engine';
import { finishLint } from '../../src/core/finish';
import type { Finding } from '../../src/core/findings';
import { formatReport } from '../../src/cli/report';
import { FORMATTERS } from '../../src/format/index';
import { RULES } from '../../src/core/rules/index';
import { EMPTY_OPTIONS } from '../../src/core/config';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'server/out/cli.js');
const GOOD = fs.readFileSync(path.join(ROOT, 'examples/contact-centre/service.recording-policy.yaml'), 'utf8');
const N = 300_000;

interface JsonFinding { ruleId: string; line: number; column: number; message: string; severity: string }
interface JsonOut { results: { file: string; findings: JsonFinding[] }[] }

function run(dir: string, args: string[]): { code: number | null; out: JsonOut; err: string } {
  const r = spawnSync(process.execPath, [CLI, '--format', 'json', ...args], { cwd: dir, encoding: 'utf8', timeout: 120000, maxBuffer: 1 << 28 });
  return { code: r.status, out: r.stdout ? (JSON.parse(r.stdout) as JsonOut) : { results: [] }, err: r.stderr };
}

describe('one file cannot take the run down', function () {
  this.timeout(180000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reclint-one-file-'));
    fs.cpSync(path.join(ROOT, 'examples/contact-centre/ivr'), path.join(dir, 'ivr'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'good.recording-policy.yaml'), GOOD);
    const langs = Array.from({ length: N }, (_, i) => `l${i % 1000}`);
    fs.writeFileSync(path.join(dir, 'big.recording-policy.json'), JSON.stringify({ policy: 1, controller: 'Acme', languages: langs, recordings: [] }));
    fs.writeFileSync(path.join(dir, 'big.recording-policy.yaml'), `policy: 1\ncontroller: Acme\nlanguages:\n${langs.map((l) => `  - ${l}`).join('\n')}\nrecordings: []\n`);
    fs.writeFileSync(path.join(dir, 'tag.recording-policy.yaml'), 'policy: 1\ncontroller: !include secret.yaml\nrecordings: []\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('300,000-item lists, a tag and a good policy: exit 1, a located finding on each, the good one unchanged', () => {
    const all = run(dir, ['.']);
    assert.equal(all.code, 1, all.err);
    assert.doesNotMatch(all.err, /internal error/);
    const of = (f: string) => all.out.results.find((r) => r.file === f)?.findings ?? [];
    for (const big of ['big.recording-policy.json', 'big.recording-policy.yaml']) {
      const fs_ = of(big);
      // 1,000 listed, then one that counts the rest.
      assert.equal(fs_.length, 1001, big);
      const capped = fs_.at(-1)!;
      assert.equal(capped.ruleId, 'too-many-findings');
      assert.equal(capped.severity, 'error');
      assert.match(capped.message, /more findings \(.*errors.*\) than the 1,000 shown/);
      assert.ok(capped.line > 1 || capped.column > 1, 'the count points at the first finding it leaves out');
    }
    assert.deepEqual(of('tag.recording-policy.yaml').map((f) => `${f.ruleId} ${f.line}:${f.column}`), ['yaml-syntax 2:13']);
    const alone = run(dir, ['good.recording-policy.yaml']);
    assert.deepEqual(of('good.recording-policy.yaml'), alone.out.results.find((r) => r.file === 'good.recording-policy.yaml')?.findings);
    assert.ok(of('good.recording-policy.yaml').length > 0);
  });

  it('--max-findings-per-file sets the cap', () => {
    fs.writeFileSync(path.join(dir, 'small.recording-policy.json'), JSON.stringify({ policy: 1, controller: 'Acme', languages: Array.from({ length: 50 }, (_, i) => `l${i}`), recordings: [] }));
    const r = run(dir, ['--max-findings-per-file', '10', 'small.recording-policy.json']);
    const f = r.out.results[0].findings;
    assert.equal(f.length, 11);
    assert.equal(f.at(-1)!.ruleId, 'too-many-findings');
  });
});

describe('a failure stays in its file', () => {
  const P = (n: string) => `${n}.recording-policy.yaml`;
  const POLICY = 'policy: 1\ncontroller: Acme\nrecordings:\n  - id: x\n    mode: all\n    announcement: { script: a.ivr }\n';

  it('reading (a host that throws for one script): internal-error on that policy, the other linted', () => {
    const r = lint({
      files: [{ uri: P('bad'), text: POLICY }, { uri: P('good'), text: POLICY.replace('a.ivr', 'b.ivr') }],
      options: () => EMPTY_OPTIONS,
      readScript: (from, rel) => {
        if (rel === 'a.ivr') throw new Error('the disk went away');
        return { ok: false, uri: rel, reason: 'not-found' };
      },
    });
    const bad = r.findings.filter((f) => f.uri === P('bad'));
    assert.deepEqual(bad.map((f) => `${f.ruleId} ${f.messageId} ${f.span.start}`), ['internal-error file-failed 0']);
    assert.match(bad[0].message, /^reclint failed on this file and checked nothing in it\. The other files are still linted; please report this, with the error: the disk went away$/);
    assert.ok(r.findings.some((f) => f.uri === P('good') && f.ruleId === 'script-not-found'));
    assert.ok(r.internalErrors >= 1);
  });

  it('finishing (options that throw for one file): internal-error on that file, the other finished', () => {
    const f = (uri: string): Finding => ({ ruleId: 'schema', severity: 'error', message: 'm', uri, span: { start: 3, end: 4 }, legalSource: '', docsUrl: '', related: [], suggestions: [] });
    const out = finishLint([[f('a.recording-policy.yaml')], [f('b.recording-policy.yaml')]], new Map(), (uri) => {
      if (uri.startsWith('a')) throw new Error('bad options');
      return EMPTY_OPTIONS;
    });
    assert.deepEqual(out.map((x) => `${x.uri} ${x.ruleId}`), ['a.recording-policy.yaml internal-error', 'b.recording-policy.yaml schema']);
  });

  it('formatting (a formatter that fails on one file): that file reported as failed, the others as usual', () => {
    const f = (uri: string): Finding => ({ ruleId: 'schema', severity: 'error', message: 'm', uri, span: { start: 0, end: 1 }, legalSource: '', docsUrl: '', related: [], suggestions: [] });
    const picky = (input: Parameters<typeof FORMATTERS.json>[0]) => {
      if (input.findings.some((x) => x.uri === 'a.recording-policy.yaml' && x.ruleId === 'schema')) throw new Error('cannot place it');
      return FORMATTERS.json(input);
    };
    const r = formatReport(picky, { findings: [f('a.recording-policy.yaml'), f('b.recording-policy.yaml')], files: ['a.recording-policy.yaml', 'b.recording-policy.yaml'], texts: new Map([['a.recording-policy.yaml', 'x: 1\n'], ['b.recording-policy.yaml', 'x: 1\n']]), rules: RULES.map((x) => x.meta), version: '0', color: false });
    const out = JSON.parse(r.text) as JsonOut;
    assert.deepEqual(out.results.map((x) => `${x.file} ${x.findings.map((y) => y.ruleId).join(',')}`), ['a.recording-policy.yaml internal-error', 'b.recording-policy.yaml schema']);
  });
});
