/**
 * The CLI's report: every finding of the run in the chosen format. A formatter that fails on one file
 * (a finding it cannot place, say) costs that file only: its findings become one `internal-error`
 * finding and the report is written for every other file as it is.
 */
import type { Locale } from '../core/i18n/locale';
import { fileFailure } from '../core/finish';
import type { Finding } from '../core/findings';
import { LineIndex } from '../core/text';
import type { FormatInput, Formatter } from '../format/index';

export interface ReportInput {
  findings: Finding[];
  /** Every file found, in order. */
  files: readonly string[];
  texts: ReadonlyMap<string, string>;
  rules: FormatInput['rules'];
  version: string;
  color: boolean;
  sarifCategory?: string;
  width?: number;
  locale?: Locale;
}

export function formatReport(format: Formatter, r: ReportInput): { text: string; findings: Finding[] } {
  const indexes = new Map<string, LineIndex>();
  const lineIndex = (uri: string) => {
    let idx = indexes.get(uri);
    if (!idx) {
      idx = new LineIndex(r.texts.get(uri) ?? '');
      indexes.set(uri, idx);
    }
    return idx;
  };
  const withFindings = new Set(r.findings.map((f) => f.uri));
  const files = r.files.filter((u) => r.texts.has(u) || withFindings.has(u));
  const input = (findings: readonly Finding[], only: readonly string[]): FormatInput => ({ findings, files: only, lineIndex, rules: r.rules, version: r.version, color: r.color, sarifCategory: r.sarifCategory, width: r.width, locale: r.locale });
  try {
    return { text: format(input(r.findings, files)), findings: r.findings };
  } catch {
    // Find the files the formatter fails on, one by one, and report each as failed.
    const byFile = new Map<string, Finding[]>();
    for (const f of r.findings) {
      const list = byFile.get(f.uri) ?? [];
      list.push(f);
      byFile.set(f.uri, list);
    }
    const kept: Finding[] = [];
    for (const [uri, list] of byFile) {
      try {
        format(input(list, [uri]));
        for (const f of list) kept.push(f);
      } catch (e) {
        kept.push(fileFailure(uri, e));
      }
    }
    return { text: format(input(kept, files)), findings: kept };
  }
}
