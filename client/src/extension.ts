/**
 * The VS Code side of reclint: starts the bundled language server over IPC, adds the commands and the
 * status bar item. All linting happens in the server; this file only wires VS Code to it.
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CLIENT_COMMANDS, MESSAGES, SERVER_COMMANDS, type StatusParams } from '../../server/src/settings';

let client: LanguageClient | undefined;
let status: vscode.StatusBarItem | undefined;
let lastStatus: StatusParams | undefined;

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

function showStatus(state: 'starting' | 'running' | 'stopped', s?: StatusParams): void {
  if (!status) return;
  if (state !== 'running' || !s) {
    status.text = state === 'starting' ? '$(sync~spin) reclint' : '$(circle-slash) reclint';
    status.tooltip = state === 'starting' ? 'reclint: starting' : 'reclint: the server is not running (click for its output)';
  } else if (s.state === 'disabled') {
    status.text = '$(circle-slash) reclint';
    status.tooltip = 'reclint is disabled (reclint.enable)';
  } else if (s.state === 'indexing') {
    status.text = '$(sync~spin) reclint';
    status.tooltip = `reclint: linting ${s.files} file(s)`;
  } else {
    status.text = s.errors || s.warnings ? `$(error) ${s.errors} $(warning) ${s.warnings} reclint` : '$(check) reclint';
    status.tooltip = `reclint: ${s.files} policy and script file(s); ${s.errors} error(s), ${s.warnings} warning(s). Click for the output.`;
  }
  status.show();
}

async function noticeAnalysis(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!client || !editor) {
    void vscode.window.showInformationMessage('reclint: open a policy or an .ivr script first.');
    return;
  }
  const r = await client.sendRequest<{ markdown: string | null } | null>(MESSAGES.noticeAnalysis, {
    uri: editor.document.uri.toString(),
    position: { line: editor.selection.active.line, character: editor.selection.active.character },
  });
  if (!r?.markdown) {
    void vscode.window.showInformationMessage('reclint: no notice here. Put the cursor on a prompt or on `announcement.text`.');
    return;
  }
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: `# What this notice announces\n\n${r.markdown}\n` });
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
}

async function openRuleDocs(url?: unknown): Promise<void> {
  if (typeof url === 'string' && /^https:\/\//.test(url)) {
    await vscode.env.openExternal(vscode.Uri.parse(url));
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
    await vscode.env.openExternal(atCursor.code.target);
    return;
  }
  if (byId.size === 0) {
    await vscode.env.openExternal(vscode.Uri.parse('https://github.com/reclint/reclint/blob/main/docs/rules/README.md'));
    return;
  }
  const pick = await vscode.window.showQuickPick([...byId.keys()].sort(), { placeHolder: 'Open the documentation of which rule?' });
  if (pick) await vscode.env.openExternal(byId.get(pick)!);
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
  };
  client = new LanguageClient('reclint', 'reclint', serverOptions, clientOptions);

  status = vscode.window.createStatusBarItem('reclint.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'reclint';
  status.command = CLIENT_COMMANDS.showOutput;
  context.subscriptions.push(status, output);
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
