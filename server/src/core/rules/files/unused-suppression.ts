import { defineEngineRule } from '../kit';

/** Reported by core/suppress.ts, which writes its messages itself (no messageId yet). */
export const unusedSuppression = defineEngineRule({
  meta: { id: 'unused-suppression', area: 'suppression', defaultSeverity: 'hint', legalSource: '', description: 'A `reclint-disable-next-line` comment silences nothing.', fixable: false, messages: {} },
});
