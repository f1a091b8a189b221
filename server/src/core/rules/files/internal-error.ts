import type { EngineRule } from '../types';

/** A rule threw on a file: reported on that file, the rest of the run goes on. */
export const internalError: EngineRule = {
  kind: 'engine',
  meta: { id: 'internal-error', area: 'files', defaultSeverity: 'error', legalSource: '', description: 'A rule failed on this file; the other rules still ran.', fixable: false },
};
