/** The CLI's JSON report, read back: annotations for the log and the job summary in Markdown. */
import { cell, codeSpan, command, type AnnotationLevel } from './commands';

/** The parts of `reclint --format json` the action uses (the shape is documented in the README). */
export interface JsonFinding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  docsUrl?: string;
}
export interface JsonReport {
  version: string;
  results: { file: string; errorCount: number; warningCount: number; findings: JsonFinding[] }[];
  summary: { files: number; errors: number; warnings: number; infos: number; hints: number; fixable: number };
}

export const levelOf = (severity: string): AnnotationLevel => (severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'notice');

/** GitHub shows at most this many annotations of each level per step (and 50 per job). */
export const ANNOTATIONS_PER_STEP = 10;

/**
 * One annotation per finding, in the report's order. `fileOf` maps the CLI's path (relative to the
 * working folder) to the path GitHub expects (relative to the repository root).
 */
export function annotations(report: JsonReport, fileOf: (file: string) => string = (f) => f): string {
  let out = '';
  const perLevel = new Map<AnnotationLevel, number>();
  for (const r of report.results) {
    for (const f of r.findings) {
      const level = levelOf(f.severity);
      perLevel.set(level, (perLevel.get(level) ?? 0) + 1);
      out += command(level, { file: fileOf(r.file), line: f.line, col: f.column, endLine: f.endLine, endColumn: f.endColumn, title: f.ruleId }, f.message);
    }
  }
  const over = [...perLevel].filter(([, n]) => n > ANNOTATIONS_PER_STEP);
  if (over.length) {
    const counts = over.map(([l, n]) => `${n} ${l}s`).join(', ');
    out += command('notice', { title: 'reclint' }, `${counts}: GitHub shows at most ${ANNOTATIONS_PER_STEP} annotations of each kind per step (50 per job). Every finding is listed in the job summary.`);
  }
  return out;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The job summary's size limit: above it GitHub drops the whole summary of the step. */
export const SUMMARY_LIMIT = 1024 * 1024;

export interface SummaryOptions {
  /** Maps the CLI's path to the repository path (for the links). */
  fileOf?: (file: string) => string;
  /** `https://github.com/owner/repo/blob/<sha>/`, when known: positions link to the line. */
  blobBase?: string;
  /** The outcome line, e.g. "fail-on: error — failed". */
  outcome?: string;
  /** Room for the summary, in bytes (default 1 MiB less some margin for other steps' text). */
  limit?: number;
}

/**
 * Markdown for GITHUB_STEP_SUMMARY: the totals, then a table per file with every finding. Only when
 * the summary would pass GitHub's size limit (which would lose all of it) are the last rows left out,
 * with a line that says how many.
 */
export function summary(report: JsonReport, o: SummaryOptions = {}): string {
  const fileOf = o.fileOf ?? ((f: string) => f);
  const limit = o.limit ?? SUMMARY_LIMIT - 16 * 1024;
  const s = report.summary;
  const total = report.results.reduce((n, r) => n + r.findings.length, 0);
  const counts = [plural(s.errors, 'error'), plural(s.warnings, 'warning'), ...(s.infos ? [`${s.infos} info`] : []), ...(s.hints ? [plural(s.hints, 'hint')] : [])];
  const head = [
    '## reclint',
    '',
    total ? `**${counts.join(', ')}** in ${plural(report.results.filter((r) => r.findings.length).length, 'file')} (${plural(s.files, 'file')} linted).` : `No findings in ${plural(s.files, 'file')}.`,
    ...(o.outcome ? ['', o.outcome] : []),
    '',
  ].join('\n');
  let out = head;
  let size = Buffer.byteLength(out);
  let listed = 0;
  const footer = (left: number) => `\n_${plural(left, 'more finding')} not listed: the job summary is limited to 1 MiB. Every finding is in the SARIF and JSON reports._\n`;
  for (const r of report.results) {
    if (!r.findings.length) continue;
    const file = fileOf(r.file);
    const tableHead = `\n### ${codeSpan(file)}\n\n| Position | Severity | Rule | Message |\n| --- | --- | --- | --- |\n`;
    let block = tableHead;
    for (const f of r.findings) {
      const pos = `${f.line}:${f.column}`;
      const position = o.blobBase ? `[${pos}](${o.blobBase}${file.split('/').map(encodeURIComponent).join('/')}#L${f.line})` : pos;
      const rule = f.docsUrl ? `[${cell(f.ruleId)}](${f.docsUrl})` : cell(f.ruleId);
      const row = `| ${position} | ${f.severity} | ${rule} | ${cell(f.message)} |\n`;
      const grow = Buffer.byteLength(row) + (block === tableHead ? Buffer.byteLength(tableHead) : 0);
      if (size + grow + 200 > limit) return out + (block === tableHead ? '' : block) + footer(total - listed);
      block += row;
      size += grow;
      listed++;
    }
    out += block;
  }
  return out;
}
