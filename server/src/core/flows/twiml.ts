/**
 * TwiML documents (ivr-formats.md §5.3; SignalWire cXML and Telnyx TeXML reuse its verbs). Verbs run in
 * document order from the first; each verb is a node (TwiML has no ids) anchored at its name in the
 * start tag. References to other documents (`action`, `<Redirect>`) are external steps in stage 1.
 */
import type { FlowNode, Words } from '../ivr/model';
import type { Span } from '../text';
import { FlowBuilder } from './builder';
import { dynamicRanges, rawSlice, stripMarkup, toPromptText } from './prompt-text';
import { voiceLanguage } from './voices';
import * as W from './words';
import { attr, elements, type XmlElement } from './xml';

const VERBS = new Set(['Say', 'Play', 'Gather', 'Dial', 'Record', 'Start', 'Stop', 'Redirect', 'Hangup', 'Reject', 'Pause', 'Enqueue', 'Leave', 'Connect', 'Pay', 'Prompt', 'Refer', 'Sms', 'Message', 'Echo', 'Queue']);
/** Verbs of other dialects that share the `Response` root: their documents are not TwiML. */
const FOREIGN = new Set(['Speak', 'SpeakSentence', 'PlayAudio', 'SpeakText', 'GetDigits', 'Wait']);

export function isTwiml(root: XmlElement): boolean {
  if (root.name !== 'Response' || attr(root, 'xmlns')) return false;
  const verbs = elements(root);
  return !verbs.some((v) => FOREIGN.has(v.name) && !VERBS.has(v.name));
}

interface Part { first: number; exits: number[] }

export function readTwiml(b: FlowBuilder, root: XmlElement): number[] {
  const parts = sequence(b, elements(root), undefined);
  return parts.length ? [parts[0].first] : [];
}

/** The verbs of one parent in order; each verb's exits fall through to the next verb. */
function sequence(b: FlowBuilder, verbs: XmlElement[], documentStart: (() => number | undefined) | undefined): Part[] {
  const parts: Part[] = [];
  const first = () => documentStart?.() ?? parts[0]?.first;
  for (const v of verbs) {
    const part = verb(b, v, first);
    if (part) parts.push(part);
  }
  for (let k = 0; k + 1 < parts.length; k++) for (const e of parts[k].exits) b.edge(e, parts[k + 1].first);
  return parts;
}

function tagOf(v: XmlElement): string {
  return `<${v.name}>`;
}

function verb(b: FlowBuilder, v: XmlElement, documentFirst: () => number | undefined): Part | undefined {
  const node = b.node(undefined, undefined, tagOf(v), { start: v.start, end: v.end }, v.nameSpan);
  const at = v.nameSpan;
  const one = (i: number): Part => ({ first: i, exits: [i] });
  switch (v.name) {
    case 'Say': case 'Play': {
      const i = prompt(b, node, v, undefined);
      return i === undefined ? undefined : one(i);
    }
    case 'Gather': {
      const input = (attr(v, 'input')?.value ?? 'dtmf').split(/\s+/);
      const bargeIn = attr(v, 'bargeIn')?.value !== 'false';
      const cut = input.includes('dtmf') ? (input.includes('speech') && bargeIn ? 'a key press or speech' : 'a key press') : bargeIn ? 'speech' : undefined;
      const said: number[] = [];
      for (const c of elements(v)) {
        if (c.name !== 'Say' && c.name !== 'Play') continue;
        const inner = b.node(undefined, undefined, tagOf(c), { start: c.start, end: c.end }, c.nameSpan);
        const i = prompt(b, inner, c, cut);
        if (i !== undefined) said.push(i);
      }
      const menu = b.add({ kind: 'menu', options: [], span: at });
      b.chain([...said, menu]);
      const action = attr(v, 'action');
      const onEmpty = attr(v, 'actionOnEmptyResult')?.value === 'true';
      const firstStep = said[0] ?? menu;
      if (action) {
        const by = input.includes('dtmf') && input.includes('speech') ? W.keyPressOrSpeech() : input.includes('speech') ? W.speech() : W.keyPress();
        const ext = external(b, action.value, action.valueSpan, '<Gather action>', W.inputContinuesIn(by, action.value));
        b.edge(menu, ext, by);
        if (onEmpty) { b.edge(menu, ext, W.noInput()); return { first: firstStep, exits: [] }; }
      } else {
        const back = documentFirst();
        if (back !== undefined) b.edge(menu, back, W.keyPressOrSpeech());
      }
      return { first: firstStep, exits: [menu] };
    }
    case 'Dial': case 'Enqueue': {
      const steps: number[] = [];
      const rec = attr(v, 'record');
      const conf = elements(v).find((c) => c.name === 'Conference');
      const confRec = conf ? attr(conf, 'record') : undefined;
      if (rec && rec.value !== 'do-not-record' && rec.value !== 'false') steps.push(recordAt(b, rec.valueSpan, W.recordOnceConnected(rec.value)));
      else if (confRec && confRec.value === 'record-from-start') steps.push(recordAt(b, confRec.valueSpan, W.conferenceFromStart()));
      steps.push(b.add({ kind: 'transfer', target: v.name === 'Dial' ? dialTarget(b, v) : 'queue', targetSpan: at, span: at, connects: { agent: true, bridge: true }, label: tagOf(v) }));
      b.chain(steps);
      const action = attr(v, 'action');
      const last = steps[steps.length - 1];
      if (action) {
        const ext = external(b, action.value, action.valueSpan, `<${v.name} action>`, W.afterCallContinuesIn(action.value));
        b.edge(last, ext);
        return { first: steps[0], exits: [] };
      }
      return { first: steps[0], exits: [last] };
    }
    case 'Record': {
      const i = b.add({ kind: 'record', action: 'start', actionSpan: at, span: at, what: 'caller-audio', timing: 'now' });
      const action = attr(v, 'action');
      if (action) {
        const ext = external(b, action.value, action.valueSpan, '<Record action>', W.afterMessageContinuesIn(action.value));
        b.edge(i, ext);
        return { first: i, exits: [] };
      }
      return one(i);
    }
    case 'Start': case 'Stop': case 'Connect': {
      const steps = nouns(b, v);
      if (!steps.length) steps.push(b.add({ kind: 'node', label: tagOf(v), span: at }));
      b.chain(steps);
      const action = v.name === 'Connect' ? attr(v, 'action') : undefined;
      if (action) {
        const ext = external(b, action.value, action.valueSpan, '<Connect action>', W.afterwardsContinuesIn(action.value));
        b.edge(steps[steps.length - 1], ext);
        return { first: steps[0], exits: [] };
      }
      return { first: steps[0], exits: [steps[steps.length - 1]] };
    }
    case 'Pay': {
      const i = b.add({ kind: 'node', label: tagOf(v), span: at });
      const action = attr(v, 'action');
      if (action) { b.edge(i, external(b, action.value, action.valueSpan, '<Pay action>', W.afterPaymentContinuesIn(action.value))); return { first: i, exits: [] }; }
      return one(i);
    }
    case 'Redirect': {
      const span = textSpan(b.text, v);
      const url = b.text.slice(span.start, span.end);
      return { first: external(b, url, span, '<Redirect>', W.continuesIn(url)), exits: [] };
    }
    case 'Hangup': case 'Reject':
      return { first: b.add({ kind: 'hangup', span: at }), exits: [] };
    default:
      return one(b.add({ kind: 'node', label: tagOf(v), span: at }));
  }
}

/** `<Start>`, `<Stop>` and `<Connect>` nouns: recording, streams, transcription. */
function nouns(b: FlowBuilder, v: XmlElement): number[] {
  const out: number[] = [];
  for (const n of elements(v)) {
    const at = n.nameSpan;
    const stop = v.name === 'Stop';
    if (n.name === 'Recording') out.push(stop ? b.add({ kind: 'record', action: 'stop', actionSpan: at, span: at }) : recordAt(b, at, W.startRecording()));
    else if (n.name === 'Siprec' && !stop) out.push(b.add({ kind: 'record', action: 'start', actionSpan: at, span: at, what: 'call', timing: 'now', analytics: [{ kind: 'stream', span: at, what: W.siprecFork(connector(n)) }] }));
    else if ((n.name === 'Stream' || n.name === 'ConversationRelay' || n.name === 'VirtualAgent' || n.name === 'AiSession') && !stop) {
      out.push(b.add({ kind: 'record', action: 'start', actionSpan: at, span: at, what: 'stream', timing: 'now', analytics: [{ kind: 'stream', span: at, what: W.sendsAudioOut(n.name, connector(n)) }] }));
    } else if (n.name === 'Transcription' && !stop) {
      const intel = attr(n, 'intelligenceService');
      out.push(b.add({ kind: 'record', action: 'start', actionSpan: at, span: at, what: 'transcription', timing: 'now', analytics: intel ? [{ kind: 'speech-analytics', span: intel.valueSpan, what: W.liveTranscript(intel.value) }] : undefined }));
    } else if (n.name === 'Conversation' && v.name === 'Connect') {
      // `<Connect><Conversation>` hands the call to a Conversations (Flex) agent; its `record` records
      // once connected, as `<Dial record>` does (twilio-node VoiceResponse: `record` on `Conversation`).
      const rec = attr(n, 'record');
      if (rec && rec.value !== 'do-not-record' && rec.value !== 'false') out.push(recordAt(b, rec.valueSpan, W.conversationRecordOnceConnected(rec.value)));
      out.push(b.add({ kind: 'transfer', target: 'conversation', targetSpan: at, span: at, connects: { agent: true, bridge: true }, label: '<Conversation>' }));
    } else if ((n.name === 'Stream' || n.name === 'Siprec' || n.name === 'Transcription') && stop) out.push(b.add({ kind: 'node', label: `<Stop><${n.name}>`, span: at }));
  }
  return out;
}

/** Where a noun sends the audio (its `url`, `connectorName` or `name`), if it says. */
function connector(n: XmlElement): string | undefined {
  return (attr(n, 'url') ?? attr(n, 'connectorName') ?? attr(n, 'name'))?.value;
}

function recordAt(b: FlowBuilder, span: Span, note: Words): number {
  return b.add({ kind: 'record', action: 'start', actionSpan: span, span, what: 'call', timing: 'now', note });
}

function dialTarget(b: FlowBuilder, v: XmlElement): string {
  const noun = elements(v)[0];
  const span = noun ? textSpan(b.text, noun) : textSpan(b.text, v);
  return b.text.slice(span.start, span.end) || 'a number';
}

function external(b: FlowBuilder, target: string, span: Span, label: string, what: Words): number {
  return b.add({ kind: 'external', label, target, targetSpan: span, span, returns: false, what, ref: { kind: 'document', value: target } });
}

/** The text content of an element, from its first to its last non-blank character. */
function textSpan(src: string, el: XmlElement): Span {
  let s = el.openEnd;
  let e = el.closeStart;
  while (s < e && /\s/.test(src[s])) s++;
  while (e > s && /\s/.test(src[e - 1])) e--;
  return { start: s, end: e };
}

/**
 * The language a `<Say voice>` speaks when `language` is absent: Google voices carry it in their name
 * (`Google.nl-NL-Standard-A`), Polly voices through the voice table (`Polly.Joanna-Neural`).
 */
function voiceLang(voice: string | undefined): string | undefined {
  if (!voice) return undefined;
  const tagged = /^(?:Google|Polly|Azure)?\.?([a-z]{2,3})-[A-Z]{2}-/.exec(voice);
  if (tagged) return tagged[1];
  return voiceLanguage(voice.replace(/^(Polly|Google)\./, '').replace(/-(Neural|Generative|Standard)$/, ''));
}

/** A `<Say>` (text, SSML children allowed) or `<Play>` (audio URL). */
function prompt(b: FlowBuilder, node: FlowNode, v: XmlElement, cut: string | undefined): number | undefined {
  if (v.openEnd === v.closeStart) return undefined;
  const span = textSpan(b.text, v);
  if (v.name === 'Play') {
    const url = b.text.slice(span.start, span.end);
    const i = b.add({ kind: 'say', prompt: { text: '', span, sourceOffsets: [span.end] }, span, source: 'audio', audio: url, interruptible: cut, anchor: span });
    b.promptOf(node, i);
    return i;
  }
  const hasMarkup = elements(v).length > 0;
  const text = toPromptText(stripMarkup(rawSlice(b.text, v.openEnd, v.closeStart)), span);
  const language = attr(v, 'language')?.value;
  const lang = language ? language.toLowerCase().split('-')[0] : voiceLang(attr(v, 'voice')?.value);
  const i = b.add({ kind: 'say', prompt: text, span, source: hasMarkup ? 'ssml' : 'tts', dynamic: dynamicRanges(text.text, 'mustache'), interruptible: cut, anchor: span, lang });
  b.promptOf(node, i);
  return i;
}
