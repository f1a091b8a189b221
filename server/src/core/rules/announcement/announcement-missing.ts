import { definePolicyRule } from '../kit';

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
      missing: 'Recording {{recording}} records calls but has no announcement: callers must be told before recording starts, inbound and outbound alike (art. 13 GDPR). Add `announcement` with the `script` (and `prompt`) or `text` of the notice.',
    },
  },
  create(ctx) {
    return {
      recording(rec) {
        if (ctx.announcement(rec).status !== 'none') return;
        ctx.report({
          span: rec.announcement ? rec.announcement.entry.keySpan : rec.id?.span ?? rec.node.span,
          messageId: 'missing',
          data: { recording: ctx.recordingName(rec) },
        });
      },
    };
  },
});
