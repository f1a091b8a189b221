/**
 * A prompt's words with a map back to the file (ivr-formats.md §3.5): every character of the spoken
 * text keeps the source offset it came from, through JSON escapes, XML entities and character
 * references, CDATA and SSML markup. Readers decode the raw source themselves; nothing here searches
 * for a decoded string in the file.
 */
import type { DynamicRange, PromptText } from '../ivr/model';
import type { Span } from '../text';

/**
 * Text with its source offsets: `offs[i]` is the offset of `text[i]`; without `offs`, `text[i]` is at
 * `base + i` (a raw slice, the common case, kept without an array). `end` is the offset just past it.
 */
export interface Mapped { text: string; offs?: number[]; base: number; end: number }

const offAt = (m: Mapped, i: number): number => (m.offs ? m.offs[i] ?? m.end : m.base + i);

const ESC: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Decodes a JSON string token (`"…"`, quotes included, at [start, end) of `src`). */
export function decodeJsonString(src: string, start: number, end: number): Mapped {
  const stop = src[end - 1] === '"' && end - 1 > start ? end - 1 : end;
  const raw = src.slice(start + 1, stop);
  if (!raw.includes('\\')) return { text: raw, base: start + 1, end: stop };
  const out: string[] = [];
  const offs: number[] = [];
  let i = start + 1;
  while (i < stop) {
    const c = src[i];
    if (c === '\\' && i + 1 < stop) {
      const e = src[i + 1];
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) {
        out.push(String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16)));
        offs.push(i);
        i += 6;
        continue;
      }
      out.push(ESC[e] ?? e);
      offs.push(i);
      i += 2;
      continue;
    }
    out.push(c);
    offs.push(i);
    i++;
  }
  return { text: out.join(''), offs, base: start + 1, end: stop };
}

/** The raw characters of [start, end) of `src`, each at its own offset. */
export function rawSlice(src: string, start: number, end: number): Mapped {
  return { text: src.slice(start, end), base: start, end };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** SSML elements that are a pause, not words. */
const SPACE_ELEMENTS = new Set(['break', 'audio', 'mark']);

/**
 * Markup to words: tags removed (their text kept), the five entities and character references decoded,
 * CDATA kept raw, comments and processing instructions dropped, `<sub alias>` read as its alias,
 * `<break>` and `<audio>` a space. Works on mapped text, so JSON-held SSML keeps its offsets.
 */
export function stripMarkup(m: Mapped): Mapped {
  const s = m.text;
  if (!s.includes('<') && !s.includes('&')) return m;
  const out: string[] = [];
  const offs: number[] = [];
  let i = 0;
  let subDepth = 0;
  const push = (c: string, at: number) => { out.push(c); offs.push(offAt(m, at)); };
  while (i < s.length) {
    const code = s.charCodeAt(i);
    if (code !== 60 /* < */ && code !== 38 /* & */) {
      // A run of plain characters at once.
      let j = i + 1;
      while (j < s.length && s.charCodeAt(j) !== 60 && s.charCodeAt(j) !== 38) j++;
      if (subDepth === 0) {
        out.push(s.slice(i, j));
        for (let k = i; k < j; k++) offs.push(offAt(m, k));
      }
      i = j;
      continue;
    }
    const c = s[i];
    if (c === '<') {
      if (s.startsWith('<!--', i)) { const e = s.indexOf('-->', i + 4); i = e < 0 ? s.length : e + 3; continue; }
      if (s.startsWith('<![CDATA[', i)) {
        const e = s.indexOf(']]>', i + 9);
        const stop = e < 0 ? s.length : e;
        for (let k = i + 9; k < stop; k++) push(s[k], k);
        i = e < 0 ? s.length : e + 3;
        continue;
      }
      if (s.startsWith('<?', i)) { const e = s.indexOf('?>', i + 2); i = e < 0 ? s.length : e + 2; continue; }
      const close = tagEnd(s, i);
      const tag = s.slice(i, close);
      const name = /^<\/?\s*([\w:.-]+)/.exec(tag)?.[1]?.replace(/^.*:/, '') ?? '';
      const closing = tag.startsWith('</');
      const selfClosing = /\/\s*>$/.test(tag);
      if (SPACE_ELEMENTS.has(name) && !closing) push(' ', i);
      if (name === 'sub' && !closing) {
        const alias = /\balias\s*=\s*(["'])/.exec(tag);
        if (alias) {
          const vStart = i + alias.index + alias[0].length;
          const vEnd = s.indexOf(alias[1], vStart);
          decodeInto(s, vStart, vEnd < 0 ? close : vEnd, push);
          if (!selfClosing) subDepth++;
        }
      } else if (name === 'sub' && closing && subDepth > 0) subDepth--;
      i = close;
      continue;
    }
    if (subDepth > 0) { i++; continue; }
    if (c === '&') { i = decodeRef(s, i, push); continue; }
    push(c, i);
    i++;
  }
  return { text: out.join(''), offs, base: m.base, end: m.end };
}

/** End of a tag starting at `<` (just past its `>`), skipping quoted attribute values. */
function tagEnd(s: string, i: number): number {
  let q = '';
  for (let k = i + 1; k < s.length; k++) {
    const c = s[k];
    if (q) { if (c === q) q = ''; continue; }
    if (c === '"' || c === "'") q = c;
    else if (c === '>') return k + 1;
  }
  return s.length;
}

function decodeInto(s: string, from: number, to: number, push: (c: string, at: number) => void): void {
  for (let k = from; k < to;) {
    if (s[k] === '&') k = decodeRef(s, k, push);
    else { push(s[k], k); k++; }
  }
}

/** Decodes the reference at `&` (a predefined entity or a character reference); returns the index after it. */
function decodeRef(s: string, i: number, push: (c: string, at: number) => void): number {
  const m = /^&(?:#(\d+)|#x([0-9a-fA-F]+)|(\w+));/.exec(s.slice(i, i + 12));
  if (!m) { push('&', i); return i + 1; }
  let v: string | undefined;
  if (m[1] || m[2]) {
    const cp = parseInt(m[1] ?? m[2], m[1] ? 10 : 16);
    v = cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : undefined;
  } else v = ENTITIES[m[3]];
  if (v === undefined) { push('&', i); return i + 1; }
  for (const u of v.split('')) push(u, i);
  return i + m[0].length;
}

/**
 * Line breaks with the blanks around them fold to one space (as in `.ivr`); blanks at both ends are
 * trimmed. `span` is the prompt's span in the file; the result is a PromptText for the analyser.
 */
export function toPromptText(m: Mapped, span: Span): PromptText {
  const s = m.text;
  let k = 0;
  let last = s.length;
  while (k < last && isBlank(s.charCodeAt(k))) k++;
  while (last > k && isBlank(s.charCodeAt(last - 1))) last--;
  const endOff = last < s.length ? offAt(m, last) : m.end;
  // The common case: one line, single spaces: the text as it is, trimmed.
  if (!/[\t\n\r\f\v\u00a0\u2028\u2029]| {2}/.test(s.slice(k, last))) {
    const offs = new Array<number>(last - k + 1);
    for (let i = k; i < last; i++) offs[i - k] = offAt(m, i);
    offs[last - k] = endOff;
    return { text: s.slice(k, last), span, sourceOffsets: offs };
  }
  const out: string[] = [];
  const offs: number[] = [];
  while (k < last) {
    if (isBlank(s.charCodeAt(k))) {
      const from = k;
      while (k < last && isBlank(s.charCodeAt(k))) k++;
      out.push(' ');
      offs.push(offAt(m, from));
      continue;
    }
    out.push(s[k]);
    offs.push(offAt(m, k));
    k++;
  }
  offs.push(endOff);
  return { text: out.join(''), span, sourceOffsets: offs };
}

function isBlank(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff;
}

/** The span from the first to the last non-blank character of a mapped text (a prompt's anchor). */
export function trimmedSpan(p: PromptText): Span | undefined {
  if (p.text.length === 0) return undefined;
  const start = p.sourceOffsets[0];
  const end = p.sourceOffsets[p.text.length - 1] + 1;
  return { start, end: Math.max(start + 1, end) };
}

export type DynamicSyntax = 'connect' | 'liquid' | 'mustache';

/** The ranges of a prompt's text that are computed at run time, per the format's template syntax (§3.5). */
export function dynamicRanges(text: string, syntax: DynamicSyntax): DynamicRange[] {
  const out: DynamicRange[] = [];
  const add = (start: number, end: number) => out.push({ start, end, expr: text.slice(start, end) });
  if (syntax === 'connect') {
    for (const m of text.matchAll(/\$\.[A-Za-z0-9_]+(?:(?:\.[A-Za-z0-9_-]+)|\[['"][^'"\]]*['"]\])*/g)) add(m.index!, m.index! + m[0].length);
    return out;
  }
  let i = 0;
  while (i < text.length) {
    if (syntax === 'liquid' && text.startsWith('{%', i)) {
      const tagClose = text.indexOf('%}', i + 2);
      if (tagClose < 0) { add(i, text.length); break; }
      const tag = /^\{%-?\s*(\w+)/.exec(text.slice(i))?.[1] ?? '';
      // A block tag (`if`, `for`, `case`, `unless`) reaches to its `end…` tag: the whole block is one range.
      if (['if', 'for', 'case', 'unless', 'capture'].includes(tag)) {
        const endRe = new RegExp(`\\{%-?\\s*end${tag}\\s*-?%\\}`, 'g');
        endRe.lastIndex = tagClose + 2;
        const e = endRe.exec(text);
        const stop = e ? e.index + e[0].length : text.length;
        add(i, stop);
        i = stop;
        continue;
      }
      add(i, tagClose + 2);
      i = tagClose + 2;
      continue;
    }
    if (text.startsWith('{{', i)) {
      const close = text.indexOf('}}', i + 2);
      const stop = close < 0 ? text.length : close + 2;
      add(i, stop);
      i = stop;
      continue;
    }
    i++;
  }
  return out;
}

/** True when the literal parts of a text (outside its dynamic ranges) hold no letter: it is wholly computed. */
export function whollyDynamic(text: string, dynamic: readonly DynamicRange[]): boolean {
  if (dynamic.length === 0) return false;
  let lit = '';
  let from = 0;
  for (const d of dynamic) { lit += text.slice(from, d.start); from = d.end; }
  lit += text.slice(from);
  return !/\p{L}/u.test(lit);
}
