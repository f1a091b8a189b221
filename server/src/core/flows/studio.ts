/**
 * Twilio Studio flow definitions (ivr-formats.md §5.2), at the top or under `definition` (the REST and
 * CLI envelope). Each state is a node named by its `name`; its transitions are the edges (one without
 * `next` ends the path); the trigger's call transitions are the entries.
 */
import type { FlowNode } from '../ivr/model';
import { FlowBuilder } from './builder';
import { items, prop, scalarText, spanOf, strOf, type JsonNode } from './json';
import { decodeJsonString, dynamicRanges, toPromptText } from './prompt-text';
import * as W from './words';

/** Published widgets that play and record nothing: passed through silently. */
const QUIET = new Set([
  'set-variables', 'run-function', 'make-http-request', 'send-message', 'send-and-wait-for-reply', 'capture-payments',
  'send-to-auto-pilot', 'connect-virtual-agent', 'wait-for-reply', 'add-twiml-redirect', 'run-subflow',
]);

/**
 * The flow object: the document itself, or its `definition` (REST envelope), or the `definition` of
 * the one record of a Twilio CLI `-o json` listing (`twilio api:studio:v2:flows:fetch` prints an array).
 */
export function studioFlow(root: JsonNode): JsonNode | undefined {
  const records = items(root);
  const cli = records.length === 1 ? records[0] : undefined;
  for (const cand of [root, prop(root, 'definition'), prop(cli, 'definition')]) {
    const states = prop(cand, 'states');
    if (states && states.type === 'array' && prop(cand, 'initial_state') && items(states).every((s) => prop(s, 'name') && prop(s, 'type') && prop(s, 'transitions'))) return cand;
  }
  return undefined;
}

export function readStudio(b: FlowBuilder, flow: JsonNode): number[] {
  const entries: number[] = [];
  const triggers: string[] = [];
  for (const state of items(prop(flow, 'states'))) {
    const type = strOf(prop(state, 'type'));
    if (type === 'trigger') {
      for (const t of items(prop(state, 'transitions'))) {
        const ev = strOf(prop(t, 'event'));
        const next = strOf(prop(t, 'next'));
        if (next && (ev === 'incomingCall' || ev === 'incomingRequest' || ev === 'incomingParent')) triggers.push(next);
      }
      continue;
    }
    readState(b, state);
  }
  for (const t of triggers) {
    const i = b.stepOfId(t);
    if (i !== undefined) entries.push(i);
  }
  return entries;
}

const langOf = (v: string | undefined) => (v ? v.toLowerCase().split(/[-_]/)[0] : undefined);

function readState(b: FlowBuilder, state: JsonNode): void {
  const nameNode = prop(state, 'name')!;
  const typeNode = prop(state, 'type')!;
  const type = strOf(typeNode) ?? '';
  const typeSpan = spanOf(typeNode);
  const p = prop(state, 'properties');
  const node = b.node(scalarText(nameNode) ?? '', spanOf(nameNode), type, spanOf(state), typeSpan);
  const steps: number[] = [node.first];
  const push = (i: number | undefined) => { if (i !== undefined) steps.push(i); };
  const flag = (key: string) => { const v = prop(p, key); return v && (v.value === true || v.value === 'true') ? v : undefined; };
  let keys = false;

  switch (type) {
    case 'say-play':
      push(prompt(b, node, p, undefined));
      break;
    case 'gather-input-on-call':
      push(prompt(b, node, p, 'a key press'));
      push(b.add({ kind: 'menu', options: [], span: typeSpan }));
      break;
    case 'split-based-on': {
      const input = strOf(prop(p, 'input')) ?? '';
      keys = /^\{\{\s*widgets\.[\w-]+\.Digits\s*\}\}$/.test(input);
      push(keys ? b.add({ kind: 'menu', options: [], span: typeSpan }) : b.add({ kind: 'branch', label: `split on ${input || '?'}`, conditions: [], span: typeSpan }));
      break;
    }
    case 'record-call': {
      const v = prop(p, 'record_call');
      const span = v ? spanOf(v) : typeSpan;
      const on = v && (v.value === true || v.value === 'true');
      push(on ? b.add({ kind: 'record', action: 'start', actionSpan: span, span, what: 'call', timing: 'now' }) : b.add({ kind: 'record', action: 'stop', actionSpan: span, span }));
      break;
    }
    case 'connect-call-to':
    case 'make-outgoing-call-v2':
    case 'enqueue-call':
    case 'send-to-flex': {
      const rec = flag('record');
      if (rec) push(b.add({ kind: 'record', action: 'start', actionSpan: spanOf(rec), span: spanOf(rec), what: 'call', timing: 'now', note: W.studioRecordTrue() }));
      push(b.add({ kind: 'transfer', target: strOf(prop(p, 'to')) ?? strOf(prop(p, 'queue_name')) ?? type, targetSpan: typeSpan, span: typeSpan, connects: { agent: type !== 'make-outgoing-call-v2', bridge: true }, label: type }));
      break;
    }
    case 'record-voicemail':
      push(b.add({ kind: 'record', action: 'start', actionSpan: typeSpan, span: typeSpan, what: 'caller-audio', timing: 'now' }));
      break;
    case 'fork-stream': {
      const action = prop(p, 'stream_action');
      if (strOf(action) === 'start') {
        const span = spanOf(action!);
        const siprec = strOf(prop(p, 'stream_transport_type')) === 'siprec';
        const url = strOf(prop(p, 'stream_url')) ?? strOf(prop(p, 'stream_connector')) ?? '';
        push(b.add({ kind: 'record', action: 'start', actionSpan: span, span, what: siprec ? 'call' : 'stream', timing: 'now', analytics: [{ kind: 'stream', span, what: W.audioStreamed(url || undefined) }] }));
      } else push(b.add({ kind: 'node', label: type, span: typeSpan }));
      break;
    }
    case 'add-twiml-redirect': {
      const url = prop(p, 'url');
      const span = url ? spanOf(url) : typeSpan;
      const target = scalarText(url) ?? '';
      // A flow set reads the TwiML document (ivr-formats.md §6); the widget's `return` transition goes on after it.
      push(b.add({ kind: 'external', label: type, target, targetSpan: span, span, returns: true, what: W.continuesInTwiml(scalarText(url) ?? '?'), ...(target ? { ref: { kind: 'document' as const, value: target } } : {}) }));
      break;
    }
    case 'run-subflow': {
      const sid = prop(p, 'flow_sid');
      const span = sid ? spanOf(sid) : typeSpan;
      const target = scalarText(sid) ?? '';
      // The subflow by its SID through `flows.ids`, as a Connect flow by its id.
      push(b.add({ kind: 'external', label: type, target, targetSpan: span, span, returns: true, what: W.subflowRuns(scalarText(sid) ?? '?'), ...(target ? { ref: { kind: 'flow' as const, value: target } } : {}) }));
      break;
    }
    default:
      push(b.passThrough(type, typeSpan, QUIET));
  }
  b.chain(steps);
  const last = steps[steps.length - 1];
  const step = b.steps[last];
  for (const t of items(prop(state, 'transitions'))) {
    const next = strOf(prop(t, 'next'));
    const ev = strOf(prop(t, 'event')) ?? '';
    const conds = items(prop(t, 'conditions'));
    const value = conds.map((c) => scalarText(prop(c, 'value')) ?? '').join(', ');
    // The transition's event as Studio names it (`match`, `noMatch`, `timeout`): code, as written.
    const note = W.raw(ev === 'match' && conds.length ? `match "${value}"` : ev);
    if (next === undefined) continue;
    b.edgeTo(last, next, note);
    if (step.kind === 'branch') step.conditions.push(note);
    if (step.kind === 'menu' && keys && ev === 'match') {
      for (const c of conds) {
        const v = prop(c, 'value');
        if (v && strOf(prop(c, 'type')) === 'equal_to') step.options.push({ key: scalarText(v) ?? '', label: next, keySpan: spanOf(v), labelSpan: spanOf(prop(t, 'next')!) });
      }
    }
  }
}

/** `say` (text, Liquid allowed) or `play` (an audio URL) of a widget. */
function prompt(b: FlowBuilder, node: FlowNode, p: JsonNode | undefined, cut: string | undefined): number | undefined {
  const say = prop(p, 'say');
  const play = prop(p, 'play');
  const lang = langOf(strOf(prop(p, 'language')));
  let i: number | undefined;
  if (say && say.type === 'string' && String(say.value).trim()) {
    const span = spanOf(say);
    const text = toPromptText(decodeJsonString(b.text, span.start, span.end), span);
    i = b.add({ kind: 'say', prompt: text, span, source: 'tts', dynamic: dynamicRanges(text.text, 'liquid'), interruptible: cut, anchor: span, lang });
  } else if (play && play.type === 'string') {
    const span = spanOf(play);
    i = b.add({ kind: 'say', prompt: { text: '', span, sourceOffsets: [span.end] }, span, source: 'audio', audio: String(play.value), interruptible: cut, anchor: span, lang });
  }
  if (i !== undefined) b.promptOf(node, i);
  return i;
}
