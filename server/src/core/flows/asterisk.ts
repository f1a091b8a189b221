/**
 * Asterisk dialplans, `extensions.conf` (ivr-formats.md §5.5): a hand-written line reader (contexts,
 * `exten =>`/`same =>` with priorities and labels, `include`, `#include`, `;` comments) and the
 * applications that play, branch and record. One node per priority, named by its label or
 * `context,exten,priority`, anchored at the application with its arguments. Which context a call
 * enters is set outside the dialplan (§4.6): the reader lists the possible entries, and the policy's
 * `announcement.entry` picks them (else the default of §4.6 applies and `flow-entry-assumed` says so).
 */
import type { DialplanEntry, DialplanEntries, FlowNode, IvrScript, SayStep } from '../ivr/model';
import type { Span } from '../text';
import { FlowBuilder } from './builder';
import { balanced, optionArg, patternRe, questionMark, splitOn, splitTop, stripOptArgs } from './asterisk-args';
import { rawSlice, toPromptText } from './prompt-text';

/** Does the text look like a dialplan (§1 rule 5)? */
export function looksLikeDialplan(text: string): boolean {
  return /^[ \t]*\[[^\]\r\n]+\][ \t]*(\([^)\r\n]*\))?[ \t]*(;.*)?$/m.test(text) && /^[ \t]*(exten|same)[ \t]*=>?/m.test(text);
}

interface Line { start: number; end: number; text: string }
interface Prio { num: number; label?: string; first: number; exits: number[]; line: number }
interface Ext { name: string; nameSpan: Span; prios: Prio[]; byNum: Map<number, Prio>; byLabel: Map<string, Prio> }
interface Ctx { name: string; span: Span; exts: Map<string, Ext>; order: Ext[]; includes: string[] }
interface Jump { from: number; ctx: Ctx; ext: Ext; prio: Prio; spec: string; span: Span; how: 'goto' | 'gosub' }


export function readAsterisk(b: FlowBuilder): { entries: number[]; comments: IvrScript['comments']; dialplan: DialplanEntries } {
  return new AsteriskReader(b).read();
}

class AsteriskReader {
  private readonly ctxs = new Map<string, Ctx>();
  private readonly order: Ctx[] = [];
  private readonly comments: IvrScript['comments'] = [];
  private readonly jumps: Jump[] = [];
  private readonly gosubSites: { ctx: string; ext: Ext; num: number }[] = [];
  private readonly returns: { ctx: string; from: number }[] = [];
  private readonly menus: { menu: number; ctx: Ctx; next: () => number | undefined }[] = [];
  private readonly includedFiles: string[] = [];
  /** Contexts the file enters by Gosub, Macro or include (subroutines, not call entries). */
  private readonly entered = new Set<string>();
  private readonly gotoTargets = new Set<string>();
  private lang: string | undefined;

  constructor(readonly b: FlowBuilder) {}

  read(): { entries: number[]; comments: IvrScript['comments']; dialplan: DialplanEntries } {
    const b = this.b;
    const lines = this.lines();
    let ctx: Ctx | undefined;
    let section = '';
    let lastExt: Ext | undefined;
    const pending: { ctx: Ctx; ext: Ext; prio: Prio; line: Line; prioSpan: Span; label?: string; labelSpan?: Span; appStart: number }[] = [];
    for (const ln of lines) {
      const t = ln.text;
      if (!t.trim()) continue;
      const lead = t.length - t.trimStart().length;
      const s = ln.start + lead;
      const body = t.trim();
      if (body.startsWith('#')) {
        const inc = /^#(include|tryinclude|exec)\s+(.*)$/.exec(body);
        if (!inc) { this.fail(s, ln.end, `\`${body.split(/\s/)[0]}\` is no dialplan directive (reclint reads \`#include\`, \`#tryinclude\` and \`#exec\`)`); continue; }
        if (inc[1] !== 'exec') this.includedFiles.push(inc[2].trim().replace(/^["<]|[">]$/g, ''));
        continue;
      }
      const head = /^\[([^\]]+)\]\s*(\(([^)]*)\))?$/.exec(body);
      if (head) {
        section = head[1].trim();
        const nameStart = s + 1 + (head[1].length - head[1].trimStart().length);
        if (section === 'general' || section === 'globals') { ctx = undefined; continue; }
        ctx = this.ctxs.get(section);
        if (!ctx) {
          ctx = { name: section, span: { start: nameStart, end: nameStart + section.length }, exts: new Map(), order: [], includes: [] };
          this.ctxs.set(section, ctx);
          this.order.push(ctx);
        }
        lastExt = undefined;
        continue;
      }
      const kv = /^([A-Za-z_][\w-]*)\s*(=>|=)\s*(.*)$/.exec(body);
      if (!kv) { this.fail(s, ln.end, 'This line is no dialplan line (a `[context]`, `exten =>`, `same =>`, `include =>` or a `;` comment)'); continue; }
      const key = kv[1].toLowerCase();
      const valueStart = s + body.length - kv[3].length;
      if (section === 'general' || section === 'globals') continue;
      if (!ctx) { this.fail(s, ln.end, `\`${kv[1]}\` comes before any \`[context]\` line`); continue; }
      if (key === 'include') { ctx.includes.push(kv[3].trim()); this.entered.add(kv[3].trim()); continue; }
      if (key === 'switch' || key === 'eswitch' || key === 'lswitch' || key === 'ignorepat') continue;
      if (key !== 'exten' && key !== 'same') { this.fail(s, ln.end, `\`${kv[1]}\` is no dialplan line in a context (reclint reads \`exten\`, \`same\`, \`include\`, \`switch\` and \`ignorepat\`)`); continue; }
      const parts = splitTop(kv[3], 0, key === 'exten' ? 2 : 1);
      let extName: string;
      let extSpan: Span;
      let prioPart: { text: string; at: number };
      let appPart: { text: string; at: number } | undefined;
      if (key === 'exten') {
        if (parts.length < 3) {
          if (parts.length === 2 && /^\s*hint\s*$/i.test(parts[1].text)) continue;
          this.fail(s, ln.end, '`exten =>` takes an extension, a priority and an application (`exten => s,1,Answer()`)');
          continue;
        }
        extName = parts[0].text.trim();
        const off = parts[0].text.length - parts[0].text.trimStart().length;
        extSpan = { start: valueStart + parts[0].at + off, end: valueStart + parts[0].at + off + extName.length };
        prioPart = parts[1];
        appPart = parts[2];
        let ext = ctx.exts.get(extName);
        if (!ext) { ext = { name: extName, nameSpan: extSpan, prios: [], byNum: new Map(), byLabel: new Map() }; ctx.exts.set(extName, ext); ctx.order.push(ext); }
        lastExt = ext;
      } else {
        if (!lastExt) { this.fail(s, ln.end, '`same =>` needs an `exten =>` line before it in this context'); continue; }
        if (parts.length < 2) { this.fail(s, ln.end, '`same =>` takes a priority and an application (`same => n,Playback(file)`)'); continue; }
        prioPart = parts[0];
        appPart = parts[1];
      }
      const ext = lastExt!;
      const pm = /^\s*(\d+|n|hint|\+\d+|s)\s*(?:\(([^)]*)\))?\s*$/i.exec(prioPart.text);
      if (!pm) { this.fail(valueStart + prioPart.at, ln.end, `\`${prioPart.text.trim()}\` is no priority (a number, \`n\` or \`n(label)\`)`); continue; }
      if (pm[1].toLowerCase() === 'hint') continue;
      const prev = ext.prios.length ? ext.prios[ext.prios.length - 1].num : 0;
      const num = /^\d+$/.test(pm[1]) ? Number(pm[1]) : pm[1].startsWith('+') ? prev + Number(pm[1].slice(1)) : prev + 1;
      const label = pm[2]?.trim() || undefined;
      const prioText = prioPart.text;
      const pOff = valueStart + prioPart.at + (prioText.length - prioText.trimStart().length);
      const labelSpan = label ? { start: valueStart + prioPart.at + prioText.indexOf('(') + 1 + (pm[2]!.length - pm[2]!.trimStart().length), end: 0 } : undefined;
      if (labelSpan) labelSpan.end = labelSpan.start + label!.length;
      const appText = appPart!.text;
      const aOff = appText.length - appText.trimStart().length;
      const appStart = valueStart + appPart!.at + aOff;
      const app = appText.trim();
      const open = app.indexOf('(');
      if (open >= 0 && !balanced(app)) { this.fail(appStart, ln.end, `The parentheses of \`${app.slice(0, open)}\` do not balance`); continue; }
      if (open >= 0 && !app.endsWith(')')) { this.fail(appStart, ln.end, `\`${app}\`: text follows the application's closing parenthesis`); continue; }
      const prio: Prio = { num, label, first: -1, exits: [], line: b.lineOf(s) };
      ext.prios.push(prio);
      if (!ext.byNum.has(num)) ext.byNum.set(num, prio);
      if (label && !ext.byLabel.has(label)) ext.byLabel.set(label, prio);
      pending.push({ ctx, ext, prio, line: ln, prioSpan: { start: pOff, end: pOff + pm[1].length }, label, labelSpan, appStart });
    }
    // Steps, in file order, once every context and extension is known (menus list the one-key extensions).
    for (const p of pending) this.application(p.ctx, p.ext, p.prio, p.appStart, p.line.end, p.label, p.labelSpan, p.prioSpan);
    this.resolveJumps();
    // Fall-through: priority N continues at N+1 of its extension.
    for (const ctx of this.order) for (const ext of ctx.order) {
      for (let k = 0; k < ext.prios.length; k++) {
        const pr = ext.prios[k];
        const next = ext.byNum.get(pr.num + 1);
        if (next && next.first >= 0) for (const e of pr.exits) b.edge(e, next.first);
        else if (ctx.name.startsWith('macro-')) for (const e of pr.exits) this.returns.push({ ctx: ctx.name, from: e });
      }
    }
    for (const m of this.menus) this.menuEdges(m.menu, m.ctx, m.next());
    // Returns: each Return of a subroutine context leads back to the priority after every call into it.
    const backs = new Map<string, number[]>();
    for (const g of this.gosubSites) {
      const next = g.ext.byNum.get(g.num + 1)?.first;
      if (next !== undefined && next >= 0) backs.set(g.ctx, [...(backs.get(g.ctx) ?? []), next]);
    }
    let budget = 200_000;
    for (const r of this.returns) for (const to of backs.get(r.ctx) ?? []) if (budget-- > 0) b.edge(r.from, to, 'after the subroutine returns');
    return { entries: [], comments: this.comments, dialplan: this.entryPoints() };
  }

  private fail(start: number, end: number, message: string): void {
    if (this.b.errors.length) return;
    this.b.error({ start, end: Math.max(start + 1, end) }, message);
  }

  /** Lines with `;` comments removed (`\;` kept, `;-- … --;` blocks skipped); each comment kept for suppression. */
  private lines(): Line[] {
    const text = this.b.text;
    const out: Line[] = [];
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let inBlock = false;
    while (i <= text.length) {
      let e = text.indexOf('\n', i);
      if (e < 0) e = text.length;
      const lineEnd = e > i && text[e - 1] === '\r' ? e - 1 : e;
      let start = i;
      if (inBlock) {
        const close = text.indexOf('--;', i);
        if (close < 0 || close >= lineEnd) start = lineEnd;
        else { inBlock = false; start = close + 3; }
      }
      let cut = lineEnd;
      let q = false;
      for (let k = start; k < lineEnd; k++) {
        const c = text.charCodeAt(k);
        if (c === 92 /* \ */) { k++; continue; }
        if (c === 34 /* " */) { q = !q; continue; }
        if (q || c !== 59 /* ; */) continue;
        cut = k;
        if (text.startsWith(';--', k)) {
          const close = text.indexOf('--;', k + 3);
          if (close < 0 || close >= lineEnd) inBlock = true;
        } else this.comments.push({ text: text.slice(k + 1, lineEnd), span: { start: k, end: lineEnd }, line: this.b.lineOf(k) });
        break;
      }
      out.push({ start, end: cut, text: text.slice(start, cut) });
      if (e >= text.length) break;
      i = e + 1;
    }
    return out;
  }

  private nodeFor(ctx: Ctx, ext: Ext, prio: Prio, label: string | undefined, labelSpan: Span | undefined, prioSpan: Span, appSpan: Span, app: string): FlowNode {
    const id = label ?? `${ctx.name},${ext.name},${prio.num}`;
    return this.b.node(id, labelSpan ?? prioSpan, app, appSpan, appSpan);
  }

  /** One priority's application: its steps, its exits (to N+1), its jumps. */
  private application(ctx: Ctx, ext: Ext, prio: Prio, start: number, end: number, label: string | undefined, labelSpan: Span | undefined, prioSpan: Span): void {
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
        this.menus.push({ menu, ctx, next: () => ext.byNum.get(prio.num + 1)?.first });
        break;
      }
      case 'waitexten': {
        const menu = add({ kind: 'menu', options: [], span });
        this.menus.push({ menu, ctx, next: () => undefined });
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
          this.jumps.push({ from: g, ctx, ext, prio, spec: argsText, span: { start: argsAt, end: argsAt + argsText.length }, how: 'goto' });
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
        for (const [part, word] of [[yes, 'true'], [no, 'false']] as const) {
          const spec = part?.text.trim() ?? '';
          if (step.kind === 'branch') step.conditions.push(`${cond} is ${word}`);
          if (!spec) { prio.exits.push(br); continue; }
          const ps = argsAt + q + 1 + part!.at + (part!.text.length - part!.text.trimStart().length);
          const g = b.add({ kind: 'goto', label: spec, labelSpan: { start: ps, end: ps + spec.length }, span: { start: ps, end: ps + spec.length } });
          b.edge(br, g, `${cond} is ${word}`);
          this.jumps.push({ from: g, ctx, ext, prio, spec, span: { start: ps, end: ps + spec.length }, how: 'goto' });
        }
        if (!no) prio.exits.push(br);
        b.chain(steps);
        prio.first = steps[0];
        return;
      }
      case 'gosub': case 'macro': {
        const g = add({ kind: 'node', label: name, span });
        const spec = app === 'macro' ? `macro-${(args[0]?.text ?? '').trim()},s,1` : argsText.replace(/\(.*\)\s*$/, '');
        this.jumps.push({ from: g, ctx, ext, prio, spec, span: args[0] ? { start: args[0].at, end: app === 'macro' ? args[0].at + args[0].text.length : args[0].at + spec.length } : span, how: 'gosub' });
        break;
      }
      case 'return': case 'macroexit':
        add({ kind: 'node', label: name, span });
        this.returns.push({ ctx: ctx.name, from: steps[steps.length - 1] });
        ends = true;
        break;
      case 'hangup':
        add({ kind: 'hangup', span });
        ends = true;
        break;
      case 'stasis':
        add({ kind: 'external', label: name, target: argsText, targetSpan: span, span, returns: false, what: `the call is handed to the ARI application \`${(args[0]?.text ?? '').trim()}\`` });
        ends = true;
        break;
      case 'mixmonitor': case 'monitor': {
        const opts = app === 'mixmonitor' ? args[1]?.text ?? '' : args[2]?.text ?? '';
        const bridged = /b/.test(stripOptArgs(opts));
        add({ kind: 'record', action: 'start', actionSpan: span, span, what: 'call', timing: bridged ? 'on-bridge' : 'now', note: bridged ? `\`${name}\` with option \`b\`: recording starts once the call is bridged` : undefined });
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
        if (app === 'dial' && /[xXwW]/.test(plain)) add({ kind: 'record', action: 'start', actionSpan: span, span, what: 'call', timing: 'now', onDemand: true, note: 'on-demand recording by a key (Dial options `x X w W`)' });
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

  /** The context's one-key extensions (its includes too), then `i` and `t` and the next priority. */
  private menuEdges(menu: number, ctx: Ctx, next: number | undefined): void {
    const b = this.b;
    const step = b.steps[menu];
    const seen = new Set<string>();
    const stack = [ctx.name];
    const keys: { key: string; ext: Ext }[] = [];
    const special: { key: string; ext: Ext }[] = [];
    while (stack.length && seen.size < 1000) {
      const name = stack.pop()!;
      if (seen.has(name)) continue;
      seen.add(name);
      const c = this.ctxs.get(name);
      if (!c) continue;
      for (const e of c.order) {
        if (/^[0-9*#]$/.test(e.name)) { if (!keys.some((k) => k.key === e.name)) keys.push({ key: e.name, ext: e }); }
        else if ((e.name === 'i' || e.name === 't') && !special.some((k) => k.key === e.name)) special.push({ key: e.name, ext: e });
      }
      for (let k = c.includes.length - 1; k >= 0; k--) stack.push(c.includes[k]);
    }
    for (const k of keys) {
      const first = k.ext.byNum.get(1)?.first ?? k.ext.prios[0]?.first;
      if (first === undefined || first < 0) continue;
      b.edge(menu, first, `key ${k.key}`);
      if (step.kind === 'menu') step.options.push({ key: k.key, label: k.ext.name, keySpan: k.ext.nameSpan, labelSpan: k.ext.nameSpan });
    }
    for (const k of special) {
      const first = k.ext.byNum.get(1)?.first ?? k.ext.prios[0]?.first;
      if (first !== undefined && first >= 0) b.edge(menu, first, k.key === 'i' ? 'a wrong key' : 'no key (time-out)');
    }
    if (next !== undefined && next >= 0) b.edge(menu, next, 'no key');
  }

  /** Goto/Gosub targets: `[[context,]exten,]priority`, priority a number or a label. */
  private resolveJumps(): void {
    const b = this.b;
    for (const j of this.jumps) {
      const parts = splitTop(j.spec, 0, 3).map((p) => p.text.trim());
      const computed = /\$\{|\$\[/.test(j.spec);
      let ctx = j.ctx;
      let extName = j.ext.name;
      let prio = parts[parts.length - 1] ?? '1';
      if (parts.length >= 3) { ctx = this.ctxs.get(parts[0])!; extName = parts[1]; }
      else if (parts.length === 2) extName = parts[0];
      if (j.how === 'gosub' && parts.length >= 3) this.entered.add(parts[0]);
      if (j.how === 'goto' && parts.length >= 3) this.gotoTargets.add(parts[0]);
      const unresolved = (why: string) => {
        const ext = b.add({ kind: 'external', label: j.how === 'gosub' ? 'Gosub' : 'Goto', target: j.spec, targetSpan: j.span, span: j.span, returns: j.how === 'gosub', what: why });
        // An unresolved Gosub returns: the priority still falls through to the next one.
        b.edge(j.from, ext);
      };
      if (computed) { unresolved(`control goes to \`${j.spec}\`, a target computed while the call runs`); continue; }
      if (!ctx) {
        const inc = this.includedFiles.length ? ` (it may be defined in ${this.includedFiles.map((f) => `\`${f}\``).join(', ')}, included here)` : '';
        unresolved(`control goes to the context \`${parts[0]}\`, which this file does not define${inc}`);
        continue;
      }
      const ext = ctx.exts.get(extName) ?? matchPattern(ctx, extName);
      if (!ext) { unresolved(`control goes to the extension \`${extName}\` of \`${ctx.name}\`, which is not defined`); continue; }
      const p = /^\d+$/.test(prio) ? ext.byNum.get(Number(prio)) : ext.byLabel.get(prio);
      if (!p || p.first < 0) { unresolved(`control goes to the priority \`${prio}\` of \`${ctx.name},${ext.name}\`, which is not defined`); continue; }
      b.edge(j.from, p.first, j.how === 'gosub' ? 'into the subroutine' : undefined);
      if (j.how === 'gosub') this.gosubBack(j, ctx.name);
    }
  }

  /** After a Gosub or Macro into a known context, the call goes on at the next priority once the subroutine returns. */
  private gosubBack(j: Jump, target: string): void {
    const owner = j.prio;
    if (!owner.exits.includes(j.from)) return;
    owner.exits = owner.exits.filter((e) => e !== j.from);
    this.gosubSites.push({ ctx: target, ext: j.ext, num: owner.num });
  }

  /** Possible call entries (§4.6): contexts with an `s` extension that the file does not enter itself as a subroutine. */
  private entryPoints(): DialplanEntries {
    const first = (ctx: Ctx, ext: Ext | undefined): number[] => {
      const p = ext ? ext.byNum.get(1) ?? ext.prios[0] : undefined;
      return p && p.first >= 0 ? [p.first] : [];
    };
    const assumed: DialplanEntry[] = [];
    for (const ctx of this.order) {
      const s = ctx.exts.get('s');
      if (!s) continue;
      if (ctx.name.startsWith('macro-') || (this.entered.has(ctx.name) && !this.gotoTargets.has(ctx.name))) continue;
      assumed.push({ name: ctx.name, span: ctx.span, steps: first(ctx, s) });
    }
    const ctxs = this.ctxs;
    return {
      assumed,
      names: this.order.map((c) => c.name),
      resolve(value: string): number[] | undefined {
        const [c, e] = value.split(',').map((x) => x.trim());
        const ctx = ctxs.get(c);
        if (!ctx) return undefined;
        const ext = ctx.exts.get(e ?? 's') ?? (e ? matchPattern(ctx, e) : undefined);
        const steps = first(ctx, ext);
        return steps.length ? steps : undefined;
      },
    };
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

/** An extension pattern (`_X.`, `_NXX`, `_[1-3]!`) that matches a literal extension. */
function matchPattern(ctx: Ctx, ext: string): Ext | undefined {
  for (const e of ctx.order) {
    if (!e.name.startsWith('_')) continue;
    const re = patternRe(e.name.slice(1));
    if (re && re.test(ext)) return e;
  }
  return undefined;
}
