import { cap, definePolicyRule, purposeName } from '../kit';
import { basisOf } from './common';

const RULED = "{{purpose}} rests on `{{basis}}`: the Danish DPA (2019) ruled that recording calls for training needs the caller's consent, given by an active act, and rejected legitimate interests";
const ASK = 'Ask for consent (`legal_basis: consent` with an active `consent.mechanism`).';

export const trainingNeedsConsent = definePolicyRule({
  meta: {
    id: 'training-needs-consent',
    area: 'legal-basis',
    defaultSeverity: 'warning',
    legalSource: 'Danish DPA (Datatilsynet) 2019; GDPR art. 6(1)(a)',
    description: '`staff-training` rests on a basis other than `consent` (an error under the DK profile).',
    fixable: false,
    recordings: 'recorded',
    messages: {
      dk: `${RULED}. ${ASK}`,
      eu: `${RULED}; other DPAs may follow. ${ASK}`,
    },
  },
  create(ctx) {
    return {
      purpose(p, rec) {
        if (p.purpose?.value !== 'staff-training' || !p.legalBasis) return;
        const basis = basisOf(p);
        if (basis === undefined || basis === 'consent') return;
        const dk = ctx.profile === 'DK';
        ctx.report({
          span: p.legalBasis.span,
          messageId: dk ? 'dk' : 'eu',
          severity: dk ? 'error' : undefined,
          data: { purpose: cap(purposeName(ctx, rec, p)), basis: p.legalBasis.value },
        });
      },
    };
  },
});
