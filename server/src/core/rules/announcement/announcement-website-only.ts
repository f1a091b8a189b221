import type { PolicyRule } from '../types';

export const announcementWebsiteOnly: PolicyRule = {
  kind: 'policy',
  meta: { id: 'announcement-website-only', area: 'announcement', defaultSeverity: 'error', legalSource: 'GDPR art. 13', description: 'The only announcement is a link to the privacy statement.', fixable: false },
  check(ctx) {
    for (const rec of ctx.policy.recordings) {
      const a = ctx.announcement(rec);
      if (a.status !== 'website-only') continue;
      ctx.report({
        span: a.span,
        message: `Recording ${ctx.recordingName(rec)} is announced only in the privacy statement on the website; that does not tell the caller on the call (art. 13 GDPR, as the Dutch DPA holds). Play a notice before recording and name it under \`announcement.script\` or \`announcement.text\`.`,
      });
    }
  },
};
