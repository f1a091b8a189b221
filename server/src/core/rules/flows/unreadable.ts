/** What `notice-audio-untranscribed` and `notice-dynamic` share: which unreadable prompts a recording reports (ivr-formats.md §4.2). */
import type { RecordingAnnouncement, UnreadablePrompt } from '../../announcement';
import type { Recording } from '../../policy/model';
import type { MessageData, Report } from '../types';

export function unreadableReports<M extends string>(a: RecordingAnnouncement, rec: Recording, kind: UnreadablePrompt['kind'], messageId: M, named: M, part: (key: 'more' | 'more-1' | 'also', data?: MessageData) => string): Report<M>[] {
  if (a.status !== 'ok' || !a.scriptUri || !a.unreadable?.length) return [];
  const script = a.script;
  const fileOf = (u: UnreadablePrompt) => script?.steps[u.stepIndex]?.uri ?? a.scriptUri!;
  const mine = a.unreadable.filter((u) => u.kind === kind);
  if (mine.length === 0) return [];
  // A long reference keeps its end: the name of a prompt ARN or an audio file is there.
  const quote = (u: UnreadablePrompt) => (u.reference.length > 60 ? `…${u.reference.slice(-57)}` : u.reference);
  if (a.noticeSteps && rec.announcement?.prompt) {
    return mine.map((u) => ({ uri: fileOf(u), span: u.span, messageId: named, data: { prompt: rec.announcement!.prompt!.value, reference: quote(u) } }));
  }
  if (!a.standDown) return [];
  const [first, ...rest] = [...mine].sort((x, y) => (x.stepIndex === y.stepIndex ? x.span.start - y.span.start : x.stepIndex - y.stepIndex));
  return [{
    uri: fileOf(first),
    span: first.span,
    messageId,
    data: { reference: quote(first), more: rest.length ? part(rest.length > 1 ? 'more' : 'more-1', { n: rest.length }) : '' },
    related: rest.slice(0, 10).map((u) => ({ uri: fileOf(u), span: u.span, message: part('also', { reference: `'${quote(u)}'` }) })),
  }];
}
