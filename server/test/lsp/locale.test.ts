/**
 * The editor's display language (the `initialize` locale) over stdio: with `nl`, hovers on a policy
 * and on a script's notice, the server's own code-action titles and the notice preview are Dutch;
 * with no locale (or one reclint has no catalogue for) they are English.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, Hover, InitializeParams } from 'vscode-languageserver-protocol';
import { SERVER, tempCopy, TestClient, uriOf } from './client';

const POLICY = 'contact-centre/service.recording-policy.yaml';
const SCRIPT = 'contact-centre/ivr/service.ivr';

function positionOf(text: string, needle: string, delta: number): { line: number; character: number } {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`not found: ${needle}`);
  const before = text.slice(0, i + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - (before.lastIndexOf('\n') + 1) };
}

interface Session {
  client: TestClient;
  dir: string;
  policy: string;
  script: string;
  policyText: string;
  scriptText: string;
}

/** A server over a copy of examples/, initialised with `locale` (none when undefined). */
async function start(locale: string | undefined): Promise<Session> {
  if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first`);
  const dir = tempCopy();
  const client = new TestClient();
  const params: InitializeParams = {
    processId: process.pid,
    rootUri: uriOf(dir),
    workspaceFolders: [{ uri: uriOf(dir), name: 'examples' }],
    ...(locale ? { locale } : {}),
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true, applyEdit: true },
      textDocument: { publishDiagnostics: { relatedInformation: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } } }, hover: { contentFormat: ['markdown'] } },
    },
  };
  await client.conn.sendRequest('initialize', params);
  await client.conn.sendNotification('initialized', {});
  const policyFile = path.join(dir, POLICY);
  const scriptFile = path.join(dir, SCRIPT);
  const policy = client.open(policyFile);
  const script = client.open(scriptFile);
  await client.until('policy diagnostics', () => client.diags(policy).length > 0 && client.diags(policy));
  return { client, dir, policy, script, policyText: fs.readFileSync(policyFile, 'utf8'), scriptText: fs.readFileSync(scriptFile, 'utf8') };
}

async function stop(s: Session | undefined): Promise<void> {
  await s?.client.stop();
  if (s) fs.rmSync(s.dir, { recursive: true, force: true });
}

async function hover(s: Session, uri: string, pos: { line: number; character: number }): Promise<string> {
  const h = await s.client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: pos });
  return (h?.contents as { value: string } | undefined)?.value ?? '';
}

async function actionTitles(s: Session, d: Diagnostic): Promise<string[]> {
  const actions = await s.client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: s.policy }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
  return actions.map((a) => a.title);
}

describe('language server: the editor\'s display language', function () {
  this.timeout(30000);

  describe('initialize with locale nl', () => {
    let s: Session | undefined;
    before(async () => {
      s = await start('nl');
    });
    after(() => stop(s));

    it('a policy hover is Dutch: the purpose, the legal basis with its article, the alias', async () => {
      const purpose = await hover(s!, s!.policy, positionOf(s!.policyText, 'purpose: staff-training', 12));
      assert.match(purpose, /standaarddoel: medewerkers opleiden en coachen/);
      assert.match(purpose, /Verenigbare doelen \(art\. 6 lid 4 AVG\)/);
      assert.doesNotMatch(purpose, /built-in|Compatible|Announced/);
      const basis = await hover(s!, s!.policy, positionOf(s!.policyText, 'legal_basis: legitimate-interests', 15));
      assert.match(basis, /gerechtvaardigd belang, art\. 6 lid 1 onder f AVG/);
      assert.match(basis, /tenzij de belangen of de grondrechten van de beller zwaarder wegen/);
      assert.match(basis, /`balancing_test:`/);
      assert.doesNotMatch(basis, /\\_/);
      const alias = await hover(s!, s!.policy, positionOf(s!.policyText, 'legal_basis: toestemming', 15));
      assert.match(alias, /`toestemming` wordt gelezen als \*\*`consent`\*\*: toestemming, art\. 6 lid 1 onder a AVG/);
    });

    it('a script notice hover is Dutch around the notice, which stays as written', async () => {
      const notice = await hover(s!, s!.script, positionOf(s!.scriptText, 'Dit gesprek wordt', 3));
      assert.match(notice, /\*\*Prompt `opname-melding`\*\* \(nl\)/);
      assert.match(notice, /\*\*Meldt opname\*\*: zegt dat het gesprek wordt opgenomen/);
      assert.match(notice, /\*\*Kondigt aan\*\*: `staff-training`/);
      assert.match(notice, /\*\*Vaag\*\*/);
      assert.match(notice, /> Dit gesprek wordt \*\*opgenomen\*\*/);
      assert.doesNotMatch(notice, /Records|Announces|Vague/);
    });

    it('the diagnostics and the rules\' quick-fix titles are Dutch', async () => {
      const ds = client(s).diags(s!.policy).filter((x) => x.code === 'purpose-not-announced');
      assert.ok(ds.length > 0, 'purpose-not-announced');
      for (const d of ds) assert.match(String(d.message), /^De (Nederlandse|Engelse) melding .* noemt 'evidence' niet \(art\. 5 lid 1 onder b en 13 lid 1 onder c AVG\)\./);
      const nl = ds.find((d) => String(d.message).startsWith('De Nederlandse'))!;
      const titles = await actionTitles(s!, nl);
      assert.ok(titles.includes("Voeg 'bewijsvoering' toe aan de Nederlandse melding 'opname-melding'"), titles.join(' | '));
      const other = client(s).diags(s!.policy).find((x) => x.code === 'retention-trigger-undefined');
      assert.match(String(other?.message ?? ''), /^Doel 'evidence' van 'customer-service': 'until' noemt een onbekende gebeurtenis \(art\. 5 lid 1 onder e AVG\)\./);
    });

    it('the code-action titles the server makes are Dutch', async () => {
      const d = client(s).diags(s!.policy).find((x) => x.code === 'purpose-not-announced');
      assert.ok(d, 'purpose-not-announced');
      const titles = await actionTitles(s!, d);
      assert.ok(titles.includes('purpose-not-announced uitschakelen voor deze regel'), titles.join(' | '));
      assert.ok(titles.includes('Documentatie van purpose-not-announced tonen'), titles.join(' | '));
      assert.ok(titles.some((t) => /^De melding schrijven uit de opgegeven doelen \((nl|en)\)$/.test(t)), titles.join(' | '));
      const fixAll = await s!.client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: s!.policy }, range: d.range, context: { diagnostics: [], only: ['source.fixAll'] } });
      assert.deepEqual(fixAll.map((a) => a.title), ['Alle reclint-problemen met een veilige oplossing oplossen']);
    });

    it('"what does my notice announce" is titled and described in Dutch', async () => {
      const r = await s!.client.request<{ markdown: string | null }>('reclint/noticeAnalysis', { uri: s!.script, position: positionOf(s!.scriptText, 'Dit gesprek wordt', 3) });
      assert.match(r.markdown ?? '', /^# Wat deze melding aankondigt\n\n\*\*Prompt `opname-melding`\*\*/);
      assert.match(r.markdown ?? '', /Kondigt aan/);
    });

    it('a rule id in a disable directive shows the rule\'s Dutch description', async () => {
      const text = '# reclint-disable-next-line retention-missing -- test\n' + s!.policyText;
      s!.client.change(s!.policy, 2, text);
      const h = await hover(s!, s!.policy, { line: 0, character: 32 });
      assert.match(h, /\*\*`retention-missing`\*\*: Een opgegeven doel heeft geen `retention` \(bewaartermijn\)\./);
      assert.match(h, /Rechtsbron: art\. 5 lid 1 onder e AVG/);
      s!.client.change(s!.policy, 3, s!.policyText);
    });
  });

  for (const locale of [undefined, 'de-DE']) {
    describe(`initialize with ${locale ? `locale ${locale} (no catalogue)` : 'no locale'}`, () => {
      let s: Session | undefined;
      before(async () => {
        s = await start(locale);
      });
      after(() => stop(s));

      it('hovers and code-action titles are English', async () => {
        const purpose = await hover(s!, s!.policy, positionOf(s!.policyText, 'purpose: staff-training', 12));
        assert.match(purpose, /built-in purpose: training and coaching staff/);
        assert.match(purpose, /Compatible purposes \(art\. 6\(4\) GDPR\)/);
        const basis = await hover(s!, s!.policy, positionOf(s!.policyText, 'legal_basis: legitimate-interests', 15));
        assert.match(basis, /art\. 6\(1\)\(f\) GDPR/);
        assert.match(basis, /unless the caller's interests or fundamental rights override them/);
        assert.doesNotMatch(basis, /\\_/);
        const notice = await hover(s!, s!.script, positionOf(s!.scriptText, 'Dit gesprek wordt', 3));
        assert.match(notice, /\*\*Records\*\*/);
        const d = client(s).diags(s!.policy).find((x) => x.code === 'purpose-not-announced')!;
        const titles = await actionTitles(s!, d);
        assert.ok(titles.includes('Disable purpose-not-announced for this line'), titles.join(' | '));
        assert.ok(titles.includes('Show documentation for purpose-not-announced'), titles.join(' | '));
      });
    });
  }
});

function client(s: Session | undefined): TestClient {
  assert.ok(s, 'the server started');
  return s.client;
}
