/**
 * Which reader a script gets (ivr-formats.md §1): `announcement.format` when given, else `.ivr` by its
 * extension, else the content (after a BOM and blanks: `{`/`[` → JSON, then the shape; `<` → XML, then
 * the root element). Every reader gives the one step model; a file that parses but has no shape
 * reclint reads is `not-a-script`, with the formats it does read named.
 */
import { parseIvr } from '../ivr/parse';
import type { FlowFormat, IvrScript, Words } from '../ivr/model';
import { FlowBuilder, unreadFlow } from './builder';
import { archyShape, readArchy } from './archy';
import { looksLikeDialplan, readAsterisk } from './asterisk';
import { isConnectFlow, readConnect } from './connect';
import { isLegacyConnect, readLegacyConnect } from './connect-legacy';
import { readJson } from './json';
import { readTranscripts } from './transcripts';
import { readStudio, studioFlow } from './studio';
import { isTwiml, readTwiml } from './twiml';
import { isVxml, readVxml } from './vxml';
import { isFreeswitch, readFreeswitch } from './freeswitch';
import { readXml } from './xml';
import { archyTakesNoCalls, flowFormatsRead, formatNotRead, noArchyFlow, noDialplan, noJsonFlow, noXmlFlow, otherDialplanLanguage } from './words';

export const FLOW_FORMATS: readonly FlowFormat[] = ['ivr', 'connect', 'studio', 'twiml', 'archy', 'asterisk', 'vxml', 'freeswitch'];
/** The formats this version reads. */
const READ: ReadonlySet<FlowFormat> = new Set(['ivr', 'connect', 'studio', 'twiml', 'archy', 'asterisk', 'vxml', 'freeswitch', 'transcripts']);

export type FlowRead = { ok: true; script: IvrScript } | { ok: false; detail: Words };

/** A format a script can be read as: the policy's `announcement.format` values, and `transcripts` for the lists of §7. */
export function isFlowFormat(v: string | undefined): v is FlowFormat {
  return v !== undefined && (v === 'transcripts' || (FLOW_FORMATS as readonly string[]).includes(v));
}

export function readFlow(uri: string, text: string, format?: FlowFormat): FlowRead {
  if (format === 'transcripts') return { ok: true, script: readTranscripts(uri, text) };
  if (format === 'ivr' || (format === undefined && /\.ivr$/i.test(uri))) return { ok: true, script: parseIvr(uri, text) };
  if (format !== undefined && !READ.has(format)) return { ok: false, detail: formatNotRead(format) };
  const first = /^\uFEFF?\s*(\S)/.exec(text)?.[1];
  // A dialplan often starts with `[general]`: `[` is JSON only when the text is no dialplan (§1 rule 5 before rule 3 there).
  const dialplan = format === undefined && first === '[' && (/\.conf$/i.test(uri) || looksLikeDialplan(text));
  if (format === 'connect' || format === 'studio' || (format === undefined && !dialplan && (first === '{' || first === '['))) return readJsonFlow(uri, text, format);
  if (format === 'twiml' || format === 'vxml' || format === 'freeswitch' || (format === undefined && first === '<')) return readXmlFlow(uri, text, format);
  // An `extensions.conf` may hold nothing but `#include` lines: its dialplan is in the files it includes (§6).
  const includesOnly = format === undefined && /\.conf$/i.test(uri) && /^[ \t]*#(?:try)?include\s/m.test(text);
  if (format === 'asterisk' || (format === undefined && (looksLikeDialplan(text) || includesOnly))) return readDialplan(uri, text);
  if (dialplan) return { ok: false, detail: noDialplan() };
  if (format === 'archy' || (format === undefined && /\.ya?ml$/i.test(uri))) return readArchyFlow(uri, text);
  return { ok: false, detail: flowFormatsRead() };
}

function readJsonFlow(uri: string, text: string, format: FlowFormat | undefined): FlowRead {
  const json = readJson(text);
  if (!json.ok) return { ok: true, script: unreadFlow(uri, format ?? 'connect', [json.error]) };
  const root = json.root;
  if ((format === undefined || format === 'connect') && isConnectFlow(root)) {
    const b = new FlowBuilder(uri, text, 'connect');
    return { ok: true, script: b.finish(readConnect(b, root)) };
  }
  if ((format === undefined || format === 'connect') && isLegacyConnect(root)) {
    const b = new FlowBuilder(uri, text, 'connect');
    return { ok: true, script: b.finish(readLegacyConnect(b, root)) };
  }
  const studio = format === undefined || format === 'studio' ? studioFlow(root) : undefined;
  if (studio) {
    const b = new FlowBuilder(uri, text, 'studio');
    return { ok: true, script: b.finish(readStudio(b, studio)) };
  }
  return { ok: false, detail: noJsonFlow() };
}

function readXmlFlow(uri: string, text: string, format: FlowFormat | undefined): FlowRead {
  let doc = readXml(text);
  // A FreeSWITCH dialplan file is pasted into freeswitch.xml by `X-PRE-PROCESS include`: FreeSWITCH takes
  // one with several `<extension>`s at the top, or an XML declaration after a comment (§5.7).
  if (doc.error && (format === undefined || format === 'freeswitch') && /one root element|XML does not parse here: .*XML declaration/.test(doc.error.message)) {
    const frag = readXml(text, { fragment: true });
    if (!frag.error && frag.root && isFreeswitch(frag.root)) doc = frag;
  }
  if (doc.error || !doc.root) return { ok: true, script: unreadFlow(uri, format ?? 'twiml', doc.error ? [doc.error] : []) };
  const root = doc.root;
  const kind: FlowFormat | undefined = isTwiml(root) ? 'twiml' : isVxml(root) ? 'vxml' : isFreeswitch(root) ? 'freeswitch' : undefined;
  if (!kind || (format !== undefined && format !== kind)) {
    return { ok: false, detail: noXmlFlow(root.name, format === 'vxml' || format === 'freeswitch' || format === 'twiml' ? format : undefined) };
  }
  const b = new FlowBuilder(uri, text, kind);
  const comments = doc.comments.map((c) => ({ text: c.text, span: { start: c.start, end: c.end }, line: b.lineOf(c.start) }));
  if (kind === 'freeswitch') {
    const r = readFreeswitch(b, root);
    const script = b.finish(r.dialplan.assumed.flatMap((e) => e.steps), comments);
    script.dialplan = r.dialplan;
    return { ok: true, script };
  }
  const entries = kind === 'vxml' ? readVxml(b, root) : readTwiml(b, root);
  return { ok: true, script: b.finish(entries, comments) };
}

function readArchyFlow(uri: string, text: string): FlowRead {
  const shape = archyShape(uri, text);
  if (!shape) return { ok: false, detail: noArchyFlow() };
  if (shape.kind === 'other') return { ok: false, detail: archyTakesNoCalls(shape.type) };
  if (shape.kind === 'error') return { ok: true, script: unreadFlow(uri, 'archy', [{ span: shape.span, message: shape.message }]) };
  const b = new FlowBuilder(uri, text, 'archy');
  const entries = readArchy(b, shape);
  return { ok: true, script: b.finish(entries, yamlComments(b, text)) };
}

/** `#` comments on their own line (for suppression, ivr-formats.md §4.10). */
function yamlComments(b: FlowBuilder, text: string): IvrScript['comments'] {
  const out: IvrScript['comments'] = [];
  for (const m of text.matchAll(/^[ \t]*(#[^\r\n]*)/gm)) {
    const start = m.index! + m[0].length - m[1].length;
    out.push({ text: m[1].slice(1), span: { start, end: start + m[1].length }, line: b.lineOf(start) });
  }
  return out;
}

function readDialplan(uri: string, text: string): FlowRead {
  if (/\.ael$/i.test(uri) || /\.lua$/i.test(uri)) return { ok: false, detail: otherDialplanLanguage() };
  const b = new FlowBuilder(uri, text, 'asterisk');
  const r = readAsterisk(b);
  const script = b.finish(r.dialplan.assumed.flatMap((e) => e.steps), r.comments);
  script.dialplan = r.dialplan;
  if (r.includes.length) script.includes = r.includes;
  return { ok: true, script };
}
