/**
 * The editor honours the baseline of an existing estate: `reclint-suppressions.json` at the root of a
 * workspace folder (as `reclint --suppress-all` writes it there) leaves out, per file and rule, what
 * it counts, as the CLI does (core/baseline.ts). Re-read when the file changes.
 */
import * as path from 'node:path';
import { applyBaseline, BASELINE_FILE, parseBaseline, type Baseline } from '../core/baseline';
import type { Finding } from '../core/findings';
import { readTextFile, toDisplay } from '../host/node';
import { fsPath } from './uris';

export class Baselines {
  private byFolder = new Map<string, Baseline>();
  private loaded = false;

  constructor(private readonly folders: () => readonly string[], private readonly error: (message: string, e?: unknown) => void) {}

  reload(): void {
    this.byFolder = new Map();
    for (const f of this.folders()) {
      const r = readTextFile(path.join(f, BASELINE_FILE));
      if (!r.ok) continue;
      const parsed = parseBaseline(r.text);
      if (parsed.problem) this.error(`${BASELINE_FILE} in ${f} is not used: ${parsed.problem}`);
      else this.byFolder.set(f, parsed.baseline);
    }
    this.loaded = true;
  }

  /** A file's findings less what its folder's baseline counts. */
  apply(uri: string, findings: Finding[]): Finding[] {
    if (!this.loaded) this.reload();
    if (this.byFolder.size === 0 || findings.length === 0) return findings;
    const p = fsPath(uri);
    if (!p) return findings;
    for (const [folder, b] of this.byFolder) {
      const rel = path.relative(folder, p);
      if (rel.startsWith('..') || path.isAbsolute(rel)) continue;
      return applyBaseline(findings, b, (u) => toDisplay(fsPath(u) ?? u, folder)).findings;
    }
    return findings;
  }
}
