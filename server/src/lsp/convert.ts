/** Findings to LSP diagnostics, core edits to LSP edits; offsets become line/character only here. */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type DiagnosticRelatedInformation, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { Finding, Severity, TextEdit } from '../core/findings';
import { LineIndex, type Span } from '../core/text';

export const SOURCE = 'reclint';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries in `data`: the key of its finding in the server's store. */
export interface DiagnosticData {
  key: string;
  version: number | null;
}

export function isDiagnosticData(v: unknown): v is DiagnosticData {
  return typeof v === 'object' && v !== null && typeof (v as DiagnosticData).key === 'string';
}

function hash(s: string): string {
  let h = 5381;
  for (let i = 0; i < s.length; i++) h = ((h * 33) ^ s.charCodeAt(i)) >>> 0;
  return h.toString(36);
}

/** A key that finds a finding again: rule, span and a hash of the message. */
export function findingKey(f: Finding): string {
  return `${f.ruleId}:${f.span.start}:${f.span.end}:${hash(f.message)}`;
}

export interface TextLookup {
  /** The text a uri had when it was linted (for offsets → positions). */
  text(uri: string): string | undefined;
}

export class LineIndexCache implements TextLookup {
  private readonly indexes = new Map<string, LineIndex>();
  constructor(private readonly texts: (uri: string) => string | undefined) {}
  text(uri: string): string | undefined {
    return this.texts(uri);
  }
  index(uri: string): LineIndex | undefined {
    let i = this.indexes.get(uri);
    if (!i) {
      const t = this.texts(uri);
      if (t === undefined) return undefined;
      i = new LineIndex(t);
      this.indexes.set(uri, i);
    }
    return i;
  }
  range(uri: string, span: Span) {
    const idx = this.index(uri) ?? new LineIndex('');
    return idx.rangeOf(span);
  }
}

export function toDiagnostic(f: Finding, lines: LineIndexCache, version: number | null, relatedSupport = true): Diagnostic {
  const related: DiagnosticRelatedInformation[] = relatedSupport
    ? f.related.map((r) => ({ location: { uri: r.uri, range: lines.range(r.uri, r.span) }, message: r.message }))
    : [];
  const d: Diagnostic = {
    range: lines.range(f.uri, f.span),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    codeDescription: { href: f.docsUrl },
    source: SOURCE,
    message: f.message,
    data: { key: findingKey(f), version } satisfies DiagnosticData,
  };
  if (related.length) d.relatedInformation = related;
  if (f.unnecessary) d.tags = [DiagnosticTag.Unnecessary];
  return d;
}

/** Core edits (possibly in several files) → a WorkspaceEdit. */
export function toWorkspaceEdit(edits: readonly TextEdit[], lines: LineIndexCache): WorkspaceEdit {
  const changes: Record<string, LspTextEdit[]> = {};
  for (const e of edits) {
    (changes[e.uri] ??= []).push({ range: lines.range(e.uri, { start: e.start, end: e.end }), newText: e.newText });
  }
  return { changes };
}

/** One edit that turns `before` into `after` (common prefix and suffix kept). */
export function minimalEdit(uri: string, before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let s = 0;
  const max = Math.min(before.length, after.length);
  while (s < max && before.charCodeAt(s) === after.charCodeAt(s)) s++;
  let e = 0;
  while (e < max - s && before.charCodeAt(before.length - 1 - e) === after.charCodeAt(after.length - 1 - e)) e++;
  // Do not split a surrogate pair or a CRLF.
  const splits = (t: string, i: number) => i > 0 && i < t.length && ((/[\uDC00-\uDFFF]/.test(t[i]) && /[\uD800-\uDBFF]/.test(t[i - 1])) || (t[i] === '\n' && t[i - 1] === '\r'));
  while (s > 0 && (splits(before, s) || splits(after, s))) s--;
  while (e > 0 && (splits(before, before.length - e) || splits(after, after.length - e))) e--;
  return { uri, start: s, end: before.length - e, newText: after.slice(s, after.length - e) };
}
