import { defineEngineRule } from '../kit';

/** Reported by core/suppress.ts, which applies the directives; its message is this (suppress.ts is to read it from here). */
export const suppressionWithoutReason = defineEngineRule({
  meta: {
    id: 'suppression-without-reason',
    area: 'suppression',
    defaultSeverity: 'warning',
    legalSource: '',
    description: 'A `reclint-disable-next-line` comment gives no reason after ` -- `.',
    fixable: false,
    messages: { 'no-reason': "This suppression gives no reason. Add one after ' -- ' so reviewers know why the finding does not apply." },
  },
});
