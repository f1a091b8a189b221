/** The built `reclint` binary: exit codes, formats, SARIF validity, a broken file among good ones. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import { applyPatch } from 'diff';
import addFormats from 'ajv-formats';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'server/out/cli.js');
/** A copy of the OASIS schema (see server/test/data/README.md). */
const SARIF_SCHEMA = path.join(ROOT, 'server/test/data/sarif-schema-2.1.0.json');

function run(args: string[], cwd = ROOT, input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const made: string[] = [];
after(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

function tmpdir(files: Record<string, string>): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'reclint-cli-'));
  made.push(d);
  for (const [p, t] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(d, p)), { recursive: true });
    fs.writeFileSync(path.join(d, p), t);
  }
  return d;
}

const CLEAN = fs.readFileSync(path.join(ROOT, 'examples/clean/helpdesk.recording-policy.yaml'), 'utf8');
const CLEAN_IVR = fs.readFileSync(path.join(ROOT, 'examples/clean/helpdesk.ivr'), 'utf8');

describe('reclint CLI', () => {
  before(function () {
    if (!fs.existsSync(CLI)) throw new Error('server/out/cli.js is missing: run `npm run build` first');
  });

  it('exits 0 on the clean example, with no output', () => {
    const r = run(['examples/clean']);
    assert.equal(r.err, '');
    assert.equal(r.out, '');
    assert.equal(r.code, 0);
  });

  it('exits 1 on the examples and prints located findings', () => {
    const r = run(['examples']);
    assert.equal(r.code, 1, r.err);
    assert.match(r.out, /examples\/contact-centre\/service\.recording-policy\.yaml/);
    // A finding's message may wrap over lines (80 columns in a pipe): its rows are the position line and
    // the indented lines under it, and its rule id ends the last of them.
    const blocks = r.out.split(/\n(?=  \d+:\d+ )/);
    assert.ok(blocks.some((b) => /^  \d+:\d+ +error /.test(b) && /purpose-not-announced$/m.test(b)), r.out);
  });

  it('exits 2 on a missing path, with one line and no stack trace', () => {
    const r = run(['no/such/dir']);
    assert.equal(r.code, 2);
    assert.equal(r.err.trim().split('\n').length, 1);
    assert.match(r.err, /no such file or directory: no\/such\/dir/);
    assert.doesNotMatch(r.err, /\bat \w+ \(/);
  });

  it('exits 2 on an unknown flag', () => {
    const r = run(['--frobnicate']);
    assert.equal(r.code, 2);
    assert.match(r.err, /unknown option `--frobnicate`/);
  });

  it('--help lists every option and the exit codes; --version prints the version', () => {
    const h = run(['--help']);
    assert.equal(h.code, 0);
    for (const flag of ['--format', '--output-file', '--quiet', '--max-warnings', '--no-color', '--fix', '--fix-dry-run', '--config', '--rule', '--jurisdiction', '--version']) assert.match(h.out, new RegExp(flag));
    assert.match(h.out, /Exit codes/);
    assert.match(run(['--version']).out, /^\d+\.\d+\.\d+\n$/);
  });

  it('lints a broken file among good ones: a located yaml-syntax finding, the others still linted', () => {
    const d = tmpdir({
      'good.recording-policy.yaml': CLEAN,
      'helpdesk.ivr': CLEAN_IVR,
      'broken.recording-policy.yaml': 'policy: 1\ncontroller: [unclosed\n',
    });
    const r = run(['.', '--format', 'json'], d);
    assert.equal(r.code, 1, r.err);
    const j = JSON.parse(r.out);
    const broken = j.results.find((x: { file: string }) => x.file === 'broken.recording-policy.yaml');
    assert.equal(broken.findings[0].ruleId, 'yaml-syntax');
    assert.ok(broken.findings[0].line >= 2);
    const good = j.results.find((x: { file: string }) => x.file === 'good.recording-policy.yaml');
    assert.deepEqual(good.findings, []);
  });

  it('writes SARIF 2.1.0 that validates against the official schema', () => {
    const r = run(['examples', '--format', 'sarif']);
    assert.equal(r.code, 1);
    const log = JSON.parse(r.out);
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(fs.readFileSync(SARIF_SCHEMA, 'utf8')));
    const valid = validate(JSON.parse(r.out));
    assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 5)));
    const run0 = log.runs[0];
    assert.ok(run0.tool.driver.rules.length >= 8);
    assert.ok(run0.results.length > 0);
    for (const res of run0.results) {
      assert.ok(!path.isAbsolute(res.locations[0].physicalLocation.artifactLocation.uri));
      assert.ok(res.locations[0].physicalLocation.region.startLine >= 1);
      assert.ok(res.properties.severity);
    }
  });

  it('a broken policy gives a located yaml-syntax result in SARIF', () => {
    const d = tmpdir({ 'x.recording-policy.yaml': 'policy: 1\ncontroller: A\ncontroller: B\n' });
    const r = run(['.', '--format', 'sarif'], d);
    assert.equal(r.code, 1);
    const res = JSON.parse(r.out).runs[0].results;
    assert.equal(res.length, 1);
    assert.equal(res[0].ruleId, 'yaml-syntax');
    assert.deepEqual(res[0].locations[0].physicalLocation.region, { startLine: 3, startColumn: 1, endLine: 3, endColumn: 11 });
  });

  it('prints GitHub workflow commands', () => {
    const d = tmpdir({ 'x.recording-policy.yaml': 'policy: 1\ncontroller: A\ncontroller: B\n' });
    const r = run(['.', '--format', 'github'], d);
    assert.equal(r.code, 1);
    assert.equal(r.out, "::error file=x.recording-policy.yaml,line=3,col=1,endLine=3,endColumn=11,title=yaml-syntax::Duplicate key 'controller': it is already set on line 2. Keep one.\n");
  });

  it('--max-warnings and --quiet', () => {
    const d = tmpdir({ 'a.recording-policy.yaml': CLEAN.replace('employees_informed: true', 'employees_informed: false'), 'helpdesk.ivr': CLEAN_IVR });
    const w = run(['.', '--format', 'json'], d);
    const j = JSON.parse(w.out);
    assert.equal(j.summary.errors, 0, w.out);
    assert.ok(j.summary.warnings >= 1);
    assert.equal(w.code, 0);
    assert.equal(run(['.', '--max-warnings', '0'], d).code, 1);
    assert.equal(run(['.', '--quiet'], d).out, '');
  });

  it('--rule and --output-file', () => {
    const d = tmpdir({ 'a.recording-policy.yaml': CLEAN.replace('employees_informed: true', 'employees_informed: false'), 'helpdesk.ivr': CLEAN_IVR });
    assert.equal(run(['.', '--rule', 'employees-not-informed:error'], d).code, 1);
    assert.equal(run(['.', '--rule', 'employees-not-informed:off', '--max-warnings', '0'], d).code, 0);
    assert.equal(run(['.', '--rule', 'employees-not-informed'], d).code, 2);
    const r = run(['.', '--format', 'json', '--output-file', 'out.json'], d);
    assert.equal(r.out, '');
    assert.ok(JSON.parse(fs.readFileSync(path.join(d, 'out.json'), 'utf8')).results);
  });

  it('gives the same report on worker threads as on one thread', function () {
    this.timeout(60000);
    const env = (n: string) => spawnSync(process.execPath, [CLI, 'examples', 'server/test/fixtures/scenarios', '--format', 'json', '--no-config'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, RECLINT_WORKERS: n } });
    const one = env('1');
    const two = env('3');
    assert.equal(one.status, 1);
    assert.equal(two.stdout, one.stdout);
    assert.equal(two.status, one.status);
  });

  describe('--fix', () => {
    function copyExamples(): string {
      const d = fs.mkdtempSync(path.join(os.tmpdir(), 'reclint-cli-'));
      made.push(d);
      fs.cpSync(path.join(ROOT, 'examples'), d, { recursive: true });
      return d;
    }
    const read = (d: string, p: string) => fs.readFileSync(path.join(d, p), 'utf8');

    it('applies exactly the safe fixes, keeps every comment, and a second run changes nothing', function () {
      this.timeout(30000);
      const d = copyExamples();
      const policy = 'contact-centre/service.recording-policy.yaml';
      const script = 'contact-centre/ivr/sales.ivr';
      const before = { policy: read(d, policy), script: read(d, script) };
      const r = run(['--fix', '.'], d);
      assert.equal(r.code, 1, r.err); // purpose-not-announced needs a person
      const expectedPolicy = before.policy
        .replace('  # Missing on purpose: `escalation-closed`', '  escalation-closed:\n    description: TODO describe the event that ends retention\n  # Missing on purpose: `escalation-closed`')
        .replace('legal_basis: toestemming', 'legal_basis: consent')
        .replace('max: 90 days', 'max: P90D');
      const lines = before.script.split('\n');
      const rs = lines.indexOf('record start', lines.findIndex((l) => l.startsWith('bestaand-aanbod:')));
      [lines[rs], lines[rs + 1]] = [lines[rs + 1], lines[rs]];
      assert.equal(read(d, script), lines.join('\n'));
      const fixedPolicy = read(d, policy);
      assert.equal(fixedPolicy.replace(/\n  escalation-closed:\n    description: TODO describe the event that ends retention/, ''), expectedPolicy.replace(/\n  escalation-closed:\n    description: TODO describe the event that ends retention/, ''));
      assert.ok(/escalation-closed:\n    description: TODO/.test(fixedPolicy));
      const comments = (t: string) => t.split('\n').filter((l) => /#/.test(l)).length;
      assert.equal(comments(fixedPolicy), comments(before.policy));
      const again = { policy: fixedPolicy, script: read(d, script) };
      run(['--fix', '.'], d);
      assert.equal(read(d, policy), again.policy);
      assert.equal(read(d, script), again.script);
      const left = JSON.parse(run(['.', '--format', 'json'], d).out);
      assert.deepEqual(left.results.flatMap((x: { findings: { fix: unknown }[] }) => x.findings.filter((f) => f.fix)), []);
    });

    it('--fix naming only a policy fixes the script it reads and reports from the fixed files', function () {
      this.timeout(30000);
      const d = copyExamples();
      const policy = 'contact-centre/sales.recording-policy.yaml';
      const r = run(['--fix', policy, '--format', 'json'], d);
      assert.notEqual(read(d, 'contact-centre/ivr/sales.ivr'), fs.readFileSync(path.join(ROOT, 'examples/contact-centre/ivr/sales.ivr'), 'utf8'), 'the script was fixed');
      // The report after the fix is the report of a fresh run on the fixed files.
      assert.equal(r.out, run([policy, '--format', 'json'], d).out);
      assert.doesNotMatch(r.out, /announcement-after-recording/);
    });

    it('--fix-dry-run prints a unified diff of what --fix changes, and writes nothing', () => {
      const d = copyExamples();
      const policy = 'contact-centre/service.recording-policy.yaml';
      const before = read(d, policy);
      const r = run(['--fix-dry-run', 'contact-centre/service.recording-policy.yaml'], d);
      assert.match(r.out, /^--- a\/contact-centre\/service\.recording-policy\.yaml\n\+\+\+ b\/contact-centre\/service\.recording-policy\.yaml\n@@ -\d+,\d+ \+\d+,\d+ @@/m);
      assert.match(r.out, /^-\s+legal_basis: toestemming$/m);
      assert.match(r.out, /^\+\s+legal_basis: consent$/m);
      // Only changed lines and their context: the controller line, far from any fix, is not printed.
      assert.doesNotMatch(r.out, /controller: Zonnestroom/);
      assert.equal(read(d, policy), before);
      // The diff applied to the file gives what --fix writes (with the JSON report, the diff is all before its line).
      const j = run(['--fix-dry-run', '--format', 'json', policy], d).out;
      const patch = j.slice(0, j.lastIndexOf('\n{') + 1);
      const fixed = copyExamples();
      run(['--fix', policy], fixed);
      assert.equal(applyPatch(before, patch), read(fixed, policy));
    });

    it('reports a read-only file and leaves it alone', function () {
      const d = copyExamples();
      const policy = path.join(d, 'contact-centre/service.recording-policy.yaml');
      const before = fs.readFileSync(policy, 'utf8');
      fs.chmodSync(policy, 0o444);
      const r = run(['--fix', '.'], d);
      assert.match(r.err, /did not fix contact-centre\/service\.recording-policy\.yaml: the file is read-only/);
      assert.equal(fs.readFileSync(policy, 'utf8'), before);
      fs.chmodSync(policy, 0o644);
    });
  });
});
