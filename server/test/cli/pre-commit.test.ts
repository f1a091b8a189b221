/**
 * `.pre-commit-hooks.yaml`: each hook's `entry`, run as pre-commit runs it (the staged files that
 * match `files`, passed as arguments, in one process), on a staged change in a git repository.
 */
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'server/out/cli.js');

interface Hook { id: string; entry: string; files: string; language: string; require_serial?: boolean }
const HOOKS = parse(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const hook = (id: string) => HOOKS.find((h) => h.id === id)!;

/** What pre-commit does: the staged (added, copied, modified, renamed) files matching `files`, appended to `entry`. */
function runHook(h: Hook, repo: string): { code: number | null; out: string } {
  const staged = execFileSync('git', ['diff', '--cached', '--name-only', '--diff-filter=ACMR'], { cwd: repo, encoding: 'utf8' }).split('\n').filter(Boolean);
  const files = staged.filter((f) => new RegExp(h.files).test(f));
  const [cmd, ...args] = h.entry.split(' ');
  assert.equal(cmd, 'reclint', 'the entry runs the package bin');
  const r = spawnSync(process.execPath, [CLI, ...args, ...files], { cwd: repo, encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('pre-commit hooks', function () {
  this.timeout(60000);
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

  beforeEach(() => {
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'reclint-precommit-'));
    fs.cpSync(path.join(ROOT, 'examples'), repo, { recursive: true });
    git('init', '-q');
    git('-c', 'user.email=t@example.invalid', '-c', 'user.name=t', 'add', '-A');
    git('-c', 'user.email=t@example.invalid', '-c', 'user.name=t', 'commit', '-q', '-m', 'start');
  });
  afterEach(() => fs.rmSync(repo, { recursive: true, force: true }));

  it('the manifest: two node hooks, one process each, matching policies and scripts', () => {
    assert.deepEqual(HOOKS.map((h) => h.id), ['reclint', 'reclint-fix']);
    for (const h of HOOKS) {
      assert.equal(h.language, 'node');
      assert.equal(h.require_serial, true);
      const re = new RegExp(h.files);
      for (const f of ['a.recording-policy.yaml', 'b/c.recording-policy.yml', 'd.recording-policy.json', 'ivr/x.ivr', 'flows/main.twiml', 'connect/klantcontactcentrum', 'studio/flow.json']) assert.ok(re.test(f), f);
      for (const f of ['README.md', '.reclintrc.yaml', 'ivr.txt']) assert.ok(!re.test(f), f);
    }
  });

  it('reclint: a commit that stages only a broken script fails, through the policy that names it', () => {
    const ivr = path.join(repo, 'contact-centre/ivr/service.ivr');
    // Recording now starts before the Dutch notice.
    fs.writeFileSync(ivr, fs.readFileSync(ivr, 'utf8').replace(/^lang nl\n/m, 'lang nl\nrecord start\n'));
    git('add', 'contact-centre/ivr/service.ivr');
    const r = runHook(hook('reclint'), repo);
    assert.equal(r.code, 1, r.out);
    assert.match(r.out, /contact-centre\/ivr\/service\.ivr[\s\S]*announcement-after-recording/);
  });

  it('reclint: a commit that stages only a broken Connect export (no extension) fails, through its policy; a staged package.json is passed over', () => {
    const flow = path.join(repo, 'call-flows/connect/klantcontactcentrum');
    fs.writeFileSync(flow, fs.readFileSync(flow, 'utf8').replace('"StartAction"', '"StartAction": ,'));
    fs.writeFileSync(path.join(repo, 'package.json'), '{ "name": "x" }\n');
    git('add', 'call-flows/connect/klantcontactcentrum', 'package.json');
    const r = runHook(hook('reclint'), repo);
    assert.equal(r.code, 1, r.out);
    assert.match(r.out, /call-flows\/connect\/klantcontactcentrum[\s\S]*flow-syntax/);
    assert.doesNotMatch(r.out, /package\.json/);
    git('checkout', '--', 'call-flows/connect/klantcontactcentrum');
    git('rm', '-q', '--cached', 'package.json');
    fs.rmSync(path.join(repo, 'package.json'));
  });

  it('reclint: a commit of a clean policy passes', () => {
    fs.appendFileSync(path.join(repo, 'clean/helpdesk.recording-policy.yaml'), '# reviewed\n');
    git('add', '-A');
    const r = runHook(hook('reclint'), repo);
    assert.equal(r.code, 0, r.out);
  });

  it('reclint-fix: applies the safe fixes to the staged policy and reports what is left', () => {
    const p = path.join(repo, 'contact-centre/service.recording-policy.yaml');
    fs.appendFileSync(p, '\n');
    git('add', 'contact-centre/service.recording-policy.yaml');
    const before = fs.readFileSync(p, 'utf8');
    const r = runHook(hook('reclint-fix'), repo);
    const after = fs.readFileSync(p, 'utf8');
    assert.notEqual(after, before, 'the safe fixes were applied');
    assert.match(after, /legal_basis: consent/);
    assert.equal(r.code, 1, 'what needs a person is still reported');
    assert.match(r.out, /purpose-not-announced/);
  });
});
