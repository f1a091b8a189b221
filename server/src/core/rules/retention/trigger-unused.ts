import { didYouMean } from '../../distance';
import type { Fix } from '../../findings';
import { removeEntry } from '../../policy/edit';
import { definePolicyRule } from '../kit';
import type { PolicyContext, Texts } from '../types';
import { declaredTriggers, trimmedEntry } from './common';

export const triggerUnused = definePolicyRule({
  meta: {
    id: 'trigger-unused',
    area: 'retention',
    defaultSeverity: 'hint',
    legalSource: '',
    description: 'A trigger under `triggers` that no `retention.until` names.',
    fixable: true,
    hasSuggestions: true,
    recordings: 'all',
    messages: {
      unused: "Trigger '{{trigger}}' is declared, but no retention names it in 'until'. Remove it, or name it where recordings are kept until that event.",
      'unused-typo': "Trigger '{{trigger}}' is declared, but no retention names it; 'until: {{typo}}' may be a typo of it. Correct that 'until', or remove the trigger.",
    },
    titles: { 'remove-all': "Remove 'triggers' (no trigger is used)", remove: "Remove trigger '{{trigger}}'" },
  },
  create(ctx) {
    return { policy: () => check(ctx) };
  },
});

/** The whole policy at once: every `until` of every recording counts. */
function check(ctx: PolicyContext<'unused' | 'unused-typo'> & Texts<'remove-all' | 'remove'>): void {
  const t = ctx.target;
  const declared = declaredTriggers(ctx.policy);
  if (declared.size === 0) return;
  // Every `until` counts, also in recordings with `mode: none`: the trigger is still referred to.
  const named = new Set<string>();
  for (const rec of ctx.policy.recordings) for (const p of rec.purposes) if (p.retention?.until) named.add(p.retention.until.value);
  // An `until` that names no trigger but is a near miss of this one is probably a typo of it.
  const typoOf = new Map<string, string>();
  for (const id of named) {
    if (declared.has(id)) continue;
    const guess = didYouMean(id, declared.keys());
    if (guess && !typoOf.has(guess)) typoOf.set(guess, id);
  }
  const unused = [...declared.values()].filter((tr) => !named.has(tr.id));
  if (unused.length === 0) return;
  const field = ctx.policy.triggersField;
  // Removing every trigger one by one would leave `triggers:` empty (a schema error in block YAML):
  // then each fix removes the whole `triggers` key, the same edit for all.
  const removeAll = field && field.node.kind === 'map' && unused.length === field.node.entries.length && unused.every((tr) => !typoOf.has(tr.id));
  // Made once: the same edit for every trigger (computing it per trigger is quadratic in the file).
  const removeTriggers: Fix | undefined = removeAll && field ? { title: ctx.title('remove-all'), edits: [removeEntry(t, trimmedEntry(ctx.text, field.entry))] } : undefined;
  for (const tr of unused) {
    const typo = typoOf.get(tr.id);
    const remove: Fix = removeTriggers ?? { title: ctx.title('remove', { trigger: tr.id }), edits: [removeEntry(t, trimmedEntry(ctx.text, tr.entry))] };
    ctx.report({
      span: tr.keySpan,
      messageId: typo ? 'unused-typo' : 'unused',
      data: typo ? { trigger: tr.id, typo } : { trigger: tr.id },
      unnecessary: true,
      // When it may be the target of a typo, removing it is not safe: offered as a suggestion only.
      fix: typo ? undefined : remove,
      suggestions: typo ? [remove] : [],
    });
  }
}
