import type { EngineRule } from '../types';

/** Reported by the engine from the JSON Schema, one finding per real problem, at the offending node. */
export const schema: EngineRule = {
  kind: 'engine',
  meta: { id: 'schema', area: 'files', defaultSeverity: 'error', legalSource: '', description: 'The policy breaks the JSON Schema of the format: a missing or unknown key, a wrong type, a value outside its list.', fixable: false, hasSuggestions: true },
};
