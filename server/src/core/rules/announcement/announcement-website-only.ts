import { cap, definePolicyRule, recordingLabel } from '../kit';

export const announcementWebsiteOnly = definePolicyRule({
  meta: {
    id: 'announcement-website-only',
    area: 'announcement',
    defaultSeverity: 'error',
    legalSource: 'GDPR art. 13',
    description: 'The only announcement is a link to the privacy statement.',
    fixable: false,
    recordings: 'all',
    messages: {
      'website-only': "{{recording}} is announced only in the privacy statement, not on the call (GDPR art. 13). A text on the website does not inform the caller, as the Dutch DPA holds: play a notice before recording starts and name it under 'announcement.script' or 'announcement.text'.",
    },
  },
  create(ctx) {
    return {
      recording(rec) {
        const a = ctx.announcement(rec);
        if (a.status !== 'website-only') return;
        ctx.report({ span: a.span, messageId: 'website-only', data: { recording: cap(recordingLabel(ctx, rec)) } });
      },
    };
  },
});
