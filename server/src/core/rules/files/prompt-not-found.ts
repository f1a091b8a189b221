import { didYouMean } from '../../distance';
import { replaceScalar } from '../../policy/edit';
import { codeList, definePolicyRule, didYouMeanNote } from '../kit';

export const promptNotFound = definePolicyRule({
  meta: {
    id: 'prompt-not-found',
    area: 'files',
    defaultSeverity: 'error',
    legalSource: '',
    description: '`announcement.prompt` is not a prompt id in the script.',
    fixable: false,
    hasSuggestions: true,
    recordings: 'all',
    messages: { 'not-found': "The script has no prompt '{{prompt}}'{{didYouMean}}, so reclint cannot find the notice. Name the prompt that tells callers the call is recorded under 'announcement.prompt'." },
    titles: { replace: "Replace with '{{prompt}}'" },
    parts: { script: "the script; its prompts are {{prompts}}", 'no-prompts': 'the script; it has no prompt with an id' },
  },
  create(ctx) {
    return {
      recording(rec) {
        const a = ctx.announcement(rec);
        if (a.status !== 'prompt-missing') return;
        const ids = [...a.script.prompts.keys()];
        const guess = didYouMean(a.promptId, ids);
        const prompt = rec.announcement!.prompt!;
        ctx.report({
          span: a.span,
          messageId: 'not-found',
          data: { prompt: a.promptId, didYouMean: didYouMeanNote(guess, ctx.locale) },
          // The script's prompts go to related information, not into the message.
          related: [{ uri: a.scriptUri, span: { start: 0, end: 0 }, message: ids.length ? ctx.part('script', { prompts: `${codeList(ids.slice(0, 8))}${ids.length > 8 ? ', …' : ''}` }) : ctx.part('no-prompts') }],
          suggestions: guess ? [{ title: ctx.title('replace', { prompt: guess }), edits: [replaceScalar(ctx.target, prompt.node, guess)] }] : [],
        });
      },
    };
  },
});
