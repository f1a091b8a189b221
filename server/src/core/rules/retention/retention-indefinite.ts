import type { PolicyRule } from '../types';
import { cap, purposeName, recorded } from '../legal-basis/common';
import { declaredTriggers, isIndefinite } from './common';

const WHY = 'recordings may be kept only as long as the purpose needs (storage limitation, art. 5(1)(e) GDPR)';

export const retentionIndefinite: PolicyRule = {
  kind: 'policy',
  meta: {
    id: 'retention-indefinite',
    area: 'retention',
    defaultSeverity: 'error',
    legalSource: 'GDPR art. 5(1)(e)',
    description: '`retention` or its `max` is `indefinite`, `forever` or `unlimited`.',
    fixable: false,
  },
  check(ctx) {
    for (const rec of recorded(ctx)) {
      for (const p of rec.purposes) {
        const r = p.retention;
        if (!r) continue;
        const f = r.scalar && isIndefinite(r.scalar.value) ? r.scalar : r.max && isIndefinite(r.max.value) ? r.max : undefined;
        if (!f) continue;
        const key = f === r.scalar ? 'retention' : 'max';
        ctx.report({
          span: f.span,
          messageId: 'purpose',
          message: `${cap(purposeName(ctx, rec, p))} keeps recordings \`${f.value}\` (\`${key}\`): ${WHY}. Replace it with an \`until\` trigger and a \`max\` duration such as \`P1Y\`.`,
        });
      }
    }
    // A trigger's backstop written as `max: forever` is no backstop at all.
    for (const tr of declaredTriggers(ctx.policy).values()) {
      if (!tr.max || !isIndefinite(tr.max.value)) continue;
      ctx.report({
        span: tr.max.span,
        messageId: 'trigger',
        message: `Trigger \`${tr.id}\` has \`max: ${tr.max.value}\`, so recordings waiting for it may be kept for ever: ${WHY}. Give it a \`max\` duration such as \`P1Y\`, or remove \`max\`.`,
      });
    }
  },
};
