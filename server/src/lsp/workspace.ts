/**
 * The server's view of the workspace, as one facade over small parts: the project host (files,
 * configs, script reads: the CLI's own), the settings, the lint units and project graph, the
 * scheduler (throttle, background), the lint step, the publisher and the config diagnostics. Open
 * documents count over files on disk. Nothing here throws at the connection.
 */
import { DEFAULT_LOCALE, type Locale } from '../core/i18n/locale';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { mergeConfigs, type LintOptions, type NoticeConfig } from '../core/config';
import { isPolicyUri, isScriptUri } from '../core/engine';
import type { Finding } from '../core/findings';
import { readTextFile } from '../host/node';
import { ProjectHost } from '../host/project';
import { BASELINE_FILE } from '../core/baseline';
import { Baselines } from './baselines';
import { ConfigDiagnostics } from './config-diagnostics';
import { UnitStore } from './lint-units';
import { Linter } from './linter';
import { Publisher } from './publisher';
import { REAL_CLOCK, Scheduler, type Clock } from './scheduler';
import { SettingsStore } from './settings-store';
import { canon, ClientUris, fsPath, isConfigUri } from './uris';

export class Workspace {
  /** Policies and scripts known to exist (on disk or open), by canonical URI. */
  readonly known = new Set<string>();
  readonly settings: SettingsStore;
  readonly publisher: Publisher;
  readonly scheduler: Scheduler;
  private readonly clients = new ClientUris();
  /** `reclint-suppressions.json` of each workspace folder. */
  private readonly baselines = new Baselines(() => this.folders, (m, e) => this.error(m, e));
  private readonly units = new UnitStore();
  private readonly configs: ConfigDiagnostics;
  private readonly linter: Linter;
  private project: ProjectHost;
  private folders: string[] = [];
  private indexing = false;
  /** The workspace was indexed and linted at least once. */
  private linted = false;
  /** What the client can do with an edit to another file (set at `initialize`). */
  editCapabilities = { annotations: false, showDocument: false, createFiles: false };
  /** The language of messages, hovers and titles: the client's display language (`initialize`'s `locale`). Set before `roots`. */
  locale: Locale = DEFAULT_LOCALE;

  constructor(private readonly connection: Connection, private readonly documents: TextDocuments<TextDocument>, clock: Clock = REAL_CLOCK) {
    const error = (m: string, e?: unknown) => this.error(m, e);
    this.settings = new SettingsStore(connection, { roots: () => this.folders, clientUri: (u) => this.clients.of(u), error });
    this.publisher = new Publisher(connection, { isOpen: (u) => !!this.openDocument(u), uriOf: (u) => this.clients.of(u) }, error);
    this.configs = new ConfigDiagnostics(this.publisher, {
      host: () => this.project,
      openText: (u) => { const d = this.openDocument(u); return d ? { text: d.getText(), version: d.version } : undefined; },
      enabled: (u) => this.settings.enabled(u),
      relatedInformation: () => this.publisher.relatedInformation,
      error,
    });
    this.linter = new Linter({
      host: () => this.project,
      textOf: (u) => this.textOf(u),
      openVersion: (u) => this.openDocument(u)?.version,
      isKnown: (u) => this.known.has(u) || this.units.graph.readersOf(u).length > 0,
      indexed: () => this.linted,
      baseline: (u, findings) => this.baselines.apply(u, findings),
      gone: (u) => this.known.delete(u),
      status: () => this.sendStatus(),
      log: (m) => this.log(m),
      error,
    }, this.units, this.publisher, this.configs, this.settings);
    this.scheduler = new Scheduler(this.linter, clock);
    this.linter.scheduler = this.scheduler;
    this.project = this.newHost();
  }

  log(message: string): void {
    this.connection.console.log(`[reclint] ${message}`);
  }
  error(message: string, e?: unknown): void {
    const detail = e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : e === undefined ? '' : String(e);
    this.connection.console.error(`[reclint] ${message}${detail ? `: ${detail}` : ''}`);
  }

  /** The workspace folders, as file system paths: the project roots. */
  get roots(): string[] {
    return this.folders;
  }
  set roots(folders: string[]) {
    this.folders = folders;
    this.project = this.newHost();
  }

  private newHost(): ProjectHost {
    return new ProjectHost({ roots: this.folders, config: { kind: 'search' }, uris: { kind: 'file-url' }, over: { locale: this.locale } }, {
      overlay: (u) => this.openDocument(u)?.getText(),
      under: (u) => this.settings.layer(u),
    }, this.project?.resolver);
  }

  get host(): ProjectHost {
    return this.project;
  }
  get runs(): number {
    return this.linter.runs;
  }
  get store(): Publisher['store'] {
    return this.publisher.store;
  }

  options(uri: string): LintOptions {
    return this.project.options(uri);
  }
  readonly readScript: ProjectHost['readScript'] = (from, rel) => this.project.readScript(from, rel);

  /** The `notice:` section of the configs that apply to a file (the notice generator's defaults). */
  noticeConfig(uri: string): NoticeConfig {
    return mergeConfigs(this.project.layers(uri).map((l) => l.config)).notice ?? {};
  }

  /** The policies that read a script or flow. */
  readersOf(uri: string): string[] {
    return this.units.graph.readersOf(canon(uri));
  }

  // ---- documents and texts -------------------------------------------------------------------

  openDocument(uri: string): TextDocument | undefined {
    return this.documents.get(this.clients.of(uri)) ?? this.documents.get(uri);
  }

  /** A call flow some policy of the workspace names (only those get diagnostics, hover and symbols). */
  isNamedFlow(uri: string): boolean {
    return this.units.graph.readersOf(canon(uri)).length > 0;
  }

  clientUriOf(uri: string): string {
    return this.clients.of(uri);
  }

  noteOpened(doc: TextDocument): void {
    const c = this.clients.note(doc.uri);
    if (isPolicyUri(c) || isScriptUri(c)) this.known.add(c);
  }

  /** Forget an open document; a file that is gone from disk is forgotten altogether. Returns the files to lint again. */
  noteClosed(uri: string): string[] {
    const c = canon(uri);
    this.clients.forget(c);
    const p = fsPath(c);
    if (p && readTextFile(p).ok) return this.known.has(c) || isConfigUri(c) ? [c] : [];
    return this.removed(c);
  }

  /** A file gone from disk and editor: what read it (or what it read) is linted again without it. */
  private removed(c: string): string[] {
    const affected = this.units.graph.affectedByRemoval(c);
    this.known.delete(c);
    this.units.forget(c, true);
    this.scheduler.forget(c);
    this.clear(c);
    return affected;
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

  /** The roots that guard script paths for a file. */
  rootsFor(file: string): string[] {
    return this.project.guardFor(file);
  }

  // ---- settings, linting, publishing -------------------------------------------------------------

  settingsChanged(raw?: unknown): void {
    this.settings.changed(raw);
    this.units.clear();
    this.project.reset();
  }

  schedule(uri: string, delay: number): void {
    this.scheduler.schedule(canon(uri), delay);
  }
  enqueue(uris: readonly string[]): Promise<void> {
    return this.scheduler.enqueue(uris.map(canon));
  }
  idle(): Promise<void> {
    return this.scheduler.idle();
  }

  /** Lint the group of a file with its text replaced (fix-all), as publishing would; publishes nothing. */
  lintWith(uri: string, text: string): Finding[] {
    return this.linter.lintWith(canon(uri), text);
  }

  async lintWorkspace(): Promise<{ files: number; problems: number }> {
    this.indexing = true;
    this.sendStatus();
    try {
      this.project.reset(true);
      this.baselines.reload();
      const before = new Set(this.known);
      this.known.clear();
      for (const d of this.documents.all()) this.noteOpened(d);
      for (const root of this.folders) for (const f of this.project.find(root)) this.known.add(canon(this.project.uriOf(f)));
      for (const u of before) if (!this.known.has(u)) this.clear(u);
    } catch (e) {
      this.error('indexing the workspace failed', e);
    }
    await this.enqueue([...this.known, ...this.configs.uris()]);
    await this.idle();
    this.configs.sweep();
    this.indexing = false;
    this.linted = true;
    // Open scripts learn only now whether a policy reads them (script-not-named).
    for (const d of this.documents.all()) if (isScriptUri(canon(d.uri))) this.linter.publish(canon(d.uri));
    this.sendStatus();
    return { files: this.known.size, problems: this.publisher.count() };
  }

  clear(uri: string): void {
    this.configs.forget(uri);
    this.publisher.clear(uri);
  }

  clearAll(): void {
    for (const u of this.publisher.uris()) this.clear(u);
    this.sendStatus();
  }

  checkConfig(uri: string): void {
    this.configs.check(uri);
  }

  sendStatus(): void {
    this.publisher.status(!this.settings.global.enable ? 'disabled' : this.indexing ? 'indexing' : 'idle', this.known.size);
  }

  /** A file changed on disk: what to lint again. */
  fileChanged(uri: string, kind: 'created' | 'changed' | 'deleted'): string[] {
    const c = canon(uri);
    if (isConfigUri(c)) {
      this.project.reset(true);
      return [c, ...this.known];
    }
    if (c.endsWith(`/${BASELINE_FILE}`)) {
      this.baselines.reload();
      return [...this.known];
    }
    // A call flow matters while a policy names it: its readers are linted again.
    if (!isPolicyUri(c) && !isScriptUri(c)) return this.units.graph.readersOf(c).length ? [c, ...this.units.graph.readersOf(c)] : [];
    // An open document's text is the editor's: a change on disk does not matter for it, but may for others.
    if (kind === 'deleted' && !this.openDocument(c)) return this.removed(c);
    this.known.add(c);
    return this.openDocument(c) ? this.units.graph.readersOf(c) : [c];
  }
}
