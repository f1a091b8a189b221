/** The one result type of reclint, used by the core, the CLI and the language server. */
import type { Span } from './text';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/** A plain text edit on one file: replace [start, end) (UTF-16 offsets) with `newText`. */
export interface TextEdit {
  uri: string;
  start: number;
  end: number;
  newText: string;
}

/** A fix or suggestion: a titled list of edits, applied together. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface RelatedLocation {
  uri: string;
  span: Span;
  message: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** One or two sentences: what is wrong, why (the article) and what to do. */
  message: string;
  /** Stable message key within the rule, so tests do not depend on wording. */
  messageId?: string;
  /** The values the rule filled into its message template for `messageId` (e.g. `{ purpose: 'marketing' }`). */
  data?: Readonly<Record<string, string | number>>;
  /** File the finding is in. */
  uri: string;
  /** UTF-16 offsets into that file. */
  span: Span;
  /** The legal source, e.g. "GDPR art. 13(1)(c)"; empty for format rules. */
  legalSource: string;
  docsUrl: string;
  related: RelatedLocation[];
  /** Safe fix: applied by `--fix` and offered as the preferred quick fix. */
  fix?: Fix;
  /** Edits that need a human judgement: offered in the editor, never applied by `--fix`. */
  suggestions: Fix[];
  /** Tag for editors: the flagged code is unused. */
  unnecessary?: boolean;
  /**
   * What a policy rule's finding in a script is about: the recording (and purpose) whose notice it
   * read. The register (register.md §4.9) attributes the finding by it; no formatter prints it.
   */
  subject?: { recording: string; purpose?: string };
}

export const DOCS_BASE = 'https://github.com/reclint/reclint/blob/main/docs/rules/';
export function docsUrlFor(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}

/** Stable order: by file, then position, then rule id, then message. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.uri !== b.uri) return a.uri < b.uri ? -1 : 1;
  if (a.span.start !== b.span.start) return a.span.start - b.span.start;
  if (a.span.end !== b.span.end) return a.span.end - b.span.end;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
