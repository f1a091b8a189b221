import type { Locale } from '../core/i18n/locale';
import type { Finding } from '../core/findings';
import type { RuleMeta } from '../core/rules/types';
import type { LineIndex } from '../core/text';

export interface FormatInput {
  findings: readonly Finding[];
  /** Every file linted, in order (so clean files show up in JSON and SARIF). */
  files: readonly string[];
  lineIndex(uri: string): LineIndex;
  rules: readonly RuleMeta[];
  version: string;
  color: boolean;
  /** SARIF's run category (`automationDetails.id`), as `--sarif-category` gives it. */
  sarifCategory?: string;
  /** Columns of the terminal (stylish wraps messages to it); undefined: one line per finding. */
  width?: number;
  /** The language of stylish's summary line (the messages come in it already); English when absent. */
  locale?: Locale;
}

export type Formatter = (input: FormatInput) => string;

/** 1-based line and column (UTF-16 code units) of a finding's start and end. */
export function oneBased(input: FormatInput, uri: string, span: { start: number; end: number }) {
  const idx = input.lineIndex(uri);
  const s = idx.positionAt(span.start);
  const e = idx.positionAt(span.end);
  return { line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}
