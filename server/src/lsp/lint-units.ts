/**
 * The server's lint units: for each linted file, the text it was linted on and its raw findings (a
 * policy's wherever they point, a script's own), and which scripts each policy read (the project
 * graph). A file's diagnostics are finished from the units that point into it (a policy: its own; a
 * script: its own and those of every policy that reads it), so each file gets exactly the findings the
 * CLI gives it. Publishing and fix-all both finish through `finishFile`.
 */
import { finishLint, isPolicyUri, type LintRequest, type LintUnits } from '../core/engine';
import type { Finding } from '../core/findings';
import { ProjectGraph } from '../core/project/graph';

export interface LintUnit {
  text: string;
  /** The editor's version of the text, or null for the disk's. */
  version: number | null;
  /** Raw findings (before severities, dedupe and suppressions), wherever they point. */
  findings: Finding[];
}

export interface LintedFile {
  uri: string;
  text: string;
  version: number | null;
}

/** A file's findings, finished from the raw findings of the units that point into it. */
export function finishFile(uri: string, text: string, units: readonly (readonly Finding[])[], options: LintRequest['options'], keep?: (uri: string, findings: Finding[]) => Finding[]): Finding[] {
  const into = units.map((u) => u.filter((f) => f.uri === uri));
  return finishLint(into, new Map([[uri, text]]), options, keep).filter((f) => f.uri === uri);
}

export class UnitStore {
  readonly graph = new ProjectGraph();
  private readonly units = new Map<string, LintUnit>();
  /** Scripts whose diagnostics may have changed and wait to be finished. */
  private readonly toFinish = new Set<string>();

  get(uri: string): LintUnit | undefined {
    return this.units.get(uri);
  }

  /** A file's own unit and, for a script, those of the policies that read it (in a stable order). */
  pointingInto(uri: string): LintUnit[] {
    const own = this.units.get(uri);
    const readers = !isPolicyUri(uri) ? this.graph.readersOf(uri).sort().map((p) => this.units.get(p)) : [];
    return [own, ...readers].filter((u): u is LintUnit => !!u);
  }

  /**
   * Keep what a lint produced. Returns the policies linted (to publish now); the scripts whose findings
   * changed wait in `takeToFinish`.
   */
  record(files: readonly LintedFile[], result: LintUnits, versionOf: (uri: string) => number | null): string[] {
    const policies: string[] = [];
    const given = new Set(files.map((f) => f.uri));
    for (const f of files) {
      const findings = result.units.get(f.uri) ?? [];
      if (isPolicyUri(f.uri)) {
        const old = this.units.get(f.uri);
        const oldReads = this.graph.readsOf(f.uri);
        const reads = result.dependencies.get(f.uri) ?? [];
        this.units.set(f.uri, { text: f.text, version: f.version, findings });
        this.graph.setReads(f.uri, reads);
        // A script the policy read and reads no more, or reads now for the first time, is finished again
        // (a call flow no policy names is cleared, one newly named is published).
        for (const s of new Set([...oldReads, ...reads])) if (!old || !samePointingInto(old.findings, findings, s) || oldReads.includes(s) !== reads.includes(s)) this.toFinish.add(s);
        policies.push(f.uri);
      } else {
        this.units.set(f.uri, { text: f.text, version: f.version, findings });
        this.toFinish.add(f.uri);
      }
    }
    // Scripts read along the way: their own findings, when they are new or their text changed.
    for (const [u, findings] of result.units) {
      if (isPolicyUri(u) || given.has(u)) continue;
      const text = result.texts.get(u);
      const old = this.units.get(u);
      if (text === undefined || (old && old.text === text)) continue;
      this.units.set(u, { text, version: versionOf(u), findings });
      this.toFinish.add(u);
    }
    return policies;
  }

  /** A file that is not linted any more (disabled, excluded or gone); what it fed is finished again. */
  forget(uri: string, gone: boolean): void {
    const had = this.units.delete(uri);
    if (had && isPolicyUri(uri)) for (const s of this.graph.readsOf(uri)) this.toFinish.add(s);
    if (gone) this.graph.drop(uri);
  }

  /** Settings changed: every unit is stale. */
  clear(): void {
    this.units.clear();
  }

  takeToFinish(): string[] {
    const out = [...this.toFinish];
    this.toFinish.clear();
    return out;
  }
}

/** Did a unit's findings that point into `uri` stay the same? */
function samePointingInto(a: readonly Finding[], b: readonly Finding[], uri: string): boolean {
  const pick = (l: readonly Finding[]) => JSON.stringify(l.filter((f) => f.uri === uri));
  return pick(a) === pick(b);
}
