/**
 * Walking the lines of an Asterisk dialplan (ivr-formats.md §5.5): `;` comments (kept for suppression),
 * `[context]` heads, `#include`, `include =>`, `switch =>`, `exten =>` and `same =>` with their
 * priorities, labels and applications. Each line becomes one record, in file order, or an error record
 * at that line; what the records mean is for asterisk-contexts.ts and asterisk-apps.ts.
 */
import type { IvrScript } from '../ivr/model';
import type { Span } from '../text';
import { splitTop } from './asterisk-args';

export interface Line { start: number; end: number; text: string }

export type DialplanLine =
  | { kind: 'error'; start: number; end: number; message: string }
  /** `#include file` / `#tryinclude file`. */
  | { kind: 'file'; name: string; span: Span }
  /** `[name]`; `settings` for `[general]` and `[globals]`, which hold no extensions. */
  | { kind: 'context'; name: string; span: Span; settings: boolean }
  | { kind: 'include'; name: string }
  /** `switch =>` (also `eswitch`, `lswitch`): extensions this context does not define are looked up elsewhere. */
  | { kind: 'switch'; value: string; span: Span; keySpan: Span }
  /** An `exten =>` line's extension, before its priority. */
  | { kind: 'exten'; name: string; nameSpan: Span }
  /** A priority of the last extension: as written (`1`, `n`, `+2`), its label, and its application from `appStart` to `end`. */
  | { kind: 'priority'; written: string; label?: string; labelSpan?: Span; prioSpan: Span; appStart: number; end: number; at: number };

/** The records of every line, in order. */
export function* dialplanLines(text: string, comments: IvrScript['comments'], lineOf: (offset: number) => number): Generator<DialplanLine> {
  let section = '';
  let opened = false;
  let haveExten = false;
  for (const ln of lines(text, comments, lineOf)) {
    const t = ln.text;
    if (!t.trim()) continue;
    const lead = t.length - t.trimStart().length;
    const s = ln.start + lead;
    const body = t.trim();
    const error = (start: number, message: string): DialplanLine => ({ kind: 'error', start, end: ln.end, message });
    if (body.startsWith('#')) {
      const inc = /^#(include|tryinclude|exec)\s+(.*)$/.exec(body);
      if (!inc) { yield error(s, `\`${body.split(/\s/)[0]}\` is no dialplan directive (reclint reads \`#include\`, \`#tryinclude\` and \`#exec\`)`); continue; }
      if (inc[1] !== 'exec') {
        const raw = inc[2].trim();
        const name = raw.replace(/^["<]|[">]$/g, '');
        const at = s + body.indexOf(raw) + raw.indexOf(name);
        yield { kind: 'file', name, span: { start: at, end: at + name.length } };
      }
      continue;
    }
    const head = /^\[([^\]]+)\]\s*(\(([^)]*)\))?$/.exec(body);
    if (head) {
      section = head[1].trim();
      const nameStart = s + 1 + (head[1].length - head[1].trimStart().length);
      opened = true;
      haveExten = false;
      yield { kind: 'context', name: section, span: { start: nameStart, end: nameStart + section.length }, settings: section === 'general' || section === 'globals' };
      continue;
    }
    const kv = /^([A-Za-z_][\w-]*)\s*(=>|=)\s*(.*)$/.exec(body);
    if (!kv) { yield error(s, 'This line is no dialplan line (a `[context]`, `exten =>`, `same =>`, `include =>` or a `;` comment)'); continue; }
    const key = kv[1].toLowerCase();
    const valueStart = s + body.length - kv[3].length;
    if (section === 'general' || section === 'globals') continue;
    if (!opened) { yield error(s, `\`${kv[1]}\` comes before any \`[context]\` line`); continue; }
    if (key === 'include') { yield { kind: 'include', name: kv[3].trim() }; continue; }
    if (key === 'switch' || key === 'eswitch' || key === 'lswitch') {
      const value = kv[3].trim();
      yield { kind: 'switch', value, span: { start: valueStart, end: valueStart + value.length }, keySpan: { start: s, end: s + kv[1].length } };
      continue;
    }
    if (key === 'ignorepat') continue;
    if (key !== 'exten' && key !== 'same') { yield error(s, `\`${kv[1]}\` is no dialplan line in a context (reclint reads \`exten\`, \`same\`, \`include\`, \`switch\` and \`ignorepat\`)`); continue; }
    const parts = splitTop(kv[3], 0, key === 'exten' ? 2 : 1);
    let prioPart: { text: string; at: number };
    let appPart: { text: string; at: number };
    if (key === 'exten') {
      if (parts.length < 3) {
        if (parts.length === 2 && /^\s*hint\s*$/i.test(parts[1].text)) continue;
        yield error(s, '`exten =>` takes an extension, a priority and an application (`exten => s,1,Answer()`)');
        continue;
      }
      const name = parts[0].text.trim();
      const off = parts[0].text.length - parts[0].text.trimStart().length;
      const start = valueStart + parts[0].at + off;
      haveExten = true;
      yield { kind: 'exten', name, nameSpan: { start, end: start + name.length } };
      prioPart = parts[1];
      appPart = parts[2];
    } else {
      if (!haveExten) { yield error(s, '`same =>` needs an `exten =>` line before it in this context'); continue; }
      if (parts.length < 2) { yield error(s, '`same =>` takes a priority and an application (`same => n,Playback(file)`)'); continue; }
      prioPart = parts[0];
      appPart = parts[1];
    }
    const pm = /^\s*(\d+|n|hint|\+\d+|s)\s*(?:\(([^)]*)\))?\s*$/i.exec(prioPart.text);
    if (!pm) { yield error(valueStart + prioPart.at, `\`${prioPart.text.trim()}\` is no priority (a number, \`n\` or \`n(label)\`)`); continue; }
    if (pm[1].toLowerCase() === 'hint') continue;
    const label = pm[2]?.trim() || undefined;
    const prioText = prioPart.text;
    const pOff = valueStart + prioPart.at + (prioText.length - prioText.trimStart().length);
    let labelSpan: Span | undefined;
    if (label) {
      const ls = valueStart + prioPart.at + prioText.indexOf('(') + 1 + (pm[2]!.length - pm[2]!.trimStart().length);
      labelSpan = { start: ls, end: ls + label.length };
    }
    const appText = appPart.text;
    const appStart = valueStart + appPart.at + (appText.length - appText.trimStart().length);
    const app = appText.trim();
    const open = app.indexOf('(');
    // Asterisk (pbx_config.c) takes the data from the first `(` to the last `)`: a stray `)` or `(` inside
    // the data is loaded as written, only a missing closing parenthesis is reported.
    if (open >= 0 && app.lastIndexOf(')') < open) { yield error(appStart, `The parentheses of \`${app.slice(0, open)}\` do not balance: no closing parenthesis`); continue; }
    if (open >= 0 && !app.endsWith(')')) { yield error(appStart, `\`${app}\`: text follows the application's closing parenthesis`); continue; }
    yield { kind: 'priority', written: pm[1], label, labelSpan, prioSpan: { start: pOff, end: pOff + pm[1].length }, appStart, end: ln.end, at: s };
  }
}

/** Lines with `;` comments removed (`\;` kept, `;-- … --;` blocks skipped); each comment kept for suppression. */
function lines(text: string, comments: IvrScript['comments'], lineOf: (offset: number) => number): Line[] {
  const out: Line[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let inBlock = false;
  while (i <= text.length) {
    let e = text.indexOf('\n', i);
    if (e < 0) e = text.length;
    const lineEnd = e > i && text[e - 1] === '\r' ? e - 1 : e;
    let start = i;
    if (inBlock) {
      const close = text.indexOf('--;', i);
      if (close < 0 || close >= lineEnd) start = lineEnd;
      else { inBlock = false; start = close + 3; }
    }
    let cut = lineEnd;
    let q = false;
    for (let k = start; k < lineEnd; k++) {
      const c = text.charCodeAt(k);
      if (c === 92 /* \ */) { k++; continue; }
      if (c === 34 /* " */) { q = !q; continue; }
      if (q || c !== 59 /* ; */) continue;
      cut = k;
      if (text.startsWith(';--', k)) {
        const close = text.indexOf('--;', k + 3);
        if (close < 0 || close >= lineEnd) inBlock = true;
      } else comments.push({ text: text.slice(k + 1, lineEnd), span: { start: k, end: lineEnd }, line: lineOf(k) });
      break;
    }
    out.push({ start, end: cut, text: text.slice(start, cut) });
    if (e >= text.length) break;
    i = e + 1;
  }
  return out;
}
