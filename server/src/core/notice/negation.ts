/**
 * Negation: which negation words are active, and which tokens lie in a negation's forward scope.
 * A negation is undone by a word right after it ("not all", "niet alle"), a pre-canceller shortly
 * before it, or a quantifier two words on ("Tous les appels ne sont pas"); the halves of a French
 * "ne … pas" are undone together. A scope runs forward from an active negation to a stop, a scope
 * ender, a comma before a coordinator, or a coordinator that starts a new clause with its own subject
 * ("We don't sell your data and calls are recorded for training").
 */
import type { Compiled } from './compiled';
import { isWordIn, wordIs, type Clauses } from './clauses';
import { plainContext } from './pattern';
import type { Token } from './tokens';

export interface Negation {
  /** 1 at a negation word that is not undone. */
  negActive: Uint8Array;
  /** 1 at every token inside an active negation's forward scope (the negation word included). */
  negScope: Uint8Array;
  /**
   * Per token: the clause-final verb negation that covers its clause backwards ("für Werbung nutzen wir
   * es nicht": the negation ends the clause and negates all of it, §5), or -1.
   */
  backFrom: Int32Array;
}

/** How many verbs (and a coordinator between them) may end a clause after its clause-final negation ("nicht verwendet werden", "nicht herangezogen oder verwendet"). */
const FINAL_VERBS = 3;
/** How many words a list item before a clause-final negation's clause may have ("für Werbung oder …"). */
const LIST_ITEM_WORDS = 3;

/** How many words a limit of time may stand after the negation that it takes ("not kept for longer than"). */
const DURATION_REACH = 6;

/** 1 at each negation word that is undone (the cancelling word itself is not marked). */
function cancelledNegations(toks: Token[], c: Compiled): Uint8Array {
  const n = toks.length;
  const negCancelled = new Uint8Array(n);
  const { cancellerReach, preCancellerReach, quantifierOffsets, negationPairReach } = c.windows;
  for (let i = 0; i < n; i++) {
    if (toks[i].kind !== 'word' || !wordIs(toks[i], c.negations)) continue;
    let cancelled = false;
    for (let k = i + 1; k <= i + cancellerReach && k < n; k++) {
      if (toks[k].kind !== 'word') break;
      if (wordIs(toks[k], c.cancellers)) cancelled = true;
      if (!wordIs(toks[k], c.negations)) break;
    }
    for (let k = i - 1; k >= Math.max(0, i - preCancellerReach) && !cancelled && toks[k].kind === 'word'; k--) {
      if (wordIs(toks[k], c.preCancellers)) cancelled = true;
    }
    for (const off of quantifierOffsets) {
      const q = i + off;
      if (!cancelled && q < n && toks.slice(i + 1, q + 1).every((t) => t.kind === 'word') && wordIs(toks[q], c.quantifiers)) cancelled = true;
    }
    // "Les appels ne sont enregistrés que pour la formation": "ne … que" restricts, it does not negate.
    if (!cancelled && wordIs(toks[i], c.restrictive.heads)) {
      for (let k = i + 1; k < n && toks[k].kind !== 'stop'; k++) {
        if (toks[k].kind !== 'word') continue;
        if (wordIs(toks[k], c.restrictive.partners)) break;
        if (wordIs(toks[k], c.restrictive.restrictives)) {
          cancelled = true;
          break;
        }
      }
    }
    if (cancelled) negCancelled[i] = 1;
  }
  // "niet langer dan 30 dagen bewaard", "not stored for more than 30 days": the negation limits the time.
  const plain = plainContext(toks);
  for (const m of c.durations.matchRange(plain, 0, n)) {
    let before = false;
    for (let k = m.first - 1; k >= Math.max(0, m.first - DURATION_REACH) && toks[k].kind === 'word'; k--) {
      if (wordIs(toks[k], c.negations)) {
        negCancelled[k] = 1;
        before = true;
        break;
      }
    }
    // "Par défaut, nous n'enregistrons rien", "Standardmäßig werden Gespräche nicht aufgezeichnet": a limit that
    // opens its sentence takes the first negation after it in the sentence (docs/notice-reading.md R29, R63).
    if (before || (m.first > 0 && toks[m.first - 1].kind !== 'stop')) continue;
    for (let k = m.last + 1, words = 0; k < n && toks[k].kind !== 'stop' && words <= DURATION_REACH; k++) {
      if (toks[k].kind !== 'word') continue;
      words++;
      if (wordIs(toks[k], c.negations)) {
        negCancelled[k] = 1;
        break;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    if (!negCancelled[i]) continue;
    for (let k = Math.max(0, i - negationPairReach); k <= Math.min(n - 1, i + negationPairReach); k++) {
      if (toks[k].kind === 'word' && wordIs(toks[k], c.negations) && (k < i ? toks.slice(k, i) : toks.slice(i, k)).every((t) => t.kind === 'word')) negCancelled[k] = 1;
    }
  }
  return negCancelled;
}

/**
 * Token `neg` is a negative determiner ("no", "geen", "keine") and the tokens after it up to `end` (exclusive) are a short list
 * of nouns: items of 1 to `listItemWords` words between commas and coordinators, the last item `lastExtra` words longer (a
 * verb before `end`, as "call is" before "recorded"). "No voice or call is recorded" (docs/notice-reading.md R200).
 */
/** How far (in tokens) a negative determiner's list of nouns may reach: a short list, and a bounded scan (R200). */
const NOUN_LIST_REACH = 14;

export function nounListAfter(toks: Token[], c: Compiled, neg: number, end: number, lastExtra: number): boolean {
  if (neg < 0 || end - neg > NOUN_LIST_REACH || !wordIs(toks[neg], c.nounNegations)) return false;
  // items of one word each ("voice", "call"): "No fees apply and …", "No problem, the call …" are clauses, not lists
  let words = 0;
  // the coordinator the scope loop stands at counts ("No voice | or call")
  let coordinated = end < toks.length && toks[end].kind === 'word' && wordIs(toks[end], c.coordinators);
  for (let k = neg + 1; k < end; k++) {
    const t = toks[k];
    if (t.kind === 'stop') return false;
    if (t.kind === 'comma' || wordIs(t, c.coordinators)) {
      if (words !== 1) return false;
      coordinated ||= t.kind === 'word';
      words = 0;
      continue;
    }
    words++;
  }
  return coordinated && words >= 1 && words <= 1 + lastExtra;
}

/** How many words an item of a list right after a negation may have ("not sell, share, or use", R235). */
const SHORT_ITEM_WORDS = 2;

/** The tokens after the negation at `neg`, up to the comma at `comma`, are short items between commas (at least two). */
function shortItemsSince(toks: Token[], neg: number, comma: number): boolean {
  if (neg < 0) return false;
  let words = 0;
  let items = 0;
  for (let k = neg + 1; k < comma; k++) {
    const t = toks[k];
    if (t.kind === 'stop') return false;
    if (t.kind === 'comma') {
      if (words === 0) return false;
      items++;
      words = 0;
      continue;
    }
    if (++words > SHORT_ITEM_WORDS) return false;
  }
  return words > 0 && items >= 1;
}

export function findNegation(toks: Token[], c: Compiled, clauses?: Clauses): Negation {
  const n = toks.length;
  const negActive = new Uint8Array(n);
  const negScope = new Uint8Array(n);
  const backFrom = new Int32Array(n).fill(-1);
  const negCancelled = cancelledNegations(toks, c);
  let on = false;
  /** The last active negation, and whether it negates its clause's verb. */
  let negAt = -1;
  let verbNeg = false;
  const plain = plainContext(toks);
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (t.kind === 'stop') {
      on = false;
      continue;
    }
    if (t.kind === 'comma') {
      // "We do not sell, share, or use recordings for advertising": a comma that closes a short list of items right after
      // the negation goes on with the list (§5 a negation covers a list; docs/notice-reading.md R235)
      if (isWordIn(toks, i + 1, c.coordinators) && !(on && shortItemsSince(toks, negAt, i))) on = false;
      continue;
    }
    // "nicht aber für Werbezwecke": a scope ender right after the negation belongs to it.
    if (wordIs(t, c.scopeEnders) && !(on && negAt === i - 1)) on = false;
    // "We don't sell your data and calls are recorded for training": a new clause, a new scope; but "No voice or call is
    // recorded": a negative determiner's list of nouns goes on past its coordinator (R200).
    if (on && wordIs(t, c.coordinators) && i + 1 < n && c.clauseSubjects.has(plain, i + 1) && !nounListAfter(toks, c, negAt, i, 0)) on = false;
    // "Wir geben Ihre Daten nicht weiter und zeichnen …": a clause-final negation's clause ends at the coordinator.
    if (on && verbNeg && wordIs(t, c.coordinators) && i - negAt - 1 <= c.windows.verbNegationReach) on = false;
    if (wordIs(t, c.negations)) {
      if (!negCancelled[i]) {
        negActive[i] = 1;
        on = true;
        negAt = i;
        verbNeg = wordIs(t, c.verbNegations);
      }
    }
    if (on) negScope[i] = 1;
  }
  // A verb negation that ends its clause (before a stop, a comma, the end, or a split verb's particle
  // that ends it) negates the whole clause before it: "Für Marktforschung speichern wir Ihr Gespräch nicht".
  if (clauses) {
    const isEnd = (k: number) => k >= n || toks[k].kind !== 'word';
    for (let i = 0; i < n; i++) {
      if (!negActive[i] || !wordIs(toks[i], c.verbNegations)) continue;
      // "… werden sie nicht verwendet": the verb that ends the clause after the negation (lexicon `finalVerbs`).
      let j = i + 1;
      while (j <= i + FINAL_VERBS && (isWordIn(toks, j, c.finalVerbs) || (j > i + 1 && isWordIn(toks, j, c.coordinators)))) j++;
      if (!(isEnd(j) || (isWordIn(toks, j, c.finalParticles) && isEnd(j + 1)))) continue;
      // "Ihre Stimmung oder Gefühlslage analysieren wir nicht": a short list item before a coordinator is part of the clause (§5 a negation covers a list).
      let from = clauses.segStart[i];
      while (from > 0 && isWordIn(toks, from, c.coordinators) && toks[from - 1].kind === 'word') {
        const prev = clauses.segStart[from - 1];
        let words = 0;
        let subject = false;
        for (let k = prev; k < from; k++) {
          if (toks[k].kind !== 'word') continue;
          words++;
          subject ||= c.clauseSubjects.has(plain, k);
        }
        if (words > LIST_ITEM_WORDS || subject) break;
        from = prev;
      }
      for (let k = from; k < i; k++) backFrom[k] = i;
    }
  }
  return { negActive, negScope, backFrom };
}
