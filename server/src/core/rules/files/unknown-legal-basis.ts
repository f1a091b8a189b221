import { didYouMean } from '../../distance';
import { replaceScalar } from '../../policy/edit';
import { canonicalLegalBasis, LEGAL_BASES } from '../../vocabulary';
import { word } from '../../i18n/words';
import { definePolicyRule, didYouMeanNote, quotedList } from '../kit';

export const unknownLegalBasis = definePolicyRule({
  meta: {
    id: 'unknown-legal-basis',
    area: 'files',
    defaultSeverity: 'error',
    legalSource: 'GDPR art. 6(1)',
    description: '`legal_basis` is not one of the six canonical bases of art. 6(1).',
    fixable: true,
    hasSuggestions: true,
    recordings: 'all',
    replaces: ['schema'],
    messages: {
      alias: "'{{value}}' is another name for the legal basis '{{basis}}' ({{article}}). Write '{{basis}}', the name every tool reads the same way.",
      unknown: "'{{value}}' is not a legal basis of GDPR art. 6(1){{didYouMean}}. Write one of the six: {{bases}}.",
    },
    titles: { replace: "Replace '{{value}}' with '{{basis}}'", choose: "Replace with '{{basis}}'" },
  },
  create(ctx) {
    return {
      purpose(p) {
        const lb = p.legalBasis;
        if (!lb || (LEGAL_BASES as readonly string[]).includes(lb.value)) return;
        const alias = canonicalLegalBasis(lb.value);
        if (alias) {
          ctx.report({
            span: lb.span,
            messageId: 'alias',
            // reclint reads an alias as its basis, so nothing is wrong in law: a warning (rules.md), not an error.
            severity: 'warning',
            data: { value: lb.value, basis: alias, article: word(ctx.locale, `article.${alias}`) },
            fix: { title: ctx.title('replace', { value: lb.value, basis: alias }), edits: [replaceScalar(ctx.target, lb.node, alias)] },
          });
          return;
        }
        const guess = didYouMean(lb.value, LEGAL_BASES);
        ctx.report({
          span: lb.span,
          messageId: 'unknown',
          data: { value: lb.value, bases: quotedList(ctx.locale, LEGAL_BASES, 'or'), didYouMean: didYouMeanNote(guess, ctx.locale) },
          suggestions: (guess ? [guess] : [...LEGAL_BASES]).map((b) => ({ title: ctx.title('choose', { basis: b }), edits: [replaceScalar(ctx.target, lb.node, b)] })),
        });
      },
    };
  },
});
