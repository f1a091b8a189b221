/**
 * A quick fix that changes another file never does so unseen (issue 18 item 6): when the client
 * supports change annotations, an edit to a file that is not open needs confirmation (VS Code then
 * shows the change before applying it), and the action opens the other file with the change selected.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { SERVER, tempCopy, TestClient, uriOf } from './client';

const POLICY = 'contact-centre/service.recording-policy.yaml';
const SCRIPT = 'contact-centre/ivr/service.ivr';

async function addToNotice(client: TestClient, policy: string): Promise<CodeAction> {
  client.open(path.join(new URL(policy).pathname));
  const d = await client.until('purpose-not-announced', () => client.diags(policy).find((x: Diagnostic) => x.code === 'purpose-not-announced'));
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: policy }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
  const add = actions.find((a) => a.title === "Add 'bewijsvoering' to the Dutch notice 'opname-melding'");
  assert.ok(add, actions.map((a) => a.title).join('\n'));
  return add;
}

describe('language server: edits to another file', function () {
  this.timeout(30000);
  const dirs: string[] = [];
  const clients: TestClient[] = [];
  before(() => {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first`);
  });
  after(async () => {
    for (const c of clients) await c.stop();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  async function start(caps: Parameters<TestClient['initialize']>[1]): Promise<{ client: TestClient; policy: string; script: string }> {
    const dir = tempCopy();
    dirs.push(dir);
    const client = new TestClient();
    clients.push(client);
    await client.initialize([dir], caps);
    return { client, policy: uriOf(path.join(dir, POLICY)), script: uriOf(path.join(dir, SCRIPT)) };
  }

  it('asks to confirm an edit to a closed script, then shows it with the words written selected', async () => {
    const { client, policy, script } = await start({
      workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true, applyEdit: true, workspaceEdit: { documentChanges: true, changeAnnotationSupport: { groupsOnLabel: true } } },
      window: { showDocument: { support: true } },
    });
    const add = await addToNotice(client, policy);
    const changes = add.edit!.documentChanges as TextDocumentEdit[];
    assert.deepEqual(changes.map((c) => c.textDocument.uri), [script]);
    const edit = changes[0].edits[0] as { annotationId?: string; newText: string; range: { start: { line: number; character: number } } };
    assert.equal(edit.annotationId, 'reclint.other-file');
    assert.deepEqual(add.edit!.changeAnnotations!['reclint.other-file'], { label: 'reclint changes service.ivr', description: 'a file that is not open', needsConfirmation: true });
    // Then the script opens with what was written selected.
    assert.equal(add.command?.command, 'reclint.server.showChange');
    const [uri, range] = add.command!.arguments as [string, { start: { line: number; character: number }; end: { line: number; character: number } }];
    assert.equal(uri, script);
    assert.deepEqual(range.start, edit.range.start);
    assert.equal(range.end.line, range.start.line);
    assert.equal(range.end.character - range.start.character, edit.newText.length);
    await client.request('workspace/executeCommand', add.command);
    assert.equal(client.shown.at(-1), script);
  });

  it('an open script is edited without a confirmation, and still shown', async () => {
    const { client, policy, script } = await start({
      workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true, applyEdit: true, workspaceEdit: { documentChanges: true, changeAnnotationSupport: {} } },
      window: { showDocument: { support: true } },
    });
    client.open(new URL(script).pathname);
    const add = await addToNotice(client, policy);
    assert.equal(add.edit!.changeAnnotations, undefined);
    assert.equal(((add.edit!.documentChanges as TextDocumentEdit[])[0].edits[0] as { annotationId?: string }).annotationId, undefined);
    assert.equal(add.command?.command, 'reclint.server.showChange');
  });

  it('a client without annotations or showDocument gets plain changes and no command', async () => {
    const { client, policy, script } = await start(undefined);
    const add = await addToNotice(client, policy);
    assert.deepEqual(Object.keys(add.edit!.changes!), [script]);
    assert.equal(add.command, undefined);
  });
});
