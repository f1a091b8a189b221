import { appendMapItem } from '../../policy/edit';
import { asSeq } from '../../policy/tree';
import { isBuiltinPurpose } from '../../vocabulary';
import { cap, definePolicyRule } from '../kit';
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
      undeclared: '{{user}} of {{recording}} serves `{{purpose}}`, which the recording does not declare under `purposes`; every use needs a declared purpose with a legal basis and retention (art. 5(1)(b) GDPR). Declare it, or stop this use.',
    },
  },
  create(ctx) {
    return {
      recording(rec) {
        const declared = declaredIds(rec);
        const reported = new Set<string>();
        const uses = [...(rec.uses ?? []).map((u) => ({ f: u.purpose, what: 'a use' })), ...rec.processors.map((p) => ({ f: p.purpose, what: `processor${p.name ? ` \`${p.name.value}\`` : ''}` }))];
        for (const { f, what } of uses) {
          if (!f || declared.has(f.value) || reported.has(f.value)) continue;
          // An unknown id is reported by unknown-purpose.
          if (!isBuiltinPurpose(f.value) && !ctx.policy.customPurposes.has(f.value)) continue;
          reported.add(f.value);
          const seq = asSeq(rec.purposesField?.node);
          const suggestions = seq && (seq.items.length === 0 || seq.items[0].kind === 'map')
            ? [{ title: `Declare \`${f.value}\` under \`purposes\``, edits: [appendMapItem(ctx.target, seq, { purpose: f.value })] }]
            : [];
          ctx.report({ span: f.span, messageId: 'undeclared', data: { user: cap(what), recording: ctx.recordingName(rec), purpose: f.value }, suggestions });
        }
      },
    };
  },
});
