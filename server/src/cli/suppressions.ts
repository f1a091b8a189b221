/**
 * The CLI's side of the baseline (`reclint-suppressions.json`, core/baseline.ts): where the file is,
 * reading it, and writing it for `--suppress-all`, `--suppress-rule` and `--prune-suppressions`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyBaseline, BASELINE_FILE, formatBaseline, parseBaseline, updateBaseline, type Baseline } from '../core/baseline';
import type { Finding } from '../core/findings';
import { readTextFile, toDisplay } from '../host/node';
import type { CliOptions } from './args';
import { ExitError } from './sources';

export interface SuppressionRun {
  findings: Finding[];
  suppressed: number;
  /** Lines for stderr (a stale baseline, the file written). */
  notes: string[];
}

export function applySuppressionFile(opts: CliOptions, cwd: string, findings: Finding[], absOf: (uri: string) => string | undefined, lintedUris: readonly string[]): SuppressionRun {
  const file = path.resolve(cwd, opts.suppressionsLocation ?? BASELINE_FILE);
  const base = path.dirname(file);
  const keyOf = (uri: string) => toDisplay(absOf(uri) ?? path.resolve(cwd, uri), base);
  let previous: Baseline = {};
  const r = readTextFile(file);
  if (r.ok) {
    const parsed = parseBaseline(r.text);
    if (parsed.problem) throw new ExitError(`reclint: cannot use ${toDisplay(file, cwd)}: ${parsed.problem}`, 2);
    previous = parsed.baseline;
  } else if (r.reason !== 'not-found') {
    throw new ExitError(`reclint: cannot read ${toDisplay(file, cwd)}: ${r.detail ?? r.reason}`, 2);
  } else if (opts.suppressionsLocation && !opts.suppressAll && !opts.suppressRules.length && !opts.pruneSuppressions) {
    throw new ExitError(`reclint: no such suppressions file: ${opts.suppressionsLocation}`, 2);
  }
  const notes: string[] = [];
  // Only the files of this run count as found or fixed (a run over one script must not prune the rest).
  const linted = new Set(lintedUris.map(keyOf));
  const writing = opts.suppressAll || opts.suppressRules.length > 0 || opts.pruneSuppressions;
  let baseline = previous;
  if (writing) {
    baseline = opts.pruneSuppressions
      ? updateBaseline(findings, previous, keyOf, { prune: true }, linted)
      : updateBaseline(findings, previous, keyOf, { rules: opts.suppressAll ? 'all' : opts.suppressRules });
    try {
      fs.writeFileSync(file, formatBaseline(baseline));
    } catch (e) {
      throw new ExitError(`reclint: cannot write ${toDisplay(file, cwd)}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, 2);
    }
    notes.push(`reclint: wrote ${toDisplay(file, cwd)}`);
  }
  const applied = applyBaseline(findings, baseline, keyOf, linted);
  if (applied.stale.length && !opts.pruneSuppressions) {
    notes.push(`reclint: ${applied.stale.length} entr${applied.stale.length === 1 ? 'y' : 'ies'} of ${toDisplay(file, cwd)} count${applied.stale.length === 1 ? 's' : ''} more findings than there are now (some were fixed); run with --prune-suppressions to lower ${applied.stale.length === 1 ? 'it' : 'them'}`);
  }
  return { findings: applied.findings, suppressed: applied.suppressed, notes };
}
