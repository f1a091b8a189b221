/**
 * Checks on what the client sends. A request with the wrong shape is answered with InvalidParams; a
 * document notification with the wrong shape is logged and dropped before `TextDocuments` sees it, so a
 * broken client cannot put a document with a number for a text into the server's view.
 */
import { ErrorCodes, ResponseError, type Connection, type Position } from 'vscode-languageserver/node';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function isPosition(p: unknown): p is Position {
  return isRecord(p) && typeof p.line === 'number' && Number.isFinite(p.line) && typeof p.character === 'number' && Number.isFinite(p.character);
}

function isRange(r: unknown): boolean {
  return isRecord(r) && isPosition(r.start) && isPosition(r.end);
}

function hasUri(p: unknown): boolean {
  return isRecord(p) && isRecord(p.textDocument) && typeof p.textDocument.uri === 'string';
}

/** The document a request names, or InvalidParams. */
export function docOf(p: unknown): string {
  if (!hasUri(p)) throw new ResponseError(ErrorCodes.InvalidParams, 'textDocument.uri must be a string');
  return ((p as Record<string, Record<string, unknown>>).textDocument.uri as string);
}

/** A request's position as non-negative integers (past the end is fine: features clamp to the text), or InvalidParams. */
export function positionOf(p: unknown): Position {
  const pos = isRecord(p) ? p.position : undefined;
  if (!isPosition(pos)) throw new ResponseError(ErrorCodes.InvalidParams, 'position must be {line, character} with numbers');
  return { line: Math.max(0, Math.trunc(pos.line)), character: Math.max(0, Math.trunc(pos.character)) };
}

/** A code action request's range and diagnostics, or InvalidParams. */
export function checkCodeActionParams(p: unknown): void {
  if (!isRecord(p) || !isRange(p.range)) throw new ResponseError(ErrorCodes.InvalidParams, 'range must be {start, end} positions');
  if (!isRecord(p.context) || !Array.isArray(p.context.diagnostics)) throw new ResponseError(ErrorCodes.InvalidParams, 'context.diagnostics must be an array');
}

function validOpen(p: unknown): boolean {
  if (!hasUri(p)) return false;
  const td = (p as { textDocument: Record<string, unknown> }).textDocument;
  return typeof td.languageId === 'string' && typeof td.version === 'number' && Number.isFinite(td.version) && typeof td.text === 'string';
}

function validChange(p: unknown): boolean {
  if (!hasUri(p)) return false;
  const { textDocument: td, contentChanges } = p as { textDocument: Record<string, unknown>; contentChanges: unknown };
  if (typeof td.version !== 'number' || !Number.isFinite(td.version) || !Array.isArray(contentChanges)) return false;
  return contentChanges.every((c) => isRecord(c) && typeof c.text === 'string' && (c.range === undefined || isRange(c.range)));
}

/**
 * The part of the connection `TextDocuments.listen` uses, with every document notification checked
 * first. `drop` hears about each one refused.
 */
export function checkedDocumentSync(connection: Connection, drop: (method: string) => void): Connection {
  const checked = <P>(method: string, valid: (p: unknown) => boolean, register: (h: (p: P) => void) => unknown) => (handler: (p: P) => void) =>
    register((p: P) => {
      if (valid(p)) handler(p);
      else drop(method);
    });
  const facade = {
    set __textDocumentSync(v: unknown) {
      (connection as unknown as { __textDocumentSync: unknown }).__textDocumentSync = v;
    },
    onDidOpenTextDocument: checked('textDocument/didOpen', validOpen, (h) => connection.onDidOpenTextDocument(h)),
    onDidChangeTextDocument: checked('textDocument/didChange', validChange, (h) => connection.onDidChangeTextDocument(h)),
    onDidCloseTextDocument: checked('textDocument/didClose', hasUri, (h) => connection.onDidCloseTextDocument(h)),
    onWillSaveTextDocument: checked('textDocument/willSave', hasUri, (h) => connection.onWillSaveTextDocument(h)),
    onDidSaveTextDocument: checked('textDocument/didSave', hasUri, (h) => connection.onDidSaveTextDocument(h)),
    onWillSaveTextDocumentWaitUntil: (handler: Parameters<Connection['onWillSaveTextDocumentWaitUntil']>[0]) =>
      connection.onWillSaveTextDocumentWaitUntil((p, token) => (hasUri(p) ? handler(p, token) : [])),
  };
  return facade as unknown as Connection;
}
