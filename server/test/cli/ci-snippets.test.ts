/**
 * The README's "Use in CI" snippets run: every `npx reclint …` command in that section is run with the
 * built CLI on a copy of `examples/`, must exit 0 or 1 (findings, not a usage error), and the report
 * it writes must parse as its format.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'server/out/cli.js');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const section = README.slice(README.indexOf('### Use in CI'), README.indexOf('\n### ', README.indexOf('### Use in CI') + 5));
const commands = [...section.matchAll(/npx reclint ([^'\n;]+)/g)].map((m) => m[1].trim());

describe("README: the 'Use in CI' snippets", () => {
  it('has the snippets (GitHub, GitLab, Azure DevOps, Jenkins, reviewdog)', () => {
    assert.ok(section.length > 0 && commands.length >= 5, `found: ${commands.join(' | ')}`);
    for (const ci of ['GitHub Actions', 'GitLab CI', 'Azure DevOps', 'Jenkins', 'reviewdog']) assert.ok(section.includes(ci), ci);
  });

  for (const cmd of new Set(commands)) {
    it(`npx reclint ${cmd}`, () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reclint-ci-'));
      try {
        fs.cpSync(path.join(ROOT, 'examples'), dir, { recursive: true });
        const args = cmd.split(/\s+/);
        const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });
        assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
        const out = args[args.indexOf('--output-file') + 1];
        const text = fs.readFileSync(path.join(dir, out), 'utf8');
        const format = args[args.indexOf('--format') + 1];
        if (format === 'sarif') assert.equal((JSON.parse(text) as { version: string }).version, '2.1.0');
        else if (format === 'gitlab') assert.ok(Array.isArray(JSON.parse(text)) && (JSON.parse(text) as unknown[]).length > 0);
        else if (format === 'junit') assert.match(text, /^<\?xml version="1\.0" encoding="UTF-8"\?>\s*<testsuites /);
        else assert.fail(`no check for --format ${format}`);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
