import { missingPurposeKeyRule, setKeySuggestions } from '../missing-key';
import { basisOf } from './common';

export const balancingTestMissing = missingPurposeKeyRule({
  meta: {
    id: 'balancing-test-missing',
    area: 'legal-basis',
    defaultSeverity: 'warning',
    legalSource: 'GDPR art. 6(1)(f)',
    description: '`legitimate-interests` is the basis, but no `balancing_test` is named.',
    fixable: false,
    hasSuggestions: true,
    recordings: 'recorded',
    replaces: ['schema'],
    messages: {
      missing: "{{purpose}} rests on `legitimate-interests` without a `balancing_test`: art. 6(1)(f) GDPR requires weighing the organisation's interest against the caller's rights. Write the assessment down and name it under `balancing_test`.",
    },
  },
  key: 'balancing_test',
  applies: (p) => basisOf(p) === 'legitimate-interests',
  suggestions(ctx, p, empty) {
    const path = `docs/lia-${p.purpose?.value ?? 'purpose'}.md`;
    return setKeySuggestions(ctx, p, empty, 'balancing_test', [{ value: path, title: `Add \`balancing_test: ${path}\` (write the assessment there)` }]);
  },
});
