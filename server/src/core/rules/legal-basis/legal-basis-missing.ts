import { LEGAL_BASES, LEGAL_BASIS_ARTICLE } from '../../vocabulary';
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
    messages: { missing: '{{purpose}} has no `legal_basis`: every purpose needs one of the six bases of art. 6(1) GDPR. Add the basis this purpose rests on.' },
  },
  key: 'legal_basis',
  // `legal_basis: ""` is a (blank) text the model reads: unknown-legal-basis has it.
  present: (p) => !!p.legalBasis,
  suggestions: (ctx, p, empty) => setKeySuggestions(ctx, p, empty, 'legal_basis', LEGAL_BASES.map((b) => ({ value: b, title: `Add \`legal_basis: ${b}\` (${LEGAL_BASIS_ARTICLE[b]})` }))),
});
