import { UNRESTRICTED_ROLES } from '../../vocabulary';
import type { PolicyRule } from '../types';
import { cap, recorded } from '../legal-basis/common';
import { recordingLabel } from './common';

export const accessUnrestricted: PolicyRule = {
  kind: 'policy',
  meta: {
    id: 'access-unrestricted',
    area: 'people',
    defaultSeverity: 'error',
    legalSource: 'GDPR art. 32',
    description: '`access.roles` holds `everyone`, `all`, `*` or `public`.',
    fixable: false,
  },
  check(ctx) {
    for (const rec of recorded(ctx)) {
      for (const role of rec.accessRoles ?? []) {
        if (!UNRESTRICTED_ROLES.has(role.value.trim().toLowerCase())) continue;
        ctx.report({
          span: role.span,
          messageId: 'unrestricted',
          message: `${cap(recordingLabel(ctx, rec))} lets \`${role.value}\` listen to the recordings: art. 32 GDPR asks to limit access to the few people who need it. Replace \`${role.value}\` with the roles that need access.`,
        });
      }
    }
  },
};
