import { applyEdits } from '../../fix';
import { pathsReaching } from '../../ivr/flow';
import { parseIvr } from '../../ivr/parse';
import { describeIvrStep } from '../../ivr/describe';
import type { IvrScript } from '../../ivr/model';
import type { TextEdit } from '../../findings';
import { LineIndex, lineIndexOf } from '../../text';
import { word } from '../../i18n/words';
import { definePolicyRule, quote } from '../kit';
import { flowTargets } from './after-recording-flow';

const PARTS = {
  passes: 'the caller passes {{step}}',
  'notice-only': 'the notice comes only here{{node}}',
  'notice-here': 'a notice is here{{node}}',
  armed: 'recording was armed here',
  'armed-note': 'recording was armed here ({{note}})',
  'the-notice': 'the notice',
  'in-file': ' in {{file}}',
  'notice-one': 'the notice {{name}}',
  'notice-many': 'a notice ({{names}})',
  'todo-twiml': 'Move {{notice}} before this element, or play it first in the document.',
  'todo-route': 'Route every path through {{notice}} before this step.',
  transfer: 'the transfer{{node}}',
  prompt: 'the prompt{{node}}',
  menu: 'the menu{{node}}',
  step: 'this step{{node}}',
  'this-step': ' this step',
  record: 'the recording that starts at{{node}}',
  stream: 'the audio stream that starts at{{node}}',
  transcription: 'the live transcription that starts at{{node}}',
  utterances: 'the recording of what the caller says, at{{node}}',
} as const;
export type AfterRecordingPart = keyof typeof PARTS;

const describe = describeIvrStep;

/** The language in force at a step, following the file order as the script language does. */
function langAt(script: IvrScript, index: number): string | undefined {
  for (let i = index; i >= 0; i--) {
    const s = script.steps[i];
    if (s.kind === 'lang') return s.code;
  }
  return undefined;
}

/** Whole lines of a step (including its line break). */
function lineRange(idx: LineIndex, text: string, start: number, end: number): { start: number; end: number } {
  const first = idx.positionAt(start).line;
  const last = idx.positionAt(Math.max(start, end - 1)).line;
  const to = last + 1 < idx.lineCount ? idx.lineStart(last + 1) : text.length;
  return { start: idx.lineStart(first), end: to };
}

/** How many `record start` steps a caller can reach unannounced once the script reads `fixed`. */
function unannouncedAfter(uri: string, fixed: string, noticeSources: string[]): number {
  const script = parseIvr(uri, fixed);
  if (script.errors.length) return Infinity;
  const notices = new Set<number>();
  script.steps.forEach((s, i) => {
    if ((s.kind === 'say' || s.kind === 'consent') && noticeSources.includes(fixed.slice(s.span.start, s.span.end))) notices.add(i);
  });
  const isStart = (i: number) => { const s = script.steps[i]; return s.kind === 'record' && s.action === 'start'; };
  return pathsReaching(script, isStart, (i) => notices.has(i)).length;
}

export const announcementAfterRecording = definePolicyRule({
  meta: {
    id: 'announcement-after-recording',
    area: 'announcement',
    defaultSeverity: 'error',
    legalSource: 'GDPR art. 13(1)',
    description: 'A caller can reach `record start` before hearing the notice.',
    fixable: true,
    recordings: 'all',
    messages: {
      // The path a caller takes is in the related information, one place at a time.
      'before-notice': "A caller can reach this 'record start' before hearing the recording notice (GDPR art. 13(1)). Callers must be told before recording starts: play the notice before 'record start' on every path.",
      'flow-before-notice': 'A caller can reach {{what}} before hearing the recording notice (GDPR art. 13(1)). Callers must be told before recording starts. {{todo}}',
      'call-start': "Recording starts with the call, but a caller reaches {{what}} before the notice (GDPR art. 13(1)). Callers must be told before recording starts ('recording_starts: call-start'): play the notice first, before anything else the caller hears.",
    },
    titles: { move: "Move the notice{{id}} before this 'record start'", 'move-element': "Move the notice '<{{notice}}>' before this '<{{target}}>'" },
    parts: PARTS,
  },
  create(ctx) {
    return {
      recording(rec) {
        const a = ctx.announcement(rec);
        if (a.status !== 'ok' || a.via !== 'script' || !a.script || !a.scriptUri) return;
        if (a.script.format && a.script.format !== 'ivr') {
          const tx = { part: ctx.part, title: ctx.title, line: (n: number) => word(ctx.locale, 'line', { n }), locale: ctx.locale };
          for (const r of flowTargets(a, rec, ctx.uri, tx, ctx.scriptText(a.scriptUri))) ctx.report(r);
          return;
        }
        const noticeSteps = new Set(a.notices.filter((n) => n.analysis?.records && n.stepIndex !== undefined).map((n) => n.stepIndex!));
        if (noticeSteps.size === 0) return;
        const script = a.script;
        // A prompt in a language reclint cannot read may be that branch's notice: a path through it is not reported.
        const unread = new Set(a.unreadSteps ?? []);
        const hits = pathsReaching(script, (i) => { const s = script.steps[i]; return s.kind === 'record' && s.action === 'start'; }, (i) => noticeSteps.has(i) || unread.has(i));
        const text = ctx.scriptText(a.scriptUri);
        for (const { target, path } of hits) {
          const step = script.steps[target];
          const route = path.map((i) => `${word(ctx.locale, 'line', { n: script.steps[i].line + 1 })} (${describe(script.steps[i])})`);
          const related = path.slice(0, -1).filter((i) => ['menu', 'goto', 'label', 'say', 'consent'].includes(script.steps[i].kind)).map((i) => ({ uri: a.scriptUri!, span: script.steps[i].span, message: ctx.part('passes', { step: quote(describe(script.steps[i])) }) }));
          const firstNotice = [...noticeSteps].sort((x, y) => x - y)[0];
          related.push({ uri: a.scriptUri, span: script.steps[firstNotice].span, message: ctx.part('notice-only', { node: '' }) });
          let fix;
          if (text !== undefined) {
            // Move a notice to just before this `record start`: the first notice after it in the file,
            // else the only notice; only when that keeps its language and announces more paths than before.
            const ordered = [...noticeSteps].sort((x, y) => x - y);
            const candidates = [...new Set([ordered.find((i) => i > target), ordered.length === 1 ? ordered[0] : undefined].filter((i): i is number => i !== undefined))];
            const sources = ordered.map((i) => text.slice(script.steps[i].span.start, script.steps[i].span.end));
            for (const ni of candidates) {
              const notice = script.steps[ni];
              const noticeLang = notice.kind === 'say' || notice.kind === 'consent' ? notice.lang : undefined;
              if (langAt(script, target) !== noticeLang) continue;
              const idx = lineIndexOf(text);
              const from = lineRange(idx, text, notice.span.start, notice.span.end);
              const at = idx.lineStart(step.line);
              let body = text.slice(from.start, from.end);
              if (!/[\r\n]$/.test(body)) body += text.includes('\r\n') ? '\r\n' : '\n';
              const edits: TextEdit[] = [{ uri: a.scriptUri, start: at, end: at, newText: body }, { uri: a.scriptUri, start: from.start, end: from.end, newText: '' }];
              if (from.start < at && from.end > at) continue;
              if (unannouncedAfter(script.uri, applyEdits(text, edits).text, sources) >= hits.length) continue;
              const id = (notice.kind === 'say' || notice.kind === 'consent') && notice.id ? ` ${quote(notice.id)}` : '';
              fix = { title: ctx.title('move', { id }), edits };
              break;
            }
          }
          ctx.report({
            uri: a.scriptUri,
            span: step.span,
            messageId: 'before-notice',
            data: { path: route.join(' → ') },
            related,
            fix,
          });
        }
      },
    };
  },
});
