import { readableNotices, type Notice } from '../../announcement';
import { definePolicyRule, quote, recordingName } from '../kit';

export const announcementNoRecordingMention = definePolicyRule({
  meta: {
    id: 'announcement-no-recording-mention',
    area: 'announcement',
    defaultSeverity: 'error',
    legalSource: 'GDPR art. 13',
    description: 'The notice never says that the call is recorded.',
    fixable: false,
    recordings: 'all',
    messages: {
      'no-prompt': "No prompt in '{{script}}' says the call is recorded, so callers of {{recording}} are not told (GDPR art. 13). Add a notice such as 'This call is recorded to train our staff', or name the notice under 'prompt'.",
      'no-prompt-refs': "No prompt in '{{script}}' says the call is recorded, so callers of {{recording}} may not be told (GDPR art. 13). The notice may be in {{refs}}, which reclint does not follow: add a notice such as 'This call is recorded to train our staff' to this flow, or name the notice under 'prompt'.",
      'no-mention': "The notice{{prompt}} of {{recording}} never says the call is recorded (GDPR art. 13). Say so in the notice, for example 'This call is recorded to train our staff'.",
      'only-monitored': "The notice{{prompt}} of {{recording}} says the call may be monitored, not that it is recorded (GDPR art. 13). Listening in keeps nothing; a recording is kept. Say that the call is recorded, for example 'This call is monitored and recorded to train our staff'.",
    },
    parts: { script: 'the script', 'named-as': 'named as the notice of {{recording}}' },
  },
  create(ctx) {
    return {
      recording(rec) {
        const a = ctx.announcement(rec);
        if (a.status !== 'ok' || a.standDown) return;
        const recording = recordingName(ctx, rec);
        const reportNotice = (n: Notice, messageId: 'no-mention' | 'only-monitored') =>
          ctx.report({
            uri: n.uri,
            span: n.span,
            messageId,
            data: { prompt: n.promptId ? ` ${quote(n.promptId)}` : '', recording },
            related: n.uri !== ctx.uri ? [{ uri: ctx.uri, span: a.declSpan, message: ctx.part('named-as', { recording }) }] : [],
          });
        // Prompts in a language reclint has no reading for (Danish, Italian, ...) may be the notice:
        // reclint cannot tell, so it does not say that no prompt mentions recording, nor that one only says monitored.
        if (a.notices.length === 0 && a.unreadLanguages?.length) return;
        if (a.notices.length === 0 && a.monitoredNotices) {
          // No prompt says the call is recorded, and one says it is monitored: that is the likely notice, and what it lacks (R8).
          for (const n of a.monitoredNotices) reportNotice(n, 'only-monitored');
          return;
        }
        if (a.notices.length === 0) {
          // A script without a named prompt, none of whose prompts mentions recording.
          // Each reference once: a flow often hands off to the same target from several branches.
          const refs = [...new Set((a.script?.steps ?? []).filter((s) => s.kind === 'external').map((s) => (s.kind === 'external' ? quote(s.target) : '')))];
          ctx.report({
            span: a.declSpan,
            messageId: refs.length ? 'no-prompt-refs' : 'no-prompt',
            data: { script: rec.announcement?.script?.value ?? ctx.part('script'), recording, refs: refs.slice(0, 5).join(', ') + (refs.length > 5 ? ', …' : '') },
            related: a.scriptUri ? [{ uri: a.scriptUri, span: { start: 0, end: 0 }, message: ctx.part('script') }] : [],
          });
          return;
        }
        const readable = readableNotices(a);
        if (readable.length === 0) return;
        if (readable.some((n) => n.analysis!.records || n.analysis!.denies)) return;
        for (const n of readable) reportNotice(n, n.analysis!.monitored ? 'only-monitored' : 'no-mention');
      },
    };
  },
});
