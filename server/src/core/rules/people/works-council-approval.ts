import { usedPurposes } from '../../policy/model';
import type { PolicyRule } from '../types';
import { cap, recorded } from '../legal-basis/common';
import { recordingLabel } from './common';

/** Uses that make the recordings a system able to monitor staff (WOR art. 27(1)(l)). */
const MONITORING = new Set(['employee-evaluation', 'speech-analytics', 'emotion-recognition']);

export const worksCouncilApproval: PolicyRule = {
  kind: 'policy',
  meta: {
    id: 'works-council-approval',
    area: 'people',
    defaultSeverity: 'info',
    legalSource: 'WOR art. 27(1)(l) (NL)',
    description: 'NL: recordings used for `employee-evaluation`, `speech-analytics` or `emotion-recognition` need the works council\'s approval.',
    fixable: false,
  },
  check(ctx) {
    if (ctx.profile !== 'NL') return;
    for (const rec of recorded(ctx)) {
      // The uses (the declared purposes when `uses` is left out), then the processors' purposes: one finding, at the first.
      const at = usedPurposes(rec).find((f) => MONITORING.has(f.value));
      if (!at) continue;
      ctx.report({
        span: at.span,
        messageId: 'approval',
        message: `${cap(recordingLabel(ctx, rec))} is used for \`${at.value}\`, which can monitor staff: under the Dutch Works Councils Act (WOR art. 27(1)(l)) the works council must approve such a system. Get its approval before this use starts, and keep the decision with the policy.`,
      });
    }
  },
};
