/**
 * Completion in a policy: values (purposes, legal bases, triggers, prompt ids, script paths, data
 * categories, enums), keys from the schema with snippets for list items (keys.ts), and a starter policy
 * in an empty file. Keys and the skeleton are for YAML; a JSON policy gets its keys from the schema the
 * editor validates it with.
 */
import { CONSENT_MECHANISMS, DATA_CATEGORIES, DIRECTIONS, LEGAL_BASES, LEGAL_BASIS_ARTICLE, LEGAL_BASIS_MEANING, MODES, PURPOSE_MEANING, BUILTIN_PURPOSES, SPECIAL_CATEGORIES } from '../vocabulary';
import type { PromptStep } from '../ivr/model';
import type { Span } from '../text';
import { lineKeyAt, recordingAt, slotAt, type ParsedPolicy, type SlotKind } from './context';
import { scriptLoader, type QueryEnv } from './env';
import { keyCompletion, policySkeleton } from './keys';

export type CompletionKind = 'value' | 'enum' | 'reference' | 'file' | 'key' | 'snippet';

export interface CompletionEntry {
  label: string;
  detail?: string;
  documentation?: string;
  kind: CompletionKind;
  /** What the item replaces. */
  replace: Span;
  sortText?: string;
  /** What to insert, when it is not the label (a key with its colon, a snippet). */
  insertText?: string;
  /** `insertText` has LSP snippet placeholders (`${1:id}`). */
  snippet?: boolean;
}

const SECTORS = ['general', 'healthcare', 'finance', 'public'];
const ART9 = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((l) => `9(2)(${l})`);

const KEY_KIND: Record<string, SlotKind> = {
  purpose: 'purpose-declared',
  related: 'purpose-related',
  legal_basis: 'legal-basis',
  until: 'trigger-ref',
  data: 'data-category',
  script: 'script',
  prompt: 'prompt',
  mode: 'mode',
  direction: 'direction',
  mechanism: 'consent-mechanism',
  sector: 'sector',
  art9_condition: 'art9-condition',
};

const WORD = /[A-Za-z0-9_.\/()-]/;

/** The word around the cursor (ids, paths, `9(2)(a)`). */
function wordSpan(text: string, offset: number): Span {
  let s = offset;
  while (s > 0 && WORD.test(text[s - 1])) s--;
  let e = offset;
  while (e < text.length && WORD.test(text[e])) e++;
  return { start: s, end: e };
}

export function policyCompletion(doc: ParsedPolicy, offset: number, env: QueryEnv): CompletionEntry[] {
  let kind: SlotKind | undefined = slotAt(doc, offset)?.kind;
  const yaml = !/\.json$/i.test(env.uri);
  if (yaml && doc.text.trim() === '') {
    const s = policySkeleton();
    return [{ label: s.label, kind: 'snippet', detail: s.detail, replace: { start: 0, end: doc.text.length }, sortText: s.sortText, insertText: s.insert, snippet: true }];
  }
  if (!kind) {
    const lk = lineKeyAt(doc.text, offset);
    if (lk) kind = KEY_KIND[lk.key];
  }
  if (!kind) {
    const keys = yaml ? keyCompletion(doc.text, offset) : undefined;
    return (keys ?? []).map((k) => ({ label: k.label, kind: k.kind, detail: k.detail, documentation: k.documentation, replace: k.replace, sortText: k.sortText, insertText: k.insert, snippet: k.kind === 'snippet' || k.insert.includes('\n') }));
  }
  const replace = wordSpan(doc.text, offset);
  const policy = doc.policy;
  const out: CompletionEntry[] = [];
  const add = (label: string, k: CompletionKind, detail?: string, documentation?: string) => out.push({ label, kind: k, detail, documentation, replace, sortText: String(out.length).padStart(4, '0') });
  switch (kind) {
    case 'purpose-declared':
    case 'purpose-use':
    case 'purpose-related': {
      const rec = recordingAt(policy, offset);
      const declared = new Set(rec?.purposes.map((p) => p.purpose?.value).filter((v): v is string => !!v));
      // Uses: declared purposes first.
      if (rec && kind === 'purpose-use') {
        for (const id of declared) add(id, 'reference', 'declared purpose of this recording');
      }
      for (const id of BUILTIN_PURPOSES) if (!out.some((o) => o.label === id)) add(id, 'value', 'built-in purpose', PURPOSE_MEANING[id]);
      for (const [id, cp] of policy?.customPurposes ?? []) if (!out.some((o) => o.label === id)) add(id, 'value', 'custom purpose', cp.description?.value);
      break;
    }
    case 'legal-basis':
      for (const b of LEGAL_BASES) add(b, 'enum', LEGAL_BASIS_ARTICLE[b], LEGAL_BASIS_MEANING[b]);
      break;
    case 'trigger-ref':
      for (const [id, t] of policy?.triggers ?? []) add(id, 'reference', t.max ? `trigger, backstop ${t.max.value}` : 'trigger', t.description?.value);
      break;
    case 'data-category':
      for (const c of DATA_CATEGORIES) add(c, 'enum', SPECIAL_CATEGORIES.has(c) ? 'special category (art. 9/10): needs art9_condition' : 'personal data');
      break;
    case 'mode':
      for (const m of MODES) add(m, 'enum', { all: 'every call', sampled: 'a share of calls (sample_rate)', 'on-demand': 'when the agent presses record', none: 'nothing is recorded' }[m]);
      break;
    case 'direction':
      for (const d of DIRECTIONS) add(d, 'enum');
      break;
    case 'consent-mechanism':
      for (const m of CONSENT_MECHANISMS) add(m, 'enum', m === 'implied' ? 'not valid consent (art. 4(11))' : undefined);
      break;
    case 'sector':
      for (const s of SECTORS) add(s, 'enum');
      break;
    case 'art9-condition':
      for (const c of ART9) add(c, 'enum', 'art. 9(2) GDPR');
      break;
    case 'prompt': {
      const rec = recordingAt(policy, offset);
      const scriptPath = rec?.announcement?.script?.value;
      if (!scriptPath) break;
      const load = scriptLoader(env)(env.uri, scriptPath);
      if (!load.ok) break;
      for (const [id, idx] of load.script.prompts) {
        const step = load.script.steps[idx] as PromptStep;
        add(id, 'reference', `${step.kind} prompt, line ${step.line + 1}`, step.prompt.text);
      }
      break;
    }
    case 'script':
      for (const p of env.listScripts?.() ?? []) add(p, 'file', '.ivr script');
      break;
    default:
      break;
  }
  return out;
}
