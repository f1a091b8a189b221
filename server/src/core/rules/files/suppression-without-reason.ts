import { defineEngineRule } from '../kit';

/** Reported by core/suppress.ts, which writes its messages itself (no messageId yet). */
export const suppressionWithoutReason = defineEngineRule({
  meta: { id: 'suppression-without-reason', area: 'suppression', defaultSeverity: 'hint', legalSource: '', description: 'A `reclint-disable-next-line` comment gives no reason after ` -- `.', fixable: false, messages: {} },
});
