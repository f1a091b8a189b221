/**
 * Call flows in the editor (ivr-formats.md §8): a Connect export and a TwiML document that a policy
 * names get their diagnostics, as the CLI gives them; a JSON or XML document that no policy names gets
 * none, open or not; when the policy stops naming a flow, the flow is cleared.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SERVER, TestClient, tempCopy } from './client';

const DATA = path.join(__dirname, '..', 'data', 'ivr-formats-examples');

describe('language server: call flows', function () {
  this.timeout(60000);
  let dir: string;
  let client: TestClient;
  before(async () => {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first`);
    dir = tempCopy(DATA);
    fs.writeFileSync(path.join(dir, 'package.json'), '{ "name": "not-a-flow", "version": "1.0.0" }\n');
    fs.writeFileSync(path.join(dir, 'other.xml'), '<Response><Say>Tom & Jerry</Say></Response>\n');
    client = new TestClient();
    await client.initialize([dir]);
  });
  after(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a Connect export named by a policy: the ordering and analytics findings, at their lines', async () => {
    const flow = client.open(path.join(dir, 'connect-storingen.json'), 'json');
    const ds = await client.until('connect diagnostics', () => {
      const d = client.diags(flow);
      return d.some((x) => x.code === 'announcement-after-recording') && d.some((x) => x.code === 'flow-analytics-undeclared') ? d : undefined;
    }, 20000);
    assert.deepEqual(ds.map((d) => `${d.range.start.line + 1} ${d.code}`).sort(), ['12 flow-analytics-undeclared', '39 announcement-after-recording']);
  });

  it('a document no policy names gets no diagnostics, even when it would not parse', async () => {
    const pkg = client.open(path.join(dir, 'package.json'), 'json');
    const xml = client.open(path.join(dir, 'other.xml'), 'xml');
    const twiml = client.open(path.join(dir, 'twiml-hoofdmenu.twiml'), 'xml');
    await client.until('twiml diagnostics', () => client.diags(twiml).some((d) => d.code === 'flow-target-unresolved'), 20000);
    assert.deepEqual(client.diags(pkg), []);
    assert.deepEqual(client.diags(xml), []);
  });

  it('a flow with a syntax error gets flow-syntax only', async () => {
    const studio = client.open(path.join(dir, 'studio-klantenservice.json'), 'json');
    await client.until('studio diagnostics', () => client.diags(studio).some((d) => d.code === 'announcement-after-recording'), 20000);
    const text = fs.readFileSync(path.join(dir, 'studio-klantenservice.json'), 'utf8').replace('"states": [', '"states": [ ,');
    client.change(studio, 2, text);
    const ds = await client.until('flow-syntax', () => { const d = client.diags(studio); return d.length && d.every((x) => x.code === 'flow-syntax') ? d : undefined; }, 20000);
    assert.equal(ds.length, 1);
    assert.equal(ds[0].range.start.line, 4);
  });

  it('a flow set across documents: a change to the second document re-lints the policy, with findings in either file', async () => {
    const menu = client.open(path.join(dir, 'twiml-hoofdmenu.twiml'), 'xml');
    await client.until('stage 2 finding in the menu', () => client.diags(menu).some((d) => d.code === 'announcement-after-recording' && d.range.start.line === 19), 20000);
    const keuzeFile = path.join(dir, 'twiml-keuze.twiml');
    const keuze = client.open(keuzeFile, 'xml');
    const text = fs.readFileSync(keuzeFile, 'utf8');
    // The recorded <Dial> before the notice: the key-press path records unannounced now too, in the second document.
    const swapped = text.replace(/(\s*<Say[\s\S]*?<\/Say>)(\s*<Dial[\s\S]*?<\/Dial>)/, '$2$1');
    assert.notEqual(swapped, text);
    client.change(keuze, 2, swapped);
    const ds = await client.until('the second document judged as part of the flow', () => {
      const d = client.diags(keuze).filter((x) => x.code === 'announcement-after-recording');
      return d.length ? d : undefined;
    }, 20000);
    assert.equal(ds.length, 1);
    assert.ok((ds[0].relatedInformation ?? []).some((r) => r.location.uri.endsWith('twiml-hoofdmenu.twiml')), 'the path in related information starts in the menu document');
    client.change(keuze, 3, text);
    await client.until('back as it was', () => client.diags(keuze).every((x) => x.code !== 'announcement-after-recording'), 20000);
  });

  it('a flow the policy stops naming is cleared; named again, it is linted again', async () => {
    const policyFile = path.join(dir, 'twiml-hoofdmenu.recording-policy.yaml');
    const twiml = client.open(path.join(dir, 'twiml-hoofdmenu.twiml'), 'xml');
    await client.until('twiml diagnostics', () => client.diags(twiml).length > 0, 20000);
    const policy = client.open(policyFile, 'yaml');
    const text = fs.readFileSync(policyFile, 'utf8');
    client.change(policy, 2, text.replace('script: twiml-hoofdmenu.twiml', 'text: "Dit gesprek wordt opgenomen om onze medewerkers te trainen."'));
    await client.until('cleared', () => client.diags(twiml).length === 0, 20000);
    client.change(policy, 3, text);
    await client.until('linted again', () => client.diags(twiml).some((d) => d.code === 'flow-target-unresolved'), 20000);
  });
});


describe('language server: a flow set of three documents (examples/call-flows/twiml-set)', function () {
  this.timeout(60000);
  let dir: string;
  let client: TestClient;
  before(async () => {
    dir = tempCopy(path.join(__dirname, '..', '..', '..', 'examples', 'call-flows', 'twiml-set'));
    client = new TestClient();
    await client.initialize([dir]);
  });
  after(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the no-key document gets the finding, with the path from the menu document and the notice in the key-press document', async () => {
    const wacht = client.open(path.join(dir, 'wachtrij.twiml'), 'xml');
    const ds = await client.until('the finding in wachtrij.twiml', () => {
      const d = client.diags(wacht).filter((x) => x.code === 'announcement-after-recording');
      return d.length ? d : undefined;
    }, 20000);
    assert.deepEqual(ds.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}`), ['7:17']);
    const files = new Set((ds[0].relatedInformation ?? []).map((r) => path.basename(decodeURIComponent(r.location.uri))));
    assert.deepEqual([...files].sort(), ['hoofdmenu.twiml', 'keuze.twiml', 'wachtrij.twiml']);
    // The menu and the key-press document are in order: no finding of their own.
    const menu = client.open(path.join(dir, 'hoofdmenu.twiml'), 'xml');
    const keuze = client.open(path.join(dir, 'keuze.twiml'), 'xml');
    await client.until('the other documents published', () => client.diagnostics.has(menu) && client.diagnostics.has(keuze), 20000);
    assert.deepEqual(client.diags(menu).map((d) => d.code), []);
    assert.deepEqual(client.diags(keuze).map((d) => d.code), []);
  });
});
