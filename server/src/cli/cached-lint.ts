/**
 * A CLI run with `--cache`: reuse every unit whose inputs are unchanged, lint the rest (in workers when
 * there are many), store what was linted, and finish kept and fresh units together, so the findings are
 * exactly those of a run without the cache.
 */
import { finishLint, INTERNAL_ERROR, isPolicyUri, type LintResult } from '../core/engine';
import type { Finding } from '../core/findings';
import type { SourceFile } from '../core/text';
import { contentHash, optionsKey, readAgain, readKey, type LintCache } from './cache';
import type { ProjectHost } from '../host/project';
import type { LintOptions } from '../core/config';
import type { UnitsWithReads } from './parallel';

export interface CachedRun {
  cache: LintCache;
  sources: readonly SourceFile[];
  host: ProjectHost;
  /** The options findings are finished with (the CLI's, without the per-file cap). */
  finishOptions?: (uri: string) => LintOptions;
  /** Lint these files (recording script reads), in this thread or in workers. */
  lint(files: SourceFile[]): Promise<UnitsWithReads>;
}

export async function lintWithCache({ cache, sources, host, lint, finishOptions }: CachedRun): Promise<LintResult & { reused: number }> {
  // The host reads each script once per run, however many policies name it.
  const read = host.readScript;

  const kept = new Map<string, Finding[]>();
  const todo: SourceFile[] = [];
  for (const s of sources) {
    if (!isPolicyUri(s.uri)) continue;
    const e = cache.get(s.uri);
    const fresh = e && e.reads && e.hash === contentHash(s.text) && e.options === optionsKey(host.options(s.uri)) && e.reads.every(([rel, k]) => readKey(readAgain(read, s.uri, rel)) === k);
    if (fresh) kept.set(s.uri, e.findings);
    else todo.push(s);
  }

  // Scripts whose own findings are needed: those in the run, and those the kept policies read.
  const scriptTexts = new Map<string, string>();
  for (const s of sources) if (!isPolicyUri(s.uri)) scriptTexts.set(s.uri, s.text);
  for (const uri of kept.keys()) {
    for (const [rel] of cache.get(uri)?.reads ?? []) {
      const r = readAgain(read, uri, rel);
      if (r.ok && !isPolicyUri(r.uri) && !scriptTexts.has(r.uri)) scriptTexts.set(r.uri, r.text);
    }
  }
  const keptScripts = new Map<string, Finding[]>();
  for (const [uri, text] of scriptTexts) {
    const e = cache.get(uri);
    if (e && !e.reads && e.hash === contentHash(text) && e.options === optionsKey(host.options(uri))) keptScripts.set(uri, e.findings);
    else todo.push({ uri, text });
  }

  const empty: UnitsWithReads = { units: new Map(), texts: new Map(), dependencies: new Map(), internalErrors: 0, reads: new Map(), memberReads: new Map() };
  const fresh = todo.length > 0 ? await lint(todo) : empty;

  // Store what was linted (never a unit in which a rule failed: it runs again next time).
  for (const [uri, findings] of fresh.units) {
    if (findings.some((f) => f.ruleId === INTERNAL_ERROR)) continue;
    const text = fresh.texts.get(uri);
    if (text === undefined) continue;
    cache.set(uri, { hash: contentHash(text), options: optionsKey(host.options(uri)), reads: isPolicyUri(uri) ? fresh.reads.get(uri) ?? [] : undefined, findings });
  }

  // Units in run order: policies as given, then scripts.
  const units: Finding[][] = [];
  for (const s of sources) if (isPolicyUri(s.uri)) units.push(kept.get(s.uri) ?? fresh.units.get(s.uri) ?? []);
  const scriptUnits = new Map(keptScripts);
  for (const [uri, f] of fresh.units) if (!isPolicyUri(uri)) scriptUnits.set(uri, f);
  for (const u of scriptUnits.values()) units.push(u);

  const texts = new Map<string, string>(sources.map((s) => [s.uri, s.text]));
  for (const [u, t] of scriptTexts) texts.set(u, t);
  for (const [u, t] of fresh.texts) texts.set(u, t);
  const dependencies = new Map(fresh.dependencies);
  for (const uri of kept.keys()) {
    const deps = (cache.get(uri)?.reads ?? []).map(([rel]) => readAgain(read, uri, rel).uri);
    if (deps.length) dependencies.set(uri, [...new Set(deps)]);
  }
  return { findings: finishLint(units, texts, finishOptions ?? ((u) => host.options(u))), texts, dependencies, internalErrors: fresh.internalErrors, reused: kept.size + keptScripts.size };
}
