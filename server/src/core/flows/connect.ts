/**
 * Amazon Connect flows (ivr-formats.md §5.1): the flow language (`Actions` with `StartAction`) and the
 * legacy export (`modules` with `start`, connect-legacy.ts), read into the step model. Each action is a
 * node: a `label` step at its `Identifier`, then its own steps, then edges along every transition
 * (conditions and errors included: a caller can reach them).
 */
import type { AnalyticsSetting, FlowNode, Words } from '../ivr/model';
import type { Span } from '../text';
import { FlowBuilder } from './builder';
import { at, items, prop, scalarText, spanOf, strOf, type JsonNode } from './json';
import { decodeJsonString, dynamicRanges, stripMarkup, toPromptText } from './prompt-text';
import { voiceLanguage } from './voices';
import * as W from './words';

/** Published flow-language actions that play and record nothing: passed through silently (§4.4). */
const QUIET = new Set([
  'UpdateContactAttributes', 'UpdateFlowAttributes', 'UpdateContactTargetQueue', 'UpdateContactData', 'UpdateContactEventHooks',
  'UpdateContactRoutingBehavior', 'UpdateFlowLoggingBehavior', 'UpdateContactCallbackNumber', 'UpdateContactMediaProcessing',
  'UpdateRoutingCriteria', 'UpdatePreviousContactParticipantState', 'UpdateContactTextToSpeechVoice', 'Wait', 'Loop', 'TagContact',
  'UnTagContact', 'CreateTask', 'CreateCallbackContact', 'CreatePersistentContactAssociation', 'GetMetricData', 'ShowView',
  'InvokeLambdaFunction', 'InvokeExternalResource', 'CheckVoiceId', 'SetVoiceId', 'AssociateContactToCustomerProfile',
  'GetCustomerProfile', 'CreateCustomerProfile', 'UpdateCustomerProfile', 'CompleteOutboundCall', 'ResumeContact',
  'StartOutboundChatContact', 'EndFlowModuleExecution', 'UpdateContactRecordingBehavior', 'UpdateContactRecordingAndAnalyticsBehavior',
  'UpdateContactMediaStreamingBehavior', 'SetAttributes', 'UpdateCase', 'CreateCase', 'GetCase', 'Resume', 'StartVoiceIdStream',
  'CheckVoiceIdStatus', 'GetQueueMetrics', 'UpdateContactRecordingBehaviour', 'AuthenticateParticipant', 'CreateWisdomSession', 'UpdateContactTargetAgent',
]);
const BRANCHES = new Set(['Compare', 'CheckHoursOfOperation', 'CheckAttribute', 'CheckContactAttributes', 'DistributeByPercentage', 'CheckMetricData', 'CheckStaffing', 'CheckCallProgress', 'CheckOutboundCallStatus', 'CheckQueueStatus']);
const PROMPTS: Record<string, string | undefined> = {
  MessageParticipant: undefined,
  MessageParticipantIteratively: undefined,
  GetParticipantInput: 'a key press',
  StoreCustomerInput: 'a key press',
  ConnectParticipantWithLexBot: 'a key press or speech',
};
const ENDS = new Set(['DisconnectParticipant', 'EndFlowExecution', 'TransferToPhoneNumber', 'TransferParticipantToThirdParty']);

export function isConnectFlow(root: JsonNode): boolean {
  const acts = prop(root, 'Actions');
  return !!acts && acts.type === 'array' && prop(root, 'StartAction') !== undefined && items(acts).every((a) => prop(a, 'Identifier') && prop(a, 'Type'));
}

export function readConnect(b: FlowBuilder, root: JsonNode): number[] {
  const meta = prop(prop(root, 'Metadata'), 'ActionMetadata');
  for (const action of items(prop(root, 'Actions'))) readAction(b, action, meta);
  return b.entryById(strOf(prop(root, 'StartAction')));
}

/** The flow name the export's metadata gives an action's target (`ActionMetadata.<id>.ContactFlow.text`), when it does. */
function flowName(meta: JsonNode | undefined, id: string): string | undefined {
  const m = prop(meta, id);
  return strOf(prop(prop(m, 'ContactFlow'), 'text')) ?? strOf(prop(prop(m, 'flowModule'), 'text')) ?? strOf(prop(prop(m, 'FlowModule'), 'text'));
}

function readAction(b: FlowBuilder, action: JsonNode, meta?: JsonNode): void {
  const idNode = prop(action, 'Identifier');
  const typeNode = prop(action, 'Type');
  const id = scalarText(idNode);
  const type = strOf(typeNode) ?? '';
  if (!typeNode || id === undefined) return;
  const typeSpan = spanOf(typeNode);
  const node = b.node(id, spanOf(idNode!), type, spanOf(action), typeSpan);
  const params = prop(action, 'Parameters');
  const steps: number[] = node.first < b.steps.length ? [node.first] : [];
  const push = (i: number | undefined) => { if (i !== undefined) steps.push(i); };

  if (type in PROMPTS) for (const i of prompt(b, node, params, PROMPTS[type])) push(i);
  else if (type === 'UpdateContactTextToSpeechVoice') {
    const v = prop(params, 'TextToSpeechVoice');
    const lang = v && strOf(v) ? voiceLanguage(strOf(v)!) : undefined;
    push(lang ? b.add({ kind: 'lang', code: lang, codeSpan: spanOf(v!), span: spanOf(v!) }) : b.add({ kind: 'node', label: type, span: typeSpan }));
  } else if (type === 'UpdateContactRecordingBehavior') {
    for (const i of recording(b, prop(params, 'RecordingBehavior'), prop(params, 'AnalyticsBehavior'), typeSpan)) push(i);
  } else if (type === 'UpdateContactRecordingAndAnalyticsBehavior') {
    const voice = prop(params, 'VoiceBehavior');
    for (const i of recording(b, prop(voice, 'VoiceRecordingBehavior'), prop(voice, 'VoiceAnalyticsBehavior'), typeSpan)) push(i);
  } else if (type === 'UpdateContactMediaStreamingBehavior') {
    const state = prop(params, 'MediaStreamingState');
    if (scalarText(state) === 'Enabled') {
      const span = spanOf(state!);
      push(b.add({ kind: 'record', action: 'start', actionSpan: span, span, what: 'stream', timing: 'now', analytics: [{ kind: 'stream', span, what: W.mediaStreaming() }] }));
    } else push(b.add({ kind: 'node', label: type, span: typeSpan }));
  } else if (type === 'SetRecordingBehavior') {
    // Hand-written flows use the legacy block's parameters in the flow language's shape.
    const opt = prop(params, 'RecordingBehaviorOption');
    const who = scalarText(prop(params, 'RecordingParticipantOption'));
    const span = opt ? spanOf(opt) : typeSpan;
    if (scalarText(opt) === 'Enable' && who !== 'Agent') push(b.add({ kind: 'record', action: 'start', actionSpan: span, span, what: 'call', timing: 'on-agent', note: W.recordingOnAgentJoins() }));
    else if (opt) push(b.add({ kind: 'record', action: 'stop', actionSpan: span, span, customer: false, note: W.customerRecordingOff() }));
    else push(b.add({ kind: 'node', label: type, span: typeSpan }));
  } else if (type === 'TransferContactToQueue' || type === 'TransferContactToAgent' || type === 'TransferToQueue' || type === 'DequeueContactAndTransferToQueue') {
    push(b.add({ kind: 'transfer', target: type === 'TransferContactToAgent' ? 'agent' : 'queue', targetSpan: typeSpan, span: typeSpan, connects: { agent: true, bridge: false }, label: type }));
  } else if (type === 'TransferToFlow') {
    const t = prop(params, 'ContactFlowId');
    const span = t ? spanOf(t) : typeSpan;
    const target = scalarText(t) ?? '';
    push(b.add({ kind: 'external', label: type, target, targetSpan: span, span, returns: false, what: W.continuesInFlow(scalarText(t) ?? '?'), ...(target ? { ref: { kind: 'flow' as const, value: target, name: flowName(meta, id) } } : {}) }));
  } else if (type === 'InvokeFlowModule') {
    const t = prop(params, 'FlowModuleId') ?? prop(params, 'ModuleId') ?? prop(params, 'FlowModuleArn');
    const span = t ? spanOf(t) : typeSpan;
    const target = scalarText(t) ?? '';
    push(b.add({ kind: 'external', label: type, target, targetSpan: span, span, returns: true, what: W.moduleRuns(scalarText(t) ?? '?'), ...(target ? { ref: { kind: 'flow' as const, value: target, name: flowName(meta, id) } } : {}) }));
  } else if (ENDS.has(type)) {
    push(b.add(type.startsWith('Transfer') ? { kind: 'transfer', target: 'phone number', targetSpan: typeSpan, span: typeSpan, connects: { agent: false, bridge: true }, label: type } : { kind: 'hangup', span: typeSpan }));
  } else if (BRANCHES.has(type)) {
    push(b.add({ kind: 'branch', label: type, conditions: [], span: typeSpan }));
  } else {
    push(b.passThrough(type, typeSpan, QUIET));
  }
  b.chain(steps);
  if (ENDS.has(type) && type !== 'TransferParticipantToThirdParty') return;
  const last = steps[steps.length - 1];
  if (last === undefined) return;
  transitions(b, last, prop(action, 'Transitions'), type in PROMPTS && type !== 'ConnectParticipantWithLexBot');
}

/** An error transition's note: its `ErrorType` as Connect names it (`NoMatchingCondition`), else "error". */
function errorNote(type: string | undefined): Words {
  return type !== undefined ? W.raw(type) : W.error();
}

/** Edges along `NextAction`, every condition and every error; on a key menu the `Equals` digits are keys. */
function transitions(b: FlowBuilder, from: number, t: JsonNode | undefined, keys: boolean): void {
  const step = b.steps[from];
  // The default transition first: a path through the flow follows it unless a condition or error says otherwise.
  const next = strOf(prop(t, 'NextAction'));
  if (next !== undefined) b.edgeTo(from, next, step.kind === 'menu' ? W.noKey() : undefined);
  for (const c of items(prop(t, 'Conditions'))) {
    const next = strOf(prop(c, 'NextAction'));
    const cond = prop(c, 'Condition');
    const operands = items(prop(cond, 'Operands')).map((o) => scalarText(o) ?? '?');
    const op = strOf(prop(cond, 'Operator')) ?? '';
    // A key of a menu in words; any other condition as Connect writes it (`NumberGreaterThan 5`).
    const note = keys && op === 'Equals' ? W.key(operands.join('')) : W.raw(`${op} ${operands.join(', ')}`.trim());
    if (next !== undefined) b.edgeTo(from, next, note);
    if (step.kind === 'branch') step.conditions.push(note);
    if (step.kind === 'menu' && keys && op === 'Equals' && next !== undefined) {
      const span = spanOf(cond ?? c);
      step.options.push({ key: operands.join(''), label: next, keySpan: span, labelSpan: spanOf(prop(c, 'NextAction')!) });
    }
  }
  for (const e of items(prop(t, 'Errors'))) {
    const next = strOf(prop(e, 'NextAction'));
    if (next !== undefined) b.edgeTo(from, next, errorNote(strOf(prop(e, 'ErrorType'))));
  }
}

/** A prompt of an action: text, SSML, a prompt id or a media URI; then a menu when it takes input. */
function prompt(b: FlowBuilder, node: FlowNode, params: JsonNode | undefined, cut: string | undefined): number[] {
  // A queue loop (`MessageParticipantIteratively`) plays each of its `Messages` in turn.
  const messages = items(prop(params, 'Messages'));
  if (messages.length) {
    const out: number[] = [];
    for (const m of messages) {
      const said = onePrompt(b, m, cut);
      if (said !== undefined) { b.promptOf(node, said); out.push(said); }
    }
    return out;
  }
  const said = onePrompt(b, params, cut);
  if (said !== undefined) b.promptOf(node, said);
  const out = said !== undefined ? [said] : [];
  // Input blocks wait for a key (a menu) or for Lex (a branch over intents) after their prompt.
  if (cut) out.push(cut === 'a key press or speech' ? b.add({ kind: 'branch', label: 'intent', conditions: [], span: node.kindSpan }) : b.add({ kind: 'menu', options: [], span: node.kindSpan }));
  return out;
}

/** One prompt of a parameters object: text, SSML, a prompt id or a media URI. */
function onePrompt(b: FlowBuilder, params: JsonNode | undefined, cut: string | undefined): number | undefined {
  const text = prop(params, 'Text');
  const ssml = prop(params, 'SSML');
  const audio = prop(params, 'PromptId') ?? at(params, 'Media', 'Uri');
  let said: number | undefined;
  if (text && text.type === 'string') said = textPrompt(b, text, /^\s*<speak[\s>]/.test(String(text.value)) ? 'ssml' : 'tts', cut);
  else if (ssml && ssml.type === 'string') said = textPrompt(b, ssml, 'ssml', cut);
  else if (audio) {
    const span = spanOf(audio);
    said = b.add({ kind: 'say', prompt: { text: '', span, sourceOffsets: [span.end] }, span, source: 'audio', audio: scalarText(audio) ?? '', interruptible: cut, anchor: span });
  }
  return said;
}

export function textPrompt(b: FlowBuilder, token: JsonNode, source: 'tts' | 'ssml', cut: string | undefined): number {
  const span = spanOf(token);
  let m = decodeJsonString(b.text, span.start, span.end);
  if (source === 'ssml') m = stripMarkup(m);
  const prompt = toPromptText(m, span);
  const dynamic = dynamicRanges(prompt.text, 'connect');
  const lang = source === 'ssml' ? /<speak\b[^>]*\bxml:lang\s*=\s*["']([A-Za-z-]+)/.exec(String(token.value))?.[1] : undefined;
  return b.add({ kind: 'say', prompt, span, source, dynamic, interruptible: cut, anchor: span, lang: lang?.toLowerCase().split('-')[0] });
}

/** Recording and analytics settings of one action (`RecordingBehavior` and `AnalyticsBehavior`, or their voice forms). */
function recording(b: FlowBuilder, rec: JsonNode | undefined, analyticsNode: JsonNode | undefined, typeSpan: Span): number[] {
  const out: number[] = [];
  const analytics = analyticsOf(analyticsNode);
  const parts = prop(rec, 'RecordedParticipants');
  if (parts) {
    const who = items(parts).map((p) => scalarText(p));
    const span = spanOf(parts);
    if (who.includes('Customer')) {
      out.push(b.add({ kind: 'record', action: 'start', actionSpan: span, span, what: 'call', timing: 'on-agent', analytics, note: W.participantsCustomer() }));
    } else {
      out.push(b.add({ kind: 'record', action: 'stop', actionSpan: span, span, customer: false, analytics, note: W.customerRecordingOff() }));
    }
  }
  const ivr = prop(rec, 'IVRRecordingBehavior');
  if (scalarText(ivr) === 'Enabled') {
    const span = spanOf(ivr!);
    out.push(b.add({ kind: 'record', action: 'start', actionSpan: span, span, what: 'call', timing: 'now', note: W.ivrRecordingEnabled() }));
  }
  const screen = prop(rec, 'ScreenRecordedParticipants');
  if (items(screen).length) out.push(b.add({ kind: 'record', action: 'start', actionSpan: spanOf(screen!), span: spanOf(screen!), what: 'screen', timing: 'on-agent' }));
  if (out.length === 0) out.push(b.add({ kind: 'node', label: 'UpdateContactRecordingBehavior', span: typeSpan, analytics }));
  else if (analytics && !b.steps[out[0]].analytics) b.steps[out[0]].analytics = analytics;
  return out;
}

function analyticsOf(a: JsonNode | undefined): AnalyticsSetting[] | undefined {
  if (!a) return undefined;
  const enabled = prop(a, 'Enabled');
  const modes = at(a, 'ChannelConfiguration', 'Voice', 'AnalyticsModes') ?? prop(a, 'AnalyticsModes');
  // On when `Enabled` is true or voice analytics modes are listed (§5.1).
  const on = scalarText(enabled)?.toLowerCase() === 'true' || items(modes).length > 0;
  if (!on) return undefined;
  const span = enabled ? spanOf(enabled) : spanOf(modes!);
  const modeNames = items(modes).map((m) => scalarText(m)).filter(Boolean).join(', ');
  const out: AnalyticsSetting[] = [{ kind: 'speech-analytics', span, what: W.contactLens(modeNames) }];
  const sentiment = at(a, 'SentimentConfiguration', 'Enabled');
  if (scalarText(sentiment)?.toLowerCase() !== 'false') out.push({ kind: 'text-sentiment', span, what: W.sentimentScores() });
  return out;
}

