/**
 * ESLint-style output for people: one block per file, one row per finding. With a width, a message is
 * wrapped at word boundaries under itself (a hanging indent), and the rule id ends the row, right-aligned,
 * on the message's last line when it fits there, else on a line of its own.
 */
import { text } from '../core/i18n/catalog';
import { DEFAULT_LOCALE } from '../core/i18n/locale';
import type { Formatter } from './types';
import { oneBased } from './types';

/** Words of `text` in lines of at most `width` columns; a word longer than a line keeps its own line whole. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

const C = { red: 31, yellow: 33, cyan: 36, gray: 90, bold: 1, underline: 4, green: 32 };

export const stylish: Formatter = (input) => {
  const paint = (code: number, s: string) => (input.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const byFile = new Map<string, typeof input.findings[number][]>();
  for (const f of input.findings) {
    const list = byFile.get(f.uri) ?? [];
    list.push(f);
    byFile.set(f.uri, list);
  }
  const out: string[] = [];
  const count = { error: 0, warning: 0, info: 0, hint: 0 };
  let fixable = 0;
  for (const [uri, list] of byFile) {
    out.push('', paint(C.underline, uri));
    const rows = list.map((f) => {
      count[f.severity]++;
      if (f.fix) fixable++;
      const p = oneBased(input, uri, f.span);
      const sev = f.severity === 'error' ? paint(C.red, 'error') : f.severity === 'warning' ? paint(C.yellow, 'warning') : paint(C.cyan, f.severity);
      return { pos: `${p.line}:${p.column}`, sev, sevLen: f.severity.length, msg: f.message.replace(/\s*\n\s*/g, ' '), id: f.ruleId };
    });
    // A loop, not a spread into Math.max: a file may have any number of findings (V8 caps a call's arguments).
    let posW = 0;
    let sevW = 0;
    for (const r of rows) {
      posW = Math.max(posW, r.pos.length);
      sevW = Math.max(sevW, r.sevLen);
    }
    const indent = 2 + posW + 2 + sevW + 2;
    for (const r of rows) {
      const head = `  ${paint(C.gray, r.pos.padEnd(posW))}  ${r.sev}${' '.repeat(sevW - r.sevLen)}  `;
      // Narrower than 20 columns for the message, wrapping helps no one: one line, as without a width.
      if (input.width === undefined || input.width - indent < 20) {
        out.push(`${head}${r.msg}  ${paint(C.gray, r.id)}`);
        continue;
      }
      const lines = wrapWords(r.msg, input.width - indent);
      const last = lines[lines.length - 1];
      const room = input.width - indent - last.length;
      lines.forEach((l, i) => {
        if (i < lines.length - 1) out.push(`${i === 0 ? head : ' '.repeat(indent)}${l}`);
      });
      const lead = lines.length === 1 ? head : ' '.repeat(indent);
      if (room >= r.id.length + 2) out.push(`${lead}${last}${' '.repeat(room - r.id.length)}${paint(C.gray, r.id)}`);
      else out.push(`${lead}${last}`, `${' '.repeat(Math.max(indent, input.width - r.id.length))}${paint(C.gray, r.id)}`);
    }
  }
  const total = input.findings.length;
  if (total === 0) return '';
  const locale = input.locale ?? DEFAULT_LOCALE;
  const n = (k: 'error' | 'warning' | 'info' | 'hint' | 'problem', c: number) => text(locale, `cli.${k}.${c === 1 ? 'one' : 'other'}`, { n: c });
  const parts = [n('error', count.error), n('warning', count.warning)];
  if (count.info) parts.push(n('info', count.info));
  if (count.hint) parts.push(n('hint', count.hint));
  const mark = count.error ? paint(C.red, '✖') : count.warning ? paint(C.yellow, '⚠') : paint(C.cyan, 'ℹ');
  out.push('', paint(C.bold, `${mark} ${n('problem', total)} (${parts.join(', ')})`));
  if (fixable) out.push(paint(C.gray, `  ${text(locale, 'cli.fixable', { n: fixable })}`));
  return out.join('\n') + '\n';
};
