import { cap, definePolicyRule, purposeName } from '../kit';
import { basisOf } from './common';

/** Purposes that are not necessary to perform a contract with the caller, and why (in a few words). */
const NOT_FOR_CONTRACT: Readonly<Record<string, string>> = {
  'staff-training': 'training staff is not needed to serve this caller (an actor could role-play the call)',
  'employee-evaluation': "assessing an agent's performance is not needed to serve the caller",
  marketing: 'marketing is not needed to serve the caller',
  'ai-training': 'training AI models is not needed to serve the caller',
  'speech-analytics': 'automated analysis of calls is not needed to serve the caller',
  'emotion-recognition': "inferring emotions is not needed to serve the caller",
  publication: 'publishing a recording is not needed to serve the caller',
};

export const basisNotNecessaryForContract = definePolicyRule({
  meta: {
    id: 'basis-not-necessary-for-contract',
    area: 'legal-basis',
    defaultSeverity: 'warning',
    legalSource: 'GDPR art. 6(1)(b)',
    description: '`contract` is the basis of a purpose that is not necessary to perform a contract with the caller.',
    fixable: false,
    recordings: 'recorded',
    messages: {
      'not-necessary': '{{purpose}} rests on `{{basis}}`, but art. 6(1)(b) GDPR covers only what is necessary to perform the contract and {{why}}. Choose another basis, such as `consent` or `legitimate-interests` with a balancing test.',
    },
  },
  create(ctx) {
    return {
      purpose(p, rec) {
        const id = p.purpose?.value;
        if (id === undefined || !p.legalBasis || basisOf(p) !== 'contract') return;
        const why = NOT_FOR_CONTRACT[id];
        if (!why) return;
        ctx.report({ span: p.legalBasis.span, messageId: 'not-necessary', data: { purpose: cap(purposeName(ctx, rec, p)), basis: p.legalBasis.value, why } });
      },
    };
  },
});
