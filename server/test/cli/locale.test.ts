/** The built `reclint` binary in Dutch and English: `--locale`, then LC_ALL, LC_MESSAGES, LANG; English by default. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'server/out/cli.js');

interface JsonFinding { ruleId: string; message: string; line: number; column: number }
interface JsonReport { results: { file: string; findings: (JsonFinding & { suggestions?: { title: string }[]; fix?: { title: string } | null })[] }[] }

/** The examples as JSON, with only the locale variables given (the rest of the environment kept, its locale variables cleared). */
function lint(args: string[], locale: Record<string, string> = {}): JsonReport {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', LC_ALL: undefined, LC_MESSAGES: undefined, LANG: undefined, ...locale };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [CLI, 'examples', '--format', 'json', ...args], { cwd: ROOT, encoding: 'utf8', env: env as NodeJS.ProcessEnv });
  assert.equal(r.status, 1, r.stderr);
  return JSON.parse(r.stdout) as JsonReport;
}

const findings = (r: JsonReport) => r.results.flatMap((f) => f.findings.map((x) => ({ file: f.file, ...x })));
/** What a finding is, whatever the language: file, place and rule. */
const keys = (r: JsonReport) => findings(r).map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`);

describe('reclint CLI: the language of the messages', () => {
  before(function () {
    if (!fs.existsSync(CLI)) throw new Error('server/out/cli.js is missing: run `npm run build` first');
  });

  const english = () => lint([], { LANG: 'C' });

  it('is English by default, citing the GDPR', () => {
    const fs = findings(english());
    assert.ok(fs.length > 5);
    assert.ok(fs.some((f) => /\(GDPR art\. 5\(1\)\(b\), 13\(1\)\(c\)\)/.test(f.message)), fs.map((f) => f.message).join('\n'));
    assert.ok(fs.every((f) => !/\bAVG\b/.test(f.message)));
  });

  it('--locale nl gives Dutch messages, citing the AVG, for the same findings', () => {
    const en = english();
    const nl = lint(['--locale', 'nl'], { LANG: 'en_US.UTF-8' });
    assert.deepEqual(keys(nl), keys(en));
    const msgs = findings(nl).map((f) => f.message);
    const policy = findings(nl).find((f) => f.ruleId === 'retention-trigger-undefined');
    assert.ok(policy, msgs.join('\n'));
    assert.match(policy.message, /^Doel 'evidence' van 'customer-service': 'until' noemt een onbekende gebeurtenis \(art\. 5 lid 1 onder e AVG\)\./);
    assert.ok(findings(nl).filter((f) => f.ruleId === 'purpose-not-announced').every((f) => /^De (Engelse|Nederlandse) melding .* noemt 'evidence' niet \(art\. 5 lid 1 onder b en 13 lid 1 onder c AVG\)\./.test(f.message)), msgs.join('\n'));
    assert.ok(msgs.every((f) => !/\bGDPR\b/.test(f)), msgs.join('\n'));
  });

  it('LANG=nl_NL.UTF-8 gives Dutch too; LC_ALL and LC_MESSAGES come first', () => {
    const viaLang = findings(lint([], { LANG: 'nl_NL.UTF-8' })).map((f) => f.message);
    const viaFlag = findings(lint(['--locale', 'nl'])).map((f) => f.message);
    assert.deepEqual(viaLang, viaFlag);
    assert.deepEqual(findings(lint([], { LANG: 'nl_NL.UTF-8', LC_ALL: 'en_GB.UTF-8' })).map((f) => f.message), findings(english()).map((f) => f.message));
    assert.deepEqual(findings(lint([], { LANG: 'en_US.UTF-8', LC_MESSAGES: 'nl_BE.UTF-8' })).map((f) => f.message), viaFlag);
  });

  it('fix and suggestion titles are in the locale too', () => {
    const nl = findings(lint(['--locale', 'nl']));
    const duration = nl.find((f) => f.ruleId === 'invalid-duration');
    assert.equal(duration?.fix?.title, "Vervang '90 days' door 'P90D' (90 dagen)");
    const en = findings(english()).find((f) => f.ruleId === 'invalid-duration');
    assert.equal(en?.fix?.title, "Replace '90 days' with 'P90D' (90 days)");
  });
});
