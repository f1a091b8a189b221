import { word } from '../../i18n/words';
import { LEGAL_BASES } from '../../vocabulary';
import { missingPurposeKeyRule, setKeySuggestions } from '../missing-key';

export const legalBasisMissing = missingPurposeKeyRule({
  meta: {
    id: 'legal-basis-missing',
    area: 'legal-basis',
    defaultSeverity: 'error',
    legalSource: 'GDPR art. 6(1)',
    description: 'A declared purpose has no `legal_basis`.',
    fixable: false,
    hasSuggestions: true,
    recordings: 'recorded',
    replaces: ['schema'],
    messages: { missing: "{{purpose}} has no legal basis (GDPR art. 6(1)). Add 'legal_basis' with the one of the six bases this purpose rests on." },
    titles: { add: "Add 'legal_basis: {{basis}}' ({{article}})" },
  },
  key: 'legal_basis',
  // `legal_basis: ""` is a (blank) text the model reads: unknown-legal-basis has it.
  present: (p) => !!p.legalBasis,
  suggestions: (ctx, p, empty) => setKeySuggestions(ctx, p, empty, 'legal_basis', LEGAL_BASES.map((b) => ({ value: b, title: ctx.title('add', { basis: b, article: word(ctx.locale, `article.${b}`) }) }))),
});
