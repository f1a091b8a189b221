/**
 * The project graph: which policy read which script on its last lint, and the groups that follow from
 * it. A change to a policy affects the scripts it reads; a change to a script, the policies that read
 * it; a group is closed under both. Pure data: the CLI (`--fix` relints a fixed file's group) and the
 * language server (what an edit re-lints, what a deletion clears) share it.
 */
import { isPolicyUri, isScriptUri } from '../engine';

export interface Group {
  policies: Set<string>;
  scripts: Set<string>;
}

export class ProjectGraph {
  private readonly reads = new Map<string, Set<string>>();
  /** Script → the policies that read it; rebuilt lazily when `reads` changes. */
  private readers: Map<string, string[]> | undefined;

  /** Record what a policy read; says whether that changed. */
  setReads(policy: string, scripts: readonly string[]): boolean {
    const before = this.reads.get(policy);
    if (before && before.size === new Set(scripts).size && scripts.every((s) => before.has(s))) return false;
    this.reads.set(policy, new Set(scripts));
    this.readers = undefined;
    return true;
  }

  /** Forget a policy (gone, excluded or disabled). */
  drop(policy: string): void {
    if (this.reads.delete(policy)) this.readers = undefined;
  }

  /** The scripts a policy read. */
  readsOf(policy: string): string[] {
    return [...(this.reads.get(policy) ?? [])];
  }

  /** The policies that read a script. */
  readersOf(script: string): string[] {
    if (!this.readers) {
      this.readers = new Map();
      for (const [p, ss] of this.reads) for (const s of ss) {
        const list = this.readers.get(s) ?? [];
        list.push(p);
        this.readers.set(s, list);
      }
    }
    return [...(this.readers.get(script) ?? [])];
  }

  /** The files whose findings change when a file disappears: a script's readers, a policy's scripts. */
  affectedByRemoval(uri: string): string[] {
    if (isScriptUri(uri)) return this.readersOf(uri);
    if (isPolicyUri(uri)) return this.readsOf(uri);
    return [];
  }

  /** The closed group of files a change to the seeds affects. */
  group(seeds: Iterable<string>): Group {
    const policies = new Set<string>();
    const scripts = new Set<string>();
    const todo: string[] = [];
    const add = (u: string) => {
      if (isPolicyUri(u) && !policies.has(u)) {
        policies.add(u);
        todo.push(u);
      } else if (isScriptUri(u) && !scripts.has(u)) {
        scripts.add(u);
        todo.push(u);
      }
    };
    for (const s of seeds) add(s);
    while (todo.length) {
      const u = todo.pop()!;
      for (const next of isPolicyUri(u) ? this.readsOf(u) : this.readersOf(u)) add(next);
    }
    return { policies, scripts };
  }

  /** Every recorded policy → scripts pair (from a lint result's `dependencies`). */
  static from(dependencies: ReadonlyMap<string, readonly string[]>): ProjectGraph {
    const g = new ProjectGraph();
    for (const [p, ss] of dependencies) g.setReads(p, ss);
    return g;
  }
}
