import { didYouMean } from '../../distance';
import { replaceScalar } from '../../policy/edit';
import type { PolicyRule } from '../types';

export const promptNotFound: PolicyRule = {
  kind: 'policy',
  meta: { id: 'prompt-not-found', area: 'files', defaultSeverity: 'error', legalSource: '', description: '`announcement.prompt` is not a prompt id in the script.', fixable: false, hasSuggestions: true },
  check(ctx) {
    for (const rec of ctx.policy.recordings) {
      const a = ctx.announcement(rec);
      if (a.status !== 'prompt-missing') continue;
      const ids = [...a.script.prompts.keys()];
      const guess = didYouMean(a.promptId, ids);
      const listed = ids.length ? ` Its prompts are ${ids.slice(0, 8).map((i) => `\`${i}\``).join(', ')}${ids.length > 8 ? ', …' : ''}.` : ' It has no prompt with an id.';
      const prompt = rec.announcement!.prompt!;
      ctx.report({
        span: a.span,
        message: `The script has no prompt \`${a.promptId}\`${guess ? ` (did you mean \`${guess}\`?)` : ''}.${guess ? '' : listed}`,
        related: [{ uri: a.scriptUri, span: { start: 0, end: 0 }, message: 'the script' }],
        suggestions: guess ? [{ title: `Replace with \`${guess}\``, edits: [replaceScalar({ uri: ctx.uri, text: ctx.text }, prompt.node, guess)] }] : [],
      });
    }
  },
};
