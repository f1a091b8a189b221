import type { EngineRule } from '../types';

export const unusedSuppression: EngineRule = {
  kind: 'engine',
  meta: { id: 'unused-suppression', area: 'suppression', defaultSeverity: 'hint', legalSource: '', description: 'A `reclint-disable-next-line` comment silences nothing.', fixable: false },
};
