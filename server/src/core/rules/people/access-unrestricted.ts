import { UNRESTRICTED_ROLES } from '../../vocabulary';
import { cap, definePolicyRule, recordingLabel } from '../kit';

export const accessUnrestricted = definePolicyRule({
  meta: {
    id: 'access-unrestricted',
    area: 'people',
    defaultSeverity: 'error',
    legalSource: 'GDPR art. 32',
    description: '`access.roles` holds `everyone`, `all`, `*` or `public`.',
    fixable: false,
    recordings: 'recorded',
    messages: {
      unrestricted: "{{recording}} lets '{{role}}' listen, so access is not limited to those who need it (GDPR art. 32). Replace '{{role}}' with the roles that need access.",
    },
  },
  create(ctx) {
    return {
      recording(rec) {
        for (const role of rec.accessRoles ?? []) {
          if (!UNRESTRICTED_ROLES.has(role.value.trim().toLowerCase())) continue;
          ctx.report({ span: role.span, messageId: 'unrestricted', data: { recording: cap(recordingLabel(ctx, rec)), role: role.value } });
        }
      },
    };
  },
});
