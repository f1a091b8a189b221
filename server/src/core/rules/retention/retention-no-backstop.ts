import type { Fix } from '../../findings';
import { insertEntry } from '../../policy/edit';
import { asMap } from '../../policy/tree';
import { cap, definePolicyRule, durationWords, purposeName, quote } from '../kit';
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
      'no-backstop': "{{purpose}} waits for '{{trigger}}' with no maximum period (GDPR art. 5(1)(e)). If the event never happens the recordings are kept for ever: add a 'max' period to the retention or to the trigger.",
    },
    titles: { retention: 'Add a maximum of {{period}} to this retention (choose the longest period)', trigger: 'Add a maximum of {{period}} to trigger {{trigger}} (choose the longest period)' },
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
        const period = durationWords(ctx, BACKSTOP);
        if (rm) suggestions.push({ title: ctx.title('retention', { period }), edits: [insertEntry(t, trimmedMap(ctx.text, rm), 'max', BACKSTOP)] });
        const tm = asMap(tr.entry.value);
        if (tm) suggestions.push({ title: ctx.title('trigger', { period, trigger: quote(tr.id) }), edits: [insertEntry(t, trimmedMap(ctx.text, tm), 'max', BACKSTOP)] });
        ctx.report({ span: until.span, messageId: 'no-backstop', data: { purpose: cap(purposeName(ctx, rec, p)), trigger: tr.id }, suggestions });
      },
    };
  },
});
