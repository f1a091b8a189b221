import type { PolicyRule } from '../types';
import { basisOf, cap, purposeName, recorded } from './common';

export const publicationWithoutConsent: PolicyRule = {
  kind: 'policy',
  meta: {
    id: 'publication-without-consent',
    area: 'legal-basis',
    defaultSeverity: 'error',
    legalSource: 'GDPR art. 6(1), 5(1)(b)',
    description: '`publication` rests on a basis other than `consent`.',
    fixable: false,
  },
  check(ctx) {
    for (const rec of recorded(ctx)) {
      for (const p of rec.purposes) {
        if (p.purpose?.value !== 'publication' || !p.legalBasis) continue;
        const basis = basisOf(p);
        if (basis === undefined || basis === 'consent') continue;
        ctx.report({
          span: p.legalBasis.span,
          messageId: 'not-consent',
          message: `${cap(purposeName(ctx, rec, p))} rests on \`${p.legalBasis.value}\`: publishing or sharing a call outside the organisation is a purpose of its own that no caller expects, so only the caller's consent can justify it (art. 6(1), 5(1)(b) GDPR). Ask each caller for consent, or do not publish.`,
        });
      }
    }
  },
};
