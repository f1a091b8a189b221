import { definePolicyRule } from '../kit';

const WHY: Record<string, string> = {
  'not-found': 'no file exists there',
  directory: 'it is a directory',
  'too-large': 'the file is larger than the size limit, so it was not read',
  'outside-root': 'it lies outside the project, so it was not read',
  unreadable: 'the file could not be read',
  'not-a-script': 'it is not a script or call flow reclint reads',
};

export const scriptNotFound = definePolicyRule({
  meta: {
    id: 'script-not-found',
    area: 'files',
    defaultSeverity: 'error',
    legalSource: '',
    description: '`announcement.script` points to no readable script.',
    fixable: false,
    recordings: 'all',
    messages: {
      transcripts: 'The transcript list `{{path}}` of {{recording}} cannot be used: {{why}}. Point `transcripts` at the list, relative to this policy.',
      unusable: 'The announcement script `{{path}}` of {{recording}} cannot be used: {{why}}{{detail}}. Point `script` at the call flow (an `.ivr` script, a Connect or Studio export, a TwiML document), relative to this policy, or set `announcement.format`.',
    },
  },
  create(ctx) {
    return {
      recording(rec) {
        const a = ctx.announcement(rec);
        if (a.status === 'ok') for (const t of a.transcriptsMissing ?? []) ctx.report({ span: t.span, messageId: 'transcripts', data: { path: t.path, recording: ctx.recordingName(rec), why: WHY[t.reason] ?? t.reason } });
        if (a.status !== 'script-missing') return;
        ctx.report({
          span: a.span,
          messageId: 'unusable',
          data: { path: a.path, recording: ctx.recordingName(rec), why: WHY[a.reason] ?? a.reason, detail: a.detail ? ` (${a.detail})` : '' },
        });
      },
    };
  },
});
