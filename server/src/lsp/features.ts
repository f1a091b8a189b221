/** Hover, completion, definition, symbols and rename: each a thin call into core/query. */
import { flowHover, flowSymbols, transcriptsOf } from '../core/query/flow';
import * as path from 'node:path';
import {
  CompletionItemKind,
  InsertTextMode,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type CompletionItem,
  type DocumentSymbol,
  type Hover,
  type Location,
  type Position,
  type Range,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { isPolicyUri, isScriptUri } from '../core/engine';
import { text } from '../core/i18n/catalog';
import { policyCompletion, type CompletionKind } from '../core/query/completion';
import { parsePolicyForQuery, type ParsedPolicy } from '../core/query/context';
import type { QueryEnv } from '../core/query/env';
import { directiveHover, policyHover, scriptHover, type HoverResult } from '../core/query/hover';
import { policyDefinition, policySymbols, scriptDefinition, scriptSymbols, triggerOccurrences, TRIGGER_ID, type DocSymbol, type SymbolKind as QSymbolKind } from '../core/query/navigation';
import { LineIndex, type Span } from '../core/text';
import { canon, fsPath } from './uris';
import type { Workspace } from './workspace';

interface Opened {
  uri: string;
  text: string;
  index: LineIndex;
  offset: number;
}

function open(ws: Workspace, uri: string, pos?: Position): Opened | undefined {
  const c = canon(uri);
  const t = ws.textOf(c);
  if (!t) return undefined;
  const index = new LineIndex(t.text);
  return { uri: c, text: t.text, index, offset: pos ? index.offsetAt(pos) : 0 };
}

/** Parsed policies, cached by text (hover and completion come in bursts). */
const parseCache = new Map<string, { text: string; doc: ParsedPolicy }>();
function parsed(o: Opened): ParsedPolicy {
  const hit = parseCache.get(o.uri);
  if (hit && hit.text === o.text) return hit.doc;
  const doc = parsePolicyForQuery(o.text);
  parseCache.set(o.uri, { text: o.text, doc });
  if (parseCache.size > 50) parseCache.delete(parseCache.keys().next().value as string);
  return doc;
}

export function queryEnv(ws: Workspace, uri: string): QueryEnv {
  return {
    uri,
    readScript: ws.readScript,
    configPhrases: ws.options(uri).phrases,
    locale: ws.locale,
    flows: ws.options(uri).flows,
    listScripts: () => {
      const p = fsPath(uri);
      if (!p) return [];
      const roots = ws.rootsFor(p);
      return [...ws.known]
        .filter((k) => isScriptUri(k))
        .map((k) => fsPath(k))
        .filter((k): k is string => !!k && roots.some((r) => !path.relative(r, k).startsWith('..')))
        .map((k) => path.relative(path.dirname(p), k).split(path.sep).join('/'))
        .sort();
    },
  };
}

/** reclint's hover at an offset of an open file, in the client's language. */
function hoverAt(ws: Workspace, o: Opened): HoverResult | undefined {
  if (isPolicyUri(o.uri)) return policyHover(parsed(o), o.offset, queryEnv(ws, o.uri));
  if (isScriptUri(o.uri)) return scriptHover(o.uri, o.text, o.offset, ws.options(o.uri).phrases, ws.locale);
  if (ws.isNamedFlow(o.uri)) return directiveHover(o.text, o.offset, ws.locale) ?? flowHover(o.uri, o.text, o.offset, ws.options(o.uri).phrases, transcriptsOf(o.uri, ws.readersOf(o.uri).map((u) => ({ uri: u, text: ws.textOf(u)?.text ?? '' })), ws.readScript), ws.locale);
  return undefined;
}

export function hover(ws: Workspace, uri: string, pos: Position): Hover | null {
  const o = open(ws, uri, pos);
  const r = o && hoverAt(ws, o);
  if (!o || !r) return null;
  return { contents: { kind: MarkupKind.Markdown, value: r.markdown }, range: o.index.rangeOf(r.span) };
}

const COMPLETION_KIND: Record<CompletionKind, CompletionItemKind> = {
  value: CompletionItemKind.Value,
  enum: CompletionItemKind.EnumMember,
  reference: CompletionItemKind.Reference,
  file: CompletionItemKind.File,
  key: CompletionItemKind.Property,
  snippet: CompletionItemKind.Snippet,
};

export function completion(ws: Workspace, uri: string, pos: Position): CompletionItem[] {
  const o = open(ws, uri, pos);
  if (!o || !isPolicyUri(o.uri)) return [];
  // Complete on the text as typed, even when it does not parse yet.
  const entries = policyCompletion(parsed(o), o.offset, queryEnv(ws, o.uri));
  return entries.map((e) => ({
    label: e.label,
    kind: COMPLETION_KIND[e.kind],
    detail: e.detail,
    documentation: e.documentation ? { kind: MarkupKind.PlainText, value: e.documentation } : undefined,
    sortText: e.sortText,
    filterText: e.label,
    insertTextFormat: e.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    // Multi-line inserts carry their own indentation: the client must not add the line's again.
    ...(e.insertText?.includes('\n') ? { insertTextMode: InsertTextMode.asIs } : {}),
    textEdit: { range: o.index.rangeOf(e.replace), newText: e.insertText ?? e.label },
  }));
}

function rangeIn(ws: Workspace, uri: string, span: Span, cache: Map<string, LineIndex>): Range {
  let idx = cache.get(uri);
  if (!idx) {
    idx = new LineIndex(ws.textOf(uri)?.text ?? '');
    cache.set(uri, idx);
  }
  return idx.rangeOf(span);
}

export function definition(ws: Workspace, uri: string, pos: Position): Location[] {
  const o = open(ws, uri, pos);
  if (!o) return [];
  const r = isPolicyUri(o.uri) ? policyDefinition(parsed(o), o.offset, queryEnv(ws, o.uri)) : isScriptUri(o.uri) ? scriptDefinition(o.uri, o.text, o.offset) : undefined;
  if (!r) return [];
  const cache = new Map<string, LineIndex>([[o.uri, o.index]]);
  return r.targets.map((t) => ({ uri: ws.clientUriOf(t.uri), range: rangeIn(ws, t.uri, t.span, cache) }));
}

const SYMBOL_KIND: Record<QSymbolKind, SymbolKind> = {
  recording: SymbolKind.Object,
  purpose: SymbolKind.EnumMember,
  use: SymbolKind.Event,
  trigger: SymbolKind.Event,
  'custom-purpose': SymbolKind.Enum,
  section: SymbolKind.Namespace,
  label: SymbolKind.Namespace,
  prompt: SymbolKind.String,
};

export function symbols(ws: Workspace, uri: string): DocumentSymbol[] {
  const o = open(ws, uri);
  if (!o) return [];
  const list = isPolicyUri(o.uri) ? policySymbols(parsed(o), ws.locale) : isScriptUri(o.uri) ? scriptSymbols(o.uri, o.text) : ws.isNamedFlow(o.uri) ? flowSymbols(o.uri, o.text) : [];
  const conv = (s: DocSymbol): DocumentSymbol => {
    const range = o.index.rangeOf(s.span);
    let selectionRange = o.index.rangeOf(s.selection);
    // The selection must lie inside the range.
    if (s.selection.start < s.span.start || s.selection.end > s.span.end) selectionRange = range;
    return { name: s.name || '(unnamed)', detail: s.detail, kind: SYMBOL_KIND[s.kind], range, selectionRange, children: s.children.map(conv) };
  };
  return list.map(conv);
}

export function prepareRename(ws: Workspace, uri: string, pos: Position): { range: Range; placeholder: string } | null {
  const o = open(ws, uri, pos);
  if (!o || !isPolicyUri(o.uri)) return null;
  const occ = triggerOccurrences(parsed(o), o.offset);
  if (!occ) return null;
  return { range: o.index.rangeOf(occ.at), placeholder: occ.id };
}

export class RenameError extends Error {}

export function rename(ws: Workspace, uri: string, pos: Position, newName: string): WorkspaceEdit | null {
  const o = open(ws, uri, pos);
  if (!o || !isPolicyUri(o.uri)) return null;
  const occ = triggerOccurrences(parsed(o), o.offset);
  if (!occ) return null;
  if (!TRIGGER_ID.test(newName)) throw new RenameError(text(ws.locale, 'rename.notATriggerId', { name: newName }));
  const doc = parsed(o);
  if (newName !== occ.id && doc.policy?.triggers.has(newName)) throw new RenameError(text(ws.locale, 'rename.exists', { name: newName }));
  return { changes: { [ws.clientUriOf(o.uri)]: occ.spans.map((s) => ({ range: o.index.rangeOf(s), newText: newName })) } };
}

/**
 * What the notice at a position announces (the "Show what this notice announces" command), in the
 * client's language, under a `#` title the client shows as the preview's name.
 */
export function noticeAnalysis(ws: Workspace, uri: string, pos: Position): string | null {
  const o = open(ws, uri, pos);
  if (!o) return null;
  const titled = (body: string) => `# ${text(ws.locale, 'notice.previewTitle')}\n\n${body}`;
  const here = hoverAt(ws, o);
  if (here?.notice) return titled(here.markdown);
  // Not on a notice: describe every notice prompt of the file (scripts) or of each recording (policies).
  const parts: string[] = [];
  if (isScriptUri(o.uri)) {
    const seen = new Set<number>();
    for (let line = 0; line < o.index.lineCount; line++) {
      const off = o.text.indexOf('"', o.index.lineStart(line));
      if (off < 0 || off > o.index.lineEnd(line)) continue;
      const r = scriptHover(o.uri, o.text, off + 1, ws.options(o.uri).phrases, ws.locale);
      if (r?.notice && !seen.has(r.span.start)) {
        seen.add(r.span.start);
        parts.push(r.markdown);
      }
    }
  } else if (isPolicyUri(o.uri)) {
    const doc = parsed(o);
    for (const rec of doc.policy?.recordings ?? []) {
      const at = rec.announcement?.text?.span.start ?? rec.announcement?.prompt?.span.start;
      if (at === undefined) continue;
      const r = policyHover(doc, at + 1, queryEnv(ws, o.uri));
      if (r) parts.push(`${text(ws.locale, 'notice.recordingHeading', { name: rec.id?.value ?? text(ws.locale, 'recording.numbered', { n: rec.index + 1 }) })}\n\n${r.markdown}`);
    }
  }
  return parts.length ? titled(parts.join('\n\n---\n\n')) : null;
}
