/**
 * Flow scenarios (server/test/data/flow-scenarios/<format>-<name>/): small contact-centre cases in
 * the Stage 1 formats (Amazon Connect flow language and legacy `modules`, Twilio Studio, TwiML),
 * each with one or two policies, the flows they name and `expected.yaml`: exactly the findings a
 * correct linter gives per ivr-formats.md and rules.md (rule, file, 1-based line, severity; an
 * optional `message_includes` a finding's message must contain). The expectations were written
 * from the spec before reclint was run on the folder.
 *
 * Stage 2 scenarios marked `held_out: true` (`<format>-ho-<name>`) were written with the others and set
 * aside: reclint was not tuned on them, and their first result is reported beside the others'.
 *
 * A scenario where reclint is known to disagree with the spec carries `known_wrong: "<why>"`: the
 * test prints the reason and skips it until it is fixed. No scenario is skipped silently.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { readScenarios, scenarioTests } from './scenario-folders';

const ROOT = path.join(__dirname, '..', '..', 'data', 'flow-scenarios');

describe('flow scenarios (ivr-formats.md stages 1 and 2)', () => {
  const scenarios = readScenarios(ROOT);
  // `<format>-real-<name>`: real exports found in public code, trimmed, with their source named.
  const dirs = [...scenarios.keys()].filter((d) => !/^[a-z]+-real-/.test(d));

  it('has 42 scenarios: six per stage-1 format, six per stage-2 format (two of them held out)', () => {
    assert.equal(dirs.length, 42);
    for (const fmt of ['connect', 'studio', 'twiml', 'archy', 'asterisk', 'vxml', 'freeswitch']) assert.equal(dirs.filter((d) => d.startsWith(`${fmt}-`)).length, 6, fmt);
    for (const fmt of ['archy', 'asterisk', 'vxml', 'freeswitch']) {
      const held = dirs.filter((d) => d.startsWith(`${fmt}-ho-`));
      assert.equal(held.length, 2, fmt);
      for (const d of held) assert.equal(scenarios.get(d)!.held_out, true, d);
    }
  });

  it('names the source of every real export', () => {
    for (const d of [...scenarios.keys()].filter((x) => /^[a-z]+-real-/.test(x))) {
      const text = readFileSync(path.join(ROOT, d, 'expected.yaml'), 'utf8');
      assert.match(text, /^# Source: /m, d);
    }
  });

  scenarioTests(ROOT, scenarios);
});
