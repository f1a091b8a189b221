/**
 * Mapping the applications of an Asterisk dialplan (ivr-formats.md §5.5) to steps, one priority at a
 * time in file order: Playback/Background/Read/ControlPlayback/Festival (prompts, each file at its name),
 * MixMonitor/StopMixMonitor and the old Monitor (recording), Record (caller audio), Dial options (on
 * demand, `b`, `A(x:y)`), Queue, `Set(CHANNEL(language)=…)`, Hangup and Stasis. Goto/GotoIf/Gosub/Macro,
 * Return and the menus of Background/WaitExten are noted for asterisk-jumps.ts, which wires them.
 */
import type { FlowNode, SayStep } from '../ivr/model';
import type { Span } from '../text';
import type { FlowBuilder } from './builder';
import { optionArg, questionMark, splitOn, splitTop, stripOptArgs } from './asterisk-args';
import type { Ctx, Ext, Prio } from './asterisk-contexts';
import type { Jumps } from './asterisk-jumps';
import { rawSlice, toPromptText } from './prompt-text';
import * as W from './words';

/** A priority as the line walker found it, with its application from `start` to `end`. */
export interface PriorityAt { ctx: Ctx; ext: Ext; prio: Prio; start: number; end: number; label?: string; labelSpan?: Span; prioSpan: Span }

export class Applications {
  /** The language set by the last `Set(CHANNEL(language)=…)` in file order. */
  private lang: string | undefined;

  constructor(readonly b: FlowBuilder, readonly wiring: Jumps) {}

  private nodeFor(ctx: Ctx, ext: Ext, prio: Prio, label: string | undefined, labelSpan: Span | undefined, prioSpan: Span, appSpan: Span, app: string): FlowNode {
    const id = label ?? `${ctx.name},${ext.name},${prio.num}`;
    return this.b.node(id, labelSpan ?? prioSpan, app, appSpan, appSpan);
  }

  /** One priority's application: its steps, its exits (to N+1), its jumps. */
  map(p: PriorityAt): void {
    const { ctx, ext, prio, start, end, label, labelSpan, prioSpan } = p;
    const b = this.b;
    const raw = b.text.slice(start, end).trimEnd();
    const span: Span = { start, end: start + raw.length };
    const open = raw.indexOf('(');
    const name = (open < 0 ? raw : raw.slice(0, open)).trim();
    const app = name.toLowerCase();
    const argsAt = open < 0 ? span.end : start + open + 1;
    const argsText = open < 0 ? '' : raw.slice(open + 1, raw.length - 1);
    const args = splitTop(argsText, 0, 99).map((a) => ({ text: a.text, at: argsAt + a.at }));
    const node = this.nodeFor(ctx, ext, prio, label, labelSpan, prioSpan, span, name);
    const steps: number[] = node.first < b.steps.length ? [node.first] : [];
    let ends = false;
    const add = (s: Parameters<FlowBuilder['add']>[0]) => { const i = b.add(s); steps.push(i); return i; };
    const files = (a: { text: string; at: number } | undefined, cut: string | undefined, audience?: 'staff') => {
      if (!a) return;
      for (const f of splitOn(a.text, '&')) {
        const name = f.text.trim();
        if (!name) continue;
        const fs = a.at + f.at + (f.text.length - f.text.trimStart().length);
        const fspan = { start: fs, end: fs + name.length };
        const i = add(audioPrompt(name, fspan, cut, this.lang, audience));
        b.promptOf(node, i);
      }
    };
    switch (app) {
      case 'playback':
        files(args[0], undefined);
        break;
      case 'background': {
        files(args[0], 'a key press');
        const menu = add({ kind: 'menu', options: [], span });
        this.wiring.menus.push({ menu, ctx, next: () => ext.byNum.get(prio.num + 1)?.first });
        break;
      }
      case 'waitexten': {
        const menu = add({ kind: 'menu', options: [], span });
        this.wiring.menus.push({ menu, ctx, next: () => undefined });
        ends = true;
        break;
      }
      case 'read':
        files(args[1], 'a key press');
        break;
      case 'controlplayback':
        files(args[0], 'a key press');
        break;
      case 'festival': {
        const a = args[0];
        if (a && a.text.trim()) {
          const tr = a.text.trim();
          const fs = a.at + (a.text.length - a.text.trimStart().length);
          const i = add(textPrompt(b, { start: fs, end: fs + tr.length }, this.lang, args[1]?.text.trim() ? 'a key press' : undefined));
          b.promptOf(node, i);
        }
        break;
      }
      case 'set': {
        const m = /^\s*CHANNEL\(language\)\s*=\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?\s*$/i.exec(argsText);
        if (m) {
          const code = m[1].toLowerCase();
          const cs = argsAt + argsText.indexOf(m[1], argsText.indexOf('='));
          add({ kind: 'lang', code, codeSpan: { start: cs, end: cs + m[1].length }, span });
          this.lang = code;
        } else add({ kind: 'node', label: name, span });
        break;
      }
      case 'goto': case 'gotoif': case 'gotoiftime': {
        if (app === 'goto') {
          const g = add({ kind: 'goto', label: argsText, labelSpan: { start: argsAt, end: argsAt + argsText.length }, span });
          this.wiring.jumps.push({ from: g, ctx, ext, prio, spec: argsText, span: { start: argsAt, end: argsAt + argsText.length }, how: 'goto' });
          ends = true;
          break;
        }
        const q = questionMark(argsText);
        const br = add({ kind: 'branch', label: name, conditions: [], span });
        const step = b.steps[br];
        if (q < 0) { ends = false; break; }
        const rest = argsText.slice(q + 1);
        const [yes, no] = splitOn(rest, ':');
        const cond = argsText.slice(0, q).trim();
        for (const [part, holds] of [[yes, true], [no, false]] as const) {
          const spec = part?.text.trim() ?? '';
          const note = holds ? W.isTrue(cond) : W.isFalse(cond);
          if (step.kind === 'branch') step.conditions.push(note);
          if (!spec) { prio.exits.push(br); continue; }
          const ps = argsAt + q + 1 + part!.at + (part!.text.length - part!.text.trimStart().length);
          const g = b.add({ kind: 'goto', label: spec, labelSpan: { start: ps, end: ps + spec.length }, span: { start: ps, end: ps + spec.length } });
          b.edge(br, g, note);
          this.wiring.jumps.push({ from: g, ctx, ext, prio, spec, span: { start: ps, end: ps + spec.length }, how: 'goto' });
        }
        if (!no) prio.exits.push(br);
        b.chain(steps);
        prio.first = steps[0];
        return;
      }
      case 'gosub': case 'macro': {
        const g = add({ kind: 'node', label: name, span });
        const spec = app === 'macro' ? `macro-${(args[0]?.text ?? '').trim()},s,1` : argsText.replace(/\(.*\)\s*$/, '');
        this.wiring.jumps.push({ from: g, ctx, ext, prio, spec, span: args[0] ? { start: args[0].at, end: app === 'macro' ? args[0].at + args[0].text.length : args[0].at + spec.length } : span, how: 'gosub' });
        break;
      }
      case 'return': case 'macroexit':
        add({ kind: 'node', label: name, span });
        this.wiring.returns.push({ ctx: ctx.name, from: steps[steps.length - 1] });
        ends = true;
        break;
      case 'hangup':
        add({ kind: 'hangup', span });
        ends = true;
        break;
      case 'stasis':
        add({ kind: 'external', label: name, target: argsText, targetSpan: span, span, returns: false, what: W.ariApplication((args[0]?.text ?? '').trim()) });
        ends = true;
        break;
      case 'mixmonitor': case 'monitor': {
        const opts = app === 'mixmonitor' ? args[1]?.text ?? '' : args[2]?.text ?? '';
        const bridged = /b/.test(stripOptArgs(opts));
        add({ kind: 'record', action: 'start', actionSpan: span, span, what: 'call', timing: bridged ? 'on-bridge' : 'now', note: bridged ? W.bridgedOption(name) : undefined });
        break;
      }
      case 'stopmixmonitor': case 'stopmonitor':
        add({ kind: 'record', action: 'stop', actionSpan: span, span });
        break;
      case 'pausemonitor':
        add({ kind: 'record', action: 'pause', actionSpan: span, span });
        break;
      case 'unpausemonitor':
        add({ kind: 'record', action: 'resume', actionSpan: span, span });
        break;
      case 'record':
        add({ kind: 'record', action: 'start', actionSpan: span, span, what: 'caller-audio', timing: 'now' });
        break;
      case 'dial': case 'queue': {
        const opts = (app === 'dial' ? args[2]?.text : args[1]?.text) ?? '';
        const plain = stripOptArgs(opts);
        if (app === 'dial' && /[xXwW]/.test(plain)) add({ kind: 'record', action: 'start', actionSpan: span, span, what: 'call', timing: 'now', onDemand: true, note: W.onDemandKey() });
        const target = (args[0]?.text ?? '').trim() || name;
        add({ kind: 'transfer', target, targetSpan: span, span, connects: { agent: true, bridge: true }, label: name });
        if (app === 'dial') {
          // A(x:y): x is played to the called party (staff), y to the caller.
          const a = optionArg(opts, 'A');
          if (a !== undefined) {
            const colon = a.text.indexOf(':');
            const base = (args[2]?.at ?? 0) + a.at;
            const x = colon < 0 ? a.text : a.text.slice(0, colon);
            files({ text: x, at: base }, undefined, 'staff');
            if (colon >= 0) files({ text: a.text.slice(colon + 1), at: base + colon + 1 }, undefined);
          }
        }
        break;
      }
      default:
        add({ kind: 'node', label: name, span });
    }
    if (!steps.length) add({ kind: 'node', label: name, span });
    b.chain(steps);
    prio.first = steps[0];
    if (!ends) prio.exits.push(steps[steps.length - 1]);
  }
}

function audioPrompt(name: string, span: Span, cut: string | undefined, lang: string | undefined, audience?: 'staff'): Omit<SayStep, 'line'> {
  if (/\$\{|\$\[/.test(name)) {
    // A computed file name: wholly dynamic.
    const text = toPromptText(rawSlice('\u0000'.repeat(span.start) + name, span.start, span.end), span);
    return { kind: 'say', prompt: text, span, source: 'audio', audio: name, dynamic: [{ start: 0, end: text.text.length, expr: name }], interruptible: cut, anchor: span, lang, audience };
  }
  return { kind: 'say', prompt: { text: '', span, sourceOffsets: [span.end] }, span, source: 'audio', audio: name, interruptible: cut, anchor: span, lang, audience };
}

function textPrompt(b: FlowBuilder, span: Span, lang: string | undefined, cut: string | undefined): Omit<SayStep, 'line'> {
  let s = span.start;
  let e = span.end;
  if (b.text[s] === '"' && b.text[e - 1] === '"' && e - s >= 2) { s++; e--; }
  const text = toPromptText(rawSlice(b.text, s, e), span);
  const dynamic = [...text.text.matchAll(/\$\$?\{[^}]*\}?/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, expr: m[0] }));
  return { kind: 'say', prompt: text, span, source: 'tts', dynamic, interruptible: cut, anchor: span, lang };
}
