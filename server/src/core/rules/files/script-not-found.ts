import { wordsIn } from '../../flows/words';
import { definePolicyRule, plain, recordingName } from '../kit';

const WHY = {
  'not-found': 'no file exists there',
  directory: 'it is a directory',
  'too-large': 'the file is larger than the size limit, so it was not read',
  'outside-root': 'it lies outside the project, so it was not read',
  unreadable: 'the file could not be read',
  'not-a-script': 'it is not a script or call flow reclint reads',
} as const;
type Why = keyof typeof WHY;
const isWhy = (r: string): r is Why => Object.prototype.hasOwnProperty.call(WHY, r);

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
      transcripts: "The transcript list '{{path}}' of {{recording}} cannot be used: {{why}}. Point 'transcripts' at the list, relative to this policy.",
      unusable: "The notice script '{{path}}' of {{recording}} cannot be used: {{why}}.{{detail}} Point 'script' at the call flow (an .ivr script, a Connect or Studio export, a TwiML document), relative to this policy, or set 'announcement.format'.",
    },
    parts: { ...WHY, detail: ' Reason: {{detail}}.' },
  },
  create(ctx) {
    return {
      recording(rec) {
        const a = ctx.announcement(rec);
        const why = (r: string) => (isWhy(r) ? ctx.part(r) : r);
        if (a.status === 'ok') for (const t of a.transcriptsMissing ?? []) ctx.report({ span: t.span, messageId: 'transcripts', data: { path: t.path, recording: recordingName(ctx, rec), why: why(t.reason) } });
        if (a.status !== 'script-missing') return;
        ctx.report({
          span: a.span,
          messageId: 'unusable',
          data: { path: a.path, recording: recordingName(ctx, rec), why: why(a.reason), detail: a.detail ? ctx.part('detail', { detail: plain(wordsIn(ctx.locale, a.detail)) }) : '' },
        });
      },
    };
  },
});
