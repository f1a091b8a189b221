/**
 * Builds the step model of a flow (ivr/model.ts) from a reader's nodes: steps with explicit edges,
 * edges to node ids resolved at the end, entries, and each prompt's language taken from the first
 * path that reaches it (ivr-formats.md §3.3). Readers add steps in file order; nothing here recurses.
 */
import type { FlowFormat, FlowNode, IvrScript, IvrSyntaxError, Step, Words } from '../ivr/model';
import { lineIndexOf, type LineIndex, type Span } from '../text';

/** A step as a reader gives it: everything but the line, which the builder computes. */
export type NewStep = Step extends infer S ? (S extends Step ? Omit<S, 'line'> : never) : never;

export class FlowBuilder {
  readonly steps: Step[] = [];
  readonly edges: number[][] = [];
  readonly notes: (Words | undefined)[][] = [];
  readonly nodes: FlowNode[] = [];
  readonly errors: IvrSyntaxError[] = [];
  readonly unknownTypes: { type: string; span: Span }[] = [];
  private readonly unknownSeen = new Set<string>();
  private readonly byId = new Map<string, number>();
  private readonly prompts = new Map<string, number>();
  private readonly labels = new Map<string, number>();
  private readonly pending: { from: number; id: string; note?: Words }[] = [];
  private readonly lines: LineIndex;

  constructor(readonly uri: string, readonly text: string, readonly format: FlowFormat) {
    this.lines = lineIndexOf(text);
  }

  lineOf(offset: number): number {
    return this.lines.positionAt(offset).line;
  }

  /** Adds a step; returns its index. */
  add(step: NewStep): number {
    const i = this.steps.length;
    // The reader's object itself, with its line: a spread here is V8's slow clone path, per step.
    const s = step as Step;
    s.line = this.lineOf(step.span.start);
    this.steps.push(s);
    this.edges.push([]);
    this.notes.push([]);
    return i;
  }

  /** Starts a node: a `label` step named by its id (when it has one) at the id's span. */
  node(id: string | undefined, idSpan: Span | undefined, kind: string, span: Span, kindSpan: Span): FlowNode {
    const first = this.steps.length;
    if (id !== undefined && idSpan) {
      const at = this.add({ kind: 'label', name: id, nameSpan: idSpan, span: idSpan });
      if (!this.byId.has(id)) this.byId.set(id, at);
      if (!this.labels.has(id)) this.labels.set(id, at);
    }
    const n: FlowNode = { id, kind, span, kindSpan, first, prompts: [] };
    this.nodes.push(n);
    return n;
  }

  /** A prompt step inside a node (for `announcement.prompt` by node id). */
  promptOf(node: FlowNode, index: number): void {
    node.prompts.push(index);
    if (node.id !== undefined && !this.prompts.has(node.id)) this.prompts.set(node.id, index);
  }

  /** An edge, with the words of its key or condition (flows/words.ts) when it has one. */
  edge(from: number, to: number, note?: Words): void {
    if (from < 0 || to < 0 || from >= this.steps.length) return;
    if (this.edges[from].includes(to)) return;
    this.edges[from].push(to);
    this.notes[from].push(note);
  }

  /** An edge to the node with this id, resolved when the flow is finished (no edge when no node has it). */
  edgeTo(from: number, id: string, note?: Words): void {
    this.pending.push({ from, id, note });
  }

  /** Links steps a → b → c … in order (a node's own sequence). */
  chain(indexes: number[]): void {
    for (let k = 1; k < indexes.length; k++) this.edge(indexes[k - 1], indexes[k]);
  }

  /**
   * A node that plays and records nothing (set attributes, run a function): the walk passes through it;
   * a type the format does not publish (not in `known`) is listed once per file.
   */
  passThrough(type: string, span: Span, known: ReadonlySet<string>): number {
    if (!known.has(type)) this.unknownType(type, span);
    return this.add({ kind: 'node', label: type, span });
  }

  /** Once per file and type: a node type the format does not publish (the walk passes through it). */
  unknownType(type: string, span: Span): void {
    if (this.unknownSeen.has(type)) return;
    this.unknownSeen.add(type);
    this.unknownTypes.push({ type, span });
  }

  stepOfId(id: string): number | undefined {
    return this.byId.get(id);
  }

  /** The entry a format names by node id (Connect `StartAction`, `start`): none when no node has it. */
  entryById(id: string | undefined): number[] {
    const at = id !== undefined ? this.byId.get(id) : undefined;
    return at !== undefined ? [at] : [];
  }

  error(span: Span, message: string): void {
    this.errors.push({ span, message });
  }

  finish(entries: number[], comments: IvrScript['comments'] = []): IvrScript {
    for (const p of this.pending) {
      const to = this.byId.get(p.id);
      if (to !== undefined) this.edge(p.from, to, p.note);
    }
    const script: IvrScript = {
      uri: this.uri,
      format: this.format,
      steps: this.steps,
      comments,
      errors: this.errors,
      labels: this.labels,
      prompts: this.prompts,
      edges: this.edges,
      edgeNotes: this.notes,
      entries: [...new Set(entries.filter((e) => e >= 0 && e < this.steps.length))],
      nodes: this.nodes,
      unknownTypes: this.unknownTypes,
    };
    assignLanguages(script);
    return script;
  }
}

/** Appends every item, one by one: a spread into `push` of an unbounded list can overflow the stack. */
export function append<T>(to: T[], items: readonly T[]): void {
  for (const x of items) to.push(x);
}

/** A flow that could not be read: no steps, its errors. */
export function unreadFlow(uri: string, format: FlowFormat, errors: IvrSyntaxError[]): IvrScript {
  return { uri, format, steps: [], comments: [], errors, labels: new Map(), prompts: new Map(), edges: [], edgeNotes: [], entries: [], nodes: [], unknownTypes: [] };
}

/**
 * A prompt with no language of its own takes the language in force on the first path that reaches it,
 * breadth-first from the entries: the last `lang` step passed on the way.
 */
function assignLanguages(script: IvrScript): void {
  const n = script.steps.length;
  const seen = new Uint8Array(n);
  const langAt: (string | undefined)[] = new Array(n);
  const queue: number[] = [];
  for (const e of script.entries ?? []) {
    if (seen[e]) continue;
    seen[e] = 1;
    langAt[e] = undefined;
    queue.push(e);
  }
  for (let head = 0; head < queue.length; head++) {
    const i = queue[head];
    const s = script.steps[i];
    let lang = langAt[i];
    if (s.kind === 'lang') lang = s.code;
    if ((s.kind === 'say' || s.kind === 'consent') && s.lang === undefined && lang !== undefined) s.lang = lang;
    for (const j of script.edges![i]) {
      if (seen[j]) continue;
      seen[j] = 1;
      langAt[j] = lang;
      queue.push(j);
    }
  }
}
