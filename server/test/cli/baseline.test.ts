/**
 * A baseline for an existing estate (issue 17, item 5): `--suppress-all` / `--suppress-rule` write
 * `reclint-suppressions.json` (counts per file and rule), later runs report only what is beyond it,
 * `--prune-suppressions` lowers what was fixed; the editor honours the file too.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { applyBaseline, formatBaseline, parseBaseline, updateBaseline } from '../../src/core/baseline';
import type { Finding } from '../../src/core/findings';
import { SERVER, TestClient, uriOf } from '../lsp/client';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'server/out/cli.js');
const SVC = 'contact-centre/service.recording-policy.yaml';

function run(dir: string, args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const json = (dir: string, args: string[] = []) => JSON.parse(run(dir, ['--format', 'json', ...args, '.']).out) as { results: { file: string; findings: { ruleId: string }[] }[] };
const count = (o: ReturnType<typeof json>) => o.results.reduce((n, r) => n + r.findings.length, 0);

describe('baseline (reclint-suppressions.json)', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reclint-baseline-'));
    fs.cpSync(path.join(ROOT, 'examples'), dir, { recursive: true });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('--suppress-all writes the counts; the next run reports nothing beyond them and says how many are baselined', () => {
    const all = count(json(dir));
    assert.ok(all > 0);
    const w = run(dir, ['--suppress-all', '.']);
    assert.equal(w.code, 0, w.err);
    const b = parseBaseline(fs.readFileSync(path.join(dir, 'reclint-suppressions.json'), 'utf8')).baseline;
    assert.deepEqual(b[SVC]['purpose-not-announced'], { count: 2 });
    assert.equal(count(json(dir)), 0);
    const s = run(dir, ['.']);
    assert.equal(s.code, 0);
    assert.match(s.out, new RegExp(`${all} more findings are in the baseline \\(reclint-suppressions\\.json\\) and not shown`));
  });

  it('a new finding of a baselined rule in that file reports all of that rule there again', () => {
    run(dir, ['--suppress-all', '.']);
    const p = path.join(dir, SVC);
    // A second unknown-legal-basis alias in the same file.
    fs.writeFileSync(p, fs.readFileSync(p, 'utf8').replace('legal_basis: legitimate-interests', 'legal_basis: gerechtvaardigd-belang'));
    const o = json(dir);
    const ids = o.results.find((r) => r.file === SVC)!.findings.map((f) => f.ruleId);
    assert.deepEqual(ids.filter((i) => i === 'unknown-legal-basis').length, 2);
    assert.ok(!ids.includes('invalid-duration'), 'other baselined rules stay out');
  });

  it('--suppress-rule baselines one rule only; --prune-suppressions lowers what was fixed', () => {
    run(dir, ['--suppress-rule', 'vague-purpose', '.']);
    const b = parseBaseline(fs.readFileSync(path.join(dir, 'reclint-suppressions.json'), 'utf8')).baseline;
    assert.deepEqual(Object.keys(b), ['contact-centre/ivr/service.ivr']);
    assert.ok(json(dir).results.some((r) => r.findings.some((f) => f.ruleId === 'invalid-duration')));
    // Fix one vague phrase: the entry counts 2, 1 is left; prune lowers it to 1.
    const ivr = path.join(dir, 'contact-centre/ivr/service.ivr');
    fs.writeFileSync(ivr, fs.readFileSync(ivr, 'utf8').replace('training and quality purposes', 'staff training'));
    const stale = run(dir, ['.']);
    assert.match(stale.err, /1 entry of reclint-suppressions\.json counts more findings than there are now/);
    run(dir, ['--prune-suppressions', '.']);
    assert.equal(JSON.stringify(parseBaseline(fs.readFileSync(path.join(dir, 'reclint-suppressions.json'), 'utf8')).baseline), JSON.stringify({ 'contact-centre/ivr/service.ivr': { 'vague-purpose': { count: 1 } } }));
  });

  it('--prune-suppressions over one file leaves the other files\' entries alone', () => {
    run(dir, ['--suppress-all', '.']);
    const before = fs.readFileSync(path.join(dir, 'reclint-suppressions.json'), 'utf8');
    run(dir, ['--prune-suppressions', 'contact-centre/ivr/sales.ivr']);
    assert.equal(fs.readFileSync(path.join(dir, 'reclint-suppressions.json'), 'utf8'), before);
    assert.doesNotMatch(run(dir, ['contact-centre/ivr/sales.ivr']).err, /count more findings/);
  });

  it('the cap counts what the baseline leaves: a new error beyond 1,000 baselined findings is shown', () => {
    const p = path.join(dir, 'many.recording-policy.yaml');
    const triggers = Array.from({ length: 1500 }, (_, i) => `  t${i}: { description: Event ${i} }`).join('\n');
    fs.writeFileSync(p, `policy: 1\ncontroller: Acme\ntriggers:\n${triggers}\nrecordings:\n  - id: x\n    mode: none\n`);
    run(dir, ['--suppress-all', '.']);
    // A schema error, a rule this file had none of: beyond the baseline, and beyond the first 1,000 findings.
    fs.writeFileSync(p, fs.readFileSync(p, 'utf8').replace('    mode: none\n', '    mode: sometimes\n'));
    const r = JSON.parse(run(dir, ['--format', 'json', 'many.recording-policy.yaml']).out) as { results: { findings: { ruleId: string }[] }[] };
    const ids = r.results[0].findings.map((f) => f.ruleId);
    assert.ok(ids.includes('schema'), ids.join(', '));
    assert.ok(!ids.includes('trigger-unused') && !ids.includes('too-many-findings'), 'the 1,500 baselined findings stay out, and so does their count');
  });

  it('a broken baseline file is a usage error (exit 2), not silently ignored', () => {
    fs.writeFileSync(path.join(dir, 'reclint-suppressions.json'), '{ nope');
    const r = run(dir, ['.']);
    assert.equal(r.code, 2);
    assert.match(r.err, /^reclint: cannot use reclint-suppressions\.json: it is not JSON/);
  });

  it('the editor honours the file, and follows it when it changes', async () => {
    if (!fs.existsSync(SERVER)) throw new Error('run `npm run build` first');
    run(dir, ['--suppress-rule', 'invalid-duration', '.']);
    const client = new TestClient();
    try {
      await client.initialize([dir]);
      const uri = uriOf(path.join(dir, SVC));
      await client.until('policy diagnostics', () => client.diags(uri).some((d) => d.code === 'retention-trigger-undefined'), 20000);
      assert.deepEqual(client.diags(uri).filter((d) => d.code === 'invalid-duration'), []);
      fs.rmSync(path.join(dir, 'reclint-suppressions.json'));
      await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(path.join(dir, 'reclint-suppressions.json')), type: 3 }] });
      await client.until('invalid-duration back', () => client.diags(uri).some((d) => d.code === 'invalid-duration'), 20000);
    } finally {
      await client.stop();
    }
  });
});

describe('baseline: the counting', () => {
  const f = (uri: string, ruleId: string, start: number): Finding => ({ ruleId, severity: 'error', message: 'm', uri, span: { start, end: start + 1 }, legalSource: '', docsUrl: '', related: [], suggestions: [] });
  const id = (u: string) => u;
  it('at or under the count: left out; over it: all reported; the file text is sorted and stable', () => {
    const b = updateBaseline([f('a', 'r', 1), f('a', 'r', 2), f('b', 's', 1)], {}, id, { rules: 'all' });
    assert.equal(formatBaseline(b), '{\n  "a": {\n    "r": {\n      "count": 2\n    }\n  },\n  "b": {\n    "s": {\n      "count": 1\n    }\n  }\n}\n');
    assert.deepEqual(applyBaseline([f('a', 'r', 1)], b, id).findings, []);
    assert.equal(applyBaseline([f('a', 'r', 1), f('a', 'r', 2), f('a', 'r', 3)], b, id).findings.length, 3);
    assert.deepEqual(applyBaseline([f('a', 'r', 1)], b, id, new Set(['a', 'b'])).stale, [['a', 'r', 2, 1], ['b', 's', 1, 0]]);
    assert.deepEqual(applyBaseline([f('a', 'r', 1)], b, id, new Set(['a'])).stale, [['a', 'r', 2, 1]], 'only the files linted');
  });
  it('reads only entries of its own shape', () => {
    assert.equal(JSON.stringify(parseBaseline('{"a":{"r":{"count":2},"s":{"count":"x"},"t":{"count":0}},"b":3}').baseline), '{"a":{"r":{"count":2}}}');
    // `__proto__` and its kin never become properties (no prototype pollution through the file).
    const polluted = parseBaseline('{"__proto__":{"invalid-duration":{"count":1}},"a":{"constructor":{"count":1},"r":{"count":1}}}').baseline;
    assert.equal(JSON.stringify(polluted), '{"a":{"r":{"count":1}}}');
    assert.equal(({} as Record<string, unknown>)['invalid-duration'], undefined);
    assert.match(parseBaseline('[]').problem!, /not a JSON object/);
  });
});
