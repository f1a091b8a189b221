import { appendMapItem } from '../../policy/edit';
import { asSeq } from '../../policy/tree';
import { isBuiltinPurpose } from '../../vocabulary';
import { cap, definePolicyRule, quote, recordingName } from '../kit';
import { declaredIds } from './shared';

export const useUndeclaredPurpose = definePolicyRule({
  meta: {
    id: 'use-undeclared-purpose',
    area: 'announcement',
    defaultSeverity: 'error',
    legalSource: 'GDPR art. 5(1)(b)',
    description: 'A use or processor names a purpose the recording does not declare.',
    fixable: false,
    hasSuggestions: true,
    recordings: 'recorded',
    messages: {
      undeclared: "{{user}} of {{recording}} serves '{{purpose}}', which is not declared (GDPR art. 5(1)(b)). Every use needs a declared purpose with its legal basis and retention: declare it under 'purposes', or stop this use.",
    },
    titles: { declare: "Declare '{{purpose}}' under 'purposes'" },
    parts: { use: 'A use', processor: 'Processor {{name}}', 'processor-n': 'Processor {{n}}' },
  },
  create(ctx) {
    return {
      recording(rec) {
        const declared = declaredIds(rec);
        const reported = new Set<string>();
        const uses = [...(rec.uses ?? []).map((u) => ({ f: u.purpose, what: ctx.part('use') })), ...rec.processors.map((p) => ({ f: p.purpose, what: p.name ? ctx.part('processor', { name: quote(p.name.value) }) : ctx.part('processor-n', { n: p.index + 1 }) }))];
        for (const { f, what } of uses) {
          if (!f || declared.has(f.value) || reported.has(f.value)) continue;
          // An unknown id is reported by unknown-purpose.
          if (!isBuiltinPurpose(f.value) && !ctx.policy.customPurposes.has(f.value)) continue;
          reported.add(f.value);
          const seq = asSeq(rec.purposesField?.node);
          const suggestions = seq && (seq.items.length === 0 || seq.items[0].kind === 'map')
            ? [{ title: ctx.title('declare', { purpose: f.value }), edits: [appendMapItem(ctx.target, seq, { purpose: f.value })] }]
            : [];
          ctx.report({ span: f.span, messageId: 'undeclared', data: { user: cap(what), recording: recordingName(ctx, rec), purpose: f.value }, suggestions });
        }
      },
    };
  },
});
