import { readableNotices } from '../../announcement';
import type { PolicyRule } from '../types';

export const announcementNoRecordingMention: PolicyRule = {
  kind: 'policy',
  meta: { id: 'announcement-no-recording-mention', area: 'announcement', defaultSeverity: 'error', legalSource: 'GDPR art. 13', description: 'The notice never says that the call is recorded.', fixable: false },
  check(ctx) {
    for (const rec of ctx.policy.recordings) {
      const a = ctx.announcement(rec);
      if (a.status !== 'ok') continue;
      const name = ctx.recordingName(rec);
      if (a.notices.length === 0) {
        // A script without a named prompt, none of whose prompts mentions recording.
        ctx.report({
          span: a.declSpan,
          message: `No prompt in \`${rec.announcement?.script?.value ?? 'the script'}\` says that calls are recorded, so callers of ${name} are never told (art. 13 GDPR). Add a notice such as "This call is recorded for …", or name the notice with \`prompt\`.`,
          related: a.scriptUri ? [{ uri: a.scriptUri, span: { start: 0, end: 0 }, message: 'the script' }] : [],
        });
        continue;
      }
      const readable = readableNotices(a);
      if (readable.length === 0) continue;
      if (readable.some((n) => n.analysis!.records || n.analysis!.denies)) continue;
      for (const n of readable) {
        ctx.report({
          uri: n.uri,
          span: n.span,
          message: `The notice${n.promptId ? ` \`${n.promptId}\`` : ''} of ${name} never says that the call is recorded (art. 13 GDPR). Say so in the notice, e.g. "This call is recorded for …".`,
          related: n.uri !== ctx.uri ? [{ uri: ctx.uri, span: a.declSpan, message: `named as the notice of ${name}` }] : [],
        });
      }
    }
  },
};
