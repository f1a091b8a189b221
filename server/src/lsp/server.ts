/**
 * reclint's language server: connection, capabilities and handler wiring. Everything it knows lives in
 * `workspace.ts`; everything it answers comes from the core through `features.ts` and `code-actions.ts`.
 * Start with `--stdio` (default) or `--node-ipc`. Over stdio, `framing.ts` reads the messages so that
 * bad bytes from the client cost one message, not the connection.
 */
import { localeOf } from '../core/i18n/locale';
import * as path from 'node:path';
import { format } from 'node:util';
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  ResponseError,
  StreamMessageWriter,
  TextDocuments,
  TextDocumentSyncKind,
  ErrorCodes,
  type InitializeResult,
  type Range,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { MESSAGES, readSettings, SERVER_COMMANDS } from '../settings';
import { folderRegister } from '../cli/register';
import { codeActions, FIX_ALL_KIND, fixAllEdit } from './code-actions';
import { canon, fsPath, isConfigUri } from './uris';
import { Workspace } from './workspace';
import * as features from './features';
import { ResyncingMessageReader } from './framing';
import { checkCodeActionParams, checkedDocumentSync, docOf, isPosition, positionOf } from './params';

const isRange = (r: unknown): r is Range => !!r && typeof r === 'object' && isPosition((r as Range).start) && isPosition((r as Range).end);

const stdio = !process.argv.some((a) => a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'));
const reader = stdio ? new ResyncingMessageReader(process.stdin) : undefined;
const connection = reader ? createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout)) : createConnection(ProposedFeatures.all);
let shutdownReceived = false;
if (stdio) {
  // What the library does for a stdio stream it reads itself: exit when the client goes, keep stdout for messages.
  const gone = () => process.exit(shutdownReceived ? 0 : 1);
  process.stdin.on('end', gone);
  process.stdin.on('close', gone);
  const toLog = (send: (m: string) => void) => (...args: unknown[]) => send(format(...args));
  console.log = console.info = console.debug = toLog((m) => connection.console.log(m));
  console.warn = toLog((m) => connection.console.warn(m));
  console.error = toLog((m) => connection.console.error(m));
}
const documents = new TextDocuments(TextDocument);
const ws = new Workspace(connection, documents);
let dynamicWatch = false;
let renamePrepare = false;
/** Documents linted at least once since they were opened (the first lint never waits, whatever the mode). */
const seen = new Set<string>();

reader?.onError((e) => ws.error('bad message from the client', e));
connection.onShutdown(() => {
  shutdownReceived = true;
});

/** Run a handler; a failure is logged and answered with the fallback, never a crash. */
function guard<T>(name: string, fallback: T, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ResponseError) throw e;
    if (e instanceof features.RenameError) throw new ResponseError(ErrorCodes.InvalidParams, e.message);
    ws.error(`${name} failed`, e);
    return fallback;
  }
}

process.on('uncaughtException', (e) => ws.error('uncaught exception', e));
process.on('unhandledRejection', (e) => ws.error('unhandled rejection', e));

connection.onInitialize((params): InitializeResult => {
  const caps = params.capabilities;
  ws.settings.configurationCapability = !!caps.workspace?.configuration;
  dynamicWatch = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  ws.publisher.relatedInformation = caps.textDocument?.publishDiagnostics?.relatedInformation !== false;
  renamePrepare = !!caps.textDocument?.rename?.prepareSupport;
  ws.editCapabilities = {
    annotations: !!caps.workspace?.workspaceEdit?.documentChanges && !!caps.workspace.workspaceEdit.changeAnnotationSupport,
    showDocument: !!caps.window?.showDocument?.support,
    createFiles: !!caps.workspace?.workspaceEdit?.documentChanges && !!caps.workspace.workspaceEdit.resourceOperations?.includes('create'),
  };
  ws.locale = localeOf(params.locale);
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : params.rootPath ? [`file://${params.rootPath}`] : []);
  ws.roots = folders.map((u) => fsPath(canon(u))).filter((p): p is string => !!p);
  if (params.initializationOptions && typeof params.initializationOptions === 'object') ws.settingsChanged((params.initializationOptions as { settings?: unknown }).settings ?? params.initializationOptions);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, FIX_ALL_KIND] },
      hoverProvider: true,
      completionProvider: { triggerCharacters: [' ', ':', '[', ',', '/'] },
      definitionProvider: true,
      documentSymbolProvider: true,
      renameProvider: renamePrepare ? { prepareProvider: true } : true,
      executeCommandProvider: { commands: [SERVER_COMMANDS.fixAll, SERVER_COMMANDS.showDocumentation, SERVER_COMMANDS.showChange] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'reclint-language-server', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  if (dynamicWatch) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/*.recording-policy.{yaml,yml,json}' }, { globPattern: '**/*.ivr' }, { globPattern: '**/*.{json,jsonc,xml,twiml,vxml,conf,yaml,yml,txt}' }, { globPattern: '**/.reclintrc.{yaml,yml}' }, { globPattern: '**/reclint-suppressions.json' }],
    }).catch((e: unknown) => ws.error('could not watch files', e));
  }
  connection.workspace.onDidChangeWorkspaceFolders((e) => {
    if (!Array.isArray(e?.added) || !Array.isArray(e?.removed)) return ws.error('dropped a workspace folders change with malformed params');
    const removed = new Set(e.removed.map((f) => fsPath(canon(f.uri))));
    ws.roots = [...ws.roots.filter((r) => !removed.has(r)), ...e.added.map((f) => fsPath(canon(f.uri))).filter((p): p is string => !!p)];
    void ws.lintWorkspace();
  });
  void ws.lintWorkspace();
});

connection.onDidChangeConfiguration((change) => {
  const raw = (change?.settings as { reclint?: unknown } | undefined)?.reclint;
  ws.settingsChanged(ws.settings.configurationCapability ? undefined : raw === undefined ? undefined : readSettings(raw));
  void (async () => {
    if (ws.settings.configurationCapability) {
      const s = readSettings(await connection.workspace.getConfiguration('reclint').catch(() => undefined));
      ws.settings.global = s;
    }
    if (!ws.settings.global.enable) ws.clearAll();
    else await ws.enqueue([...ws.known]);
  })().catch((e: unknown) => ws.error('applying new settings failed', e));
});

connection.onDidChangeWatchedFiles((params) => {
  guard('file watching', undefined, () => {
    const seeds = new Set<string>();
    for (const c of params.changes) {
      const kind = c.type === FileChangeType.Created ? 'created' : c.type === FileChangeType.Deleted ? 'deleted' : 'changed';
      for (const u of ws.fileChanged(c.uri, kind)) seeds.add(u);
    }
    if (seeds.size) void ws.enqueue([...seeds]);
  });
});

documents.onDidChangeContent((e) => {
  guard('document change', undefined, () => {
    ws.noteOpened(e.document);
    const c = canon(e.document.uri);
    const s = ws.settings.of(c);
    // A config's own problems follow its text; the files it governs follow it when it is saved.
    if (!seen.has(c)) {
      seen.add(c);
      ws.schedule(c, 0);
    } else if (s.run === 'onType') ws.schedule(c, s.validationDelay);
  });
});

documents.onDidSave((e) => {
  guard('document save', undefined, () => {
    const c = canon(e.document.uri);
    if (isConfigUri(c)) {
      void ws.enqueue(ws.fileChanged(c, 'changed'));
      return;
    }
    if (ws.settings.of(c).run === 'onSave') ws.schedule(c, 0);
  });
});

documents.onDidClose((e) => {
  guard('document close', undefined, () => {
    const c = canon(e.document.uri);
    seen.delete(c);
    // The text on disk counts again (for this file and what reads it); a file gone from disk leaves.
    for (const u of ws.noteClosed(e.document.uri)) ws.schedule(u, 0);
  });
});

connection.onCodeAction((params) => guard('code actions', [], () => {
  const doc = documents.get(docOf(params));
  checkCodeActionParams(params);
  return doc ? codeActions(ws, doc, params) : [];
}));

connection.onHover((p) => guard('hover', null, () => features.hover(ws, docOf(p), positionOf(p))));
connection.onCompletion((p) => guard('completion', [], () => features.completion(ws, docOf(p), positionOf(p))));
connection.onDefinition((p) => guard('definition', [], () => features.definition(ws, docOf(p), positionOf(p))));
connection.onDocumentSymbol((p) => guard('document symbols', [], () => features.symbols(ws, docOf(p))));
connection.onPrepareRename((p) => guard('prepare rename', null, () => features.prepareRename(ws, docOf(p), positionOf(p))));
connection.onRenameRequest((p) => guard('rename', null, () => {
  if (typeof p?.newName !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'newName must be a string');
  return features.rename(ws, docOf(p), positionOf(p), p.newName);
}));

connection.onExecuteCommand(async (p) => {
  try {
    const arg = p.arguments?.[0];
    if (p.command === SERVER_COMMANDS.showDocumentation && typeof arg === 'string' && /^https:\/\//.test(arg)) {
      await connection.window.showDocument({ uri: arg, external: true });
    } else if (p.command === SERVER_COMMANDS.showChange && typeof arg === 'string' && isRange(p.arguments?.[1])) {
      // After a fix changed another file: that file, with what changed selected.
      await connection.window.showDocument({ uri: arg, selection: p.arguments![1] as Range, takeFocus: true });
    } else if (p.command === SERVER_COMMANDS.fixAll && typeof arg === 'string') {
      const doc = documents.get(arg);
      const edit = doc ? fixAllEdit(ws, doc) : undefined;
      if (edit) await connection.workspace.applyEdit({ label: 'reclint: fix all', edit });
    }
  } catch (e) {
    ws.error(`command ${p.command} failed`, e);
  }
  return null;
});

connection.onRequest(MESSAGES.noticeAnalysis, (p: { uri?: unknown; position?: unknown }) =>
  guard('notice analysis', null, () => (typeof p?.uri === 'string' ? { markdown: features.noticeAnalysis(ws, p.uri, p.position === undefined ? { line: 0, character: 0 } : positionOf(p)) } : null)),
);
/**
 * The art. 30 register of a workspace folder, as `reclint register` writes it there (read from disk:
 * the register is what the saved policies say). Several controllers: the client picks one and asks again.
 */
connection.onRequest(MESSAGES.register, async (p: { uri?: unknown; controller?: unknown }) => {
  try {
    const dir = typeof p?.uri === 'string' ? fsPath(canon(p.uri)) : undefined;
    const folder = dir && (ws.roots.find((r) => dir === r || dir.startsWith(r + path.sep)) ?? (ws.roots.length === 0 ? dir : undefined));
    if (!folder) return { error: 'that is not a folder of this workspace' };
    return await folderRegister(folder, typeof p.controller === 'string' ? p.controller : undefined);
  } catch (e) {
    ws.error('register failed', e);
    return { error: 'reclint failed to write the register (see its output)' };
  }
});
connection.onRequest(MESSAGES.lintWorkspace, async () => {
  try {
    return await ws.lintWorkspace();
  } catch (e) {
    ws.error('lint workspace failed', e);
    return { files: 0, problems: 0 };
  }
});

documents.listen(checkedDocumentSync(connection, (method) => ws.error(`dropped a ${method} with malformed params`)));
connection.listen();
