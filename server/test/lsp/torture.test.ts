/**
 * The server survives the client (issue 8): bad bytes, bad messages, unknown methods, requests for
 * documents it never saw, positions off the text, edit storms, files deleted under it, and memory over
 * 10,000 edits. After every step it must still answer a hover. No timing is asserted.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CompletionItem, Diagnostic, DocumentSymbol, Hover, Location, PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { ResyncingMessageReader } from '../../src/lsp/framing';
import { CLI, compact, compactCli, REPO, tempCopy, TestClient, uriOf, type CliFinding } from './client';

const POLICY = 'contact-centre/service.recording-policy.yaml';
const SALES = 'contact-centre/sales.recording-policy.yaml';
const SCRIPT = 'contact-centre/ivr/service.ivr';

function frame(body: string | Buffer): Buffer {
  const b = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  return Buffer.concat([Buffer.from(`Content-Length: ${b.length}\r\n\r\n`, 'ascii'), b]);
}

/** A small seeded generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** One incremental change replacing [start, end) of `text`. */
function change(text: string, start: number, end: number, newText: string): { text: string; event: TextDocumentContentChangeEvent } {
  return { text: text.slice(0, start) + newText + text.slice(end), event: { range: { start: positionAt(text, start), end: positionAt(text, end) }, newText, text: newText } as TextDocumentContentChangeEvent };
}

/**
 * The n-th edit of a storm: mostly typing in a description, and now and then edits that change the
 * findings (a duration, a legal basis) or shift every line below (a comment line added at the top).
 */
function stormEdit(text: string, n: number): { text: string; event: TextDocumentContentChangeEvent } {
  if (n % 50 === 0) {
    const at = text.indexOf('policy: 1');
    return change(text, at, at, `# storm ${n}\n`);
  }
  if (n % 10 === 0) {
    const bad = text.indexOf('max: 90 days');
    if (bad >= 0) return change(text, bad + 5, bad + 12, 'P90D');
    const good = text.indexOf('max: P90D');
    return change(text, good + 5, good + 9, '90 days');
  }
  if (n % 25 === 0) {
    const bad = text.indexOf('legal_basis: toestemming');
    if (bad >= 0) return change(text, bad + 13, bad + 24, 'consent');
    const good = text.indexOf('legal_basis: consent');
    return change(text, good + 13, good + 20, 'toestemming');
  }
  const line = text.indexOf('description: The quarterly coaching session');
  const eol = text.indexOf('\n', line);
  // Type a letter; every 30 letters, delete them again so the line stays short.
  const typed = text.slice(line, eol).match(/ taken place(.*)$/)![1];
  if (typed.length >= 30) return change(text, eol - typed.length, eol, '');
  return change(text, eol, eol, 'abcdefghijklmnopqrstuvwxyz '[n % 27]);
}

/** `reclint --format json` on one policy text, in a fresh copy of examples/ (script and config beside it). */
function cliOn(rel: string, text: string): string[] {
  const dir = tempCopy();
  try {
    fs.writeFileSync(path.join(dir, rel), text);
    const r = spawnSync(process.execPath, [CLI, '--format', 'json', '.'], { cwd: dir, encoding: 'utf8' });
    const out = JSON.parse(r.stdout) as { results: { file: string; findings: CliFinding[] }[] };
    return (out.results.find((x) => x.file === rel)?.findings ?? []).map(compactCli).sort();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function rssKb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error('no VmRSS');
  return Number(m[1]);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('stdio framing: a bad message costs that message only', () => {
  function feed(...parts: (string | Buffer)[]): { messages: unknown[]; errors: string[] } {
    const messages: unknown[] = [];
    const errors: string[] = [];
    const r = new ResyncingMessageReader(process.stdin);
    r.onError((e) => errors.push(e.message));
    // listen() on a stream we never write to: only push() feeds it.
    const d = r.listen((m) => messages.push(m));
    for (const p of parts) r.push(typeof p === 'string' ? Buffer.from(p, 'latin1') : p);
    d.dispose();
    return { messages, errors };
  }
  const ok = (id: number) => frame(JSON.stringify({ jsonrpc: '2.0', id, method: 'x' }));
  const ids = (ms: unknown[]) => ms.map((m) => (m as { id: number }).id);

  it('reads messages split at every byte, and several in one chunk', () => {
    const all = Buffer.concat([ok(1), frame(JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'ü€😀' })), ok(3)]);
    assert.deepEqual(ids(feed(...[...all].map((b) => Buffer.from([b]))).messages), [1, 2, 3]);
    assert.deepEqual(ids(feed(all).messages), [1, 2, 3]);
  });

  it('skips garbage before, between and inside headers', () => {
    const r = feed(Buffer.from([0, 255, 13, 10, 7, 0x80]), ok(1), 'noise without a colon\r\n\r\n', ok(2), 'X-Junk: 1\r\n\r\n', ok(3), 'garbage', ok(4));
    assert.deepEqual(ids(r.messages), [1, 2, 3, 4]);
    assert.ok(r.errors.length >= 3, r.errors.join('\n'));
  });

  it('drops bad Content-Length values and lengths that lie', () => {
    const body = JSON.stringify({ jsonrpc: '2.0', id: 9, method: 'x' });
    const r = feed(
      `Content-Length: abc\r\n\r\n${body}`, ok(1),
      `Content-Length: -5\r\n\r\n${body}`, ok(2),
      `Content-Length: 99999999999999\r\n\r\n${body}`, ok(3),
      `Content-Length: ${body.length + 500}\r\n\r\n${body}`, ok(4), // too long: the next header shows through
      `Content-Length: 5\r\n\r\n${body}`, ok(5), // too short
      `Content-Length: ${body.length}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${body.replace('9', '6')}`,
    );
    assert.deepEqual(ids(r.messages), [1, 2, 3, 4, 5, 6]);
  });

  it('drops bodies that are not JSON or not an object', () => {
    const r = feed(frame('{not json'), ok(1), frame('[1,2]'), frame('null'), frame('42'), ok(2), frame(''), ok(3));
    assert.deepEqual(ids(r.messages), [1, 2, 3]);
    assert.equal(r.errors.length, 5);
  });

  it('does not hold on to a flood of bytes with no header', () => {
    const r = feed(Buffer.alloc(1 << 20, 0x41), ok(1));
    assert.deepEqual(ids(r.messages), [1]);
  });
});

describe('language server torture (issue 8: the server survives the client)', function () {
  this.timeout(60000);
  let dir: string;
  let client: TestClient;
  let policy: string;
  /** On `purpose: staff-training` in the policy's current text. */
  const hoverAt = () => {
    const text = client.texts.get(policy)!;
    return positionAt(text, text.indexOf('purpose: staff-training') + 12);
  };
  /** Every diagnostics notification, in order of arrival. */
  const history: PublishDiagnosticsParams[] = [];

  /** The server still answers: a hover on the open policy names the purpose under the cursor. */
  async function alive(step: string): Promise<void> {
    const h = await Promise.race([
      client.request<Hover | null>('textDocument/hover', { textDocument: { uri: policy }, position: hoverAt() }),
      sleep(15000).then(() => {
        throw new Error(`no hover answer after: ${step}\nstderr: ${client.stderr.slice(-2000)}`);
      }),
    ]);
    assert.match((h?.contents as { value: string } | undefined)?.value ?? '', /staff-training/, `hover after: ${step}`);
    assert.equal(client.proc.exitCode, null, `server exited after: ${step}`);
  }

  /** Write raw bytes to the server's stdin (after the last request's answer, so no message is half-written). */
  async function raw(bytes: Buffer | string): Promise<void> {
    await new Promise<void>((resolve, reject) => client.proc.stdin!.write(bytes, (e) => (e ? reject(e) : resolve())));
  }

  before(async function () {
    dir = tempCopy();
    client = new TestClient();
    const set = client.diagnostics.set.bind(client.diagnostics);
    client.diagnostics.set = (k, v) => {
      history.push(v);
      return set(k, v);
    };
    await client.initialize([dir]);
    policy = uriOf(path.join(dir, POLICY));
    await client.until('workspace lint', () => client.diagnostics.has(policy) && client.diagnostics.has(uriOf(path.join(dir, SCRIPT))));
    client.open(path.join(dir, POLICY));
    await client.until('open policy linted', () => client.diagnostics.get(policy)?.version === 1);
    await alive('start');
  });

  after(async () => {
    await client?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('garbage bytes on stdin', async () => {
    const r = rng(8);
    const logsBefore = client.logs.length;
    await raw(Buffer.from(Array.from({ length: 4096 }, () => Math.floor(r() * 256))));
    await alive('4 KB of random bytes');
    await raw(Buffer.from([0, 0, 0, 13, 10, 13, 10, 0xff, 0xfe]));
    await alive('NUL bytes and an empty header block');
    await raw(Buffer.alloc(64 * 1024, 0x7b));
    await alive('64 KB of `{`');
    assert.ok(client.logs.slice(logsBefore).some((l) => /bad message from the client.*Skipped/s.test(l)), 'the server says what it skipped');
  });

  it('bad Content-Length headers', async () => {
    const body = JSON.stringify({ jsonrpc: '2.0', id: 'never', method: 'textDocument/hover', params: { textDocument: { uri: policy }, position: hoverAt() } });
    await raw(`Content-Length: twelve\r\n\r\n${body}`);
    await alive('a non-numeric Content-Length');
    await raw(`Content-Type: application/vscode-jsonrpc\r\n\r\n${body}`);
    await alive('no Content-Length');
    await raw(`Content-Length: ${body.length + 1000}\r\n\r\n${body}`);
    await alive('a Content-Length too long (the next message shows through)');
    await raw(`Content-Length: 10\r\n\r\n${body}`);
    await alive('a Content-Length too short');
    await raw(`Content-Length: 999999999999\r\n\r\n`);
    await alive('a Content-Length of a terabyte');
  });

  it('bodies that are not JSON, and requests with params of the wrong types', async () => {
    await raw(frame('{"jsonrpc":"2.0","id":5,"method":"textDocument/hover",'));
    await raw(frame('[{"jsonrpc":"2.0","id":6,"method":"shutdown"}]'));
    await raw(frame('"just a string"'));
    await raw(frame(Buffer.from([0xc3, 0x28, 0xa0, 0xa1])));
    await alive('invalid JSON bodies');
    const invalid = async (method: string, params: unknown) => {
      await assert.rejects(client.request(method, params), (e: { code?: number }) => e.code === -32602, `${method} ${JSON.stringify(params)} → InvalidParams`);
    };
    await invalid('textDocument/hover', { textDocument: 5, position: hoverAt() });
    await invalid('textDocument/hover', { textDocument: { uri: policy }, position: { line: '3', character: 1 } });
    await invalid('textDocument/hover', null);
    await invalid('textDocument/completion', { textDocument: { uri: policy } });
    await invalid('textDocument/definition', { textDocument: { uri: [policy] }, position: hoverAt() });
    await invalid('textDocument/documentSymbol', { textDocument: {} });
    await invalid('textDocument/codeAction', { textDocument: { uri: policy }, range: 'all', context: { diagnostics: [] } });
    await invalid('textDocument/codeAction', { textDocument: { uri: policy }, range: { start: hoverAt(), end: hoverAt() }, context: { diagnostics: 'none' } });
    await invalid('textDocument/rename', { textDocument: { uri: policy }, position: hoverAt(), newName: 42 });
    await invalid('textDocument/hover', { textDocument: { uri: policy }, position: { line: Number.NaN, character: 0 } });
    // Notifications cannot be answered: malformed ones are dropped (and logged).
    const n = (method: string, params: unknown) => void client.conn.sendNotification(method, params);
    n('textDocument/didOpen', { textDocument: { uri: policy, languageId: 'yaml', version: 99, text: 42 } });
    n('textDocument/didOpen', { textDocument: { uri: 'file:///x.recording-policy.yaml' } });
    n('textDocument/didChange', { textDocument: { uri: policy, version: 99 }, contentChanges: 'everything' });
    n('textDocument/didChange', { textDocument: { uri: policy, version: 99 }, contentChanges: [{ text: 7 }] });
    n('textDocument/didChange', { textDocument: { uri: policy }, contentChanges: [{ text: '' }] });
    n('textDocument/didClose', { textDocument: null });
    n('textDocument/didSave', 'saved');
    n('workspace/didChangeWatchedFiles', { changes: 'all of them' });
    n('workspace/didChangeConfiguration', null);
    n('workspace/didChangeWorkspaceFolders', { event: { added: 3 } });
    n('$/cancelRequest', { id: { nested: true } });
    n('$/setTrace', { value: 17 });
    await alive('notifications with params of the wrong types');
    // The dropped didOpen/didChange did not replace the editor's text.
    assert.equal(client.diagnostics.get(policy)?.version, 1);
    const sym = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: policy } });
    assert.ok(sym.some((s) => s.name === 'customer-service'));
  });

  it('unknown methods: a request is MethodNotFound, a notification is ignored', async () => {
    await assert.rejects(client.request('reclint/noSuchThing', {}), (e: { code?: number }) => e.code === -32601);
    await assert.rejects(client.request('textDocument/semanticTokens/full', { textDocument: { uri: policy } }), (e: { code?: number }) => e.code === -32601);
    void client.conn.sendNotification('reclint/noSuchNotification', { a: 1 });
    void client.conn.sendNotification('$/somethingOptional', {});
    void client.conn.sendNotification('textDocument/didRename', { uri: policy });
    await alive('unknown methods');
  });

  it('requests for documents that are not open, do not exist, or are not files', async () => {
    const sales = uriOf(path.join(dir, SALES));
    const uris = [
      sales, // on disk, never opened: answered from the disk
      uriOf(path.join(dir, 'contact-centre/missing.recording-policy.yaml')),
      uriOf(path.join(dir, 'contact-centre/ivr/missing.ivr')),
      'untitled:Untitled-1',
      'https://example.invalid/remote.recording-policy.yaml',
      'file:///',
      '::::',
      '',
    ];
    const pos = { line: 3, character: 2 };
    for (const uri of uris) {
      const td = { textDocument: { uri } };
      await client.request<Hover | null>('textDocument/hover', { ...td, position: pos });
      await client.request<CompletionItem[]>('textDocument/completion', { ...td, position: pos });
      await client.request<Location[]>('textDocument/definition', { ...td, position: pos });
      await client.request<DocumentSymbol[]>('textDocument/documentSymbol', td);
      assert.deepEqual(await client.request('textDocument/codeAction', { ...td, range: { start: pos, end: pos }, context: { diagnostics: [] } }), [], uri);
      await client.request('textDocument/prepareRename', { ...td, position: pos });
      await client.request('reclint/noticeAnalysis', { uri, position: pos });
    }
    const salesSymbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: sales } });
    assert.ok(salesSymbols.some((s) => s.name === 'sales-line'), 'an unopened policy is read from disk');
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: uris[1] }, position: pos }), null);
    await alive('requests for unopened documents');
  });

  it('positions and ranges off the text', async () => {
    const td = { textDocument: { uri: policy } };
    const positions = [
      { line: 1e6, character: 0 },
      { line: 0, character: 1e9 },
      { line: 5, character: -5 },
      { line: -1, character: -1 },
      { line: 2 ** 31, character: 2 ** 31 },
      { line: Number.MAX_SAFE_INTEGER, character: 3 },
      { line: 3.7, character: 1.2 },
    ];
    for (const position of positions) {
      await client.request('textDocument/hover', { ...td, position });
      await client.request('textDocument/completion', { ...td, position });
      await client.request('textDocument/definition', { ...td, position });
      await client.request('textDocument/prepareRename', { ...td, position });
      await client.request('reclint/noticeAnalysis', { uri: policy, position });
    }
    const d = client.diags(policy)[0];
    const ranges = [
      { start: { line: 40, character: 10 }, end: { line: 2, character: 0 } },
      { start: { line: 0, character: 0 }, end: { line: 1e6, character: 1e6 } },
      { start: { line: -3, character: -3 }, end: { line: -1, character: 0 } },
    ];
    for (const range of ranges) {
      const echoed: Diagnostic = { ...d, range };
      await client.request('textDocument/codeAction', { ...td, range, context: { diagnostics: [echoed, { ...d, range: { start: { line: 1e6, character: 0 }, end: { line: 1e6, character: 9 } } }, { ...d, data: 'not ours' }] } });
      await client.request('textDocument/codeAction', { ...td, range, context: { diagnostics: [], only: ['source.fixAll'] } });
    }
    // An incremental change whose range is off the text, or backwards, is clamped as the protocol's text document does.
    const text = client.texts.get(policy)!;
    void client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: policy, version: 2 }, contentChanges: [{ range: { start: { line: 1e6, character: 0 }, end: { line: 1e6, character: 5 } }, text: '\n# appended at the end\n' }] });
    void client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: policy, version: 3 }, contentChanges: [{ range: { start: { line: 0, character: 1e6 }, end: { line: 0, character: 1e6 } }, text: ' (first line)' }] });
    client.texts.set(policy, text.replace('\n', ' (first line)\n') + '\n# appended at the end\n');
    await client.until('clamped edits linted', () => client.diagnostics.get(policy)?.version === 3);
    assert.deepEqual(client.diags(policy).map(compact).sort(), cliOn(POLICY, client.texts.get(policy)!));
    await alive('positions off the text');
  });

  it('1,000 edits within a second: the last diagnostics are those of a fresh lint of the final text', async () => {
    let text = client.texts.get(policy)!;
    let version = client.diagnostics.get(policy)!.version!;
    const first = version + 1;
    const start = history.length;
    for (let batch = 0; batch < 20; batch++) {
      for (let i = 0; i < 50; i++) {
        const e = stormEdit(text, version);
        text = e.text;
        version++;
        void client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: policy, version }, contentChanges: [e.event] });
      }
      await sleep(40);
    }
    client.texts.set(policy, text);
    await client.until('diagnostics for the last edit', () => client.diagnostics.get(policy)?.version === version, 30000);
    await sleep(500); // nothing older may arrive after it
    const mine = history.slice(start).filter((p) => p.uri === policy);
    assert.equal(mine.at(-1)!.version, version, 'the last diagnostics are for the last version');
    const versions = mine.map((p) => p.version!);
    assert.ok(versions.every((v, i) => v >= first && (i === 0 || v >= versions[i - 1])), `versions only go forward: ${versions.join(',')}`);
    assert.ok(mine.length < 1000, 'a storm is not linted once per edit');
    assert.deepEqual(client.diags(policy).map(compact).sort(), cliOn(POLICY, text));
    // Both the storm's settled text and a fresh server agree.
    const fresh = new TestClient();
    const copy = tempCopy();
    try {
      fs.writeFileSync(path.join(copy, POLICY), text);
      await fresh.initialize([copy]);
      const u = uriOf(path.join(copy, POLICY));
      await fresh.until('fresh server', () => fresh.diagnostics.has(u));
      assert.deepEqual(fresh.diags(u).map(compact).sort(), client.diags(policy).map(compact).sort());
    } finally {
      await fresh.stop();
      fs.rmSync(copy, { recursive: true, force: true });
    }
    await alive('1,000 edits');
  });

  it('a policy deleted on disk while open keeps working from the editor; closing it clears its diagnostics', async () => {
    const file = path.join(dir, SALES);
    const uri = client.open(file, 'yaml', 1);
    await client.until('sales open', () => client.diagnostics.get(uri)?.version === 1);
    fs.rmSync(file);
    void client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
    await alive('a deleted open policy');
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.some((s) => s.name === 'sales-line'), 'the editor text still counts');
    client.change(uri, 2, client.texts.get(uri)!.replace('legal_basis: contract', 'legal_basis: contrakt'));
    await client.until('still linted from the editor', () => client.diagnostics.get(uri)?.version === 2 && client.diags(uri).some((d) => d.code === 'unknown-legal-basis'));
    void client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await client.until('cleared on close', () => client.diagnostics.get(uri)?.diagnostics.length === 0);
    await alive('closing a deleted policy');
  });

  it('a script deleted while open: its policy gets script-not-found once it is closed; its own diagnostics clear', async () => {
    const file = path.join(dir, SCRIPT);
    const uri = client.open(file, 'ivr', 1);
    await client.until('script open', () => client.diagnostics.get(uri)?.version === 1);
    fs.rmSync(file);
    void client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
    await alive('a deleted open script');
    assert.ok(!client.diags(policy).some((d) => d.code === 'script-not-found'), 'while open, the editor text counts');
    void client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await client.until('script-not-found on the policy', () => client.diags(policy).some((d) => d.code === 'script-not-found'));
    await client.until('script cleared', () => client.diagnostics.get(uri)?.diagnostics.length === 0);
    await alive('closing a deleted script');
    // The same when the script is not open: delete → script-not-found, restore → gone.
    const sales = path.join(dir, 'contact-centre/ivr/sales.ivr');
    const salesUri = uriOf(sales);
    fs.writeFileSync(path.join(dir, SALES), fs.readFileSync(path.join(REPO, 'examples', SALES)));
    void client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(path.join(dir, SALES)), type: 1 }] });
    await client.until('sales policy back', () => client.diags(salesUri).some((d) => d.code === 'announcement-after-recording'));
    const saved = fs.readFileSync(sales);
    fs.rmSync(sales);
    void client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: salesUri, type: 3 }] });
    const salesPolicy = uriOf(path.join(dir, SALES));
    await client.until('script-not-found on the sales policy', () => client.diags(salesPolicy).some((d) => d.code === 'script-not-found'));
    assert.deepEqual(client.diags(salesUri), [], 'a deleted script has no diagnostics');
    fs.writeFileSync(sales, saved);
    void client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: salesUri, type: 1 }] });
    await client.until('found again', () => !client.diags(salesPolicy).some((d) => d.code === 'script-not-found'));
    await alive('deleting and restoring a closed script');
  });
});

describe('language server memory over 10,000 edits', function () {
  this.timeout(60000);
  it('RSS grows by less than 20 MB over 10,000 edits after a warm-up of 10,000', async function () {
    if (!fs.existsSync('/proc/self/status')) {
      console.log('      skipped: /proc/self/status is not there, so the server\'s RSS cannot be read on this system');
      this.skip();
    }
    const dir = tempCopy();
    const client = new TestClient();
    try {
      await client.initialize([dir]);
      const uri = client.open(path.join(dir, POLICY), 'yaml', 0);
      let text = client.texts.get(uri)!;
      let version = 0;
      const pos = positionAt(text, text.indexOf('purpose: staff-training') + 12);
      await client.until('open', () => client.diagnostics.get(uri)?.version === 0);
      const storm = async (n: number) => {
        for (let i = 0; i < n; i++) {
          version++;
          const e = stormEdit(text, version);
          text = e.text;
          void client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [e.event] });
          // Requests in between, as an editor sends them (and so the client never runs far ahead).
          if (version % 25 === 0) await client.request('textDocument/hover', { textDocument: { uri }, position: pos });
          if (version % 250 === 0) {
            await client.request('textDocument/completion', { textDocument: { uri }, position: pos });
            await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: pos, end: pos }, context: { diagnostics: client.diags(uri) } });
          }
        }
        await client.until(`diagnostics for version ${version}`, () => client.diagnostics.get(uri)?.version === version, 30000);
        // Settle: let pending timers and the allocator calm down.
        await sleep(1500);
      };
      // Warm-up: the same storm. Over its first ~10,000 edits V8 doubles its young generation (16 → 32 MB)
      // and grows old space once, leak or no leak (the server before issue 8 shows the same +20 MB after
      // only 500 edits; with a forced GC the live heap stays within 1 MB). A leak keeps growing after it.
      const start = rssKb(client.proc.pid!);
      await storm(10000);
      const before = rssKb(client.proc.pid!);
      await storm(10000);
      const after = rssKb(client.proc.pid!);
      const grown = (after - before) / 1024;
      const mb = (kb: number) => (kb / 1024).toFixed(1);
      console.log(`      RSS ${mb(start)} MB at start, ${mb(before)} MB after 10,000 edits, ${mb(after)} MB after 10,000 more (${grown >= 0 ? '+' : ''}${grown.toFixed(1)} MB)`);
      assert.ok(grown < 20, `RSS grew by ${grown.toFixed(1)} MB`);
      assert.deepEqual(client.diags(uri).map(compact).sort(), cliOn(POLICY, text));
      const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionAt(text, text.indexOf('purpose: staff-training') + 12) });
      assert.match((h?.contents as { value: string }).value, /staff-training/);
    } finally {
      await client.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
