/**
 * The extension's test suite inside a real VS Code (code-server here, @vscode/test-electron elsewhere):
 * the `run()` contract of @vscode/test-electron, with mocha. The workspace is a copy of examples/.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

type MochaCtor = new (o: { ui: string; timeout: number; color: boolean }) => {
  suite: { emit(e: string, g: unknown, f: string, m: unknown): void };
  run(cb: (failures: number) => void): void;
};

function root(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  if (!f) throw new Error('no workspace folder');
  return f.uri;
}
const file = (rel: string) => vscode.Uri.joinPath(root(), ...rel.split('/'));

async function until<T>(what: string, pred: () => T | undefined | false, ms = 20000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = pred();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise<void>((resolve) => {
      const t = setTimeout(() => { sub.dispose(); resolve(); }, 200);
      const sub = vscode.languages.onDidChangeDiagnostics(() => { clearTimeout(t); sub.dispose(); resolve(); });
    });
  }
}

/**
 * How many diagnostics changes VS Code has announced per file since the suite started: a file appears
 * here once its diagnostics were published (by reclint or another source), even an empty list, which
 * `getDiagnostics` (always an array) cannot tell from "never linted".
 */
const published = new Map<string, number>();
let recorder: vscode.Disposable | undefined;
function recordPublishes(): void {
  recorder ??= vscode.languages.onDidChangeDiagnostics((e) => {
    for (const u of e.uris) published.set(u.toString(), (published.get(u.toString()) ?? 0) + 1);
  });
}
const publishes = (u: vscode.Uri) => published.get(u.toString()) ?? 0;

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code));
const compact = (d: vscode.Diagnostic) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
const reclint = (u: vscode.Uri) => vscode.languages.getDiagnostics(u).filter((d) => d.source === 'reclint');

function tests(): void {
  const policy = () => file('contact-centre/service.recording-policy.yaml');
  const script = () => file('contact-centre/ivr/service.ivr');

  it('activates and reports located findings on a policy and a script', async () => {
    await vscode.window.showTextDocument(policy());
    const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'reclint');
    assert.ok(ext, 'the reclint extension is loaded');
    await until('activation', () => ext.isActive);
    await until('policy diagnostics', () => reclint(policy()).some((d) => codeOf(d) === 'retention-trigger-undefined'));
    const ds = reclint(policy()).map(compact).sort();
    // purpose-not-announced twice: the Dutch and the English notice each lack `evidence`.
    assert.deepEqual(ds, ['invalid-duration@46:15-46:22', 'purpose-not-announced@49:17-49:25', 'purpose-not-announced@49:17-49:25', 'retention-trigger-undefined@54:17-54:34', 'unknown-legal-basis@38:21-38:32']);
    await until('script diagnostics', () => reclint(script()).length >= 2);
    assert.deepEqual(reclint(script()).map(compact).sort(), ['vague-purpose@13:67-13:87', 'vague-purpose@32:64-32:80']);
    const d = reclint(policy()).find((x) => codeOf(x) === 'unknown-legal-basis')!;
    assert.match(String(typeof d.code === 'object' ? d.code.target : ''), /unknown-legal-basis\.md$/);
  });

  it('applies the preferred quick fix through the code action provider', async () => {
    const d = reclint(policy()).find((x) => codeOf(x) === 'unknown-legal-basis')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', policy(), d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.isPreferred && a.edit);
    assert.ok(fix, `a preferred fix among ${actions.map((a) => a.title).join(', ')}`);
    const before = publishes(policy());
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    const doc = await vscode.workspace.openTextDocument(policy());
    assert.match(doc.getText(), /legal_basis: consent/);
    await until('finding gone', () => publishes(policy()) > before && !reclint(policy()).some((x) => codeOf(x) === 'unknown-legal-basis'));
  });

  it('hovers on a purpose id', async () => {
    const doc = await vscode.workspace.openTextDocument(policy());
    const pos = doc.positionAt(doc.getText().indexOf('purpose: staff-training') + 12);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', policy(), pos);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /training and coaching staff/);
  });

  it('runs "Lint workspace" and "Fix all problems"', async () => {
    const r = await vscode.commands.executeCommand<{ files: number; problems: number }>('reclint.lintWorkspace');
    assert.ok(r && r.files >= 6, JSON.stringify(r));
    await vscode.window.showTextDocument(policy());
    const before = publishes(policy());
    await vscode.commands.executeCommand('reclint.fixAll');
    const doc = await vscode.workspace.openTextDocument(policy());
    await until('fixed', () => /max: P90D/.test(doc.getText()) && /escalation-closed:/.test(doc.getText()));
    await until('re-linted', () => publishes(policy()) > before && !reclint(policy()).some((x) => ['invalid-duration', 'retention-trigger-undefined'].includes(codeOf(x))));
  });

  it('lints an Amazon Connect export a policy names (no extension), with hover on the armed transfer', async () => {
    const flow = file('call-flows/connect/klantcontactcentrum');
    const doc = await vscode.workspace.openTextDocument(flow);
    await vscode.window.showTextDocument(doc);
    await until('flow diagnostics', () => reclint(flow).some((d) => codeOf(d) === 'announcement-after-recording'));
    assert.deepEqual(reclint(flow).map(compact), ['announcement-after-recording@100:14-100:38']);
    const d = reclint(flow)[0];
    assert.match(d.relatedInformation?.[0]?.message ?? '', /^recording was armed here/);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', flow, d.range.start.translate(0, 2));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /recording of the caller starts here, armed at/);
  });

  it('completes keys from the schema, and offers a starter policy in an empty file', async () => {
    const fresh = file('contact-centre/new.recording-policy.yaml');
    await vscode.workspace.fs.writeFile(fresh, new Uint8Array());
    const doc = await vscode.workspace.openTextDocument(fresh);
    await vscode.window.showTextDocument(doc);
    const labels = async (pos: vscode.Position) => (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', fresh, pos)).items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet || i.kind === vscode.CompletionItemKind.Property).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok((await labels(new vscode.Position(0, 0))).includes('recording policy'));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(fresh, new vscode.Position(0, 0), 'policy: 1\nrecordings:\n  - id: line\n    ');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const keys = await labels(new vscode.Position(3, 4));
    for (const k of ['description', 'mode', 'announcement', 'purposes']) assert.ok(keys.includes(k), `${k} in ${keys.join(', ')}`);
    assert.ok(!keys.includes('id'), 'a key already written is not offered');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(fresh);
  });

  it('opens a rule page shipped with the extension, and what a notice announces, as read-only previews', async () => {
    const tabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label);
    await vscode.commands.executeCommand('reclint.openRuleDocs', 'https://github.com/reclint/reclint/blob/main/docs/rules/unknown-legal-basis.md');
    await until('the rule page preview', () => tabs().some((l) => /unknown-legal-basis/.test(l)), 10000);
    const doc = await vscode.workspace.openTextDocument(script());
    const editor = await vscode.window.showTextDocument(doc);
    const at = doc.positionAt(doc.getText().indexOf('say opname-melding') + 25);
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('reclint.showNoticeAnalysis');
    await until('the notice preview', () => tabs().some((l) => /What this notice announces/.test(l)), 10000);
    // A preview of a reclint-preview: document, never an untitled buffer that asks to be saved.
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.isUntitled && /What this notice announces/.test(d.getText())));
  });

  it('follows an edit of the script in the policy', async () => {
    const sales = file('contact-centre/sales.recording-policy.yaml');
    const salesScript = file('contact-centre/ivr/sales.ivr');
    // The policy is clean (its defect is in the call flow): wait until its diagnostics were published
    // (by "Lint workspace" above, or on opening it now), so that the empty list is the server's answer.
    await vscode.workspace.openTextDocument(sales);
    await until('diagnostics of the sales policy published', () => publishes(sales) > 0);
    assert.deepEqual(reclint(sales).map(compact), []);
    const doc = await vscode.workspace.openTextDocument(salesScript);
    const edit = new vscode.WorkspaceEdit();
    const text = doc.getText();
    edit.replace(salesScript, new vscode.Range(doc.positionAt(0), doc.positionAt(text.length)), text.replace(/als bewijs[^"]*/g, 'voor onze administratie.'));
    assert.ok(await vscode.workspace.applyEdit(edit));
    await until('policy follows', () => reclint(sales).some((d) => codeOf(d) === 'purpose-not-announced'));
  });
}

export function run(): Promise<void> {
  // mocha is resolved from the repository's node_modules at run time.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(path.join(process.env.RECLINT_REPO ?? path.resolve(__dirname, '../../..'), 'node_modules/mocha')) as { default?: MochaCtor; Mocha?: MochaCtor };
  const Mocha = (mod.default ?? mod.Mocha)!;
  const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: false });
  recordPublishes();
  mocha.suite.emit('pre-require', globalThis, 'suite.js', mocha);
  describe('reclint in VS Code', tests);
  return new Promise((resolve, reject) => mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve())));
}
