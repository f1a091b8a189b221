/**
 * The legacy Amazon Connect export (`modules` with `start`, ivr-formats.md §5.1), mapped to the same
 * steps as the flow language: `PlayPrompt`, `GetUserInput`, `StoreUserInput`, `SetRecordingBehavior`,
 * `Transfer` (queue or flow), `SetVoice`, `StartMediaStreaming`, `Disconnect` …; parameters are a list
 * of `{ name, value }`.
 */
import type { FlowNode } from '../ivr/model';
import type { Span } from '../text';
import { FlowBuilder } from './builder';
import { items, prop, scalarText, spanOf, strOf, type JsonNode } from './json';
import { textPrompt } from './connect';
import { voiceLanguage } from './voices';
import * as W from './words';

const QUIET = new Set([
  'SetAttributes', 'SetQueue', 'SetLoggingBehavior', 'SetEventHook', 'SetCallbackNumber', 'SetRoutingPriority', 'SetWhisperFlow',
  'SetHoldFlow', 'SetCustomerQueueFlow', 'SetDisconnectFlow', 'SetWorkingQueue', 'InvokeExternalResource', 'Wait', 'Loop',
  'ChangeRoutingPriority', 'CreateTask', 'SetContactFlow', 'SetTaskQueue', 'StopMediaStreaming', 'SetVoice', 'SetRecordingBehavior',
  'StartMediaStreaming', 'CheckVoiceId', 'SetVoiceId', 'InvokeFlowModule', 'SetContactData', 'EndFlowModuleExecution', 'SetRoutingCriteria',
  'Resume', 'GetMetricData', 'GetQueueMetrics', 'StartVoiceIdStream', 'SetTaskAttributes', 'SetCustomerProfile', 'CreateCustomerProfile', 'InvokeLambdaFunction',
]);
const BRANCHES = new Set(['CheckHoursOfOperation', 'CheckAttribute', 'CheckStaffing', 'CheckQueueStatus', 'DistributeByPercentage', 'CheckContactAttributes']);
const INPUT: Record<string, string> = { GetUserInput: 'a key press', StoreUserInput: 'a key press', StoreCustomerInput: 'a key press' };

export function isLegacyConnect(root: JsonNode): boolean {
  const mods = prop(root, 'modules');
  return !!mods && mods.type === 'array' && prop(root, 'start') !== undefined && items(mods).every((m) => prop(m, 'id') && prop(m, 'type'));
}

/** The `value` node of the parameter named `name`. */
function param(mod: JsonNode, name: string): { value?: JsonNode; entry: JsonNode } | undefined {
  for (const p of items(prop(mod, 'parameters'))) if (strOf(prop(p, 'name')) === name) return { value: prop(p, 'value'), entry: p };
  return undefined;
}

export function readLegacyConnect(b: FlowBuilder, root: JsonNode): number[] {
  for (const mod of items(prop(root, 'modules'))) readModule(b, mod);
  return b.entryById(strOf(prop(root, 'start')));
}

function readModule(b: FlowBuilder, mod: JsonNode): void {
  const idNode = prop(mod, 'id')!;
  const typeNode = prop(mod, 'type')!;
  const id = scalarText(idNode) ?? '';
  const type = strOf(typeNode) ?? '';
  const typeSpan = spanOf(typeNode);
  const node = b.node(id, spanOf(idNode), type, spanOf(mod), typeSpan);
  const steps: number[] = [node.first];
  const push = (i: number | undefined) => { if (i !== undefined) steps.push(i); };
  const target = strOf(prop(mod, 'target'));

  if (type === 'PlayPrompt' || type === 'PlayAudio' || type in INPUT) {
    push(legacyPrompt(b, node, mod, INPUT[type]));
    if (type in INPUT) push(b.add({ kind: 'menu', options: [], span: typeSpan }));
  } else if (type === 'SetVoice') {
    const v = param(mod, 'GlobalVoice')?.value ?? param(mod, 'Voice')?.value;
    const lang = v && strOf(v) ? voiceLanguage(strOf(v)!) : undefined;
    push(lang ? b.add({ kind: 'lang', code: lang, codeSpan: spanOf(v!), span: spanOf(v!) }) : b.add({ kind: 'node', label: type, span: typeSpan }));
  } else if (type === 'SetRecordingBehavior') {
    push(setRecording(b, mod, typeSpan));
  } else if (type === 'StartMediaStreaming') {
    push(b.add({ kind: 'record', action: 'start', actionSpan: typeSpan, span: typeSpan, what: 'stream', timing: 'now', analytics: [{ kind: 'stream', span: typeSpan, what: W.mediaStreaming() }] }));
  } else if (type === 'Transfer' && target === 'Queue') {
    push(b.add({ kind: 'transfer', target: 'queue', targetSpan: typeSpan, span: typeSpan, connects: { agent: true, bridge: false }, label: 'Transfer (queue)' }));
  } else if ((type === 'Transfer' && target === 'Flow') || type === 'TransferToFlow') {
    const ref = param(mod, 'ContactFlowId')?.value;
    const span = ref ? spanOf(ref) : typeSpan;
    const entry = param(mod, 'ContactFlowId')?.entry;
    const ns = strOf(prop(entry, 'namespace'));
    const name = (ref && (strOf(prop(entry, 'resourceName')) ?? scalarText(ref))) ?? '?';
    // With a `namespace`, the value names an attribute that holds the flow id at run time.
    const what = ns ? W.continuesInRuntimeFlow(name) : W.continuesInFlow(name);
    const target = scalarText(ref) ?? '';
    push(b.add({ kind: 'external', label: type, target, targetSpan: span, span, returns: false, what, ...(target && !ns ? { ref: { kind: 'flow' as const, value: target, ...(name !== '?' && name !== target ? { name } : {}) } } : {}) }));
  } else if (type === 'Transfer') {
    push(b.add({ kind: 'transfer', target: target ?? 'phone number', targetSpan: typeSpan, span: typeSpan, connects: { agent: false, bridge: true }, label: `Transfer (${target ?? '?'})` }));
    b.chain(steps);
    return;
  } else if (type === 'Disconnect') {
    push(b.add({ kind: 'hangup', span: typeSpan }));
    b.chain(steps);
    return;
  } else if (BRANCHES.has(type)) {
    push(b.add({ kind: 'branch', label: type, conditions: [], span: typeSpan }));
  } else {
    push(b.passThrough(type, typeSpan, QUIET));
  }
  b.chain(steps);
  branches(b, steps[steps.length - 1], mod, type in INPUT);
}

function branches(b: FlowBuilder, from: number, mod: JsonNode, keys: boolean): void {
  const step = b.steps[from];
  for (const br of items(prop(mod, 'branches'))) {
    const next = strOf(prop(br, 'transition'));
    const cond = strOf(prop(br, 'condition')) ?? '';
    const value = scalarText(prop(br, 'conditionValue'));
    // A key in words; another condition, and a branch's own `condition` (`Timeout`, `NoMatch`), as written.
    const note = cond === 'Evaluate' ? (keys ? W.key(value ?? '?') : W.raw(`${strOf(prop(br, 'conditionType')) ?? 'Equals'} ${value ?? ''}`.trim())) : W.raw(cond);
    if (next !== undefined) b.edgeTo(from, next, note);
    if (step.kind === 'branch') step.conditions.push(note);
    if (step.kind === 'menu' && keys && cond === 'Evaluate' && next !== undefined && value !== undefined) {
      step.options.push({ key: value, label: next, keySpan: spanOf(prop(br, 'conditionValue')!), labelSpan: spanOf(prop(br, 'transition')!) });
    }
  }
}

function legacyPrompt(b: FlowBuilder, node: FlowNode, mod: JsonNode, cut: string | undefined): number | undefined {
  const text = param(mod, 'Text');
  const audio = param(mod, 'AudioPrompt');
  const meta = prop(mod, 'metadata');
  const dynamic = scalarText(prop(meta, 'useDynamic')) === 'true';
  let said: number | undefined;
  if (text?.value && text.value.type === 'string') {
    const ns = prop(text.entry, 'namespace');
    const type = strOf(param(mod, 'TextToSpeechType')?.value);
    said = textPrompt(b, text.value, type === 'ssml' || /^\s*<speak[\s>]/.test(String(text.value.value)) ? 'ssml' : 'tts', cut);
    const step = b.steps[said];
    // A text taken from an attribute (`namespace` set, or `useDynamic`) is wholly computed at run time.
    if (step.kind === 'say' && (dynamic || (ns && ns.type === 'string'))) step.dynamic = [{ start: 0, end: step.prompt.text.length, expr: `${strOf(ns) ?? 'attribute'}.${step.prompt.text}` }];
  } else if (audio?.value) {
    const span = spanOf(audio.value);
    const name = strOf(prop(audio.entry, 'resourceName')) ?? scalarText(audio.value) ?? '';
    said = b.add({ kind: 'say', prompt: { text: '', span, sourceOffsets: [span.end] }, span, source: 'audio', audio: name, interruptible: cut, anchor: span });
  }
  if (said !== undefined) b.promptOf(node, said);
  return said;
}

function setRecording(b: FlowBuilder, mod: JsonNode, typeSpan: Span): number {
  const opt = param(mod, 'RecordingBehaviorOption')?.value;
  const who = scalarText(param(mod, 'RecordingParticipantOption')?.value);
  const span = opt ? spanOf(opt) : typeSpan;
  if (scalarText(opt) === 'Enable' && (who === 'Customer' || who === 'Both' || who === undefined)) {
    return b.add({ kind: 'record', action: 'start', actionSpan: span, span, what: 'call', timing: 'on-agent', note: W.recordingOfOnAgentJoins(who === 'Customer' ? 'customer' : 'both') });
  }
  if (scalarText(opt) === 'Disable' || who === 'Agent') {
    return b.add({ kind: 'record', action: 'stop', actionSpan: span, span, customer: false, note: W.customerRecordingOff() });
  }
  return b.add({ kind: 'node', label: 'SetRecordingBehavior', span: typeSpan });
}
