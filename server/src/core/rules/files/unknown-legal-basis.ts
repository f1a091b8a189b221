import { didYouMean } from '../../distance';
import { replaceScalar } from '../../policy/edit';
import { canonicalLegalBasis, LEGAL_BASES, LEGAL_BASIS_ARTICLE } from '../../vocabulary';
import { definePolicyRule, didYouMeanNote } from '../kit';

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
      alias: '`legal_basis` `{{value}}` is an alias of `{{basis}}` ({{article}}); write the canonical value so every tool reads it the same way.',
      unknown: '`legal_basis` must be one of {{bases}} (art. 6(1) GDPR); got `{{value}}`{{didYouMean}}.',
    },
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
            data: { value: lb.value, basis: alias, article: LEGAL_BASIS_ARTICLE[alias] },
            fix: { title: `Replace \`${lb.value}\` with \`${alias}\``, edits: [replaceScalar(ctx.target, lb.node, alias)] },
          });
          return;
        }
        const guess = didYouMean(lb.value, LEGAL_BASES);
        ctx.report({
          span: lb.span,
          messageId: 'unknown',
          data: { value: lb.value, bases: LEGAL_BASES.join(', '), didYouMean: didYouMeanNote(guess) },
          suggestions: (guess ? [guess] : [...LEGAL_BASES]).map((b) => ({ title: `Replace with \`${b}\``, edits: [replaceScalar(ctx.target, lb.node, b)] })),
        });
      },
    };
  },
});
