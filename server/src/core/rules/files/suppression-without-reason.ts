import { SUPPRESSION_MESSAGES } from '../../suppress';
import { defineEngineRule } from '../kit';

/** Reported by core/suppress.ts, which applies the directives; its message is this. */
export const suppressionWithoutReason = defineEngineRule({
  meta: {
    id: 'suppression-without-reason',
    area: 'suppression',
    defaultSeverity: 'warning',
    legalSource: '',
    description: 'A `reclint-disable-next-line` comment gives no reason after ` -- `.',
    fixable: false,
    messages: { 'no-reason': SUPPRESSION_MESSAGES['no-reason'] },
  },
});
