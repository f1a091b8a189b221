import { usedPurposes } from '../../policy/model';
import { cap, definePolicyRule, recordingLabel } from '../kit';

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
      approval: "{{recording}} is used for '{{purpose}}', which needs works council approval (WOR art. 27(1)(l)). Such a use can monitor staff: get the approval before it starts, and keep the decision with the policy.",
    },
  },
  create(ctx) {
    if (ctx.profile !== 'NL') return {};
    return {
      recording(rec) {
        // The uses (the declared purposes when `uses` is left out), then the processors' purposes: one finding, at the first.
        const at = usedPurposes(rec).find((f) => MONITORING.has(f.value));
        if (at) ctx.report({ span: at.span, messageId: 'approval', data: { recording: cap(recordingLabel(ctx, rec)), purpose: at.value } });
      },
    };
  },
});
