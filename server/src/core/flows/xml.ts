/**
 * Reading an XML flow (TwiML; VoiceXML and FreeSWITCH in stage 2): saxes checks well-formedness and
 * gives positions (UTF-16, raw offsets); this builds a small span-keeping element tree with an explicit
 * stack. Checks of ivr-formats.md §4.7 of its own: a `&` that begins no reference, an entity other than
 * the five predefined ones (a DTD is allowed and ignored; nothing is fetched or expanded), nesting over
 * 200 levels, an encoding other than UTF-8. Only the earliest problem is kept.
 */
import { SaxesParser } from 'saxes';
import type { IvrSyntaxError } from '../ivr/model';
import type { Span } from '../text';

export interface XmlAttr { name: string; value: string; nameSpan: Span; valueSpan: Span }
export interface XmlText { kind: 'text' | 'cdata'; start: number; end: number }
export interface XmlComment { kind: 'comment'; text: string; start: number; end: number }
export interface XmlElement {
  kind: 'element';
  name: string;
  /** Offset of `<`. */
  start: number;
  nameSpan: Span;
  /** Just past the start tag's `>`. */
  openEnd: number;
  /** Offset of the end tag's `<` (= openEnd for `<x/>`). */
  closeStart: number;
  /** Just past the element. */
  end: number;
  attrs: XmlAttr[];
  children: (XmlElement | XmlText | XmlComment)[];
  parent?: XmlElement;
}
export interface XmlDoc { root?: XmlElement; comments: XmlComment[]; error?: IvrSyntaxError }

export const MAX_XML_DEPTH = 200;
const STOP = Symbol('stop');

/**
 * `fragment`: the text is a piece the platform pastes into a bigger document (a FreeSWITCH dialplan file
 * its `X-PRE-PROCESS include` reads): several top-level elements, and an XML declaration after a
 * comment, are allowed; the top-level elements become the children of one `<include>` root.
 */
export function readXml(text: string, opts: { fragment?: boolean } = {}): XmlDoc {
  const comments: XmlComment[] = [];
  let error: IvrSyntaxError | undefined;
  const fail = (at: number, message: string) => {
    const start = Math.max(0, Math.min(at, text.length));
    if (!error || start < error.span.start) error = { span: { start, end: Math.min(text.length, start + 1) }, message };
  };
  const amp = ampersandProblem(text);
  if (amp) {
    fail(amp.at, amp.message);
    if (error?.span.start === amp.at) error = { ...error, span: { start: amp.at, end: amp.at + amp.length } };
  }

  const p = new SaxesParser({ position: true, fragment: !!opts.fragment });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  if (opts.fragment) {
    root = { kind: 'element', name: 'include', start: 0, nameSpan: { start: 0, end: 0 }, openEnd: 0, closeStart: text.length, end: text.length, attrs: [], children: [] };
    stack.push(root);
  }
  let boundary = 0;
  let pendingAttrs: XmlAttr[] = [];
  let tooDeep = false;
  p.on('xmldecl', (d) => {
    boundary = p.position;
    const enc = d.encoding?.toLowerCase();
    if (enc && enc !== 'utf-8' && enc !== 'utf8' && enc !== 'us-ascii' && enc !== 'ascii') {
      const at = text.lastIndexOf(d.encoding!, p.position);
      fail(at, `The document declares the encoding "${d.encoding}"; reclint reads flows as UTF-8. Save the file as UTF-8 and declare encoding="UTF-8".`);
    }
  });
  p.on('attribute', (a) => {
    const close = p.position - 1;
    const q = text[close];
    const open = text.lastIndexOf(q, close - 1);
    let k = open - 1;
    while (k > 0 && /[\s=]/.test(text[k])) k--;
    const nameEnd = k + 1;
    pendingAttrs.push({ name: a.name, value: a.value, nameSpan: { start: nameEnd - a.name.length, end: nameEnd }, valueSpan: { start: open + 1, end: close } });
  });
  p.on('opentag', (t) => {
    const start = text.lastIndexOf('<', p.position - 1);
    const el: XmlElement = {
      kind: 'element', name: t.name, start, nameSpan: { start: start + 1, end: start + 1 + t.name.length }, openEnd: p.position,
      closeStart: p.position, end: p.position, attrs: pendingAttrs, children: [], parent: stack[stack.length - 1],
    };
    pendingAttrs = [];
    boundary = p.position;
    if (stack.length >= MAX_XML_DEPTH) {
      if (!tooDeep) {
        fail(start, `The document nests deeper than ${MAX_XML_DEPTH} elements here; reclint reads no flow this deep.`);
        if (error?.span.start === start) error = { ...error, span: { start, end: el.nameSpan.end } };
      }
      tooDeep = true;
      throw STOP;
    }
    if (el.parent) el.parent.children.push(el);
    else if (!root) root = el;
    stack.push(el);
    if (t.isSelfClosing) stack.pop();
  });
  p.on('closetag', (t) => {
    boundary = p.position;
    if (t.isSelfClosing) return;
    const el = stack.pop();
    if (!el) return;
    el.closeStart = text.lastIndexOf('<', p.position - 1);
    el.end = p.position;
  });
  p.on('text', () => {
    const end = text[p.position - 1] === '<' ? p.position - 1 : p.position;
    const parent = stack[stack.length - 1];
    if (parent && end > boundary) parent.children.push({ kind: 'text', start: boundary, end });
    boundary = end;
  });
  p.on('cdata', () => {
    const start = text.lastIndexOf('<![CDATA[', p.position);
    stack[stack.length - 1]?.children.push({ kind: 'cdata', start: start + 9, end: p.position - 3 });
    boundary = p.position;
  });
  p.on('comment', (c) => {
    const start = text.lastIndexOf('<!--', p.position);
    const cm: XmlComment = { kind: 'comment', text: c, start, end: p.position };
    comments.push(cm);
    stack[stack.length - 1]?.children.push(cm);
    boundary = p.position;
  });
  p.on('processinginstruction', () => { boundary = p.position; });
  p.on('doctype', () => { boundary = p.position; });
  p.on('error', (e) => {
    if (opts.fragment && /XML declaration must be at the start/.test(e.message)) return;
    // A wrong end tag is reported once saxes has read it whole: point at its `</`.
    const close = /close tag/.test(e.message);
    const at = close ? text.lastIndexOf('</', p.position - 1) : p.position - 1;
    const closing = close ? /^<\/\s*([^\s>]+)/.exec(text.slice(at, at + 200))?.[1] : undefined;
    const open = stack[stack.length - 1]?.name;
    fail(Math.max(0, at), closing && open ? `\`</${closing}>\` closes \`<${open}>\`: every start tag needs its own end tag, innermost first (write \`</${open}>\` before it).` : plainXmlError(e.message));
    if (close && closing && error && error.span.start === at) error = { ...error, span: { start: error.span.start, end: Math.min(text.length, error.span.start + closing.length + 3) } };
    throw STOP;
  });
  try {
    p.write(text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text).close();
    if (opts.fragment && root && stack.length > 1 && !error) fail(text.length - 1, 'The document ends before all its elements are closed.');
  } catch (e) {
    if (e !== STOP) fail(Math.max(0, p.position - 1), `The XML does not parse here (${(e as Error).message}).`);
  }
  if (opts.fragment && root) {
    const top = root.children.filter((c): c is XmlElement => c.kind === 'element');
    if (top.length === 1) { root = top[0]; root.parent = undefined; }
  }
  if ((!root || (opts.fragment && !root.children.some((c) => c.kind === 'element'))) && !error) fail(0, 'The file holds no XML element.');
  return { root: error ? undefined : root, comments, error };
}

/** saxes's messages in plain words (the position is the finding's). */
function plainXmlError(m: string): string {
  const msg = m.replace(/^[^:]*:\d+:\d+: /, '');
  if (/unexpected close tag/.test(msg)) return 'This end tag closes an element that is not open here: check that every start tag has its own end tag, in order.';
  if (/unclosed tag/.test(msg)) return `An element is not closed (${msg.replace('unclosed tag: ', '<')}>): add its end tag.`;
  if (/unexpected end/.test(msg)) return 'The document ends before all its elements are closed.';
  if (/disallowed character in entity name|undefined entity/.test(msg)) return 'This `&` does not begin a character reference or one of `&amp;` `&lt;` `&gt;` `&quot;` `&apos;`: write `&amp;` for an ampersand.';
  if (/text data outside of root node|only one root/i.test(msg)) return 'An XML document has one root element; text or a second element follows it here.';
  return `The XML does not parse here: ${msg}.`;
}

const PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * The first `&` in character data or an attribute value that does not begin a reference, or that names
 * an entity other than the predefined five. saxes reads a bare `&` up to the next `;`, so it would
 * report the mistake far from where it is.
 */
export function ampersandProblem(text: string): { at: number; length: number; message: string } | undefined {
  const n = text.length;
  const check = (i: number): { at: number; length: number; message: string } | undefined => {
    const m = /^&(?:#[0-9]+;|#x[0-9a-fA-F]+;|([A-Za-z_:][\w.:-]*);)/.exec(text.slice(i, i + 64));
    if (!m) return { at: i, length: 1, message: 'A bare `&` is not allowed in XML: write `&amp;`.' };
    if (m[1] && !PREDEFINED.has(m[1])) return { at: i, length: m[0].length, message: `\`&${m[1]};\` is an entity reference; reclint reads only \`&amp;\` \`&lt;\` \`&gt;\` \`&quot;\` \`&apos;\` and character references (it never expands a DTD's entities). Write the text itself.` };
    return undefined;
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 38 /* & */) { const r = check(i); if (r) return r; i++; continue; }
    if (c !== 60 /* < */) { i++; continue; }
    if (text.startsWith('<!--', i)) { const e = text.indexOf('-->', i + 4); if (e < 0) return undefined; i = e + 3; continue; }
    if (text.startsWith('<![CDATA[', i)) { const e = text.indexOf(']]>', i + 9); if (e < 0) return undefined; i = e + 3; continue; }
    if (text.startsWith('<?', i)) { const e = text.indexOf('?>', i + 2); if (e < 0) return undefined; i = e + 2; continue; }
    if (text.startsWith('<!', i)) { i = skipDeclaration(text, i); continue; }
    // A tag: check `&` inside quoted attribute values only.
    let q = 0;
    let k = i + 1;
    for (; k < n; k++) {
      const d = text.charCodeAt(k);
      if (q) {
        if (d === q) q = 0;
        else if (d === 38) { const r = check(k); if (r) return r; }
        continue;
      }
      if (d === 34 || d === 39) q = d;
      else if (d === 62 /* > */) break;
    }
    i = k + 1;
  }
  return undefined;
}

/** Past a `<!DOCTYPE …>` with its internal subset `[…]` (quoted strings and comments inside skipped). */
function skipDeclaration(text: string, i: number): number {
  let depth = 0;
  let q = '';
  for (let k = i + 2; k < text.length; k++) {
    const c = text[k];
    if (q) { if (c === q) q = ''; continue; }
    if (c === '"' || c === "'") q = c;
    else if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) return k + 1;
  }
  return text.length;
}

// ---- Looking things up ---------------------------------------------------------------------------

export function attr(el: XmlElement, name: string): XmlAttr | undefined {
  for (const a of el.attrs) if (a.name === name) return a;
  return undefined;
}

export function elements(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (c.kind === 'element') out.push(c);
  return out;
}

/** The local name (without a prefix). */
export function localName(el: XmlElement): string {
  const k = el.name.indexOf(':');
  return k < 0 ? el.name : el.name.slice(k + 1);
}
