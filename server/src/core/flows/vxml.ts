/**
 * VoiceXML 2.0/2.1 documents (ivr-formats.md §5.6). The entry is the first `<form>` or `<menu>`;
 * a form's items (`block`, `field`, `record`, `transfer`, `subdialog`, `initial`, `object`) run in
 * document order, and a form that ends without a transition ends the call. Prompts can be cut off
 * (barge-in) unless `bargein="false"` is on the prompt or a `bargein` property says so in scope.
 * `recordutterance` keeps what the caller says to the recogniser from the first recognising item of
 * its scope. Dialogs are nodes named by their `id`, form items by their `name`.
 */
import type { FlowNode, RecordStep, Words } from '../ivr/model';
import type { Span } from '../text';
import { append, FlowBuilder } from './builder';
import { toPromptText } from './prompt-text';
import { attr, elements, localName, type XmlElement } from './xml';
import * as W from './words';
import { foldDynamic, mixedText } from './xml-text';

export function isVxml(root: XmlElement): boolean {
  if (localName(root) !== 'vxml') return false;
  const ns = attr(root, 'xmlns')?.value;
  return ns === undefined || ns === 'http://www.w3.org/2001/vxml';
}

interface Seq { first: number; exits: number[] }
const ITEMS = new Set(['block', 'field', 'record', 'transfer', 'subdialog', 'initial', 'object']);
const RECOGNISING = new Set(['field', 'initial', 'menu']);
const CUT = 'a key press or speech (barge-in)';

export function readVxml(b: FlowBuilder, root: XmlElement): number[] {
  return new VxmlReader(b, root).read();
}

class VxmlReader {
  private readonly subReturns = new Map<string, number[]>();
  private readonly subSites: { dialog: string; from: number; back: number[] }[] = [];
  /** The items that take `recordutterance` steps: the first recognising item of each scope. */
  private readonly utterance = new Map<XmlElement, XmlElement>();

  constructor(readonly b: FlowBuilder, readonly root: XmlElement) {}

  read(): number[] {
    const dialogs = elements(this.root).filter((d) => localName(d) === 'form' || localName(d) === 'menu');
    this.planUtterances(dialogs);
    const firsts: number[] = [];
    for (const d of dialogs) {
      const s = localName(d) === 'menu' ? this.menu(d) : this.form(d);
      if (s) firsts.push(s.first);
    }
    // A subdialog in this document: its `<return>`s lead back after the call.
    for (const site of this.subSites) for (const r of this.subReturns.get(site.dialog) ?? []) for (const x of site.back) this.b.edge(r, x, W.afterSubdialog());
    return firsts.length ? [firsts[0]] : [];
  }

  /** `recordutterance` true in the document, a dialog or an item: the first recognising item of that scope. */
  private planUtterances(dialogs: XmlElement[]): void {
    const on = (el: XmlElement) => elements(el).find((c) => localName(c) === 'property' && attr(c, 'name')?.value === 'recordutterance');
    const docProp = on(this.root);
    for (const d of dialogs) {
      const prop = on(d) ?? docProp;
      const items = localName(d) === 'menu' ? [d] : elements(d).filter((c) => RECOGNISING.has(localName(c)));
      for (const it of items) {
        const own = it === d ? undefined : on(it);
        if (own && attr(own, 'value')?.value === 'true') this.utterance.set(it, own);
      }
      if (prop && attr(prop, 'value')?.value === 'true') {
        const firstItem = items.find((it) => !(it !== d && on(it) && attr(on(it)!, 'value')?.value !== 'true'));
        if (firstItem && !this.utterance.has(firstItem)) this.utterance.set(firstItem, prop);
      }
    }
  }

  private lang(el: XmlElement): string | undefined {
    for (let e: XmlElement | undefined = el; e; e = e.parent) {
      const l = attr(e, 'xml:lang');
      if (l) return l.value.toLowerCase().split(/[-_]/)[0];
    }
    return undefined;
  }

  /** Barge-in: the prompt's own `bargein`, else the nearest `bargein` property (item, dialog, document). */
  private interruptible(prompt: XmlElement | undefined, scope: XmlElement): string | undefined {
    const own = prompt ? attr(prompt, 'bargein')?.value : undefined;
    if (own !== undefined) return own === 'false' ? undefined : CUT;
    for (let e: XmlElement | undefined = scope; e; e = e.parent) {
      const v = this.bargeinOf(e);
      if (v !== null) return v === 'false' ? undefined : CUT;
    }
    return CUT;
  }

  /** The value of an element's own `bargein` property (null when it has none), looked up once per element. */
  private readonly bargein = new Map<XmlElement, string | null>();
  private bargeinOf(e: XmlElement): string | null {
    let v = this.bargein.get(e);
    if (v === undefined) {
      const p = elements(e).find((c) => localName(c) === 'property' && attr(c, 'name')?.value === 'bargein');
      v = p ? attr(p, 'value')?.value ?? '' : null;
      this.bargein.set(e, v);
    }
    return v;
  }

  private form(d: XmlElement): Seq | undefined {
    const b = this.b;
    const id = attr(d, 'id');
    const node = b.node(id?.value, id?.valueSpan, '<form>', { start: d.start, end: d.end }, d.nameSpan);
    this.dialogNode = node;
    const head = node.first < b.steps.length ? node.first : b.add({ kind: 'node', label: '<form>', span: d.nameSpan });
    const items = elements(d).filter((c) => ITEMS.has(localName(c)));
    let exits = [head];
    for (const it of items) {
      const s = this.item(it, d);
      if (!s) continue;
      for (const x of exits) b.edge(x, s.first);
      exits = s.exits;
    }
    // A form that ends without a transition ends the call (the exits go nowhere).
    return { first: head, exits: [] };
  }

  /** One form item: its prompts, what it does, its `<filled>` and handlers. */
  private item(it: XmlElement, dialog: XmlElement): Seq | undefined {
    const b = this.b;
    const name = localName(it);
    const nm = attr(it, 'name');
    const node = b.node(nm?.value, nm?.valueSpan, `<${name}>`, { start: it.start, end: it.end }, it.nameSpan);
    const steps: number[] = node.first < b.steps.length ? [node.first] : [];
    if (name === 'block') {
      const body = this.content(it.children, node, it, dialog, undefined);
      if (!body) { steps.push(b.add({ kind: 'node', label: '<block>', span: it.nameSpan })); b.chain(steps); return { first: steps[0], exits: [steps[steps.length - 1]] }; }
      if (steps.length) b.edge(steps[0], body.first);
      return { first: steps[0] ?? body.first, exits: body.exits };
    }
    // Prompts of the item, then the item itself.
    for (const p of elements(it)) {
      if (localName(p) === 'prompt' || localName(p) === 'audio') { const i = this.prompt(p, node, it); if (i !== undefined) steps.push(i); }
    }
    const prop = this.utterance.get(it);
    if (prop) {
      const value = attr(prop, 'value')!;
      const r: Omit<RecordStep, 'line'> = { kind: 'record', action: 'start', actionSpan: it.nameSpan, span: it.nameSpan, what: 'utterances', timing: 'now', armedBy: { span: value.valueSpan, note: W.utterancesInScope() }, note: W.utterancesKept() };
      steps.push(b.add(r));
    }
    let main: number;
    let continues = true;
    switch (name) {
      case 'field': case 'initial':
        main = b.add({ kind: 'menu', options: [], span: it.nameSpan });
        break;
      case 'record':
        main = b.add({ kind: 'record', action: 'start', actionSpan: it.nameSpan, span: it.nameSpan, what: 'caller-audio', timing: 'now' });
        break;
      case 'transfer': {
        const dest = attr(it, 'dest') ?? attr(it, 'destexpr');
        main = b.add({ kind: 'transfer', target: dest?.value ?? 'a transfer', targetSpan: it.nameSpan, span: it.nameSpan, connects: { agent: true, bridge: true }, label: '<transfer>' });
        break;
      }
      case 'subdialog': {
        const src = attr(it, 'src') ?? attr(it, 'srcexpr');
        if (src && src.name === 'src' && src.value.startsWith('#')) {
          main = b.add({ kind: 'node', label: '<subdialog>', span: it.nameSpan });
          b.edgeTo(main, src.value.slice(1), W.intoSubdialog());
          steps.push(main);
          b.chain(steps);
          const back = b.add({ kind: 'node', label: 'after <subdialog>', span: it.nameSpan });
          this.subSites.push({ dialog: src.value.slice(1), from: main, back: [back] });
          return this.after(it, node, dialog, steps[0], back, false);
        }
        const span = src?.valueSpan ?? it.nameSpan;
        const follow = src && src.name !== 'srcexpr' && src.value ? { ref: { kind: 'document' as const, value: src.value } } : {};
        main = b.add({ kind: 'external', label: '<subdialog>', target: src?.value ?? '', targetSpan: span, span, returns: true, what: src?.name === 'srcexpr' ? W.subdialogComputed(src.value) : W.subdialogRuns(src?.value ?? '?'), ...follow });
        continues = true;
        break;
      }
      default:
        main = b.add({ kind: 'node', label: `<${name}>`, span: it.nameSpan });
    }
    steps.push(main);
    b.chain(steps);
    return this.after(it, node, dialog, steps[0], main, name === 'field' || name === 'initial' ? 'recognises' : continues);
  }

  /** The item's `<filled>` and event handlers after its main step; without `<filled>`, the next item. */
  private after(it: XmlElement, node: FlowNode, dialog: XmlElement, first: number, main: number, mode: boolean | 'recognises'): Seq {
    const b = this.b;
    const exits: number[] = [];
    const filled = elements(it).find((c) => localName(c) === 'filled');
    if (filled) {
      const s = this.content(filled.children, node, filled, dialog, first);
      if (s) { b.edge(main, s.first, W.raw('filled')); append(exits, s.exits); } else exits.push(main);
    } else exits.push(main);
    if (mode === 'recognises') {
      for (const h of elements(it)) {
        const hn = localName(h);
        if (hn !== 'noinput' && hn !== 'nomatch' && hn !== 'catch' && hn !== 'help' && hn !== 'error') continue;
        const s = this.content(h.children, node, h, dialog, first);
        if (s) { b.edge(main, s.first, W.vxmlEvent(hn)); append(exits, s.exits); }
      }
    }
    return { first, exits };
  }

  private menu(d: XmlElement): Seq | undefined {
    const b = this.b;
    const id = attr(d, 'id');
    const node = b.node(id?.value, id?.valueSpan, '<menu>', { start: d.start, end: d.end }, d.nameSpan);
    this.dialogNode = node;
    const steps: number[] = node.first < b.steps.length ? [node.first] : [];
    for (const p of elements(d)) if (localName(p) === 'prompt' || localName(p) === 'audio') { const i = this.prompt(p, node, d); if (i !== undefined) steps.push(i); }
    const prop = this.utterance.get(d);
    if (prop) {
      const value = attr(prop, 'value')!;
      steps.push(b.add({ kind: 'record', action: 'start', actionSpan: d.nameSpan, span: d.nameSpan, what: 'utterances', timing: 'now', armedBy: { span: value.valueSpan, note: W.utterancesInScope() } }));
    }
    const menu = b.add({ kind: 'menu', options: [], span: d.nameSpan });
    steps.push(menu);
    b.chain(steps);
    const step = b.steps[menu];
    const implicit = attr(d, 'dtmf')?.value === 'true';
    let n = 0;
    for (const c of elements(d)) {
      if (localName(c) !== 'choice') continue;
      n++;
      const dtmf = attr(c, 'dtmf');
      const key = dtmf?.value ?? (implicit && n <= 9 ? String(n) : undefined);
      const note = W.choice(key ?? String(n));
      const next = attr(c, 'next');
      const expr = attr(c, 'expr');
      if (next) this.jump(menu, next.value, next.valueSpan, note, '<choice next>');
      else if (expr) b.edge(menu, this.external(expr.valueSpan, expr.value, '<choice expr>', W.choiceComputed(expr.value)), note);
      if (step.kind === 'menu' && key !== undefined) step.options.push({ key, label: next?.value ?? '', keySpan: dtmf?.valueSpan ?? c.nameSpan, labelSpan: next?.valueSpan ?? c.nameSpan });
    }
    for (const h of elements(d)) {
      const hn = localName(h);
      if (hn !== 'noinput' && hn !== 'nomatch' && hn !== 'catch' && hn !== 'help' && hn !== 'error') continue;
      const s = this.content(h.children, node, h, d, steps[0]);
      if (s) b.edge(menu, s.first, W.vxmlEvent(hn));
    }
    return { first: steps[0], exits: [] };
  }

  /** `#id` in this document, or another document (not followed here). */
  private jump(from: number, next: string, span: Span, note: Words | undefined, label: string): void {
    if (next.startsWith('#')) { this.b.edgeTo(from, next.slice(1), note); return; }
    this.b.edge(from, this.external(span, next, label, W.continuesIn(next), true), note);
  }

  /** A step that leaves this document; `follow` when `target` names another document a flow set can read (ivr-formats.md §6). */
  private external(span: Span, target: string, label: string, what: Words, follow = false): number {
    return this.b.add({ kind: 'external', label, target, targetSpan: span, span, returns: false, what, ...(follow ? { ref: { kind: 'document' as const, value: target } } : {}) });
  }

  /**
   * Executable content in order (a block, `<filled>`, a handler, an `<if>` arm): prompts and bare text,
   * `<goto>`/`<submit>` (a transition), `<if>` (a branch), `<disconnect>`/`<exit>` (the end), `<reprompt>`
   * (back to the item), `<return>` (back from a subdialog).
   */
  private content(nodes: XmlElement['children'], node: FlowNode, scope: XmlElement, dialog: XmlElement, again: number | undefined): Seq | undefined {
    const b = this.b;
    let first: number | undefined;
    let exits: number[] = [];
    let ended = false;
    const link = (s: Seq) => {
      if (first === undefined) first = s.first;
      for (const x of exits) b.edge(x, s.first);
      exits = s.exits;
    };
    let run: XmlElement['children'] = [];
    const flush = () => {
      if (!run.length) return;
      const i = this.bareText(run, node, scope);
      run = [];
      if (i !== undefined) link({ first: i, exits: [i] });
    };
    for (const c of nodes) {
      if (ended) break;
      if (c.kind !== 'element') { run.push(c); continue; }
      const name = localName(c);
      if (name === 'value') { run.push(c); continue; }
      flush();
      switch (name) {
        case 'prompt': case 'audio': {
          const i = this.prompt(c, node, scope);
          if (i !== undefined) link({ first: i, exits: [i] });
          break;
        }
        case 'goto': case 'submit': {
          const next = attr(c, 'next') ?? attr(c, 'nextitem');
          const expr = attr(c, 'expr') ?? attr(c, 'expritem');
          const g = b.add({ kind: 'node', label: `<${name}>`, span: c.nameSpan });
          link({ first: g, exits: [] });
          if (next) {
            if (next.name === 'nextitem') b.edgeTo(g, next.value);
            else if (name === 'submit' && !next.value.startsWith('#')) b.edge(g, this.external(next.valueSpan, next.value, '<submit next>', W.continuesIn(next.value), true));
            else this.jump(g, next.value, next.valueSpan, undefined, `<${name} next>`);
          } else if (expr) b.edge(g, this.external(expr.valueSpan, expr.value, `<${name} ${expr.name}>`, W.callComputed(expr.value)));
          ended = true;
          break;
        }
        case 'disconnect': case 'exit': {
          const h = b.add({ kind: 'hangup', span: c.nameSpan });
          link({ first: h, exits: [] });
          ended = true;
          break;
        }
        case 'return': {
          const r = b.add({ kind: 'node', label: '<return>', span: c.nameSpan });
          link({ first: r, exits: [] });
          const did = attr(dialog, 'id')?.value;
          if (did !== undefined) this.subReturns.set(did, [...(this.subReturns.get(did) ?? []), r]);
          ended = true;
          break;
        }
        case 'reprompt': {
          if (again !== undefined) { const r = b.add({ kind: 'node', label: '<reprompt>', span: c.nameSpan }); b.edge(r, again, W.again()); link({ first: r, exits: [] }); ended = true; }
          break;
        }
        case 'if': {
          const br = b.add({ kind: 'branch', label: '<if>', conditions: [], span: c.nameSpan });
          link({ first: br, exits: [] });
          const step = b.steps[br];
          // The arms: the children up to each `<elseif>`/`<else>`.
          // Each arm's `cond` as written (code); `<else>` in words.
          const arms: { cond: Words; otherwise?: boolean; nodes: XmlElement['children'] }[] = [{ cond: W.raw(attr(c, 'cond')?.value ?? 'if'), nodes: [] }];
          for (const k of c.children) {
            if (k.kind === 'element' && (localName(k) === 'elseif' || localName(k) === 'else')) arms.push(localName(k) === 'else' ? { cond: W.otherwise(), otherwise: true, nodes: [] } : { cond: W.raw(attr(k, 'cond')?.value ?? 'elseif'), nodes: [] });
            else arms[arms.length - 1].nodes.push(k);
          }
          const out: number[] = [];
          for (const arm of arms) {
            if (step.kind === 'branch') step.conditions.push(arm.cond);
            const s = this.content(arm.nodes, node, scope, dialog, again);
            if (s) { b.edge(br, s.first, arm.cond); append(out, s.exits); } else out.push(br);
          }
          if (!arms.some((a) => a.otherwise)) out.push(br);
          exits = [...new Set(out)];
          break;
        }
        default:
          break;
      }
    }
    flush();
    if (ended) exits = [];
    return first === undefined ? undefined : { first, exits };
  }

  /** Bare text (with `<value>`) in a block: a prompt. */
  private bareText(run: XmlElement['children'], node: FlowNode, scope: XmlElement): number | undefined {
    const mt = mixedText(this.b.text, run as Parameters<typeof mixedText>[1]);
    if (!/\S/.test(mt.mapped.text)) return undefined;
    return this.say(mt, node, scope, undefined);
  }

  private prompt(p: XmlElement, node: FlowNode, scope: XmlElement): number | undefined {
    const mt = mixedText(this.b.text, localName(p) === 'audio' ? [p] : (p.children as Parameters<typeof mixedText>[1]));
    if (!/\S/.test(mt.mapped.text) && !mt.audio.length) return undefined;
    return this.say(mt, node, scope, p);
  }

  private say(mt: ReturnType<typeof mixedText>, node: FlowNode, scope: XmlElement, p: XmlElement | undefined): number {
    const b = this.b;
    const lang = this.lang(p ?? scope);
    const cut = this.interruptible(p, scope);
    const hasText = /\S/.test(mt.mapped.text);
    const at = p ?? scope;
    if (!hasText) {
      const a = mt.audio[0];
      const span = a?.span ?? at.nameSpan;
      const i = b.add({ kind: 'say', prompt: { text: '', span, sourceOffsets: [span.end] }, span, source: 'audio', audio: a?.src, interruptible: cut, anchor: span, lang, bargeIn: this.bargeInEdit(p) });
      this.own(node, i);
      return i;
    }
    const first = mt.mapped.offs?.find((o, k) => /\S/.test(mt.mapped.text[k]));
    const span0 = { start: first ?? mt.mapped.base, end: mt.mapped.end };
    const text = toPromptText(mt.mapped, span0);
    const last = text.sourceOffsets[text.text.length - 1];
    const span = { start: text.sourceOffsets[0] ?? span0.start, end: last !== undefined ? last + 1 : span0.end };
    text.span = span;
    const dynamic = foldDynamic(mt.mapped, mt.dynamic, text);
    const audioOnly = !mt.literal && mt.audio.length > 0;
    const i = b.add({ kind: 'say', prompt: text, span, source: audioOnly ? 'audio' : 'tts', audio: mt.audio[0]?.src, dynamic, interruptible: cut, anchor: span, lang, bargeIn: this.bargeInEdit(p) });
    this.own(node, i);
    return i;
  }

  /** Where the `notice-interruptible` suggestion writes `bargein="false"`: a `<prompt>` element's start tag. */
  private bargeInEdit(p: XmlElement | undefined): { nameEnd: number; value?: Span } | undefined {
    if (!p || localName(p) !== 'prompt') return undefined;
    const v = attr(p, 'bargein');
    return { nameEnd: p.nameSpan.end, value: v?.valueSpan };
  }

  /** A prompt belongs to its item's node and to its dialog's (`prompt` may name either, §2). */
  private own(node: FlowNode, i: number): void {
    this.b.promptOf(node, i);
    if (this.dialogNode && this.dialogNode !== node) this.b.promptOf(this.dialogNode, i);
  }
  private dialogNode: FlowNode | undefined;
}
