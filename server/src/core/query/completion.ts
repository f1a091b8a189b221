/**
 * Completion in a policy: values (purposes, legal bases, triggers, prompt ids, script paths, data
 * categories, enums), keys from the schema with snippets for list items (keys.ts), and a starter policy
 * in an empty file. Keys and the skeleton are for YAML; a JSON policy gets its keys from the schema the
 * editor validates it with.
 */
import { text } from '../i18n/catalog';
import { DEFAULT_LOCALE } from '../i18n/locale';
import { CONSENT_MECHANISMS, DATA_CATEGORIES, DIRECTIONS, LEGAL_BASES, legalBasisArticle, legalBasisMeaning, MODES, purposeMeaning, BUILTIN_PURPOSES, SPECIAL_CATEGORIES } from '../vocabulary';
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
const ART9_LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;

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
  const locale = env.locale ?? DEFAULT_LOCALE;
  let kind: SlotKind | undefined = slotAt(doc, offset)?.kind;
  const yaml = !/\.json$/i.test(env.uri);
  if (yaml && doc.text.trim() === '') {
    const s = policySkeleton(locale);
    return [{ label: s.label, kind: 'snippet', detail: s.detail, replace: { start: 0, end: doc.text.length }, sortText: s.sortText, insertText: s.insert, snippet: true }];
  }
  if (!kind) {
    const lk = lineKeyAt(doc.text, offset);
    if (lk) kind = KEY_KIND[lk.key];
  }
  if (!kind) {
    const keys = yaml ? keyCompletion(doc.text, offset, locale) : undefined;
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
        for (const id of declared) add(id, 'reference', text(locale, 'completion.declaredPurpose'));
      }
      for (const id of BUILTIN_PURPOSES) if (!out.some((o) => o.label === id)) add(id, 'value', text(locale, 'completion.builtinPurpose'), purposeMeaning(locale, id));
      for (const [id, cp] of policy?.customPurposes ?? []) if (!out.some((o) => o.label === id)) add(id, 'value', text(locale, 'completion.customPurpose'), cp.description?.value);
      break;
    }
    case 'legal-basis':
      // Plain-text documentation: the keys a basis takes lose their backticks.
      for (const b of LEGAL_BASES) add(b, 'enum', legalBasisArticle(locale, b), legalBasisMeaning(locale, b).replace(/`/g, ''));
      break;
    case 'trigger-ref':
      for (const [id, t] of policy?.triggers ?? []) add(id, 'reference', t.max ? text(locale, 'completion.triggerBackstop', { max: t.max.value }) : text(locale, 'completion.trigger'), t.description?.value);
      break;
    case 'data-category':
      for (const c of DATA_CATEGORIES) add(c, 'enum', SPECIAL_CATEGORIES.has(c) ? text(locale, 'completion.specialCategory') : text(locale, 'completion.personalData'));
      break;
    case 'mode':
      for (const m of MODES) add(m, 'enum', text(locale, `completion.mode.${m}`));
      break;
    case 'direction':
      for (const d of DIRECTIONS) add(d, 'enum');
      break;
    case 'consent-mechanism':
      for (const m of CONSENT_MECHANISMS) add(m, 'enum', m === 'implied' ? text(locale, 'completion.impliedConsent') : undefined);
      break;
    case 'sector':
      for (const s of SECTORS) add(s, 'enum');
      break;
    case 'art9-condition':
      for (const l of ART9_LETTERS) add(`9(2)(${l})`, 'enum', text(locale, 'art9.article', { letter: l }), text(locale, `art9.${l}`));
      break;
    case 'prompt': {
      const rec = recordingAt(policy, offset);
      const scriptPath = rec?.announcement?.script?.value;
      if (!scriptPath) break;
      const load = scriptLoader(env)(env.uri, scriptPath);
      if (!load.ok) break;
      for (const [id, idx] of load.script.prompts) {
        const step = load.script.steps[idx] as PromptStep;
        add(id, 'reference', text(locale, 'completion.prompt', { kind: step.kind, line: step.line + 1 }), step.prompt.text);
      }
      break;
    }
    case 'script':
      for (const p of env.listScripts?.() ?? []) add(p, 'file', text(locale, 'completion.script'));
      break;
    default:
      break;
  }
  return out;
}
