/**
 * The VS Code side of reclint: starts the bundled language server over IPC, adds the commands, a
 * language status item on reclint's files, and read-only previews. All linting happens in the server;
 * this file only wires VS Code to it.
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CLIENT_COMMANDS, MESSAGES, SERVER_COMMANDS, type StatusParams } from '../../server/src/settings';
import { openRulePage, PREVIEW_SCHEME, PreviewDocuments } from './preview';

let client: LanguageClient | undefined;
let status: vscode.LanguageStatusItem | undefined;
let lastStatus: StatusParams | undefined;
let previews: PreviewDocuments | undefined;
let extensionContext: vscode.ExtensionContext | undefined;

/** The files reclint itself reads: the language status item shows on these only. */
const RECLINT_FILES: vscode.DocumentSelector = [{ pattern: '**/*.recording-policy.{yaml,yml,json}' }, { language: 'ivr' }, { pattern: '**/.reclintrc.{yaml,yml}' }];

/**
 * Policies, `.ivr` scripts and configs, and every document that may be a call flow (ivr-formats.md §8):
 * JSON, XML, YAML, plain text (a Connect export has no extension) and dialplans. The server lints a
 * flow only while a policy names it; any other document costs it one lookup.
 */
export const DOCUMENT_SELECTOR = [
  { pattern: '**/*.recording-policy.{yaml,yml,json}' },
  { language: 'ivr' },
  { pattern: '**/.reclintrc.{yaml,yml}' },
  { language: 'json' },
  { language: 'jsonc' },
  { language: 'xml' },
  { language: 'yaml' },
  { language: 'plaintext' },
  { language: 'properties' },
  { pattern: '**/*.twiml' },
  { pattern: '**/*.vxml' },
  { pattern: '**/extensions*.conf' },
];

/**
 * The language status item (VS Code's guideline for a language's state): whether reclint is running
 * and has linted, never the counts VS Code's own Problems indicator shows. Clicking opens Problems.
 */
/** The extension's own words in VS Code's display language (l10n/bundle.l10n.<lang>.json; English is the key). */
const t = (message: string, ...args: (string | number)[]): string => vscode.l10n.t(message, ...args);

function showStatus(state: 'starting' | 'running' | 'stopped', s?: StatusParams): void {
  if (!status) return;
  status.severity = vscode.LanguageStatusSeverity.Information;
  status.busy = false;
  status.command = { title: t('Show problems'), command: 'workbench.actions.view.problems' };
  if (state !== 'running' || !s) {
    status.text = state === 'starting' ? t('reclint starting') : t('reclint stopped');
    status.busy = state === 'starting';
    status.detail = state === 'starting' ? undefined : t('the language server is not running');
    if (state === 'stopped') {
      status.severity = vscode.LanguageStatusSeverity.Error;
      status.command = { title: t('Show output'), command: CLIENT_COMMANDS.showOutput };
    }
  } else if (s.state === 'disabled') {
    status.text = t('reclint off');
    status.detail = t('reclint.enable is false');
    status.command = { title: t('Open settings'), command: 'workbench.action.openSettings', arguments: ['reclint.enable'] };
  } else if (s.state === 'indexing') {
    status.text = 'reclint';
    status.busy = true;
    status.detail = t('linting {0} file(s)', s.files);
  } else if (s.state === 'failed') {
    status.text = 'reclint';
    status.severity = vscode.LanguageStatusSeverity.Error;
    status.detail = t('linting failed: see the output');
    status.command = { title: t('Show output'), command: CLIENT_COMMANDS.showOutput };
  } else {
    status.text = 'reclint';
    status.detail = t('{0} policy and script file(s) linted', s.files);
  }
}

async function noticeAnalysis(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!client || !editor) {
    void vscode.window.showInformationMessage(t('reclint: open a policy or an .ivr script first.'));
    return;
  }
  const r = await client.sendRequest<{ markdown: string | null } | null>(MESSAGES.noticeAnalysis, {
    uri: editor.document.uri.toString(),
    position: { line: editor.selection.active.line, character: editor.selection.active.character },
  });
  if (!r?.markdown) {
    void vscode.window.showInformationMessage(t('reclint: no notice here. Put the cursor on a prompt or on announcement.text.'));
    return;
  }
  // The server titles the analysis in the editor's language (`# …` first); an older server does not.
  const title = /^# (.+)\n/.exec(r.markdown)?.[1];
  await previews?.show(title ?? t('What this notice announces'), title ? `${r.markdown}\n` : `# ${t('What this notice announces')}\n\n${r.markdown}\n`);
}

/** The art. 30 register of the workspace folder of the active file (or the first folder), rendered. */
async function showRegister(): Promise<void> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder = (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!client || !folder) {
    void vscode.window.showInformationMessage(t('reclint: open a folder with recording policies first.'));
    return;
  }
  let r = await client.sendRequest<{ markdown?: string; error?: string; controllers?: string[] } | null>(MESSAGES.register, { uri: folder.uri.toString() });
  // A record is one controller's (art. 30(1)): when the policies name several, ask which.
  if (r?.controllers?.length) {
    const controller = await vscode.window.showQuickPick(r.controllers, { placeHolder: t('The policies name several controllers: whose record of processing activities?') });
    if (!controller) return;
    r = await client.sendRequest(MESSAGES.register, { uri: folder.uri.toString(), controller });
  }
  if (!r?.markdown) {
    void vscode.window.showWarningMessage(t('reclint: no register: {0}.', r?.error ?? t('the server gave none')));
    return;
  }
  await previews?.show(t('Processing register ({0})', folder.name), r.markdown);
}

const open = (url: string) => (extensionContext ? openRulePage(extensionContext, url) : vscode.env.openExternal(vscode.Uri.parse(url)));

async function openRuleDocs(url?: unknown): Promise<void> {
  if (typeof url === 'string' && /^https:\/\//.test(url)) {
    await open(url);
    return;
  }
  const editor = vscode.window.activeTextEditor;
  const diags = editor ? vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'reclint') : [];
  const byId = new Map<string, vscode.Uri>();
  for (const d of diags) {
    const code = d.code;
    if (typeof code === 'object' && code !== null && 'target' in code) byId.set(String(code.value), code.target);
  }
  const atCursor = editor ? diags.find((d) => d.range.contains(editor.selection.active)) : undefined;
  if (atCursor && typeof atCursor.code === 'object') {
    await open(atCursor.code.target.toString());
    return;
  }
  if (byId.size === 0) {
    await open('https://github.com/reclint/reclint/blob/main/docs/rules/README.md');
    return;
  }
  const pick = await vscode.window.showQuickPick([...byId.keys()].sort(), { placeHolder: t('Open the documentation of which rule?') });
  if (pick) await open(byId.get(pick)!.toString());
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('server/out/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const output = vscode.window.createOutputChannel('reclint', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: { configurationSection: 'reclint' },
    outputChannel: output,
    traceOutputChannel: output,
    middleware: {
      // "Show documentation" opens the page shipped with the extension, so it works offline.
      executeCommand: async (command, args, next) => {
        if (command === SERVER_COMMANDS.showDocumentation && typeof args[0] === 'string') return openRulePage(context, args[0]);
        return next(command, args);
      },
    },
  };
  client = new LanguageClient('reclint', 'reclint', serverOptions, clientOptions);

  extensionContext = context;
  status = vscode.languages.createLanguageStatusItem('reclint.status', RECLINT_FILES);
  status.name = 'reclint';
  previews = new PreviewDocuments();
  context.subscriptions.push(status, output, previews, vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, previews));
  showStatus('starting');

  context.subscriptions.push(
    client.onDidChangeState((e) => showStatus(e.newState === State.Running ? 'running' : e.newState === State.Starting ? 'starting' : 'stopped', lastStatus)),
    client.onNotification(MESSAGES.status, (s: StatusParams) => {
      lastStatus = s;
      showStatus('running', s);
    }),
    vscode.commands.registerCommand(CLIENT_COMMANDS.lintWorkspace, async () => {
      const r = await client?.sendRequest<{ files: number; problems: number }>(MESSAGES.lintWorkspace, {});
      if (r) void vscode.window.setStatusBarMessage(`reclint: linted ${r.files} file(s), ${r.problems} problem(s)`, 5000);
      return r;
    }),
    vscode.commands.registerCommand(CLIENT_COMMANDS.fixAll, async (uri?: vscode.Uri) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      if (!client || !target) return;
      await client.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.fixAll, arguments: [target.toString()] });
    }),
    vscode.commands.registerCommand(CLIENT_COMMANDS.showNoticeAnalysis, noticeAnalysis),
    vscode.commands.registerCommand(CLIENT_COMMANDS.showRegister, showRegister),
    vscode.commands.registerCommand(CLIENT_COMMANDS.openRuleDocs, openRuleDocs),
    vscode.commands.registerCommand(CLIENT_COMMANDS.restartServer, async () => {
      await client?.restart();
    }),
    vscode.commands.registerCommand(CLIENT_COMMANDS.showOutput, () => output.show(true)),
  );

  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
