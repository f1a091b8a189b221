import { cap, definePolicyRule, purposeName } from '../kit';
import { isIndefinite } from './common';

const WHY = 'recordings may be kept only as long as the purpose needs (storage limitation, art. 5(1)(e) GDPR)';

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
      purpose: `{{purpose}} keeps recordings \`{{value}}\` (\`{{key}}\`): ${WHY}. Replace it with an \`until\` trigger and a \`max\` duration such as \`P1Y\`.`,
      trigger: `Trigger \`{{trigger}}\` has \`max: {{value}}\`, so recordings waiting for it may be kept for ever: ${WHY}. Give it a \`max\` duration such as \`P1Y\`, or remove \`max\`.`,
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
