/**
 * FreeSWITCH XML dialplans (ivr-formats.md §5.7): contexts of extensions whose conditions hold actions
 * and anti-actions. Conditions on `destination_number` decide which extension a hunt for a number
 * reaches (the first match in document order, going on only with `continue="true"`); conditions on
 * other fields are branches. Conditions nested in a condition run after its actions (or anti-actions)
 * unless it breaks, as FreeSWITCH runs them (see `Level`). One step per action, anchored at its
 * `application` value. `transfer` targets with variables are hunted with the values `""`, `0`…`9`, `*`
 * and `#`.
 */
import type { DialplanEntries, DialplanEntry, FlowNode, Words } from '../ivr/model';
import type { Span } from '../text';
import { append, FlowBuilder } from './builder';
import { blankArgs, expand, safeRegex, sourceIndex, VALUES } from './freeswitch-data';
import { rawSlice, stripMarkup, toPromptText } from './prompt-text';
import * as W from './words';
import { attr, elements, localName, type XmlAttr, type XmlElement } from './xml';

interface Ext { name: string; el: XmlElement; ctx: string; first: number; exits: number[]; cont: boolean; dest: RegExp[] | undefined; literal?: string; index: number }
interface Ctx { name: string; span: Span; exts: Ext[]; byLiteral?: Map<string, Ext[]>; others?: Ext[]; hunted?: Map<string, Ext[]> }
interface Hunt { from: number; data: XmlAttr; ext: string; ctx: string; how: 'transfer' | 'execute' }

/**
 * One level of conditions (an extension's, or those nested in a condition) as FreeSWITCH's XML dialplan
 * runs them: each condition's actions (or anti-actions), then its break check, then its nested
 * conditions. `ok`/`fail` are the paths going on to the next condition, after one that held (or ran its
 * anti-actions) or failed; `outOk`/`outFail` those that left the level by a break. A level that ends
 * failed makes its parent stop as well, unless the parent condition has `break="never"`; with
 * `require-nested="false"` on the parent a failed level counts as held.
 */
interface Level {
  conds: XmlElement[]; k: number; ok: number[]; fail: number[]; outOk: number[]; outFail: number[];
  state: { terminatorsOff: boolean }; top: boolean;
  waiting?: { brk: string; required: boolean };
}

const conditionsOf = (el: XmlElement) => elements(el).filter((c) => localName(c) === 'condition');

const CUT = 'the `*` key (the default `playback_terminators`)';

/** The contexts of a dialplan document: under `<include>`, or `<document>` → `<section name="dialplan">`. */
function contextsOf(root: XmlElement): XmlElement[] {
  const name = localName(root);
  if (name === 'include') return elements(root).filter((c) => localName(c) === 'context');
  if (name !== 'document') return [];
  const out: XmlElement[] = [];
  for (const sec of elements(root)) {
    if (localName(sec) === 'context') out.push(sec);
    else if (localName(sec) === 'section') for (const c of elements(sec)) if (localName(c) === 'context') out.push(c);
  }
  return out;
}

/**
 * A context fragment: `<include>` holding `<extension>`s itself, the file a context's
 * `<X-PRE-PROCESS cmd="include" data="default/*.xml"/>` pastes in (vanilla `dialplan/default/*.xml`).
 */
function isFragment(root: XmlElement): boolean {
  return localName(root) === 'include' && elements(root).some((e) => localName(e) === 'extension');
}

/** The context a fragment is pasted into: by FreeSWITCH's layout, the name of its folder (`dialplan/public/x.xml` → `public`). */
function fragmentContext(uri: string): string {
  const parts = uri.split(/[\\/]/);
  return parts.length > 1 ? parts[parts.length - 2] : '';
}

export function isFreeswitch(root: XmlElement): boolean {
  return isFragment(root) || contextsOf(root).some((c) => elements(c).some((e) => localName(e) === 'extension'));
}

export function readFreeswitch(b: FlowBuilder, root: XmlElement): { dialplan: DialplanEntries } {
  return new FsReader(b).read(root);
}

class FsReader {
  private readonly ctxs = new Map<string, Ctx>();
  private readonly hunts: Hunt[] = [];
  private readonly reached = new Set<Ext>();
  private lang: string | undefined;

  constructor(readonly b: FlowBuilder) {}

  read(root: XmlElement): { dialplan: DialplanEntries } {
    const b = this.b;
    const contexts = isFragment(root) ? [root] : contextsOf(root);
    for (const c of contexts) {
      const n = c === root ? undefined : attr(c, 'name');
      const name = c === root ? fragmentContext(b.uri) : n?.value ?? '';
      const ctx: Ctx = this.ctxs.get(name) ?? { name, span: n?.valueSpan ?? c.nameSpan, exts: [] };
      this.ctxs.set(name, ctx);
      for (const e of elements(c)) if (localName(e) === 'extension') { const x = this.extension(e, name); x.index = ctx.exts.length; ctx.exts.push(x); }
    }
    // `continue="true"`: the hunt goes on to the next extension that matches the number.
    for (const ctx of this.ctxs.values()) {
      for (let k = 0; k < ctx.exts.length; k++) {
        const e = ctx.exts[k];
        if (!e.cont && e.dest) continue;
        const next = ctx.exts.slice(k + 1).find((x) => x.first >= 0);
        if (next && e.cont) for (const x of e.exits) b.edge(x, next.first, W.continueHunt());
      }
    }
    for (const h of this.hunts) this.resolve(h);
    return { dialplan: this.entries() };
  }

  private extension(el: XmlElement, ctx: string): Ext {
    const b = this.b;
    const n = attr(el, 'name');
    const node = b.node(n?.value, n?.valueSpan, '<extension>', { start: el.start, end: el.end }, el.nameSpan);
    const head = node.first < b.steps.length ? node.first : b.add({ kind: 'node', label: '<extension>', span: el.nameSpan });
    this.lang = undefined;
    let dest: RegExp[] | undefined;
    const literals: string[] = [];
    // The conditions level by level, nested ones too, with an explicit stack of levels.
    const top: Level = { conds: conditionsOf(el), k: 0, ok: [head], fail: [], outOk: [], outFail: [], state: { terminatorsOff: false }, top: true };
    const stack: Level[] = [top];
    let result: { ok: number[]; fail: number[] } | undefined;
    while (stack.length) {
      const lv = stack[stack.length - 1];
      if (result) {
        // A nested level is done: a failed one stops this level too, unless this condition says `break="never"`.
        const w = lv.waiting!;
        lv.waiting = undefined;
        const ok = w.required ? result.ok : [...result.ok, ...result.fail];
        append(lv.ok, ok);
        if (w.required) append(w.brk === 'never' ? lv.fail : lv.outFail, result.fail);
        result = undefined;
        lv.k++;
        continue;
      }
      if (lv.k >= lv.conds.length) {
        stack.pop();
        result = { ok: [...new Set([...lv.outOk, ...lv.ok])], fail: [...new Set([...lv.outFail, ...lv.fail])] };
        if (!stack.length) break;
        continue;
      }
      const c = lv.conds[lv.k];
      const input = [...new Set([...lv.ok, ...lv.fail])];
      lv.ok = [];
      lv.fail = [];
      const field = attr(c, 'field')?.value;
      const expr = attr(c, 'expression')?.value;
      const brk = attr(c, 'break')?.value ?? 'on-false';
      const actions = elements(c).filter((x) => localName(x) === 'action');
      const anti = elements(c).filter((x) => localName(x) === 'anti-action');
      const nested = conditionsOf(c);
      const enter: number[] = [];
      let enterState = lv.state;
      // The paths on which this condition holds: its actions, then (unless it breaks) its nested conditions.
      const held = (exits: number[]) => {
        if (brk === 'on-true' || brk === 'always') append(lv.outOk, exits);
        else if (nested.length) append(enter, exits);
        else append(lv.ok, exits);
      };
      const always = (what: 'number' | 'plain') => {
        if (what === 'number') {
          (dest ??= []).push(safeRegex(expr));
          const lit = expr !== undefined ? /^\^\(?([\w+#-]+)\)?\$$/.exec(expr)?.[1] : undefined;
          literals.push(lit ?? '\u0000');
        }
        const s = this.actions(actions, node, lv.state, ctx);
        if (s) for (const x of input) b.edge(x, s.first);
        held(s ? s.exits : input);
      };
      if (lv.top && (field === 'destination_number' || field === '${destination_number}')) always('number');
      else if (!field && !expr && !elements(c).some((x) => localName(x) === 'regex')) always('plain');
      else {
        // A condition on another field (or on the number inside another condition): the actions when it
        // holds, the anti-actions when not. After anti-actions FreeSWITCH goes on as after a match.
        // The condition as written (code); its negation in words.
        const written = `${field ?? 'regex'} ~ ${expr ?? '…'}`;
        const cond = W.raw(written);
        const notCond = W.not(written);
        const br = b.add({ kind: 'branch', label: '<condition>', conditions: [cond, notCond], span: c.nameSpan });
        for (const x of input) b.edge(x, br);
        const yesState = { ...lv.state };
        const noState = { ...lv.state };
        const yes = this.actions(actions, node, yesState, ctx);
        const no = this.actions(anti, node, noState, ctx);
        if (yes) b.edge(br, yes.first, cond);
        if (no) b.edge(br, no.first, notCond);
        // Into nested conditions without actions of its own: a step of its own, so only a match goes in.
        let matched = yes?.exits;
        if (!matched && nested.length && brk !== 'on-true' && brk !== 'always') {
          const m = b.add({ kind: 'node', label: '<condition>', span: c.nameSpan });
          b.edge(br, m, cond);
          matched = [m];
        }
        held(matched ?? [br]);
        const noExits = no ? no.exits : [br];
        if (brk === 'on-false' || brk === 'always') append(anti.length ? lv.outOk : lv.outFail, noExits);
        else if (!anti.length) append(lv.fail, noExits);
        else if (nested.length) append(enter, noExits);
        else append(lv.ok, noExits);
        const yesIn = brk !== 'on-true' && brk !== 'always';
        const noIn = brk !== 'on-false' && brk !== 'always' && anti.length > 0;
        enterState = yesIn && noIn ? { terminatorsOff: yesState.terminatorsOff && noState.terminatorsOff } : yesIn ? yesState : noState;
      }
      if (nested.length && enter.length) {
        lv.waiting = { brk, required: attr(c, 'require-nested')?.value !== 'false' };
        stack.push({ conds: nested, k: 0, ok: [...new Set(enter)], fail: [], outOk: [], outFail: [], state: enterState, top: false });
        continue;
      }
      lv.k++;
    }
    const exits = result ? [...result.ok, ...result.fail] : [head];
    // One condition on the number that is a plain `^number$`: the hunt finds it by a table, not by testing.
    const literal = literals.length === 1 && literals[0] !== '\u0000' ? literals[0] : undefined;
    return { name: n?.value ?? '', el, ctx, first: head, exits: [...new Set(exits)], cont: attr(el, 'continue')?.value === 'true', dest, literal, index: 0 };
  }

  private actions(list: XmlElement[], node: FlowNode, state: { terminatorsOff: boolean }, ctx: string): { first: number; exits: number[] } | undefined {
    const b = this.b;
    let first: number | undefined;
    let exits: number[] = [];
    for (const a of list) {
      const s = this.action(a, node, state, ctx);
      if (!s) continue;
      if (first === undefined) first = s.first;
      for (const x of exits) b.edge(x, s.first);
      exits = s.exits;
    }
    return first === undefined ? undefined : { first, exits };
  }

  private action(a: XmlElement, node: FlowNode, state: { terminatorsOff: boolean }, ctx: string): { first: number; exits: number[] } | undefined {
    const b = this.b;
    const app = attr(a, 'application');
    if (!app) return undefined;
    const data = attr(a, 'data');
    const at = app.valueSpan;
    const d = data?.value ?? '';
    const one = (i: number) => ({ first: i, exits: [i] });
    const cut = () => (state.terminatorsOff ? undefined : CUT);
    switch (app.value) {
      case 'playback': {
        if (!data) return one(b.add({ kind: 'node', label: 'playback', span: at }));
        return one(this.filePrompt(node, data, 0, data.value.length, cut()));
      }
      case 'speak': {
        if (!data) return one(b.add({ kind: 'node', label: 'speak', span: at }));
        const parts = d.split('|');
        const from = parts.length >= 3 ? parts[0].length + parts[1].length + 2 : 0;
        return one(this.textPrompt(node, data, from, d.length, cut()));
      }
      case 'play_and_get_digits': {
        const args = blankArgs(d);
        const file = args[5];
        const steps: number[] = [];
        if (data && file) steps.push(this.filePrompt(node, data, file.at, file.at + file.text.length, 'a key press'));
        steps.push(b.add({ kind: 'menu', options: [], span: at }));
        b.chain(steps);
        return { first: steps[0], exits: [steps[steps.length - 1]] };
      }
      case 'set': case 'export': case 'push': case 'unshift': {
        const m = /^(?:nolocal:)?([\w.-]+)=(.*)$/s.exec(d);
        if (m && m[1] === 'playback_terminators') state.terminatorsOff = m[2].trim().toLowerCase() === 'none';
        if (m && (m[1] === 'execute_on_answer' || m[1].startsWith('execute_on_answer_')) && /^\s*record_session\b/.test(m[2])) {
          return one(b.add({ kind: 'record', action: 'start', actionSpan: data!.valueSpan, span: data!.valueSpan, what: 'call', timing: 'on-bridge', note: W.recordOnAnswer() }));
        }
        if (m && (m[1] === 'default_language' || m[1] === 'language')) {
          const code = /^[a-z]{2,3}/i.exec(m[2].trim())?.[0]?.toLowerCase();
          if (code) {
            this.lang = code;
            const cs = data!.valueSpan.start + d.indexOf('=') + 1;
            return one(b.add({ kind: 'lang', code, codeSpan: { start: cs, end: cs + code.length }, span: at }));
          }
        }
        return one(b.add({ kind: 'node', label: app.value, span: at }));
      }
      case 'record_session':
        return one(b.add({ kind: 'record', action: 'start', actionSpan: at, span: at, what: 'call', timing: 'now' }));
      case 'stop_record_session':
        return one(b.add({ kind: 'record', action: 'stop', actionSpan: at, span: at }));
      case 'record':
        return one(b.add({ kind: 'record', action: 'start', actionSpan: at, span: at, what: 'caller-audio', timing: 'now' }));
      case 'bridge':
        return one(b.add({ kind: 'transfer', target: d || 'a bridge', targetSpan: at, span: at, connects: { agent: true, bridge: true }, label: 'bridge' }));
      case 'hangup':
        return { first: b.add({ kind: 'hangup', span: at }), exits: [] };
      case 'transfer': case 'execute_extension': {
        const g = b.add({ kind: 'node', label: app.value, span: at });
        if (!data) return one(g);
        const args = d.trim().split(/\s+/).filter((x) => !/^-(bleg|both)$/.test(x));
        this.hunts.push({ from: g, data, ext: args[0] ?? '', ctx: args[2] ?? ctx, how: app.value === 'transfer' ? 'transfer' : 'execute' });
        return app.value === 'transfer' ? { first: g, exits: [] } : one(g);
      }
      case 'ivr': {
        const span = data?.valueSpan ?? at;
        return { first: b.add({ kind: 'external', label: 'ivr', target: d, targetSpan: span, span, returns: false, what: W.ivrMenu(d) }), exits: [] };
      }
      default:
        return one(b.add({ kind: 'node', label: app.value, span: at }));
    }
  }

  /** A file (audio) or `say:text` (text) in [from, to) of the data value. */
  private filePrompt(node: FlowNode, data: XmlAttr, from: number, to: number, cut: string | undefined): number {
    const b = this.b;
    let s = from;
    let e = to;
    const raw = data.value;
    if (raw[s] === "'" && raw[e - 1] === "'" && e - s >= 2) { s++; e--; }
    if (raw.startsWith('say:', s)) return this.textPrompt(node, data, s + 4, e, cut);
    const name = raw.slice(s, e).trim();
    const lead = raw.slice(s, e).length - raw.slice(s, e).trimStart().length;
    const src = b.text.slice(data.valueSpan.start, data.valueSpan.end);
    const start = data.valueSpan.start + sourceIndex(src, s + lead);
    const span = { start, end: data.valueSpan.start + sourceIndex(src, s + lead + name.length) };
    // Tones and silence (`tone_stream://…`, `silence_stream://…`, after any `{var=…}` block) play no
    // words: not a prompt, so neither a notice nor an unreadable one.
    if (/^(?:\{[^}]*\}|\[[^\]]*\])*(?:tone_stream|silence_stream):\/\//.test(name)) return b.add({ kind: 'node', label: 'playback', span });
    let i: number;
    if (/\$\$?\{/.test(name)) {
      const text = toPromptText(rawSlice(b.text, span.start, span.end), span);
      i = b.add({ kind: 'say', prompt: text, span, source: 'audio', audio: name, dynamic: [{ start: 0, end: text.text.length, expr: name }], interruptible: cut, anchor: span, lang: this.lang });
    } else i = b.add({ kind: 'say', prompt: { text: '', span, sourceOffsets: [span.end] }, span, source: 'audio', audio: name, interruptible: cut, anchor: span, lang: this.lang });
    b.promptOf(node, i);
    return i;
  }

  /** Text in [from, to) of the data value (entities decoded), with `${…}` as dynamic ranges. */
  private textPrompt(node: FlowNode, data: XmlAttr, from: number, to: number, cut: string | undefined): number {
    const b = this.b;
    const raw = data.value;
    let s = from;
    let e = to;
    if (raw[s] === "'" && raw[e - 1] === "'" && e - s >= 2) { s++; e--; }
    // The value as written in the file: offsets in the attribute's source slice (entities are longer there).
    const src = b.text.slice(data.valueSpan.start, data.valueSpan.end);
    const srcFrom = sourceIndex(src, s);
    const srcTo = sourceIndex(src, e);
    const m = stripMarkup(rawSlice(b.text, data.valueSpan.start + srcFrom, data.valueSpan.start + srcTo));
    const span0 = { start: data.valueSpan.start + srcFrom, end: data.valueSpan.start + srcTo };
    const text = toPromptText(m, span0);
    const last = text.sourceOffsets[text.text.length - 1];
    text.span = text.text.length ? { start: text.sourceOffsets[0], end: last + 1 } : span0;
    const dynamic = [...text.text.matchAll(/\$\$?\{[^}]*\}?/g)].map((x) => ({ start: x.index!, end: x.index! + x[0].length, expr: x[0] }));
    const i = b.add({ kind: 'say', prompt: text, span: text.span, source: 'tts', dynamic, interruptible: cut, anchor: text.span, lang: this.lang });
    b.promptOf(node, i);
    return i;
  }

  /** The extensions a hunt for `number` in `ctx` runs: the first match, and the next ones after `continue="true"` (or a match that is not sure). */
  private hunt(ctx: Ctx, number: string): Ext[] {
    // Each (context, number) is hunted once; extensions of a plain `^number$` are found by a table.
    ctx.hunted ??= new Map();
    const known = ctx.hunted.get(number);
    if (known) return known;
    if (!ctx.byLiteral) {
      ctx.byLiteral = new Map();
      ctx.others = [];
      for (const e of ctx.exts) {
        if (e.literal !== undefined) ctx.byLiteral.set(e.literal, [...(ctx.byLiteral.get(e.literal) ?? []), e]);
        else ctx.others.push(e);
      }
    }
    const a = ctx.byLiteral.get(number) ?? [];
    const b = ctx.others!;
    const out: Ext[] = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      const e = j >= b.length || (i < a.length && a[i].index < b[j].index) ? a[i++] : b[j++];
      if (e.dest && !e.dest.every((re) => re.test(number))) continue;
      out.push(e);
      if (e.dest && !e.cont) break;
      if (out.length > 1000) break;
    }
    if (ctx.hunted.size < 10000) ctx.hunted.set(number, out);
    return out;
  }

  private resolve(h: Hunt): void {
    const b = this.b;
    const ctx = this.ctxs.get(h.ctx);
    const span = h.data.valueSpan;
    const unresolved = (what: Words) => {
      const x = b.add({ kind: 'external', label: h.how, target: h.data.value, targetSpan: span, span, returns: h.how === 'execute', what });
      b.edge(h.from, x);
    };
    if (/\$\$?\{/.test(h.ctx)) return unresolved(W.contextComputed(h.ctx));
    if (!ctx) return unresolved(W.contextNotInDialplan(h.ctx));
    const vars = [...new Set(h.ext.match(/\$\$?\{[^}]*\}/g) ?? [])];
    const numbers = vars.length === 0 ? [h.ext] : vars.length <= 2 ? expand(h.ext, vars) : VALUES.map((v) => vars.reduce((t, x) => t.split(x).join(v), h.ext));
    const found: Ext[] = [];
    for (const n of numbers) for (const e of this.hunt(ctx, n)) if (!found.includes(e)) found.push(e);
    if (!found.length) return unresolved(W.noExtensionMatches(h.ext, h.ctx));
    for (const e of found) {
      this.reached.add(e);
      if (e.first >= 0) b.edge(h.from, e.first, vars.length ? W.huntedAs(e.name) : undefined);
    }
  }

  /** §4.6: per context, the extensions no transfer or execute_extension of the file reaches. */
  private entries(): DialplanEntries {
    const assumed: DialplanEntry[] = [];
    for (const ctx of this.ctxs.values()) {
      const open = ctx.exts.filter((e) => !this.reached.has(e) && e.first >= 0);
      if (open.length) assumed.push({ name: ctx.name, span: ctx.span, steps: open.map((e) => e.first), detail: W.entryExtensions(open.slice(0, 5).map((e) => `\`${e.name}\``).join(', ') + (open.length > 5 ? ', …' : ''), open.length) });
    }
    const ctxs = this.ctxs;
    const hunt = (c: Ctx, n: string) => this.hunt(c, n);
    const reached = this.reached;
    return {
      assumed,
      names: [...ctxs.keys()],
      resolve(value: string): number[] | undefined {
        const [c, n] = value.split(',').map((x) => x.trim());
        const ctx = ctxs.get(c);
        if (!ctx) return undefined;
        const exts = n === undefined ? ctx.exts.filter((e) => !reached.has(e)) : hunt(ctx, n);
        const steps = exts.filter((e) => e.first >= 0).map((e) => e.first);
        return steps.length ? steps : undefined;
      },
    };
  }
}
