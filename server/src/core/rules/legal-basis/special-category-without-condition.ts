import type { Fix } from '../../findings';
import { SPECIAL_CATEGORIES } from '../../vocabulary';
import { blankEntry, cap, definePolicyRule, isBlank, quotedList, recordingLabel, setKey } from '../kit';
import { entry } from '../../policy/tree';

/** Conditions of art. 9(2) offered as suggestions, with what they mean. */
const CONDITIONS: ReadonlyArray<{ code: string; meaning: 'care' | 'consent' | 'claims'; when?: string }> = [
  { code: '9(2)(h)', meaning: 'care', when: 'health' },
  { code: '9(2)(a)', meaning: 'consent' },
  { code: '9(2)(f)', meaning: 'claims' },
];

export const specialCategoryWithoutCondition = definePolicyRule({
  meta: {
    id: 'special-category-without-condition',
    area: 'legal-basis',
    defaultSeverity: 'error',
    legalSource: 'GDPR art. 9(2)',
    description: '`data` holds a special category of personal data, and no `art9_condition` is given.',
    fixable: false,
    hasSuggestions: true,
    recordings: 'recorded',
    messages: {
      missing: "{{recording}} holds special categories of personal data ({{categories}}) without a condition of GDPR art. 9(2). Such data needs one of its conditions on top of a basis of art. 6(1): name it under 'art9_condition' (9(2)(a) to 9(2)(j)).",
    },
    titles: { add: "Add 'art9_condition: {{code}}' ({{meaning}})" },
    parts: { care: 'health or social care', consent: 'explicit consent', claims: 'legal claims' },
  },
  create(ctx) {
    return {
      recording(rec) {
        const special = rec.data.filter((d) => SPECIAL_CATEGORIES.has(d.value));
        if (special.length === 0 || !isBlank(rec.art9Condition)) return;
        const blank = blankEntry(rec.node, 'art9_condition');
        if (!blank && entry(rec.node, 'art9_condition')) return; // a value of another type: the schema's
        const kinds = new Set(special.map((d) => d.value));
        const suggestions: Fix[] = CONDITIONS.filter((c) => !c.when || kinds.has(c.when)).map((c) => ({
          title: ctx.title('add', { code: c.code, meaning: ctx.part(c.meaning) }),
          edits: [setKey(ctx.target, rec.node, blank, 'art9_condition', c.code)],
        }));
        ctx.report({
          span: special[0].span,
          messageId: 'missing',
          data: { recording: cap(recordingLabel(ctx, rec)), categories: quotedList(ctx.locale, kinds) },
          suggestions,
        });
      },
    };
  },
});
