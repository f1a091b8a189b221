/**
 * The call-flow graph of a parsed `.ivr` script and the walks the ordering rules need.
 *
 * Nodes are step indexes; the entry is step 0. Edges:
 * - every step falls through to the next one, except the ones below;
 * - `goto x` → the step of label `x` only (no successor when the label is undefined: the parser
 *   already reported it, and guessing a target would invent paths);
 * - `menu` → each option's label (in option order, duplicates once), then the next step. The
 *   fall-through stands for "no key, a wrong key, or a timeout": scripts put their
 *   "invalid choice" handling right after the menu (`say "Sorry." / goto main`), so that code is
 *   reachable, and a caller who presses nothing can really get there;
 * - `consent` falls through whatever the caller presses (the script has no branch on it);
 * - `transfer` and `hangup` end the path; so does the last step.
 *
 * All walks are breadth-first with a visited set: linear in steps plus edges, cycles terminate.
 */
import type { IvrScript } from './model';

/** Successor step indexes of step `i` (empty for an index out of range). */
export function successors(script: IvrScript, i: number): number[] {
  if (script.edges) return script.edges[i] ?? [];
  const steps = script.steps;
  const step = steps[i];
  if (!step) return [];
  const next = i + 1 < steps.length ? [i + 1] : [];
  switch (step.kind) {
    case 'goto': {
      const t = script.labels.get(step.label);
      return t === undefined ? [] : [t];
    }
    case 'menu': {
      const seen = new Set<number>();
      for (const o of step.options) {
        const t = script.labels.get(o.label);
        if (t !== undefined) seen.add(t);
      }
      if (next.length) seen.add(next[0]);
      return [...seen];
    }
    case 'transfer':
    case 'hangup':
      return [];
    default:
      return next;
  }
}

/** The whole graph at once: `succ[i]` are the successors of step i. */
export interface CallFlow {
  entry: number;
  succ: number[][];
}

export function buildFlow(script: IvrScript): CallFlow {
  const succ: number[][] = [];
  for (let i = 0; i < script.steps.length; i++) succ.push(successors(script, i));
  return { entry: entriesOf(script)[0] ?? 0, succ };
}

/** Where calls enter: a flow's entries, or step 0 of an `.ivr` script. */
export function entriesOf(script: IvrScript): number[] {
  return script.entries ?? (script.steps.length ? [0] : []);
}

/**
 * Breadth-first walk from the entry that never enters a blocked step.
 * Returns `parent[i]`: -1 for the entry, -2 for a step not reached, else the step it was reached from.
 */
function walk(script: IvrScript, isBlocked: (i: number) => boolean): Int32Array {
  const n = script.steps.length;
  const parent = new Int32Array(n).fill(-2);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (const e of entriesOf(script)) {
    if (parent[e] !== -2 || isBlocked(e)) continue;
    parent[e] = -1;
    queue[tail++] = e;
  }
  while (head < tail) {
    const i = queue[head++];
    for (const j of successors(script, i)) {
      if (parent[j] !== -2 || isBlocked(j)) continue;
      parent[j] = i;
      queue[tail++] = j;
    }
  }
  return parent;
}

/** reachable[i]: a caller can get to step i from the entry. */
export function reachable(script: IvrScript): boolean[] {
  const parent = walk(script, () => false);
  return Array.from(parent, (p) => p !== -2);
}

export interface PathToTarget {
  target: number;
  /** Step indexes from the entry (0) to the target, both included; a shortest such path. */
  readonly path: number[];
}

/**
 * Every target step a caller can reach from the entry without passing a blocked step, each with
 * one shortest path. A blocked step is never entered, so it is never a target itself; the walk
 * does go on past a target (a later `record start` counts too). Targets come in step order.
 *
 * Used by announcement-after-recording: targets are `record start`, blocked are the notice
 * prompts. The walk is linear; each `path` is built when first read (and kept), so a caller that
 * reads only some paths does not pay for all of them.
 */
export function pathsReaching(
  script: IvrScript,
  isTarget: (i: number) => boolean,
  isBlocked: (i: number) => boolean,
): PathToTarget[] {
  const parent = walk(script, isBlocked);
  const out: PathToTarget[] = [];
  for (let t = 0; t < parent.length; t++) {
    if (parent[t] === -2 || !isTarget(t)) continue;
    let cached: number[] | undefined;
    out.push({
      target: t,
      get path(): number[] {
        if (!cached) {
          const p: number[] = [];
          for (let i = t; i !== -1; i = parent[i]) p.push(i);
          cached = p.reverse();
        }
        return cached;
      },
    });
  }
  return out;
}
