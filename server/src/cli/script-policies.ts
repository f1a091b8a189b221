/**
 * Scripts linted through their policies: a script given on the command line (a pre-commit hook passes
 * only the changed files) is linted with the policies of the project that name it, so `reclint
 * <script>` reports what `reclint <its folder>` reports for it. The project is searched from the
 * outermost `.reclintrc.yaml` above the script, else the git root, else the working folder. A script
 * that no policy names gets one `script-not-named` finding (core/finish.ts makes it).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isPolicyUri, isScriptUri, lintUnits } from '../core/engine';
import type { SourceFile } from '../core/text';
import { readTextFile } from '../host/node';
import type { ProjectHost } from '../host/project';

/** Where to look for the policies of a script's project. */
export function searchRootOf(abs: string, host: ProjectHost, cwd: string): string {
  const chain = host.configFor(abs).files;
  if (chain.length) return path.dirname(chain[0].file);
  for (let d = path.dirname(abs), i = 0; i < 128; i++) {
    if (fs.existsSync(path.join(d, '.git'))) return d;
    const up = path.dirname(d);
    if (up === d) break;
    d = up;
  }
  return cwd;
}

/**
 * The policies (not already in the run) that read one of the named scripts, as sources to add to the
 * run; and the named scripts no policy reads.
 */
export function policiesOfScripts(named: readonly SourceFile[], sources: readonly SourceFile[], host: ProjectHost, cwd: string): { policies: SourceFile[]; unnamed: string[] } {
  const scripts = named.filter((s) => isScriptUri(s.uri));
  if (scripts.length === 0) return { policies: [], unnamed: [] };
  const inRun = new Set(sources.map((s) => s.uri));
  const candidates = new Map<string, SourceFile>();
  for (const s of scripts) {
    const abs = host.absOf(s.uri);
    if (!abs) continue;
    const base = path.basename(abs);
    for (const p of host.find(searchRootOf(abs, host, cwd))) {
      const uri = host.uriOf(p);
      if (!isPolicyUri(p) || inRun.has(uri) || candidates.has(uri)) continue;
      const r = readTextFile(p, host.maxSize);
      // A policy that names the script has its file name in it; the lint below says whether it reads it.
      if (r.ok && !r.invalidUtf8 && r.text.includes(base)) candidates.set(uri, { uri, text: r.text });
    }
  }
  // Which of them (and of the policies already in the run) read a named script.
  const all = [...sources.filter((s) => isPolicyUri(s.uri)), ...candidates.values()];
  const deps = lintUnits({ files: all, options: (u) => host.options(u), readScript: host.readScript }).dependencies;
  const readers = new Map<string, Set<string>>();
  for (const [p, ss] of deps) for (const s of ss) {
    const set = readers.get(s) ?? new Set<string>();
    set.add(p);
    readers.set(s, set);
  }
  const wanted = new Set<string>();
  for (const s of scripts) for (const p of readers.get(s.uri) ?? []) if (candidates.has(p)) wanted.add(p);
  return {
    policies: [...candidates.values()].filter((c) => wanted.has(c.uri)),
    unnamed: scripts.filter((s) => !readers.get(s.uri)?.size).map((s) => s.uri),
  };
}
