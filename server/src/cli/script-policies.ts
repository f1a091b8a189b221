/**
 * Scripts linted through their policies: a script given on the command line (a pre-commit hook passes
 * only the changed files) is linted with the policies of the project that name it, so `reclint
 * <script>` reports what `reclint <its folder>` reports for it. The project is searched from the
 * outermost `.reclintrc.yaml` above the script, else the git root, else the working folder. A script
 * that no policy names gets one `script-not-named` finding (core/finish.ts makes it).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LintOptions } from '../core/config';
import { isPolicyUri, isScriptUri, lintUnits } from '../core/engine';
import { finishLint, scriptNotNamed } from '../core/finish';
import type { Finding } from '../core/findings';
import { readFlow } from '../core/flows/read';
import type { SourceFile } from '../core/text';
import { readTextFile } from '../host/node';
import type { ProjectHost } from '../host/project';
import type { Sources } from './sources';

/**
 * Where to look for the policies of a script's project: the outermost `.reclintrc.yaml` above it that
 * lies inside its git repository (a stray config in the home folder must not make reclint walk it),
 * else the git root, else the outermost config (no repository), else the working folder. An explicit
 * `--config` says nothing about where the project is.
 */
export function searchRootOf(abs: string, host: ProjectHost, cwd: string): string {
  let git: string | undefined;
  for (let d = path.dirname(abs), i = 0; i < 128; i++) {
    if (fs.existsSync(path.join(d, '.git'))) {
      git = d;
      break;
    }
    const up = path.dirname(d);
    if (up === d) break;
    d = up;
  }
  const configs = host.params.config.kind === 'search' ? host.configFor(abs).files.map((c) => path.dirname(c.file)) : [];
  const inside = git ? configs.filter((d) => d === git || d.startsWith(git + path.sep)) : configs;
  return inside[0] ?? git ?? cwd;
}

/**
 * The policies (not already in the run) that read one of the named scripts, as sources to add to the
 * run; and the named scripts no policy reads.
 */
export function policiesOfScripts(named: readonly SourceFile[], sources: readonly SourceFile[], host: ProjectHost, cwd: string): { policies: SourceFile[]; unnamed: string[] } {
  const scripts = named.filter((s) => !isPolicyUri(s.uri));
  if (scripts.length === 0) return { policies: [], unnamed: [] };
  const inRun = new Set(sources.map((s) => s.uri));
  const candidates = new Map<string, SourceFile>();
  // Each search root is walked once, each policy read once, for all the scripts under it.
  const byRoot = new Map<string, Set<string>>();
  for (const s of scripts) {
    const abs = host.absOf(s.uri);
    if (!abs) continue;
    const root = searchRootOf(abs, host, cwd);
    (byRoot.get(root) ?? byRoot.set(root, new Set()).get(root)!).add(path.basename(abs));
  }
  for (const [root, bases] of byRoot) {
    for (const p of host.find(root)) {
      const uri = host.uriOf(p);
      if (!isPolicyUri(p) || inRun.has(uri) || candidates.has(uri)) continue;
      const r = readTextFile(p, host.maxSize);
      if (!r.ok || r.invalidUtf8) continue;
      // A policy that names a script has its file name in it; the lint below says whether it reads it.
      for (const b of bases) if (r.text.includes(b)) {
        candidates.set(uri, { uri, text: r.text });
        break;
      }
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
    // A file that only may be a flow (JSON, XML, no extension) is one when its content is: a staged
    // package.json or README gets no `script-not-named`.
    unnamed: scripts.filter((s) => !readers.get(s.uri)?.size && (isScriptUri(s.uri) || readFlow(s.uri, s.text).ok)).map((s) => s.uri),
  };
}

/**
 * The run's sources joined, in place, by the policies that read the scripts named in `paths` (as
 * `reclint <script>` and `reclint register <script>` both need), and the `script-not-named` findings of
 * the named scripts no policy reads, finished with `options` (configured severities and `off` apply).
 */
export function joinPoliciesOfNamed(run: Pick<Sources, 'files' | 'sources' | 'texts'>, named: ReadonlySet<string>, host: ProjectHost, cwd: string, options: (uri: string) => LintOptions): { policies: SourceFile[]; unnamed: Finding[] } {
  const through = policiesOfScripts(run.sources.filter((s) => named.has(host.absOf(s.uri) ?? '')), run.sources, host, cwd);
  for (const p of through.policies) {
    run.sources.push(p);
    run.texts.set(p.uri, p.text);
    const abs = host.absOf(p.uri);
    if (abs) run.files.set(abs, p.uri);
  }
  const texts = new Map(through.unnamed.map((u) => [u, run.texts.get(u) ?? ''] as const));
  return { policies: through.policies, unnamed: finishLint([through.unnamed.map((u) => scriptNotNamed(u, texts.get(u)!))], texts, options) };
}
