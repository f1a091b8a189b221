import type { PolicyRule } from '../types';
import { cap, recorded } from './common';

export const personalUseByOrganisation: PolicyRule = {
  kind: 'policy',
  meta: {
    id: 'personal-use-by-organisation',
    area: 'legal-basis',
    defaultSeverity: 'error',
    legalSource: 'GDPR art. 2(2)(c)',
    description: 'A policy declares `personal-use`, which an organisation cannot claim.',
    fixable: false,
  },
  check(ctx) {
    const controller = ctx.policy.controller ? ` \`${ctx.policy.controller.value}\`` : ' an organisation';
    for (const rec of recorded(ctx)) {
      for (const p of rec.purposes) {
        if (p.purpose?.value !== 'personal-use') continue;
        ctx.report({
          span: p.purpose.span,
          messageId: 'personal-use',
          message: `${cap(rec.id ? `recording ${ctx.recordingName(rec)}` : ctx.recordingName(rec))} declares \`personal-use\`, but the household exemption (art. 2(2)(c) GDPR) covers only a private person, not${controller} or its staff recording for business ends. Name the real purpose (e.g. \`evidence\`, \`staff-safety\`) with its legal basis.`,
        });
      }
    }
  },
};
