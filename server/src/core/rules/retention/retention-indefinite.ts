import { cap, definePolicyRule, purposeName } from '../kit';
import { isIndefinite } from './common';


export const retentionIndefinite = definePolicyRule({
  meta: {
    id: 'retention-indefinite',
    area: 'retention',
    defaultSeverity: 'error',
    legalSource: 'GDPR art. 5(1)(e)',
    description: '`retention` or its `max` is `indefinite`, `forever` or `unlimited`.',
    fixable: false,
    recordings: 'recorded',
    replaces: ['schema'],
    messages: {
      purpose: "{{purpose}} keeps recordings '{{value}}', with no storage limit (GDPR art. 5(1)(e)). Keep them only as long as the purpose needs: replace '{{key}}: {{value}}' with an 'until' event and a 'max' period, such as 1 year.",
      trigger: "Trigger '{{trigger}}' has 'max: {{value}}', so recordings waiting for it may be kept for ever (GDPR art. 5(1)(e)). Keep them only as long as the purpose needs: give it a 'max' period, such as 1 year, or remove 'max'.",
    },
  },
  create(ctx) {
    return {
      purpose(p, rec) {
        const r = p.retention;
        if (!r) return;
        const f = r.scalar && isIndefinite(r.scalar.value) ? r.scalar : r.max && isIndefinite(r.max.value) ? r.max : undefined;
        if (!f) return;
        ctx.report({ span: f.span, messageId: 'purpose', data: { purpose: cap(purposeName(ctx, rec, p)), value: f.value, key: f === r.scalar ? 'retention' : 'max' } });
      },
      // A trigger's backstop written as `max: forever` is no backstop at all (`x-*` annotations are no triggers).
      trigger(tr) {
        if (tr.id.startsWith('x-') || !tr.max || !isIndefinite(tr.max.value)) return;
        ctx.report({ span: tr.max.span, messageId: 'trigger', data: { trigger: tr.id, value: tr.max.value } });
      },
    };
  },
});
