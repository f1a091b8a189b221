import { LEGAL_BASES, LEGAL_BASIS_ARTICLE } from '../../vocabulary';
import type { PolicyRule } from '../types';
import { blankEntry, cap, purposeAnchor, purposeName, recorded, setKey, target } from './common';

export const legalBasisMissing: PolicyRule = {
  kind: 'policy',
  meta: {
    id: 'legal-basis-missing',
    area: 'legal-basis',
    defaultSeverity: 'error',
    legalSource: 'GDPR art. 6(1)',
    description: 'A declared purpose has no `legal_basis`.',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const t = target(ctx);
    for (const rec of recorded(ctx)) {
      for (const p of rec.purposes) {
        if (p.legalBasis) continue;
        // `legal_basis:` written with no value: point at that key and fill it; absent: at the purpose.
        const blank = blankEntry(p, 'legal_basis');
        if (!blank && p.node.entries.some((e) => e.key === 'legal_basis')) continue; // a non-text value: the schema reports it
        ctx.report({
          span: blank ? blank.keySpan : purposeAnchor(rec, p),
          messageId: 'missing',
          message: `${cap(purposeName(ctx, rec, p))} has no \`legal_basis\`: every purpose needs one of the six bases of art. 6(1) GDPR. Add the basis this purpose rests on.`,
          suggestions: LEGAL_BASES.map((b) => ({
            title: `Add \`legal_basis: ${b}\` (${LEGAL_BASIS_ARTICLE[b]})`,
            edits: [setKey(t, p.node, blank, 'legal_basis', b)],
          })),
        });
      }
    }
  },
};
