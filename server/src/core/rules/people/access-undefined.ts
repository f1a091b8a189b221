import type { PolicyRule } from '../types';
import { cap, recorded } from '../legal-basis/common';
import { isBlankNode, recordingAnchor, recordingLabel } from './common';

export const accessUndefined: PolicyRule = {
  kind: 'policy',
  meta: {
    id: 'access-undefined',
    area: 'people',
    defaultSeverity: 'warning',
    legalSource: 'GDPR art. 32',
    description: 'A recording has no `access.roles`.',
    fixable: false,
  },
  check(ctx) {
    for (const rec of recorded(ctx)) {
      // A written list (even an empty one: nobody listens) says who may listen; a value of the wrong type is the schema's.
      const roles = rec.accessRolesField;
      if (roles && !isBlankNode(roles.node)) continue;
      ctx.report({
        // At the `access` key when there is one (rules.md: the nearest node that exists), else at the recording's `id`.
        span: rec.access ? rec.access.keySpan : recordingAnchor(rec),
        messageId: 'undefined',
        message: `${cap(recordingLabel(ctx, rec))} does not say who may listen to the recordings: art. 32 GDPR asks to limit access to the few people who need it. List those roles under \`access.roles\`.`,
      });
    }
  },
};
