import { canonicalPurposePhrase } from '../../notice/purposes';
import type { PolicyRule } from '../types';
import { declaredIds, noticesToRead } from './shared';

export const vaguePurpose: PolicyRule = {
  kind: 'policy',
  meta: { id: 'vague-purpose', area: 'announcement', defaultSeverity: 'warning', legalSource: 'GDPR art. 12(1), 13(1)(c)', description: 'The notice relies on a vague phrase such as "quality purposes" or "internal purposes".', fixable: false, hasSuggestions: true },
  check(ctx) {
    const seen = new Set<string>();
    for (const rec of ctx.policy.recordings) {
      const declared = [...declaredIds(rec)];
      for (const n of noticesToRead(ctx.announcement(rec))) {
        for (const v of n.analysis!.vaguePhrases) {
          const span = n.toSource(v.start, v.end);
          const key = `${n.uri}:${span.start}:${span.end}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const phrases = declared.map((id) => canonicalPurposePhrase(id, n.lang as 'nl')).filter((x): x is string => !!x);
          const suggestions = phrases.length && phrases.length === declared.length
            ? [{ title: `Replace "${v.text}" with the declared purposes (${n.lang})`, edits: [{ uri: n.uri, start: span.start, end: span.end, newText: phrases.join(', ') }] }]
            : [];
          ctx.report({
            uri: n.uri,
            span,
            message: `"${v.text}" is vague${v.id ? ` (read as \`${v.id}\`)` : ' and names no purpose'}: callers must be told the specific purposes (art. 12(1), 13(1)(c) GDPR). Say what the recordings are used for${declared.length ? `, e.g. ${declared.map((d) => `\`${d}\``).join(', ')}` : ''}.`,
            suggestions,
          });
        }
      }
    }
  },
};
