/**
 * The server's view of the workspace: open documents over files on disk, which policy reads which
 * script, and when to lint. A change lints its "group": the policies it touches, the scripts they read
 * and every other policy that reads one of those scripts, so each file gets exactly the findings the
 * CLI gives it. Linting is throttled per URI (the first change lints at once, a burst at most once per
 * `validationDelay`), serialised, and never throws. `.reclintrc.yaml` problems are shown on that file.
 */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { mergeConfigs, optionsFrom, parseConfigText, type ConfigProblem, type LintOptions, type ReclintConfig } from '../core/config';
import { INTERNAL_ERROR, isPolicyUri, isScriptUri, lint, type LintRequest, type LintResult } from '../core/engine';
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
    this.deps.delete(c);
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

  async settingsFor(uri: string): Promise<ReclintSettings> {
    if (!this.configurationCapability) return this.globalSettings;
    const hit = this.settingsCache.get(uri);
    if (hit) return hit;
    let s = this.globalSettings;
    try {
      const raw: unknown = await this.connection.workspace.getConfiguration({ scopeUri: this.clientUri.get(uri) ?? uri, section: 'reclint' });
      s = readSettings(raw);
    } catch (e) {
      this.error('could not read the reclint settings; using defaults', e);
    }
    this.settingsCache.set(uri, s);
    return s;
  }

  cachedSettings(uri: string): ReclintSettings {
    return this.settingsCache.get(uri) ?? this.globalSettings;
  }

  settingsChanged(raw?: unknown): void {
    this.settingsCache.clear();
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
      if (this.pending.size === 0) return;
      const seeds = [...this.pending];
      this.pending.clear();
      await this.lintSeeds(seeds);
    });
    this.queue = run.catch((e) => this.error('linting failed', e));
    return this.queue;
  }

  /** Policies that read a script. */
  dependants(script: string): string[] {
    const out: string[] = [];
    for (const [p, ss] of this.deps) if (ss.has(script)) out.push(p);
    return out;
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

  private async lintGroup(seeds: readonly string[]): Promise<void> {
    const all = this.globalSettings;
    let g = this.group(seeds);
    for (let round = 0; round < 3; round++) {
      const uris = [...g.policies, ...g.scripts];
      if (uris.length === 0) return;
      try {
        for (const u of uris) await this.settingsFor(u);
        const enabled = uris.filter((u) => this.cachedSettings(u).enable && all.enable);
        for (const u of uris) if (!enabled.includes(u)) this.clear(u);
        if (enabled.length === 0) return;
        const { files, versions, gone } = this.filesOf({ policies: new Set(enabled.filter(isPolicyUri)), scripts: new Set(enabled.filter(isScriptUri)) });
        for (const u of gone) {
          this.clear(u);
          if (!this.openDocument(u) && !this.textOf(u)) { this.known.delete(u); this.deps.delete(u); }
        }
        for (const f of files) this.running.add(f.uri);
        const t0 = Date.now();
        const result = this.lintFiles(files);
        this.runs++;
        // New dependencies may pull other policies into the group: lint the larger group again.
        for (const f of files) if (isPolicyUri(f.uri)) this.deps.set(f.uri, new Set(result.dependencies.get(f.uri) ?? []));
        const bigger = this.group(uris);
        if ((bigger.policies.size > g.policies.size || bigger.scripts.size > g.scripts.size) && round < 2) {
          g = bigger;
          continue;
        }
        this.publishResult(result, files.map((f) => f.uri), versions);
        this.checkConfigsOf(files.map((f) => f.uri));
        if (result.internalErrors) this.error(`${result.internalErrors} rule(s) failed; see the internal-error diagnostics`);
        this.log(`linted ${files.length} file(s) in ${Date.now() - t0} ms`);
      } catch (e) {
        this.error(`linting ${uris.join(', ')} failed`, e);
        for (const u of seeds) this.publishFailure(u, e);
      }
      break;
    }
    this.sendStatus();
  }

  private publishResult(result: LintResult, linted: readonly string[], versions: Map<string, number | null>): void {
    const byUri = new Map<string, Finding[]>();
    for (const u of linted) byUri.set(u, []);
    for (const f of result.findings) {
      const list = byUri.get(f.uri) ?? [];
      list.push(f);
      byUri.set(f.uri, list);
    }
    const lines = new LineIndexCache((u) => result.texts.get(u) ?? this.textOf(u)?.text);
    for (const [uri, findings] of byUri) {
      const linted = versions.get(uri);
      const open = this.openDocument(uri);
      // The editor's text moved on while this lint ran: the coming lint will publish for it.
      if (open && linted !== undefined && open.version !== linted && this.lintComing(uri)) continue;
      const version = linted ?? open?.version ?? null;
      const byKey = new Map<string, Finding>();
      const diagnostics = findings.map((f) => {
        byKey.set(findingKey(f), f);
        return toDiagnostic(f, lines, version, this.relatedInformation);
      });
      this.store.set(uri, { version, byKey, texts: result.texts });
      this.publish(uri, diagnostics, version);
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
      this.deps.delete(c);
      this.clear(c);
      return affected;
    }
    this.known.add(c);
    // An open document's text is the editor's: a change on disk does not matter for it, but may for others.
    if (this.openDocument(c)) return this.dependants(c);
    return [c];
  }
}

/** A config problem as a finding (rule `schema`, as the CLI reports it). */
function configFinding(uri: string, p: ConfigProblem): Finding {
  return { ruleId: 'schema', severity: 'error', message: p.message, uri, span: p.span, legalSource: '', docsUrl: docsUrlFor('schema'), related: [], suggestions: [] };
}
