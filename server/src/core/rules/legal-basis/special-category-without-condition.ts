import type { Fix } from '../../findings';
import { entry } from '../../policy/tree';
import { SPECIAL_CATEGORIES } from '../../vocabulary';
import type { PolicyRule } from '../types';
import { cap, isBlank, recorded, setKey, target } from './common';

/** Conditions of art. 9(2) offered as suggestions, with what they mean. */
const CONDITIONS: ReadonlyArray<{ code: string; meaning: string; when?: string }> = [
  { code: '9(2)(h)', meaning: 'health or social care', when: 'health' },
  { code: '9(2)(a)', meaning: 'explicit consent' },
  { code: '9(2)(f)', meaning: 'legal claims' },
];

export const specialCategoryWithoutCondition: PolicyRule = {
  kind: 'policy',
  meta: {
    id: 'special-category-without-condition',
    area: 'legal-basis',
    defaultSeverity: 'error',
    legalSource: 'GDPR art. 9(2)',
    description: '`data` holds a special category of personal data, and no `art9_condition` is given.',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const t = target(ctx);
    for (const rec of recorded(ctx)) {
      const special = rec.data.filter((d) => SPECIAL_CATEGORIES.has(d.value));
      if (special.length === 0 || !isBlank(rec.art9Condition)) continue;
      const blank = entry(rec.node, 'art9_condition');
      if (blank && !(blank.value.kind === 'scalar' && (blank.value.value === null || String(blank.value.value).trim() === ''))) continue;
      const names = [...new Set(special.map((d) => `\`${d.value}\``))];
      const kinds = new Set(special.map((d) => d.value));
      const suggestions: Fix[] = CONDITIONS.filter((c) => !c.when || kinds.has(c.when)).map((c) => ({
        title: `Add \`art9_condition: ${c.code}\` (${c.meaning})`,
        edits: [setKey(t, rec.node, blank, 'art9_condition', c.code)],
      }));
      const recName = rec.id ? `recording ${ctx.recordingName(rec)}` : ctx.recordingName(rec);
      ctx.report({
        span: special[0].span,
        messageId: 'missing',
        message: `${cap(recName)} holds ${names.join(', ')}, a special category of personal data, without an \`art9_condition\`: art. 9(2) GDPR requires one of its conditions on top of a basis of art. 6(1). Name the condition under \`art9_condition\` (\`9(2)(a)\` to \`9(2)(j)\`).`,
        suggestions,
      });
    }
  },
};
