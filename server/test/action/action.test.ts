/**
 * The GitHub Action (action.yml → action/dist/index.js), run as a runner runs it: `node` on the
 * committed bundle, inputs as INPUT_* variables (hyphens kept), GITHUB_STEP_SUMMARY, GITHUB_OUTPUT
 * and GITHUB_WORKSPACE set, the workspace as the working folder.
 */
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import { parse } from 'yaml';
import { main } from '../../src/cli/main';
import { cell, escapeData, escapeProperty, outputLine } from '../../../action/src/commands';
import { summary, type JsonReport } from '../../../action/src/report';

const ROOT = path.resolve(__dirname, '../../..');
const BUNDLE = path.join(ROOT, 'action/dist/index.js');

interface Run { code: number | null; out: string; summary: string; outputs: string; ws: string }

/** A temp copy of `from` as the workspace; runs the bundle there with these inputs. */
function runAction(ws: string, inputs: Record<string, string>, opts: { bundle?: string; env?: Record<string, string> } = {}): Run {
  const summaryFile = path.join(ws, '..', `${path.basename(ws)}-summary.md`);
  const outputFile = path.join(ws, '..', `${path.basename(ws)}-output.txt`);
  fs.writeFileSync(summaryFile, '');
  fs.writeFileSync(outputFile, '');
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: ws, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_OUTPUT: outputFile, ...opts.env };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const r = spawnSync(process.execPath, [opts.bundle ?? BUNDLE], { cwd: ws, env, encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr, summary: fs.readFileSync(summaryFile, 'utf8'), outputs: fs.readFileSync(outputFile, 'utf8'), ws };
}

/** The findings the CLI reports for `ws` (the same core, in this process). */
async function cliJson(ws: string, args: string[] = []): Promise<JsonReport> {
  let out = '';
  await main(['--format', 'json', ...args], { cwd: ws, out: (s) => { out += s; }, err: () => {}, readStdin: async () => '', isTTY: false, env: {} });
  return JSON.parse(out) as JsonReport;
}

const lines = (s: string) => s.split('\n');

describe('GitHub Action', function () {
  this.timeout(60000);
  let tmp: string;
  const workspace = (name: string, from = 'examples') => {
    const ws = path.join(tmp, name);
    fs.cpSync(path.join(ROOT, from), ws, { recursive: true });
    return ws;
  };
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'reclint-action-'));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('action.yml: a JavaScript action on the committed bundle, with the documented inputs and outputs', () => {
    const a = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
    assert.deepEqual(a.runs, { using: 'node24', main: 'action/dist/index.js' });
    assert.ok(fs.existsSync(BUNDLE));
    assert.deepEqual(Object.keys(a.inputs), ['paths', 'config', 'format', 'sarif-file', 'fail-on', 'baseline']);
    assert.equal(a.inputs.paths.default, '.');
    assert.equal(a.inputs.format.default, 'stylish');
    assert.equal(a.inputs['fail-on'].default, 'error');
    assert.match(a.inputs.baseline.description, /--suppress-all/);
    for (const i of Object.values(a.inputs) as { required: boolean; description: string }[]) {
      assert.equal(i.required, false);
      assert.ok(i.description);
    }
    assert.deepEqual(Object.keys(a.outputs), ['errors', 'warnings', 'sarif-file']);
  });

  it('the committed bundle is the build of action/src (run `node scripts/build.mjs` and commit action/dist when this fails)', async () => {
    // The options of scripts/build.mjs: its `common` block and the action's entry.
    const script = fs.readFileSync(path.join(ROOT, 'scripts/build.mjs'), 'utf8');
    assert.ok(script.includes(`{ entryPoints: ['action/src/main.ts'], outfile: 'action/dist/index.js', minify: false, define: { 'require.main': 'undefined' } }`), 'the entry in scripts/build.mjs is the one this test builds');
    const r = await build({
      bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, logLevel: 'silent', mainFields: ['module', 'main'],
      entryPoints: ['action/src/main.ts'], outfile: 'action/dist/index.js', minify: false, define: { 'require.main': 'undefined' },
      absWorkingDir: ROOT, write: false,
    });
    const built = Buffer.from(r.outputFiles[0].contents);
    assert.ok(built.equals(fs.readFileSync(BUNDLE)), 'action/dist/index.js is stale: run `node scripts/build.mjs` and commit action/dist/index.js');
    // `npm test` builds before it tests, so the file on disk is always fresh there: what counts is the
    // bundle git holds (the index: HEAD in a clean checkout, or what is staged to commit).
    let staged: Buffer | undefined;
    try {
      staged = execFileSync('git', ['show', ':action/dist/index.js'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      staged = undefined; // not a git checkout (a source tarball): the file on disk is all there is
    }
    if (staged) assert.ok(built.equals(staged), 'the committed action/dist/index.js is stale: run `node scripts/build.mjs`, then `git add action/dist/index.js` and commit it with the change');
  });

  it('the bundle runs on its own (no node_modules next to it), as a runner runs it', () => {
    const alone = path.join(tmp, 'alone');
    fs.mkdirSync(alone);
    fs.copyFileSync(BUNDLE, path.join(alone, 'index.js'));
    const r = runAction(workspace('ws'), { 'fail-on': 'never' }, { bundle: path.join(alone, 'index.js') });
    assert.equal(r.code, 0, r.out);
    assert.match(r.outputs, /^errors=11$/m);
  });

  it('examples, fail-on error: annotations, the report in the log, every finding in the summary, outputs, SARIF, exit 1', async () => {
    const ws = workspace('ws');
    const r = runAction(ws, { paths: '.', format: 'stylish', 'sarif-file': 'reports/reclint.sarif', 'fail-on': 'error' });
    assert.equal(r.code, 1, r.out);
    const out = lines(r.out);
    assert.ok(out.includes("::error file=contact-centre/ivr/sales.ivr,line=22,col=1,endLine=22,endColumn=13,title=announcement-after-recording::A caller can reach this 'record start' before hearing the recording notice (GDPR art. 13(1)). Callers must be told before recording starts: play the notice before 'record start' on every path."), r.out);
    assert.ok(out.includes("::error file=contact-centre/service.recording-policy.yaml,line=47,col=16,endLine=47,endColumn=23,title=invalid-duration::'max' reads '90 days', which is not a period written in ISO 8601 form. Write 'P90D' (90 days) instead; the quick fix does it."), r.out);
    assert.ok(out.includes("::warning file=contact-centre/service.recording-policy.yaml,line=39,col=22,endLine=39,endColumn=33,title=unknown-legal-basis::'toestemming' is another name for the legal basis 'consent' (GDPR art. 6(1)(a)). Write 'consent', the name every tool reads the same way."), r.out);
    // The call flows (examples/README.md, findings 8 to 14): at the Connect transfer, the Studio gather's notice, the TwiML setting, and one each in the stage-2 formats.
    assert.ok(out.some((l) => l.startsWith("::error file=call-flows/connect/klantcontactcentrum,line=101,col=15,endLine=101,endColumn=39,title=announcement-after-recording::A caller can reach the transfer 'doorverbinden'")), r.out);
    assert.ok(out.some((l) => l.startsWith('::warning file=call-flows/studio/member-services.json,line=37,col=18,endLine=37,endColumn=232,title=notice-interruptible::')), r.out);
    assert.ok(out.some((l) => l.startsWith('::error file=call-flows/twiml/service-client.xml,line=10,col=41,endLine=10,endColumn=75,title=flow-analytics-undeclared::')), r.out);

    const expected = await cliJson(ws);
    const all = expected.results.flatMap((f) => f.findings.map((x) => ({ file: f.file, ...x })));
    assert.equal(all.length, 16);
    assert.equal(out.filter((l) => /^::(error|warning|notice) file=/.test(l)).length, all.length, 'one annotation per finding');

    // The stylish report, where no workflow command is read.
    const start = out.findIndex((l) => l.startsWith('::stop-commands::'));
    const token = out[start].slice('::stop-commands::'.length);
    const end = out.indexOf(`::${token}::`);
    assert.ok(start >= 0 && end > start);
    assert.match(out.slice(start, end).join('\n'), /✖ 16 problems \(11 errors, 5 warnings\)/);

    // Every finding in the summary, in its file's table, with the rule linked to its docs.
    for (const f of all) {
      const row = `| ${f.line}:${f.column} | ${f.severity} | [${f.ruleId}](${f.docsUrl}) | ${cell(f.message)} |`;
      assert.ok(r.summary.includes(row), `summary lists ${f.file} ${f.line}:${f.column} ${f.ruleId}`);
    }
    for (const file of new Set(all.map((f) => f.file))) assert.ok(r.summary.includes(`### \`${file}\``), file);
    assert.match(r.summary, /\*\*11 errors, 5 warnings\*\*/);

    const sarifPath = path.join(ws, 'reports/reclint.sarif');
    assert.equal(r.outputs, `errors=11\nwarnings=5\nsarif-file=${sarifPath}\n`);
    const sarif = JSON.parse(fs.readFileSync(sarifPath, 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs[0].results.length, 16);
  });

  it('fail-on never: exit 0 on the same findings; fail-on is read from INPUT_FAIL-ON (hyphen kept), not INPUT_FAIL_ON', () => {
    const ws = workspace('ws');
    const r = runAction(ws, { 'fail-on': 'never' });
    assert.equal(r.code, 0, r.out);
    assert.match(r.outputs, /^errors=11\nwarnings=5\nsarif-file=\n$/);
    const wrong = runAction(ws, {}, { env: { INPUT_FAIL_ON: 'never' } });
    assert.equal(wrong.code, 1, 'INPUT_FAIL_ON is not the runner\'s name for fail-on');
  });

  it('fail-on warning fails a workspace with warnings only; fail-on error passes it', () => {
    const ws = workspace('warn', 'examples/clean');
    const p = path.join(ws, 'helpdesk.recording-policy.yaml');
    fs.writeFileSync(p, fs.readFileSync(p, 'utf8').replace('legal_basis: consent', 'legal_basis: toestemming'));
    const w = runAction(ws, { 'fail-on': 'warning' });
    assert.equal(w.code, 1, w.out);
    assert.match(w.outputs, /^errors=0\nwarnings=1\n/);
    assert.ok(lines(w.out).some((l) => l.startsWith('::warning file=helpdesk.recording-policy.yaml,') && l.includes('title=unknown-legal-basis::')), w.out);
    assert.equal(runAction(ws, { 'fail-on': 'error' }).code, 0);
    assert.equal(runAction(workspace('clean', 'examples/clean'), { 'fail-on': 'warning' }).code, 0);
  });

  it('escapes data and properties: %, :, , and line breaks in a message and a file name; | and line breaks in the summary', () => {
    const ws = workspace('esc', 'examples/clean');
    const name = 'help%desk,a:b.recording-policy.yaml';
    fs.renameSync(path.join(ws, 'helpdesk.recording-policy.yaml'), path.join(ws, name));
    const p = path.join(ws, name);
    const text = fs.readFileSync(p, 'utf8').replace('max: P2M', 'max: "9%, a:b|c\\nd"');
    fs.writeFileSync(p, text);
    const line = text.split('\n').findIndex((l) => l.includes('max: "9%')) + 1;
    const r = runAction(ws, {});
    assert.equal(r.code, 1, r.out);
    assert.ok(
      lines(r.out).includes(`::error file=help%25desk%2Ca%3Ab.recording-policy.yaml,line=${line},col=10,endLine=${line},endColumn=24,title=invalid-duration::'max' reads '9%25, a:b|c%0Ad', which is not a period written in ISO 8601 form. Write the period as P30D (30 days), P6M (6 months), P1Y (1 year) or PT2H (2 hours).`),
      r.out,
    );
    assert.ok(r.summary.includes(`### \`${name}\``), r.summary);
    assert.ok(r.summary.includes("'max' reads '9%, a:b\\|c<br>d', which is not"), r.summary);
  });

  it('the escaping helpers', () => {
    assert.equal(escapeData('100% a:b, c\r\nd'), '100%25 a:b, c%0D%0Ad');
    assert.equal(escapeProperty('100% a:b, c\r\nd'), '100%25 a%3Ab%2C c%0D%0Ad');
    assert.equal(cell('a|b\nc\r\nd'), 'a\\|b<br>c<br>d');
    assert.equal(outputLine('n', 'v'), 'n=v\n');
    assert.equal(outputLine('n', 'a\nb', 'EOF'), 'n<<EOF\na\nb\nEOF\n');
  });

  it('a summary past GitHub\'s size limit lists what fits and says how many are left out', () => {
    const finding = { ruleId: 'r', severity: 'error' as const, message: 'x'.repeat(100), line: 1, column: 1, endLine: 1, endColumn: 2, docsUrl: 'https://d' };
    const report: JsonReport = { version: '0', results: [{ file: 'a', errorCount: 50, warningCount: 0, findings: Array(50).fill(finding) }], summary: { files: 1, errors: 50, warnings: 0, infos: 0, hints: 0, fixable: 0 } };
    const full = summary(report);
    assert.equal(full.split('\n').filter((l) => l.startsWith('| 1:1 |')).length, 50);
    const cut = summary(report, { limit: 2000 });
    assert.ok(Buffer.byteLength(cut) <= 2000);
    const rows = cut.split('\n').filter((l) => l.startsWith('| 1:1 |')).length;
    assert.ok(rows > 0 && rows < 50);
    assert.match(cut, new RegExp(`${50 - rows} more findings not listed`));
  });

  it('lint workers (RECLINT_WORKERS) run the same bundle and give the same annotations', () => {
    const ws = workspace('ws');
    const one = runAction(ws, { format: 'github', 'fail-on': 'never' });
    const two = runAction(ws, { format: 'github', 'fail-on': 'never' }, { env: { RECLINT_WORKERS: '2' } });
    assert.equal(two.code, 0, two.out);
    assert.equal(two.out, one.out);
    // 16 annotations, and the notice that GitHub shows at most 10 of each kind (the examples have 11 errors).
    assert.equal(one.out.split('\n').filter((l) => l.startsWith('::')).length, 17);
  });

  it('baseline: the findings a `reclint --suppress-all` baseline counts are not reported; a named baseline that does not exist is a run error', async () => {
    const ws = workspace('ws');
    fs.mkdirSync(path.join(ws, 'ci'));
    let err = '';
    const code = await main(['--suppress-all', '--suppressions-location', 'ci/baseline.json'], { cwd: ws, out: () => {}, err: (s) => { err += s; }, readStdin: async () => '', isTTY: false, env: {} });
    assert.equal(code, 0, err);
    const r = runAction(ws, { baseline: 'ci/baseline.json', 'fail-on': 'warning' });
    assert.equal(r.code, 0, r.out);
    assert.match(r.outputs, /^errors=0\nwarnings=0\n/);
    assert.ok(!lines(r.out).some((l) => /^::(error|warning) file=/.test(l)), r.out);
    // A new finding beyond the baseline is reported.
    const p = path.join(ws, 'clean/helpdesk.recording-policy.yaml');
    fs.writeFileSync(p, fs.readFileSync(p, 'utf8').replace('legal_basis: consent', 'legal_basis: toestemming'));
    const more = runAction(ws, { baseline: 'ci/baseline.json', 'fail-on': 'warning' });
    assert.equal(more.code, 1, more.out);
    assert.match(more.outputs, /^errors=0\nwarnings=1\n/);
    const missing = runAction(workspace('ws2'), { baseline: 'nope.json', 'fail-on': 'never' });
    assert.equal(missing.code, 2, missing.out);
    assert.match(missing.out, /^::error title=reclint::reclint: .*nope\.json/m);
  });

  it('usage and run errors: exit 2 with an ::error:: line', () => {
    const ws = workspace('ws');
    const bad = runAction(ws, { 'fail-on': 'sometimes' });
    assert.equal(bad.code, 2);
    assert.ok(lines(bad.out).includes('::error title=reclint::reclint: the input `fail-on` is `sometimes`; use one of error, warning, never'), bad.out);
    const fmt = runAction(ws, { format: 'xml' });
    assert.equal(fmt.code, 2);
    assert.match(fmt.out, /^::error title=reclint::reclint: the input `format` is `xml`/m);
    const missing = runAction(ws, { paths: 'no-such-folder' });
    assert.equal(missing.code, 2, missing.out);
    assert.match(missing.out, /^::error title=reclint::reclint: .*no-such-folder/m);
    const config = runAction(ws, { config: 'nope.yaml' });
    assert.equal(config.code, 2);
    assert.match(config.out, /^::error title=reclint::reclint: reclint: config file not found: nope\.yaml$/m);
    assert.equal(missing.outputs, '', 'no outputs from a failed run');
  });

  it('paths: one per line', () => {
    const ws = workspace('ws');
    const r = runAction(ws, { paths: 'clean\ncontact-centre/ivr/sales.ivr\n', 'fail-on': 'error' });
    assert.equal(r.code, 1, r.out);
    const files = new Set(lines(r.out).filter((l) => l.startsWith('::error file=') || l.startsWith('::warning file=')).map((l) => /file=([^,]*)/.exec(l)![1]));
    assert.deepEqual([...files], ['contact-centre/ivr/sales.ivr']);
  });
});
