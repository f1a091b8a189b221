import { defineEngineRule, insertKeySuggestion } from '../kit';

/**
 * What the editor offers for a missing required key: insert it with a value to check. `policy: 1` is the
 * only valid value; the others are placeholders or a common choice the author must confirm (editor
 * suggestions, never applied by --fix).
 */
const MISSING_KEY_VALUES: Record<string, { value: string | number | never[]; note: string }> = {
  policy: { value: 1, note: 'the format version' },
  controller: { value: 'TODO the organisation that decides on the recording', note: 'name the controller' },
  recordings: { value: [], note: 'then describe each recorded line' },
  id: { value: 'TODO-recording-id', note: 'name the line' },
  mode: { value: 'all', note: 'or sampled, on-demand, none' },
  sample_rate: { value: 0.1, note: 'the share of calls recorded' },
  purpose: { value: 'TODO-purpose', note: 'a purpose id' },
  max: { value: 'P30D', note: 'how long at most' },
  name: { value: 'TODO the processor', note: 'name the processor' },
};

/** Reported by the engine from the JSON Schema, one finding per real problem, at the offending node. */
export const schema = defineEngineRule({
  meta: {
    id: 'schema',
    area: 'files',
    defaultSeverity: 'error',
    legalSource: '',
    description: 'The policy breaks the JSON Schema of the format: a missing or unknown key, a wrong type, a value outside its list.',
    fixable: false,
    hasSuggestions: true,
    messages: { invalid: '{{problem}}' },
  },
  /** A missing required key: insert it with a value to check. A misspelt key or value: the spelling it resembles. */
  suggest(t, problem) {
    if (problem.rename) {
      const r = problem.rename;
      // A quoted key or value (always in JSON) keeps its quotes.
      const old = t.text.slice(r.span.start, r.span.end);
      const q = /^["']/.test(old) && old.endsWith(old[0]) && old.length > 1 ? old[0] : '';
      return [{ title: `Change ${r.what === 'key' ? 'the key' : 'the value'} to \`${r.to}\``, edits: [{ uri: t.uri, start: r.span.start, end: r.span.end, newText: `${q}${r.to}${q}` }] }];
    }
    const missing = problem.missing;
    if (!missing) return [];
    const v = MISSING_KEY_VALUES[missing.key] ?? { value: 'TODO', note: 'fill in the value' };
    const shown = Array.isArray(v.value) ? '[]' : String(v.value);
    return insertKeySuggestion(t, missing.map, missing.key, v.value, `Add \`${missing.key}: ${shown}\` (${v.note})`);
  },
});
