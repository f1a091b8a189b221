import { cap, definePolicyRule, purposeName } from '../kit';
import { basisOf } from './common';

const ASK = "{{purpose}} rests on '{{basis}}' instead{{rejected}}. Ask for consent by an active act ('legal_basis: consent' with a 'consent.mechanism').";

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
      dk: `Recording calls to train staff needs the caller's consent (Danish DPA, Datatilsynet 2019). ${ASK}`,
      eu: `Recording calls to train staff needs the caller's consent, the Danish DPA ruled (Datatilsynet 2019); others may follow. ${ASK}`,
    },
    // Only legitimate interests was weighed and rejected by the DPA: said when it is the basis given.
    parts: { 'li-rejected': '; the DPA rejected legitimate interests for this' },
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
          data: { purpose: cap(purposeName(ctx, rec, p)), basis: p.legalBasis.value, rejected: basis === 'legitimate-interests' ? ctx.part('li-rejected') : '' },
        });
      },
    };
  },
});
