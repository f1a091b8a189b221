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
      dynamic: 'No readable prompt of this flow says the call is recorded, and the prompt `{{reference}}`{{more}} is computed while the call runs, so reclint cannot check whether callers are told what art. 13 GDPR requires. Write the notice as literal text in the flow.',
      'named-dynamic': 'The notice `{{prompt}}` is computed while the call runs (`{{reference}}`), so reclint cannot check that it says what art. 13 GDPR requires. Write the notice as literal text in the flow.',
    },
  },
  create(ctx) {
    return {
      recording(rec) {
        for (const r of unreadableReports(ctx.announcement(rec), rec, 'dynamic', 'dynamic', 'named-dynamic')) ctx.report(r);
      },
    };
  },
});
