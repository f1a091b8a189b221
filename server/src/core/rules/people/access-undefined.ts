import { cap, definePolicyRule, isBlankNode, recordingAnchor, recordingLabel } from '../kit';

export const accessUndefined = definePolicyRule({
  meta: {
    id: 'access-undefined',
    area: 'people',
    defaultSeverity: 'warning',
    legalSource: 'GDPR art. 32',
    description: 'A recording has no `access.roles`.',
    fixable: false,
    recordings: 'recorded',
    messages: {
      undefined: "{{recording}} does not say who may listen to the recordings (GDPR art. 32). Limit access to the few people who need it: list their roles under 'access.roles'.",
    },
  },
  create(ctx) {
    return {
      recording(rec) {
        // A written list (even an empty one: nobody listens) says who may listen; a value of the wrong type is the schema's.
        const roles = rec.accessRolesField;
        if (roles && !isBlankNode(roles.node)) return;
        // At the `access` key when there is one (rules.md: the nearest node that exists), else at the recording's `id`.
        ctx.report({ span: rec.access ? rec.access.keySpan : recordingAnchor(rec), messageId: 'undefined', data: { recording: cap(recordingLabel(ctx, rec)) } });
      },
    };
  },
});
