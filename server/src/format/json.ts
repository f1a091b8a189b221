/**
 * The stable JSON shape (documented in the README): one entry per linted file, every finding with
 * 1-based positions, its legal source, docs URL, related locations, fix and suggestions.
 */
import type { Finding, Fix } from '../core/findings';
import type { FormatInput, Formatter } from './types';
import { oneBased } from './types';

function fixJson(input: FormatInput, fix: Fix) {
  return { title: fix.title, edits: fix.edits.map((e) => ({ file: e.uri, ...oneBased(input, e.uri, e), text: e.newText })) };
}

export function findingJson(input: FormatInput, f: Finding) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    ...oneBased(input, f.uri, f.span),
    legalSource: f.legalSource,
    docsUrl: f.docsUrl,
    related: f.related.map((r) => ({ file: r.uri, ...oneBased(input, r.uri, r.span), message: r.message })),
    fix: f.fix ? fixJson(input, f.fix) : null,
    suggestions: f.suggestions.map((s) => fixJson(input, s)),
  };
}

export const json: Formatter = (input) => {
  // One pass groups the findings by file, in the order of the linted files, then any file only a
  // finding names (a flow file of a policy's set).
  const byFile = new Map<string, Finding[]>(input.files.map((file) => [file, []]));
  for (const f of input.findings) {
    const list = byFile.get(f.uri);
    if (list) list.push(f);
    else byFile.set(f.uri, [f]);
  }
  const results = [...byFile].map(([file, list]) => ({
    file,
    errorCount: list.filter((f) => f.severity === 'error').length,
    warningCount: list.filter((f) => f.severity === 'warning').length,
    findings: list.map((f) => findingJson(input, f)),
  }));
  const count = (s: string) => input.findings.filter((f) => f.severity === s).length;
  return JSON.stringify({
    version: input.version,
    results,
    summary: { files: byFile.size, errors: count('error'), warnings: count('warning'), infos: count('info'), hints: count('hint'), fixable: input.findings.filter((f) => f.fix).length },
  }) + '\n';
};
