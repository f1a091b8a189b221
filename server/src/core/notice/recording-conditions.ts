/**
 * What keeps a recording word from being a plain statement about this call: a verb of telling near its negation (R251) or
 * after a wish (R274), a modal that makes a switch-off an option (R250), a predicate switching recording off, the scope of a
 * wish, norm or imagined case (R123), a question, a contrastive negation of one phrase, a relative clause that restricts
 * the call noun (R278). Pure functions over the tokens and the pack's compiled lists; findRecording (./recording) uses them.
 */
import { isWordIn } from './clauses';
import type { Compiled } from './compiled';
import { plainContext } from './pattern';
import type { Token } from './tokens';

/**
 * A verb of telling (marked in `isTell`) within `reach` words after token `from`, before the recording word at `rec`: after a
 * negation, the negation is of the telling ("not being told a call is recorded", R251, reach 3); after a wish, the wish is
 * to tell ("We want you to know that …", "Wir möchten Sie darauf hinweisen, dass …", R274, reach 4).
 */
export function tellingWithin(isTell: Uint8Array, from: number, reach: number, rec: number): boolean {
  for (let k = from + 1; k <= from + reach && k < rec; k++) if (isTell[k]) return true;
  return false;
}

/** How many words from a recording word a predicate that switches it off may stand ("recording is turned off"; German puts it last: "Die Aufzeichnung ist für dieses Gespräch deaktiviert"). */
const OFF_REACH = 8;

/** A modal of possibility stands before token k, over at most four auxiliaries ("can be turned off", "kann deaktiviert"). */
export function possibleBefore(toks: Token[], c: Compiled, k: number): boolean {
  const aux = c.passiveSubject?.auxiliaries;
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    if (isWordIn(toks, j, c.possibilityModals)) return true;
    if (aux === undefined || !isWordIn(toks, j, aux)) return false;
  }
  return false;
}

/** The first token of a predicate switching recording off (marked in `isOff`) within OFF_REACH of [first, end] inside the clause [a, b], or -1. */
export function offNear(isOff: Uint8Array, a: number, b: number, first: number, end: number): number {
  for (let k = Math.max(a, first - OFF_REACH); k <= Math.min(b, end + OFF_REACH); k++) if (isOff[k] && (k < first || k > end)) return k;
  return -1;
}

/**
 * The tokens a wish, norm or imagined case (marked in `isHypo`) governs (docs/notice-reading.md R123): from the marker to the
 * end of its sentence, through the clauses it opens ("Jeder sollte sicher sein, dass die Gespräche, die er führt, nicht
 * aufgezeichnet werden"), until a coordinator or a comma opens a clause with a subject of its own ("Ihr Auftrag wurde
 * angenommen und das Gespräch wird aufgezeichnet" records), as a negation's scope ends (./negation). A marker after the
 * recording word governs nothing before it ("…aufgezeichnet, damit wir Ihnen, so hoffen wir, helfen können"). A sentence that
 * ends in a colon after a marker governs the sentence after the colon too ("Stellen Sie es sich wie eine Telefonrechnung
 * vor: …", a colon continues its statement, R35). One pass over the tokens.
 */
export function hypotheticalScope(toks: Token[], c: Compiled, isHypo: Uint8Array): Uint8Array {
  const n = toks.length;
  const out = new Uint8Array(n);
  const plain = plainContext(toks);
  let on = false;
  let sentenceHasMarker = false;
  let afterColon = false;
  for (let k = 0; k < n; k++) {
    const t = toks[k];
    if (t.kind === 'stop') {
      afterColon = t.surface === ':' && sentenceHasMarker;
      sentenceHasMarker = false;
      on = false;
      continue;
    }
    const opensClause = t.kind === 'comma' || isWordIn(toks, k, c.coordinators);
    if (on && opensClause && k + 1 < n && c.clauseSubjects.has(plain, k + 1)) on = false;
    if (isHypo[k]) {
      on = true;
      sentenceHasMarker = true;
    }
    if (on || afterColon) out[k] = 1;
  }
  return out;
}

/** The sentence around token i (or ending at the stop at i) ends in a question mark. */
export function isQuestion(toks: Token[], i: number): boolean {
  if (i < 0) return false;
  for (let k = i; k < toks.length; k++) if (toks[k].kind === 'stop') return toks[k].surface.includes('?');
  return false;
}

/**
 * A negation that negates a phrase, not the recording: one right before a scope ender ("…, nicht aber
 * für Werbung"), or one after a comma inside a split recording phrase ("Wir zeichnen … zur Schulung,
 * nicht für Werbung auf").
 */
export function contrastive(toks: Token[], c: Compiled, recFirst: number, k: number): boolean {
  if (isWordIn(toks, k + 1, c.scopeEnders)) return true;
  if (k <= recFirst) return false;
  for (let j = recFirst + 1; j < k; j++) if (toks[j].kind === 'comma') return true;
  return false;
}

/**
 * The negated recording starting at `at` opens a relative clause that restricts a call noun: over at most three auxiliaries
 * or negation words back from it stands a relative pronoun, and right before that the call noun (docs/notice-reading.md R278).
 */
export function restrictsNoun(toks: Token[], c: Compiled, isCall: Uint8Array, at: number): boolean {
  const aux = c.passiveSubject?.auxiliaries;
  let j = at - 1;
  for (let skipped = 0; j >= 0 && skipped < 3 && (isWordIn(toks, j, c.negations) || (aux !== undefined && isWordIn(toks, j, aux))); skipped++) j--;
  if (j < 1 || !isWordIn(toks, j, c.relativePronouns)) return false;
  let k = j - 1;
  // a comma sets off a clause that only adds ("This call, which is not recorded, …" denies), except in a language that
  // sets off every relative clause by commas (German: its relative pronouns are articles, lexicon `relativeArticles`)
  if (toks[k].kind === 'comma') {
    if (c.relativeArticles.size === 0) return false;
    k--;
  }
  return k >= 0 && isCall[k] === 1;
}
