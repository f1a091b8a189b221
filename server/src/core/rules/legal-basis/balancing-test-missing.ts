import type { PolicyRule } from '../types';
import { basisOf, blankEntry, cap, isBlank, purposeAnchor, purposeName, recorded, setKey, target } from './common';

export const balancingTestMissing: PolicyRule = {
  kind: 'policy',
  meta: {
    id: 'balancing-test-missing',
    area: 'legal-basis',
    defaultSeverity: 'warning',
    legalSource: 'GDPR art. 6(1)(f)',
    description: '`legitimate-interests` is the basis, but no `balancing_test` is named.',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const t = target(ctx);
    for (const rec of recorded(ctx)) {
      for (const p of rec.purposes) {
        if (basisOf(p) !== 'legitimate-interests' || !isBlank(p.balancingTest)) continue;
        const blank = blankEntry(p, 'balancing_test');
        if (p.balancingTest && !blank) continue;
        const path = `docs/lia-${p.purpose?.value ?? 'purpose'}.md`;
        ctx.report({
          span: blank ? blank.keySpan : purposeAnchor(rec, p),
          messageId: 'missing',
          message: `${cap(purposeName(ctx, rec, p))} rests on \`legitimate-interests\` without a \`balancing_test\`: art. 6(1)(f) GDPR requires weighing the organisation's interest against the caller's rights. Write the assessment down and name it under \`balancing_test\`.`,
          suggestions: [{
            title: `Add \`balancing_test: ${path}\` (write the assessment there)`,
            edits: [setKey(t, p.node, blank, 'balancing_test', path)],
          }],
        });
      }
    }
  },
};
