import type { Fix } from '../../findings';
import { insertEntry } from '../../policy/edit';
import { asMap } from '../../policy/tree';
import { cap, definePolicyRule, purposeName } from '../kit';
import { declaredTriggers, retentionMap, trimmedMap } from './common';

const BACKSTOP = 'P1Y';

export const retentionNoBackstop = definePolicyRule({
  meta: {
    id: 'retention-no-backstop',
    area: 'retention',
    defaultSeverity: 'info',
    legalSource: 'GDPR art. 5(1)(e)',
    description: '`until` names a declared trigger, and neither the retention nor the trigger has a `max` backstop.',
    fixable: false,
    hasSuggestions: true,
    recordings: 'recorded',
    messages: {
      'no-backstop': '{{purpose}} is kept until `{{trigger}}` with no `max`, and the trigger has none either: if the event never happens the recordings are kept for ever (art. 5(1)(e) GDPR). Add a `max` backstop to the retention or to the trigger.',
    },
  },
  create(ctx) {
    const t = ctx.target;
    const declared = declaredTriggers(ctx.policy);
    return {
      purpose(p, rec) {
        const r = p.retention;
        const until = r?.until;
        if (!r || !until || r.max) return;
        // An undefined trigger is reported by retention-trigger-undefined alone.
        const tr = declared.get(until.value);
        if (!tr || tr.max) return;
        const suggestions: Fix[] = [];
        const rm = retentionMap(r);
        if (rm) suggestions.push({ title: `Add \`max: ${BACKSTOP}\` to this retention (choose the longest period)`, edits: [insertEntry(t, trimmedMap(ctx.text, rm), 'max', BACKSTOP)] });
        const tm = asMap(tr.entry.value);
        if (tm) suggestions.push({ title: `Add \`max: ${BACKSTOP}\` to trigger \`${tr.id}\` (choose the longest period)`, edits: [insertEntry(t, trimmedMap(ctx.text, tm), 'max', BACKSTOP)] });
        ctx.report({ span: until.span, messageId: 'no-backstop', data: { purpose: cap(purposeName(ctx, rec, p)), trigger: tr.id }, suggestions });
      },
    };
  },
});
