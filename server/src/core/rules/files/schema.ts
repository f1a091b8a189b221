import { DEFAULT_LOCALE } from '../../i18n/locale';
import type { RuleMeta } from '../types';
import { defineEngineRule, insertKeySuggestion, partIn, titleIn } from '../kit';

/**
 * What the editor offers for a missing required key: insert it with a value to check. `policy: 1` is the
 * only valid value; the others are placeholders or a common choice the author must confirm (editor
 * suggestions, never applied by --fix).
 */
const MISSING_KEY_VALUES: Record<string, { value: string | number | never[]; note: Note }> = {
  policy: { value: 1, note: 'note-policy' },
  controller: { value: 'TODO the organisation that decides on the recording', note: 'note-controller' },
  recordings: { value: [], note: 'note-recordings' },
  id: { value: 'TODO-recording-id', note: 'note-id' },
  mode: { value: 'all', note: 'note-mode' },
  sample_rate: { value: 0.1, note: 'note-sample-rate' },
  purpose: { value: 'TODO-purpose', note: 'note-purpose' },
  max: { value: 'P30D', note: 'note-max' },
  name: { value: 'TODO the processor', note: 'note-name' },
};

const PARTS = {
  'note-policy': 'the format version',
  'note-controller': 'name the controller',
  'note-recordings': 'then describe each recorded line',
  'note-id': 'name the line',
  'note-mode': 'or sampled, on-demand, none',
  'note-sample-rate': 'the share of calls recorded',
  'note-purpose': 'a purpose id',
  'note-max': 'how long at most',
  'note-name': 'name the processor',
  'note-other': 'fill in the value',
} as const;
type Note = keyof typeof PARTS;

const META = {
  id: 'schema',
  area: 'files',
  defaultSeverity: 'error',
  legalSource: '',
  description: 'The policy breaks the JSON Schema of the format: a missing or unknown key, a wrong type, a value outside its list.',
  fixable: false,
  hasSuggestions: true,
  messages: { invalid: '{{problem}}' },
  titles: { 'rename-key': "Change the key to '{{to}}'", 'rename-value': "Change the value to '{{to}}'", add: "Add '{{key}}: {{value}}' ({{note}})" },
  parts: PARTS,
} satisfies RuleMeta;

/** Reported by the engine from the JSON Schema, one finding per real problem, at the offending node. */
export const schema = defineEngineRule({
  meta: META,
  /** A missing required key: insert it with a value to check. A misspelt key or value: the spelling it resembles. */
  suggest(t, problem, locale = DEFAULT_LOCALE) {
    const meta = META;
    if (problem.rename) {
      const r = problem.rename;
      // A quoted key or value (always in JSON) keeps its quotes.
      const old = t.text.slice(r.span.start, r.span.end);
      const q = /^["']/.test(old) && old.endsWith(old[0]) && old.length > 1 ? old[0] : '';
      return [{ title: titleIn(meta, locale, r.what === 'key' ? 'rename-key' : 'rename-value', { to: r.to }), edits: [{ uri: t.uri, start: r.span.start, end: r.span.end, newText: `${q}${r.to}${q}` }] }];
    }
    const missing = problem.missing;
    if (!missing) return [];
    const v = MISSING_KEY_VALUES[missing.key] ?? { value: 'TODO', note: 'note-other' };
    const shown = Array.isArray(v.value) ? '[]' : String(v.value);
    return insertKeySuggestion(t, missing.map, missing.key, v.value, titleIn(meta, locale, 'add', { key: missing.key, value: shown, note: partIn(meta, locale, v.note) }));
  },
});
