import { cap, definePolicyRule, purposeName } from '../kit';
import { basisOf } from './common';

/** Purposes that are not necessary to perform a contract with the caller, and why (in a few words). */
const NOT_FOR_CONTRACT = {
  'staff-training': 'Training staff does not serve this caller; an actor could role-play the call.',
  'employee-evaluation': "Assessing an agent's performance does not serve the caller.",
  marketing: 'Marketing does not serve the caller.',
  'ai-training': 'Training AI models does not serve the caller.',
  'speech-analytics': 'Analysing calls automatically does not serve the caller.',
  'emotion-recognition': 'Inferring emotions does not serve the caller.',
  publication: 'Publishing a recording does not serve the caller.',
} as const;
type Why = keyof typeof NOT_FOR_CONTRACT;
const isWhy = (id: string): id is Why => Object.prototype.hasOwnProperty.call(NOT_FOR_CONTRACT, id);

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
      'not-necessary': '{{purpose}} is not necessary for a contract with the caller (GDPR art. 6(1)(b)). {{why}} Choose another basis, such as consent, or legitimate interests with a balancing test.',
    },
    parts: NOT_FOR_CONTRACT,
  },
  create(ctx) {
    return {
      purpose(p, rec) {
        const id = p.purpose?.value;
        if (id === undefined || !p.legalBasis || basisOf(p) !== 'contract') return;
        if (!isWhy(id)) return;
        ctx.report({ span: p.legalBasis.span, messageId: 'not-necessary', data: { purpose: cap(purposeName(ctx, rec, p)), basis: p.legalBasis.value, why: ctx.part(id) } });
      },
    };
  },
});
