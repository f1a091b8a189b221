/**
 * `announcement-after-recording` on flows (ivr-formats.md §4.1): the walk over (step, armed) pairs from
 * the entries, with the arming `recording_starts` gives; one finding per step where recording of the
 * caller starts before the notice, at that step's anchor, with the arming step, the path and the first
 * notice in related information.
 */
import type { RecordingAnnouncement } from '../../announcement';
import type { RelatedLocation } from '../../findings';
import { wordsIn } from '../../flows/words';
import type { Locale } from '../../i18n/locale';
import { nodeName, nodeOfStep, pathStops } from '../../ivr/describe';
import type { Step } from '../../ivr/model';
import { unannouncedRecording, type RecordingStarts } from '../../ivr/recording-walk';
import type { Recording } from '../../policy/model';
import { baseName, type Span } from '../../text';
import { plain } from '../kit';
import type { MessageData, Report } from '../types';
import { twimlMoveFix } from './twiml-move';
import { vxmlMoveFix } from './vxml-move';
import type { AfterRecordingPart } from './announcement-after-recording';

/** The rule's parts and titles in the finding's locale, the word for "line 5", and the locale (for the flow's own words). */
export interface FlowTexts {
  part(key: AfterRecordingPart, data?: MessageData): string;
  title(key: 'move-element', data?: MessageData): string;
  line(n: number): string;
  locale: Locale;
}

type Ok = Extract<RecordingAnnouncement, { status: 'ok' }>;

/** Where a finding about a step points (ivr-formats.md §3.1). */
export function anchorOf(s: Step): Span {
  switch (s.kind) {
    case 'record': return s.actionSpan;
    case 'say': return s.anchor ?? s.prompt.span;
    case 'transfer': return s.targetSpan;
    case 'external': return s.targetSpan;
    default: return s.span;
  }
}

export function flowTargets(a: Ok, rec: Recording, policyUri: string, tx: FlowTexts, text?: string): Report<'flow-before-notice' | 'call-start'>[] {
  const script = a.script!;
  const uri = a.scriptUri!;
  const notices = new Set(a.noticeSteps ?? a.notices.filter((n) => n.analysis?.records && n.stepIndex !== undefined).map((n) => n.stepIndex!));
  if (notices.size === 0) return [];
  const starts = (rec.announcement?.recordingStarts?.value ?? 'script') as RecordingStarts;
  const nodeOf = nodeOfStep(script);
  const ordered = [...notices].sort((x, y) => x - y);
  const named = ordered.slice(0, 3).map((i) => `${nodeOf(i) ? plain(nodeName(nodeOf(i)!)) : tx.part('the-notice')} (${tx.line(script.steps[i].line + 1)}${script.steps[i].uri ? tx.part('in-file', { file: baseName(script.steps[i].uri!) }) : ''})`);
  const noticeWords = named.length === 1 ? tx.part('notice-one', { name: named[0] }) : tx.part('notice-many', { names: `${named.join(', ')}${ordered.length > 3 ? ', …' : ''}` });
  const out: Report<'flow-before-notice' | 'call-start'>[] = [];
  // A prompt in a language reclint cannot read may be that branch's notice: a path through it is not reported.
  const unread = new Set(a.unreadSteps ?? []);
  const targets = unannouncedRecording(script, (i) => notices.has(i) || unread.has(i), starts);
  for (const t of targets) {
    const step = script.steps[t.target];
    const stops = pathStops(script, t.path, tx.locale);
    const related: RelatedLocation[] = [];
    if (t.armedAt !== undefined && t.armedAt >= 0) {
      const arm = script.steps[t.armedAt];
      related.push({ uri: arm.uri ?? uri, span: anchorOf(arm), message: arm.kind === 'record' && arm.note ? tx.part('armed-note', { note: wordsIn(tx.locale, arm.note) }) : tx.part('armed') });
    } else if (step.kind === 'record' && step.armedBy) {
      related.push({ uri: step.uri ?? uri, span: step.armedBy.span, message: tx.part('armed-note', { note: wordsIn(tx.locale, step.armedBy.note) }) });
    } else if (t.armedAt === -1 && rec.announcement?.recordingStarts) {
      related.push({ uri: policyUri, span: rec.announcement.recordingStarts.span, message: `recording_starts: ${starts}` });
    }
    for (const s of stops.slice(0, -1)) {
      const st = script.steps[s.step];
      if (st.kind === 'label' || st.kind === 'say' || st.kind === 'menu' || st.kind === 'branch' || st.kind === 'transfer') {
        related.push({ uri: (s.node ? s.node.uri : st.uri) ?? uri, span: s.node ? s.node.kindSpan : st.span, message: tx.part('passes', { step: s.text }) });
      }
    }
    for (const i of ordered.slice(0, 5)) {
      const n = nodeOf(i);
      related.push({ uri: script.steps[i].uri ?? uri, span: anchorOf(script.steps[i]), message: tx.part(ordered.length === 1 ? 'notice-only' : 'notice-here', { node: n ? ` (${nodeName(n)})` : '' }) });
    }
    const node = nodeOf(t.target);
    const what = targetWords(tx, step, node ? plain(nodeName(node)) : undefined, t.kind);
    const path = stops.map((s) => s.text).join(' → ');
    // TwiML and VoiceXML: the notice moved before this verb or form item, when the move is safe (twiml-move.ts, vxml-move.ts).
    const noticeNode = nodeOf(ordered.find((i) => i > t.target) ?? ordered[0]);
    // Each offer re-reads the moved document to check it: a few targets at most, so a huge flow stays linear.
    const sameFile = !step.uri && !node?.uri && !noticeNode?.uri;
    const move = script.format === 'vxml' ? vxmlMoveFix : twimlMoveFix;
    const title = (notice: string, target: string) => tx.title('move-element', { notice, target });
    const fix = sameFile && text !== undefined && node && noticeNode && t.kind !== 'call-start' && targets.length <= 8 ? move(text, script, node.span.start, noticeNode.span.start, ordered, targets.length, starts, title) : undefined;
    out.push({
      uri: step.uri ?? uri,
      span: anchorOf(step),
      fix,
      messageId: t.kind === 'call-start' ? 'call-start' : 'flow-before-notice',
      data: { what, path, todo: tx.part(script.format === 'twiml' && !ordered.some((i) => script.steps[i].uri !== step.uri) ? 'todo-twiml' : 'todo-route', { notice: noticeWords }) },
      related,
    });
  }
  return out;
}

function targetWords(tx: FlowTexts, s: Step, node: string | undefined, kind: 'record' | 'trigger' | 'call-start'): string {
  const at = node ? ` ${node}` : '';
  if (kind === 'trigger') return tx.part('transfer', { node: at });
  if (kind === 'call-start') return tx.part(s.kind === 'say' ? 'prompt' : s.kind === 'menu' ? 'menu' : 'transfer', { node: at });
  if (s.kind === 'record') return tx.part(s.what === 'stream' ? 'stream' : s.what === 'transcription' ? 'transcription' : s.what === 'utterances' ? 'utterances' : 'record', { node: at || tx.part('this-step') });
  return tx.part('step', { node: at });
}
