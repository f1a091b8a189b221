/**
 * The CLI and the language server share one project host, so a nested project gives the same findings
 * in both: two `.reclintrc.yaml` levels (each with `files` or `ignores`, globs read from its own
 * folder), a script shared by policies on both levels, and a script outside the project. Every file's
 * rule, range and message from `reclint --format json .` must equal what the server publishes for the
 * workspace folder, and the files the configs leave out get nothing from either.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { CLI, SERVER, TestClient, uriOf } from './client';

const SCRIPT = `lang nl
say notice "Dit gesprek wordt opgenomen voor kwaliteitsbewaking."
record start
transfer queue
`;

function policy(id: string, script: string, extra = ''): string {
  return `policy: 1
controller: Acme Klantenservice B.V.
jurisdiction: NL
languages: [nl]
subject_rights:
  access: { includes: [recordings], procedure: docs/access.md }
recordings:
  - id: ${id}
    direction: inbound
    employees_informed: true
    mode: all
    data: [voice]
    announcement:
      script: ${script}
    purposes:
      - purpose: quality-assurance
        legal_basis: legitimate-interests
        balancing_test: docs/lia.md
        retention: { max: P30D }
      - purpose: evidence
        legal_basis: legitimate-interests
        retention: { max: P1Y }
${extra}    access: { roles: [quality] }
`;
}

const FILES: Record<string, string> = {
  // The outer config builds on a shared YAML config (extends), which builds on a built-in one.
  'proj/.reclintrc.yaml': 'root: true\nextends: ./config/base.yaml\nignores: ["drafts/"]\nrules:\n  vague-purpose: "off"\n',
  'proj/config/base.yaml': 'extends: reclint:strict\nrules:\n  access-undefined: "off"\n',
  'proj/common/line.ivr': SCRIPT,
  'proj/top.recording-policy.yaml': policy('top', 'common/line.ivr'),
  // Ignored by the outer config.
  'proj/drafts/draft.recording-policy.yaml': 'policy: 1\nrecordings: [\n',
  // The inner config: its `files` and `ignores` are read from team/, and it sets a severity.
  'proj/team/.reclintrc.yaml': 'files: ["b.recording-policy.yaml", "c.recording-policy.yaml", "legacy/**", "flows/*.ivr"]\nignores: ["legacy/**"]\nrules:\n  balancing-test-missing: error\noverrides:\n  - files: ["c.recording-policy.yaml"]\n    rules: { script-not-found: warning }\n',
  'proj/team/b.recording-policy.yaml': policy('b', '../common/line.ivr'),
  'proj/team/c.recording-policy.yaml': policy('c', '../../outside/evil.ivr'),
  'proj/team/flows/own.ivr': 'lang nl\nrecord start\nsay notice "Dit gesprek wordt opgenomen."\n',
  // Left out by the inner `files` (not named) and `ignores` (legacy/, from team/).
  'proj/team/sub/d.recording-policy.yaml': 'policy: 1\nrecordings: [\n',
  'proj/team/legacy/old.recording-policy.yaml': 'policy: 1\nrecordings: [\n',
  // Outside the project: never read.
  'outside/evil.ivr': SCRIPT,
};

interface CliJson { results: { file: string; findings: { ruleId: string; severity: string; line: number; column: number; endLine: number; endColumn: number; message: string }[] }[] }

const SEVERITY: Record<string, number> = { error: 1, warning: 2, info: 3, hint: 4 };

const fromServer = (ds: Diagnostic[]) => ds.map((d) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.message}`).sort();

describe('the CLI and the language server agree on a nested project (one project host)', function () {
  this.timeout(60000);
  let dir: string;
  let proj: string;
  let client: TestClient;
  let cli: Map<string, string[]>;

  before(async function () {
    if (!fs.existsSync(SERVER) || !fs.existsSync(CLI)) throw new Error('the bundles are missing: run `npm run build` first');
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'reclint-diff-')));
    for (const [rel, text] of Object.entries(FILES)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    }
    proj = path.join(dir, 'proj');
    const r = spawnSync(process.execPath, [CLI, '--format', 'json', '.'], { cwd: proj, encoding: 'utf8' });
    assert.ok(r.status === 0 || r.status === 1, `reclint exit ${r.status}: ${r.stderr}`);
    const out = JSON.parse(r.stdout) as CliJson;
    cli = new Map(out.results.map((x) => [uriOf(path.join(proj, x.file)), x.findings.map((f) => `${f.ruleId}@${f.line - 1}:${f.column - 1}-${f.endLine - 1}:${f.endColumn - 1} ${SEVERITY[f.severity]} ${f.message}`).sort()]));
    client = new TestClient();
    await client.initialize([proj]);
  });

  after(async () => {
    await client?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the CLI reports the files the configs take in, and only those', () => {
    const files = [...cli.keys()].map((u) => path.relative(proj, new URL(u).pathname)).sort();
    assert.deepEqual(files, ['common/line.ivr', 'team/b.recording-policy.yaml', 'team/c.recording-policy.yaml', 'team/flows/own.ivr', 'top.recording-policy.yaml']);
    const c = cli.get(uriOf(path.join(proj, 'team/c.recording-policy.yaml')))!;
    assert.ok(c.some((l) => l.startsWith('script-not-found@') && l.includes('outside the project')), c.join('\n'));
    // The inner config's severity holds for team/ only.
    const sev = (file: string) => cli.get(uriOf(path.join(proj, file)))!.filter((l) => l.startsWith('balancing-test-missing@')).length;
    assert.ok(sev('team/b.recording-policy.yaml') > 0 && sev('top.recording-policy.yaml') > 0);
  });

  it('every file: the same rule, range, severity and message in the editor as in CI', async () => {
    await client.until('the workspace lint', () => [...cli].every(([uri, list]) => client.diagnostics.has(uri) && JSON.stringify(fromServer(client.diags(uri))) === JSON.stringify(list)));
    for (const [uri, list] of cli) assert.deepEqual(fromServer(client.diags(uri)), list, uri);
    // Nothing published for a file the CLI leaves out.
    for (const [uri, p] of client.diagnostics) if (!cli.has(uri)) assert.deepEqual(p.diagnostics, [], `${uri} is left out by the configs`);
  });

  it('severities agree too: extends (reclint:strict through a shared file), the inner config, its overrides', async () => {
    const sev = (file: string, code: string) => client.diags(uriOf(path.join(proj, file))).filter((d) => d.code === code).map((d) => d.severity);
    // balancing-test-missing is a warning by default: reclint:strict makes it an error everywhere.
    assert.deepEqual(sev('top.recording-policy.yaml', 'balancing-test-missing'), [1]);
    assert.deepEqual(sev('team/b.recording-policy.yaml', 'balancing-test-missing'), [1]);
    // The shared file turns access-undefined off; the outer file turns vague-purpose off.
    assert.deepEqual(sev('top.recording-policy.yaml', 'access-undefined'), []);
    // The inner config's overrides make script-not-found a warning for c only.
    assert.deepEqual(sev('team/c.recording-policy.yaml', 'script-not-found'), [2]);
  });
});
