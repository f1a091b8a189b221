import type { PolicyRule } from '../types';

export const announcementMissing: PolicyRule = {
  kind: 'policy',
  meta: { id: 'announcement-missing', area: 'announcement', defaultSeverity: 'error', legalSource: 'GDPR art. 12, 13', description: 'A recording that records has no announcement: the caller is never told.', fixable: false },
  check(ctx) {
    for (const rec of ctx.policy.recordings) {
      if (ctx.announcement(rec).status !== 'none') continue;
      ctx.report({
        span: rec.announcement ? rec.announcement.entry.keySpan : rec.id?.span ?? rec.node.span,
        message: `Recording ${ctx.recordingName(rec)} records calls but has no announcement: callers must be told before recording starts, inbound and outbound alike (art. 13 GDPR). Add \`announcement\` with the \`script\` (and \`prompt\`) or \`text\` of the notice.`,
      });
    }
  },
};
