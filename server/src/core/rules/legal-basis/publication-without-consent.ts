import { cap, definePolicyRule, purposeName } from '../kit';
import { basisOf } from './common';

export const publicationWithoutConsent = definePolicyRule({
  meta: {
    id: 'publication-without-consent',
    area: 'legal-basis',
    defaultSeverity: 'error',
    legalSource: 'GDPR art. 6(1), 5(1)(b)',
    description: '`publication` rests on a basis other than `consent`.',
    fixable: false,
    recordings: 'recorded',
    messages: {
      'not-consent': "Publishing calls needs each caller's consent (GDPR art. 6(1), 5(1)(b)). {{purpose}} rests on '{{basis}}', but publishing or sharing a call outside the organisation is a purpose no caller expects: ask each caller for consent, or do not publish.",
    },
  },
  create(ctx) {
    return {
      purpose(p, rec) {
        if (p.purpose?.value !== 'publication' || !p.legalBasis) return;
        const basis = basisOf(p);
        if (basis === undefined || basis === 'consent') return;
        ctx.report({ span: p.legalBasis.span, messageId: 'not-consent', data: { purpose: cap(purposeName(ctx, rec, p)), basis: p.legalBasis.value } });
      },
    };
  },
});
