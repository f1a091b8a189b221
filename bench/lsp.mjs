// The language server as an editor sees it: start → first diagnostics, whole-workspace lint, edit → diagnostics
// (3 KB and large policy), script edit → dependent policy diagnostics, and the server's peak RSS.
// `measureLsp({ root, corpusDir })` returns [label, value] rows; `node bench/lsp.mjs` runs it alone.
//
// It spawns the real bundled server (`server/out/server.js --stdio`), speaks JSON-RPC over its stdio
// itself (no dependencies, so each message is timed when its bytes arrive), answers the server's
// requests (workspace/configuration with the bench's settings, everything else with null) and waits on
// textDocument/publishDiagnostics. Every wait has a timeout; a timeout becomes a FAILED row, and the
// server's stderr is printed only then.
//
// The workspace is a temporary copy of corpus/small/ and corpus/shared.ivr with the corpus's layout
// (the policies name `../shared.ivr`, which must be inside the workspace folder to be read).
//
// Environment: BENCH_LSP_EDITS (default 200), BENCH_LSP_SCRIPT_EDITS (default 50), BENCH_LSP_BUDGET_MS
// (default 30000: a series of edits stops early, saying so in its label, when it runs longer),
// BENCH_LSP_TIMEOUT_MS (default 60000 per wait), BENCH_LSP_CPU_PROF=<dir> (run the server with --cpu-prof).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const EDITS = Number(process.env.BENCH_LSP_EDITS ?? 200);
const SCRIPT_EDITS = Number(process.env.BENCH_LSP_SCRIPT_EDITS ?? 50);
const BUDGET_MS = Number(process.env.BENCH_LSP_BUDGET_MS ?? 30000);
const TIMEOUT_MS = Number(process.env.BENCH_LSP_TIMEOUT_MS ?? 60000);
const CPU_PROF = process.env.BENCH_LSP_CPU_PROF;

const now = () => process.hrtime.bigint();
const ms = (a, b) => Number(b - a) / 1e6;
const sleep = (n) => new Promise((r) => setTimeout(r, n));
const uriOf = (p) => pathToFileURL(p).href;

class Timeout extends Error {}

/** Every server this module started; any still running at the end is killed. */
const started = new Set();

/** One server process and a minimal LSP client over its stdio. */
class Server {
  constructor(root, settings, { cpuProf } = {}) {
    this.settings = settings;
    this.stderr = '';
    this.nextId = 1;
    this.pending = new Map();
    /** Every publishDiagnostics, in order: { uri, version, count, t }. */
    this.published = [];
    /** uri → last publish. */
    this.last = new Map();
    this.waiters = new Set();
    this.configRequests = 0;
    /** window/logMessage: { t, message } (the server logs "linted N file(s) in X ms"). */
    this.logs = [];
    this.exited = null;
    const args = [...(cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${cpuProf}`] : []), join(root, 'server', 'out', 'server.js'), '--stdio'];
    this.t0 = now();
    this.proc = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    started.add(this);
    this.proc.stderr.on('data', (b) => (this.stderr += b.toString()));
    this.proc.on('exit', (code, signal) => {
      this.exited = { code, signal };
      started.delete(this);
      this.wake();
    });
    this.proc.stdin.on('error', () => undefined);
    let buf = Buffer.alloc(0);
    this.proc.stdout.on('data', (chunk) => {
      const t = now();
      buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
      for (;;) {
        const h = buf.indexOf('\r\n\r\n');
        if (h < 0) break;
        const m = /Content-Length: *(\d+)/i.exec(buf.subarray(0, h).toString('ascii'));
        if (!m) throw new Error(`bad LSP header: ${buf.subarray(0, h).toString()}`);
        const len = Number(m[1]);
        if (buf.length < h + 4 + len) break;
        const body = buf.subarray(h + 4, h + 4 + len).toString('utf8');
        buf = buf.subarray(h + 4 + len);
        this.onMessage(JSON.parse(body), t);
      }
    });
  }

  send(msg) {
    if (process.env.BENCH_LSP_DEBUG && msg.method && msg.method !== 'workspace/configuration') console.error(`+${ms(this.t0, now()).toFixed(0)} ms  → ${msg.method} ${msg.params?.textDocument ? `${basename(msg.params.textDocument.uri)} v${msg.params.textDocument.version}` : ''}`);
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }
  notify(method, params) {
    this.send({ method, params });
  }
  request(method, params) {
    const id = this.nextId++;
    this.send({ id, method, params });
    return new Promise((res, rej) => this.pending.set(id, { res, rej }));
  }

  onMessage(msg, t) {
    if (msg.id !== undefined && msg.method) {
      // A request from the server.
      let result = null;
      if (msg.method === 'workspace/configuration') {
        this.configRequests++;
        this.configFirst ??= t;
        this.configLast = t;
        result = (msg.params?.items ?? []).map(() => this.settings);
      } else if (msg.method === 'workspace/applyEdit') result = { applied: false };
      this.send({ id: msg.id, result });
      return;
    }
    if (msg.id !== undefined) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (msg.error) p?.rej(new Error(`${msg.error.code}: ${msg.error.message}`));
      else p?.res(msg.result);
      return;
    }
    if (msg.method === 'textDocument/publishDiagnostics') {
      const e = { uri: msg.params.uri, version: msg.params.version, count: msg.params.diagnostics.length, t, seq: this.published.length };
      this.published.push(e);
      this.last.set(e.uri, e);
      this.wake();
    } else if (msg.method === 'window/logMessage') {
      this.logs.push({ t, message: String(msg.params?.message ?? '') });
      if (process.env.BENCH_LSP_DEBUG) console.error(`+${ms(this.t0, t).toFixed(0)} ms  ${msg.params?.message}`);
    } else if (msg.method === 'reclint/status') {
      this.status = { ...msg.params, t };
      this.wake();
    }
  }

  wake() {
    for (const w of [...this.waiters]) w();
  }

  /** Resolve with pred()'s first truthy value, checked on every message; reject after `timeout` ms. */
  until(what, pred, timeout = TIMEOUT_MS) {
    return new Promise((res, rej) => {
      const check = () => {
        let v;
        try {
          v = pred();
        } catch (e) {
          done();
          rej(e);
          return;
        }
        if (v) {
          done();
          res(v);
        } else if (this.exited) {
          done();
          rej(new Error(`the server exited (${JSON.stringify(this.exited)}) while waiting for ${what}`));
        }
      };
      const timer = setTimeout(() => {
        done();
        rej(new Timeout(`timed out after ${timeout / 1000} s waiting for ${what}`));
      }, timeout);
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  /**
   * The first publish for `uri` at or after sequence number `seq`, with `version` when given (a publish without
   * a version counts: the server does not send versions then).
   */
  nextPublish(uri, seq, version, what, timeout = TIMEOUT_MS) {
    let from = seq;
    return this.until(what, () => {
      for (; from < this.published.length; from++) {
        const e = this.published[from];
        if (e.uri === uri && (version === undefined || e.version === undefined || e.version === version)) return e;
      }
      return undefined;
    }, timeout);
  }

  async initialize(folder) {
    const params = {
      processId: process.pid,
      clientInfo: { name: 'reclint-bench' },
      rootUri: uriOf(folder),
      workspaceFolders: [{ uri: uriOf(folder), name: basename(folder) }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, applyEdit: true, didChangeWatchedFiles: { dynamicRegistration: true }, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          synchronization: { didSave: true, dynamicRegistration: true },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          rename: { prepareSupport: true },
        },
        window: { workDoneProgress: true },
      },
    };
    const r = await this.withTimeout(this.request('initialize', params), 'the initialize response');
    this.capabilities = r.capabilities;
    this.tInitialized = now();
    this.notify('initialized', {});
    return r;
  }

  /** `p`, or a Timeout after `timeout` ms, or an error when the server exits first. */
  withTimeout(p, what, timeout = TIMEOUT_MS) {
    return new Promise((res, rej) => {
      const timer = setTimeout(() => {
        cleanup();
        rej(new Timeout(`timed out after ${timeout / 1000} s waiting for ${what}`));
      }, timeout);
      const onExit = () => {
        if (!this.exited) return;
        cleanup();
        rej(new Error(`the server exited (${JSON.stringify(this.exited)}) while waiting for ${what}`));
      };
      const cleanup = () => {
        clearTimeout(timer);
        this.waiters.delete(onExit);
      };
      this.waiters.add(onExit);
      onExit();
      p.then((v) => (cleanup(), res(v)), (e) => (cleanup(), rej(e)));
    });
  }

  /** Wait until nothing has arrived for `quietMs` (polling), at most `timeout` ms. */
  async quiet(quietMs = 300, timeout = TIMEOUT_MS) {
    const start = now();
    for (;;) {
      const lastT = this.published.length ? this.published[this.published.length - 1].t : this.t0;
      const st = this.status?.t ?? this.t0;
      const last = lastT > st ? lastT : st;
      if (ms(last, now()) >= quietMs) return;
      if (ms(start, now()) > timeout) throw new Timeout(`the server did not go quiet within ${timeout / 1000} s`);
      await sleep(50);
    }
  }

  open(uri, text, languageId) {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Peak RSS (VmHWM) and current RSS in MB, from /proc. */
  memory() {
    try {
      const s = readFileSync(`/proc/${this.proc.pid}/status`, 'utf8');
      const kb = (k) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(s)?.[1]);
      return { hwm: kb('VmHWM') / 1024, rss: kb('VmRSS') / 1024 };
    } catch {
      return undefined;
    }
  }

  async stop() {
    if (this.exited) return;
    try {
      await this.withTimeout(this.request('shutdown', null), 'the shutdown response', 3000);
      this.notify('exit', null);
    } catch {
      /* gone */
    }
    const gone = await Promise.race([this.until('exit', () => this.exited, 5000).then(() => true, () => false)]);
    if (!gone) this.proc.kill('SIGKILL');
  }
}

/** Text-document sync kind the server asked for: 1 full, 2 incremental. */
function syncKind(caps) {
  const s = caps?.textDocumentSync;
  return typeof s === 'number' ? s : (s?.change ?? 1);
}

function positionAt(text, offset) {
  let line = 0;
  let last = -1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, character: offset - last - 1 };
}

function lineCount(text) {
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

function pct(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/**
 * Toggle `a` ↔ `b` at the first occurrence of `a` in `uri`'s text, `n` times, ~40 ms apart after each
 * result, and time each change until `done(seq, version)` resolves. Stops early after BUDGET_MS.
 */
async function editSeries(srv, uri, text, a, b, n, done) {
  const at = text.indexOf(a);
  if (at < 0 || a.length !== b.length) throw new Error(`\`${a}\` not found in ${uri}`);
  const start = positionAt(text, at);
  const range = { start, end: { line: start.line, character: start.character + a.length } };
  const incremental = syncKind(srv.capabilities) === 2;
  const times = [];
  /** What the server says each edit's lint did: { files, ms }. */
  const lints = [];
  const began = now();
  let cur = text;
  let version = srv.versions.get(uri) ?? 1;
  for (let i = 0; i < n; i++) {
    const to = i % 2 === 0 ? b : a;
    cur = cur.slice(0, at) + to + cur.slice(at + a.length);
    version++;
    srv.versions.set(uri, version);
    const seq = srv.published.length;
    const logAt = srv.logs.length;
    const t = now();
    srv.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [incremental ? { range, text: to } : { text: cur }] });
    const e = await done(seq, version);
    times.push(ms(t, e.t));
    // The server logs each lint after publishing it: wait for that line too, so the next edit starts on a settled
    // server (and report what the lint covered); a server that does not log it is waited for once only.
    const lintLog = () => srv.logs.slice(logAt).find((l) => /linted \d+ file/.test(l.message));
    const log = srv.logsLints === false ? lintLog() : await srv.until('the server\'s "linted" log line', lintLog, 2000).catch(() => undefined);
    if (log) srv.logsLints = true;
    else srv.logsLints ??= false;
    const m = log && /linted (\d+) file\(s\) in (\d+) ms/.exec(log.message);
    if (m) lints.push({ files: Number(m[1]), ms: Number(m[2]) });
    if (process.env.BENCH_LSP_DEBUG) console.error(`edit ${i}: ${times[times.length - 1].toFixed(1)} ms; logs: ${srv.logs.slice(logAt).map((l) => `+${ms(t, l.t).toFixed(0)} ${l.message}`).join(' | ')}`);
    if (ms(began, now()) > BUDGET_MS) break;
    await sleep(30 + Math.round(Math.random() * 20));
  }
  // Leave the document as it was (and let the server settle).
  if (cur !== text) {
    version++;
    srv.versions.set(uri, version);
    const seq = srv.published.length;
    srv.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [incremental ? { range, text: a } : { text }] });
    await done(seq, version);
  }
  return { times, lints, incremental, stoppedEarly: times.length < n };
}

function fmtSeries(r) {
  const { times } = r;
  if (!times.length) return 'no samples';
  const p50 = pct(times, 50);
  const p95 = pct(times, 95);
  const max = Math.max(...times);
  let server = '';
  if (r.lints?.length) {
    const files = r.lints.map((l) => l.files);
    server = `; server: each edit lints ${Math.min(...files) === Math.max(...files) ? files[0] : `${Math.min(...files)}–${Math.max(...files)}`} file(s), p50 ${pct(r.lints.map((l) => l.ms), 50)} ms`;
  }
  return `p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${max.toFixed(0)} ms  (n=${times.length}${r.stoppedEarly ? `, stopped at the ${BUDGET_MS / 1000} s budget` : ''}, ${r.incremental ? 'incremental' : 'full'} didChange${server})`;
}

/** A temporary workspace with the corpus's layout: small/*.recording-policy.yaml and shared.ivr beside it. */
function makeWorkspace(corpusDir, { small = true, large = [] } = {}) {
  const ws = realpathSync(mkdtempSync(join(tmpdir(), 'reclint-lsp-bench-')));
  copyFileSync(join(corpusDir, 'shared.ivr'), join(ws, 'shared.ivr'));
  if (small) cpSync(join(corpusDir, 'small'), join(ws, 'small'), { recursive: true });
  if (large.length) {
    mkdirSync(join(ws, 'large'));
    for (const f of large) copyFileSync(join(corpusDir, 'large', f), join(ws, 'large', f));
  }
  return ws;
}

/**
 * One server session on a workspace: start it, open `openRel` (relative to the workspace), wait for its first
 * diagnostics and for the whole workspace lint. Returns the server and the timings.
 */
async function startSession(root, ws, settings, openRel, expectPolicies) {
  const srv = new Server(root, settings, { cpuProf: CPU_PROF });
  srv.versions = new Map();
  try {
    return await startedSession(srv, ws, openRel, expectPolicies);
  } catch (e) {
    e.server = srv;
    await srv.stop();
    throw e;
  }
}

async function startedSession(srv, ws, openRel, expectPolicies) {
  const init = await srv.initialize(ws);
  const tInitResp = now();
  const file = join(ws, openRel);
  const uri = uriOf(file);
  const text = readFileSync(file, 'utf8');
  srv.open(uri, text, 'yaml');
  srv.versions.set(uri, 1);
  const first = await srv.until(`the first diagnostics for ${openRel}`, () => srv.last.get(uri), TIMEOUT_MS * 3);
  const all = await srv.until(`diagnostics for all ${expectPolicies} policies of the workspace`, () => {
    let n = 0;
    for (const u of srv.last.keys()) if (/\.recording-policy\.ya?ml$/.test(u)) n++;
    return n >= expectPolicies ? srv.published[srv.published.length - 1] : undefined;
  }, TIMEOUT_MS * 3);
  // Let the workspace lint finish publishing (the script, the status) before editing.
  await srv.quiet(300, TIMEOUT_MS * 3);
  return { srv, uri, text, init, first: ms(srv.t0, first.t), firstFromInit: ms(srv.tInitialized, first.t), initResp: ms(srv.t0, tInitResp), all: ms(srv.t0, all.t) };
}

/** What was measured: the server bundle's build time and the commit it sits on. */
function serverBuild(root) {
  const out = join(root, 'server', 'out', 'server.js');
  const git = (...a) => spawnSync('git', ['-C', root, ...a], { encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD').stdout?.trim();
  const dirty = git('status', '--porcelain', '--', 'server/src').stdout?.trim();
  return `server/out/server.js built ${statSync(out).mtime.toISOString().slice(0, 19)}Z${head ? ` on ${head}` : ''}${dirty ? ' (server/src has uncommitted changes)' : ''}`;
}

export async function measureLsp({ root, corpusDir }) {
  const rows = [];
  const stderrs = [];
  const fail = (label, e, srv) => {
    rows.push([label, `FAILED: ${e instanceof Error ? e.message : String(e)}`]);
    if (srv) stderrs.push(`--- server stderr (${label}) ---\n${srv.stderr.slice(-4000) || '(empty)'}`);
  };
  const policies = (d) => (existsSync(d) ? readdirSync(d).filter((f) => /\.recording-policy\.ya?ml$/.test(f)).sort() : []);
  const smallNames = policies(join(corpusDir, 'small'));
  const largeNames = policies(join(corpusDir, 'large'));
  const temps = [];
  try {
    if (smallNames.length) await workspaceSessions();
    if (largeNames.length) await largeAlone();
  } finally {
    for (const srv of [...started]) srv.proc.kill('SIGKILL');
    for (const t of temps) rmSync(t, { recursive: true, force: true });
  }
  rows.push(['language server measured', serverBuild(root)]);
  if (rows.some((r) => String(r[1]).startsWith('FAILED'))) for (const s of stderrs) console.error(s);
  return rows;

  async function workspaceSessions() {
    const n = smallNames.length;
    const openSmall = `small/${smallNames[0]}`;
    const ws = makeWorkspace(corpusDir);
    temps.push(ws);

    // ---- session 1: the workspace with validationDelay 0 ----
    let s1;
    try {
      s1 = await startSession(root, ws, { validationDelay: 0 }, openSmall, n);
      const { srv } = s1;
      rows.push([`server start → first diagnostics of an opened 3 KB policy (${n} policies + shared .ivr)`, `${s1.first.toFixed(0)} ms  (initialize answered at ${s1.initResp.toFixed(0)} ms; ${srv.configRequests} workspace/configuration requests answered between ${ms(srv.t0, srv.configFirst ?? srv.t0).toFixed(0)} and ${ms(srv.t0, srv.configLast ?? srv.t0).toFixed(0)} ms)`]);
      rows.push([`server start → whole workspace published (all ${n} policies)`, `${s1.all.toFixed(0)} ms`]);
    } catch (e) {
      fail(`server start → first diagnostics (${n} policies + shared .ivr)`, e, e?.server);
      return;
    }
    const { srv, uri, text } = s1;
    const label3 = 'edit → diagnostics, 3 KB policy (validationDelay 0)';
    try {
      const r = await editSeries(srv, uri, text, 'P60D', 'P61D', EDITS, (seq, v) => srv.nextPublish(uri, seq, v, `diagnostics of ${openSmall} version ${v}`));
      rows.push([label3, fmtSeries(r)]);
    } catch (e) {
      fail(label3, e, srv);
    }

    // The shared script, open beside the policy: edit a prompt, wait for the policy's diagnostics.
    const labelS = `script edit → diagnostics of an open policy that reads it (shared .ivr, read by ${n} policies; validationDelay 0)`;
    try {
      const sfile = join(ws, 'shared.ivr');
      const suri = uriOf(sfile);
      const stext = readFileSync(sfile, 'utf8');
      let seq = srv.published.length;
      srv.open(suri, stext, 'ivr');
      srv.versions.set(suri, 1);
      await srv.nextPublish(suri, seq, undefined, 'diagnostics of shared.ivr after opening it');
      await srv.quiet(300);
      const r = await editSeries(srv, suri, stext, '"Welkom."', '"Hallo!."', SCRIPT_EDITS, (sq) => srv.nextPublish(uri, sq, undefined, `diagnostics of ${openSmall} after a shared.ivr edit`));
      rows.push([labelS, fmtSeries(r)]);
      seq = srv.published.length;
      srv.notify('textDocument/didClose', { textDocument: { uri: suri } });
      await srv.nextPublish(uri, seq, undefined, `diagnostics of ${openSmall} after closing shared.ivr`, 10000).catch(() => undefined);
      await srv.quiet(300);
    } catch (e) {
      fail(labelS, e, srv);
    }

    // A large policy opened in the same workspace (it reads the same shared .ivr, so it joins that group).
    const name = largeNames[0];
    if (name) {
      const ltext = readFileSync(join(corpusDir, 'large', name), 'utf8');
      const label = `edit → diagnostics, ${lineCount(ltext)}-line policy (${(ltext.length / 1024).toFixed(0)} KB) opened in that workspace (validationDelay 0)`;
      try {
        mkdirSync(join(ws, 'large'), { recursive: true });
        const lfile = join(ws, 'large', name);
        writeFileSync(lfile, ltext);
        const luri = uriOf(lfile);
        const seq = srv.published.length;
        srv.open(luri, ltext, 'yaml');
        srv.versions.set(luri, 1);
        await srv.nextPublish(luri, seq, undefined, `the first diagnostics of large/${name}`);
        await srv.quiet(300);
        const r = await editSeries(srv, luri, ltext, 'P60D', 'P61D', EDITS, (sq, v) => srv.nextPublish(luri, sq, v, `diagnostics of large/${name} version ${v}`));
        rows.push([label, fmtSeries(r)]);
      } catch (e) {
        fail(label, e, srv);
      }
    }
    const mem = srv.memory();
    rows.push([`server peak RSS (VmHWM) after all of the above in the ${n}-policy workspace`, mem ? `${mem.hwm.toFixed(0)} MB  (RSS now ${mem.rss.toFixed(0)} MB)` : 'n/a (no /proc)']);
    await srv.stop();
    rmSync(join(ws, 'large'), { recursive: true, force: true });

    // ---- session 2: the same workspace with the default settings (validationDelay 50) ----
    const label = 'edit → diagnostics, 3 KB policy, default settings (validationDelay 50)';
    let s2;
    try {
      s2 = await startSession(root, ws, {}, openSmall, n);
      rows.push(['server start → first diagnostics, default settings', `${s2.first.toFixed(0)} ms  (whole workspace ${s2.all.toFixed(0)} ms)`]);
      const r = await editSeries(s2.srv, s2.uri, s2.text, 'P60D', 'P61D', Math.min(EDITS, 100), (seq, v) => s2.srv.nextPublish(s2.uri, seq, v, `diagnostics of ${openSmall} version ${v}`));
      rows.push([label, fmtSeries(r)]);
    } catch (e) {
      fail(label, e, s2?.srv ?? e?.server);
    }
    await s2?.srv.stop();
  }

  // ---- session 3: a large policy alone with the shared .ivr (its own cost, without the group) ----
  async function largeAlone() {
    const name = largeNames[0];
    const lws = makeWorkspace(corpusDir, { small: false, large: [name] });
    temps.push(lws);
    const ltext = readFileSync(join(lws, 'large', name), 'utf8');
    const label = `edit → diagnostics, ${lineCount(ltext)}-line policy alone with the .ivr (validationDelay 0)`;
    let s3;
    try {
      s3 = await startSession(root, lws, { validationDelay: 0 }, `large/${name}`, 1);
      const r = await editSeries(s3.srv, s3.uri, s3.text, 'P60D', 'P61D', EDITS, (seq, v) => s3.srv.nextPublish(s3.uri, seq, v, `diagnostics of large/${name} version ${v}`));
      rows.push([label, fmtSeries(r)]);
    } catch (e) {
      fail(label, e, s3?.srv ?? e?.server);
    }
    await s3?.srv.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(import.meta.dirname, '..');
  const corpusDir = join(root, 'bench', 'corpus');
  if (!existsSync(join(corpusDir, 'small')) || !existsSync(join(corpusDir, 'shared.ivr'))) {
    const { generate } = await import('./generate.mjs');
    generate(corpusDir, Number(process.env.BENCH_SMALL ?? 2000), Number(process.env.BENCH_LARGE ?? 200));
  }
  if (!existsSync(join(root, 'server', 'out', 'server.js'))) {
    console.error('server/out/server.js is missing: run `npm run build` first');
    process.exit(2);
  }
  const t = now();
  const rows = await measureLsp({ root, corpusDir });
  const w = Math.max(...rows.map((r) => r[0].length));
  console.log(rows.map(([a, b]) => `${a.padEnd(w)}  ${b}`).join('\n'));
  console.error(`(lsp bench took ${(ms(t, now()) / 1000).toFixed(0)} s)`);
  process.exit(rows.some((r) => String(r[1]).startsWith('FAILED')) ? 1 : 0);
}
