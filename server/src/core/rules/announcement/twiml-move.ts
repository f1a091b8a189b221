/**
 * The ✓ fix of `announcement-after-recording` on TwiML (ivr-formats.md §4.1): move the notice's verb to
 * just before the verb where recording starts, when both are children of one element and each stands on
 * lines of its own. Offered only when the moved document has fewer places where recording starts
 * unannounced; the `<Say>` keeps its own `language`, so the move keeps the notice's language.
 */
import { applyEdits } from '../../fix';
import type { Fix, TextEdit } from '../../findings';
import { readFlow } from '../../flows/read';
import { readXml, type XmlElement } from '../../flows/xml';
import type { IvrScript } from '../../ivr/model';
import { unannouncedRecording, type RecordingStarts } from '../../ivr/recording-walk';
import { lineIndexOf } from '../../text';

/** Every element of the document by the offset of its `<`, for the last document asked (a rule asks once per notice). */
let last: { text: string; map: Map<number, XmlElement> | undefined } | undefined;
function elementsOf(text: string): Map<number, XmlElement> | undefined {
  if (last?.text === text) return last.map;
  const doc = readXml(text);
  last = { text, map: doc.root ? elementsByStart(doc.root) : undefined };
  return last.map;
}

function elementsByStart(root: XmlElement): Map<number, XmlElement> {
  const out = new Map<number, XmlElement>();
  const stack = [root];
  while (stack.length) {
    const e = stack.pop()!;
    out.set(e.start, e);
    for (const c of e.children) if (c.kind === 'element') stack.push(c);
  }
  return out;
}

/** The whole lines of [start, end), when nothing but blanks shares them. */
export function ownLines(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const idx = lineIndexOf(text);
  const first = idx.positionAt(start).line;
  const last = idx.positionAt(Math.max(start, end - 1)).line;
  const from = idx.lineStart(first);
  const to = last + 1 < idx.lineCount ? idx.lineStart(last + 1) : text.length;
  if (text.slice(from, start).trim() || text.slice(end, to).trim()) return undefined;
  return { start: from, end: to };
}

/** How many places recording starts unannounced once the document reads `fixed`, the notices found by their source text. */
function unannounced(uri: string, fixed: string, noticeSources: readonly string[], starts: RecordingStarts): number {
  const r = readFlow(uri, fixed, 'twiml');
  if (!r.ok || r.script.errors.length) return Infinity;
  const s = r.script;
  const notices = new Set<number>();
  s.steps.forEach((st, i) => { if (st.kind === 'say' && noticeSources.includes(fixed.slice(st.prompt.span.start, st.prompt.span.end))) notices.add(i); });
  return unannouncedRecording(s, (i) => notices.has(i), starts).length;
}

export function twimlMoveFix(text: string, script: IvrScript, targetNodeStart: number, noticeNodeStart: number, noticeSteps: readonly number[], before: number, starts: RecordingStarts, title: (notice: string, target: string) => string): Fix | undefined {
  if (script.format !== 'twiml') return undefined;
  const byStart = elementsOf(text);
  if (!byStart) return undefined;
  const target = byStart.get(targetNodeStart);
  const notice = byStart.get(noticeNodeStart);
  if (!target || !notice || !target.parent || target.parent !== notice.parent || notice.start < target.start) return undefined;
  const from = ownLines(text, notice.start, notice.end);
  const at = ownLines(text, target.start, target.end);
  if (!from || !at) return undefined;
  let body = text.slice(from.start, from.end);
  if (!/[\r\n]$/.test(body)) body += text.includes('\r\n') ? '\r\n' : '\n';
  const edits: TextEdit[] = [{ uri: script.uri, start: at.start, end: at.start, newText: body }, { uri: script.uri, start: from.start, end: from.end, newText: '' }];
  const sources = noticeSteps.map((i) => { const st = script.steps[i]; return st.kind === 'say' ? text.slice(st.prompt.span.start, st.prompt.span.end) : ''; }).filter(Boolean);
  if (unannounced(script.uri, applyEdits(text, edits).text, sources, starts) >= before) return undefined;
  return { title: title(notice.name, target.name), edits };
}

/** A suggestion for `notice-interruptible` on TwiML: the notice's `<Say>` out of its `<Gather>`, just before it. */
export function sayOutOfGather(text: string, uri: string, sayStart: number, title: string): Fix | undefined {
  const say = elementsOf(text)?.get(sayStart);
  const gather = say?.parent;
  if (!say || !gather || gather.name !== 'Gather') return undefined;
  const from = ownLines(text, say.start, say.end);
  const at = ownLines(text, gather.start, gather.end);
  if (!from || !at) return undefined;
  const indent = /^[ \t]*/.exec(text.slice(at.start))![0];
  const body = text.slice(from.start, from.end).replace(/^[ \t]*/, indent);
  return { title, edits: [{ uri, start: at.start, end: at.start, newText: /[\r\n]$/.test(body) ? body : `${body}\n` }, { uri, start: from.start, end: from.end, newText: '' }] };
}
