/**
 * The playground: files in CodeMirror, linted on every change by the same engine as the CLI and the
 * editor (core/memory-project.ts), findings inline and as a list, fixes, the notice box, and a share
 * link that holds the whole state in the URL fragment. Nothing is sent anywhere.
 */
import { setDiagnostics } from '@codemirror/lint';
import { EditorSelection, type EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import type { Finding, Fix, TextEdit } from '../../server/src/core/findings';
import { starterPolicy } from '../../server/src/core/init';
import { MemoryProject, normalisePath } from '../../server/src/core/memory-project';
import { NOTICE_LANGS } from '../../server/src/core/notice/types';
import { LineIndex } from '../../server/src/core/text';
import { newState, toDiagnostic, type EditorHooks } from './editor';
import { EXAMPLES } from './examples';
import { defaultUiLang, t, type StringId } from './i18n';
import { renderFindings, renderNotice } from './panels';
import { renderRegister } from './register-view';
import { setupNoticeWriter } from './notice-writer';
import { decodeState, encodeState, type PlaygroundState, type UiLang } from './state';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

class Playground {
  private states = new Map<string, EditorState>();
  private active = '';
  private ui: UiLang = defaultUiLang();
  private notice = { text: '', lang: '' };
  private project = new MemoryProject(new Map());
  private findings: Finding[] = [];
  private view: EditorView;
  private pending: number | undefined;
  private shareTimer: number | undefined;
  /** Milliseconds the last lint took (read by the bench through `window.reclintPlayground`). */
  lastLintMs = 0;
  /** When the first findings were shown, in ms from navigation start. */
  firstFindingsAt: number | undefined;
  readonly hooks: EditorHooks = {
    project: () => this.project,
    applyFix: (fix) => this.applyFix(fix),
    docsLabel: () => t(this.ui, 'rule'),
    locale: () => this.ui,
  };

  constructor() {
    this.view = new EditorView({ parent: $('editor') });
  }

  load(state: PlaygroundState): void {
    this.ui = state.ui;
    this.notice = { ...state.notice };
    this.states = new Map(state.files.map((f) => [f.path, newState(f.path, f.text, this.hooks, () => this.changed())]));
    this.active = state.active;
    this.view.setState(this.states.get(this.active)!);
    ($('notice-text') as HTMLTextAreaElement).value = this.notice.text;
    ($('notice-lang') as HTMLSelectElement).value = this.notice.lang;
    this.renderChrome();
    this.lintNow();
  }

  snapshot(): PlaygroundState {
    this.saveActive();
    return { files: [...this.states].map(([path, s]) => ({ path, text: s.doc.toString() })), active: this.active, notice: { ...this.notice }, ui: this.ui };
  }

  private saveActive(): void {
    if (this.active) this.states.set(this.active, this.view.state);
  }

  private texts(): Map<string, string> {
    this.saveActive();
    return new Map([...this.states].map(([p, s]) => [p, s.doc.toString()]));
  }

  private changed(): void {
    if (this.pending !== undefined) clearTimeout(this.pending);
    this.pending = window.setTimeout(() => this.lintNow(), 30);
  }

  lintNow(): void {
    this.pending = undefined;
    const t0 = performance.now();
    const texts = this.texts();
    this.project = new MemoryProject(texts, { locale: this.ui });
    const r = this.project.lint();
    const config: Finding[] = r.configProblems.map((p) => ({ ruleId: 'schema', severity: 'error', message: p.message, uri: '.reclintrc.yaml', span: p.span, legalSource: '', docsUrl: '', related: [], suggestions: [] }));
    this.findings = [...config, ...r.findings];
    this.lastLintMs = performance.now() - t0;
    this.showDiagnostics();
    renderFindings($('findings'), this.findings, texts, this.ui, (f) => this.reveal(f));
    this.renderStarterButton();
    this.writer?.refresh();
    this.firstFindingsAt ??= performance.now();
    this.scheduleShare();
  }

  private showDiagnostics(): void {
    const len = this.view.state.doc.length;
    const diags = this.findings.filter((f) => f.uri === this.active).map((f) => toDiagnostic(f, len, this.hooks));
    this.view.dispatch(setDiagnostics(this.view.state, diags));
  }

  /** The findings with 1-based positions as `reclint --format json` gives them (the browser test compares the two). */
  report(): { file: string; ruleId: string; messageId: string; line: number; column: number; endLine: number; endColumn: number; message: string }[] {
    const texts = this.texts();
    return this.findings.map((f) => {
      const idx = new LineIndex(texts.get(f.uri) ?? '');
      const s = idx.positionAt(f.span.start);
      const e = idx.positionAt(f.span.end);
      return { file: f.uri, ruleId: f.ruleId, messageId: f.messageId ?? '', line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, message: f.message };
    });
  }

  open(path: string): void {
    if (path === this.active || !this.states.has(path)) return;
    this.saveActive();
    this.active = path;
    this.view.setState(this.states.get(path)!);
    this.renderTabs();
    this.showDiagnostics();
    this.renderStarterButton();
    this.scheduleShare();
  }

  private reveal(f: Finding): void {
    this.open(f.uri);
    const len = this.view.state.doc.length;
    const from = Math.min(f.span.start, len);
    this.view.dispatch({ selection: EditorSelection.range(from, Math.min(Math.max(from, f.span.end), len)), effects: EditorView.scrollIntoView(from, { y: 'center' }) });
    this.view.focus();
  }

  /** A fix may touch several files (a policy and its script): each is edited, the open one with undo. */
  applyFix(fix: Fix): void {
    this.saveActive();
    for (const uri of new Set(fix.edits.map((e) => e.uri))) {
      const edits = fix.edits.filter((e) => e.uri === uri);
      const state = this.states.get(uri);
      if (!state) continue;
      const changes = edits.map((e) => ({ from: e.start, to: e.end, insert: e.newText }));
      if (uri === this.active) this.view.dispatch({ changes });
      else this.states.set(uri, state.update({ changes }).state);
    }
    this.lintNow();
  }

  fixAll(): number {
    let fixes = 0;
    for (const path of [...this.states.keys()]) {
      const r = new MemoryProject(this.texts(), { locale: this.ui }).fix(path);
      if (r.fixes === 0) continue;
      fixes += r.fixes;
      const old = this.states.get(path)!.doc.toString();
      const state = this.states.get(path)!;
      const whole = { from: 0, to: old.length, insert: r.text };
      if (path === this.active) this.view.dispatch({ changes: whole });
      else this.states.set(path, state.update({ changes: whole }).state);
    }
    this.lintNow();
    return fixes;
  }

  /** "Start a policy for this script": shown on a script or flow that no policy reads. */
  private renderStarterButton(): void {
    const b = $('init-policy');
    b.hidden = !this.findings.some((f) => f.uri === this.active && f.ruleId === 'script-not-named');
  }

  /** The starter `reclint init` writes, as a new file beside the script (never over an existing one). */
  startPolicy(): string | undefined {
    const text = this.texts().get(this.active) ?? '';
    const r = starterPolicy(this.active, text);
    if (!r.ok) return r.reason;
    const dir = this.active.includes('/') ? this.active.slice(0, this.active.lastIndexOf('/') + 1) : '';
    const path = `${dir}${r.fileName}`;
    if (this.states.has(path)) return `${path} exists already`;
    this.saveActive();
    this.states.set(path, newState(path, r.text, this.hooks, () => this.changed()));
    this.open(path);
    this.lintNow();
    return undefined;
  }

  addFile(name: string): void {
    const path = normalisePath(name.trim());
    if (!path || this.states.has(path)) return;
    this.saveActive();
    this.states.set(path, newState(path, '', this.hooks, () => this.changed()));
    this.open(path);
    this.lintNow();
  }

  removeActive(): void {
    if (this.states.size <= 1) return;
    this.states.delete(this.active);
    this.active = '';
    const next = this.states.keys().next().value as string;
    this.active = next;
    this.view.setState(this.states.get(next)!);
    this.renderTabs();
    this.lintNow();
  }

  setUi(ui: UiLang): void {
    this.ui = ui;
    this.renderChrome();
    this.lintNow();
  }

  setNotice(text: string, lang: string): void {
    this.notice = { text, lang };
    renderNotice($('notice-out'), text, lang, this.ui);
    this.scheduleShare();
  }

  private scheduleShare(): void {
    if (this.shareTimer !== undefined) clearTimeout(this.shareTimer);
    this.shareTimer = window.setTimeout(() => void this.writeShare(), 300);
  }

  async writeShare(): Promise<string> {
    const hash = await encodeState(this.snapshot());
    history.replaceState(null, '', hash);
    return location.href;
  }

  private writer: { refresh(): void } | undefined;

  /** Edits of several files at once (the notice writer's), each file with undo where it is open. */
  applyEdits(edits: TextEdit[]): void {
    this.applyFix({ title: 'Write the notice', edits });
  }

  attachWriter(w: { refresh(): void }): void {
    this.writer = w;
    w.refresh();
  }

  /** The register of the page's policies, for the controller picked when they name several. */
  showRegister(controller?: string): void {
    this.lintNow();
    renderRegister($('register-out'), this.project, this.ui, controller, (c) => this.showRegister(c));
  }

  get currentProject(): MemoryProject {
    return this.project;
  }

  get uiLang(): UiLang {
    return this.ui;
  }

  private renderTabs(): void {
    const tabs = $('tabs');
    tabs.replaceChildren();
    for (const path of this.states.keys()) {
      const b = document.createElement('button');
      b.type = 'button';
      b.role = 'tab';
      b.className = 'tab';
      b.textContent = path;
      b.setAttribute('aria-selected', String(path === this.active));
      b.addEventListener('click', () => this.open(path));
      tabs.append(b);
    }
  }

  renderChrome(): void {
    document.documentElement.lang = this.ui;
    for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) el.textContent = t(this.ui, el.dataset.t as StringId);
    for (const el of document.querySelectorAll<HTMLElement>('[data-t-title]')) el.title = t(this.ui, el.dataset.tTitle as StringId);
    ($('notice-text') as HTMLTextAreaElement).placeholder = t(this.ui, 'noticePlaceholder');
    const langSel = $('notice-lang') as HTMLSelectElement;
    langSel.options[0].textContent = t(this.ui, 'detect');
    $('ui-lang').textContent = this.ui === 'nl' ? 'English' : 'Nederlands';
    const ex = $('example') as HTMLSelectElement;
    for (const o of ex.options) o.textContent = EXAMPLES.find((e) => e.id === o.value)?.title[this.ui] ?? o.value;
    this.renderTabs();
    renderNotice($('notice-out'), this.notice.text, this.notice.lang, this.ui);
  }
}

function exampleState(id: string, ui: UiLang): PlaygroundState {
  const ex = EXAMPLES.find((e) => e.id === id) ?? EXAMPLES[0];
  return { files: ex.files.map((f) => ({ ...f })), active: ex.files[0].path, notice: { text: '', lang: '' }, ui };
}

function status(text: string): void {
  $('status').textContent = text;
}

async function start(): Promise<void> {
  const langSel = $('notice-lang') as HTMLSelectElement;
  langSel.append(new Option('', ''), ...NOTICE_LANGS.map((l) => new Option(l, l)));
  const exSel = $('example') as HTMLSelectElement;
  exSel.append(...EXAMPLES.map((e) => new Option(e.id, e.id)));

  const pg = new Playground();
  const fromLink = location.hash ? await decodeState(location.hash) : undefined;
  pg.load(fromLink ?? exampleState(EXAMPLES[0].id, defaultUiLang()));
  if (location.hash && !fromLink) status(t(pg.uiLang, 'brokenLink'));

  exSel.addEventListener('change', () => pg.load(exampleState(exSel.value, pg.uiLang)));
  $('init-policy').addEventListener('click', () => {
    const problem = pg.startPolicy();
    status(problem ?? t(pg.uiLang, 'starterWritten'));
  });
  pg.attachWriter(setupNoticeWriter($('writer'), { project: () => pg.currentProject, apply: (edits) => pg.applyEdits(edits), ui: () => pg.uiLang }));
  $('show-register').addEventListener('click', () => {
    pg.showRegister();
    ($('register-dialog') as HTMLDialogElement).showModal();
  });
  $('register-close').addEventListener('click', () => ($('register-dialog') as HTMLDialogElement).close());
  $('ui-lang').addEventListener('click', () => pg.setUi(pg.uiLang === 'nl' ? 'en' : 'nl'));
  $('fix-all').addEventListener('click', () => {
    const n = pg.fixAll();
    status(n ? t(pg.uiLang, 'fixedSome', { n }) : t(pg.uiLang, 'fixedNone'));
  });
  $('add-file').addEventListener('click', () => {
    const name = prompt(t(pg.uiLang, 'addFilePrompt'));
    if (name) pg.addFile(name);
  });
  $('remove-file').addEventListener('click', () => {
    const active = pg.snapshot().active;
    if (confirm(t(pg.uiLang, 'removeConfirm', { file: active }))) pg.removeActive();
  });
  $('copy-link').addEventListener('click', async () => {
    const href = await pg.writeShare();
    try {
      await navigator.clipboard.writeText(href);
      status(t(pg.uiLang, 'copied'));
    } catch {
      status(t(pg.uiLang, 'copyFailed'));
    }
  });
  const noticeText = $('notice-text') as HTMLTextAreaElement;
  const onNotice = () => pg.setNotice(noticeText.value, langSel.value);
  noticeText.addEventListener('input', onNotice);
  langSel.addEventListener('change', onNotice);
  // For the browser test and the bench: the state and the last lint's time, read-only use.
  (window as unknown as { reclintPlayground: Playground }).reclintPlayground = pg;
  document.body.dataset.ready = 'true';
}

void start();
