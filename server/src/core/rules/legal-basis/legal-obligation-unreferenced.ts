import { missingPurposeKeyRule, setKeySuggestions } from '../missing-key';
import { basisOf } from './common';

/** The placeholder a suggestion inserts: the user replaces it with the statute. */
export const LAW_PLACEHOLDER = 'TODO: the statute and article, e.g. MiFID II art. 16(7)';

export const legalObligationUnreferenced = missingPurposeKeyRule({
  meta: {
    id: 'legal-obligation-unreferenced',
    area: 'legal-basis',
    defaultSeverity: 'warning',
    legalSource: 'GDPR art. 6(1)(c)',
    description: '`legal-obligation` is the basis, but no `law` names the statute.',
    fixable: false,
    hasSuggestions: true,
    recordings: 'recorded',
    replaces: ['schema'],
    messages: {
      missing: "{{purpose}} rests on a legal obligation but names no law (GDPR art. 6(1)(c)). Name the statute and article that oblige the recording under 'law', such as MiFID II art. 16(7), or choose another basis.",
    },
    titles: { add: "Add 'law' (name the statute that obliges recording)" },
  },
  key: 'law',
  applies: (p) => basisOf(p) === 'legal-obligation',
  suggestions: (ctx, p, empty) => setKeySuggestions(ctx, p, empty, 'law', [{ value: LAW_PLACEHOLDER, title: ctx.title('add') }]),
});
