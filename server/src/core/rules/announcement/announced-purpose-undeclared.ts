import { appendMapItem } from '../../policy/edit';
import { asSeq } from '../../policy/tree';
import { definePolicyRule, recordingName } from '../kit';
import { declaredIds } from './shared';

export const announcedPurposeUndeclared = definePolicyRule({
  meta: {
    id: 'announced-purpose-undeclared',
    area: 'announcement',
    defaultSeverity: 'warning',
    legalSource: 'GDPR art. 5(1)(b)',
    description: 'The notice names a purpose the recording does not declare.',
    fixable: false,
    hasSuggestions: true,
    recordings: 'all',
    messages: {
      undeclared: "The notice announces '{{purpose}}', which {{recording}} does not declare (GDPR art. 5(1)(b)). A purpose told to callers ('{{words}}') needs its legal basis and retention written down: declare it under 'purposes', or take it out of the notice.",
    },
    titles: { declare: "Declare '{{purpose}}' under 'purposes'" },
    parts: { purposes: 'the purposes of {{recording}}' },
  },
  create(ctx) {
    const seen = new Set<string>();
    return {
      notice(n, rec) {
        const declared = declaredIds(rec);
        if (declared.size === 0) return; // nothing declared: legal-basis and schema findings say it first
        const name = recordingName(ctx, rec);
        for (const p of n.analysis!.purposes) {
          const key = `${rec.index}\u0000${n.uri}:${p.id}`;
          if (declared.has(p.id) || seen.has(key)) continue;
          seen.add(key);
          const seq = asSeq(rec.purposesField?.node);
          ctx.report({
            uri: n.uri,
            span: n.toSource(p.start, p.end),
            messageId: 'undeclared',
            data: { purpose: p.id, words: p.text, recording: name },
            related: n.uri !== ctx.uri ? [{ uri: ctx.uri, span: rec.purposesField?.keySpan ?? rec.id?.span ?? rec.node.span, message: ctx.part('purposes', { recording: name }) }] : [],
            suggestions: seq && (seq.items.length === 0 || seq.items[0].kind === 'map') ? [{ title: ctx.title('declare', { purpose: p.id }), edits: [appendMapItem(ctx.target, seq, { purpose: p.id })] }] : [],
          });
        }
      },
    };
  },
});
