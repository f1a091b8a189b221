import { appendMapItem } from '../../policy/edit';
import { asSeq } from '../../policy/tree';
import { definePolicyRule } from '../kit';
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
      undeclared: 'The notice announces `{{purpose}}` ("{{words}}"), but {{recording}} does not declare it under `purposes`; a purpose told to callers needs its legal basis and retention written down (art. 5(1)(b) GDPR). Declare it, or take it out of the notice.',
    },
  },
  create(ctx) {
    const seen = new Set<string>();
    return {
      notice(n, rec) {
        const declared = declaredIds(rec);
        if (declared.size === 0) return; // nothing declared: legal-basis and schema findings say it first
        const name = ctx.recordingName(rec);
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
            related: n.uri !== ctx.uri ? [{ uri: ctx.uri, span: rec.purposesField?.keySpan ?? rec.id?.span ?? rec.node.span, message: `the purposes of ${name}` }] : [],
            suggestions: seq && (seq.items.length === 0 || seq.items[0].kind === 'map') ? [{ title: `Declare \`${p.id}\` under \`purposes\``, edits: [appendMapItem(ctx.target, seq, { purpose: p.id })] }] : [],
          });
        }
      },
    };
  },
});
