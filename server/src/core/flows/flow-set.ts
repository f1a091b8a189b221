/**
 * Flow sets (ivr-formats.md §6): the script a policy names plus every workspace file it reaches
 * through references (TwiML `action` and `<Redirect>`, VoiceXML `next`, Connect `TransferToFlow`,
 * Archy `file#path`). The files are read breadth-first through the host's guarded reader and joined
 * into one flow, each step keeping the file that holds it, so every walk (the notice before the
 * recording, arming across files) and every path in related information crosses files unchanged.
 *
 * A file already in the set is not read again (a cycle is an edge); a reference that would pass the
 * budget of files or bytes, a URL with no `flows.url_base` prefix, a flow id with no `flows.ids`
 * entry, and a file that cannot be read stay external and are reported. A file that does not parse
 * keeps its own `flow-syntax` finding and stays external for the walk.
 */
import type { DialplanEntries, DialplanEntry, ExternalStep, FlowRef, IvrScript, Step, Words } from '../ivr/model';
import { baseName, type Span } from '../text';
import { entriesOf, successors } from '../ivr/flow';
import { resolveRef, type FlowSetOptions, type RefTarget, type Unresolved } from './flow-ref';
import { dialplanIncludes } from './words';

export type { FlowSetOptions, Unresolved };

/** What became of one followable reference, by its step in the joined flow. */
export type RefOutcome =
  | { kind: 'linked'; uri: string }
  /** The file was read but does not parse: its own `flow-syntax` finding says so; the walk stops here. */
  | { kind: 'broken'; uri: string }
  | ({ kind: 'unresolved' } & Unresolved);

export interface FlowSetMember {
  uri: string;
  script: IvrScript;
  text: string;
  /** Index of the member's step 0 in the joined flow. */
  offset: number;
}

export interface FlowSet {
  /** The joined flow: the root's steps first (same indexes), then each member's. */
  script: IvrScript;
  /** The files of the set, root first, in reading order (broken ones included: a change to them matters). */
  members: FlowSetMember[];
  /** Every followable reference, by its step index in `script`. */
  refs: Map<number, RefOutcome>;
  /** Where an unresolved reference is written (its file and its value's span), and what it does in words. */
  unresolved: { uri: string; span: Span; what: Words; returns: boolean; /** A `#include` line: the path it names (the report words it). */ include?: string; outcome: Extract<RefOutcome, { kind: 'unresolved' }> }[];
}

/** A file read for the set: the host's script load (announcement.ts's `ScriptLoad` has this shape). */
export type FileLoad = { ok: true; uri: string; script: IvrScript; text: string } | { ok: false; uri: string; reason: string; detail?: Words };

export interface FlowSetEnv {
  /** Read a file a reference names: `path` relative to the folder of `fromUri` (the host guards it). */
  load(fromUri: string, path: string): FileLoad;
}

export const DEFAULT_MAX_FILES = 100;
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** UTF-8 length without a Buffer (the core also runs in a browser). */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

/** True when the flow has a reference a set could follow (most flows have none: no set is built). */
export function hasFollowableRefs(script: IvrScript): boolean {
  return !!script.includes?.length || script.steps.some((s) => s.kind === 'external' && !!s.ref);
}

/** What following one reference came to, and where a linked one goes (member index and fragment). */
interface Followed { outcome: RefOutcome; to?: number; fragment?: string; /** The steps of `to` it enters, when known (a dialplan context). */ steps?: number[] }

/** Build the flow set of `root` (already read). Never throws on what the files hold; linear in their steps. */
export function linkFlowSet(root: { uri: string; script: IvrScript; text: string }, env: FlowSetEnv, opts: FlowSetOptions): FlowSet {
  const maxFiles = opts.maxFiles ?? DEFAULT_MAX_FILES;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  /** Every file read, root first; `joined` says whether its steps join the flow (a broken file's do not). */
  const files: { uri: string; script: IvrScript; text: string; joined: boolean }[] = [{ uri: root.uri, script: root.script, text: root.text, joined: true }];
  const byUri = new Map<string, number>([[root.uri, 0]]);
  let bytes = utf8Length(root.text);
  const followed: { file: number; local: number; f: Followed }[] = [];

  const follow = (fromUri: string, ref: FlowRef): Followed | undefined => {
    const target: RefTarget | undefined = resolveRef(fromUri, ref, opts);
    if (!target) return undefined; // no file reference (computed, another scheme): an ordinary external step
    if (target.kind === 'unresolved') return { outcome: { kind: 'unresolved', ...target.unresolved } };
    return admit(target.from, target.path, target.fragment);
  };
  /** Read a file into the set (once), within the budgets. */
  const admit = (from: string, path: string, fragment?: string): Followed => {
    const target = { from, path, fragment };
    const load = env.load(target.from, target.path);
    if (!load.ok) return { outcome: { kind: 'unresolved', why: 'unreadable', path: target.path, reason: load.reason, detail: load.detail } };
    let to = byUri.get(load.uri);
    if (to === undefined) {
      if (files.length + 1 > maxFiles) return { outcome: { kind: 'unresolved', why: 'max-files', limit: maxFiles } };
      const size = utf8Length(load.text);
      if (bytes + size > maxBytes) return { outcome: { kind: 'unresolved', why: 'max-bytes', limit: maxBytes } };
      bytes += size;
      to = files.length;
      files.push({ uri: load.uri, script: load.script, text: load.text, joined: load.script.errors.length === 0 });
      byUri.set(load.uri, to);
    }
    if (!files[to].joined) return { outcome: { kind: 'broken', uri: load.uri } };
    return { outcome: { kind: 'linked', uri: load.uri }, to, fragment: target.fragment };
  };

  // Breadth-first: `files` grows while it is walked. Dialplan jumps into other contexts wait until every included file is in.
  const contextRefs: { file: number; local: number; value: string }[] = [];
  const includeProblems: FlowSet['unresolved'] = [];
  for (let m = 0; m < files.length; m++) {
    const { uri, script, joined } = files[m];
    if (!joined) continue;
    script.steps.forEach((step, local) => {
      if (step.kind !== 'external' || !step.ref) return;
      if (step.ref.kind === 'context') { contextRefs.push({ file: m, local, value: step.ref.value }); return; }
      const f = follow(uri, step.ref);
      if (f) followed.push({ file: m, local, f });
    });
    for (const inc of script.includes ?? []) {
      const f = admit(uri, inc.path);
      if (f.outcome.kind === 'unresolved') includeProblems.push({ uri, span: inc.span, what: dialplanIncludes(inc.path), include: inc.path, returns: false, outcome: f.outcome });
    }
  }
  for (const c of contextRefs) {
    const [ctx] = c.value.split(',');
    let hit: { to: number; steps: number[] } | undefined;
    for (let m = 0; m < files.length && !hit; m++) {
      if (m === c.file || !files[m].joined) continue;
      const steps = files[m].script.dialplan?.resolve(c.value);
      if (steps?.length) hit = { to: m, steps };
    }
    followed.push({ file: c.file, local: c.local, f: hit ? { outcome: { kind: 'linked', uri: files[hit.to].uri }, to: hit.to, steps: hit.steps } : { outcome: { kind: 'unresolved', why: 'no-context', context: ctx } } });
  }
  const set = join(files, followed);
  for (const p of includeProblems) set.unresolved.push(p);
  return set;
}

/** The step a fragment names in a file (a VoiceXML dialog id, the `[refId]` of an Archy path), else its entries. */
function targetsIn(script: IvrScript, fragment: string | undefined): number[] {
  if (fragment) {
    const id = /\[([^\]]*)\]\s*$/.exec(fragment)?.[1] ?? fragment;
    const at = script.labels.get(id);
    if (at !== undefined) return [at];
  }
  return entriesOf(script);
}


/** Join the files into one flow: offsets per file, a linked reference becomes a node with an edge into its file. */
function join(files: { uri: string; script: IvrScript; text: string; joined: boolean }[], followed: { file: number; local: number; f: Followed }[]): FlowSet {
  const root = files[0].script;
  const offsets = new Map<number, number>();
  const steps: Step[] = [];
  const edges: number[][] = [];
  const edgeNotes: (Words | undefined)[][] = [];
  const prompts = new Map(root.prompts);
  const nodes = [...(root.nodes ?? [])];
  const members: FlowSetMember[] = [];
  files.forEach((file, m) => {
    if (!file.joined) {
      members.push({ uri: file.uri, script: file.script, text: file.text, offset: -1 });
      return;
    }
    const off = steps.length;
    offsets.set(m, off);
    members.push({ uri: file.uri, script: file.script, text: file.text, offset: off });
    const s = file.script;
    for (let i = 0; i < s.steps.length; i++) {
      const step = s.steps[i];
      steps.push(m === 0 || step.uri ? step : { ...step, uri: file.uri });
      edges.push(successors(s, i).map((t) => t + off));
      edgeNotes.push(s.edgeNotes?.[i] ? [...s.edgeNotes[i]] : []);
    }
    if (m > 0) {
      for (const [id, i] of s.prompts) if (!prompts.has(id)) prompts.set(id, i + off);
      for (const n of s.nodes ?? []) nodes.push({ ...n, first: n.first + off, prompts: n.prompts.map((p) => p + off), uri: file.uri });
    }
  });

  const refs = new Map<number, RefOutcome>();
  const unresolved: FlowSet['unresolved'] = [];
  const returnsTo = new Map<number, Set<number>>();
  for (const { file, local, f } of followed) {
    const g = offsets.get(file)! + local;
    const ext = files[file].script.steps[local] as ExternalStep;
    refs.set(g, f.outcome);
    if (f.outcome.kind === 'unresolved') {
      unresolved.push({ uri: files[file].uri, span: ext.targetSpan, what: ext.what, returns: ext.returns, outcome: f.outcome });
      continue;
    }
    if (f.outcome.kind !== 'linked' || f.to === undefined) continue;
    const off = offsets.get(f.to)!;
    const into = (f.steps ?? targetsIn(files[f.to].script, f.fragment)).map((t) => t + off);
    const node: Step = { kind: 'node', label: `${ext.label} → ${baseName(f.outcome.uri)}`, span: ext.span, line: ext.line, ...(file > 0 ? { uri: files[file].uri } : {}) };
    steps[g] = node;
    const after = edges[g];
    const afterNotes = edgeNotes[g];
    // A reference that continues elsewhere keeps its own other transitions (Connect's `Errors` of
    // `TransferToFlow`, legacy `Transfer` `Error`): a failed transfer stays in this flow (§3.2).
    edges[g] = ext.returns ? into : [...into, ...after];
    edgeNotes[g] = ext.returns ? into.map(() => undefined) : [...into.map(() => undefined), ...after.map((_, k) => afterNotes?.[k])];
    // A reference that returns (a module, a common task): the file's ends lead back to what follows it.
    if (ext.returns && after.length) {
      const set = returnsTo.get(f.to) ?? new Set<number>();
      for (const a of after) set.add(a);
      returnsTo.set(f.to, set);
    }
  }
  for (const [m, after] of returnsTo) {
    const off = offsets.get(m)!;
    const s = files[m].script;
    for (let i = 0; i < s.steps.length; i++) {
      const g = off + i;
      const st = steps[g];
      if (edges[g].length || st.kind === 'hangup' || st.kind === 'transfer' || (st.kind === 'external' && !st.returns)) continue;
      edges[g] = [...after];
      edgeNotes[g] = edges[g].map(() => undefined);
    }
  }
  const dialplan = joinDialplans(files, offsets);
  const entries = entriesOf(root).length || !dialplan ? entriesOf(root) : dialplan.assumed.flatMap((e) => e.steps);
  const script: IvrScript = { ...root, steps, edges, edgeNotes, prompts, entries, ...(root.nodes ? { nodes } : {}), ...(dialplan ? { dialplan } : {}) };
  return { script, members, refs, unresolved };
}

/**
 * The dialplan of a set of `#include`d files: `entry` may name a context of any of them (the root's
 * first); the entries assumed without `entry` are the root's, or, when the root defines none (an
 * `extensions.conf` that only includes), those of the files it includes.
 */
function joinDialplans(files: { uri: string; script: IvrScript; text: string; joined: boolean }[], offsets: Map<number, number>): DialplanEntries | undefined {
  const parts = files.flatMap((f, m) => (f.joined && f.script.dialplan ? [{ dp: f.script.dialplan, off: offsets.get(m)! }] : []));
  if (parts.length <= 1 || !files[0].script.dialplan) return files[0].script.dialplan;
  const shift = (e: DialplanEntry, off: number): DialplanEntry => ({ ...e, steps: e.steps.map((i) => i + off) });
  const own = parts[0].dp.assumed;
  return {
    assumed: own.length ? own : parts.slice(1).flatMap((p) => p.dp.assumed.map((e) => shift(e, p.off))),
    names: parts.flatMap((p) => p.dp.names),
    resolve(value: string): number[] | undefined {
      for (const p of parts) {
        const r = p.dp.resolve(value);
        if (r) return r.map((i) => i + p.off);
      }
      return undefined;
    },
  };
}
