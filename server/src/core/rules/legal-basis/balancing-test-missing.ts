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
      missing: "{{purpose}} has no balancing test for legitimate interests (GDPR art. 6(1)(f)). The organisation may rely on its interest only unless the caller's interests or rights override it: write that assessment down and name it under 'balancing_test'.",
    },
    titles: { add: "Add 'balancing_test: {{path}}' and write the assessment there" },
  },
  key: 'balancing_test',
  applies: (p) => basisOf(p) === 'legitimate-interests',
  suggestions(ctx, p, empty) {
    const path = `docs/lia-${p.purpose?.value ?? 'purpose'}.md`;
    return setKeySuggestions(ctx, p, empty, 'balancing_test', [{ value: path, title: ctx.title('add', { path }) }]);
  },
});
