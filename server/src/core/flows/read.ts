/**
 * Which reader a script gets (ivr-formats.md §1): `announcement.format` when given, else `.ivr` by its
 * extension, else the content (after a BOM and blanks: `{`/`[` → JSON, then the shape; `<` → XML, then
 * the root element). Every reader gives the one step model; a file that parses but has no shape
 * reclint reads is `not-a-script`, with the formats it does read named.
 */
import { parseIvr } from '../ivr/parse';
import type { FlowFormat, IvrScript } from '../ivr/model';
import { FlowBuilder, unreadFlow } from './builder';
import { isConnectFlow, readConnect } from './connect';
import { isLegacyConnect, readLegacyConnect } from './connect-legacy';
import { readJson } from './json';
import { readStudio, studioFlow } from './studio';
import { isTwiml, readTwiml } from './twiml';
import { readXml } from './xml';

export const FLOW_FORMATS: readonly FlowFormat[] = ['ivr', 'connect', 'studio', 'twiml', 'archy', 'asterisk', 'vxml', 'freeswitch'];
/** The formats this version reads (stage 2 adds Archy, Asterisk, VoiceXML and FreeSWITCH). */
const READ: ReadonlySet<FlowFormat> = new Set(['ivr', 'connect', 'studio', 'twiml']);
const READS = 'reclint reads `.ivr` scripts, Amazon Connect flows (flow language or the legacy export), Twilio Studio flow definitions and TwiML documents';

export type FlowRead = { ok: true; script: IvrScript } | { ok: false; detail: string };

export function isFlowFormat(v: string | undefined): v is FlowFormat {
  return v !== undefined && (FLOW_FORMATS as readonly string[]).includes(v);
}

export function readFlow(uri: string, text: string, format?: FlowFormat): FlowRead {
  if (format === 'ivr' || (format === undefined && /\.ivr$/i.test(uri))) return { ok: true, script: parseIvr(uri, text) };
  if (format !== undefined && !READ.has(format)) return { ok: false, detail: `\`format: ${format}\` is not read by this version; ${READS}` };
  const first = /^\uFEFF?\s*(\S)/.exec(text)?.[1];
  if (format === 'connect' || format === 'studio' || (format === undefined && (first === '{' || first === '['))) return readJsonFlow(uri, text, format);
  if (format === 'twiml' || (format === undefined && first === '<')) return readXmlFlow(uri, text);
  if (format === undefined && /^\s*\[[^\]\n]+\]\s*$/m.test(text) && /^\s*(exten|same)\s*=>?/m.test(text)) return { ok: false, detail: `an Asterisk dialplan is not read by this version yet; ${READS}` };
  if (format === undefined && /\.ya?ml$/i.test(uri) && /^(inboundCall|inQueueCall|outboundCall|secureCall)\s*:/m.test(text)) return { ok: false, detail: `a Genesys Architect (Archy) flow is not read by this version yet; ${READS}` };
  return { ok: false, detail: READS };
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
  return { ok: false, detail: `the JSON has no shape reclint reads (Connect: \`Actions\` and \`StartAction\`, or \`modules\` and \`start\`; Studio: \`states\` and \`initial_state\`); ${READS}` };
}

function readXmlFlow(uri: string, text: string): FlowRead {
  const doc = readXml(text);
  if (doc.error || !doc.root) return { ok: true, script: unreadFlow(uri, 'twiml', doc.error ? [doc.error] : []) };
  if (!isTwiml(doc.root)) {
    const name = doc.root.name;
    const stage2 = name === 'vxml' ? 'VoiceXML' : name === 'include' || name === 'document' ? 'a FreeSWITCH dialplan' : undefined;
    return { ok: false, detail: stage2 ? `${stage2} is not read by this version yet; ${READS}` : `the root element \`<${name}>\` is no TwiML \`<Response>\` (Plivo and Bandwidth documents are other languages); ${READS}` };
  }
  const b = new FlowBuilder(uri, text, 'twiml');
  const entries = readTwiml(b, doc.root);
  const comments = doc.comments.map((c) => ({ text: c.text, span: { start: c.start, end: c.end }, line: b.lineOf(c.start) }));
  return { ok: true, script: b.finish(entries, comments) };
}
