import { cap, definePolicyRule, recordingLabel } from '../kit';

export const announcementMissing = definePolicyRule({
  meta: {
    id: 'announcement-missing',
    area: 'announcement',
    defaultSeverity: 'error',
    legalSource: 'GDPR art. 12, 13',
    description: 'A recording that records has no announcement: the caller is never told.',
    fixable: false,
    recordings: 'all',
    messages: {
      missing: "{{recording}} records calls without telling callers (GDPR art. 12, 13). Callers must be told before recording starts, inbound and outbound alike: add 'announcement' with the notice's 'script' (and 'prompt') or 'text'.",
    },
  },
  create(ctx) {
    return {
      recording(rec) {
        if (ctx.announcement(rec).status !== 'none') return;
        ctx.report({
          span: rec.announcement ? rec.announcement.entry.keySpan : rec.id?.span ?? rec.node.span,
          messageId: 'missing',
          data: { recording: cap(recordingLabel(ctx, rec)) },
        });
      },
    };
  },
});
