import { definePolicyRule } from '../kit';

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
      'website-only': 'Recording {{recording}} is announced only in the privacy statement on the website; that does not tell the caller on the call (art. 13 GDPR, as the Dutch DPA holds). Play a notice before recording and name it under `announcement.script` or `announcement.text`.',
    },
  },
  create(ctx) {
    return {
      recording(rec) {
        const a = ctx.announcement(rec);
        if (a.status !== 'website-only') return;
        ctx.report({ span: a.span, messageId: 'website-only', data: { recording: ctx.recordingName(rec) } });
      },
    };
  },
});
