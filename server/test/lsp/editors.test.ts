/**
 * Real editors, headless, against the bundled server over stdio: Neovim (0.7+) and Emacs (28+) with
 * eglot must report for examples/ the same rule ids at the same ranges as `reclint --format json`.
 * The probes live in test/editors/. A missing editor skips with the reason, except under CI=true.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cliFindings, REPO, SERVER, tempCopy, type CliFinding } from './client';

const PROBES = path.join(REPO, 'test/editors');
const CI = process.env.CI === 'true';

interface Editor {
  name: string;
  install: string;
  /** undefined when usable; else why not. */
  missing(): string | undefined;
}

function run(cmd: string, args: string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string; timeout?: number } = {}) {
  return spawnSync(cmd, args, { encoding: 'utf8', timeout: opts.timeout ?? 60000, cwd: opts.cwd, env: { ...process.env, ...opts.env } });
}

const NVIM: Editor = {
  name: 'Neovim',
  install: 'apt-get install neovim (0.7 or newer)',
  missing() {
    const r = run('nvim', ['--version']);
    if (r.error || r.status !== 0) return '`nvim` is not on PATH';
    const m = /NVIM v(\d+)\.(\d+)/.exec(r.stdout);
    if (!m || (Number(m[1]) === 0 && Number(m[2]) < 7)) return `Neovim ${m ? `${m[1]}.${m[2]}` : '?'} is older than 0.7`;
    return undefined;
  },
};

const EMACS: Editor = {
  name: 'Emacs + eglot',
  install: 'apt-get install --no-install-recommends emacs-nox elpa-eglot (Emacs 28 or newer)',
  missing() {
    const r = run('emacs', ['-Q', '--batch', '--eval', '(progn (dolist (d (file-expand-wildcards "/usr/share/emacs/site-lisp/elpa/*")) (add-to-list (quote load-path) d)) (princ emacs-major-version) (princ " ") (princ (if (require (quote eglot) nil t) "eglot" "none")))']);
    if (r.error || r.status !== 0) return '`emacs` is not on PATH';
    const [major, eglot] = r.stdout.trim().split(' ');
    if (Number(major) < 28) return `Emacs ${major} is older than 28`;
    if (eglot !== 'eglot') return 'eglot is not installed';
    return undefined;
  },
};

const VSCODE: Editor = {
  name: 'VS Code (code-server 4.100.3)',
  install: 'test/editors/vscode/install-code-server.sh (and apt-get install chromium)',
  missing() {
    if (!fs.existsSync(path.join(REPO, '.cache/code-server/node_modules/.bin/code-server'))) return 'code-server is not installed in .cache/';
    if (!fs.existsSync(process.env.CHROMIUM ?? '/usr/bin/chromium')) return 'Chromium is not installed';
    return undefined;
  },
};

function need(ctx: Mocha.Context, editor: Editor): void {
  const why = editor.missing();
  if (!why) return;
  const msg = `${why}. Install it with: ${editor.install}`;
  if (CI) throw new Error(`${editor.name} is required under CI=true, and ${msg}`);
  console.log(`      ${editor.name} test skipped: ${msg}`);
  ctx.skip();
}

/** Every policy and script under a folder. */
function lintable(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const f = path.join(d, e.name);
      if (e.isDirectory()) walk(f);
      else if (/\.recording-policy\.(ya?ml|json)$|\.ivr$/.test(e.name)) out.push(f);
    }
  };
  walk(dir);
  return out;
}

/** CLI finding → "id@line:col-line:col" with the editor's line base and column unit. */
function expected(f: CliFinding, text: string, lineBase: 0 | 1, unit: 'byte' | 'char'): string {
  const lines = text.split('\n');
  const col = (line: number, utf16: number) => {
    const before = (lines[line - 1] ?? '').slice(0, utf16 - 1);
    return unit === 'byte' ? Buffer.byteLength(before, 'utf8') : Array.from(before).length;
  };
  const l = (n: number) => n - 1 + lineBase;
  return `${f.ruleId}@${l(f.line)}:${col(f.line, f.column)}-${l(f.endLine)}:${col(f.endLine, f.endColumn)}`;
}

describe('real editors (headless) against the bundled server', function () {
  this.timeout(300000);
  let dir: string;
  let files: string[];
  let flows: string[] = [];
  let cli: Map<string, CliFinding[]>;
  const out = path.join(os.tmpdir(), `reclint-editors-${process.pid}`);

  before(function () {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first`);
    dir = tempCopy();
    files = lintable(dir);
    cli = cliFindings(dir);
    // The call flows the policies name (a Connect export has no extension): Neovim opens them too.
    flows = [...cli.keys()].filter((f) => !files.includes(f)).sort();
    fs.mkdirSync(out, { recursive: true });
  });
  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(out, { recursive: true, force: true });
  });

  const env = (outFile: string, list = files) => ({ RECLINT_SERVER: SERVER, RECLINT_ROOT: dir, RECLINT_FILES: list.join(':'), RECLINT_OUT: outFile });

  it('Neovim 0.7+: the same rule ids at the same ranges as `reclint --format json`', function () {
    need(this, NVIM);
    const outFile = path.join(out, 'nvim.json');
    const r = run('nvim', ['--headless', '--clean', '-u', path.join(PROBES, 'nvim-probe.lua')], { env: env(outFile, [...files, ...flows]), cwd: dir });
    assert.equal(r.status, 0, `nvim probe failed (${r.status}): ${r.stderr}${r.stdout}`);
    const got = JSON.parse(fs.readFileSync(outFile, 'utf8')) as Record<string, { code: string; source: string; lnum: number; col: number; end_lnum: number; end_col: number }[]>;
    assert.ok(flows.some((f) => /klantcontactcentrum$/.test(f)), 'the Connect export is among the files Neovim opens');
    let total = 0;
    for (const file of [...files, ...flows]) {
      const text = fs.readFileSync(file, 'utf8');
      const want = (cli.get(file) ?? []).map((f) => expected(f, text, 0, 'byte')).sort();
      const have = (got[file] ?? []).map((d) => `${d.code}@${d.lnum}:${d.col}-${d.end_lnum}:${d.end_col}`).sort();
      assert.deepEqual(have, want, path.relative(dir, file));
      assert.ok((got[file] ?? []).every((d) => d.source === 'reclint'));
      total += have.length;
    }
    assert.ok(total >= 7, `expected the examples' findings, got ${total}`);
  });

  it('Emacs 28+ with eglot: the same rule ids at the same ranges as `reclint --format json`', function () {
    need(this, EMACS);
    const outFile = path.join(out, 'emacs.json');
    const r = run('emacs', ['-Q', '--batch', '-l', path.join(PROBES, 'emacs-probe.el')], { env: env(outFile), cwd: dir });
    assert.equal(r.status, 0, `emacs probe failed (${r.status}): ${r.stderr}${r.stdout}`);
    const got = JSON.parse(fs.readFileSync(outFile, 'utf8')) as Record<string, { line: number; column: number; endLine: number; endColumn: number; message: string }[]>;
    let total = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const want = (cli.get(file) ?? []).map((f) => expected(f, text, 1, 'char')).sort();
      const have = (got[file] ?? []).map((d) => {
        const m = /^reclint \[([a-z0-9-]+)\]: /.exec(d.message);
        assert.ok(m, `eglot message carries source and code: ${d.message}`);
        return `${m[1]}@${d.line}:${d.column}-${d.endLine}:${d.endColumn}`;
      }).sort();
      assert.deepEqual(have, want, path.relative(dir, file));
      total += have.length;
    }
    assert.ok(total >= 7, `expected the examples' findings, got ${total}`);
  });

  it('VS Code: the extension suite (diagnostics, quick fix, hover, commands, cross-file) and the Problems panel', function () {
    need(this, VSCODE);
    const r = run(process.execPath, [path.join(PROBES, 'vscode/run.mjs')], { timeout: 240000 });
    assert.equal(r.status, 0, `VS Code run failed (${r.status}):\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-2000)}`);
    assert.match(r.stdout, /extension suite exited with 0/);
    assert.match(r.stdout, /UI check: squiggle shown/);
  });
});
