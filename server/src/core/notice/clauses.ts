/**
 * Where sentences and clauses begin and end in a token list. A sentence ends at a stop; a clause
 * segment also starts at a comma, a subordinator or a coordinator. The recording, negation and
 * purpose stages bound their look-around by these.
 */
import type { Compiled } from './compiled';
import type { Token } from './tokens';

/** Per token: the first token of its sentence, and the first and last token of its clause segment. */
export interface Clauses {
  sentStart: Int32Array;
  segStart: Int32Array;
  segEnd: Int32Array;
}

/** Token i exists, is a word, and its surface form (or its standard spelling, `Token.alt`) is in `s`. */
export function isWordIn(toks: Token[], i: number, s: Set<string>): boolean {
  const t = toks[i];
  return t !== undefined && wordIs(t, s);
}

/** Token t is a word whose surface form (or its standard spelling, `Token.alt`) is in `s`. */
export function wordIs(t: Token, s: Set<string>): boolean {
  return t.kind === 'word' && (s.has(t.surface) || (t.alt !== undefined && s.has(t.alt.norm)));
}

export function findClauses(toks: Token[], c: Compiled): Clauses {
  const n = toks.length;
  const sentStart = new Int32Array(n);
  const segStart = new Int32Array(n);
  const segEnd = new Int32Array(n);
  let s = 0;
  let g = 0;
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (t.kind === 'stop') {
      sentStart[i] = i;
      segStart[i] = i;
      s = i + 1;
      g = i + 1;
      continue;
    }
    // A subordinator that is also an article opens a clause only after a comma (lexicon `relativeArticles`).
    const opens = isWordIn(toks, i, c.subordinators) && (!c.relativeArticles.has(t.surface) || toks[i - 1]?.kind === 'comma');
    if (t.kind === 'comma' || opens || isWordIn(toks, i, c.coordinators)) g = i;
    sentStart[i] = s;
    segStart[i] = g;
  }
  let e = n - 1;
  for (let i = n - 1; i >= 0; i--) {
    segEnd[i] = e;
    if (segStart[i] === i) e = i - 1;
  }
  return { sentStart, segStart, segEnd };
}
