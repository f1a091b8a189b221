/**
 * Resolving the jumps of an Asterisk dialplan (ivr-formats.md §5.5) once every priority has its steps:
 * `Goto`/`GotoIf` targets `[[context,]exten,]priority` (a number or a label, extension patterns too),
 * `Gosub`/`Macro` into a subroutine and its `Return` back to the priority after the call, the menus of
 * `Background`/`WaitExten` (the context's one-key extensions, `i`, `t`), and the fall-through from
 * priority N to N+1. A target that is computed or not in the file is an external step.
 */
import type { FlowRef, Words } from '../ivr/model';
import type { Span } from '../text';
import type { FlowBuilder } from './builder';
import { splitTop } from './asterisk-args';
import { type Contexts, type Ctx, type Ext, type Prio, type Switch } from './asterisk-contexts';
import * as W from './words';

export interface Jump { from: number; ctx: Ctx; ext: Ext; prio: Prio; spec: string; span: Span; how: 'goto' | 'gosub' }

export class Jumps {
  readonly jumps: Jump[] = [];
  /** `Return`/`MacroExit` steps (and the last priorities of `macro-*` contexts), by their context. */
  readonly returns: { ctx: string; from: number }[] = [];
  readonly menus: { menu: number; ctx: Ctx; next: () => number | undefined }[] = [];
  private readonly gosubSites: { ctx: string; ext: Ext; num: number }[] = [];

  constructor(readonly b: FlowBuilder, readonly dp: Contexts) {}

  /** Every edge between priorities, in this order: jumps, fall-through, menus, returns. */
  wire(): void {
    const b = this.b;
    this.resolveJumps();
    this.switchSteps();
    // Fall-through: priority N continues at N+1 of its extension.
    for (const ctx of this.dp.order) for (const ext of ctx.order) {
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
    for (const r of this.returns) for (const to of backs.get(r.ctx) ?? []) if (budget-- > 0) b.edge(r.from, to, W.afterSubroutine());
  }

  /**
   * One external step per `switch =>` line: the extensions its context does not define are served by
   * another server, which reclint cannot see. Menus of the context lead to it (a key the file does not
   * define), and so does an `entry` naming such an extension; nothing is known of what happens there.
   */
  private switchSteps(): void {
    for (const ctx of this.dp.order) for (const sw of ctx.switches) {
      sw.step = this.b.add({ kind: 'external', label: 'switch', target: sw.value, targetSpan: sw.span, span: sw.span, returns: false, what: W.switchServes(ctx.name, sw.value) });
    }
  }

  /** The context's one-key extensions (its includes too), then `i` and `t`, the switches, and the next priority. */
  private menuEdges(menu: number, ctx: Ctx, next: number | undefined): void {
    const b = this.b;
    const step = b.steps[menu];
    const keys: { key: string; ext: Ext }[] = [];
    const special: { key: string; ext: Ext }[] = [];
    const switches: Switch[] = [];
    for (const c of this.dp.lookupOrder(ctx)) {
      for (const e of c.order) {
        if (/^[0-9*#]$/.test(e.name)) { if (!keys.some((k) => k.key === e.name)) keys.push({ key: e.name, ext: e }); }
        else if ((e.name === 'i' || e.name === 't') && !special.some((k) => k.key === e.name)) special.push({ key: e.name, ext: e });
      }
      for (const sw of c.switches) switches.push(sw);
    }
    for (const k of keys) {
      const first = k.ext.byNum.get(1)?.first ?? k.ext.prios[0]?.first;
      if (first === undefined || first < 0) continue;
      b.edge(menu, first, W.key(k.key));
      if (step.kind === 'menu') step.options.push({ key: k.key, label: k.ext.name, keySpan: k.ext.nameSpan, labelSpan: k.ext.nameSpan });
    }
    for (const k of special) {
      const first = k.ext.byNum.get(1)?.first ?? k.ext.prios[0]?.first;
      if (first !== undefined && first >= 0) b.edge(menu, first, k.key === 'i' ? W.wrongKey() : W.noKeyTimeout());
    }
    for (const sw of switches) if (sw.step >= 0) b.edge(menu, sw.step, W.keyToSwitch(ctx.name, sw.value));
    if (next !== undefined && next >= 0) b.edge(menu, next, W.noKey());
  }

  /** Goto/Gosub targets: `[[context,]exten,]priority`, priority a number or a label. */
  private resolveJumps(): void {
    const b = this.b;
    const dp = this.dp;
    for (const j of this.jumps) {
      const parts = splitTop(j.spec, 0, 3).map((p) => p.text.trim());
      const computed = /\$\{|\$\[/.test(j.spec);
      let ctx = j.ctx;
      let extName = j.ext.name;
      const prio = parts[parts.length - 1] ?? '1';
      if (parts.length >= 3) { ctx = dp.byName.get(parts[0])!; extName = parts[1]; }
      else if (parts.length === 2) extName = parts[0];
      if (j.how === 'gosub' && parts.length >= 3) dp.entered.add(parts[0]);
      if (j.how === 'goto' && parts.length >= 3) dp.gotoTargets.add(parts[0]);
      const unresolved = (why: Words, ref?: FlowRef) => {
        const ext = b.add({ kind: 'external', label: j.how === 'gosub' ? 'Gosub' : 'Goto', target: j.spec, targetSpan: j.span, span: j.span, returns: j.how === 'gosub', what: why, ...(ref ? { ref } : {}) });
        // An unresolved Gosub returns: the priority still falls through to the next one.
        b.edge(j.from, ext);
      };
      if (computed) { unresolved(W.jumpComputed(j.spec)); continue; }
      if (!ctx) {
        const inc = dp.includedFiles.length ? dp.includedFiles.map((f) => `\`${f}\``).join(', ') : undefined;
        // A flow set looks the context up in the files this one `#include`s (ivr-formats.md §6).
        unresolved(W.contextNotInFile(parts[0], inc), dp.includes.length ? { kind: 'context', value: `${parts[0]},${extName},${prio}` } : undefined);
        continue;
      }
      // A context with a switch hands what it does not define to another server.
      const target = ctx;
      const remote = () => {
        const sw = dp.switchesOf(target);
        return sw.length ? W.handedToSwitch(target.name, sw[0].value, sw.length > 1) : W.notDefined();
      };
      // The context's own extension, else one of a context it includes (`include =>`), as Asterisk looks it up.
      const found = dp.findExtension(ctx, extName);
      const ext = found?.ext;
      if (!ext) { unresolved(W.noSuchExtension(extName, ctx.name, remote())); continue; }
      ctx = found.ctx;
      const p = /^\d+$/.test(prio) ? ext.byNum.get(Number(prio)) : ext.byLabel.get(prio);
      if (!p || p.first < 0) { unresolved(W.noSuchPriority(prio, `${ctx.name},${ext.name}`, remote())); continue; }
      b.edge(j.from, p.first, j.how === 'gosub' ? W.intoSubroutine() : undefined);
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
}
