import { isIsoDuration, toIsoDuration } from '../../duration';
import { replaceScalar } from '../../policy/edit';
import type { Field } from '../../policy/model';
import { INDEFINITE_WORDS } from '../../vocabulary';
import { definePolicyRule, durationWords } from '../kit';

export const invalidDuration = definePolicyRule({
  meta: {
    id: 'invalid-duration',
    area: 'files',
    defaultSeverity: 'error',
    legalSource: '',
    description: '`max` or `buffer_retention` is not an ISO 8601 duration.',
    fixable: true,
    recordings: 'all',
    replaces: ['schema'],
    // The one message that names ISO codes: what the user must write is the code itself.
    messages: { 'not-iso': "'{{key}}' reads '{{value}}', which is not a period written in ISO 8601 form. {{meaning}}" },
    titles: { replace: "Replace '{{value}}' with '{{iso}}' ({{words}})" },
    parts: {
      convertible: "Write '{{iso}}' ({{words}}) instead; the quick fix does it.",
      unknown: 'Write the period as P30D (30 days), P6M (6 months), P1Y (1 year) or PT2H (2 hours).',
    },
  },
  create(ctx) {
    const check = (f: Field<string> | undefined, key: string) => {
      if (!f || isIsoDuration(f.value) || INDEFINITE_WORDS.has(f.value.trim().toLowerCase())) return;
      const iso = toIsoDuration(f.value);
      ctx.report({
        span: f.span,
        messageId: 'not-iso',
        data: { key, value: f.value, meaning: iso ? ctx.part('convertible', { iso, words: durationWords(ctx, iso) }) : ctx.part('unknown') },
        fix: iso ? { title: ctx.title('replace', { value: f.value, iso, words: durationWords(ctx, iso) }), edits: [replaceScalar(ctx.target, f.node, iso)] } : undefined,
      });
    };
    return {
      trigger: (tr) => check(tr.max, 'max'),
      recording: (rec) => check(rec.bufferRetention, 'buffer_retention'),
      purpose: (p) => check(p.retention?.max, 'max'),
    };
  },
});
