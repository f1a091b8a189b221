import { definePolicyRule, recordingName } from '../kit';

export const announcementDeniesRecording = definePolicyRule({
  meta: {
    id: 'announcement-denies-recording',
    area: 'announcement',
    defaultSeverity: 'error',
    legalSource: 'GDPR art. 5(1)(a), 13',
    description: 'The notice says the call is not recorded, yet the policy records it.',
    fixable: false,
    recordings: 'all',
    messages: {
      denies: "The notice tells callers the call is not recorded, but {{recording}} records it (GDPR art. 5(1)(a), 13). That misleads them ('mode: {{mode}}'): stop recording this line ('mode: none'), or say in the notice that and why it is recorded.",
    },
    parts: { records: '{{recording}} records' },
  },
  create(ctx) {
    return {
      recording(rec) {
        const a = ctx.announcement(rec);
        if (a.status !== 'ok') return;
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
            messageId: 'denies',
            data: { recording: recordingName(ctx, rec), mode: rec.mode?.value ?? 'all' },
            related: n.uri !== ctx.uri ? [{ uri: ctx.uri, span: rec.mode?.span ?? a.declSpan, message: ctx.part('records', { recording: recordingName(ctx, rec) }) }] : [],
          });
        }
      },
    };
  },
});
