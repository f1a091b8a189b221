/** Quick fixes, suggestions, disable-next-line, rule docs and `source.fixAll.reclint`. */
import { CodeActionKind, type AnnotatedTextEdit, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type Range, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { INTERNAL_ERROR } from '../core/engine';
import type { Finding, Fix } from '../core/findings';
import { fixToFixedPoint } from '../core/fix';
import { text } from '../core/i18n/catalog';
import { DEFAULT_LOCALE, type Locale } from '../core/i18n/locale';
import { starterPolicy } from '../core/init';
import { LineIndex } from '../core/text';
import { SERVER_COMMANDS } from '../settings';
import { isDiagnosticData, LineIndexCache, minimalEdit, SOURCE, toWorkspaceEdit } from './convert';
import { NOTICE_RULES, rewriteNoticeActions, writeNoticeActions } from './notice-actions';
import { canon, isConfigUri } from './uris';
import type { Workspace } from './workspace';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.reclint`;

/** Does the client's `only` filter ask for this kind? */
function wanted(only: readonly string[] | undefined, kind: string, byDefault: boolean): boolean {
  if (!only || only.length === 0) return byDefault;
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

const OTHER_FILE = 'reclint.other-file';

/** The range `newText` covers once inserted at `start` (for selecting what a fix wrote). */
function insertedRange(lines: LineIndexCache, uri: string, start: number, newText: string): Range {
  const from = lines.range(uri, { start, end: start }).start;
  const rows = newText.split(/\r\n|\r|\n/);
  const end = rows.length === 1 ? { line: from.line, character: from.character + rows[0].length } : { line: from.line + rows.length - 1, character: rows[rows.length - 1].length };
  return { start: from, end };
}

/**
 * The edit of a fix, each file addressed as the client knows it. A fix that also changes another file
 * (the notice in the script, say) must not do so unseen: when the client can, an edit to a file that is
 * not open needs the user's confirmation (VS Code shows the change first), and the action then opens
 * the other file with what changed selected.
 */
function editFor(ws: Workspace, fix: Fix, texts: Map<string, string>, own?: string): { edit: WorkspaceEdit; command?: Command } {
  const lines = new LineIndexCache((u) => texts.get(u) ?? ws.textOf(u)?.text);
  const others = [...new Set(fix.edits.map((e) => e.uri))].filter((u) => u !== own);
  if (!own || others.length === 0) {
    const edit = toWorkspaceEdit(fix.edits, lines);
    const changes: NonNullable<WorkspaceEdit['changes']> = {};
    for (const [u, es] of Object.entries(edit.changes ?? {})) changes[ws.clientUriOf(u)] = es;
    return { edit: { changes } };
  }
  const first = [...fix.edits].filter((e) => e.uri === others[0]).sort((a, b) => a.start - b.start)[0];
  const command: Command | undefined = ws.editCapabilities.showDocument ? { title: text(ws.locale, 'action.showChange'), command: SERVER_COMMANDS.showChange, arguments: [ws.clientUriOf(others[0]), insertedRange(lines, others[0], first.start, first.newText)] } : undefined;
  if (!ws.editCapabilities.annotations) {
    const edit = toWorkspaceEdit(fix.edits, lines);
    const changes: NonNullable<WorkspaceEdit['changes']> = {};
    for (const [u, es] of Object.entries(edit.changes ?? {})) changes[ws.clientUriOf(u)] = es;
    return { edit: { changes }, command };
  }
  const closed = others.filter((u) => !ws.openDocument(u));
  const byUri = new Map<string, AnnotatedTextEdit[]>();
  for (const e of fix.edits) {
    const te = { range: lines.range(e.uri, { start: e.start, end: e.end }), newText: e.newText, annotationId: OTHER_FILE };
    const list = byUri.get(e.uri) ?? [];
    if (!closed.includes(e.uri)) delete (te as Partial<AnnotatedTextEdit>).annotationId;
    list.push(te);
    byUri.set(e.uri, list);
  }
  const documentChanges = [...byUri].map(([u, edits]) => ({ textDocument: { uri: ws.clientUriOf(u), version: null }, edits }));
  const name = (u: string) => u.replace(/^.*\//, '');
  const edit: WorkspaceEdit = closed.length
    ? { documentChanges, changeAnnotations: { [OTHER_FILE]: { label: text(ws.locale, 'action.otherFileLabel', { files: closed.map(name).join(', ') }), description: text(ws.locale, 'action.otherFileDescription'), needsConfirmation: true } } }
    : { documentChanges };
  return { edit, command };
}

const DIRECTIVE = /^([ \t]*#[ \t]*reclint-disable-next-line\b)([^\r\n]*?)([ \t]*--[^\r\n]*)?$/;

/** The edit that silences a rule on a line: a new directive above it, or the id added to one already there. */
export function disableEdit(fileText: string, line: number, ruleId: string, locale: Locale = DEFAULT_LOCALE): { start: number; end: number; newText: string } | undefined {
  const idx = new LineIndex(fileText);
  const start = idx.lineStart(line);
  const lineText = fileText.slice(start, idx.lineEnd(line));
  if (line > 0) {
    const prevStart = idx.lineStart(line - 1);
    const prev = fileText.slice(prevStart, idx.lineEnd(line - 1));
    const m = DIRECTIVE.exec(prev);
    if (m) {
      const ids = m[2].split(/[\s,]+/).filter(Boolean);
      if (ids.includes(ruleId)) return undefined;
      const at = prevStart + m[1].length + m[2].length;
      return { start: at, end: at, newText: ids.length ? `, ${ruleId}` : ` ${ruleId}` };
    }
  }
  const indent = /^[ \t]*/.exec(lineText)![0];
  const eol = fileText.includes('\r\n') ? '\r\n' : '\n';
  return { start, end: start, newText: `${indent}# reclint-disable-next-line ${ruleId} -- ${text(locale, 'action.reasonPlaceholder')}${eol}` };
}

function validRange(r: unknown): boolean {
  const ok = (p: unknown) => {
    const q = p as { line?: unknown; character?: unknown } | undefined;
    return Number.isInteger(q?.line) && (q!.line as number) >= 0 && Number.isInteger(q?.character) && (q!.character as number) >= 0;
  };
  const q = r as { start?: unknown; end?: unknown } | undefined;
  return ok(q?.start) && ok(q?.end);
}

export function codeActions(ws: Workspace, doc: TextDocument, params: CodeActionParams): CodeAction[] {
  const uri = canon(doc.uri);
  const out: CodeAction[] = [];
  const only = params.context.only;
  const stored = ws.store.get(uri);
  const fresh = stored !== undefined && (stored.version === null || stored.version === doc.version);
  // JSON has no comments, and a config's problems are not findings a directive can silence.
  const canDisable = !/\.json$/i.test(uri) && !isConfigUri(uri);
  // The notice actions offered as quick fixes (policy#recording#language): the rewrite is not offered again.
  const noticesOffered = new Set<string>();
  if (wanted(only, CodeActionKind.QuickFix, true)) {
    const docsShown = new Set<string>();
    const disabled = new Set<string>();
    for (const d of params.context.diagnostics) {
      if (d?.source !== SOURCE || !validRange(d.range)) continue;
      const ruleId = typeof d.code === 'string' ? d.code : undefined;
      if (!ruleId) continue;
      const finding: Finding | undefined = fresh && isDiagnosticData(d.data) ? stored!.byKey.get(d.data.key) : undefined;
      if (finding?.fix) {
        const fix: CodeAction = { title: finding.fix.title, kind: CodeActionKind.QuickFix, isPreferred: true, diagnostics: [d], ...editFor(ws, finding.fix, stored!.texts, uri) };
        out.push(fix);
      }
      for (const s of finding?.suggestions ?? []) {
        const suggestion: CodeAction = { title: s.title, kind: CodeActionKind.QuickFix, diagnostics: [d], ...editFor(ws, s, stored!.texts, uri) };
        out.push(suggestion);
      }
      if (finding && NOTICE_RULES.has(ruleId)) {
        for (const a of writeNoticeActions(ws, uri, finding, d, noticesOffered, (edits, own) => editFor(ws, { title: '', edits }, stored!.texts, own))) out.push(a);
      }
      if (canDisable && ruleId !== INTERNAL_ERROR && !disabled.has(`${d.range.start.line}:${ruleId}`)) {
        disabled.add(`${d.range.start.line}:${ruleId}`);
        const e = disableEdit(doc.getText(), d.range.start.line, ruleId, ws.locale);
        if (e) {
          const pos = doc.positionAt(e.start);
          out.push({ title: text(ws.locale, 'action.disable', { rule: ruleId }), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { changes: { [doc.uri]: [{ range: { start: pos, end: pos }, newText: e.newText }] } } });
        }
      }
      if (ruleId === 'script-not-named') {
        const create = createPolicyAction(ws, doc, d);
        if (create) out.push(create);
      }
      if (!docsShown.has(ruleId) && d.codeDescription?.href) {
        docsShown.add(ruleId);
        const title = text(ws.locale, 'action.showDocs', { rule: ruleId });
        out.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title, command: SERVER_COMMANDS.showDocumentation, arguments: [d.codeDescription.href] } });
      }
    }
  }
  // On a recording's `announcement` with no finding that asks for it: the notice as a rewrite.
  if (wanted(only, CodeActionKind.RefactorRewrite, true) && fresh && noticesOffered.size === 0) {
    for (const a of rewriteNoticeActions(ws, uri, doc.offsetAt(params.range.start), new Set(), (edits, own) => editFor(ws, { title: '', edits }, stored!.texts, own))) out.push(a);
  }
  if (wanted(only, FIX_ALL_KIND, false)) {
    const edit = fixAllEdit(ws, doc);
    if (edit) out.push({ title: text(ws.locale, 'action.fixAll'), kind: FIX_ALL_KIND, edit });
  }
  return out;
}

/**
 * "Create a policy for this script" on a script no policy names: the starter `reclint init` writes
 * (core/init.ts), as a new file beside the script, opened afterwards. Never over an existing file: the
 * action is then shown disabled with the reason.
 */
function createPolicyAction(ws: Workspace, doc: TextDocument, d: Diagnostic): CodeAction | undefined {
  if (!ws.editCapabilities.createFiles) return undefined;
  const uri = canon(doc.uri);
  const o = ws.options(uri);
  const r = starterPolicy(uri, doc.getText(), { defaultJurisdiction: o.jurisdiction, phrases: o.phrases });
  if (!r.ok) return undefined;
  const target = `${doc.uri.slice(0, doc.uri.lastIndexOf('/') + 1)}${encodeURIComponent(r.fileName)}`;
  const title = text(ws.locale, 'action.createPolicy', { file: r.fileName });
  if (ws.textOf(canon(target)) !== undefined) return { title, kind: CodeActionKind.QuickFix, diagnostics: [d], disabled: { reason: text(ws.locale, 'action.createPolicyExists', { file: r.fileName }) } };
  const start = { line: 0, character: 0 };
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    edit: { documentChanges: [{ kind: 'create', uri: target, options: { ignoreIfExists: true } }, { textDocument: { uri: target, version: null }, edits: [{ range: { start, end: start }, newText: r.text }] }] },
    ...(ws.editCapabilities.showDocument ? { command: { title: text(ws.locale, 'action.openNewPolicy'), command: SERVER_COMMANDS.showChange, arguments: [target, { start, end: start }] } } : {}),
  };
}

/** Every safe fix in one document, to a fixed point, as one minimal edit. */
export function fixAllEdit(ws: Workspace, doc: TextDocument): WorkspaceEdit | undefined {
  const uri = canon(doc.uri);
  const text = doc.getText();
  const fixed = fixToFixedPoint(uri, text, (t) => ws.lintWith(uri, t));
  const e = minimalEdit(uri, text, fixed.text);
  if (!e) return undefined;
  const idx = new LineIndex(text);
  return { changes: { [doc.uri]: [{ range: idx.rangeOf({ start: e.start, end: e.end }), newText: e.newText }] } };
}

export type { Diagnostic };
