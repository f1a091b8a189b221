import { readableNotices } from '../../announcement';
import { definePolicyRule } from '../kit';

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
      'no-prompt': 'No prompt in `{{script}}` says that calls are recorded, so callers of {{recording}} are never told (art. 13 GDPR). Add a notice such as "This call is recorded for …", or name the notice with `prompt`.',
      'no-prompt-refs': 'No prompt in `{{script}}` says that calls are recorded, so callers of {{recording}} may never be told (art. 13 GDPR). The notice may lie behind {{refs}}, which reclint does not follow. Add a notice such as "This call is recorded for …" to this flow, or name the notice with `prompt`.',
      'no-mention': 'The notice{{prompt}} of {{recording}} never says that the call is recorded (art. 13 GDPR). Say so in the notice, e.g. "This call is recorded for …".',
    },
  },
  create(ctx) {
    return {
      recording(rec) {
        const a = ctx.announcement(rec);
        if (a.status !== 'ok' || a.standDown) return;
        const recording = ctx.recordingName(rec);
        if (a.notices.length === 0) {
          // A script without a named prompt, none of whose prompts mentions recording.
          const refs = (a.script?.steps ?? []).filter((s) => s.kind === 'external').map((s) => (s.kind === 'external' ? `\`${s.target}\`` : ''));
          ctx.report({
            span: a.declSpan,
            messageId: refs.length ? 'no-prompt-refs' : 'no-prompt',
            data: { script: rec.announcement?.script?.value ?? 'the script', recording, refs: refs.slice(0, 5).join(', ') + (refs.length > 5 ? ', …' : '') },
            related: a.scriptUri ? [{ uri: a.scriptUri, span: { start: 0, end: 0 }, message: 'the script' }] : [],
          });
          return;
        }
        const readable = readableNotices(a);
        if (readable.length === 0) return;
        if (readable.some((n) => n.analysis!.records || n.analysis!.denies)) return;
        for (const n of readable) {
          ctx.report({
            uri: n.uri,
            span: n.span,
            messageId: 'no-mention',
            data: { prompt: n.promptId ? ` \`${n.promptId}\`` : '', recording },
            related: n.uri !== ctx.uri ? [{ uri: ctx.uri, span: a.declSpan, message: `named as the notice of ${recording}` }] : [],
          });
        }
      },
    };
  },
});
