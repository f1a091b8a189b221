/**
 * `reclint init` on the command line (spec init.md "Files and exit codes"), run in process through
 * `main` in temporary folders: the golden starters on stdout with their config read from the folder,
 * the one stderr line, never overwriting (exit 2, byte-identical), `--force`, `--stdout` writing
 * nothing, the skeleton, usage errors, and the written starter linted and fixed by `reclint` itself.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main, type CliIo } from '../../src/cli/main';
import { writeFileExclusive } from '../../src/host/write';
import { GOLDEN_CASES, type GoldenCase } from '../data/init/cases';

const ROOT = path.resolve(__dirname, '../../..');
const GOLDEN = path.join(ROOT, 'server/test/data/init/golden');
const golden = (id: string) => fs.readFileSync(path.join(GOLDEN, `${id}.starter.yaml`), 'utf8');

async function run(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { cwd, out: (s) => out.push(s), err: (s) => err.push(s), readStdin: async () => '', isTTY: false, env: { NO_COLOR: '1' } };
  const code = await main(args, io);
  return { code, out: out.join(''), err: err.join('') };
}

const made: string[] = [];
after(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

/** A temporary folder with files (a `.reclintrc.yaml` with `root: true` keeps configs further up out). */
function tmpdir(files: Record<string, string> = {}): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'reclint-init-'));
  made.push(d);
  const all = { '.reclintrc.yaml': 'root: true\n', ...files };
  for (const [p, t] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(d, p)), { recursive: true });
    fs.writeFileSync(path.join(d, p), t);
  }
  return d;
}

/** Every file under a folder with its bytes, to show nothing was written. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(dir, p)] = fs.readFileSync(p, 'latin1');
    }
  };
  walk(dir);
  return out;
}

/** The stderr line for a starter: `<file>: <state>; N TODO findings: rule n, …` (counts per rule id). */
function summaryLine(err: string): { file: string; state: string; counts: Record<string, number> } {
  const lines = err.split('\n');
  assert.equal(lines.length, 2, `one line on stderr: ${err}`);
  assert.equal(lines[1], '');
  const m = /^(.+?): (written|printed, not written); \d+ TODO findings?: (.+)$/.exec(lines[0]);
  assert.ok(m, lines[0]);
  const counts: Record<string, number> = {};
  for (const part of m[3].split(', ')) {
    const [id, n] = part.split(' ');
    counts[id] = Number(n);
  }
  return { file: m[1], state: m[2], counts };
}

function byRule(expected: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, n] of Object.entries(expected)) out[k.split('/')[0]] = (out[k.split('/')[0]] ?? 0) + n;
  return out;
}

/** A folder holding a case's script where `reclint init` would find the same config the case names. */
function folderFor(c: GoldenCase): { cwd: string; script: string } {
  if (c.script!.startsWith('examples/')) {
    const d = tmpdir();
    fs.cpSync(path.join(ROOT, 'examples'), path.join(d, 'examples'), { recursive: true });
    return { cwd: d, script: c.script! };
  }
  const rc = ['root: true', ...(c.config.jurisdiction ? [`jurisdiction: ${c.config.jurisdiction}`] : [])].join('\n');
  const name = path.basename(c.script!);
  const d = tmpdir({ '.reclintrc.yaml': `${rc}\n`, [`lines/${name}`]: fs.readFileSync(path.join(ROOT, c.script!), 'utf8') });
  return { cwd: d, script: `lines/${name}` };
}

describe('reclint init (CLI)', function () {
  this.timeout(30000);

  for (const c of GOLDEN_CASES.filter((x) => x.script)) {
    it(`${c.id}: --stdout prints the golden starter, writes nothing, and names its findings on stderr`, async () => {
      const { cwd, script } = folderFor(c);
      const before = snapshot(cwd);
      const r = await run(['init', script, ...(c.flags ?? []), '--stdout'], cwd);
      assert.equal(r.code, 0, r.err);
      assert.equal(r.out, golden(c.id));
      assert.deepEqual(snapshot(cwd), before);
      const s = summaryLine(r.err);
      assert.equal(s.file, `${path.posix.dirname(script)}/${path.basename(script).replace(/\.[^.]*$/, '')}.recording-policy.yaml`);
      assert.equal(s.state, 'printed, not written');
      assert.deepEqual(s.counts, byRule(c.expected));
    });
  }

  it('writes the starter beside the script; reclint lints it with the same findings and --fix leaves it unchanged', async () => {
    const d = tmpdir({ 'lines/helpdesk.ivr': fs.readFileSync(path.join(ROOT, 'examples/clean/helpdesk.ivr'), 'utf8') });
    const r = await run(['init', 'lines/helpdesk.ivr'], d);
    assert.equal(r.code, 0, r.err);
    const file = path.join(d, 'lines/helpdesk.recording-policy.yaml');
    assert.equal(fs.readFileSync(file, 'utf8'), golden('helpdesk'));
    assert.equal(r.err, 'lines/helpdesk.recording-policy.yaml: written; 5 TODO findings: subject-access-undefined 1, schema 1, access-undefined 1, employees-not-informed 1, balancing-test-missing 1\n');
    const lintRun = await run(['lines', '--format', 'json'], d);
    assert.equal(lintRun.code, 1);
    const ids = (JSON.parse(lintRun.out).results as { findings: { ruleId: string }[] }[]).flatMap((x) => x.findings.map((f) => f.ruleId)).sort();
    assert.deepEqual(ids, ['access-undefined', 'balancing-test-missing', 'employees-not-informed', 'schema', 'subject-access-undefined']);
    const fix = await run(['--fix', 'lines'], d);
    assert.equal(fix.code, 1);
    assert.equal(fs.readFileSync(file, 'utf8'), golden('helpdesk'));
  });

  it('never overwrites: an existing target exits 2 and stays byte-identical; --stdout still prints; --force replaces it', async () => {
    const mine = '# my own policy\r\npolicy: 1\r\n\u00e9\n';
    const d = tmpdir({ 'helpdesk.ivr': fs.readFileSync(path.join(ROOT, 'examples/clean/helpdesk.ivr'), 'utf8'), 'helpdesk.recording-policy.yaml': mine });
    const file = path.join(d, 'helpdesk.recording-policy.yaml');
    const r = await run(['init', 'helpdesk.ivr'], d);
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.equal(r.err, 'reclint init: helpdesk.recording-policy.yaml exists: use --force to replace it or --stdout to print the starter\n');
    assert.equal(fs.readFileSync(file, 'utf8'), mine);
    const printed = await run(['init', 'helpdesk.ivr', '--stdout'], d);
    assert.equal(printed.code, 0);
    assert.equal(printed.out, golden('helpdesk'));
    assert.equal(fs.readFileSync(file, 'utf8'), mine);
    const forced = await run(['init', '--force', 'helpdesk.ivr'], d);
    assert.equal(forced.code, 0, forced.err);
    assert.equal(fs.readFileSync(file, 'utf8'), golden('helpdesk'));
    assert.deepEqual(fs.readdirSync(d).sort(), ['.reclintrc.yaml', 'helpdesk.ivr', 'helpdesk.recording-policy.yaml'], 'no temporary file is left');
  });

  it('--force on a read-only target exits 2 and leaves it alone', async () => {
    const d = tmpdir({ 'helpdesk.ivr': fs.readFileSync(path.join(ROOT, 'examples/clean/helpdesk.ivr'), 'utf8'), 'helpdesk.recording-policy.yaml': 'policy: 1\n' });
    const file = path.join(d, 'helpdesk.recording-policy.yaml');
    fs.chmodSync(file, 0o444);
    const r = await run(['init', 'helpdesk.ivr', '--force'], d);
    fs.chmodSync(file, 0o644);
    assert.equal(r.code, 2);
    assert.match(r.err, /did not write helpdesk\.recording-policy\.yaml: the file is read-only/);
    assert.equal(fs.readFileSync(file, 'utf8'), 'policy: 1\n');
  });

  it('creates exclusively: a file that is there when the write happens is not replaced', () => {
    const d = tmpdir({ 'x.recording-policy.yaml': 'theirs\n' });
    const w = writeFileExclusive(path.join(d, 'x.recording-policy.yaml'), 'ours\n');
    assert.deepEqual(w, { ok: false, exists: true, reason: 'the file exists' });
    assert.equal(fs.readFileSync(path.join(d, 'x.recording-policy.yaml'), 'utf8'), 'theirs\n');
    assert.deepEqual(writeFileExclusive(path.join(d, 'y.recording-policy.yaml'), 'ours\n'), { ok: true });
    assert.equal(fs.readFileSync(path.join(d, 'y.recording-policy.yaml'), 'utf8'), 'ours\n');
  });

  it('without a script writes the skeleton as ./recordings.recording-policy.yaml, or --name', async () => {
    const d = tmpdir();
    const printed = await run(['init', '--stdout'], d);
    assert.equal(printed.code, 0);
    assert.equal(printed.out, golden('skeleton'));
    assert.deepEqual(fs.readdirSync(d), ['.reclintrc.yaml']);
    assert.deepEqual(summaryLine(printed.err).counts, byRule(GOLDEN_CASES.find((c) => c.id === 'skeleton')!.expected));
    const r = await run(['init'], d);
    assert.equal(r.code, 0, r.err);
    assert.equal(fs.readFileSync(path.join(d, 'recordings.recording-policy.yaml'), 'utf8'), golden('skeleton'));
    const named = await run(['init', '--name=hoofdlijn'], d);
    assert.equal(named.code, 0, named.err);
    assert.match(named.err, /^hoofdlijn\.recording-policy\.yaml: written; /);
    assert.ok(fs.existsSync(path.join(d, 'hoofdlijn.recording-policy.yaml')));
    assert.equal((await run(['init'], d)).code, 2);
  });

  it('takes the Danish proposal from the folder config, and writes `jurisdiction` only with --jurisdiction', async () => {
    const script = fs.readFileSync(path.join(ROOT, 'server/test/data/init/scripts/kundeservice.ivr'), 'utf8');
    const d = tmpdir({ '.reclintrc.yaml': 'root: true\njurisdiction: DK\n', 'kundeservice.ivr': script });
    const r = await run(['init', 'kundeservice.ivr', '--stdout'], d);
    assert.equal(r.code, 0, r.err);
    assert.doesNotMatch(r.out, /^jurisdiction:/m);
    assert.match(r.out, /- purpose: staff-training\n {8}legal_basis: consent\n {8}consent: \{ mechanism: ivr-keypress \}/);
    assert.equal(summaryLine(r.err).counts['consent-not-active'], 1);
    const flag = await run(['init', 'kundeservice.ivr', '--stdout', '--jurisdiction=nl'], d);
    assert.match(flag.out, /^jurisdiction: NL$/m);
    assert.match(flag.out, /- purpose: staff-training\n {8}legal_basis: legitimate-interests/);
  });

  it('exits 2 on usage errors and unreadable scripts, writing nothing', async () => {
    const d = tmpdir({
      'a.ivr': 'lang en\nsay "This call is recorded for fraud prevention."\nrecord start\n',
      'notes.txt': 'Nothing a reclint reader knows.\n',
      'broken.json': '{"Version": "2019-10-30", "StartAction": "a", "Actions": [',
      'latin1.ivr': Buffer.from([0x73, 0x61, 0x79, 0x20, 0x22, 0xe9, 0x22, 0x0a]).toString('latin1'),
      'p.recording-policy.yaml': 'policy: 1\n',
      'folder/x.ivr': 'say "x"\n',
    });
    fs.writeFileSync(path.join(d, 'latin1.ivr'), Buffer.from([0x73, 0x61, 0x79, 0x20, 0x22, 0xe9, 0x22, 0x0a]));
    const before = snapshot(d);
    const cases: [string[], RegExp][] = [
      [['init', '--bogus'], /^reclint init: unknown option "--bogus" \(see reclint init --help\)\n$/],
      [['init', 'a.ivr', 'notes.txt'], /^reclint init: give one script or flow/],
      [['init', 'a.ivr', '--jurisdiction', 'DNK'], /^reclint init: --jurisdiction takes a two-letter country code/],
      [['init', 'a.ivr', '--jurisdiction'], /^reclint init: --jurisdiction needs a value\n$/],
      [['init', 'a.ivr', '--name', 'sub/x'], /^reclint init: --name takes a file name without folders/],
      [['init', 'missing.ivr'], /^reclint init: cannot read missing\.ivr: no such file\n$/],
      [['init', 'folder'], /^reclint init: cannot read folder: a folder, not a script\n$/],
      [['init', 'latin1.ivr'], /^reclint init: cannot read latin1\.ivr: not UTF-8 text\n$/],
      [['init', 'notes.txt'], /^reclint init: notes\.txt is no script reclint reads: reclint reads `\.ivr` scripts/],
      [['init', 'broken.json'], /^reclint init: broken\.json is no script reclint reads: it does not parse as an Amazon Connect flow/],
      [['init', 'p.recording-policy.yaml'], /^reclint init: p\.recording-policy\.yaml is a policy: give the call script or flow it is for\n$/],
    ];
    for (const [args, msg] of cases) {
      const r = await run(args, d);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.out, '', args.join(' '));
      assert.match(r.err, msg, args.join(' '));
    }
    assert.deepEqual(snapshot(d), before);
  });

  it('--help prints the usage and exits 0', async () => {
    const r = await run(['init', '--help'], tmpdir());
    assert.equal(r.code, 0);
    assert.match(r.out, /^Usage: reclint init \[script-or-flow\] \[--force\] \[--stdout\] \[--jurisdiction <CC>\] \[--name <name>\]/);
    assert.equal(r.err, '');
  });
});
