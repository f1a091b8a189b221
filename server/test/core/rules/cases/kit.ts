/**
 * Rule case tables: each case is a set of in-memory files and the exact findings expected of the rule(s)
 * under test, as "uri rule-id L:C-L:C messageId" (1-based, see `showWithFile` in ../../../helpers.ts).
 * A valid case expects none of those rules' findings. Cases are built from rules.md (what fires, where it
 * points), not from the implementation.
 */
import * as assert from 'node:assert/strict';
import type { Finding, Severity } from '../../../../src/core/findings';
import { RULES } from '../../../../src/core/rules/index';
import { type MemLintOptions, dedent, lintFiles, showWithFile } from '../../../helpers';

export { dedent };

/** The usual policy file name in the cases; scripts sit beside it (`ivr/service.ivr`). */
export const P = 'p.recording-policy.yaml';
export const PJ = 'p.recording-policy.json';
export const IVR = 'ivr/service.ivr';

export interface Case {
  name: string;
  files: Record<string, string>;
  options?: MemLintOptions;
  /** Make this registered rule throw while the case is linted (for `internal-error`). */
  throwIn?: string;
  /** Invalid cases: every finding of the rules under test, "uri rule-id L:C-L:C messageId". */
  expect?: string[];
  /** Severities (before config) that rules.md gives some of the expected findings, by expectation line. */
  severities?: Record<string, Severity>;
}

export interface RuleCases {
  /** The rule under test; `also` adds rules whose findings are asserted in the same expectation lists. */
  rule: string;
  also?: string[];
  /** rules.md's severity of the rule's findings (before config); a case's `severities` overrides it per finding. */
  severity?: Severity;
  valid: Case[];
  invalid: Case[];
}

/** "uri rule-id L:C-L:C messageId" ("-" when the finding carries no messageId). */
export function render(f: Finding, texts: Map<string, string>): string {
  return `${showWithFile(f, texts)} ${f.messageId ?? '-'}`;
}

export function findingsFor(c: Case, ids: readonly string[]): string[] {
  return lintCase(c, ids).map((x) => x.line);
}

/** The findings of `ids` for a case, rendered, with their severities. */
export function lintCase(c: Case, ids: readonly string[]): { line: string; severity: Severity }[] {
  const run = () => lintFiles(c.files, c.options);
  const { findings, texts } = c.throwIn ? withThrowingRule(c.throwIn, THROWN, run) : run();
  return findings.filter((f) => ids.includes(f.ruleId)).map((f) => ({ line: render(f, texts), severity: f.severity }));
}

export const THROWN = "Cannot read properties of undefined (reading 'start')";

/**
 * Runs `fn` while the registered rule `id` throws `new Error(message)` from its entry points (`check`,
 * or `create` for rules written as visitors), then puts the rule back.
 */
export function withThrowingRule<T>(id: string, message: string, fn: () => T): T {
  const rule = RULES.find((r) => r.meta.id === id) as unknown as Record<string, unknown> | undefined;
  if (!rule) throw new Error(`no registered rule ${id}`);
  const saved: [string, unknown][] = [];
  for (const key of ['check', 'create']) {
    if (typeof rule[key] !== 'function') continue;
    saved.push([key, rule[key]]);
    rule[key] = () => {
      throw new Error(message);
    };
  }
  if (saved.length === 0) throw new Error(`rule ${id} has no check or create to make throw`);
  try {
    return fn();
  } finally {
    for (const [key, value] of saved) rule[key] = value;
  }
}

/** Registers one `describe` per rule: its valid and invalid cases. */
export function runCases(area: string, tables: readonly RuleCases[]): void {
  describe(`rule cases: ${area}`, () => {
    for (const t of tables) {
      const ids = [t.rule, ...(t.also ?? [])];
      describe(t.rule, () => {
        for (const c of t.invalid) {
          it(`invalid: ${c.name}`, () => {
            if (process.env.CASES_DUMP) console.log(JSON.stringify(findingsFor(c, ids), null, 2));
            assert.ok(c.expect && c.expect.length > 0, 'an invalid case expects at least one finding');
            assert.ok(c.expect.some((e) => e.split(' ')[1] === t.rule), `an invalid case of ${t.rule} expects a ${t.rule} finding`);
            // CASES_RANGES_ONLY=1 compares without the messageId (to tell range failures from a missing messageId).
            const strip = (xs: string[]) => (process.env.CASES_RANGES_ONLY ? xs.map((x) => x.replace(/ \S+$/, '')) : xs);
            const got = lintCase(c, ids);
            assert.deepEqual(strip(got.map((x) => x.line)).sort(), strip([...c.expect]).sort());
            const wanted: Record<string, Severity> = {};
            if (t.severity) for (const e of c.expect) if (e.split(' ')[1] === t.rule) wanted[e] = t.severity;
            for (const [line, severity] of Object.entries(c.severities ?? {})) {
              assert.ok(c.expect.includes(line), `severities names an expected finding: ${line}`);
              wanted[line] = severity;
            }
            for (const [line, severity] of Object.entries(wanted)) {
              const hit = got.find((x) => strip([x.line])[0] === strip([line])[0]);
              assert.equal(hit?.severity, severity, `severity of ${line}`);
            }
          });
        }
        for (const c of t.valid) {
          it(`valid: ${c.name}`, () => {
            assert.deepEqual(findingsFor(c, [t.rule]), []);
          });
        }
      });
    }
  });
}

const EXPECT = /^(\S+) ([a-z0-9-]+) (\d+):(\d+)-(\d+):(\d+) (\S+)$/;

/** The rule ids that some invalid case of the tables asserts with a range and a messageId. */
export function assertedRuleIds(tables: readonly RuleCases[]): Set<string> {
  const ids = new Set<string>();
  for (const t of tables) for (const c of t.invalid) for (const e of c.expect ?? []) {
    const m = EXPECT.exec(e);
    if (m) ids.add(m[2]);
  }
  return ids;
}

/** Expectation lines that are not of the form "uri rule-id L:C-L:C messageId". */
export function malformedExpectations(tables: readonly RuleCases[]): string[] {
  const bad: string[] = [];
  for (const t of tables) for (const c of t.invalid) for (const e of c.expect ?? []) if (!EXPECT.test(e)) bad.push(`${t.rule} / ${c.name}: ${JSON.stringify(e)}`);
  return bad;
}
