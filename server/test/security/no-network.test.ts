/**
 * reclint never touches the network: the CLI over examples/ and a whole language-server session run
 * with a preload that records (and refuses) every socket connect, listen, DNS lookup and HTTP request,
 * and the core imports nothing that could open one.
 */
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as ts from 'typescript';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

const REPO = path.resolve(__dirname, '../../..');
const CLI = path.join(REPO, 'server/out/cli.js');
const SERVER = path.join(REPO, 'server/out/server.js');
const PRELOAD = path.join(__dirname, 'no-network-preload.cjs');

function tempDir(): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'reclint-nonet-')));
}

function copyExamples(): string {
  const dir = tempDir();
  fs.cpSync(path.join(REPO, 'examples'), dir, { recursive: true });
  return dir;
}

/** Run node with the preload; returns the process result and what the preload recorded. */
function runGuarded(args: string[], opts: { cwd: string; input?: string }): { status: number | null; stdout: string; stderr: string; recorded: string } {
  const log = path.join(tempDir(), 'net.log');
  fs.writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--require', PRELOAD, ...args], { cwd: opts.cwd, input: opts.input, encoding: 'utf8', env: { ...process.env, RECLINT_NET_LOG: log, NO_COLOR: '1' } });
  const recorded = fs.readFileSync(log, 'utf8');
  fs.rmSync(path.dirname(log), { recursive: true, force: true });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, recorded };
}

describe('security: no network', function () {
  this.timeout(60000);

  before(function () {
    for (const f of [CLI, SERVER]) if (!fs.existsSync(f)) throw new Error(`${f} is missing: run \`npm run build\` first`);
  });

  it('the preload catches every way to reach the network (else the tests below prove nothing)', () => {
    const attempts: [string, string][] = [
      ['net.Socket#connect', "new (require('net').Socket)().connect(9, '127.0.0.1')"],
      ['net.connect', "require('net').connect(9, '127.0.0.1')"],
      ['net.createConnection', "require('net').createConnection({ path: '/tmp/nonexistent.sock' })"],
      ['net.Server#listen', "require('net').createServer().listen(0)"],
      ['tls.connect', "require('tls').connect(443, 'example.invalid')"],
      ['dgram.createSocket', "require('dgram').createSocket('udp4')"],
      ['node:http.request', "require('http').request('http://example.invalid/')"],
      ['node:http.get', "require('http').get('http://example.invalid/')"],
      ['node:https.request', "require('https').request('https://example.invalid/')"],
      ['node:https.get', "require('https').get('https://example.invalid/')"],
      ['http2.connect', "require('http2').connect('https://example.invalid')"],
      ['dns.lookup', "require('dns').lookup('example.invalid', () => {})"],
      ['dns.resolve4', "require('dns').resolve4('example.invalid', () => {})"],
      ['dns.promises.lookup', "require('dns').promises.lookup('example.invalid')"],
      ['fetch', "fetch('https://example.invalid/')"],
      ['process.binding(tcp_wrap)', "process.binding('tcp_wrap')"],
    ];
    const script = attempts.map(([, code]) => `try { const r = ${code}; if (r && r.catch) r.catch(() => {}); } catch (e) { if (e.code !== 'ERECLINTNONET') console.error(e); }`).join('\n');
    const r = runGuarded(['-e', script], { cwd: os.tmpdir() });
    assert.equal(r.stderr, '', 'only the preload\'s own refusals are thrown');
    for (const [label] of attempts) assert.ok(r.recorded.includes(` ${label} `), `${label} was not caught; recorded:\n${r.recorded}`);
    // Pipes are sockets as well; reading stdin is not a network connection.
    const piped = runGuarded(['-e', "process.stdin.on('data', () => {}); process.stdin.on('end', () => process.stdout.write('read'))"], { cwd: os.tmpdir(), input: 'hello' });
    assert.equal(piped.stdout, 'read');
    assert.equal(piped.recorded, '');
  });

  it('the CLI lints, formats, fixes and analyses examples/ without opening a socket', () => {
    const dir = copyExamples();
    try {
      const runs: [string[], number][] = [
        [['--format', 'json', '.'], 1],
        [['--format', 'sarif', '.'], 1],
        [['--format', 'github', '.'], 1],
        [['.'], 1],
        [['--fix-dry-run', '.'], 1],
        [['--fix', '.'], 1],
        [['purposes', '--lang', 'nl', 'Dit gesprek kan worden opgenomen voor trainingsdoeleinden.'], 0],
        [['--help'], 0],
      ];
      for (const [args, status] of runs) {
        const r = runGuarded([CLI, ...args], { cwd: dir });
        assert.equal(r.recorded, '', `reclint ${args.join(' ')} reached for the network:\n${r.recorded}`);
        assert.equal(r.status, status, `reclint ${args.join(' ')}: ${r.stderr}`);
      }
      const json = runGuarded([CLI, '--format', 'json', '.'], { cwd: dir });
      assert.ok((JSON.parse(json.stdout) as { summary: { files: number } }).summary.files >= 4, 'the CLI did lint the examples');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a language server session (initialize → lint workspace → edit, hover, fix, docs → shutdown) opens no socket', async () => {
    const dir = copyExamples();
    const logDir = tempDir();
    const log = path.join(logDir, 'net.log');
    fs.writeFileSync(log, '');
    const proc = spawn(process.execPath, ['--require', PRELOAD, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, RECLINT_NET_LOG: log } });
    let stderr = '';
    proc.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    const diagnostics = new Map<string, Diagnostic[]>();
    const shown: string[] = [];
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      diagnostics.set(p.uri, p.diagnostics);
    });
    conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('workspace/applyEdit', () => ({ applied: true }));
    conn.onRequest('window/showDocument', (p: { uri: string }) => {
      shown.push(p.uri);
      return { success: true };
    });
    conn.listen();
    try {
      const root = pathToFileURL(dir).href;
      await conn.sendRequest('initialize', {
        processId: process.pid,
        rootUri: root,
        workspaceFolders: [{ uri: root, name: 'examples' }],
        capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, applyEdit: true }, window: { showDocument: { support: true } } },
      });
      await conn.sendNotification('initialized', {});
      const lint = await conn.sendRequest<{ files: number; problems: number }>('reclint/lintWorkspace', {});
      assert.ok(lint.files >= 4 && lint.problems > 0, JSON.stringify(lint));
      const file = path.join(dir, 'contact-centre/service.recording-policy.yaml');
      const uri = pathToFileURL(file).href;
      const text = fs.readFileSync(file, 'utf8');
      await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
      await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: text.replace('https://www.zonnestroom.example/privacy/inzage', 'https://reclint-must-not-fetch.example/') }] });
      const at = (needle: string, delta: number) => {
        const before = text.slice(0, text.indexOf(needle) + delta);
        return { line: before.split('\n').length - 1, character: before.length - before.lastIndexOf('\n') - 1 };
      };
      const td = { textDocument: { uri } };
      await conn.sendRequest('textDocument/hover', { ...td, position: at('purpose: staff-training', 12) });
      await conn.sendRequest('textDocument/hover', { ...td, position: at('procedure: https', 14) });
      await conn.sendRequest('textDocument/completion', { ...td, position: at('legal_basis: toestemming', 13) });
      await conn.sendRequest('textDocument/definition', { ...td, position: at('script: ivr/service.ivr', 12) });
      await conn.sendRequest('textDocument/definition', { ...td, position: at('procedure: https', 14) });
      await conn.sendRequest('textDocument/documentSymbol', td);
      await conn.sendRequest('reclint/noticeAnalysis', { uri, position: { line: 0, character: 0 } });
      const ds = diagnostics.get(uri) ?? [];
      const actions = await conn.sendRequest<CodeAction[]>('textDocument/codeAction', { ...td, range: { start: { line: 0, character: 0 }, end: { line: 80, character: 0 } }, context: { diagnostics: ds } });
      const docs = actions.find((a) => a.command?.command === 'reclint.server.showDocumentation');
      if (docs?.command) await conn.sendRequest('workspace/executeCommand', docs.command);
      await conn.sendRequest('workspace/executeCommand', { command: 'reclint.server.fixAll', arguments: [uri] });
      // A policy that names a script by URL: reclint says it reads local files only, and fetches nothing.
      const remote = pathToFileURL(path.join(dir, 'contact-centre/remote.recording-policy.yaml')).href;
      await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: remote, languageId: 'yaml', version: 1, text: text.replace('script: ivr/service.ivr', 'script: https://reclint-must-not-fetch.example/service.ivr') } });
      await conn.sendRequest('reclint/lintWorkspace', {});
      assert.ok((diagnostics.get(remote) ?? []).some((d) => d.code === 'script-not-found'), JSON.stringify(diagnostics.get(remote)));
      await conn.sendRequest('shutdown');
      await conn.sendNotification('exit');
      assert.equal(await exited, 0, stderr);
      assert.ok(shown.every((u) => u.startsWith('https://')), 'documentation links are handed to the client to open');
      assert.equal(fs.readFileSync(log, 'utf8'), '', 'the server reached for the network');
    } finally {
      conn.dispose();
      if (proc.exitCode === null) proc.kill();
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(logDir, { recursive: true, force: true });
    }
  });
});

describe('security: the core cannot reach the network or run programs', () => {
  const CORE = path.join(REPO, 'server/src/core');
  const files = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : /\.ts$/.test(e.name) ? [path.join(dir, e.name)] : []));
  /** Every module a file names: imports, re-exports, require() and import() (comments and strings ignored). */
  const importsOf = (src: string): string[] => ts.preProcessFile(src, true, true).importedFiles.map((f) => f.fileName);
  const FORBIDDEN = /^(node:)?(child_process|net|http|https|http2|dgram|dns|tls|worker_threads|cluster|inspector|vm)(\/|$)/;

  it('no file in server/src/core imports a network, process or eval module', () => {
    const bad: string[] = [];
    for (const f of files(CORE)) {
      const src = fs.readFileSync(f, 'utf8');
      for (const spec of importsOf(src)) if (FORBIDDEN.test(spec)) bad.push(`${path.relative(REPO, f)}: ${spec}`);
      if (/\bprocess\.binding\b|\bglobalThis\.fetch\b|(?<![\w.])fetch\s*\(|\bnew\s+WebSocket\b|\beval\s*\(|\bnew\s+Function\s*\(/.test(src)) bad.push(`${path.relative(REPO, f)}: fetch/WebSocket/process.binding/eval`);
    }
    assert.deepEqual(bad, []);
  });

  it('the core imports only itself, yaml, ajv, jsonc-parser, saxes and JSON schemas (style.md: no node: modules)', () => {
    const outside: string[] = [];
    for (const f of files(CORE)) {
      const src = fs.readFileSync(f, 'utf8');
      for (const spec of importsOf(src)) {
        if (spec === 'yaml' || spec === 'ajv' || spec === 'jsonc-parser' || spec === 'saxes') continue;
        if (spec.startsWith('.')) {
          const target = path.resolve(path.dirname(f), spec);
          if (target.startsWith(CORE + path.sep) || /\.json$/.test(spec)) continue;
        }
        outside.push(`${path.relative(REPO, f)}: ${spec}`);
      }
    }
    assert.deepEqual(outside, []);
  });
});
