/**
 * The server's lint step, run by the scheduler: lint a batch of files into units (through the one
 * project host), publish the policies linted, and finish the scripts whose findings changed once no
 * policy that may read them is still in the background. Fix-all lints a file's group with its text
 * replaced and finishes the file through the same `finishFile` as publishing.
 */
import { isPolicyUri, isScriptUri, lintUnits } from '../core/engine';
import type { Finding } from '../core/findings';
import { scriptNotNamed } from '../core/finish';
import type { ProjectHost } from '../host/project';
import type { ConfigDiagnostics } from './config-diagnostics';
import { finishFile, type LintedFile, type UnitStore } from './lint-units';
import type { Publisher } from './publisher';
import type { Scheduler, SchedulerWork } from './scheduler';
import type { SettingsStore } from './settings-store';
import { isConfigUri } from './uris';

/** What the lint step reads of the workspace. */
export interface LintEnv {
  host(): ProjectHost;
  /** The current text of a file: the editor's when open, else the disk's. */
  textOf(uri: string): { text: string; version: number | null } | undefined;
  openVersion(uri: string): number | undefined;
  isKnown(uri: string): boolean;
  /** A file's findings less what the workspace's baseline (`reclint-suppressions.json`) counts. */
  baseline(uri: string, findings: Finding[]): Finding[];
  /** The workspace has been indexed and linted once (so the project graph is whole). */
  indexed(): boolean;
  /** The file left the project (gone from disk and not open). */
  gone(uri: string): void;
  status(): void;
  log(message: string): void;
  error(message: string, e?: unknown): void;
}

export class Linter implements SchedulerWork {
  /** More seeds than this (a workspace lint, a config change) are linted in the background, open documents first. */
  static readonly FOREGROUND = 32;
  /** Lints completed. */
  runs = 0;
  scheduler!: Scheduler;

  constructor(
    private readonly env: LintEnv,
    private readonly units: UnitStore,
    private readonly publisher: Publisher,
    private readonly configs: ConfigDiagnostics,
    private readonly settings: SettingsStore,
  ) {}

  /** A seed policy is linted alone; a seed script with every policy that reads it. Open files, scripts and a few seeds now; the rest later. */
  split(seeds: readonly string[]): { now: string[]; later: string[] } {
    const work = new Set<string>();
    // A call flow has no findings of its own without the policies that read it: they are linted with it.
    const withFlow = new Set<string>();
    for (const s of seeds) {
      work.add(s);
      if (isPolicyUri(s)) continue;
      for (const p of this.units.graph.readersOf(s)) {
        work.add(p);
        if (!isScriptUri(s) && !isConfigUri(s)) withFlow.add(p);
      }
    }
    const many = seeds.length > Linter.FOREGROUND;
    const now: string[] = [];
    const later: string[] = [];
    for (const u of work) (isConfigUri(u) || !isPolicyUri(u) || withFlow.has(u) || this.env.openVersion(u) !== undefined || (!many && seeds.includes(u)) ? now : later).push(u);
    return { now, later };
  }

  async lint(uris: readonly string[], background: boolean): Promise<void> {
    const t0 = Date.now();
    for (const u of uris) if (isConfigUri(u)) this.configs.check(u);
    // A call flow is linted only while a policy names it (ivr-formats.md §8): any other document costs this lookup.
    const linted = uris.filter((u) => isPolicyUri(u) || isScriptUri(u) || this.units.graph.readersOf(u).length > 0);
    if (linted.length === 0) return;
    const host = this.env.host();
    host.reset();
    try {
      for (const u of linted) await this.settings.fetch(u);
      const files: LintedFile[] = [];
      for (const u of linted) {
        const open = this.env.openVersion(u) !== undefined;
        const t = this.settings.enabled(u) ? this.env.textOf(u) : undefined;
        const abs = host.absOf(u);
        if (!t || (!open && abs !== undefined && host.excluded(abs))) {
          this.forget(u, this.settings.enabled(u) && !t && !open);
          continue;
        }
        files.push({ uri: u, text: t.text, version: t.version });
      }
      if (files.length === 0) return;
      const result = lintUnits({ files, options: (u) => host.options(u), readScript: host.readScript });
      this.runs++;
      for (const p of this.units.record(files, result, (u) => this.env.openVersion(u) ?? null)) this.publish(p);
      this.configs.checkFor(files.map((f) => f.uri));
      if (result.internalErrors) this.env.error(`${result.internalErrors} rule(s) failed; see the internal-error diagnostics`);
      if (!background) this.env.log(`linted ${files.length} file(s) in ${Date.now() - t0} ms`);
    } catch (e) {
      this.env.error(`linting ${linted.join(', ')} failed`, e);
      for (const u of linted) this.publisher.failure(u, e, this.env.openVersion(u) ?? null);
    }
  }

  /** Publish the scripts whose findings may have changed, once no policy that may read them is waiting. */
  settled(): void {
    if (!this.scheduler.inBackground(isPolicyUri)) {
      for (const s of this.units.takeToFinish()) if (this.env.isKnown(s) || this.env.openVersion(s) !== undefined) this.publish(s);
    }
    this.env.status();
  }

  error(message: string, e: unknown): void {
    this.env.error(message, e);
  }

  /** A file's diagnostics, finished from the units that point into it. */
  publish(uri: string): void {
    // A call flow that no policy names any more gets no diagnostics (ivr-formats.md §8): cleared.
    if (!isPolicyUri(uri) && !isScriptUri(uri) && !isConfigUri(uri) && this.units.graph.readersOf(uri).length === 0) {
      this.publisher.clear(uri);
      return;
    }
    const own = this.units.get(uri);
    const sources = this.units.pointingInto(uri);
    const text = own?.text ?? this.env.textOf(uri)?.text;
    if (text === undefined) return;
    const host = this.env.host();
    const open = this.env.openVersion(uri);
    const units = sources.map((u) => u.findings);
    // A script open in the editor that no policy of the workspace reads (known once the workspace is linted).
    if (open !== undefined && isScriptUri(uri) && this.env.indexed() && !this.scheduler.inBackground(isPolicyUri) && this.units.graph.readersOf(uri).length === 0) units.push([scriptNotNamed(uri, text)]);
    const findings = finishFile(uri, text, units, (u) => host.options(u), (u, f) => this.env.baseline(u, f));
    const linted = own?.version ?? null;
    // The editor's text moved on since: the coming lint will publish for it.
    if (open !== undefined && own && linted !== null && open !== linted && this.scheduler.lintComing(uri)) return;
    const version = own ? linted ?? open ?? null : open ?? null;
    this.publisher.findings(uri, findings, this.editTexts(uri, text, sources.flatMap((u) => u.findings)), version, (u) => this.units.get(u)?.text ?? this.env.textOf(u)?.text);
  }

  /** The texts a file's findings' edits point into (a suggestion may edit the script from the policy). */
  private editTexts(uri: string, text: string, raw: readonly Finding[]): Map<string, string> {
    const texts = new Map<string, string>([[uri, text]]);
    for (const f of raw) if (f.uri === uri) for (const e of [...(f.fix?.edits ?? []), ...f.suggestions.flatMap((x) => x.edits)]) {
      if (!texts.has(e.uri)) {
        const t = this.units.get(e.uri)?.text ?? this.env.textOf(e.uri)?.text;
        if (t !== undefined) texts.set(e.uri, t);
      }
    }
    return texts;
  }

  /** A file that is not linted any more (disabled, excluded or gone): clear it and what it fed. */
  private forget(uri: string, gone: boolean): void {
    this.units.forget(uri, gone);
    this.publisher.clear(uri);
    this.configs.forget(uri);
    if (gone) this.env.gone(uri);
  }

  /** Lint a file's group with its text replaced and finish that file, as publishing does (fix-all); publishes nothing. */
  lintWith(uri: string, text: string): Finding[] {
    const host = this.env.host();
    host.reset();
    const g = this.units.graph.group([uri]);
    const files: { uri: string; text: string }[] = [];
    for (const u of [...g.policies, ...g.scripts]) {
      if (u === uri) continue;
      const t = this.env.textOf(u);
      const abs = host.absOf(u);
      if (!t || (this.env.openVersion(u) === undefined && abs !== undefined && host.excluded(abs))) continue;
      files.push({ uri: u, text: t.text });
    }
    files.push({ uri, text });
    const result = lintUnits({ files, options: (u) => host.options(u), readScript: host.readScript });
    const into = !isPolicyUri(uri) ? [uri, ...this.units.graph.readersOf(uri).sort()] : [uri];
    return finishFile(uri, text, into.map((u) => result.units.get(u) ?? []), (u) => host.options(u));
  }
}
