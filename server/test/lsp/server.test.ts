/** The language server over stdio, driven by a real JSON-RPC client against a temp copy of examples/. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, CompletionItem, Diagnostic, DocumentSymbol, Hover, Location, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { Scheduler, type Clock } from '../../src/lsp/scheduler';
import { applyTextEdits, cliFindings, compact, compactCli, SERVER, tempCopy, TestClient, uriOf } from './client';

const POLICY = 'contact-centre/service.recording-policy.yaml';
const SCRIPT = 'contact-centre/ivr/service.ivr';
const SALES_SCRIPT = 'contact-centre/ivr/sales.ivr';

describe('language server (stdio)', function () {
  this.timeout(30000);
  let dir: string;
  let client: TestClient;
  let policy: string;
  let script: string;

  before(async function () {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first`);
    dir = tempCopy();
    client = new TestClient();
    await client.initialize([dir]);
    policy = uriOf(path.join(dir, POLICY));
    script = uriOf(path.join(dir, SCRIPT));
    // Indexing lints every policy in the folder, open or not (wait for every file: they arrive one by one).
    const files = [...cliFindings(dir).keys()].map(uriOf);
    await client.until('workspace diagnostics', () => files.every((f) => client.diagnostics.has(f)));
  });

  after(async () => {
    await client?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('publishes, for files nobody opened, the same rule ids at the same ranges as `reclint --format json`', () => {
    const cli = cliFindings(dir);
    for (const [file, findings] of cli) {
      const got = client.diags(uriOf(file)).map(compact).sort();
      assert.deepEqual(got, findings.map(compactCli).sort(), file);
    }
  });

  it('gives the README positions of the service line, with code, docs link, source and severity', () => {
    const ds = client.diags(policy);
    const basis = ds.find((d) => d.code === 'unknown-legal-basis')!;
    assert.equal(compact(basis), 'unknown-legal-basis@38:21-38:32');
    assert.equal(basis.source, 'reclint');
    // `toestemming` is an alias reclint reads as consent: a warning (rules.md).
    assert.equal(basis.severity, 2);
    assert.match(basis.codeDescription!.href, /docs\/rules\/unknown-legal-basis\.md$/);
    assert.equal(compact(ds.find((d) => d.code === 'invalid-duration')!), 'invalid-duration@46:15-46:22');
    assert.equal(compact(ds.find((d) => d.code === 'retention-trigger-undefined')!), 'retention-trigger-undefined@54:17-54:34');
    const vague = client.diags(script).filter((d) => d.code === 'vague-purpose').map(compact);
    assert.deepEqual(vague, ['vague-purpose@13:67-13:87', 'vague-purpose@32:64-32:80']);
    assert.ok(client.diags(script).every((d) => d.severity === 2));
  });

  it('gives the README positions of the call flows (findings 8 to 10), flows nobody opened, and nothing else there', () => {
    const diags = (f: string) => client.diags(uriOf(path.join(dir, 'call-flows', f)));
    const connect = diags('connect/klantcontactcentrum');
    assert.deepEqual(connect.map(compact), ['announcement-after-recording@100:14-100:38']);
    assert.equal(connect[0].severity, 1);
    // Related information: armed at the `RecordedParticipants` value, …, the notice `melding` last.
    const rel = connect[0].relatedInformation!;
    assert.deepEqual([rel[0].location.range.start.line, rel[0].location.range.start.character], [21, 55]);
    assert.match(rel[0].message, /^recording was armed here/);
    assert.deepEqual([rel.at(-1)!.location.range.start.line, rel.at(-1)!.message], [94, "the notice comes only here ('melding')"]);
    // The path is in the related information, one stop at a time, not in the message.
    assert.match(rel.map((r) => r.message).join('\n'), /the caller passes 'hoofdmenu' l\.46 \(key 2\)\nthe caller passes 'wachtrij-belastingen' l\.86/);
    assert.match(String(connect[0].message), /^A caller can reach the transfer 'doorverbinden' before hearing the recording notice \(GDPR art\. 13\(1\)\)\./);
    const studio = diags('studio/member-services.json');
    assert.deepEqual(studio.map(compact), ['notice-interruptible@36:17-36:231']);
    assert.equal(studio[0].severity, 2);
    const twiml = diags('twiml/service-client.xml');
    assert.deepEqual(twiml.map(compact), ['flow-analytics-undeclared@9:40-9:74']);
    assert.equal(twiml[0].severity, 1);
    assert.match(String(twiml[0].message), /'speech-analytics'/);
    assert.match(twiml[0].codeDescription!.href, /docs\/rules\/flow-analytics-undeclared\.md$/);
    for (const p of ['connect/kcc', 'studio/member-services', 'twiml/service-client']) assert.deepEqual(diags(`${p}.recording-policy.yaml`), [], p);
  });

  it('opens a policy; each quick fix applies cleanly and the re-lint drops that finding', async () => {
    const file = path.join(dir, POLICY);
    let text = fs.readFileSync(file, 'utf8');
    client.open(file);
    let version = 1;
    for (const rule of ['unknown-legal-basis', 'invalid-duration', 'retention-trigger-undefined']) {
      const d = await client.until(`${rule} on open document`, () => client.diagnostics.get(policy)?.version === version && client.diags(policy).find((x) => x.code === rule));
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: policy }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
      const fix = actions.find((a) => a.isPreferred);
      assert.ok(fix?.edit?.changes?.[policy], `${rule} has a preferred fix: ${JSON.stringify(actions.map((a) => a.title))}`);
      assert.ok(actions.some((a) => a.title === `Disable ${rule} for this line`));
      assert.ok(actions.some((a) => a.title === `Show documentation for ${rule}`));
      text = applyTextEdits(text, fix.edit.changes[policy]);
      version++;
      client.change(policy, version, text);
      await client.until(`re-lint without ${rule}`, () => client.diagnostics.get(policy)?.version === version && !client.diags(policy).some((x) => x.code === rule));
    }
    assert.match(text, /legal_basis: consent/);
    assert.match(text, /max: P90D/);
    assert.match(text, /escalation-closed:/);
  });

  it('"disable for this line" inserts a suppression at the line\'s indentation and silences the finding', async () => {
    const d = await client.until('purpose-not-announced', () => client.diags(policy).find((x) => x.code === 'purpose-not-announced'));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: policy }, range: d.range, context: { diagnostics: [d] } });
    const disable = actions.find((a) => a.title === 'Disable purpose-not-announced for this line')!;
    const edit = disable.edit!.changes![policy][0];
    assert.equal(edit.newText, '      # reclint-disable-next-line purpose-not-announced -- <reason>\n');
    const version = client.diagnostics.get(policy)!.version! + 1;
    const text = applyTextEdits(await openText(client, policy), [edit]);
    client.change(policy, version, text);
    await client.until('suppressed', () => client.diagnostics.get(policy)?.version === version && !client.diags(policy).some((x) => x.code === 'purpose-not-announced'));
    assert.ok(!client.diags(policy).some((x) => x.code === 'unused-suppression' || x.code === 'suppression-without-reason'));
    // Show documentation asks the client to open the rule's page.
    const docs = actions.find((a) => a.title.startsWith('Show documentation'))!;
    await client.request('workspace/executeCommand', docs.command);
    assert.match(client.shown.at(-1) ?? '', /purpose-not-announced\.md$/);
  });

  it('hovers: purpose, legal basis, trigger, data category, and a notice prompt', async () => {
    const text = await openText(client, policy);
    const at = (needle: string, delta = 1) => positionOf(text, needle, delta);
    const h = async (pos: { line: number; character: number }, uri = policy) => ((await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: pos }))?.contents as { value: string } | undefined)?.value ?? '';
    const training = await h(at('purpose: staff-training', 12));
    assert.match(training, /staff-training/);
    assert.match(training, /training and coaching staff/);
    assert.match(training, /Announced to callers/);
    const evidence = await h(at('purpose: evidence\n        legal', 12));
    assert.match(evidence, /Not announced/);
    assert.match(await h(at('legal_basis: legitimate-interests', 15)), /6\(1\)\(f\)/);
    assert.match(await h(at('until: evaluation-done', 10)), /Backstop.*P4M/s);
    assert.match(await h(at('phone-number', 2)), /ordinary personal data/);
    const scriptText = fs.readFileSync(path.join(dir, SCRIPT), 'utf8');
    client.open(path.join(dir, SCRIPT));
    const notice = await h(positionOf(scriptText, 'Dit gesprek wordt', 3), script);
    assert.match(notice, /Records/);
    assert.match(notice, /staff-training/);
    assert.match(notice, /Vague/);
  });

  it('completes purposes, legal bases, triggers, prompt ids and data categories', async () => {
    const text = await openText(client, policy);
    const items = async (needle: string, delta: number) => (await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: policy }, position: positionOf(text, needle, delta) })).map((i) => i.label);
    assert.ok((await items('purpose: evidence', 9)).includes('complaint-handling'));
    const bases = await items('legal_basis: legitimate-interests', 13);
    assert.ok(bases.includes('consent') && bases.includes('legitimate-interests'));
    assert.ok((await items('until: evaluation-done', 7)).includes('evaluation-done'));
    assert.ok((await items('data: [voice', 7)).includes('health'));
    // prompt ids of the referenced script, typed on a new line
    const version = client.diagnostics.get(policy)!.version! + 1;
    const withPrompt = text.replace('script: ivr/service.ivr', 'script: ivr/service.ivr\n      prompt: ');
    client.change(policy, version, withPrompt);
    const pos = positionOf(withPrompt, 'prompt: ', 8);
    const prompts = (await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: policy }, position: pos })).map((i) => i.label);
    assert.ok(prompts.includes('opname-melding') && prompts.includes('recording-notice-en'), prompts.join(','));
    client.change(policy, version + 1, text);
    await client.until('restored', () => client.diagnostics.get(policy)?.version === version + 1);
  });

  it('goes to definitions: until → trigger, script → file, use → declared purpose', async () => {
    const text = await openText(client, policy);
    const def = async (needle: string, delta: number) => client.request<Location[]>('textDocument/definition', { textDocument: { uri: policy }, position: positionOf(text, needle, delta) });
    const trig = await def('until: evaluation-done', 9);
    assert.equal(trig[0].uri, policy);
    assert.equal(trig[0].range.start.line, positionOf(text, 'evaluation-done:', 0).line);
    const file = await def('script: ivr/service.ivr', 12);
    assert.equal(file[0].uri, script);
    const use = await def('- purpose: evidence        #', 12);
    assert.equal(use[0].range.start.line, positionOf(text, '- purpose: evidence\n', 0).line);
  });

  it('lists document symbols for a policy and a script', async () => {
    const syms = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: policy } });
    const rec = syms.find((s) => s.name === 'customer-service')!;
    assert.ok(rec.children!.some((c) => c.name === 'evidence'));
    assert.ok(syms.some((s) => s.name === 'triggers'));
    const ivr = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: script } });
    const nl = ivr.find((s) => s.name === 'nederlands')!;
    assert.ok(nl.children!.some((c) => c.name === 'opname-melding'));
  });

  it('renames a trigger across the file, and refuses a bad id', async () => {
    const text = await openText(client, policy);
    const pos = positionOf(text, 'until: evaluation-done', 10);
    const prep = await client.request<{ placeholder: string }>('textDocument/prepareRename', { textDocument: { uri: policy }, position: pos });
    assert.equal(prep.placeholder, 'evaluation-done');
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: policy }, position: pos, newName: 'coaching-done' });
    const renamed = applyTextEdits(text, edit.changes![policy]);
    assert.equal((renamed.match(/coaching-done/g) ?? []).length, 2);
    assert.ok(!renamed.includes('evaluation-done'));
    await assert.rejects(client.request('textDocument/rename', { textDocument: { uri: policy }, position: pos, newName: 'Bad Name' }));
  });

  it('re-lints the dependent policy when its script changes in the editor and on disk', async () => {
    const sales = path.join(dir, 'contact-centre/sales.recording-policy.yaml');
    const salesUri = uriOf(sales);
    const salesScript = path.join(dir, SALES_SCRIPT);
    const salesScriptUri = uriOf(salesScript);
    // In the editor: the notice stops announcing evidence → the (unopened) policy reports it.
    const original = fs.readFileSync(salesScript, 'utf8');
    client.open(salesScript);
    const changed = original.replace(/als bewijs[^"]*/g, 'voor onze administratie.');
    assert.notEqual(changed, original);
    client.change(salesScriptUri, 2, changed);
    await client.until('policy follows the edited script', () => client.diags(salesUri).some((d) => d.code === 'purpose-not-announced'));
    client.change(salesScriptUri, 3, original);
    await client.until('and back', () => !client.diags(salesUri).some((d) => d.code === 'purpose-not-announced'));
    // On disk, closed: the script is deleted → script-not-found; restored → gone.
    void client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: salesScriptUri } });
    fs.renameSync(salesScript, `${salesScript}.bak`);
    void client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: salesScriptUri, type: 3 }] });
    await client.until('script-not-found', () => client.diags(salesUri).some((d) => d.code === 'script-not-found'));
    fs.renameSync(`${salesScript}.bak`, salesScript);
    void client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: salesScriptUri, type: 1 }] });
    await client.until('script found again', () => !client.diags(salesUri).some((d) => d.code === 'script-not-found') && client.diags(salesScriptUri).some((d) => d.code === 'announcement-after-recording'));
  });

  it('follows .reclintrc.yaml and the reclint.rules setting (the file wins)', async () => {
    const rc = path.join(dir, 'contact-centre/.reclintrc.yaml');
    const original = fs.readFileSync(rc, 'utf8');
    fs.writeFileSync(rc, `${original}\nrules:\n  vague-purpose: "off"\n`);
    void client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(rc), type: 2 }] });
    await client.until('vague-purpose off by config', () => client.diagnostics.has(script) && !client.diags(script).some((d) => d.code === 'vague-purpose'));
    // Settings: vague-purpose as error is overridden by the file's "off"; announcement-after-recording → info wins (file silent).
    client.settings = { rules: { 'vague-purpose': 'error', 'announcement-after-recording': 'info' } };
    void client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const salesScriptUri = uriOf(path.join(dir, SALES_SCRIPT));
    await client.until('setting applied', () => client.diags(salesScriptUri).some((d) => d.code === 'announcement-after-recording' && d.severity === 3));
    assert.ok(!client.diags(script).some((d) => d.code === 'vague-purpose'));
    fs.writeFileSync(rc, original);
    client.settings = {};
    void client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(rc), type: 2 }] });
    void client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.until('config restored', () => client.diags(script).some((d) => d.code === 'vague-purpose' && d.severity === 2) && client.diags(salesScriptUri).some((d) => d.code === 'announcement-after-recording' && d.severity === 1));
  });

  it('survives malformed requests and keeps answering', async () => {
    await assert.rejects(client.request('textDocument/hover', { nonsense: true }).then((r) => (r === null ? Promise.reject(new Error('null')) : r)));
    await client.request('textDocument/hover', { textDocument: { uri: 'file:///does/not/exist.recording-policy.yaml' }, position: { line: 99, character: 99 } });
    await client.request('textDocument/codeAction', { textDocument: { uri: policy }, range: { start: { line: -1, character: -5 }, end: { line: 1e6, character: 0 } }, context: { diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: 'x', source: 'reclint', code: 'schema', data: 42 } as Diagnostic] } });
    void client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///nope.ivr', version: 1 }, contentChanges: [{ text: 'x' }] });
    // An unparseable policy is a finding, not a crash.
    const broken = uriOf(path.join(dir, 'contact-centre/broken.recording-policy.yaml'));
    void client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: broken, languageId: 'yaml', version: 1, text: 'policy: 1\n  bad: [\n' } });
    await client.until('yaml-syntax', () => client.diags(broken).some((d) => d.code === 'yaml-syntax'));
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: policy } });
    assert.ok(symbols.length > 0);
    assert.equal(client.proc.exitCode, null);
  });
});

describe('language server: fix all', function () {
  this.timeout(30000);
  it('source.fixAll.reclint and the fix-all command apply every safe fix; the result has no fixable finding left', async () => {
    const dir = tempCopy();
    const client = new TestClient();
    try {
      await client.initialize([dir]);
      const file = path.join(dir, POLICY);
      const uri = client.open(file, 'yaml', 10);
      await client.until('policy open', () => client.diagnostics.get(uri)?.version === 10);
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
      const all = actions.find((a) => a.kind === 'source.fixAll.reclint');
      assert.ok(all?.edit?.changes?.[uri], JSON.stringify(actions));
      const fixed = applyTextEdits(client.texts.get(uri)!, all.edit.changes[uri]);
      // The command route gives the same edit through workspace/applyEdit.
      await client.request('workspace/executeCommand', { command: 'reclint.server.fixAll', arguments: [uri] });
      assert.equal(applyTextEdits(client.texts.get(uri)!, client.applied.at(-1)!.changes![uri]), fixed);
      client.change(uri, 11, fixed);
      await client.until('re-linted', () => client.diagnostics.get(uri)?.version === 11);
      const left = client.diags(uri).map((d) => String(d.code));
      for (const id of ['unknown-legal-basis', 'invalid-duration', 'retention-trigger-undefined']) assert.ok(!left.includes(id), `${id} left: ${left.join(', ')}`);
      assert.ok(left.includes('purpose-not-announced'), 'suggestion-only findings stay');
    } finally {
      await client.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('language server: multi-root and settings at start', function () {
  this.timeout(30000);
  it('lints every workspace folder; reclint.enable=false clears everything', async () => {
    const a = tempCopy();
    const b = tempCopy();
    const client = new TestClient();
    try {
      await client.initialize([path.join(a, 'contact-centre'), path.join(b, 'clean')]);
      const pa = uriOf(path.join(a, POLICY));
      const pb = uriOf(path.join(b, 'clean/helpdesk.recording-policy.yaml'));
      await client.until('both folders', () => client.diags(pa).length > 0 && client.diagnostics.has(pb));
      assert.deepEqual(client.diags(pb), []);
      client.settings = { enable: false };
      void client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      await client.until('cleared', () => client.diags(pa).length === 0);
    } finally {
      await client.stop();
      fs.rmSync(a, { recursive: true, force: true });
      fs.rmSync(b, { recursive: true, force: true });
    }
  });
});

async function openText(client: TestClient, uri: string): Promise<string> {
  const t = client.texts.get(uri);
  if (t === undefined) throw new Error(`${uri} is not open`);
  return t;
}

function positionOf(text: string, needle: string, delta: number): { line: number; character: number } {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`not found: ${needle}`);
  const off = i + delta;
  const before = text.slice(0, off);
  const line = before.split('\n').length - 1;
  return { line, character: off - (before.lastIndexOf('\n') + 1) };
}

describe('language server: .reclintrc.yaml problems', function () {
  this.timeout(30000);
  it('shows syntax and schema problems on the config, open or on disk, and clears them when fixed', async () => {
    const dir = tempCopy();
    const client = new TestClient();
    try {
      const rc = path.join(dir, 'contact-centre/.reclintrc.yaml');
      const rcUri = uriOf(rc);
      const original = fs.readFileSync(rc, 'utf8');
      await client.initialize([dir]);
      const policy = uriOf(path.join(dir, POLICY));
      await client.until('workspace linted', () => client.diagnostics.has(policy));
      assert.ok(!client.diagnostics.has(rcUri), 'a good config gets no diagnostics');
      // In the editor: a syntax error while typing, then a schema problem, then fixed.
      client.open(rc, 'yaml', 1);
      client.change(rcUri, 2, `${original}rules: [\n`);
      const syntax = await client.until('syntax problem', () => client.diagnostics.get(rcUri)?.version === 2 && client.diags(rcUri)[0]);
      assert.equal(syntax.code, 'schema');
      assert.equal(syntax.severity, 1);
      assert.equal(syntax.source, 'reclint');
      assert.ok(syntax.range.start.line >= original.split('\n').length - 1, JSON.stringify(syntax.range));
      client.change(rcUri, 3, `${original}rulez: {}\n`);
      const schema = await client.until('schema problem', () => client.diagnostics.get(rcUri)?.version === 3 && client.diags(rcUri)[0]);
      assert.match(String(schema.message), /rulez/);
      assert.match(schema.codeDescription!.href, /docs\/rules\/schema\.md$/);
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: rcUri }, range: schema.range, context: { diagnostics: [schema] } });
      assert.ok(!actions.some((a) => a.title.startsWith('Disable')), 'no suppression comment is offered in a config');
      client.change(rcUri, 4, original);
      await client.until('cleared when fixed', () => client.diagnostics.get(rcUri)?.version === 4 && client.diags(rcUri).length === 0);
      // Closed, on disk: the CLI's finding, at the same place; fixing the file clears it.
      void client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: rcUri } });
      fs.writeFileSync(rc, `${original}rulez: {}\n`);
      void client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: rcUri, type: 2 }] });
      await client.until('schema problem on disk', () => client.diags(rcUri).length === 1);
      const cli = cliFindings(dir).get(rc) ?? [];
      assert.deepEqual(client.diags(rcUri).map(compact), cli.map(compactCli));
      fs.writeFileSync(rc, original);
      void client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: rcUri, type: 2 }] });
      await client.until('cleared on disk', () => client.diagnostics.get(rcUri)?.diagnostics.length === 0);
      // Deleted while broken: its diagnostics go with it.
      fs.writeFileSync(rc, 'rules: [\n');
      void client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: rcUri, type: 2 }] });
      await client.until('broken again', () => client.diags(rcUri).length === 1);
      fs.rmSync(rc);
      void client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: rcUri, type: 3 }] });
      await client.until('cleared on delete', () => client.diagnostics.get(rcUri)?.diagnostics.length === 0);
    } finally {
      await client.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('language server: throttled linting (the Scheduler on a hand-driven clock)', () => {
  type Deferred = { promise: Promise<void>; resolve: () => void };
  const deferred = (): Deferred => {
    let resolve!: () => void;
    const promise = new Promise<void>((r) => (resolve = r));
    return { promise, resolve };
  };
  /** A Scheduler whose lints only record their seeds (and can be held open to test edits during a lint). */
  function workspace(): { ws: Scheduler; runs: string[][]; hold: (d: Deferred | undefined) => void } {
    const runs: string[][] = [];
    let held: Deferred | undefined;
    const ws = new Scheduler({
      split: (seeds) => ({ now: [...seeds], later: [] }),
      lint: async (uris) => {
        runs.push([...uris]);
        if (held) await held.promise;
      },
      settled: () => undefined,
      error: (m, e) => assert.fail(`${m}: ${String(e)}`),
    }, clock);
    return { ws, runs, hold: (d) => (held = d) };
  }
  const flush = async () => {
    for (let i = 0; i < 20; i++) await Promise.resolve();
  };
  const A = 'file:///w/a.recording-policy.yaml';
  const B = 'file:///w/b.recording-policy.yaml';

  /** A hand-driven clock, handed to the scheduler. */
  const clock: Clock & { at: number; timers: { at: number; seq: number; fn: () => void }[]; seq: number; install(): void; uninstall(): void; tick(ms: number): void } = {
    at: 1_000_000,
    timers: [],
    seq: 0,
    now() {
      return this.at;
    },
    setTimeout(fn, ms) {
      const t = { at: this.at + ms, seq: this.seq++, fn };
      this.timers.push(t);
      return t;
    },
    clearTimeout(t) {
      this.timers = this.timers.filter((x) => x !== t);
    },
    yieldToLoop: () => Promise.resolve(),
    install(): void {
      this.timers = [];
    },
    uninstall(): void {
      this.timers = [];
    },
    tick(ms: number): void {
      const end = this.at + ms;
      for (;;) {
        const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
        if (!due) break;
        this.timers = this.timers.filter((t) => t !== due);
        this.at = due.at;
        due.fn();
      }
      this.at = end;
    },
  };

  beforeEach(() => clock.install());
  afterEach(() => clock.uninstall());

  it('lints a single edit at once (leading edge), not after the delay', async () => {
    const { ws, runs } = workspace();
    ws.schedule(A, 150);
    clock.tick(0);
    await flush();
    assert.deepEqual(runs, [[A]]);
  });

  it('a burst costs one lint per delay window; the trailing lint comes at last lint + delay', async () => {
    const { ws, runs } = workspace();
    ws.schedule(A, 150);
    clock.tick(0);
    await flush();
    assert.equal(runs.length, 1);
    for (let t = 0; t < 100; t += 10) {
      ws.schedule(A, 150);
      clock.tick(10);
      await flush();
    }
    assert.equal(runs.length, 1, 'edits inside the window wait');
    clock.tick(49);
    await flush();
    assert.equal(runs.length, 1);
    clock.tick(1);
    await flush();
    assert.equal(runs.length, 2, 'one trailing lint at last lint + 150 ms');
    // Another file is not held back by the first one's window.
    ws.schedule(B, 150);
    clock.tick(0);
    await flush();
    assert.deepEqual(runs.at(-1), [B]);
    // After a quiet window, the next edit is linted at once again.
    clock.tick(200);
    ws.schedule(A, 150);
    clock.tick(0);
    await flush();
    assert.deepEqual(runs.at(-1), [A]);
    assert.equal(runs.length, 4);
  });

  it('an edit during a running lint gets one more lint, a delay after that lint ends', async () => {
    const { ws, runs, hold } = workspace();
    const d = deferred();
    hold(d);
    ws.schedule(A, 150);
    clock.tick(0);
    await flush();
    assert.equal(runs.length, 1);
    ws.schedule(A, 150);
    ws.schedule(A, 150);
    clock.tick(1000);
    await flush();
    assert.equal(runs.length, 1, 'nothing starts while the lint runs');
    hold(undefined);
    d.resolve();
    await flush();
    clock.tick(149);
    await flush();
    assert.equal(runs.length, 1);
    clock.tick(1);
    await flush();
    assert.equal(runs.length, 2, 'the text typed during the lint is linted');
    clock.tick(10000);
    await flush();
    assert.equal(runs.length, 2, 'and nothing more');
  });
});

