/**
 * Editor queries on a call flow a policy names (ivr-formats.md §8): hover on a prompt (what it
 * announces, what can cut it off), on a recording step (what it records and when) and on a transfer
 * where armed recording starts; the flow's nodes as document symbols.
 */
import { analyseIn, withTranscripts } from '../announcement';
import { readTranscripts } from '../flows/transcripts';
import { buildPolicy } from '../policy/model';
import { parsePolicyText } from '../policy/parse';
import { readFlow } from '../flows/read';
import { wordsIn } from '../flows/words';
import { nodeName, nodeOfStep } from '../ivr/describe';
import type { IvrScript, Step } from '../ivr/model';
import { unannouncedRecording } from '../ivr/recording-walk';
import type { Span } from '../text';
import { text, type TextKey } from '../i18n/catalog';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import { describeAnalysis, type HoverResult } from './hover';
import type { DocSymbol } from './navigation';
import type { QueryEnv } from './env';

const code = (s: string) => `\`${s}\``;

/** What can cut a prompt off, as the flow readers name it, in the locale (unknown wording stays as read). */
const CUT: Readonly<Record<string, TextKey>> = {
  'a key press or speech': 'flow.cut.keyOrSpeech',
  'a key press or speech (barge-in)': 'flow.cut.bargeIn',
  'a key press': 'flow.cut.key',
  speech: 'flow.cut.speech',
  'a wrong key': 'flow.cut.wrongKey',
  'the `*` key (the default `playback_terminators`)': 'flow.cut.star',
};

const WHAT: Readonly<Record<string, TextKey>> = {
  stream: 'flow.what.stream',
  transcription: 'flow.what.transcription',
  'caller-audio': 'flow.what.callerAudio',
  screen: 'flow.what.screen',
};

function flowOf(uri: string, text: string): IvrScript | undefined {
  const r = readFlow(uri, text);
  return r.ok && r.script.format && r.script.format !== 'ivr' && !r.script.errors.length ? r.script : undefined;
}

function anchor(s: Step): Span {
  switch (s.kind) {
    case 'say': return s.anchor ?? s.prompt.span;
    case 'record': return s.actionSpan;
    case 'transfer': return s.targetSpan;
    default: return s.span;
  }
}

/**
 * The transcript lists (ivr-formats.md §7) the policies that read a flow name for it, read: so that a
 * hover on an audio prompt shows the words callers hear, as the lint reads them.
 */
export function transcriptsOf(flowUri: string, readers: readonly { uri: string; text: string }[], readScript: QueryEnv['readScript']): IvrScript[] {
  const out: IvrScript[] = [];
  const seen = new Set<string>();
  for (const r of readers) {
    const parsed = parsePolicyText(r.text, { json: /\.json$/i.test(r.uri) });
    const policy = parsed.root ? buildPolicy(parsed.root) : undefined;
    for (const rec of policy?.recordings ?? []) {
      const ann = rec.announcement;
      if (!ann?.script || readScript(r.uri, ann.script.value).uri !== flowUri) continue;
      const node = ann.transcripts?.node;
      const items = !node ? [] : node.kind === 'scalar' ? [node] : node.kind === 'seq' ? node.items : [];
      for (const item of items) {
        if (item.kind !== 'scalar' || typeof item.value !== 'string') continue;
        const t = readScript(r.uri, item.value);
        if (!t.ok || seen.has(t.uri)) continue;
        seen.add(t.uri);
        out.push(readTranscripts(t.uri, t.text));
      }
    }
  }
  return out;
}

export function flowHover(uri: string, flowText: string, offset: number, configPhrases: QueryEnv['configPhrases'] = {}, transcripts: readonly IvrScript[] = [], locale: Locale = DEFAULT_LOCALE): HoverResult | undefined {
  const original = flowOf(uri, flowText);
  if (!original) return undefined;
  // Audio prompts take their words from the transcript lists; the step is found by its place in this file.
  const script = transcripts.length ? withTranscripts(original, transcripts, undefined) : original;
  const nodeOf = nodeOfStep(script);
  const within = (s: Span) => s.start <= offset && offset <= s.end;
  const i = original.steps.findIndex((s) => (s.kind === 'say' || s.kind === 'record' || s.kind === 'transfer') && within(anchor(s)));
  if (i < 0) return undefined;
  const step = script.steps[i];
  const at = anchor(original.steps[i]);
  const node = nodeOf(i);
  const name = node ? nodeName(node) : text(locale, 'flow.thisStep');
  if (step.kind === 'say') {
    if (step.source === 'audio' && !step.prompt.text) return { markdown: text(locale, 'flow.audioUnread', { name, audio: code(step.audio ?? '') }), span: at };
    const extra = (l: string): Record<string, string[]> => {
      const out: Record<string, string[]> = {};
      for (const [id, list] of Object.entries(configPhrases[l] ?? {})) out[id] = [...list];
      return out;
    };
    const { lang, analysis } = analyseIn(step.prompt.text, step.lang, extra);
    let md = describeAnalysis(step.prompt.text, lang, analysis, text(locale, 'notice.title.prompt', { id: name }), locale);
    if (step.promptUri) md += `\n\n${text(locale, 'flow.transcriptWords', { audio: code(step.audio ?? ''), file: code(step.promptUri.replace(/^.*\//, '')) })}`;
    if (step.dynamic?.length) md += `\n\n${text(locale, 'flow.dynamic', { list: step.dynamic.map((d) => code(d.expr)).join(', ') })}`;
    if (step.interruptible) md += `\n\n${text(locale, 'flow.interruptible', { what: CUT[step.interruptible] ? text(locale, CUT[step.interruptible]) : step.interruptible })}`;
    return { markdown: md, span: at, notice: true };
  }
  if (step.kind === 'record') {
    const what = text(locale, WHAT[step.what ?? ''] ?? 'flow.what.call');
    const markdown = step.action !== 'start' ? text(locale, 'flow.stops', { name }) : text(locale, step.timing === 'on-agent' ? 'flow.onAgent' : step.timing === 'on-bridge' ? 'flow.onBridge' : 'flow.now', { name, what });
    return { markdown: `${markdown}${step.note ? `\n\n${wordsIn(locale, step.note)}.` : ''}`, span: at };
  }
  // A transfer: does recording armed earlier start here?
  const starts = unannouncedRecording(script, () => false).find((t) => t.target === i && t.kind === 'trigger');
  if (!starts) return { markdown: text(locale, 'flow.transfer', { name, target: code(step.kind === 'transfer' ? step.target : '') }), span: at };
  const arm = starts.armedAt !== undefined && starts.armedAt >= 0 ? script.steps[starts.armedAt] : undefined;
  const armNode = starts.armedAt !== undefined && starts.armedAt >= 0 ? nodeOf(starts.armedAt) : undefined;
  const armedAt = armNode ? nodeName(armNode) : text(locale, 'flow.earlierStep');
  return { markdown: arm ? text(locale, 'flow.armedStartLine', { name, at: armedAt, line: arm.line + 1 }) : text(locale, 'flow.armedStart', { name, at: armedAt }), span: at };
}

export function flowSymbols(uri: string, flowText: string): DocSymbol[] {
  const script = flowOf(uri, flowText);
  if (!script) return [];
  return (script.nodes ?? []).map((n) => ({
    name: n.id ?? n.kind,
    detail: n.id !== undefined ? n.kind : undefined,
    kind: n.prompts.length ? ('prompt' as const) : ('label' as const),
    span: n.span,
    selection: n.id !== undefined && script.steps[n.first]?.kind === 'label' ? script.steps[n.first].span : n.kindSpan,
    children: [],
  }));
}
