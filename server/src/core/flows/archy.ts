/**
 * Genesys Cloud Architect flows as Archy writes them (ivr-formats.md §5.4): one voice flow type at the
 * top (`inboundCall`, `inQueueCall`, `outboundCall`, `secureCall`) with `startUpRef` or
 * `initialGreeting`. Menus play their audio (interruptible: menus take keys during it) and branch on
 * their choices' `dtmf`; tasks run their actions in order. Archy publishes no schema: unknown keys are
 * kept, an action type §5.4 does not list is reported once per file and the walk passes through it.
 * Recording is set on the trunk or by policy, never in the flow (`recording_starts`, §2).
 */
import type { FlowNode, Words } from '../ivr/model';
import { parsePolicyText } from '../policy/parse';
import { asMap, asSeq, child, entry, type MapEntry, type MapNode, type YNode } from '../policy/tree';
import type { Span } from '../text';
import { append, FlowBuilder } from './builder';
import { toPromptText } from './prompt-text';
import * as W from './words';
import { decodeYamlScalar } from './yaml-text';

/** `inqueueCall` is how Archy writes the in-queue type (Genesys' own exports); `inQueueCall` is read too. */
export const ARCHY_VOICE_TYPES = ['inboundCall', 'inQueueCall', 'inqueueCall', 'outboundCall', 'secureCall'];
const MESSAGE_TYPES = ['inboundEmail', 'inboundShortMessage', 'inboundChat', 'bot', 'digitalBot', 'workflow', 'commonModule', 'voicemail', 'voiceSurvey', 'digitalInput'];
export const MAX_YAML_DEPTH = 200;

const KEYS: Record<string, string> = { digit_0: '0', digit_1: '1', digit_2: '2', digit_3: '3', digit_4: '4', digit_5: '5', digit_6: '6', digit_7: '7', digit_8: '8', digit_9: '9', digit_star: '*', digit_pound: '#' };

export type ArchyShape = { kind: 'voice'; type: string; flow: MapNode; root: MapNode } | { kind: 'other'; type: string } | { kind: 'error'; span: Span; message: string };

/** A YAML file that parses: is it an Archy voice flow? (Policies never are.) */
export function archyShape(uri: string, text: string): ArchyShape | undefined {
  if (/\.recording-policy\.(ya?ml|json)$/i.test(uri)) return undefined;
  if (!text.trim()) return undefined;
  let parsed;
  try {
    parsed = parsePolicyText(text);
  } catch (e) {
    return { kind: 'error', span: { start: 0, end: Math.min(1, text.length) }, message: `The YAML could not be read (${(e as Error).message})` };
  }
  if (!parsed.root) {
    const e = parsed.errors[0];
    return e ? { kind: 'error', span: e.span, message: e.message } : undefined;
  }
  const root = asMap(parsed.root);
  if (!root || root.entries.length !== 1) return undefined;
  const top = root.entries[0];
  const flow = asMap(top.value);
  // An in-queue flow starts with the actions of `startUpTaskActions` (it has no menus to start at).
  if (ARCHY_VOICE_TYPES.includes(top.key) && flow && (entry(flow, 'startUpRef') || entry(flow, 'initialGreeting') || entry(flow, 'startUpTaskActions'))) {
    const problem = structuralProblem(root);
    if (problem) return { kind: 'error', ...problem };
    return { kind: 'voice', type: top.key, flow, root };
  }
  if (MESSAGE_TYPES.includes(top.key)) return { kind: 'other', type: top.key };
  return undefined;
}

/** Nesting over 200 levels or a key written twice in one mapping: the first of them (§4.7). */
function structuralProblem(root: YNode): { span: Span; message: string } | undefined {
  const stack: { n: YNode; d: number }[] = [{ n: root, d: 0 }];
  let best: { span: Span; message: string } | undefined;
  while (stack.length) {
    const { n, d } = stack.pop()!;
    if (d > MAX_YAML_DEPTH) {
      if (!best || n.span.start < best.span.start) best = { span: { start: n.span.start, end: n.span.start + 1 }, message: `The file nests deeper than ${MAX_YAML_DEPTH} levels here; reclint reads no flow this deep.` };
      continue;
    }
    if (n.kind === 'map') {
      const seen = new Set<string>();
      for (const e of n.entries) {
        if (seen.has(e.key) && (!best || e.keySpan.start < best.span.start)) best = { span: e.keySpan, message: `\`${e.key}\` is written twice in this mapping; Archy keeps one of them, so say it once` };
        seen.add(e.key);
        stack.push({ n: e.value, d: d + 1 });
      }
    } else if (n.kind === 'seq') for (const i of n.items) stack.push({ n: i, d: d + 1 });
  }
  return best;
}

const str = (n: YNode | undefined): string | undefined => (n && n.kind === 'scalar' && n.value !== null && !n.empty ? String(n.value) : undefined);

interface Seq { first: number; exits: number[] }

class ArchyReader {
  private lang: string | undefined;
  constructor(readonly b: FlowBuilder, readonly type: string, readonly flow: MapNode) {
    const dl = str(child(flow, 'defaultLanguage'));
    this.lang = dl ? dl.toLowerCase().split(/[-_]/)[0] : undefined;
  }

  read(): number[] {
    const b = this.b;
    const entries: number[] = [];
    const greet = entry(this.flow, 'initialGreeting');
    const start = entry(this.flow, 'startUpRef');
    let greeting: number[] = [];
    let startStep: number | undefined;
    if (greet) {
      const node = b.node(undefined, undefined, 'initialGreeting', greet.value.span, greet.keySpan);
      greeting = this.audio(node, greet.value, undefined);
      if (!greeting.length) greeting = [b.add({ kind: 'node', label: 'initialGreeting', span: greet.keySpan })];
      b.chain(greeting);
    } else if (start) b.node(undefined, undefined, 'startUpRef', start.value.span, start.keySpan);
    // The start reference belongs to the greeting's node (or its own), so paths read greeting → menu.
    if (start) startStep = this.ref(start, W.flowStartsAt());
    // Menus and tasks, each a node named by its refId; their references resolve at the end.
    for (const item of asSeq(child(this.flow, 'menus'))?.items ?? []) {
      const m = entry(asMap(item), 'menu');
      if (m) this.menu(m);
    }
    for (const item of asSeq(child(this.flow, 'tasks'))?.items ?? []) {
      const t = entry(asMap(item), 'task');
      if (t) this.task(t);
    }
    if (greeting.length) {
      entries.push(greeting[0]);
      if (startStep !== undefined) b.edge(greeting[greeting.length - 1], startStep);
    } else if (startStep !== undefined) entries.push(startStep);
    const startUp = !greeting.length && startStep === undefined ? entry(this.flow, 'startUpTaskActions') : undefined;
    if (startUp) {
      const node = b.node(undefined, undefined, 'startUpTaskActions', startUp.value.span, startUp.keySpan);
      const head = node.first < b.steps.length ? node.first : b.add({ kind: 'node', label: 'startUpTaskActions', span: startUp.keySpan });
      const body = this.actions(asSeq(startUp.value));
      if (body) b.edge(head, body.first);
      entries.push(head);
    }
    return entries;
  }

  /** A `…Ref` value: a goto step to the menu or task it names, or an external step (another file, or no such id). */
  ref(e: MapEntry, what: Words): number | undefined {
    const b = this.b;
    const v = str(e.value);
    if (v === undefined) return undefined;
    const span = e.value.span;
    const hash = v.indexOf('#');
    if (hash > 0 && !v.startsWith('/') && !v.startsWith('./')) {
      return b.add({ kind: 'external', label: e.key, target: v, targetSpan: span, span, returns: /^(callTask|callCommonModule)/.test(e.key), what: W.inOtherFile(what, v), ref: { kind: 'document', value: v.slice(0, hash), fragment: v.slice(hash + 1) } });
    }
    const id = /(?:menu|task)\[([^\]]*)\]\s*$/.exec(v)?.[1];
    const g = b.add({ kind: 'goto', label: id ?? v, labelSpan: span, span });
    if (id !== undefined) this.pending.push({ from: g, id, span, ref: v, key: e.key, what });
    return g;
  }

  readonly pending: { from: number; id: string; span: Span; ref: string; key: string; what: Words }[] = [];

  /** After all menus and tasks are known: each reference to an id no menu or task has is external. */
  resolve(): void {
    const b = this.b;
    for (const p of this.pending) {
      const to = b.stepOfId(p.id);
      if (to !== undefined) { b.edge(p.from, to); continue; }
      const ext = b.add({ kind: 'external', label: p.key, target: p.ref, targetSpan: p.span, span: p.span, returns: false, what: W.namesNoMenuOrTask(p.what, p.ref) });
      b.edge(p.from, ext);
    }
  }

  private idOf(m: MapNode | undefined): { id?: string; span?: Span } {
    const ref = entry(m, 'refId') ?? entry(m, 'name');
    const id = str(ref?.value);
    return id !== undefined ? { id, span: ref!.value.span } : {};
  }

  private menu(e: MapEntry): Seq | undefined {
    const b = this.b;
    const m = asMap(e.value);
    const { id, span } = this.idOf(m);
    const node = b.node(id, span, e.key, e.value.span, e.keySpan);
    const steps = node.first < b.steps.length ? [node.first] : [];
    const audio = entry(m, 'audio');
    if (audio) append(steps, this.audio(node, audio.value, 'a key press'));
    const menu = b.add({ kind: 'menu', options: [], span: e.keySpan });
    steps.push(menu);
    b.chain(steps);
    const step = b.steps[menu];
    for (const item of asSeq(child(m, 'choices'))?.items ?? []) {
      const cm = asMap(item);
      const ce = cm?.entries[0];
      if (!ce) continue;
      const choice = this.action(ce);
      if (!choice) continue;
      const dtmf = entry(asMap(ce.value), 'dtmf');
      const key = KEYS[str(dtmf?.value) ?? ''] ?? str(dtmf?.value);
      const note = key !== undefined ? W.key(key) : W.raw(ce.key);
      b.edge(menu, choice.first, note);
      if (step.kind === 'menu' && key !== undefined && dtmf) step.options.push({ key, label: str(entry(asMap(ce.value), 'name')?.value) ?? ce.key, keySpan: dtmf.value.span, labelSpan: ce.keySpan });
    }
    return { first: steps[0], exits: [] };
  }

  private task(e: MapEntry): void {
    const b = this.b;
    const t = asMap(e.value);
    const { id, span } = this.idOf(t);
    const node = b.node(id, span, e.key, e.value.span, e.keySpan);
    const head = node.first < b.steps.length ? node.first : b.add({ kind: 'node', label: e.key, span: e.keySpan });
    this.taskNode = node;
    const body = this.actions(asSeq(child(t, 'actions')));
    this.taskNode = undefined;
    if (body) b.edge(head, body.first);
  }

  /** A list of actions in order: each one's exits continue with the next. */
  private actions(seq: ReturnType<typeof asSeq>): Seq | undefined {
    let first: number | undefined;
    let exits: number[] = [];
    for (const item of seq?.items ?? []) {
      const ae = asMap(item)?.entries[0];
      if (!ae) continue;
      const a = this.action(ae);
      if (!a) continue;
      if (first === undefined) first = a.first;
      for (const x of exits) this.b.edge(x, a.first);
      exits = a.exits;
    }
    return first === undefined ? undefined : { first, exits };
  }

  /** One action or menu choice (its key is its type). */
  private action(e: MapEntry): Seq | undefined {
    const b = this.b;
    const m = asMap(e.value);
    const { id, span } = this.idOf(m);
    const kind = e.key;
    const node = b.node(id, span, kind, e.value.span, e.keySpan);
    const steps: number[] = node.first < b.steps.length ? [node.first] : [];
    const at = e.keySpan;
    const done = (exits: 'last' | 'none'): Seq => {
      if (!steps.length) steps.push(b.add({ kind: 'node', label: kind, span: at }));
      b.chain(steps);
      return { first: steps[0], exits: exits === 'last' ? [steps[steps.length - 1]] : [] };
    };
    switch (kind) {
      case 'playAudio': {
        const audio = entry(m, 'audio');
        if (audio) append(steps, this.audio(node, audio.value, undefined));
        return done('last');
      }
      case 'menuTransferToAcd': case 'transferToAcd': {
        const pre = entry(m, 'preTransferAudio');
        if (pre) append(steps, this.audio(node, pre.value, undefined));
        const q = str(child(child(m, 'targetQueue'), 'lit') && child(child(child(m, 'targetQueue'), 'lit'), 'name')) ?? str(child(m, 'targetQueue')) ?? 'a queue';
        const tr = b.add({ kind: 'transfer', target: q, targetSpan: at, span: at, connects: { agent: true, bridge: true }, label: kind });
        steps.push(tr);
        const r = done('none');
        const fail = entry(m, 'failureTransferAudio');
        if (fail) {
          const said = this.audio(node, fail.value, undefined);
          b.chain(said);
          if (said.length) b.edge(tr, said[0], W.transferFails());
        }
        return r;
      }
      case 'menuJumpToMenu': case 'jumpToMenu': case 'menuJumpToTask': case 'jumpToTask': case 'callTask': {
        const r = (m?.entries ?? []).find((x) => /Ref$/.test(x.key));
        const g = r ? this.ref(r, kind.includes('Task') || kind === 'callTask' ? W.controlGoesTo() : W.callerGoesToMenu()) : undefined;
        if (g !== undefined) steps.push(g);
        if (kind === 'callTask') b.unknownType(kind, at);
        return done(kind === 'callTask' ? 'last' : 'none');
      }
      case 'menuSubMenu': {
        const sub = entry(m, 'menu');
        const r = (m?.entries ?? []).find((x) => /Ref$/.test(x.key));
        if (sub) steps.push(b.add({ kind: 'node', label: kind, span: at }));
        else if (r) { const g = this.ref(r, W.callerGoesToMenu()); if (g !== undefined) steps.push(g); }
        const res = done('none');
        const inner = sub ? this.menu(sub) : undefined;
        if (inner) b.edge(steps[steps.length - 1], inner.first);
        return res;
      }
      case 'decision': case 'switch': {
        const br = b.add({ kind: 'branch', label: kind, conditions: [], span: at });
        steps.push(br);
        const res = done('none');
        const step = b.steps[br];
        const exits: number[] = [];
        // Every nested list of actions is one possible way on (`outputs.yes`, `outputs.no`, each case, the default).
        const arms = this.arms(m);
        let fallsThrough = arms.length === 0 || kind === 'switch';
        for (const arm of arms) {
          const s = this.actions(arm.seq);
          if (step.kind === 'branch') step.conditions.push(arm.label);
          if (s) { b.edge(br, s.first, arm.label); append(exits, s.exits); } else fallsThrough = true;
        }
        if (kind === 'decision' && arms.length < 2) fallsThrough = true;
        if (fallsThrough) exits.push(br);
        return { first: res.first, exits };
      }
      case 'menuDisconnect': case 'disconnect':
        steps.push(b.add({ kind: 'hangup', span: at }));
        return done('none');
      default: {
        // Not listed by §5.4: kept, listed once per file; a prompt it holds is still read.
        b.unknownType(kind, at);
        for (const k of ['audio', 'prompt', 'prompts']) {
          const a = entry(m, k);
          if (a) append(steps, this.audio(node, a.value, /collect|menu/i.test(kind) ? 'a key press' : undefined));
        }
        const arms = this.arms(m);
        if (!arms.length) return done('last');
        const br = b.add({ kind: 'branch', label: kind, conditions: [], span: at });
        steps.push(br);
        const res = done('none');
        const exits: number[] = [br];
        for (const arm of arms) {
          const s = this.actions(arm.seq);
          if (s) { b.edge(br, s.first, arm.label); append(exits, s.exits); }
        }
        return { first: res.first, exits };
      }
    }
  }

  /** The nested action lists of a decision-like action, with the key path that names each. */
  private arms(m: MapNode | undefined): { label: Words; seq: NonNullable<ReturnType<typeof asSeq>> }[] {
    const out: { label: string; seq: NonNullable<ReturnType<typeof asSeq>> }[] = [];
    if (!m) return [];
    const stack: { n: YNode; label: string; depth: number }[] = [];
    for (let k = m.entries.length - 1; k >= 0; k--) stack.push({ n: m.entries[k].value, label: m.entries[k].key, depth: 0 });
    while (stack.length) {
      const { n, label, depth } = stack.pop()!;
      if (depth > 4) continue;
      if (n.kind === 'map') {
        const acts = asSeq(child(n, 'actions'));
        if (acts) { out.push({ label, seq: acts }); continue; }
        for (let k = n.entries.length - 1; k >= 0; k--) stack.push({ n: n.entries[k].value, label: `${label}.${n.entries[k].key}`, depth: depth + 1 });
      } else if (n.kind === 'seq') {
        for (let k = n.items.length - 1; k >= 0; k--) stack.push({ n: n.items[k], label: `${label}[${k}]`, depth: depth + 1 });
      }
    }
    // An arm by its key path as written (`yes`, `default`), a case by its number in words.
    return out.map((o) => {
      const label = o.label.replace(/^outputs\./, '');
      const c = /^cases\[(\d+)\]\.case$/.exec(label);
      return { ...o, label: c ? W.caseN(Number(c[1]) + 1) : W.raw(label) };
    });
  }

  /**
   * Audio: `tts:` text, `exp:` (wholly dynamic), a user or system prompt by name (`Prompt.x`), or a
   * list of them. Each becomes a prompt step of the node.
   */
  private audio(node: FlowNode, v: YNode, cut: string | undefined): number[] {
    const out: number[] = [];
    // In document order: a stack that takes each list's items last first.
    const stack: YNode[] = [v];
    let guard = 0;
    while (stack.length && guard++ < 256) {
      const n = stack.pop()!;
      if (n.kind === 'seq') { for (let k = n.items.length - 1; k >= 0; k--) stack.push(n.items[k]); continue; }
      if (n.kind === 'scalar') {
        const s = str(n);
        if (s !== undefined) out.push(this.say(node, n, /^Prompt(System)?\./.test(s) ? 'prompt' : 'tts', cut));
        continue;
      }
      const nested: YNode[] = [];
      for (const e of n.entries) {
        if (e.key === 'tts' && e.value.kind === 'scalar') out.push(this.say(node, e.value, 'tts', cut));
        else if (e.key === 'exp' && e.value.kind === 'scalar') out.push(this.say(node, e.value, /^\s*Prompt(System)?\.[\w.]+\s*$/.test(str(e.value) ?? '') ? 'prompt' : 'exp', cut));
        else if ((e.key === 'prompt' || e.key === 'lit') && e.value.kind === 'scalar') out.push(this.say(node, e.value, 'prompt', cut));
        else if (e.value.kind !== 'scalar') nested.push(e.value);
      }
      for (let k = nested.length - 1; k >= 0; k--) stack.push(nested[k]);
    }
    return out;
  }

  private say(node: FlowNode, n: YNode, how: 'tts' | 'exp' | 'prompt', cut: string | undefined): number {
    const b = this.b;
    const span = n.span;
    let i: number;
    if (how === 'prompt') {
      const name = (str(n) ?? '').trim();
      const key = name.replace(/^Prompt(System)?\./, '');
      i = b.add({ kind: 'say', prompt: { text: '', span, sourceOffsets: [span.end] }, span, source: 'audio', audio: key, interruptible: cut, anchor: span, lang: this.lang });
    } else {
      const first = b.text[span.start];
      const type = first === '"' ? 'QUOTE_DOUBLE' : first === "'" ? 'QUOTE_SINGLE' : first === '|' ? 'BLOCK_LITERAL' : first === '>' ? 'BLOCK_FOLDED' : 'PLAIN';
      const text = toPromptText(decodeYamlScalar(b.text, span.start, span.end, type), span);
      const dynamic = how === 'exp' ? [{ start: 0, end: text.text.length, expr: text.text }] : [];
      i = b.add({ kind: 'say', prompt: text, span, source: 'tts', dynamic, interruptible: cut, anchor: span, lang: this.lang });
    }
    b.promptOf(node, i);
    // A task's refId names every prompt of its actions (§2).
    if (this.taskNode && this.taskNode !== node) b.promptOf(this.taskNode, i);
    return i;
  }
  private taskNode: FlowNode | undefined;
}

export function readArchy(b: FlowBuilder, shape: Extract<ArchyShape, { kind: 'voice' }>): number[] {
  const r = new ArchyReader(b, shape.type, shape.flow);
  const entries = r.read();
  r.resolve();
  return entries;
}
