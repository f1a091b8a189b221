/**
 * Every registered rule is tested where it points: some invalid case in the rule case tables
 * (server/test/core/rules/cases/) expects a finding of that rule with an exact range and messageId.
 */
import { strict as assert } from 'node:assert';
import { RULES } from '../../src/core/rules/index';
import { ANNOUNCEMENT_CASES } from '../core/rules/cases/announcement.test';
import { FILES_CASES } from '../core/rules/cases/files.test';
import { FLOWS_CASES } from '../core/rules/cases/flows.test';
import { assertedRuleIds, malformedExpectations, type RuleCases } from '../core/rules/cases/kit';
import { LEGAL_BASIS_CASES } from '../core/rules/cases/legal-basis.test';
import { PEOPLE_CASES } from '../core/rules/cases/people.test';
import { RETENTION_CASES } from '../core/rules/cases/retention.test';

const TABLES: RuleCases[] = [...FILES_CASES, ...FLOWS_CASES, ...LEGAL_BASIS_CASES, ...ANNOUNCEMENT_CASES, ...RETENTION_CASES, ...PEOPLE_CASES];

describe('rule coverage', () => {
  it('every registered rule id is asserted, with a range, by some invalid case', () => {
    const asserted = assertedRuleIds(TABLES);
    const missing = RULES.map((r) => r.meta.id).filter((id) => !asserted.has(id));
    assert.deepEqual(missing, [], `registered rules with no case asserting their range: ${missing.join(', ')}`);
  });

  it('every registered rule has its own table, with valid and invalid cases', () => {
    const problems: string[] = [];
    for (const { meta } of RULES) {
      const t = TABLES.filter((x) => x.rule === meta.id);
      if (t.length !== 1) problems.push(`${meta.id}: ${t.length} tables`);
      else if (t[0].invalid.length === 0 || t[0].valid.length === 0) problems.push(`${meta.id}: ${t[0].invalid.length} invalid, ${t[0].valid.length} valid cases`);
    }
    assert.deepEqual(problems, []);
  });

  it('every table is for a registered rule, and every expectation reads "uri rule-id L:C-L:C messageId"', () => {
    const ids = new Set(RULES.map((r) => r.meta.id));
    assert.deepEqual(TABLES.flatMap((t) => [t.rule, ...(t.also ?? [])]).filter((id) => !ids.has(id)), []);
    assert.deepEqual(malformedExpectations(TABLES), []);
  });
});
