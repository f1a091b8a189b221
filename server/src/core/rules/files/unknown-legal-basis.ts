import { didYouMean } from '../../distance';
import { replaceScalar } from '../../policy/edit';
import { LEGAL_BASES, LEGAL_BASIS_ALIASES, LEGAL_BASIS_ARTICLE, type LegalBasis } from '../../vocabulary';
import type { PolicyRule } from '../types';

export const unknownLegalBasis: PolicyRule = {
  kind: 'policy',
  meta: { id: 'unknown-legal-basis', area: 'files', defaultSeverity: 'error', legalSource: 'GDPR art. 6(1)', description: '`legal_basis` is not one of the six canonical bases of art. 6(1).', fixable: true, hasSuggestions: true },
  check(ctx) {
    for (const rec of ctx.policy.recordings) {
      for (const p of rec.purposes) {
        const lb = p.legalBasis;
        if (!lb || (LEGAL_BASES as readonly string[]).includes(lb.value)) continue;
        const key = lb.value.trim().toLowerCase().replace(/[\s_]+/g, '-');
        const alias = (LEGAL_BASES as readonly string[]).includes(key) ? (key as LegalBasis) : LEGAL_BASIS_ALIASES[key];
        const t = { uri: ctx.uri, text: ctx.text };
        if (alias) {
          ctx.report({
            span: lb.span,
            messageId: 'alias',
            message: `\`legal_basis\` \`${lb.value}\` is an alias of \`${alias}\` (${LEGAL_BASIS_ARTICLE[alias]}); write the canonical value so every tool reads it the same way.`,
            fix: { title: `Replace \`${lb.value}\` with \`${alias}\``, edits: [replaceScalar(t, lb.node, alias)] },
          });
          continue;
        }
        const guess = didYouMean(lb.value, LEGAL_BASES);
        ctx.report({
          span: lb.span,
          messageId: 'unknown',
          message: `\`legal_basis\` must be one of ${LEGAL_BASES.join(', ')} (art. 6(1) GDPR); got \`${lb.value}\`${guess ? ` (did you mean \`${guess}\`?)` : ''}.`,
          suggestions: (guess ? [guess] : [...LEGAL_BASES]).map((b) => ({ title: `Replace with \`${b}\``, edits: [replaceScalar(t, lb.node, b)] })),
        });
      }
    }
  },
};
