import type { PolicyRule } from '../types';

export const announcementDeniesRecording: PolicyRule = {
  kind: 'policy',
  meta: { id: 'announcement-denies-recording', area: 'announcement', defaultSeverity: 'error', legalSource: 'GDPR art. 5(1)(a), 13', description: 'The notice says the call is not recorded, yet the policy records it.', fixable: false },
  check(ctx) {
    for (const rec of ctx.policy.recordings) {
      const a = ctx.announcement(rec);
      if (a.status !== 'ok') continue;
      const analysed = a.notices.filter((n) => n.analysis);
      // With several candidate prompts, a denial elsewhere in the script is only a contradiction when no prompt records.
      const anyRecords = analysed.some((n) => n.analysis!.records);
      for (const n of analysed) {
        const an = n.analysis!;
        if (!an.denies || an.records) continue;
        if (anyRecords && !rec.announcement?.prompt) continue;
        const span = an.denySpan ? n.toSource(an.denySpan.start, an.denySpan.end) : n.span;
        ctx.report({
          uri: n.uri,
          span,
          message: `The notice tells callers the call is not recorded, but ${ctx.recordingName(rec)} records it (mode \`${rec.mode?.value ?? 'all'}\`); that misleads them (art. 5(1)(a), 13 GDPR). Either stop recording this line (\`mode: none\`) or say that, and why, it is recorded.`,
          related: n.uri !== ctx.uri ? [{ uri: ctx.uri, span: rec.mode?.span ?? a.declSpan, message: `${ctx.recordingName(rec)} records` }] : [],
        });
      }
    }
  },
};
