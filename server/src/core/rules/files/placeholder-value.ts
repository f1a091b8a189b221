import type { YNode } from '../../policy/tree';
import { definePolicyRule, quote } from '../kit';

/** A value that is still a placeholder: `TODO`, `TODO-purpose`, `TODO the processor` (as fixes, snippets and `reclint init` write them). */
const PLACEHOLDER = /^\s*TODO\b/;

export const placeholderValue = definePolicyRule({
  meta: {
    id: 'placeholder-value',
    area: 'files',
    defaultSeverity: 'info',
    legalSource: '',
    description: 'A value still reads `TODO` (as written by a fix, `reclint init` or a snippet).',
    fixable: false,
    recordings: 'all',
    messages: {
      placeholder: "{{key}} still reads '{{value}}', a placeholder. Write the real value: a placeholder tells callers, the register and a regulator nothing.",
    },
    parts: { value: 'A value' },
  },
  create(ctx) {
    return {
      policy(policy) {
        // An explicit stack, not recursion: the tree is as deep as the file (the parser caps nesting).
        const stack: YNode[] = [policy.root];
        const found: YNode[] = [];
        while (stack.length) {
          const n = stack.pop()!;
          if (n.kind === 'map') for (let i = n.entries.length - 1; i >= 0; i--) stack.push(n.entries[i].value);
          else if (n.kind === 'seq') for (let i = n.items.length - 1; i >= 0; i--) stack.push(n.items[i]);
          else if (typeof n.value === 'string' && PLACEHOLDER.test(n.value)) found.push(n);
        }
        for (const n of found) {
          const k = n.parent?.key ?? n.parentSeq?.parent?.key;
          const key = k !== undefined ? quote(k) : ctx.part('value');
          const value = String((n as { value: unknown }).value).trim();
          ctx.report({ node: n, messageId: 'placeholder', data: { key, value: value.length > 40 ? `${value.slice(0, 40)}…` : value } });
        }
      },
    };
  },
});
