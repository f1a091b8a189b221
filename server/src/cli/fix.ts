/**
 * `--fix` and `--fix-dry-run`: each file with safe fixes is fixed to a fixed point, re-linting only the
 * group it belongs to (the policies and scripts that read one another), never the whole run. Policies
 * pulled in only to lint a named script are not fixed.
 */
import { lint, type LintResult } from '../core/engine';
import { fixToFixedPoint } from '../core/fix';
import { ProjectGraph } from '../core/project/graph';
import type { SourceFile } from '../core/text';
import type { ProjectHost } from '../host/project';

/** The fixed text of every file that changes, by uri. */
export function fixTexts(result: LintResult, sources: readonly SourceFile[], host: ProjectHost, contextOnly: ReadonlySet<string> = new Set()): Map<string, string> {
  const graph = ProjectGraph.from(result.dependencies);
  const given = new Map(sources.map((s) => [s.uri, s.text]));
  const withFixes = new Set(result.findings.filter((f) => f.fix).map((f) => f.uri));
  const changed = new Map<string, string>();
  for (const [uri, original] of result.texts) {
    // A policy read only to lint a named script with it is not the user's to change here.
    if (!withFixes.has(uri) || contextOnly.has(uri)) continue;
    const g = graph.group([uri]);
    // The group's files as linted (a script read only through a policy is linted as part of the run).
    const members = [...g.policies, ...g.scripts].filter((u) => given.has(u) && u !== uri);
    const lintWith = (text: string) => lint({ files: [...members.map((u) => ({ uri: u, text: given.get(u)! })), { uri, text }], options: (u) => host.options(u), readScript: host.readScript }).findings;
    const fixed = fixToFixedPoint(uri, original, lintWith);
    if (fixed.text !== original) changed.set(uri, fixed.text);
  }
  return changed;
}
