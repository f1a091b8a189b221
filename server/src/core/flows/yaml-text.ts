/**
 * YAML scalars as spoken text with their source offsets (ivr-formats.md §3.5, Stage 2): plain, single-
 * and double-quoted and block scalars are decoded from the raw source (escapes, `''`, the block header
 * and indentation), never by searching the parser's value in the file. Line breaks and the blanks
 * around them fold to one space afterwards (`toPromptText`), as YAML folding does for prose.
 */
import type { Mapped } from './prompt-text';

const DQ: Record<string, string> = { '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029' };

/** Decodes the scalar whose source is [start, end) of `src`; `type` is the yaml library's scalar type. */
export function decodeYamlScalar(src: string, start: number, end: number, type: string | undefined): Mapped {
  if (type === 'QUOTE_DOUBLE') return doubleQuoted(src, start, end);
  if (type === 'QUOTE_SINGLE') return singleQuoted(src, start, end);
  if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
    const nl = src.indexOf('\n', start);
    const from = nl < 0 || nl >= end ? end : nl + 1;
    return blockLines(src, from, end);
  }
  return plain(src, start, end);
}

/** A plain scalar: its characters as written, with a continuation line's comment-free text. */
function plain(src: string, start: number, end: number): Mapped {
  return { text: src.slice(start, end), base: start, end };
}

/** Block scalar content: the lines as written (indentation folds later); a `#` line is content here. */
function blockLines(src: string, start: number, end: number): Mapped {
  let e = end;
  while (e > start && /\s/.test(src[e - 1])) e--;
  return { text: src.slice(start, e), base: start, end: e };
}

function singleQuoted(src: string, start: number, end: number): Mapped {
  const s = start + 1;
  const stop = src[end - 1] === "'" && end - 1 > start ? end - 1 : end;
  const raw = src.slice(s, stop);
  if (!raw.includes("''")) return { text: raw, base: s, end: stop };
  const out: string[] = [];
  const offs: number[] = [];
  for (let i = s; i < stop; i++) {
    out.push(src[i]);
    offs.push(i);
    if (src[i] === "'" && src[i + 1] === "'") i++;
  }
  return { text: out.join(''), offs, base: s, end: stop };
}

function doubleQuoted(src: string, start: number, end: number): Mapped {
  const s = start + 1;
  const stop = src[end - 1] === '"' && end - 1 > start ? end - 1 : end;
  const raw = src.slice(s, stop);
  if (!raw.includes('\\')) return { text: raw, base: s, end: stop };
  const out: string[] = [];
  const offs: number[] = [];
  let i = s;
  while (i < stop) {
    const c = src[i];
    if (c !== '\\' || i + 1 >= stop) { out.push(c); offs.push(i); i++; continue; }
    const e = src[i + 1];
    const hex = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    if (hex && /^[0-9a-fA-F]+$/.test(src.slice(i + 2, i + 2 + hex)) && i + 2 + hex <= stop) {
      const cp = parseInt(src.slice(i + 2, i + 2 + hex), 16);
      const v = cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
      for (const u of v.split('')) { out.push(u); offs.push(i); }
      i += 2 + hex;
      continue;
    }
    if (e === '\n' || e === '\r') {
      // An escaped line break: the line goes on without a space.
      i += 2;
      if (e === '\r' && src[i] === '\n') i++;
      while (i < stop && (src[i] === ' ' || src[i] === '\t')) i++;
      continue;
    }
    out.push(DQ[e] ?? e);
    offs.push(i);
    i += 2;
  }
  return { text: out.join(''), offs, base: s, end: stop };
}
