import { SUPPRESSION_MESSAGES } from '../../suppress';
import { defineEngineRule } from '../kit';

/** Reported by core/suppress.ts, which applies the directives; its messages are these. */
export const unusedSuppression = defineEngineRule({
  meta: {
    id: 'unused-suppression',
    area: 'suppression',
    defaultSeverity: 'hint',
    legalSource: '',
    description: 'A `reclint-disable-next-line` comment silences nothing.',
    fixable: true,
    messages: { 'no-ids': SUPPRESSION_MESSAGES['no-ids'], unused: SUPPRESSION_MESSAGES.unused },
  },
});
