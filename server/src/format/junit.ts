/**
 * JUnit XML for the test tabs of Jenkins, GitLab and Azure DevOps (the Ant JUnit shape they all read):
 * `<testsuites>` > one `<testsuite>` per file linted > one `<testcase>` per finding.
 *
 * - error and warning findings are failed test cases: `<failure message type>` with the location,
 *   message, docs URL and legal source as its text (GitLab shows the text, not the attribute);
 * - info and hint findings are passing test cases whose `<system-out>` says the same, so they are seen
 *   without failing anything (no `<skipped>`: nothing was skipped);
 * - a file with no findings has one passing test case, `no findings`, so every linted file shows up.
 *
 * Test case names (`<rule id> at <line>:<column>`, ` (2)`… on a repeat) are unique within their file,
 * as GitLab keeps only the first of equal names. Times are 0: linting is not timed per file.
 */
import { docsUrlFor, type Finding } from '../core/findings';
import type { Formatter } from './types';
import { oneBased } from './types';
import { xmlAttr, xmlText } from './xml';

const failing = (f: Finding) => f.severity === 'error' || f.severity === 'warning';

export const junit: Formatter = (input) => {
  // Every file linted, in order, then any other file a finding is on (as the JSON format lists them).
  const byFile = new Map<string, Finding[]>(input.files.map((u) => [u, []]));
  for (const f of input.findings) {
    const list = byFile.get(f.uri);
    if (list) list.push(f);
    else byFile.set(f.uri, [f]);
  }

  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const [file, list] of byFile) {
    const cases: string[] = [];
    const names = new Map<string, number>();
    let suiteFailures = 0;
    for (const f of list) {
      const p = oneBased(input, f.uri, f.span);
      let name = `${f.ruleId} at ${p.line}:${p.column}`;
      const n = (names.get(name) ?? 0) + 1;
      names.set(name, n);
      if (n > 1) name += ` (${n})`;
      const body = [`${file}:${p.line}:${p.column}: ${f.severity} ${f.message}`, `Rule: ${f.ruleId}, ${f.docsUrl || docsUrlFor(f.ruleId)}`];
      if (f.legalSource) body.push(`Legal source: ${f.legalSource}`);
      const open = `    <testcase name="${xmlAttr(name)}" classname="${xmlAttr(file)}" file="${xmlAttr(file)}" time="0">`;
      if (failing(f)) {
        suiteFailures++;
        cases.push(`${open}\n      <failure message="${xmlAttr(f.message)}" type="${xmlAttr(f.ruleId)}">${xmlText(body.join('\n'))}</failure>\n    </testcase>`);
      } else {
        cases.push(`${open}\n      <system-out>${xmlText(body.join('\n'))}</system-out>\n    </testcase>`);
      }
    }
    if (!list.length) cases.push(`    <testcase name="no findings" classname="${xmlAttr(file)}" file="${xmlAttr(file)}" time="0"/>`);
    tests += cases.length;
    failures += suiteFailures;
    suites.push(`  <testsuite name="${xmlAttr(file)}" tests="${cases.length}" failures="${suiteFailures}" errors="0" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="reclint" tests="${tests}" failures="${failures}" errors="0" skipped="0" time="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
