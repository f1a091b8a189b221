/**
 * Incremental linting gives what a full lint gives: policies sharing one script are edited in the
 * editor (a policy alone, then the script), the texts are written to disk, and every file's diagnostics
 * (rule, range and message) must equal `reclint --format json` on that disk state.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { SERVER, TestClient, uriOf } from './client';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'server/out/cli.js');

const SCRIPT = `lang nl
say notice "Dit gesprek wordt opgenomen voor kwaliteitsbewaking, klachtafhandeling en fraudepreventie."
record start
transfer queue
`;

function policy(n: number, purposes: string[]): string {
  const block = purposes.map((p) => `      - purpose: ${p}\n        legal_basis: legitimate-interests\n        balancing_test: docs/lia.md\n        retention: { max: P30D }`).join('\n');
  return `policy: 1
controller: Org ${n}
jurisdiction: NL
languages: [nl]
subject_rights:
  access: { includes: [recordings], procedure: docs/access.md }
recordings:
  - id: line-${n}
    direction: inbound
    employees_informed: true
    mode: all
    data: [voice]
    announcement:
      script: ../shared.ivr
    purposes:
${block}
    access: { roles: [quality] }
`;
}

interface CliJson { results: { file: string; findings: { ruleId: string; line: number; column: number; endLine: number; endColumn: number; message: string }[] }[] }

function expected(dir: string): Map<string, string[]> {
  const r = spawnSync(process.execPath, [CLI, '--format', 'json', '.'], { cwd: dir, encoding: 'utf8' });
  const out = JSON.parse(r.stdout) as CliJson;
  return new Map(out.results.map((x) => [uriOf(path.join(dir, x.file)), x.findings.map((f) => `${f.ruleId}@${f.line - 1}:${f.column - 1}-${f.endLine - 1}:${f.endColumn - 1} ${f.message}`).sort()]));
}

const got = (ds: Diagnostic[]) => ds.map((d) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`).sort();

describe('language server: incremental linting equals a full lint', function () {
  this.timeout(60000);
  let dir: string;
  let client: TestClient;

  before(async function () {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first`);
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'reclint-incr-')));
    fs.mkdirSync(path.join(dir, 'p'));
    fs.writeFileSync(path.join(dir, 'shared.ivr'), SCRIPT);
    fs.writeFileSync(path.join(dir, 'p/a.recording-policy.yaml'), policy(1, ['quality-assurance']));
    fs.writeFileSync(path.join(dir, 'p/b.recording-policy.yaml'), policy(2, ['quality-assurance', 'complaint-handling']));
    fs.writeFileSync(path.join(dir, 'p/c.recording-policy.yaml'), policy(3, ['fraud-prevention']));
    client = new TestClient();
    await client.initialize([dir]);
  });

  after(async () => {
    await client?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Wait until every file's diagnostics are the CLI's on the disk state. */
  async function matchesCli(what: string): Promise<void> {
    const want = expected(dir);
    assert.ok([...want.values()].some((l) => l.length > 0), 'the scenario has findings');
    await client.until(what, () => [...want].every(([uri, list]) => client.diagnostics.has(uri) && JSON.stringify(got(client.diags(uri))) === JSON.stringify(list)));
  }

  it('after the workspace lint', async () => {
    await matchesCli('workspace lint');
  });

  it('after edits to one policy that change what the shared script reports', async () => {
    const a = path.join(dir, 'p/a.recording-policy.yaml');
    const uri = client.open(a);
    const texts = [policy(1, ['quality-assurance', 'complaint-handling', 'fraud-prevention']), policy(1, ['complaint-handling']), policy(1, ['quality-assurance'])];
    let version = 1;
    for (const t of texts) {
      version++;
      client.change(uri, version, t);
      fs.writeFileSync(a, t);
      await matchesCli(`policy a, version ${version}`);
    }
  });

  it('after edits to the script', async () => {
    const s = path.join(dir, 'shared.ivr');
    const uri = client.open(s);
    const texts = [SCRIPT.replace('klachtafhandeling en ', ''), SCRIPT.replace('record start\n', '').replace('lang nl\n', 'lang nl\nrecord start\n'), SCRIPT];
    let version = 1;
    for (const t of texts) {
      version++;
      client.change(uri, version, t);
      fs.writeFileSync(s, t);
      await matchesCli(`script, version ${version}`);
    }
  });
});
