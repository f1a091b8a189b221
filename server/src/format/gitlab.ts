/**
 * GitLab Code Quality report (`artifacts:reports:codequality`): a JSON array of issues, the subset of
 * the Code Climate issue format GitLab reads (docs.gitlab.com/ci/testing/code_quality, "Code Quality
 * report format"). Paths are as reported (relative to the working folder: run reclint from the
 * repository root).
 *
 * Severity: error → `major`, warning → `minor`, info and hint → `info`. `critical` and `blocker` are
 * left unused, as by ESLint's and most linters' GitLab formatters, so reclint's errors rank with other
 * linters' errors in the merge-request widget rather than above security scanners' criticals.
 * Fingerprints: see fingerprint.ts (rule, path, the text pointed at, occurrence; not line or message).
 */
import { docsUrlFor, type Severity } from '../core/findings';
import { fingerprints } from './fingerprint';
import type { Formatter } from './types';
import { oneBased } from './types';

export const GITLAB_SEVERITY: Record<Severity, 'info' | 'minor' | 'major'> = { error: 'major', warning: 'minor', info: 'info', hint: 'info' };

export const gitlab: Formatter = (input) => {
  const prints = fingerprints(input);
  const issues = input.findings.map((f, i) => {
    const p = oneBased(input, f.uri, f.span);
    // A span that ends at the start of a line does not reach into that line.
    const end = p.endLine > p.line && p.endColumn === 1 ? p.endLine - 1 : p.endLine;
    const docs = f.docsUrl || docsUrlFor(f.ruleId);
    return {
      type: 'issue',
      check_name: f.ruleId,
      description: f.message,
      content: { body: `${f.legalSource ? `Legal source: ${f.legalSource}. ` : ''}See [${f.ruleId}](${docs}).` },
      fingerprint: prints[i],
      severity: GITLAB_SEVERITY[f.severity],
      location: { path: f.uri, lines: { begin: p.line, end } },
    };
  });
  return JSON.stringify(issues, null, 2) + '\n';
};
