/**
 * The argument syntax of Asterisk dialplan applications (ivr-formats.md §5.5): top-level splits that
 * respect `()`, `${}`, `$[]` and quotes, the `?` of `GotoIf`, option letters with their arguments,
 * and extension patterns (`_X.`). Text in, offsets out: asterisk.ts builds the flow from them.
 */
/** Splits at top-level commas (outside `()`, `${}`, `$[]` and double quotes), at most `max` + 1 parts. */
export function splitTop(s: string, from: number, max: number): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let depth = 0;
  let q = false;
  let start = from;
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') { i++; continue; }
    if (c === '"') { q = !q; continue; }
    if (q) continue;
    if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0 && out.length < max) { out.push({ text: s.slice(start, i), at: start }); start = i + 1; }
  }
  out.push({ text: s.slice(start), at: start });
  return out;
}

export function splitOn(s: string, sep: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') depth = Math.max(0, depth - 1);
    else if (c === sep && depth === 0) { out.push({ text: s.slice(start, i), at: start }); start = i + 1; }
  }
  out.push({ text: s.slice(start), at: start });
  return out;
}

/** The `?` of `GotoIf(cond?a:b)`, outside `$[…]` and `${…}`. */
export function questionMark(s: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '[' || c === '{' || c === '(') depth++;
    else if (c === ']' || c === '}' || c === ')') depth = Math.max(0, depth - 1);
    else if (c === '?' && depth === 0) return i;
  }
  return -1;
}

/** Option letters without their `(…)` arguments. */
export function stripOptArgs(opts: string): string {
  let out = '';
  let d = 0;
  for (const c of opts) {
    if (c === '(') d++;
    else if (c === ')') d = Math.max(0, d - 1);
    else if (d === 0) out += c;
  }
  return out;
}

/** The argument of an option letter (`A(x:y)` → `x:y`), with its offset in `opts`. */
export function optionArg(opts: string, letter: string): { text: string; at: number } | undefined {
  let d = 0;
  for (let i = 0; i < opts.length; i++) {
    const c = opts[i];
    if (c === '(') { d++; continue; }
    if (c === ')') { d = Math.max(0, d - 1); continue; }
    if (d === 0 && c === letter && opts[i + 1] === '(') {
      const close = opts.indexOf(')', i + 2);
      return { text: opts.slice(i + 2, close < 0 ? opts.length : close), at: i + 2 };
    }
  }
  return undefined;
}

/** An extension pattern (`_NXX`, `_[1-3]!`, without its `_`) as a regular expression; undefined when malformed. */
export function patternRe(p: string): RegExp | undefined {
  let out = '^';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === 'X' || c === 'x') out += '[0-9]';
    else if (c === 'Z' || c === 'z') out += '[1-9]';
    else if (c === 'N' || c === 'n') out += '[2-9]';
    else if (c === '.') out += '.+';
    else if (c === '!') out += '.*';
    else if (c === '[') { const e = p.indexOf(']', i); if (e < 0) return undefined; out += `[${p.slice(i + 1, e).replace(/[\\^]/g, '\\$&')}]`; i = e; }
    else out += c.replace(/[.*+?^${}()|\\]/g, '\\$&');
  }
  try { return new RegExp(out + '$'); } catch { return undefined; }
}
