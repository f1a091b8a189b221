/**
 * The text of a FreeSWITCH dialplan that is not XML: the values a hunted number is tried with, a
 * condition's expression, an application's arguments, and where a decoded attribute character stands
 * in the source.
 */

/** The digits and keys a `transfer` target with variables is hunted with (the empty value first). */
export const VALUES = ['', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#'];

/** A hunted number with each variable replaced by each of `VALUES` (at most two variables, 169 numbers). */
export function expand(ext: string, vars: string[]): string[] {
  let out = [ext];
  for (const v of vars) out = out.flatMap((t) => VALUES.map((x) => t.split(v).join(x)));
  return out;
}

/** A condition's `expression` as a RegExp: absent or over 500 characters, it matches every number; invalid, none. */
export function safeRegex(expr: string | undefined): RegExp {
  if (expr === undefined || expr.length > 500) return /^/;
  try {
    return new RegExp(expr);
  } catch {
    return /$^/;
  }
}

/** Arguments split at blanks, single quotes grouping (`play_and_get_digits`), each with its offset. */
export function blankArgs(s: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let i = 0;
  while (i < s.length) {
    while (i < s.length && /\s/.test(s[i])) i++;
    if (i >= s.length) break;
    const start = i;
    if (s[i] === "'") {
      const close = s.indexOf("'", i + 1);
      i = close < 0 ? s.length : close + 1;
    } else while (i < s.length && !/\s/.test(s[i])) i++;
    out.push({ text: s.slice(start, i), at: start });
  }
  return out;
}

/** The index in an attribute's source slice of the `k`-th character of its decoded value (entities are longer in the source). */
export function sourceIndex(src: string, k: number): number {
  let i = 0;
  let n = 0;
  while (i < src.length && n < k) {
    if (src[i] === '&') {
      const m = /^&(?:#\d+|#x[0-9a-fA-F]+|\w+);/.exec(src.slice(i, i + 12));
      i += m ? m[0].length : 1;
    } else i++;
    n++;
  }
  return i;
}
