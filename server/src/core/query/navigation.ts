/** Go to definition, document symbols and trigger rename, for policies and scripts. */
import { text } from '../i18n/catalog';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import { parseIvr } from '../ivr/parse';
import type { PromptStep } from '../ivr/model';
import type { Span } from '../text';
import { slotAt, type ParsedPolicy } from './context';
import { scriptLoader, type QueryEnv } from './env';

export interface Target {
  uri: string;
  span: Span;
}

/** Where a reference in a policy points: `until` → trigger, `script` → file, `prompt` → prompt, a use → its declared purpose. */
export function policyDefinition(doc: ParsedPolicy, offset: number, env: QueryEnv): { origin: Span; targets: Target[] } | undefined {
  const slot = slotAt(doc, offset);
  if (!slot || !doc.policy) return undefined;
  const policy = doc.policy;
  const here = (span: Span): Target => ({ uri: env.uri, span });
  let targets: Target[] = [];
  switch (slot.kind) {
    case 'trigger-ref': {
      const t = policy.triggers.get(slot.value);
      if (t) targets = [here(t.keySpan)];
      break;
    }
    case 'script': {
      const load = scriptLoader(env)(env.uri, slot.value);
      if (load.ok) targets = [{ uri: load.uri, span: { start: 0, end: 0 } }];
      break;
    }
    case 'prompt': {
      const path = slot.recording?.announcement?.script?.value;
      if (!path) break;
      const load = scriptLoader(env)(env.uri, path);
      if (!load.ok) break;
      const node = load.script.nodes?.find((n) => n.id === slot.value);
      if (node) {
        // A flow: the node's id (its label step).
        const label = load.script.steps[node.first];
        targets = [{ uri: load.uri, span: label?.kind === 'label' ? label.span : node.kindSpan }];
        break;
      }
      const idx = load.script.prompts.get(slot.value);
      if (idx === undefined) break;
      const step = load.script.steps[idx] as PromptStep;
      targets = [{ uri: load.uri, span: step.idSpan ?? step.span }];
      break;
    }
    case 'purpose-use':
    case 'purpose-related':
    case 'purpose-declared': {
      const rec = slot.recording;
      const decl = rec?.purposes.find((p) => p.purpose?.value === slot.value)?.purpose;
      if (decl && slot.kind !== 'purpose-declared') targets.push(here(decl.span));
      const custom = policy.customPurposes.get(slot.value);
      if (custom) targets.push(here(custom.keySpan));
      break;
    }
    default:
      break;
  }
  return targets.length ? { origin: slot.span, targets } : undefined;
}

/** `goto label` and menu options → the label's line. */
export function scriptDefinition(uri: string, text: string, offset: number): { origin: Span; targets: Target[] } | undefined {
  const script = parseIvr(uri, text);
  const within = (s: Span) => s.start <= offset && offset <= s.end;
  const toLabel = (name: string, origin: Span) => {
    const idx = script.labels.get(name);
    if (idx === undefined) return undefined;
    const step = script.steps[idx];
    return step.kind === 'label' ? { origin, targets: [{ uri, span: step.nameSpan }] } : undefined;
  };
  for (const step of script.steps) {
    if (step.kind === 'goto' && within(step.labelSpan)) return toLabel(step.label, step.labelSpan);
    if (step.kind === 'menu') for (const o of step.options) if (within(o.labelSpan)) return toLabel(o.label, o.labelSpan);
  }
  return undefined;
}

export type SymbolKind = 'recording' | 'purpose' | 'trigger' | 'custom-purpose' | 'section' | 'label' | 'prompt' | 'use';

export interface DocSymbol {
  name: string;
  detail?: string;
  kind: SymbolKind;
  span: Span;
  selection: Span;
  children: DocSymbol[];
}

export function policySymbols(doc: ParsedPolicy, locale: Locale = DEFAULT_LOCALE): DocSymbol[] {
  const p = doc.policy;
  if (!p) return [];
  const out: DocSymbol[] = [];
  if (p.triggersField && p.triggers.size) {
    out.push({
      name: 'triggers',
      kind: 'section',
      span: { start: p.triggersField.keySpan.start, end: p.triggersField.node.span.end },
      selection: p.triggersField.keySpan,
      children: [...p.triggers.values()].map((t) => ({ name: t.id, detail: t.max ? text(locale, 'symbol.max', { max: t.max.value }) : undefined, kind: 'trigger' as const, span: { start: t.keySpan.start, end: Math.max(t.keySpan.end, t.entry.value.span.end) }, selection: t.keySpan, children: [] })),
    });
  }
  if (p.customPurposesField && p.customPurposes.size) {
    out.push({
      name: 'custom_purposes',
      kind: 'section',
      span: { start: p.customPurposesField.keySpan.start, end: p.customPurposesField.node.span.end },
      selection: p.customPurposesField.keySpan,
      children: [...p.customPurposes.values()].map((c) => ({ name: c.id, detail: c.description?.value, kind: 'custom-purpose' as const, span: c.keySpan, selection: c.keySpan, children: [] })),
    });
  }
  for (const r of p.recordings) {
    const name = r.id?.value ?? text(locale, 'symbol.recording', { n: r.index + 1 });
    const purposes: DocSymbol[] = r.purposes.map((d) => ({
      name: d.purpose?.value ?? text(locale, 'symbol.purpose', { n: d.index + 1 }),
      detail: d.legalBasis?.value,
      kind: 'purpose',
      span: d.node.span,
      selection: d.purpose?.span ?? d.node.span,
      children: [],
    }));
    const uses: DocSymbol[] = (r.uses ?? []).map((u) => ({ name: u.purpose?.value ?? text(locale, 'symbol.use', { n: u.index + 1 }), detail: u.by.map((b) => b.value).join(', ') || undefined, kind: 'use', span: u.node.span, selection: u.purpose?.span ?? u.node.span, children: [] }));
    out.push({ name, detail: [r.direction?.value, r.mode?.value].filter(Boolean).join(', ') || undefined, kind: 'recording', span: r.node.span, selection: r.id?.span ?? r.node.span, children: [...purposes, ...uses] });
  }
  return out;
}

export function scriptSymbols(uri: string, text: string): DocSymbol[] {
  const script = parseIvr(uri, text);
  const out: DocSymbol[] = [];
  let current: DocSymbol | undefined;
  for (const step of script.steps) {
    if (step.kind === 'label') {
      current = { name: step.name, kind: 'label', span: { ...step.span }, selection: step.nameSpan, children: [] };
      out.push(current);
      continue;
    }
    if (current) current.span.end = Math.max(current.span.end, step.span.end);
    if ((step.kind === 'say' || step.kind === 'consent') && step.id && step.idSpan) {
      const sym: DocSymbol = { name: step.id, detail: step.prompt.text.length > 60 ? `${step.prompt.text.slice(0, 57)}…` : step.prompt.text, kind: 'prompt', span: step.span, selection: step.idSpan, children: [] };
      (current ? current.children : out).push(sym);
    }
  }
  return out;
}

/** The text of a span without quotes around it. */
function unquoted(text: string, s: Span): Span {
  const c = text[s.start];
  if ((c === '"' || c === "'") && s.end - s.start >= 2 && text[s.end - 1] === c) return { start: s.start + 1, end: s.end - 1 };
  return s;
}

/** A trigger id at an offset (its declaration or an `until`), with every occurrence in the file. */
export function triggerOccurrences(doc: ParsedPolicy, offset: number): { id: string; at: Span; spans: Span[] } | undefined {
  const slot = slotAt(doc, offset);
  if (!slot || (slot.kind !== 'trigger-decl' && slot.kind !== 'trigger-ref') || !doc.policy || !slot.value) return undefined;
  const id = slot.value;
  const spans: Span[] = [];
  const t = doc.policy.triggers.get(id);
  if (t) spans.push(unquoted(doc.text, t.keySpan));
  for (const r of doc.policy.recordings) for (const p of r.purposes) if (p.retention?.until?.value === id) spans.push(unquoted(doc.text, p.retention.until.span));
  return { id, at: unquoted(doc.text, slot.span), spans };
}

export const TRIGGER_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
