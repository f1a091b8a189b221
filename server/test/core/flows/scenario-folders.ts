/**
 * Scenario folders, shared by the flow and notice scenario suites: each folder holds one or two
 * policies, the flows they name and `expected.yaml` (exactly the findings a correct linter gives:
 * rule, file, 1-based line, severity, an optional `message_includes`). A folder where reclint is known
 * to disagree with the spec carries `known_wrong: "<why>"`: its test prints the reason and skips.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { lintFiles } from '../../helpers';
import { LineIndex } from '../../../src/core/text';
import { flowOptionsFrom, type ReclintConfig } from '../../../src/core/config';

export interface Expected {
  rule: string;
  file: string;
  line: number;
  severity: string;
  why?: string;
  message_includes?: string;
}

export interface Scenario {
  known_wrong?: string;
  held_out?: boolean;
  findings: Expected[] | null;
}

const key = (f: { file: string; line: number; rule: string; severity: string }) => `${f.file}:${f.line} ${f.rule} ${f.severity}`;

/** The folders under `root`, sorted, each with its parsed `expected.yaml`. */
export function readScenarios(root: string): Map<string, Scenario> {
  const dirs = readdirSync(root).filter((d) => statSync(path.join(root, d)).isDirectory()).sort();
  return new Map(dirs.map((d) => [d, parse(readFileSync(path.join(root, d, 'expected.yaml'), 'utf8')) as Scenario]));
}

/** One mocha test per folder: lints its policies and compares the findings with `expected.yaml`. */
export function scenarioTests(root: string, scenarios: ReadonlyMap<string, Scenario>): void {
  for (const [dir, scenario] of scenarios) {
    const expected = scenario.findings ?? [];
    it(`${dir}: ${expected.length === 0 ? 'no findings' : expected.map((e) => e.rule).join(', ')}`, function () {
      if (scenario.known_wrong) {
        console.log(`      skipped ${dir}: reclint is known wrong here: ${scenario.known_wrong}`);
        this.skip();
      }
      const files: Record<string, string> = {};
      for (const f of readdirSync(path.join(root, dir))) if (f !== 'expected.yaml') files[f] = readFileSync(path.join(root, dir, f), 'utf8');
      const policies = Object.keys(files).filter((f) => /\.recording-policy\.(ya?ml|json)$/.test(f));
      // A folder's `.reclintrc.yaml` gives its `flows:` settings (flow sets across files), as the CLI reads them.
      const rc = files['.reclintrc.yaml'] !== undefined ? (parse(files['.reclintrc.yaml']) as ReclintConfig) : undefined;
      const flows = rc ? flowOptionsFrom([{ config: rc, from: '.reclintrc.yaml' }]) : undefined;
      const { findings, texts } = lintFiles(files, { lint: policies, ...(flows ? { flows } : {}) });
      const got = findings.map((f) => ({
        file: f.uri,
        line: new LineIndex(texts.get(f.uri) ?? '').positionAt(f.span.start).line + 1,
        rule: f.ruleId,
        severity: f.severity,
        message: f.message,
      }));
      assert.deepEqual(got.map(key).sort(), expected.map(key).sort());
      for (const e of expected.filter((x) => x.message_includes)) {
        const f = got.find((g) => key(g) === key(e))!;
        assert.ok(f.message.includes(e.message_includes!), `${key(e)}: message should mention "${e.message_includes}": ${f.message}`);
      }
    });
  }
}
