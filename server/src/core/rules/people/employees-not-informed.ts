import type { PolicyRule } from '../types';
import { cap, recorded } from '../legal-basis/common';
import { recordingAnchor, recordingLabel } from './common';

export const employeesNotInformed: PolicyRule = {
  kind: 'policy',
  meta: {
    id: 'employees-not-informed',
    area: 'people',
    defaultSeverity: 'warning',
    legalSource: 'GDPR art. 13',
    description: '`employees_informed` is not `true`.',
    fixable: false,
  },
  check(ctx) {
    for (const rec of recorded(ctx)) {
      const f = rec.employeesInformed;
      // Fires when the key is absent, empty, or `false`; any other value is a type problem the schema reports.
      if (f && f.value !== false && f.value !== null) continue;
      const name = cap(recordingLabel(ctx, rec));
      const what = !f ? `${name} does not say whether the employees on these calls are informed`
        : f.value === false ? `${name} has \`employees_informed: false\``
        : `${name} leaves \`employees_informed\` empty`;
      ctx.report({
        span: f ? f.span : recordingAnchor(rec),
        messageId: !f ? 'missing' : f.value === false ? 'false' : 'empty',
        message: `${what}: staff whose calls are recorded must be told, just as callers are (art. 13 GDPR). Inform them and set \`employees_informed: true\`.`,
      });
    }
  },
};
