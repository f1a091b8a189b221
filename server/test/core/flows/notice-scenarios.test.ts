/**
 * Notice scenarios (server/test/data/notice-scenarios/<format>-<name>/): contact-centre cases in every
 * flow format and the five notice languages (nl, en, de, fr, es), written to catch false errors from a
 * misread notice. Each folder holds one policy, the flows it names and `expected.yaml`: exactly the
 * findings a correct linter gives per notice-reading.md, rules.md and ivr-formats.md (rule, file,
 * 1-based line, severity; an optional `message_includes` a finding's message must contain). The
 * expectations were written from the spec before reclint was run on the folder; at least a third of
 * the folders are clean (no finding at all).
 *
 * A scenario where reclint is known to disagree with the spec carries `known_wrong: "<why>"`: the
 * test prints the reason and skips it until it is fixed. No scenario is skipped silently.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { lintFiles } from '../../helpers';
import { LineIndex } from '../../../src/core/text';

const ROOT = path.join(__dirname, '..', '..', 'data', 'notice-scenarios');

interface Expected {
  rule: string;
  file: string;
  line: number;
  severity: string;
  why?: string;
  message_includes?: string;
}

interface Scenario {
  known_wrong?: string;
  findings: Expected[] | null;
}

const key = (f: { file: string; line: number; rule: string; severity: string }) => `${f.file}:${f.line} ${f.rule} ${f.severity}`;
const FORMATS = ['ivr', 'connect', 'studio', 'twiml', 'archy', 'asterisk', 'vxml', 'freeswitch'];

describe('notice scenarios (notice-reading.md on every flow format)', () => {
  const dirs = readdirSync(ROOT).filter((d) => statSync(path.join(ROOT, d)).isDirectory()).sort();
  const scenarios = new Map(dirs.map((d) => [d, parse(readFileSync(path.join(ROOT, d, 'expected.yaml'), 'utf8')) as Scenario]));

  it('covers every format (two or more each) and is at least a third clean', () => {
    assert.ok(dirs.length >= 24, `${dirs.length} scenarios`);
    for (const d of dirs) assert.ok(FORMATS.some((f) => d.startsWith(`${f}-`)), `${d}: name starts with a format`);
    for (const f of FORMATS) assert.ok(dirs.filter((d) => d.startsWith(`${f}-`)).length >= 2, f);
    const clean = dirs.filter((d) => (scenarios.get(d)!.findings ?? []).length === 0);
    assert.ok(clean.length * 3 >= dirs.length, `${clean.length} clean of ${dirs.length}`);
  });

  for (const dir of dirs) {
    const scenario = scenarios.get(dir)!;
    const expected = scenario.findings ?? [];
    it(`${dir}: ${expected.length === 0 ? 'no findings' : expected.map((e) => e.rule).join(', ')}`, function () {
      if (scenario.known_wrong) {
        console.log(`      skipped ${dir}: reclint is known wrong here: ${scenario.known_wrong}`);
        this.skip();
      }
      const files: Record<string, string> = {};
      for (const f of readdirSync(path.join(ROOT, dir))) if (f !== 'expected.yaml') files[f] = readFileSync(path.join(ROOT, dir, f), 'utf8');
      const policies = Object.keys(files).filter((f) => /\.recording-policy\.(ya?ml|json)$/.test(f));
      const { findings, texts } = lintFiles(files, { lint: policies });
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
});
