import { definePolicyRule, recordingName } from '../kit';

export const purposeUnused = definePolicyRule({
  meta: {
    id: 'purpose-unused',
    area: 'announcement',
    defaultSeverity: 'hint',
    legalSource: '',
    description: 'A declared purpose that no use or processor serves (when `uses` is given).',
    fixable: false,
    recordings: 'recorded',
    messages: { unused: "Purpose '{{purpose}}' of {{recording}} is declared, but no use serves it. Remove it, or list the use under 'uses'." },
  },
  create(ctx) {
    return {
      recording(rec) {
        if (!rec.uses) return;
        const used = new Set<string>();
        for (const u of rec.uses) if (u.purpose) used.add(u.purpose.value);
        for (const p of rec.processors) if (p.purpose) used.add(p.purpose.value);
        for (const p of rec.purposes) {
          if (!p.purpose || used.has(p.purpose.value)) continue;
          ctx.report({ span: p.purpose.span, unnecessary: true, messageId: 'unused', data: { purpose: p.purpose.value, recording: recordingName(ctx, rec) } });
        }
      },
    };
  },
});
