/**
 * A small LSP client for tests: spawns the bundled server over stdio, answers the server's requests
 * (configuration, registrations, applyEdit, showDocument) and waits on diagnostics events.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeParams, PublishDiagnosticsParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';

export const REPO = path.resolve(__dirname, '../../..');
export const SERVER = path.join(REPO, 'server/out/server.js');
export const CLI = path.join(REPO, 'server/out/cli.js');

export function uriOf(p: string): string {
  return pathToFileURL(p).href;
}

/** A temporary copy of `examples/` (or another folder). */
export function tempCopy(from = path.join(REPO, 'examples')): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reclint-lsp-'));
  fs.cpSync(from, dir, { recursive: true });
  return fs.realpathSync(dir);
}

/** Apply LSP text edits to a text (edits must not overlap). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const offsetAt = (line: number, character: number): number => {
    let off = 0;
    for (let l = 0; l < line; l++) {
      const nl = text.indexOf('\n', off);
      if (nl < 0) return text.length;
      off = nl + 1;
    }
    return Math.min(off + character, text.length);
  };
  const withOffsets = edits.map((e) => ({ start: offsetAt(e.range.start.line, e.range.start.character), end: offsetAt(e.range.end.line, e.range.end.character), newText: e.newText }));
  withOffsets.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of withOffsets) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

export interface CliFinding {
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** `reclint --format json` over a folder: file (absolute) → findings. */
export function cliFindings(dir: string): Map<string, CliFinding[]> {
  const r = spawnSync(process.execPath, [CLI, '--format', 'json', '.'], { cwd: dir, encoding: 'utf8' });
  const out = JSON.parse(r.stdout) as { results: { file: string; findings: CliFinding[] }[] };
  return new Map(out.results.map((x) => [path.join(dir, x.file), x.findings]));
}

/** A compact "rule@l:c-l:c" (0-based) for comparing. */
export function compact(d: Diagnostic): string {
  return `${String(d.code)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
}
export function compactCli(f: CliFinding): string {
  return `${f.ruleId}@${f.line - 1}:${f.column - 1}-${f.endLine - 1}:${f.endColumn - 1}`;
}

export class TestClient {
  readonly proc: ChildProcess;
  readonly conn: MessageConnection;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly applied: WorkspaceEdit[] = [];
  readonly shown: string[] = [];
  readonly logs: string[] = [];
  /** The text last sent for each open document. */
  readonly texts = new Map<string, string>();
  settings: Record<string, unknown> = {};
  private waiters: (() => void)[] = [];
  stderr = '';

  constructor() {
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr!.on('data', (b: Buffer) => (this.stderr += b.toString()));
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p);
      this.wake();
    });
    this.conn.onNotification('reclint/status', () => this.wake());
    this.conn.onNotification('window/logMessage', (p: { message: string }) => { this.logs.push(p.message); });
    this.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onRequest('workspace/applyEdit', (p: { edit: WorkspaceEdit }) => {
      this.applied.push(p.edit);
      return { applied: true };
    });
    this.conn.onRequest('window/showDocument', (p: { uri: string }) => {
      this.shown.push(p.uri);
      return { success: true };
    });
    this.conn.listen();
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Wait until `pred` holds (checked on every diagnostics or status event), or fail after `ms`. */
  async until<T>(what: string, pred: () => T | undefined | false, ms = 10000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const v = pred();
      if (v) return v;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}\nserver stderr: ${this.stderr.slice(-2000)}\nlogs: ${this.logs.slice(-10).join('\n')}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  diags(uri: string): Diagnostic[] {
    return this.diagnostics.get(uri)?.diagnostics ?? [];
  }

  async initialize(folders: string[], extra: Partial<InitializeParams['capabilities']> = {}): Promise<void> {
    const params: InitializeParams = {
      processId: process.pid,
      rootUri: folders[0] ? uriOf(folders[0]) : null,
      workspaceFolders: folders.map((f) => ({ uri: uriOf(f), name: path.basename(f) })),
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true, applyEdit: true },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, tagSupport: { valueSet: [1, 2] }, versionSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
          rename: { prepareSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
        ...extra,
      },
    };
    await this.conn.sendRequest('initialize', params);
    await this.conn.sendNotification('initialized', {});
  }

  open(file: string, languageId = file.endsWith('.ivr') ? 'ivr' : 'yaml', version = 1): string {
    const uri = uriOf(file);
    const text = fs.readFileSync(file, 'utf8');
    this.texts.set(uri, text);
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    return uri;
  }

  change(uri: string, version: number, text: string): void {
    this.texts.set(uri, text);
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 1000))]);
      void this.conn.sendNotification('exit');
    } catch {
      /* already gone */
    }
    this.conn.dispose();
    setTimeout(() => this.proc.kill(), 200).unref();
  }
}
