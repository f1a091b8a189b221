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
    messages: { 'not-found': 'The script has no prompt `{{prompt}}`{{didYouMean}}.{{prompts}}' },
  },
  create(ctx) {
    return {
      recording(rec) {
        const a = ctx.announcement(rec);
        if (a.status !== 'prompt-missing') return;
        const ids = [...a.script.prompts.keys()];
        const guess = didYouMean(a.promptId, ids);
        const listed = ids.length ? ` Its prompts are ${codeList(ids.slice(0, 8))}${ids.length > 8 ? ', …' : ''}.` : ' It has no prompt with an id.';
        const prompt = rec.announcement!.prompt!;
        ctx.report({
          span: a.span,
          messageId: 'not-found',
          data: { prompt: a.promptId, didYouMean: didYouMeanNote(guess), prompts: guess ? '' : listed },
          related: [{ uri: a.scriptUri, span: { start: 0, end: 0 }, message: 'the script' }],
          suggestions: guess ? [{ title: `Replace with \`${guess}\``, edits: [replaceScalar(ctx.target, prompt.node, guess)] }] : [],
        });
      },
    };
  },
});
