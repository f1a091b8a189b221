import { cap, definePolicyRule, quote, recordingLabel } from '../kit';

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
      'personal-use': '{{recording}} claims the household exemption, which covers private persons only (GDPR art. 2(2)(c)). {{controller}} and its staff record for business ends: name the real purpose, such as keeping evidence of agreements or protecting staff, with its legal basis.',
    },
    parts: { organisation: 'An organisation' },
  },
  create(ctx) {
    const controller = ctx.policy.controller ? quote(ctx.policy.controller.value) : ctx.part('organisation');
    return {
      purpose(p, rec) {
        if (p.purpose?.value !== 'personal-use') return;
        ctx.report({ span: p.purpose.span, messageId: 'personal-use', data: { recording: cap(recordingLabel(ctx, rec)), controller } });
      },
    };
  },
});
