import type { PolicyRule } from '../types';
import { basisOf, blankEntry, cap, isBlank, purposeAnchor, purposeName, recorded, setKey, target } from './common';

/** The placeholder a suggestion inserts: the user replaces it with the statute. */
export const LAW_PLACEHOLDER = 'TODO: the statute and article, e.g. MiFID II art. 16(7)';

export const legalObligationUnreferenced: PolicyRule = {
  kind: 'policy',
  meta: {
    id: 'legal-obligation-unreferenced',
    area: 'legal-basis',
    defaultSeverity: 'warning',
    legalSource: 'GDPR art. 6(1)(c)',
    description: '`legal-obligation` is the basis, but no `law` names the statute.',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const t = target(ctx);
    for (const rec of recorded(ctx)) {
      for (const p of rec.purposes) {
        if (basisOf(p) !== 'legal-obligation' || !isBlank(p.law)) continue;
        const blank = blankEntry(p, 'law');
        if (p.law && !blank) continue;
        ctx.report({
          span: blank ? blank.keySpan : purposeAnchor(rec, p),
          messageId: 'missing',
          message: `${cap(purposeName(ctx, rec, p))} rests on \`legal-obligation\` without a \`law\`: art. 6(1)(c) GDPR needs a specific legal duty to record. Name the statute and article under \`law\`, or choose another basis.`,
          suggestions: [{
            title: 'Add `law:` (name the statute that obliges recording)',
            edits: [setKey(t, p.node, blank, 'law', LAW_PLACEHOLDER)],
          }],
        });
      }
    }
  },
};
