/**
 * The few runner protocols the action speaks, written out rather than taken from @actions/core:
 * workflow commands (annotations, stop-commands), the GITHUB_OUTPUT file and the job summary.
 * Formats: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import { randomUUID } from 'node:crypto';

/** A workflow command's message (after `::`). */
export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** A workflow command's property value (`file=…`, `title=…`). */
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface AnnotationProps {
  file?: string;
  line?: number;
  col?: number;
  endLine?: number;
  endColumn?: number;
  title?: string;
}

/** `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message` (properties in that order, the unset ones left out). */
export function command(name: string, props: AnnotationProps, message: string): string {
  const keys = ['file', 'line', 'col', 'endLine', 'endColumn', 'title'] as const;
  const list = keys.filter((k) => props[k] !== undefined).map((k) => `${k}=${escapeProperty(String(props[k]))}`);
  return `::${name}${list.length ? ` ${list.join(',')}` : ''}::${escapeData(message)}\n`;
}

/**
 * Text printed between `::stop-commands::<token>` and `::<token>::`: the runner reads no workflow
 * command in it, so a report that quotes a linted file cannot issue one.
 */
export function verbatim(text: string, token: string = randomUUID()): string {
  if (!text) return '';
  return `::stop-commands::${token}\n${text}${text.endsWith('\n') ? '' : '\n'}::${token}::\n`;
}

/** One output for the GITHUB_OUTPUT file: `name=value`, or the delimited form for a value with a line break. */
export function outputLine(name: string, value: string, delimiter: string = `ghadelimiter_${randomUUID()}`): string {
  if (!/[\r\n]/.test(value)) return `${name}=${value}\n`;
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

/** A Markdown table cell: `|` escaped, line breaks as `<br>`. */
export const cell = (s: string): string => s.replace(/\\(?=\|)/g, '\\\\').replace(/\|/g, '\\|').replace(/\r\n|\r|\n/g, '<br>');

/** `text` as a Markdown code span, with a fence longer than any run of backticks in it. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
