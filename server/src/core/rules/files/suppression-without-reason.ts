import type { EngineRule } from '../types';

export const suppressionWithoutReason: EngineRule = {
  kind: 'engine',
  meta: { id: 'suppression-without-reason', area: 'suppression', defaultSeverity: 'hint', legalSource: '', description: 'A `reclint-disable-next-line` comment gives no reason after ` -- `.', fixable: false },
};
