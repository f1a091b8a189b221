import type { Fix } from '../../findings';
import { insertEntry } from '../../policy/edit';
import { asMap } from '../../policy/tree';
import type { PolicyRule } from '../types';
import { cap, purposeName, recorded, target } from '../legal-basis/common';
import { declaredTriggers, retentionMap, trimmedMap } from './common';

const BACKSTOP = 'P1Y';

export const retentionNoBackstop: PolicyRule = {
  kind: 'policy',
  meta: {
    id: 'retention-no-backstop',
    area: 'retention',
    defaultSeverity: 'info',
    legalSource: 'GDPR art. 5(1)(e)',
    description: '`until` names a declared trigger, and neither the retention nor the trigger has a `max` backstop.',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const t = target(ctx);
    const declared = declaredTriggers(ctx.policy);
    for (const rec of recorded(ctx)) {
      for (const p of rec.purposes) {
        const r = p.retention;
        const until = r?.until;
        if (!r || !until || r.max) continue;
        // An undefined trigger is reported by retention-trigger-undefined alone.
        const tr = declared.get(until.value);
        if (!tr || tr.max) continue;
        const suggestions: Fix[] = [];
        const rm = retentionMap(r);
        if (rm) suggestions.push({ title: `Add \`max: ${BACKSTOP}\` to this retention (choose the longest period)`, edits: [insertEntry(t, trimmedMap(ctx.text, rm), 'max', BACKSTOP)] });
        const tm = asMap(tr.entry.value);
        if (tm) suggestions.push({ title: `Add \`max: ${BACKSTOP}\` to trigger \`${tr.id}\` (choose the longest period)`, edits: [insertEntry(t, trimmedMap(ctx.text, tm), 'max', BACKSTOP)] });
        ctx.report({
          span: until.span,
          messageId: 'no-backstop',
          message: `${cap(purposeName(ctx, rec, p))} is kept until \`${tr.id}\` with no \`max\`, and the trigger has none either: if the event never happens the recordings are kept for ever (art. 5(1)(e) GDPR). Add a \`max\` backstop to the retention or to the trigger.`,
          suggestions,
        });
      }
    }
  },
};
