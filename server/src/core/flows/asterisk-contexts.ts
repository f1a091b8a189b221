/**
 * The contexts of an Asterisk dialplan (ivr-formats.md §5.5) as the line walker finds them: each
 * context with its extensions in file order, each extension with its priorities (numbers, `n`, `+n`)
 * and labels, the contexts it includes, and the possible call entries (§4.6). A context may be opened
 * again further down the file: its lines add to the same context.
 */
import type { DialplanEntries, DialplanEntry } from '../ivr/model';
import type { Span } from '../text';
import { patternRe } from './asterisk-args';

/** One priority; `first` is its first step once the applications are mapped, `exits` the steps that go on to N+1. */
export interface Prio { num: number; label?: string; first: number; exits: number[]; line: number }
export interface Ext { name: string; nameSpan: Span; prios: Prio[]; byNum: Map<number, Prio>; byLabel: Map<string, Prio> }
export interface Ctx { name: string; span: Span; exts: Map<string, Ext>; order: Ext[]; includes: string[]; switches: Switch[] }
/**
 * A `switch =>` line: the extensions its context does not define are looked up on another server
 * (`IAX2/…`, `DUNDi/…`, `Realtime/…`), which reclint cannot see. `step` is its external step.
 */
export interface Switch { value: string; span: Span; ctx: string; step: number }

export class Contexts {
  readonly byName = new Map<string, Ctx>();
  readonly order: Ctx[] = [];
  /** Files named by `#include` / `#tryinclude` (not read here). */
  readonly includedFiles: string[] = [];
  /** The same, with where each name is written (a flow set reads them, ivr-formats.md §6). */
  readonly includes: { path: string; span: Span }[] = [];
  /** Contexts the file enters by Gosub, Macro or include (subroutines, not call entries). */
  readonly entered = new Set<string>();
  /** Contexts a Goto names: entered by a jump, so a call entry still if it has an `s` extension. */
  readonly gotoTargets = new Set<string>();

  /** The context of a `[name]` line: a new one, or the same one opened again. */
  context(name: string, span: Span): Ctx {
    let ctx = this.byName.get(name);
    if (!ctx) {
      ctx = { name, span, exts: new Map(), order: [], includes: [], switches: [] };
      this.byName.set(name, ctx);
      this.order.push(ctx);
    }
    return ctx;
  }

  include(ctx: Ctx, name: string): void {
    ctx.includes.push(name);
    this.entered.add(name);
  }

  switchLine(ctx: Ctx, value: string, span: Span): void {
    ctx.switches.push({ value, span, ctx: ctx.name, step: -1 });
  }

  /**
   * The switches a lookup in the context falls back on, in Asterisk's order: its own, then those of the
   * contexts it includes (an extension the file does not define may be served by any of them).
   */
  switchesOf(ctx: Ctx): Switch[] {
    const out: Switch[] = [];
    for (const c of this.lookupOrder(ctx)) for (const sw of c.switches) out.push(sw);
    return out;
  }

  /**
   * The contexts a lookup in `ctx` searches, in Asterisk's order: the context itself, then each context
   * it includes, depth first, each once (at most 1,000: include cycles end).
   */
  *lookupOrder(ctx: Ctx): Generator<Ctx> {
    const seen = new Set<string>();
    const stack = [ctx.name];
    while (stack.length && seen.size < 1000) {
      const name = stack.pop()!;
      if (seen.has(name)) continue;
      seen.add(name);
      const c = this.byName.get(name);
      if (!c) continue;
      yield c;
      for (let k = c.includes.length - 1; k >= 0; k--) stack.push(c.includes[k]);
    }
  }

  /**
   * The extension a lookup of `name` in the context finds, in Asterisk's order: the context's own
   * (exact, then patterns), then each context it includes, depth first; with the context that holds it.
   */
  findExtension(ctx: Ctx, name: string): { ctx: Ctx; ext: Ext } | undefined {
    for (const c of this.lookupOrder(ctx)) {
      const ext = c.exts.get(name) ?? matchPattern(c, name);
      if (ext) return { ctx: c, ext };
    }
    return undefined;
  }

  /** The extension of an `exten =>` line: a new one, or more priorities of one seen before. */
  extension(ctx: Ctx, name: string, nameSpan: Span): Ext {
    let ext = ctx.exts.get(name);
    if (!ext) {
      ext = { name, nameSpan, prios: [], byNum: new Map(), byLabel: new Map() };
      ctx.exts.set(name, ext);
      ctx.order.push(ext);
    }
    return ext;
  }

  /** A priority as written (`1`, `n`, `+2`, `s`) numbered after the extension's last one; the first of a number or label wins. */
  priority(ext: Ext, written: string, label: string | undefined, line: number): Prio {
    const prev = ext.prios.length ? ext.prios[ext.prios.length - 1].num : 0;
    const num = /^\d+$/.test(written) ? Number(written) : written.startsWith('+') ? prev + Number(written.slice(1)) : prev + 1;
    const prio: Prio = { num, label, first: -1, exits: [], line };
    ext.prios.push(prio);
    if (!ext.byNum.has(num)) ext.byNum.set(num, prio);
    if (label && !ext.byLabel.has(label)) ext.byLabel.set(label, prio);
    return prio;
  }

  /** Possible call entries (§4.6): contexts with an `s` extension that the file does not enter itself as a subroutine. */
  entryPoints(): DialplanEntries {
    const assumed: DialplanEntry[] = [];
    for (const ctx of this.order) {
      // A context has an `s` extension of its own or through an `include` (Asterisk looks it up there
      // too): `[default]` with only `include => demo` answers calls at demo's `s`.
      const s = this.findExtension(ctx, 's')?.ext;
      if (!s) continue;
      if (ctx.name.startsWith('macro-') || (this.entered.has(ctx.name) && !this.gotoTargets.has(ctx.name))) continue;
      assumed.push({ name: ctx.name, span: ctx.span, steps: firstStep(s) });
    }
    const ctxs = this.byName;
    const switchesOf = (ctx: Ctx) => this.switchesOf(ctx);
    const find = (ctx: Ctx, name: string) => this.findExtension(ctx, name)?.ext;
    const lookup = (ctx: Ctx) => [...this.lookupOrder(ctx)];
    return {
      assumed,
      names: this.order.map((c) => c.name),
      resolve(value: string): number[] | undefined {
        const [c, e, prio] = value.split(',').map((x) => x.trim());
        const ctx = ctxs.get(c);
        if (!ctx) return undefined;
        const ext = find(ctx, e ?? 's');
        // A priority (a Goto from another file of a flow set): by number or label, else nothing.
        if (ext && prio !== undefined && prio !== '1') {
          const p = /^\d+$/.test(prio) ? ext.byNum.get(Number(prio)) : ext.byLabel.get(prio);
          return p && p.first >= 0 ? [p.first] : undefined;
        }
        const steps = firstStep(ext);
        if (steps.length) return steps;
        // An extension the file does not define, in a context with a switch: it may be on the other server.
        const remote = ext ? [] : switchesOf(ctx).map((sw) => sw.step).filter((i) => i >= 0);
        if (remote.length) return remote;
        // `entry: ctx` on a context without `s` (nor a switch that may hold it): calls arrive with the
        // number dialled (a DID, `_X.`), which the trunk sets, so each extension one can dial is an entry.
        if (e === undefined && !ext) {
          const all = lookup(ctx).flatMap((c) => c.order).filter((x) => !SPECIAL_EXTENSIONS.has(x.name)).flatMap((x) => firstStep(x));
          if (all.length) return all;
        }
        return undefined;
      },
    };
  }
}

/** Extensions Asterisk runs itself (hang-up, invalid key, time-outs, exceptions, operator and `*` exits), never dialled. */
const SPECIAL_EXTENSIONS = new Set(['h', 'i', 't', 'T', 'e', 'o', 'a', 'fax', 'talk']);

/** The first step of an extension: its priority 1, else its first priority. */
export function firstStep(ext: Ext | undefined): number[] {
  const p = ext ? ext.byNum.get(1) ?? ext.prios[0] : undefined;
  return p && p.first >= 0 ? [p.first] : [];
}

/** An extension pattern (`_X.`, `_NXX`, `_[1-3]!`) that matches a literal extension. */
export function matchPattern(ctx: Ctx, ext: string): Ext | undefined {
  for (const e of ctx.order) {
    if (!e.name.startsWith('_')) continue;
    const re = patternRe(e.name.slice(1));
    if (re && re.test(ext)) return e;
  }
  return undefined;
}
