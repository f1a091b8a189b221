/**
 * Steps and paths in words, for messages and related information: a flow step by its node (`melding`
 * l.31, `<Gather>` l.9), an `.ivr` step by its keyword; a path one node at a time, each with the key or
 * condition that led there.
 */
import type { FlowNode, IvrScript, Step, Words } from './model';
import { wordsIn } from '../flows/words';
import { text } from '../i18n/catalog';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import { word } from '../i18n/words';
import { baseName } from '../text';

/** An `.ivr` step as written. */
export function describeIvrStep(s: Step): string {
  switch (s.kind) {
    case 'label': return `${s.name}:`;
    case 'say': case 'consent': return `${s.kind}${s.id ? ` ${s.id}` : ''}`;
    case 'record': return `record ${s.action}`;
    case 'menu': return 'menu';
    case 'goto': return `goto ${s.label}`;
    case 'transfer': return `transfer ${s.target}`;
    case 'hangup': return 'hangup';
    case 'lang': return `lang ${s.code}`;
    case 'branch': case 'external': case 'node': return s.label;
  }
}

/** The node each step belongs to (nodes hold consecutive steps from their `first`). */
export function nodeOfStep(script: IvrScript): (i: number) => FlowNode | undefined {
  const nodes = script.nodes ?? [];
  const owner = new Int32Array(script.steps.length).fill(-1);
  nodes.forEach((n, k) => {
    const end = k + 1 < nodes.length ? nodes[k + 1].first : script.steps.length;
    for (let i = n.first; i < end; i++) owner[i] = k;
  });
  return (i) => (owner[i] >= 0 ? nodes[owner[i]] : undefined);
}

/** A flow node in words: its id in backticks, or its kind (`<Say>`). */
export function nodeName(n: FlowNode): string {
  return n.id !== undefined ? `\`${n.id}\`` : `\`${n.kind}\``;
}

/** The note of the edge from → to (a key, a condition), if the reader gave one. */
export function edgeNote(script: IvrScript, from: number, to: number): Words | undefined {
  const k = script.edges?.[from]?.indexOf(to) ?? -1;
  return k >= 0 ? script.edgeNotes?.[from]?.[k] : undefined;
}

export interface PathStop { step: number; node?: FlowNode; note?: Words; text: string }

/** A path, one stop per node (flows) or per step (`.ivr`), each with the edge note that led to it, in `locale`. */
export function pathStops(script: IvrScript, path: readonly number[], locale: Locale = DEFAULT_LOCALE): PathStop[] {
  if (!script.nodes) return path.map((i) => ({ step: i, text: `${word(locale, 'line', { n: script.steps[i].line + 1 })} (${describeIvrStep(script.steps[i])})` }));
  const nodeOf = nodeOfStep(script);
  const out: PathStop[] = [];
  let prev: FlowNode | undefined;
  let prevFile: string | undefined;
  for (let k = 0; k < path.length; k++) {
    const i = path[k];
    const node = nodeOf(i);
    const note = k > 0 ? edgeNote(script, path[k - 1], i) : undefined;
    if (node && node === prev) {
      if (note && out.length) out[out.length - 1].note ??= note;
      continue;
    }
    prev = node;
    const line = script.steps[i].line + 1;
    // A flow set crosses files: a stop in another file than the one before it names its file.
    const file = script.steps[i].uri;
    const name = node ? nodeName(node) : describeIvrStep(script.steps[i]);
    const inFile = k > 0 && file !== prevFile;
    prevFile = file;
    out.push({ step: i, node, note, text: inFile ? text(locale, 'flow.path.stopInFile', { name, line, file: baseName(file ?? script.uri) }) : text(locale, 'flow.path.stop', { name, line }) });
  }
  // A note belongs to the stop it leads out of, as a caller reads it: `menu` l.18 (key 2) → …
  const shown: PathStop[] = out.map((s) => ({ ...s }));
  for (let k = 0; k < shown.length; k++) {
    const next = out[k + 1];
    shown[k].text = next?.note ? `${shown[k].text} (${wordsIn(locale, next.note)})` : shown[k].text;
  }
  return shown;
}
