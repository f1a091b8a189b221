/**
 * The scalars of the fast reader (`fast-parse.ts`): one-line quoted scalars, plain scalars typed under
 * YAML 1.2's core schema, the key rules, and `OUT`, the signal that a text is outside the subset the
 * fast reader takes (the caller then reads it with `yaml`).
 */
import type { ScalarNode } from './tree';

/** Not in the subset: fall back to the full reader. */
export class OutOfSubset extends Error {}
export const OUT = new OutOfSubset();

/** Deeper than this the fast reader gives up (the full reader applies the real limit). */
export const MAX_FAST_DEPTH = 64;

/** A mapping key the fast reader takes, unless it is one of the reserved words below. */
export const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** Keys that `yaml` would read as null or a boolean: left to it. */
export const RESERVED_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

/** A one-line quoted scalar (no escapes in double quotes; `''` in single quotes). */
export function readQuoted(t: string, start: number, lineEnd: number): { node: ScalarNode; end: number } {
  const q = t.charCodeAt(start);
  let k = start + 1;
  let value = '';
  let from = k;
  for (;;) {
    if (k >= lineEnd) throw OUT;
    const c = t.charCodeAt(k);
    if (q === 34 && c === 92 /* \ */) throw OUT;
    if (c === q) {
      if (q === 39 && t.charCodeAt(k + 1) === 39) {
        value += t.slice(from, k + 1);
        k += 2;
        from = k;
        continue;
      }
      value += t.slice(from, k);
      return { node: { kind: 'scalar', value, empty: false, span: { start, end: k + 1 } }, end: k + 1 };
    }
    k++;
  }
}

/** Can a plain scalar start with these characters (YAML's indicator rules, kept strict)? */
export function plainStartOk(c: number, next: number): boolean {
  // - ? : are allowed only before a non-space; the other indicators never start a plain scalar here.
  if (c === 45 /* - */ || c === 63 /* ? */ || c === 58 /* : */) return c === 45 && !Number.isNaN(next) && !' \n,[]{}#'.includes(String.fromCharCode(next));
  return !'#,[]{}&*!|>\'"%@`~'.includes(String.fromCharCode(c));
}

const INT = /^[-+]?[0-9]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const OCT = /^0o[0-7]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const INF_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** A plain scalar's value under YAML 1.2's core schema (the full reader's default). */
export function plainValue(raw: string): string | number | boolean | null {
  switch (raw) {
    case 'null': case 'Null': case 'NULL':
      return null;
    case 'true': case 'True': case 'TRUE':
      return true;
    case 'false': case 'False': case 'FALSE':
      return false;
  }
  const c = raw.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) {
    if (INF_NAN.test(raw)) throw OUT;
    if (INT.test(raw)) {
      const n = parseInt(raw, 10);
      if (!Number.isSafeInteger(n)) throw OUT;
      return n;
    }
    if (HEX.test(raw) || OCT.test(raw)) throw OUT;
    if (FLOAT.test(raw)) return parseFloat(raw);
  }
  return raw;
}
