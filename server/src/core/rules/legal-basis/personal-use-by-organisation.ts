import { cap, definePolicyRule, recordingLabel } from '../kit';

export const personalUseByOrganisation = definePolicyRule({
  meta: {
    id: 'personal-use-by-organisation',
    area: 'legal-basis',
    defaultSeverity: 'error',
    legalSource: 'GDPR art. 2(2)(c)',
    description: 'A policy declares `personal-use`, which an organisation cannot claim.',
    fixable: false,
    recordings: 'recorded',
    messages: {
      'personal-use': '{{recording}} declares `personal-use`, but the household exemption (art. 2(2)(c) GDPR) covers only a private person, not {{controller}} or its staff recording for business ends. Name the real purpose (e.g. `evidence`, `staff-safety`) with its legal basis.',
    },
  },
  create(ctx) {
    const controller = ctx.policy.controller ? `\`${ctx.policy.controller.value}\`` : 'an organisation';
    return {
      purpose(p, rec) {
        if (p.purpose?.value !== 'personal-use') return;
        ctx.report({ span: p.purpose.span, messageId: 'personal-use', data: { recording: cap(recordingLabel(ctx, rec)), controller } });
      },
    };
  },
});
