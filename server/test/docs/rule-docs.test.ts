/**
 * The rule docs agree with the registry: a page per rule titled with its id, no orphan pages, every id of
 * the spec's catalogue registered, meta filled in, and docs/rules/README.md as generated.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { PLANNED_RULES } from '../data/planned-rules';
import { renderRuleIndex } from '../../../scripts/gen-rule-index';
import { RULES, RULE_IDS } from '../../src/core/rules/index';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const DOCS = path.join(ROOT, 'docs', 'rules');
/** The spec's rule catalogue, as copied into the repository's test data (see server/test/data/README.md). */
const SPEC = path.join(ROOT, 'server', 'test', 'data', 'rules.md');
/** Rule ids of rules.md that belong to open issues and are not written yet; each says which. */
const PLANNED = PLANNED_RULES;

/** Format and hygiene rules: they rest on no article, so their legal source may be empty. */
const NO_LEGAL_SOURCE_IDS = new Set(['purpose-unused', 'trigger-unused', 'sample-rate-ignored']);
const NO_LEGAL_SOURCE_AREAS = new Set(['files', 'suppression']);

const read = (file: string) => readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
const pages = () => (existsSync(DOCS) ? readdirSync(DOCS).filter((f) => f.endsWith('.md') && f !== 'README.md') : []);

/** Rule ids in the first column of the spec's tables (`| \`id\` | …`). */
export function specRuleIds(markdown: string): string[] {
  return [...markdown.matchAll(/^\|\s*`([a-z0-9][a-z0-9-]*)`\s*\|/gm)].map((m) => m[1]);
}

describe('rule docs', () => {
  it('every registered rule has docs/rules/<id>.md whose first line is "# <id>"', () => {
    const problems: string[] = [];
    for (const { meta } of RULES) {
      const file = path.join(DOCS, `${meta.id}.md`);
      if (!existsSync(file)) {
        problems.push(`${meta.id}: no docs/rules/${meta.id}.md`);
        continue;
      }
      const first = read(file).split(/\r?\n/, 1)[0];
      if (first !== `# ${meta.id}`) problems.push(`${meta.id}: first line is ${JSON.stringify(first)}, not "# ${meta.id}"`);
    }
    assert.deepEqual(problems, []);
  });

  it('every page in docs/rules (but README.md) belongs to a registered rule', () => {
    const orphans = pages().map((f) => f.slice(0, -'.md'.length)).filter((id) => !RULE_IDS.has(id));
    assert.deepEqual(orphans, [], `pages without a registered rule: ${orphans.join(', ')}`);
  });

  it("every rule id in the spec's catalogue (rules.md) is registered", function () {
    const ids = specRuleIds(read(SPEC));
    assert.ok(ids.length > 0, 'rules.md has rule tables');
    const missing = ids.filter((id) => !RULE_IDS.has(id));
    for (const id of missing) if (PLANNED[id]) console.log(`      not written yet: ${id}, ${PLANNED[id]}`);
    assert.deepEqual(missing.filter((id) => !PLANNED[id]), [], `in rules.md but not registered: ${missing.join(', ')}`);
    assert.deepEqual(Object.keys(PLANNED).filter((id) => RULE_IDS.has(id) || !ids.includes(id)), [], 'PLANNED lists only unwritten rules of rules.md');
  });

  it('every rule id is registered once', () => {
    const ids = RULES.map((r) => r.meta.id);
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
  });

  it('every rule has a description, and a legal source unless it is a format or hygiene rule', () => {
    const problems: string[] = [];
    for (const { meta } of RULES) {
      if (!meta.description?.trim()) problems.push(`${meta.id}: empty description`);
      const exempt = NO_LEGAL_SOURCE_AREAS.has(meta.area) || NO_LEGAL_SOURCE_IDS.has(meta.id);
      if (!exempt && !meta.legalSource?.trim()) problems.push(`${meta.id}: empty legalSource (area ${meta.area})`);
    }
    assert.deepEqual(problems, []);
  });

  it('docs/rules/README.md is the generated index (npm run docs:rules)', () => {
    const file = path.join(DOCS, 'README.md');
    assert.ok(existsSync(file), 'docs/rules/README.md exists; run `npm run docs:rules`');
    assert.equal(read(file).replace(/\r\n/g, '\n'), renderRuleIndex(RULES), 'docs/rules/README.md is out of date; run `npm run docs:rules`');
  });
});

describe('rule docs: reading the spec', () => {
  it('takes the first-column ids of the tables, and nothing else', () => {
    const md = ['| id | sev |', '| --- | --- |', '| `a-rule` | error |', '| `b` | hint |', 'text with `not-a-rule` | x', '  | `indented` | no |'].join('\n');
    assert.deepEqual(specRuleIds(md), ['a-rule', 'b']);
  });
});
