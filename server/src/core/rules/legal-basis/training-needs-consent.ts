import type { PolicyRule } from '../types';
import { basisOf, cap, purposeName, recorded } from './common';

export const trainingNeedsConsent: PolicyRule = {
  kind: 'policy',
  meta: {
    id: 'training-needs-consent',
    area: 'legal-basis',
    defaultSeverity: 'warning',
    legalSource: 'Danish DPA (Datatilsynet) 2019; GDPR art. 6(1)(a)',
    description: '`staff-training` rests on a basis other than `consent` (an error under the DK profile).',
    fixable: false,
  },
  check(ctx) {
    for (const rec of recorded(ctx)) {
      for (const p of rec.purposes) {
        if (p.purpose?.value !== 'staff-training' || !p.legalBasis) continue;
        const basis = basisOf(p);
        if (basis === undefined || basis === 'consent') continue;
        const dk = ctx.profile === 'DK';
        ctx.report({
          span: p.legalBasis.span,
          messageId: dk ? 'dk' : 'eu',
          severity: dk ? 'error' : undefined,
          message: `${cap(purposeName(ctx, rec, p))} rests on \`${p.legalBasis.value}\`: the Danish DPA (2019) ruled that recording calls for training needs the caller's consent, given by an active act, and rejected legitimate interests${dk ? '' : '; other DPAs may follow'}. Ask for consent (\`legal_basis: consent\` with an active \`consent.mechanism\`).`,
        });
      }
    }
  },
};
