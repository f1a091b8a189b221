/**
 * The server's view of the workspace: open documents over files on disk, which policy reads which
 * script, and when to lint. Linting is incremental: the server keeps each file's lint unit (a policy's
 * findings wherever they point, a script's own findings; see `lintUnits`). A changed policy is linted
 * alone; a changed script with the policies that read it. A file's diagnostics are then finished from
 * the units that point into it (a policy: its own; a script: its own and those of every policy that
 * reads it), so each file gets exactly the findings the CLI gives it, and only files whose diagnostics
 * changed are sent. Work off the critical path (the rest of the workspace, the closed policies that
 * read an edited script) runs in chunks that yield to new edits. Linting is throttled per URI (the
 * first change lints at once, a burst at most once per `validationDelay`), serialised, and never
 * throws. `.reclintrc.yaml` problems are shown on that file.
 */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { mergeConfigs, optionsFrom, parseConfigText, type ConfigProblem, type LintOptions, type ReclintConfig } from '../core/config';
import { finishLint, INTERNAL_ERROR, isPolicyUri, isScriptUri, lint, lintUnits, type LintRequest, type LintResult } from '../core/engine';
import { docsUrlFor, type Finding } from '../core/findings';
import { ConfigResolver, CONFIG_NAMES, type LoadedConfig } from '../host/config-file';
import { matchesAny } from '../host/glob';
import { insideRoots, readTextFile, toDisplay, walk } from '../host/node';
import { DEFAULT_SETTINGS, MESSAGES, readSettings, type ReclintSettings, type StatusParams } from '../settings';
import { findingKey, LineIndexCache, toDiagnostic } from './convert';

/** The findings last published for one file, with the texts they were computed on. */
export interface StoredFindings {
  version: number | null;
  byKey: Map<string, Finding>;
  texts: Map<string, string>;
}

export function isUrl(s: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(s);
}

export function isConfigUri(uri: string): boolean {
  return CONFIG_NAMES.some((n) => uri.endsWith(`/${n}`));
}

/** One spelling per file URI (editors and node encode some characters differently). */
export function canon(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
}

export function fsPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export class Workspace {
  /** Workspace folders, as file system paths (the script-root guard). */
  roots: string[] = [];
  /** Policies and scripts known to exist (on disk or open), by canonical URI. */
  readonly known = new Set<string>();
  /** Policy → scripts it read on its last lint. */
  readonly deps = new Map<string, Set<string>>();
  readonly store = new Map<string, StoredFindings>();
  private readonly published = new Map<string, Diagnostic[]>();
  private readonly publishedKey = new Map<string, string>();
  /** Client's spelling of open documents' URIs, by canonical URI. */
  private readonly clientUri = new Map<string, string>();
  readonly resolver = new ConfigResolver();
  private readonly settingsCache = new Map<string, ReclintSettings>();
  globalSettings: ReclintSettings = DEFAULT_SETTINGS;
  configurationCapability = false;
  relatedInformation = true;
  /** Lints waiting for their time (the trailing edge of the throttle), by URI. */
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** URIs queued for the next lint run; it reads their texts when it starts. */
  private readonly pending = new Set<string>();
  /** URIs in the lint running now, and those of them that changed meanwhile. */
  private readonly running = new Set<string>();
  private readonly rerun = new Map<string, number>();
  /** When each file's last lint finished (Date.now()). */
  private readonly lastLint = new Map<string, number>();
  /** Config files whose problems are shown: URI → what was published last. */
  private readonly configShown = new Map<string, string>();
  private queue: Promise<void> = Promise.resolve();
  private indexing = false;
  /** Lints completed (tests wait on this through the status notification). */
  runs = 0;
  /** Each linted file's unit: the text it was linted on, its raw findings, and (policies) the scripts it read. */
  private readonly units = new Map<string, LintUnit>();
  /** Files to lint off the critical path, in chunks that yield to new edits. */
  private readonly background = new Set<string>();
  /** Scripts whose diagnostics wait until no policy that reads them is still in the background. */
  private readonly toFinish = new Set<string>();
  /** Per-batch memos (script reads, options, exclusions, roots): texts do not change within a batch. */
  private memo = new BatchMemo();

  constructor(private readonly connection: Connection, private readonly documents: TextDocuments<TextDocument>) {}

  log(message: string): void {
    this.connection.console.log(`[reclint] ${message}`);
  }
  error(message: string, e?: unknown): void {
    const detail = e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : e === undefined ? '' : String(e);
    this.connection.console.error(`[reclint] ${message}${detail ? `: ${detail}` : ''}`);
  }

  // ---- documents and texts -------------------------------------------------------------------

  openDocument(uri: string): TextDocument | undefined {
    const c = canon(uri);
    const client = this.clientUri.get(c) ?? uri;
    return this.documents.get(client) ?? this.documents.get(uri);
  }

  /** The URI as the client spells it (for edits and diagnostics). */
  clientUriOf(uri: string): string {
    return this.clientUri.get(canon(uri)) ?? uri;
  }

  noteOpened(doc: TextDocument): void {
    const c = canon(doc.uri);
    this.clientUri.set(c, doc.uri);
    if (isPolicyUri(c) || isScriptUri(c)) this.known.add(c);
  }

  /** Forget an open document; a file that is gone from disk is forgotten altogether. Returns the files to lint again. */
  noteClosed(uri: string): string[] {
    const c = canon(uri);
    this.clientUri.delete(c);
    const p = fsPath(c);
    if (p && readTextFile(p).ok) return this.known.has(c) || isConfigUri(c) ? [c] : [];
    // Gone: what read it (or what it read) is linted again without it.
    const affected = this.affectedByRemoval(c);
    this.known.delete(c);
    this.dropDeps(c);
    this.units.delete(c);
    this.lastLint.delete(c);
    this.clear(c);
    return affected;
  }

  /** The files whose findings change when a file disappears: a script's policies, a policy's scripts. */
  private affectedByRemoval(c: string): string[] {
    if (isScriptUri(c)) return this.dependants(c);
    if (isPolicyUri(c)) return [...(this.deps.get(c) ?? [])];
    return [];
  }

  /** The current text of a file: the editor's when open, else the disk's. */
  textOf(uri: string): { text: string; version: number | null } | undefined {
    const doc = this.openDocument(uri);
    if (doc) return { text: doc.getText(), version: doc.version };
    const p = fsPath(uri);
    if (!p) return undefined;
    const r = readTextFile(p);
    if (!r.ok || r.invalidUtf8) return undefined;
    return { text: r.text, version: null };
  }

  /** The roots that guard script paths for a file: the workspace folders that hold it, else its folder. */
  rootsFor(file: string): string[] {
    const holding = this.roots.filter((r) => insideRoots(file, [r]));
    return holding.length ? holding : [path.dirname(file)];
  }

  readScript: LintRequest['readScript'] = (fromUri, rel) => {
    if (isUrl(rel)) return { ok: false, uri: rel, reason: 'not-found', detail: 'a URL; reclint reads local files only' };
    const from = fsPath(fromUri);
    if (!from) {
      // A virtual workspace: scripts can be read only when they are open.
      let uri: string;
      try {
        uri = new URL(rel, fromUri).href;
      } catch {
        return { ok: false, uri: rel, reason: 'not-found' };
      }
      const doc = this.openDocument(uri);
      return doc ? { ok: true, uri, text: doc.getText() } : { ok: false, uri, reason: 'not-found', detail: 'in a virtual workspace reclint reads only open scripts' };
    }
    const abs = path.resolve(path.dirname(from), rel);
    const uri = canon(pathToFileURL(abs).href);
    const roots = this.rootsFor(from);
    if (!insideRoots(abs, roots)) return { ok: false, uri, reason: 'outside-root', detail: `${toDisplay(abs, path.dirname(from))} is outside the workspace folder` };
    const doc = this.openDocument(uri);
    if (doc) return { ok: true, uri, text: doc.getText() };
    const r = readTextFile(abs);
    if (!r.ok) return { ok: false, uri, reason: r.reason, detail: r.detail };
    if (r.invalidUtf8 || r.text.includes('\u0000')) return { ok: false, uri, reason: 'unreadable', detail: 'not UTF-8 text' };
    return { ok: true, uri, text: r.text };
  };

  // ---- settings and options ------------------------------------------------------------------

  /**
   * Settings are asked once per workspace folder (the scope of resource settings), not once per file:
   * a workspace of 2,000 policies costs one `workspace/configuration` request, not 2,000.
   */
  private settingsScope(uri: string): string {
    const p = fsPath(uri);
    if (!p) return uri;
    let best: string | undefined;
    for (const r of this.roots) if ((p === r || p.startsWith(r.endsWith(path.sep) ? r : r + path.sep)) && (!best || r.length > best.length)) best = r;
    return best ? canon(pathToFileURL(best).href) : uri;
  }

  async settingsFor(uri: string): Promise<ReclintSettings> {
    if (!this.configurationCapability) return this.globalSettings;
    const scope = this.settingsScope(uri);
    const hit = this.settingsCache.get(scope);
    if (hit) return hit;
    let s = this.globalSettings;
    try {
      const raw: unknown = await this.connection.workspace.getConfiguration({ scopeUri: this.clientUri.get(scope) ?? scope, section: 'reclint' });
      s = readSettings(raw);
    } catch (e) {
      this.error('could not read the reclint settings; using defaults', e);
    }
    this.settingsCache.set(scope, s);
    return s;
  }

  cachedSettings(uri: string): ReclintSettings {
    return this.settingsCache.get(this.settingsScope(uri)) ?? this.globalSettings;
  }

  settingsChanged(raw?: unknown): void {
    this.settingsCache.clear();
    this.units.clear();
    if (raw !== undefined) this.globalSettings = readSettings(raw);
  }

  fileConfig(uri: string): ReclintConfig {
    const p = fsPath(uri);
    if (!p) return {};
    try {
      return this.resolver.forFile(p).config;
    } catch (e) {
      this.error(`could not read the config for ${uri}`, e);
      return {};
    }
  }

  /** Editor settings under the workspace `.reclintrc.yaml` (the file wins). */
  options(uri: string): LintOptions {
    const s = this.cachedSettings(uri);
    const fromSettings: ReclintConfig = { rules: s.rules, jurisdiction: s.jurisdiction || undefined };
    return optionsFrom(mergeConfigs([fromSettings, this.fileConfig(uri)]));
  }

  /** Does the config's `files` / `ignores` leave this file out? */
  excluded(uri: string): boolean {
    const p = fsPath(uri);
    if (!p) return false;
    const c = this.fileConfig(uri);
    const chain = this.resolver.forFile(p).files;
    const base = chain.length ? path.dirname(chain[chain.length - 1].file) : this.rootsFor(p)[0];
    const rel = toDisplay(p, base);
    if (c.ignores && matchesAny(rel, c.ignores)) return true;
    if (c.files && !matchesAny(rel, c.files)) return true;
    return false;
  }

  // ---- indexing --------------------------------------------------------------------------------

  /** Find every policy and script in the workspace folders. */
  index(): number {
    let n = 0;
    for (const root of this.roots) {
      const ignores = this.fileConfig(canon(pathToFileURL(path.join(root, '_')).href)).ignores ?? [];
      for (const f of walk(root, { ignores, cwd: root })) {
        this.known.add(canon(pathToFileURL(f).href));
        n++;
      }
    }
    return n;
  }

  async lintWorkspace(): Promise<{ files: number; problems: number }> {
    this.indexing = true;
    this.sendStatus();
    try {
      this.resolver.clear();
      const before = new Set(this.known);
      this.known.clear();
      for (const d of this.documents.all()) this.noteOpened(d);
      this.index();
      for (const u of before) if (!this.known.has(u)) this.clear(u);
    } catch (e) {
      this.error('indexing the workspace failed', e);
    }
    await this.enqueue([...this.known, ...this.configShown.keys()]);
    await this.idle();
    this.sweepConfigs();
    this.indexing = false;
    this.sendStatus();
    let problems = 0;
    for (const d of this.published.values()) problems += d.length;
    return { files: this.known.size, problems };
  }

  // ---- scheduling ------------------------------------------------------------------------------

  /**
   * Lint a file (and its group) soon: at once (next tick) when it was not linted within the last `delay`
   * ms and no lint for it is waiting, else once at the end of that window, on the text it has then.
   */
  schedule(uri: string, delay: number): void {
    const c = canon(uri);
    // A lint that reads the latest text is already coming.
    if (this.timers.has(c) || this.pending.has(c)) return;
    if (this.running.has(c)) {
      // Running on an older text: lint again `delay` after it ends.
      this.rerun.set(c, Math.max(delay, this.rerun.get(c) ?? 0));
      return;
    }
    const last = this.lastLint.get(c);
    const wait = last === undefined ? 0 : Math.max(0, last + delay - Date.now());
    if (wait === 0) {
      // At once: queued now, so that background work sees it at its next chunk.
      void this.enqueue([c]);
      return;
    }
    this.timers.set(
      c,
      setTimeout(() => {
        this.timers.delete(c);
        void this.enqueue([c]);
      }, wait),
    );
  }

  /** Is another lint of this file on its way (so a result for an older text may be dropped)? */
  private lintComing(uri: string): boolean {
    return this.timers.has(uri) || this.pending.has(uri) || this.rerun.has(uri);
  }

  /** Lint now (serialised after any running lint); seeds that pile up are linted together. */
  enqueue(uris: readonly string[]): Promise<void> {
    for (const u of uris) this.pending.add(canon(u));
    const run = this.queue.then(async () => {
      if (this.pending.size > 0) {
        const seeds = [...this.pending];
        this.pending.clear();
        await this.lintSeeds(seeds);
      }
      await this.drainBackground();
    });
    this.queue = run.catch((e) => this.error('linting failed', e));
    return this.queue;
  }

  /** Resolves when nothing is waiting: no seeds, no background work. */
  async idle(): Promise<void> {
    for (let guard = 0; guard < 100_000 && (this.pending.size > 0 || this.background.size > 0); guard++) await this.enqueue([]);
    await this.queue;
  }
  /** Policies that read a script. */
  dependants(script: string): string[] {
    if (!this.readers) {
      this.readers = new Map();
      for (const [p, ss] of this.deps) for (const sc of ss) {
        const list = this.readers.get(sc) ?? [];
        list.push(p);
        this.readers.set(sc, list);
      }
    }
    return [...(this.readers.get(script) ?? [])];
  }

  /** Script → the policies that read it, rebuilt when `deps` changes. */
  private readers: Map<string, string[]> | undefined;

  private setDeps(policy: string, scripts: readonly string[]): void {
    const before = this.deps.get(policy);
    if (before && before.size === scripts.length && scripts.every((x) => before.has(x))) return;
    this.deps.set(policy, new Set(scripts));
    this.readers = undefined;
  }

  private dropDeps(policy: string): void {
    if (this.deps.delete(policy)) this.readers = undefined;
  }

  /** The closed group of files a change to the seeds affects. */
  group(seeds: readonly string[]): { policies: Set<string>; scripts: Set<string> } {
    const policies = new Set<string>();
    const scripts = new Set<string>();
    for (const s of seeds) {
      if (isPolicyUri(s)) policies.add(s);
      else if (isScriptUri(s)) scripts.add(s);
    }
    for (let changed = true, guard = 0; changed && guard < 1000; guard++) {
      changed = false;
      for (const p of policies) for (const s of this.deps.get(p) ?? []) if (!scripts.has(s)) { scripts.add(s); changed = true; }
      for (const s of scripts) for (const p of this.dependants(s)) if (!policies.has(p)) { policies.add(p); changed = true; }
    }
    return { policies, scripts };
  }

  private filesOf(g: { policies: Set<string>; scripts: Set<string> }, overrides?: ReadonlyMap<string, string>): { files: { uri: string; text: string }[]; versions: Map<string, number | null>; gone: string[] } {
    const files: { uri: string; text: string }[] = [];
    const versions = new Map<string, number | null>();
    const gone: string[] = [];
    for (const uri of [...g.policies, ...g.scripts]) {
      const o = overrides?.get(uri);
      const t = o !== undefined ? { text: o, version: null } : this.textOf(uri);
      if (!t) { gone.push(uri); continue; }
      if (!this.openDocument(uri) && this.excluded(uri)) { gone.push(uri); continue; }
      files.push({ uri, text: t.text });
      versions.set(uri, t.version);
    }
    return { files, versions, gone };
  }

  private lintFiles(files: { uri: string; text: string }[], overrides?: ReadonlyMap<string, string>): LintResult {
    const readScript: LintRequest['readScript'] = overrides
      ? (from, rel) => {
          const r = this.readScript(from, rel);
          const o = overrides.get(r.uri);
          return o !== undefined ? { ok: true, uri: r.uri, text: o } : r;
        }
      : this.readScript;
    return lint({ files, options: (u) => this.options(u), readScript });
  }

  /** Lint the group of a file synchronously with some texts replaced (fix-all); publishes nothing. */
  lintWith(uri: string, text: string): Finding[] {
    const c = canon(uri);
    const overrides = new Map([[c, text]]);
    const g = this.group([c]);
    const { files } = this.filesOf(g, overrides);
    if (!files.some((f) => f.uri === c)) files.push({ uri: c, text });
    return this.lintFiles(files, overrides).findings;
  }

  private async lintSeeds(seeds: readonly string[]): Promise<void> {
    for (const s of seeds) if (isConfigUri(s)) this.checkConfig(s);
    const linted = seeds.filter((s) => isPolicyUri(s) || isScriptUri(s));
    for (const s of linted) this.running.add(s);
    try {
      await this.lintGroup(linted);
    } finally {
      const now = Date.now();
      for (const u of this.running) this.lastLint.set(u, now);
      const again = [...this.rerun];
      this.running.clear();
      this.rerun.clear();
      for (const [u, delay] of again) this.schedule(u, delay);
    }
  }

  /** How many files a background chunk lints before it yields to the message loop (a few ms of work). */
  private static readonly CHUNK = 8;
  /** How long background work runs before it yields to the message loop. */
  private static readonly SLICE_MS = 10;
  /** More seeds than this (a workspace lint, a config change) are linted in the background, open documents first. */
  private static readonly FOREGROUND = 32;

  /**
   * Lint what the seeds change. A seed policy is linted alone; a seed script with every policy that
   * reads it. The seeds, open documents and scripts are linted now; other files (closed policies that
   * read an edited script, the rest of a workspace lint) go to the background.
   */
  private async lintGroup(seeds: readonly string[]): Promise<void> {
    const t0 = Date.now();
    this.memo = new BatchMemo();
    const work = new Set<string>();
    for (const s of seeds) {
      work.add(s);
      if (isScriptUri(s)) for (const p of this.dependants(s)) work.add(p);
    }
    const many = seeds.length > Workspace.FOREGROUND;
    const now: string[] = [];
    for (const u of work) {
      if (isScriptUri(u) || this.openDocument(u) || (!many && seeds.includes(u))) {
        now.push(u);
        this.background.delete(u);
      } else {
        this.background.add(u);
      }
    }
    await this.lintNow(now);
    if (now.length) this.log(`linted ${now.length} file(s) in ${Date.now() - t0} ms${this.background.size ? ` (${this.background.size} more in the background)` : ''}`);
    this.finishScripts();
    this.sendStatus();
  }

  /** Lint the background in chunks, yielding to the message loop every few milliseconds; new seeds go first. */
  private async drainBackground(): Promise<void> {
    let slice = Date.now();
    while (this.background.size > 0) {
      if (Date.now() - slice >= Workspace.SLICE_MS) {
        await new Promise<void>((r) => setImmediate(r));
        slice = Date.now();
      }
      if (this.pending.size > 0) {
        // A new edit waits for no more than one chunk: its run is queued after this one.
        return;
      }
      const chunk: string[] = [];
      for (const u of this.background) {
        chunk.push(u);
        if (chunk.length >= Workspace.CHUNK) break;
      }
      for (const u of chunk) this.background.delete(u);
      this.memo = new BatchMemo();
      await this.lintNow(chunk);
      this.finishScripts();
    }
    this.finishScripts();
    this.sendStatus();
  }

  /** Lint these files now: their units, then the diagnostics of each of them that is complete. */
  private async lintNow(uris: readonly string[]): Promise<void> {
    if (uris.length === 0) return;
    const all = this.globalSettings;
    try {
      for (const u of uris) await this.settingsFor(u);
      const files: { uri: string; text: string; version: number | null }[] = [];
      for (const u of uris) {
        if (!all.enable || !this.cachedSettings(u).enable) {
          this.forget(u, false);
          continue;
        }
        const t = this.textOf(u);
        if (!t || (!this.openDocument(u) && this.memo.excluded(u, () => this.excluded(u)))) {
          this.forget(u, !t && !this.openDocument(u));
          continue;
        }
        files.push({ uri: u, text: t.text, version: t.version });
      }
      if (files.length === 0) return;
      const result = lintUnits({ files, options: (u) => this.memo.options(u, () => this.options(u)), readScript: this.memoRead });
      this.runs++;
      for (const f of files) {
        const findings = result.units.get(f.uri) ?? [];
        if (isPolicyUri(f.uri)) {
          const old = this.units.get(f.uri);
          const reads = result.dependencies.get(f.uri) ?? [];
          this.units.set(f.uri, { text: f.text, version: f.version, findings, reads });
          this.setDeps(f.uri, reads);
          for (const s of new Set([...(old?.reads ?? []), ...reads])) if (!old || !samePointingInto(old.findings, findings, s)) this.toFinish.add(s);
          this.publishUnit(f.uri);
        } else {
          this.units.set(f.uri, { text: f.text, version: f.version, findings, reads: [] });
          this.toFinish.add(f.uri);
        }
      }
      // Scripts read along the way: their own findings, when they are new or their text changed.
      for (const [u, findings] of result.units) {
        if (!isScriptUri(u) || files.some((f) => f.uri === u)) continue;
        const text = result.texts.get(u);
        const old = this.units.get(u);
        if (text === undefined || (old && old.text === text)) continue;
        this.units.set(u, { text, version: this.openDocument(u)?.version ?? null, findings, reads: [] });
        this.toFinish.add(u);
      }
      this.checkConfigsOf(files.map((f) => f.uri));
      if (result.internalErrors) this.error(`${result.internalErrors} rule(s) failed; see the internal-error diagnostics`);
    } catch (e) {
      this.error(`linting ${uris.join(', ')} failed`, e);
      for (const u of uris) this.publishFailure(u, e);
    }
  }

  /** Script reads within a batch: each script read (and guarded) once, however many policies name it. */
  private readonly memoRead: LintRequest['readScript'] = (fromUri, rel) => this.memo.read(fromUri, rel, () => this.readScript(fromUri, rel));

  /**
   * Publish the scripts whose findings may have changed, once no policy is still waiting (a policy in
   * the background may read them without anyone knowing yet: it was never linted).
   */
  private finishScripts(): void {
    for (const p of this.background) if (isPolicyUri(p)) return;
    for (const s of [...this.toFinish]) {
      this.toFinish.delete(s);
      if (this.known.has(s) || this.openDocument(s)) this.publishUnit(s);
    }
  }

  /** A file's diagnostics, finished from the units that point into it, sent when they changed. */
  private publishUnit(uri: string): void {
    const own = this.units.get(uri);
    const sources = isScriptUri(uri) ? this.dependants(uri).sort().map((p) => this.units.get(p)).filter((u): u is LintUnit => !!u) : [];
    const text = own?.text ?? this.textOf(uri)?.text;
    if (text === undefined) return;
    const units = [own, ...sources].filter((u): u is LintUnit => !!u).map((u) => u.findings.filter((f) => f.uri === uri));
    const findings = finishLint(units, new Map([[uri, text]]), (u) => this.memo.options(u, () => this.options(u))).filter((f) => f.uri === uri);
    // The texts the findings' edits and related places point into.
    const texts = new Map<string, string>([[uri, text]]);
    for (const u of [own, ...sources]) if (u) for (const f of u.findings) if (f.uri === uri) for (const e of [...(f.fix?.edits ?? []), ...f.suggestions.flatMap((x) => x.edits)]) {
      if (!texts.has(e.uri)) {
        const t = this.units.get(e.uri)?.text ?? this.textOf(e.uri)?.text;
        if (t !== undefined) texts.set(e.uri, t);
      }
    }
    const linted = own?.version ?? null;
    const open = this.openDocument(uri);
    // The editor's text moved on since: the coming lint will publish for it.
    if (open && own && linted !== null && open.version !== linted && this.lintComing(uri)) return;
    const version = own ? linted ?? open?.version ?? null : open?.version ?? null;
    const lines = new LineIndexCache((u) => texts.get(u) ?? this.units.get(u)?.text ?? this.textOf(u)?.text);
    const byKey = new Map<string, Finding>();
    const diagnostics = findings.map((f) => {
      byKey.set(findingKey(f), f);
      return toDiagnostic(f, lines, version, this.relatedInformation);
    });
    this.store.set(uri, { version, byKey, texts });
    this.publish(uri, diagnostics, version);
  }

  /** A file that is not linted any more (disabled, excluded or gone): clear it and what it fed. */
  private forget(uri: string, gone: boolean): void {
    const old = this.units.get(uri);
    this.units.delete(uri);
    this.clear(uri);
    if (old && isPolicyUri(uri)) for (const s of old.reads) this.toFinish.add(s);
    if (gone) {
      this.known.delete(uri);
      this.dropDeps(uri);
    }
  }
  private publishFailure(uri: string, e: unknown): void {
    const f: Finding = {
      ruleId: INTERNAL_ERROR,
      severity: 'error',
      message: `reclint failed on this file (${e instanceof Error ? e.message : String(e)}). Other files are still linted; see the reclint output and please report this.`,
      uri,
      span: { start: 0, end: 0 },
      legalSource: '',
      docsUrl: docsUrlFor(INTERNAL_ERROR),
      related: [],
      suggestions: [],
    };
    const lines = new LineIndexCache(() => '');
    this.publish(uri, [toDiagnostic(f, lines, null, false)], this.openDocument(uri)?.version ?? null);
  }

  publish(uri: string, diagnostics: Diagnostic[], version: number | null): void {
    // A closed file's diagnostics that did not change are not sent again (2,000 policies that read an
    // edited script, say); an open document's are, each time it is linted (the editor expects them).
    const key = JSON.stringify([version, diagnostics]);
    if (this.published.has(uri) && this.publishedKey.get(uri) === key && !this.openDocument(uri)) return;
    this.publishedKey.set(uri, key);
    this.published.set(uri, diagnostics);
    const target = this.clientUri.get(uri) ?? uri;
    void this.connection.sendDiagnostics({ uri: target, diagnostics, version: version ?? undefined }).catch((e: unknown) => this.error('could not send diagnostics', e));
  }

  clear(uri: string): void {
    this.store.delete(uri);
    this.configShown.delete(uri);
    if (this.published.get(uri)?.length === 0) return;
    this.publish(uri, [], null);
  }

  clearAll(): void {
    for (const u of [...this.published.keys()]) this.clear(u);
    this.sendStatus();
  }

  // ---- .reclintrc.yaml problems ---------------------------------------------------------------

  /** Show the problems of the configs that govern these files (each config is published when it changes). */
  private checkConfigsOf(uris: readonly string[]): void {
    const dirs = new Set<string>();
    for (const u of uris) {
      const p = fsPath(u);
      if (!p || dirs.has(path.dirname(p))) continue;
      dirs.add(path.dirname(p));
      try {
        for (const c of this.resolver.forFile(p).files) this.checkConfig(canon(pathToFileURL(c.file).href), c);
      } catch (e) {
        this.error(`could not read the config for ${u}`, e);
      }
    }
  }

  /** Publish a config file's syntax and schema problems: the editor's text when open, else the disk's. */
  checkConfig(uri: string, loaded?: LoadedConfig): void {
    const c = canon(uri);
    const doc = this.openDocument(c);
    let text: string;
    let problems: ConfigProblem[];
    if (!this.globalSettings.enable || !this.cachedSettings(c).enable) {
      this.clear(c);
      return;
    }
    if (doc) {
      text = doc.getText();
      problems = parseConfigText(text).problems;
    } else {
      const p = fsPath(c);
      if (!p || !readTextFile(p).ok) {
        this.clear(c);
        return;
      }
      const l = loaded ?? this.resolver.load(p);
      text = l.text;
      problems = l.problems;
    }
    const version = doc?.version ?? null;
    const lines = new LineIndexCache(() => text);
    const diagnostics = problems.map((p) => toDiagnostic(configFinding(c, p), lines, version, this.relatedInformation));
    const key = JSON.stringify([version, diagnostics]);
    const before = this.configShown.get(c);
    if (before === key) return;
    this.configShown.set(c, key);
    // A config that never had a problem needs no (empty) diagnostics.
    if (before === undefined && diagnostics.length === 0 && !this.published.has(c)) return;
    this.publish(c, diagnostics, version);
  }

  /** Forget configs that are neither open nor on disk any more. */
  private sweepConfigs(): void {
    for (const u of [...this.configShown.keys()]) {
      const p = fsPath(u);
      if (!this.openDocument(u) && (!p || !readTextFile(p).ok)) this.clear(u);
    }
  }

  sendStatus(): void {
    let errors = 0;
    let warnings = 0;
    for (const ds of this.published.values()) for (const d of ds) {
      if (d.severity === 1) errors++;
      else if (d.severity === 2) warnings++;
    }
    const state: StatusParams['state'] = !this.globalSettings.enable ? 'disabled' : this.indexing ? 'indexing' : 'idle';
    const params: StatusParams = { state, errors, warnings, files: this.known.size };
    void this.connection.sendNotification(MESSAGES.status, params).catch(() => undefined);
  }

  /** Forget everything about one file's findings and lint what depends on a changed config or file. */
  fileChanged(uri: string, kind: 'created' | 'changed' | 'deleted'): string[] {
    const c = canon(uri);
    if (isConfigUri(c)) {
      this.resolver.clear();
      return [c, ...this.known];
    }
    if (!isPolicyUri(c) && !isScriptUri(c)) return [];
    if (kind === 'deleted') {
      if (this.openDocument(c)) return this.dependants(c);
      const affected = this.affectedByRemoval(c);
      this.known.delete(c);
      this.dropDeps(c);
      this.units.delete(c);
      this.clear(c);
      return affected;
    }
    this.known.add(c);
    // An open document's text is the editor's: a change on disk does not matter for it, but may for others.
    if (this.openDocument(c)) return this.dependants(c);
    return [c];
  }
}

/** A file's lint unit as the server keeps it. */
interface LintUnit {
  text: string;
  /** The editor's version of the text, or null for the disk's. */
  version: number | null;
  /** Raw findings (before severities, dedupe and suppressions), wherever they point. */
  findings: Finding[];
  /** For a policy: the scripts it read. */
  reads: string[];
}

/** Did a unit's findings that point into `uri` stay the same? */
function samePointingInto(a: readonly Finding[], b: readonly Finding[], uri: string): boolean {
  const pick = (l: readonly Finding[]) => JSON.stringify(l.filter((f) => f.uri === uri));
  return pick(a) === pick(b);
}

/** What one lint batch may reuse: texts do not change within it. */
class BatchMemo {
  private readonly reads = new Map<string, ReturnType<LintRequest['readScript']>>();
  private readonly opts = new Map<string, LintOptions>();
  private readonly excl = new Map<string, boolean>();

  /** A script read, once per folder and path (the guard and the result depend on nothing else). */
  read(fromUri: string, rel: string, get: () => ReturnType<LintRequest['readScript']>): ReturnType<LintRequest['readScript']> {
    return once(this.reads, `${fromUri.slice(0, fromUri.lastIndexOf('/') + 1)}\u0000${rel}`, get);
  }

  options(uri: string, get: () => LintOptions): LintOptions {
    return once(this.opts, uri, get);
  }

  excluded(uri: string, get: () => boolean): boolean {
    return once(this.excl, uri, get);
  }
}

function once<V>(m: Map<string, V>, key: string, get: () => V): V {
  if (m.has(key)) return m.get(key) as V;
  const v = get();
  m.set(key, v);
  return v;
}

/** A config problem as a finding (rule `schema`, as the CLI reports it). */
function configFinding(uri: string, p: ConfigProblem): Finding {
  return { ruleId: 'schema', severity: 'error', message: p.message, uri, span: p.span, legalSource: '', docsUrl: docsUrlFor('schema'), related: [], suggestions: [] };
}
