/**
 * Issue 16 in the editor: "Create a policy for this script" on a script no policy names (the `reclint
 * init` starter as a new file beside it), and the processing register of a workspace folder.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, CreateFile, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { starterPolicy } from '../../src/core/init';
import { applyTextEdits, CLI, SERVER, TestClient, tempCopy, uriOf } from './client';


/** One server over a temp copy of examples/ for the tests of a describe block: started before, stopped after. */
function serverOnExamples(): { readonly dir: string; readonly client: TestClient } {
  const state: { dir: string; client: TestClient } = { dir: '', client: undefined as unknown as TestClient };
  before(async () => {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first`);
    state.dir = tempCopy();
    state.client = new TestClient();
    await state.client.initialize([state.dir]);
  });
  after(async () => {
    await state.client?.stop();
    if (state.dir) fs.rmSync(state.dir, { recursive: true, force: true });
  });
  return state;
}

const LONE = 'lang en\nsay notice "This call is recorded to improve our service and to handle complaints."\nrecord start\n';

describe('language server: create a policy for this script', function () {
  this.timeout(60000);
  const dirs: string[] = [];
  const clients: TestClient[] = [];
  before(() => {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first`);
  });
  after(async () => {
    for (const c of clients) await c.stop();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  async function actionsOnLone(createFiles: boolean, existing = false): Promise<{ actions: CodeAction[]; dir: string; lone: string }> {
    const dir = tempCopy();
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, 'contact-centre/ivr/lone.ivr'), LONE);
    if (existing) fs.writeFileSync(path.join(dir, 'contact-centre/ivr/lone.recording-policy.yaml'), 'policy: 1\ncontroller: X\nrecordings:\n  - id: other\n    mode: none\n');
    const client = new TestClient();
    clients.push(client);
    await client.initialize([dir], createFiles ? { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true, applyEdit: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } }, window: { showDocument: { support: true } } } : undefined);
    const lone = client.open(path.join(dir, 'contact-centre/ivr/lone.ivr'));
    const d = await client.until('script-not-named', () => client.diags(lone).find((x) => x.code === 'script-not-named'), 20000);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: lone }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
    return { actions, dir, lone };
  }

  it('creates the starter `reclint init` writes beside the script, and opens it', async () => {
    const { actions, dir, lone } = await actionsOnLone(true);
    const a = actions.find((x) => x.title === 'Create a policy for this script (lone.recording-policy.yaml)');
    assert.ok(a, actions.map((x) => x.title).join('\n'));
    const target = uriOf(path.join(dir, 'contact-centre/ivr/lone.recording-policy.yaml'));
    const [create, insert] = a.edit!.documentChanges as [CreateFile, TextDocumentEdit];
    assert.deepEqual(create, { kind: 'create', uri: target, options: { ignoreIfExists: true } });
    assert.equal(insert.textDocument.uri, target);
    const expected = starterPolicy(lone, LONE);
    assert.ok(expected.ok);
    const written = (insert.edits[0] as TextEdit).newText;
    assert.equal(written, expected.text);
    assert.match(written, /purpose: quality-assurance/);
    assert.match(written, /purpose: complaint-handling/);
    assert.deepEqual(a.command?.arguments?.[0], target);
  });

  it('is disabled, with the reason, when that file exists; absent when the client cannot create files', async () => {
    const { actions } = await actionsOnLone(true, true);
    const a = actions.find((x) => x.title.startsWith('Create a policy for this script'));
    assert.equal(a?.edit, undefined);
    assert.match(a?.disabled?.reason ?? '', /lone\.recording-policy\.yaml exists already/);
    const plain = await actionsOnLone(false);
    assert.equal(plain.actions.find((x) => x.title.startsWith('Create a policy')), undefined);
  });
});

describe('language server: the processing register', function () {
  this.timeout(60000);
  const ws = serverOnExamples();

  it('asks which controller when the policies name several, then gives that controller\'s register as `reclint register` writes it', async () => {
    const { dir, client } = ws;
    const first = await client.request<{ error?: string; controllers?: string[] }>('reclint/register', { uri: uriOf(dir) });
    // Every controller the example policies name, once each, sorted.
    const named = [...new Set(fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.recording-policy.yaml')).map((f) => /^controller: (.+)$/m.exec(fs.readFileSync(path.join(dir, f), 'utf8'))?.[1].trim()).filter((c): c is string => !!c))].sort();
    assert.ok(named.length >= 4 && named.includes('Zonnestroom Energie B.V.'));
    assert.deepEqual(first.controllers, named);
    const r = await client.request<{ markdown?: string }>('reclint/register', { uri: uriOf(dir), controller: 'Zonnestroom Energie B.V.' });
    const cli = spawnSync(process.execPath, [CLI, 'register', '--controller', 'Zonnestroom Energie B.V.', '.'], { cwd: dir, encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stderr);
    assert.equal(r.markdown, cli.stdout);
    assert.match(r.markdown ?? '', /^# Record of processing activities: call recording/);
  });

  it('refuses a folder outside the workspace', async () => {
    const { client } = ws;
    const r = await client.request<{ error?: string }>('reclint/register', { uri: 'file:///etc' });
    assert.match(r.error ?? '', /not a folder of this workspace/);
  });
});

describe('language server: write the notice from the declared purposes', function () {
  this.timeout(60000);
  const ws = serverOnExamples();

  it('offers one action per language on purpose-not-announced; applied, that language announces every declared purpose', async () => {
    const { dir, client } = ws;
    const policy = client.open(path.join(dir, 'contact-centre/service.recording-policy.yaml'));
    const script = uriOf(path.join(dir, 'contact-centre/ivr/service.ivr'));
    const ds = await client.until('purpose-not-announced twice', () => {
      const x = client.diags(policy).filter((d) => d.code === 'purpose-not-announced');
      return x.length === 2 ? x : undefined;
    });
    const titles: string[] = [];
    let nl: CodeAction | undefined;
    for (const d of ds) {
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: policy }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
      for (const a of actions.filter((x) => x.title.startsWith('Write the notice'))) {
        titles.push(a.title);
        if (a.title.endsWith('(nl)')) nl = a;
      }
    }
    assert.deepEqual(titles.sort(), ['Write the notice from the declared purposes (en)', 'Write the notice from the declared purposes (nl)']);
    // It rewrites what callers hear: never the preferred fix, never in fix-all.
    assert.equal(nl!.isPreferred, undefined);
    const edits = nl!.edit!.changes![script];
    assert.ok(edits.length >= 1);
    const text = applyTextEdits(fs.readFileSync(new URL(script), 'utf8'), edits);
    assert.match(text, /say opname-melding "Zonnestroom Energie B\.V\. neemt dit gesprek op/);
    fs.writeFileSync(new URL(script), text);
    const r = spawnSync(process.execPath, [CLI, '--format', 'json', 'service.recording-policy.yaml'], { cwd: path.join(dir, 'contact-centre'), encoding: 'utf8' });
    const after = (JSON.parse(r.stdout) as { results: { findings: { ruleId: string; message: string }[] }[] }).results.flatMap((x) => x.findings);
    assert.ok(!after.some((f) => f.ruleId === 'purpose-not-announced' && /Dutch/.test(f.message)), JSON.stringify(after.map((f) => f.message)));
    assert.ok(after.some((f) => f.ruleId === 'purpose-not-announced' && /English/.test(f.message)), 'the English notice was not touched');
  });

  it('on a recording\'s announcement without a finding: the same action as a rewrite, per language', async () => {
    const { dir, client } = ws;
    const policy = client.open(path.join(dir, 'clean/helpdesk.recording-policy.yaml'));
    await client.until('helpdesk linted', () => client.diagnostics.has(policy));
    const text = fs.readFileSync(new URL(policy), 'utf8');
    const at = text.indexOf('announcement:');
    const line = text.slice(0, at).split('\n').length - 1;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: policy }, range: { start: { line, character: 6 }, end: { line, character: 6 } }, context: { diagnostics: [], only: ['refactor'] } });
    assert.deepEqual(actions.map((a) => [a.kind, a.title]), [['refactor.rewrite', 'Write the notice from the declared purposes (nl)'], ['refactor.rewrite', 'Write the notice from the declared purposes (en)']]);
    // Elsewhere in the policy, nothing.
    const none = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: policy }, range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, context: { diagnostics: [], only: ['refactor'] } });
    assert.deepEqual(none, []);
  });

  it('on announcement-missing with one language: writes inline announcement.text', async () => {
    const { dir, client } = ws;
    const file = path.join(dir, 'clean/inline.recording-policy.yaml');
    fs.writeFileSync(file, 'policy: 1\ncontroller: Acme B.V.\nlanguages: [en]\nrecordings:\n  - id: line\n    mode: all\n    purposes:\n      - purpose: evidence\n        legal_basis: contract\n        retention: { max: P1Y }\n');
    const uri = client.open(file);
    const d = await client.until('announcement-missing', () => client.diags(uri).find((x) => x.code === 'announcement-missing'));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
    const a = actions.find((x) => x.title === 'Write the notice from the declared purposes (en)')!;
    const written = applyTextEdits(fs.readFileSync(file, 'utf8'), a.edit!.changes![uri]);
    assert.match(written, /\n {4}announcement:\n {6}text: "Acme B\.V\. records this call as evidence of what was agreed\./);
  });
});

describe('language server: a transcript list changed on disk', function () {
  this.timeout(60000);
  const ws = serverOnExamples();

  it('re-lints the policy that reads it: the notice the list no longer transcribes is reported', async () => {
    const { dir, client } = ws;
    const plan = uriOf(path.join(dir, 'call-flows/asterisk/extensions.conf'));
    await client.until('the dialplan linted', () => client.diags(plan).some((d) => d.code === 'announcement-after-recording'), 20000);
    assert.ok(!client.diags(plan).some((d) => d.code === 'notice-audio-untranscribed'));
    const list = path.join(dir, 'call-flows/asterisk/sounds-nl.txt');
    fs.writeFileSync(list, fs.readFileSync(list, 'utf8').replace(/^anker\/opname:.*\n/m, ''));
    void client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(list), type: 2 }] });
    await client.until('the untranscribed notice', () => client.diags(plan).some((d) => d.code === 'notice-audio-untranscribed'), 20000);
  });
});
