import type { PolicyRule } from '../types';

const WHY: Record<string, string> = {
  'not-found': 'no file exists there',
  directory: 'it is a directory',
  'too-large': 'the file is larger than the size limit, so it was not read',
  'outside-root': 'it lies outside the project, so it was not read',
  unreadable: 'the file could not be read',
  'not-a-script': 'it is not an `.ivr` script',
};

export const scriptNotFound: PolicyRule = {
  kind: 'policy',
  meta: { id: 'script-not-found', area: 'files', defaultSeverity: 'error', legalSource: '', description: '`announcement.script` points to no readable script.', fixable: false },
  check(ctx) {
    for (const rec of ctx.policy.recordings) {
      const a = ctx.announcement(rec);
      if (a.status !== 'script-missing') continue;
      ctx.report({
        span: a.span,
        message: `The announcement script \`${a.path}\` of ${ctx.recordingName(rec)} cannot be used: ${WHY[a.reason] ?? a.reason}${a.detail ? ` (${a.detail})` : ''}. Point \`script\` at the \`.ivr\` file, relative to this policy.`,
      });
    }
  },
};
