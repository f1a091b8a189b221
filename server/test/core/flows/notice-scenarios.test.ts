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
import * as path from 'node:path';
import { readScenarios, scenarioTests } from './scenario-folders';

const ROOT = path.join(__dirname, '..', '..', 'data', 'notice-scenarios');

const FORMATS = ['ivr', 'connect', 'studio', 'twiml', 'archy', 'asterisk', 'vxml', 'freeswitch'];

describe('notice scenarios (notice-reading.md on every flow format)', () => {
  const scenarios = readScenarios(ROOT);
  const dirs = [...scenarios.keys()];

  it('covers every format (two or more each) and is at least a third clean', () => {
    assert.ok(dirs.length >= 24, `${dirs.length} scenarios`);
    for (const d of dirs) assert.ok(FORMATS.some((f) => d.startsWith(`${f}-`)), `${d}: name starts with a format`);
    for (const f of FORMATS) assert.ok(dirs.filter((d) => d.startsWith(`${f}-`)).length >= 2, f);
    const clean = dirs.filter((d) => (scenarios.get(d)!.findings ?? []).length === 0);
    assert.ok(clean.length * 3 >= dirs.length, `${clean.length} clean of ${dirs.length}`);
  });

  scenarioTests(ROOT, scenarios);
});
