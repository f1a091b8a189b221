/**
 * Spoken text of an XML element with mixed content (VoiceXML prompts and blocks), built from its
 * children with an explicit stack: text and CDATA as written (entities decoded), SSML-like children by
 * their text, `<sub alias>` by its alias, `<break>` a space, `<value expr>` a dynamic range whose
 * characters are the expression's own (ivr-formats.md §3.5), `<audio>` its fallback content, if any.
 */
import type { DynamicRange, PromptText } from '../ivr/model';
import type { Span } from '../text';
import { rawSlice, stripMarkup, type Mapped } from './prompt-text';
import { attr, localName, type XmlElement, type XmlText } from './xml';

export interface MixedText {
  mapped: Mapped;
  dynamic: DynamicRange[];
  /** `<audio src>` references met, with the span of their `src` value. */
  audio: { src: string; span: Span; fallback: boolean }[];
  /** True when some literal text (not from an `<audio>` fallback) was met. */
  literal: boolean;
}

const SPACE = new Set(['break', 'mark', 'enumerate', 'reprompt']);
const SKIP = new Set(['grammar', 'metadata', 'meta', 'script', 'var', 'assign', 'log', 'property', 'catch', 'help', 'noinput', 'nomatch', 'error', 'filled', 'option', 'choice', 'throw', 'clear', 'goto', 'submit', 'if', 'else', 'elseif', 'disconnect', 'exit', 'return', 'foreach', 'data', 'cancel', 'prompt']);

/** The mixed content of `nodes` (children of one element, or a run of a block's children). */
export function mixedText(src: string, nodes: (XmlElement | XmlText | { kind: 'comment' })[]): MixedText {
  const text: string[] = [];
  const offs: number[] = [];
  const dynamic: DynamicRange[] = [];
  const audio: MixedText['audio'] = [];
  let literal = false;
  let len = 0;
  const pushMapped = (m: Mapped) => {
    text.push(m.text);
    for (let i = 0; i < m.text.length; i++) offs.push(m.offs ? m.offs[i] : m.base + i);
    len += m.text.length;
  };
  const space = (at: number) => { text.push(' '); offs.push(at); len++; };
  type N = XmlElement | XmlText | { kind: 'comment' };
  const stack: { n: N; inAudio: boolean }[] = [];
  for (let k = nodes.length - 1; k >= 0; k--) stack.push({ n: nodes[k], inAudio: false });
  let end = 0;
  while (stack.length) {
    const top = stack.pop()!;
    const inAudio = top.inAudio;
    if (top.n.kind === 'comment') continue;
    if (top.n.kind === 'text' || top.n.kind === 'cdata') {
      const n = top.n as XmlText;
      const m = n.kind === 'cdata' ? rawSlice(src, n.start, n.end) : stripMarkup(rawSlice(src, n.start, n.end));
      if (/\S/.test(m.text) && !inAudio) literal = true;
      pushMapped(m);
      end = n.end;
      continue;
    }
    const n = top.n as XmlElement;
    const name = localName(n);
    if (name === 'value') {
      const e = attr(n, 'expr');
      if (e) {
        const start = len;
        pushMapped(rawSlice(src, e.valueSpan.start, e.valueSpan.end));
        dynamic.push({ start, end: len, expr: e.value });
      } else space(n.start);
      end = n.end;
      continue;
    }
    if (SPACE.has(name)) { space(n.start); end = n.end; continue; }
    if (SKIP.has(name)) continue;
    if (name === 'sub') {
      const alias = attr(n, 'alias');
      if (alias) { pushMapped(stripMarkup(rawSlice(src, alias.valueSpan.start, alias.valueSpan.end))); literal = literal || (!inAudio && /\S/.test(alias.value)); end = n.end; continue; }
    }
    let audioHere = inAudio;
    if (name === 'audio') {
      const s = attr(n, 'src') ?? attr(n, 'expr');
      const fallback = n.children.some((c) => (c.kind === 'text' && /\S/.test(src.slice(c.start, c.end))) || c.kind === 'element');
      if (s) audio.push({ src: s.value, span: s.valueSpan, fallback });
      space(n.start);
      audioHere = true;
    }
    for (let k = n.children.length - 1; k >= 0; k--) {
      const c = n.children[k];
      stack.push({ n: c as N, inAudio: audioHere });
    }
  }
  const last = offs.length ? offs[offs.length - 1] + 1 : end;
  return { mapped: { text: text.join(''), offs, base: offs[0] ?? last, end: last }, dynamic, audio, literal };
}

/** Dynamic ranges found before folding, moved onto the folded prompt text by their source offsets. */
export function foldDynamic(m: Mapped, dynamic: DynamicRange[], p: PromptText): DynamicRange[] {
  if (!dynamic.length) return [];
  const out: DynamicRange[] = [];
  const at = (i: number) => (m.offs ? m.offs[i] : m.base + i);
  for (const d of dynamic) {
    if (d.end <= d.start) continue;
    const s = at(d.start);
    const e = at(d.end - 1) + 1;
    let a = -1;
    let z = -1;
    for (let i = 0; i < p.text.length; i++) {
      const o = p.sourceOffsets[i];
      if (o >= s && o < e) { if (a < 0) a = i; z = i + 1; }
    }
    if (a >= 0) out.push({ start: a, end: z, expr: d.expr });
  }
  return out;
}
