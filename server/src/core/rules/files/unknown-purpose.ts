import { didYouMean } from '../../distance';
import { replaceScalar } from '../../policy/edit';
import type { Field, Recording } from '../../policy/model';
import { BUILTIN_PURPOSES, isBuiltinPurpose } from '../../vocabulary';
import { definePolicyRule, didYouMeanNote, recordingName } from '../kit';

export const unknownPurpose = definePolicyRule({
  meta: {
    id: 'unknown-purpose',
    area: 'files',
    defaultSeverity: 'error',
    legalSource: '',
    description: 'A purpose id is neither built in nor declared under `custom_purposes`.',
    fixable: false,
    hasSuggestions: true,
    recordings: 'all',
    replaces: ['schema'],
    messages: {
      unknown: "'{{purpose}}' under '{{list}}' of {{recording}} is not a purpose reclint knows{{didYouMean}}. Use a built-in purpose, or declare it under 'custom_purposes' with the words that announce it.",
    },
    titles: { replace: "Replace with '{{purpose}}'" },
  },
  create(ctx) {
    const custom = ctx.policy.customPurposes;
    const known = [...BUILTIN_PURPOSES, ...custom.keys()];
    const check = (f: Field<string> | undefined, list: string, rec: Recording) => {
      if (!f || isBuiltinPurpose(f.value) || custom.has(f.value)) return;
      const guess = didYouMean(f.value, known);
      ctx.report({
        span: f.span,
        messageId: 'unknown',
        data: { purpose: f.value, list, recording: recordingName(ctx, rec), didYouMean: didYouMeanNote(guess, ctx.locale) },
        suggestions: guess ? [{ title: ctx.title('replace', { purpose: guess }), edits: [replaceScalar(ctx.target, f.node, guess)] }] : [],
      });
    };
    return {
      purpose: (p, rec) => check(p.purpose, 'purposes', rec),
      use: (u, rec) => check(u.purpose, 'uses', rec),
      processor: (p, rec) => check(p.purpose, 'processors', rec),
    };
  },
});
