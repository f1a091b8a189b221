import { cap, definePolicyRule, recordingAnchor, recordingLabel } from '../kit';

const WHY = 'staff whose calls are recorded must be told, just as callers are (art. 13 GDPR). Inform them and set `employees_informed: true`.';

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
      missing: `{{recording}} does not say whether the employees on these calls are informed: ${WHY}`,
      false: `{{recording}} has \`employees_informed: false\`: ${WHY}`,
      empty: `{{recording}} leaves \`employees_informed\` empty: ${WHY}`,
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
