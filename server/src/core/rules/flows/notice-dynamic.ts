import { definePolicyRule } from '../kit';
import { unreadableReports } from './unreadable';

export const noticeDynamic = definePolicyRule({
  meta: {
    id: 'notice-dynamic',
    area: 'announcement',
    defaultSeverity: 'info',
    legalSource: 'GDPR art. 13',
    description: 'The notice is, or may be, a prompt whose whole text is computed at run time, so reclint cannot check what it says.',
    fixable: false,
    recordings: 'recorded',
    messages: {
      dynamic: "No readable prompt says the call is recorded, and some prompts are computed during the call (GDPR art. 13). reclint cannot check what '{{reference}}'{{more}} says: write the notice as literal text in the flow.",
      'named-dynamic': "The notice '{{prompt}}' is computed during the call, so reclint cannot check what it tells callers (GDPR art. 13). Write the notice as literal text in the flow instead of '{{reference}}'.",
    },
    parts: { more: ' (and {{n}} more such prompts)', 'more-1': ' (and 1 more such prompt)', also: 'also unreadable: {{reference}}' },
  },
  create(ctx) {
    return {
      recording(rec) {
        for (const r of unreadableReports(ctx.announcement(rec), rec, 'dynamic', 'dynamic', 'named-dynamic', ctx.part)) ctx.report(r);
      },
    };
  },
});
