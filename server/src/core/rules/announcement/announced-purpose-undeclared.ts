import { appendMapItem } from '../../policy/edit';
import { asSeq } from '../../policy/tree';
import type { PolicyRule } from '../types';
import { declaredIds, noticesToRead } from './shared';

export const announcedPurposeUndeclared: PolicyRule = {
  kind: 'policy',
  meta: { id: 'announced-purpose-undeclared', area: 'announcement', defaultSeverity: 'warning', legalSource: 'GDPR art. 5(1)(b)', description: 'The notice names a purpose the recording does not declare.', fixable: false, hasSuggestions: true },
  check(ctx) {
    for (const rec of ctx.policy.recordings) {
      const declared = declaredIds(rec);
      if (declared.size === 0) continue; // nothing declared: legal-basis and schema findings say it first
      const seen = new Set<string>();
      for (const n of noticesToRead(ctx.announcement(rec))) {
        for (const p of n.analysis!.purposes) {
          if (declared.has(p.id) || seen.has(`${n.uri}:${p.id}`)) continue;
          seen.add(`${n.uri}:${p.id}`);
          const seq = asSeq(rec.purposesField?.node);
          ctx.report({
            uri: n.uri,
            span: n.toSource(p.start, p.end),
            message: `The notice announces \`${p.id}\` ("${p.text}"), but ${ctx.recordingName(rec)} does not declare it under \`purposes\`; a purpose told to callers needs its legal basis and retention written down (art. 5(1)(b) GDPR). Declare it, or take it out of the notice.`,
            related: n.uri !== ctx.uri ? [{ uri: ctx.uri, span: rec.purposesField?.keySpan ?? rec.id?.span ?? rec.node.span, message: `the purposes of ${ctx.recordingName(rec)}` }] : [],
            suggestions: seq && (seq.items.length === 0 || seq.items[0].kind === 'map') ? [{ title: `Declare \`${p.id}\` under \`purposes\``, edits: [appendMapItem({ uri: ctx.uri, text: ctx.text }, seq, { purpose: p.id })] }] : [],
          });
        }
      }
    }
  },
};
