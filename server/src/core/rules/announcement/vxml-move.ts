/**
 * The ✓ fix of `announcement-after-recording` on VoiceXML (ivr-formats.md §4.1): move the notice's
 * `<block>` to just before the form item where recording starts (the first recognising item under
 * `recordutterance`, a `<transfer>` while recording is armed). Offered only where the move is safe:
 * - both are items of one `<form>`, the notice's block after the target, each on lines of its own;
 * - the block only speaks (prompts, audio, values, SSML, text) and has no `cond` or `expr` guard, so
 *   moving it changes nothing but when the caller hears it;
 * - the moved document reads, has fewer places where recording starts unannounced, and every notice
 *   keeps its language (an item's language is inherited from its form, so one form keeps it).
 * Nothing else is edited: the block's lines move as written, comments stay where they are.
 */
import { applyEdits } from '../../fix';
import type { Fix, TextEdit } from '../../findings';
import { readFlow } from '../../flows/read';
import { localName, readXml, type XmlElement } from '../../flows/xml';
import type { IvrScript } from '../../ivr/model';
import { unannouncedRecording, type RecordingStarts } from '../../ivr/recording-walk';
import { ownLines } from './twiml-move';

/** What a notice `<block>` may hold to be moved: what it speaks, nothing it does. */
const SPOKEN = new Set(['prompt', 'audio', 'value', 'enumerate', 'break', 'emphasis', 'prosody', 'say-as', 's', 'p', 'sub', 'mark', 'phoneme', 'voice', 'lang', 'w']);
const ITEMS = new Set(['block', 'field', 'record', 'transfer', 'subdialog', 'initial', 'object']);

/** Every element of the document by the offset of its `<`, for the last document asked. */
let last: { text: string; map: Map<number, XmlElement> | undefined } | undefined;
function elementsOf(text: string): Map<number, XmlElement> | undefined {
  if (last?.text === text) return last.map;
  const doc = readXml(text);
  let map: Map<number, XmlElement> | undefined;
  if (doc.root && !doc.error) {
    map = new Map();
    const stack = [doc.root];
    while (stack.length) {
      const e = stack.pop()!;
      map.set(e.start, e);
      for (const c of e.children) if (c.kind === 'element') stack.push(c);
    }
  }
  last = { text, map };
  return map;
}

/** Does the block only speak? Every element in it (at any depth) is a prompt or SSML. */
function onlySpeaks(block: XmlElement): boolean {
  const stack = [...block.children];
  while (stack.length) {
    const c = stack.pop()!;
    if (c.kind !== 'element') continue;
    if (!SPOKEN.has(localName(c))) return false;
    for (const k of c.children) stack.push(k);
  }
  return true;
}

/** The notices of a document by their source text, with their language: to find them again once moved. */
function noticesBySource(script: IvrScript, text: string, steps: readonly number[]): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  for (const i of steps) {
    const st = script.steps[i];
    if (st.kind === 'say') out.set(text.slice(st.prompt.span.start, st.prompt.span.end), st.lang);
  }
  return out;
}

/** How many places recording starts unannounced in the moved document; Infinity when it does not read or a notice changed language. */
function unannounced(uri: string, fixed: string, notices: Map<string, string | undefined>, starts: RecordingStarts): number {
  const r = readFlow(uri, fixed, 'vxml');
  if (!r.ok || r.script.errors.length) return Infinity;
  const s = r.script;
  const found = new Set<number>();
  for (let i = 0; i < s.steps.length; i++) {
    const st = s.steps[i];
    if (st.kind !== 'say') continue;
    const src = fixed.slice(st.prompt.span.start, st.prompt.span.end);
    if (!notices.has(src)) continue;
    if (notices.get(src) !== st.lang) return Infinity;
    found.add(i);
  }
  return unannouncedRecording(s, (i) => found.has(i), starts).length;
}

export function vxmlMoveFix(text: string, script: IvrScript, targetNodeStart: number, noticeNodeStart: number, noticeSteps: readonly number[], before: number, starts: RecordingStarts, title: (notice: string, target: string) => string): Fix | undefined {
  if (script.format !== 'vxml') return undefined;
  const byStart = elementsOf(text);
  if (!byStart) return undefined;
  const target = byStart.get(targetNodeStart);
  const notice = byStart.get(noticeNodeStart);
  if (!target || !notice || !target.parent || target.parent !== notice.parent || localName(target.parent) !== 'form') return undefined;
  if (!ITEMS.has(localName(target)) || localName(notice) !== 'block' || notice.start < target.end) return undefined;
  if (notice.attrs.some((a) => a.name === 'cond' || a.name === 'expr') || !onlySpeaks(notice)) return undefined;
  const from = ownLines(text, notice.start, notice.end);
  const at = ownLines(text, target.start, target.end);
  if (!from || !at) return undefined;
  let body = text.slice(from.start, from.end);
  if (!/[\r\n]$/.test(body)) body += text.includes('\r\n') ? '\r\n' : '\n';
  const edits: TextEdit[] = [{ uri: script.uri, start: at.start, end: at.start, newText: body }, { uri: script.uri, start: from.start, end: from.end, newText: '' }];
  if (unannounced(script.uri, applyEdits(text, edits).text, noticesBySource(script, text, noticeSteps), starts) >= before) return undefined;
  return { title: title('block', localName(target)), edits };
}
