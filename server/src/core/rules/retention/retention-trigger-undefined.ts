import { didYouMean } from '../../distance';
import type { Fix } from '../../findings';
import { insertEntry, replaceScalar } from '../../policy/edit';
import { cap, definePolicyRule, didYouMeanNote, isBlankNode, purposeName } from '../kit';
import type { PolicyContext, Texts } from '../types';
import { declaredTriggers, fillBlank, isTriggerId, trimmedMap } from './common';

function lineStart(text: string, offset: number): number {
  let s = offset;
  while (s > 0 && text[s - 1] !== '\n' && text[s - 1] !== '\r') s--;
  return s;
}

function lineEnd(text: string, offset: number): number {
  let e = offset;
  while (e < text.length && text[e] !== '\n' && text[e] !== '\r') e++;
  return e;
}

export const TRIGGER_STUB_DESCRIPTION = 'TODO describe the event that ends retention';

/**
 * The safe fix: declare `id` under `triggers` with a stub description (and create `triggers:` when
 * there is none). It depends only on the id and the document, so purposes naming the same trigger get
 * identical fixes and applying them all declares it once.
 */
export function declareTriggerFix(ctx: PolicyContext & Texts<'declare' | 'declare-new'>, id: string): Fix | undefined {
  const t = ctx.target;
  const f = ctx.policy.triggersField;
  const stub = { description: TRIGGER_STUB_DESCRIPTION };
  if (!f) return { title: ctx.title('declare-new', { trigger: id }), edits: [insertEntry(t, trimmedMap(ctx.text, ctx.policy.root), 'triggers', { [id]: stub })] };
  const title = ctx.title('declare', { trigger: id });
  if (f.node.kind === 'map') return { title, edits: [insertEntry(t, trimmedMap(ctx.text, f.node), id, stub)] };
  // `triggers:` written with nothing after it: fill it in.
  if (!isBlankNode(f.node)) return undefined; // a list or a text: the schema reports it
  const json = /\.json$/i.test(ctx.uri);
  if (json || !(f.node.kind === 'scalar' && f.node.empty)) {
    return { title, edits: [fillBlank(t, f.node, `{ ${id}: { description: ${TRIGGER_STUB_DESCRIPTION} } }`, `{ "${id}": { "description": "${TRIGGER_STUB_DESCRIPTION}" } }`)] };
  }
  // Block YAML: the trigger goes on the lines below `triggers:` (after any comment on that line).
  const nl = ctx.text.includes('\r\n') ? '\r\n' : '\n';
  const indent = ' '.repeat(f.keySpan.start - lineStart(ctx.text, f.keySpan.start) + 2);
  const at = lineEnd(ctx.text, f.keySpan.end);
  return { title, edits: [{ uri: ctx.uri, start: at, end: at, newText: `${nl}${indent}${id}:${nl}${indent}  description: ${TRIGGER_STUB_DESCRIPTION}` }] };
}

export const retentionTriggerUndefined = definePolicyRule({
  meta: {
    id: 'retention-trigger-undefined',
    area: 'retention',
    defaultSeverity: 'error',
    legalSource: 'GDPR art. 5(1)(e)',
    description: '`retention.until` names no trigger declared under `triggers`.',
    fixable: true,
    hasSuggestions: true,
    recordings: 'recorded',
    messages: {
      undefined: "{{purpose}} is kept until an undefined event '{{trigger}}' (GDPR art. 5(1)(e)). Without it nothing says when the recordings are deleted: correct the name{{didYouMean}}, or declare it under 'triggers' and describe the event.",
    },
    titles: { declare: "Declare trigger '{{trigger}}' under 'triggers'", 'declare-new': "Declare trigger '{{trigger}}' under a new 'triggers'", rename: "Change to '{{trigger}}'" },
  },
  create(ctx) {
    const declared = declaredTriggers(ctx.policy);
    return {
      purpose(p, rec) {
        const until = p.retention?.until;
        // A number or boolean is not a trigger id: the schema reports it.
        if (!until || until.node.kind !== 'scalar' || typeof until.node.value !== 'string') return;
        if (until.value.trim() === '' || declared.has(until.value)) return;
        const id = until.value;
        const guess = didYouMean(id, declared.keys());
        const declare = isTriggerId(id) ? declareTriggerFix(ctx, id) : undefined;
        const rename: Fix | undefined = guess ? { title: ctx.title('rename', { trigger: guess }), edits: [replaceScalar(ctx.target, until.node, guess)] } : undefined;
        ctx.report({
          span: until.span,
          messageId: 'undefined',
          data: { purpose: cap(purposeName(ctx, rec, p)), trigger: id, didYouMean: didYouMeanNote(guess, ctx.locale) },
          // A near miss of a declared trigger is most likely a typo: then declaring a new trigger is not
          // safe (it would leave the real one unused), so both ways are offered as suggestions.
          fix: guess ? undefined : declare,
          suggestions: guess ? [rename, declare].filter((x): x is Fix => !!x) : [],
        });
      },
    };
  },
});
