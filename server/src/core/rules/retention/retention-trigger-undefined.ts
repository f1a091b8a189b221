import { didYouMean } from '../../distance';
import type { Fix } from '../../findings';
import { insertEntry, replaceScalar } from '../../policy/edit';
import type { PolicyContext, PolicyRule } from '../types';
import { cap, purposeName, recorded, target } from '../legal-basis/common';
import { declaredTriggers, isTriggerId } from './common';

export const TRIGGER_STUB_DESCRIPTION = 'TODO describe the event that ends retention';

/**
 * The safe fix: declare `id` under `triggers` with a stub description (and create `triggers:` when
 * there is none). It depends only on the id and the document, so purposes naming the same trigger get
 * identical fixes and applying them all declares it once.
 */
export function declareTriggerFix(ctx: PolicyContext, id: string): Fix | undefined {
  const t = target(ctx);
  const f = ctx.policy.triggersField;
  const stub = { description: TRIGGER_STUB_DESCRIPTION };
  if (!f) return { title: `Declare trigger \`${id}\` under a new \`triggers:\``, edits: [insertEntry(t, ctx.policy.root, 'triggers', { [id]: stub })] };
  if (f.node.kind !== 'map') return undefined; // not a mapping: the schema reports it
  return { title: `Declare trigger \`${id}\` under \`triggers\``, edits: [insertEntry(t, f.node, id, stub)] };
}

export const retentionTriggerUndefined: PolicyRule = {
  kind: 'policy',
  meta: {
    id: 'retention-trigger-undefined',
    area: 'retention',
    defaultSeverity: 'error',
    legalSource: 'GDPR art. 5(1)(e)',
    description: '`retention.until` names no trigger declared under `triggers`.',
    fixable: true,
    hasSuggestions: true,
  },
  check(ctx) {
    const t = target(ctx);
    const declared = declaredTriggers(ctx.policy);
    for (const rec of recorded(ctx)) {
      for (const p of rec.purposes) {
        const until = p.retention?.until;
        if (!until || until.value.trim() === '' || declared.has(until.value)) continue;
        const id = until.value;
        const guess = didYouMean(id, declared.keys());
        const declare = isTriggerId(id) ? declareTriggerFix(ctx, id) : undefined;
        const rename: Fix | undefined = guess ? { title: `Change to \`${guess}\``, edits: [replaceScalar(t, until.node, guess)] } : undefined;
        ctx.report({
          span: until.span,
          messageId: 'undefined',
          message: `${cap(purposeName(ctx, rec, p))} is kept until \`${id}\`, but no trigger \`${id}\` is declared under \`triggers\`${guess ? ` (did you mean \`${guess}\`?)` : ''}: without it nothing says when the recordings are deleted (art. 5(1)(e) GDPR). Declare the trigger and describe the event.`,
          // A near miss of a declared trigger is most likely a typo: then declaring a new trigger is not
          // safe (it would leave the real one unused), so both ways are offered as suggestions.
          fix: guess ? undefined : declare,
          suggestions: guess ? [rename, declare].filter((x): x is Fix => !!x) : [],
        });
      }
    }
  },
};
