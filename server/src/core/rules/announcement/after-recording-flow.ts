/**
 * `announcement-after-recording` on flows (ivr-formats.md §4.1): the walk over (step, armed) pairs from
 * the entries, with the arming `recording_starts` gives; one finding per step where recording of the
 * caller starts before the notice, at that step's anchor, with the arming step, the path and the first
 * notice in related information.
 */
import type { RecordingAnnouncement } from '../../announcement';
import type { RelatedLocation } from '../../findings';
import { nodeName, nodeOfStep, pathStops } from '../../ivr/describe';
import type { IvrScript, Step } from '../../ivr/model';
import { unannouncedRecording, type RecordingStarts } from '../../ivr/recording-walk';
import type { Recording } from '../../policy/model';
import type { Span } from '../../text';
import type { Report } from '../types';
import { twimlMoveFix } from './twiml-move';
import { vxmlMoveFix } from './vxml-move';

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

export function flowTargets(a: Ok, rec: Recording, policyUri: string, text?: string): Report<'flow-before-notice' | 'call-start'>[] {
  const script = a.script!;
  const uri = a.scriptUri!;
  const notices = new Set(a.noticeSteps ?? a.notices.filter((n) => n.analysis?.records && n.stepIndex !== undefined).map((n) => n.stepIndex!));
  if (notices.size === 0) return [];
  const starts = (rec.announcement?.recordingStarts?.value ?? 'script') as RecordingStarts;
  const nodeOf = nodeOfStep(script);
  const ordered = [...notices].sort((x, y) => x - y);
  const named = ordered.slice(0, 3).map((i) => `${nodeOf(i) ? nodeName(nodeOf(i)!) : 'the notice'} l.${script.steps[i].line + 1}${script.steps[i].uri ? ` in ${script.steps[i].uri!.replace(/^.*[\\/]/, '')}` : ''}`);
  const noticeWords = named.length === 1 ? `the notice ${named[0]}` : `a notice (${named.join(', ')}${ordered.length > 3 ? ', …' : ''})`;
  const out: Report<'flow-before-notice' | 'call-start'>[] = [];
  const targets = unannouncedRecording(script, (i) => notices.has(i), starts);
  for (const t of targets) {
    const step = script.steps[t.target];
    const stops = pathStops(script, t.path);
    const related: RelatedLocation[] = [];
    if (t.armedAt !== undefined && t.armedAt >= 0) {
      const arm = script.steps[t.armedAt];
      related.push({ uri: arm.uri ?? uri, span: anchorOf(arm), message: `recording was armed here${arm.kind === 'record' && arm.note ? ` (${arm.note})` : ''}` });
    } else if (step.kind === 'record' && step.armedBy) {
      related.push({ uri: step.uri ?? uri, span: step.armedBy.span, message: `recording was armed here (${step.armedBy.note})` });
    } else if (t.armedAt === -1 && rec.announcement?.recordingStarts) {
      related.push({ uri: policyUri, span: rec.announcement.recordingStarts.span, message: `recording_starts: ${starts}` });
    }
    for (const s of stops.slice(0, -1)) {
      const st = script.steps[s.step];
      if (st.kind === 'label' || st.kind === 'say' || st.kind === 'menu' || st.kind === 'branch' || st.kind === 'transfer') {
        related.push({ uri: (s.node ? s.node.uri : st.uri) ?? uri, span: s.node ? s.node.kindSpan : st.span, message: `the caller passes ${s.text}` });
      }
    }
    for (const i of ordered.slice(0, 5)) {
      const n = nodeOf(i);
      related.push({ uri: script.steps[i].uri ?? uri, span: anchorOf(script.steps[i]), message: `${ordered.length === 1 ? 'the notice comes only here' : 'a notice is here'}${n ? ` (${nodeName(n)})` : ''}` });
    }
    const node = nodeOf(t.target);
    const what = targetWords(script, step, node ? nodeName(node) : undefined, t.kind);
    const path = stops.map((s) => s.text).join(' → ');
    // TwiML and VoiceXML: the notice moved before this verb or form item, when the move is safe (twiml-move.ts, vxml-move.ts).
    const noticeNode = nodeOf(ordered.find((i) => i > t.target) ?? ordered[0]);
    // Each offer re-reads the moved document to check it: a few targets at most, so a huge flow stays linear.
    const sameFile = !step.uri && !node?.uri && !noticeNode?.uri;
    const move = script.format === 'vxml' ? vxmlMoveFix : twimlMoveFix;
    const fix = sameFile && text !== undefined && node && noticeNode && t.kind !== 'call-start' && targets.length <= 8 ? move(text, script, node.span.start, noticeNode.span.start, ordered, targets.length, starts) : undefined;
    out.push({
      uri: step.uri ?? uri,
      span: anchorOf(step),
      fix,
      messageId: t.kind === 'call-start' ? 'call-start' : 'flow-before-notice',
      data: { what, path, todo: todo(script, noticeWords, ordered.some((i) => script.steps[i].uri !== step.uri)) },
      related,
    });
  }
  return out;
}

function targetWords(script: IvrScript, s: Step, node: string | undefined, kind: 'record' | 'trigger' | 'call-start'): string {
  const at = node ? ` ${node}` : '';
  if (kind === 'trigger') return `the transfer${at} (where the armed recording starts)`;
  if (kind === 'call-start') return s.kind === 'say' ? `the prompt${at}` : s.kind === 'menu' ? `the menu${at}` : `the transfer${at}`;
  if (s.kind === 'record') {
    const what = s.what === 'stream' ? 'the audio stream' : s.what === 'transcription' ? 'live transcription' : s.what === 'utterances' ? 'the recording of what the caller says' : 'the recording';
    return `${what} that starts at${at || ' this step'}`;
  }
  return `this step${at}`;
}

function todo(script: IvrScript, notice: string, otherFile: boolean): string {
  return script.format === 'twiml' && !otherFile
    ? `Move ${notice} before this element, or play it first in the document.`
    : `Route every path through ${notice} before this step.`;
}
