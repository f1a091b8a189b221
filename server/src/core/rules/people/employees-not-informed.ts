import { cap, definePolicyRule, recordingAnchor, recordingLabel } from '../kit';

const WHY = "Staff whose calls are recorded must be told, just as callers are: inform them and set 'employees_informed: true'.";

export const employeesNotInformed = definePolicyRule({
  meta: {
    id: 'employees-not-informed',
    area: 'people',
    defaultSeverity: 'warning',
    legalSource: 'GDPR art. 13',
    description: '`employees_informed` is not `true`.',
    fixable: false,
    recordings: 'recorded',
    messages: {
      missing: `{{recording}} does not say whether the employees on these calls are informed (GDPR art. 13). ${WHY}`,
      false: `{{recording}} says the employees on these calls are not informed (GDPR art. 13). ${WHY}`,
      empty: `{{recording}} leaves 'employees_informed' empty, so nothing shows that staff are informed (GDPR art. 13). ${WHY}`,
    },
  },
  create(ctx) {
    return {
      recording(rec) {
        const f = rec.employeesInformed;
        // Fires when the key is absent, empty, or `false`; any other value is a type problem the schema reports.
        if (f && f.value !== false && f.value !== null) return;
        ctx.report({
          span: f ? f.span : recordingAnchor(rec),
          messageId: !f ? 'missing' : f.value === false ? 'false' : 'empty',
          data: { recording: cap(recordingLabel(ctx, rec)) },
        });
      },
    };
  },
});
