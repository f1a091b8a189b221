import { usedPurposes } from '../../policy/model';
import { cap, definePolicyRule, quotedList, recordingLabel } from '../kit';

/** Uses that make the recordings a system able to monitor staff (WOR art. 27(1)(l)). */
const MONITORING = new Set(['employee-evaluation', 'speech-analytics', 'emotion-recognition']);

export const worksCouncilApproval = definePolicyRule({
  meta: {
    id: 'works-council-approval',
    area: 'people',
    defaultSeverity: 'info',
    legalSource: 'WOR art. 27(1)(l) (NL)',
    description: 'NL: recordings used for `employee-evaluation`, `speech-analytics` or `emotion-recognition` need the works council\'s approval.',
    fixable: false,
    recordings: 'recorded',
    messages: {
      approval: "{{recording}} is used for '{{purpose}}', which needs works council approval (WOR art. 27(1)(l)).{{also}} Such a use can monitor staff: get the approval before it starts, and keep the decision with the policy.",
    },
    parts: { also: ' It is also used for {{others}}.' },
  },
  create(ctx) {
    if (ctx.profile !== 'NL') return {};
    return {
      recording(rec) {
        // The uses (the declared purposes when `uses` is left out), then the processors' purposes: one finding, at the first.
        // The message names every monitoring use of the recording: the council approves them all.
        const monitoring = usedPurposes(rec).filter((f) => MONITORING.has(f.value));
        const at = monitoring[0];
        if (!at) return;
        const others = [...new Set(monitoring.map((f) => f.value))].filter((id) => id !== at.value);
        const also = others.length ? ctx.part('also', { others: quotedList(ctx.locale, others) }) : '';
        ctx.report({ span: at.span, messageId: 'approval', data: { recording: cap(recordingLabel(ctx, rec)), purpose: at.value, also } });
      },
    };
  },
});
