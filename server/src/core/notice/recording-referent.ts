/**
 * What a recording word is said of: the call, or something else. The tests that findRecording (./recording) runs on the words
 * around a recording word: a call named in its sentence or the one before (not by a greeting, R227), an event logged, a
 * recording of something else or another thing recorded named last (R81, R224), the subject of a passive (R222), a call noun
 * that a goal governs (R230), a recording noun attached to another word (R228), the word before it over auxiliaries. Pure
 * functions over the tokens and the pack's compiled lists.
 */
import { isWordIn, wordIs } from './clauses';
import type { Compiled } from './compiled';
import type { Token } from './tokens';

/** Sentences (by their first token) that hold a token marked in `marks`. */
export function sentencesWith(marks: Uint8Array, sentStart: Int32Array): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k < marks.length; k++) if (marks[k]) out.add(sentStart[k]);
  return out;
}

/** The sentence of token i, or the sentence before it, names the call (its call nouns are marked in `callSentences`). */
export function nearCall(callSentences: Set<number>, sentStart: Int32Array, i: number): boolean {
  const s = sentStart[i];
  if (callSentences.has(s)) return true;
  return s >= 2 && callSentences.has(sentStart[s - 2]);
}

/** A token marked in `isLogged` stands within `reach` words of the recording word [first, end], in its sentence. */
export function loggedNear(toks: Token[], c: Compiled, isLogged: Uint8Array, first: number, end: number, reach: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - reach) && toks[k].kind !== 'stop'; k--) if (isLogged[k]) return true;
  // after the word, a coordinator opens another clause: "Calls are recorded and appear in your call history" (R229)
  for (let k = end + 1; k <= end + reach && k < toks.length && toks[k].kind !== 'stop' && !isWordIn(toks, k, c.coordinators); k++) if (isLogged[k]) return true;
  return false;
}

/** A recording word followed by an of-word and, over at most two words, a call noun: "the recordings of your calls". */
export function recordingOfCall(toks: Token[], c: Compiled, end: number, isCall: Uint8Array): boolean {
  if (!isWordIn(toks, end + 1, c.ofWords)) return false;
  for (let k = end + 2; k <= end + 4 && k < toks.length && toks[k].kind === 'word'; k++) if (isCall[k]) return true;
  return false;
}

/**
 * A recording word followed by an of-word ("of", "des", "de") whose object, within `reach` words, is a
 * not-call noun before any call noun: the recording is of that other thing.
 */
export function recordingOfOther(toks: Token[], c: Compiled, end: number, isCall: Uint8Array, isNotCall: Uint8Array, reach: number): boolean {
  if (!isWordIn(toks, end + 1, c.ofWords)) return false;
  for (let k = end + 2; k <= end + 1 + reach && k < toks.length && toks[k].kind === 'word'; k++) {
    if (isCall[k]) return false;
    if (isNotCall[k]) return true;
  }
  return false;
}

/**
 * The object right after a recording verb, over determiners, is a not-call noun that an of-word attaches the call to: the
 * verb records that thing about the call, not the call ("an incident system that records details of each call";
 * docs/notice-reading.md R269).
 */
export function objectAboutCall(toks: Token[], c: Compiled, end: number, isNotCall: Uint8Array): boolean {
  const det = c.passiveSubject?.determiners;
  let k = end + 1;
  while (k < toks.length && det !== undefined && isWordIn(toks, k, det)) k++;
  return k < toks.length && toks[k].kind === 'word' && isNotCall[k] === 1 && isWordIn(toks, k + 1, c.ofWords);
}

/**
 * Token k follows a preposition, at most three words before it ("mit Ihrer Zustimmung", "met de afdeling schade"): a noun in a prepositional phrase is no
 * object of the recording. A noun joined by a coordinator to a noun so placed is in the same phrase: "Gespräche mit unserem
 * Kundenservice und der Schadenabteilung" (docs/notice-reading.md R266).
 */
export function afterPreposition(toks: Token[], c: Compiled, k: number, joined = false): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    if (isWordIn(toks, j, c.phrasePrepositions)) return true;
    if (toks[j].kind !== 'word') break;
  }
  if (joined) return false;
  for (let j = k - 1; j >= Math.max(1, k - 3) && toks[j].kind === 'word'; j--) {
    if (isWordIn(toks, j, c.coordinators)) return toks[j - 1].kind === 'word' && afterPreposition(toks, c, j - 1, true);
  }
  return false;
}

/**
 * The subject of a passive recording verb at `at`, when it is a noun phrase opened by a determiner whose noun is no call
 * noun (docs/notice-reading.md R222): "Every match is recorded", "A family hug was recorded", "the container … must be
 * recorded". At least one auxiliary stands between ("is", "will be"); the noun is the word before them, its determiner at
 * most two words before it. A pronoun ("everything you say is recorded"), a call noun, or no determiner keeps the call.
 */
export function otherPassiveSubject(toks: Token[], c: Compiled, isCall: Uint8Array, at: number): boolean {
  const ps = c.passiveSubject;
  if (!ps) return false;
  let j = at - 1;
  let aux = 0;
  let passive = false;
  while (j >= 0 && aux < 5 && isWordIn(toks, j, ps.auxiliaries)) {
    passive ||= isWordIn(toks, j, ps.passive);
    j--;
    aux++;
  }
  if (!passive || j < 0 || toks[j].kind !== 'word' || isCall[j] || wordIs(toks[j], ps.determiners) || wordIs(toks[j], c.fillers)) return false;
  for (let k = j - 1; k >= Math.max(0, j - 3); k--) {
    const t = toks[k];
    if (t.kind !== 'word' || isCall[k]) return false;
    if (wordIs(t, ps.determiners)) {
      // a subject that names the call earlier in its sentence keeps it: an item of a list ("Video, audio, or any other
      // digital photo … can be recorded"), the head of a long subject ("Calls about your order, … processed by our bank are recorded")
      for (let q = k - 1; q >= Math.max(0, k - 20) && toks[q].kind !== 'stop'; q--) if (isCall[q]) return false;
      return true;
    }
  }
  return false;
}

/**
 * The other thing recorded (`isOther`) is named last before the recording word ending at `end`, with no call after it up to
 * the end of the sentence (`stop`): "Thank you for calling. Our premises are under camera surveillance. The recording …" (R224).
 */
export function otherNamedLast(isOther: Uint8Array, isCall: Uint8Array, end: number, stop: number): boolean {
  let o = end;
  while (o >= 0 && !isOther[o]) o--;
  if (o < 0) return false;
  for (let k = o + 1; k <= stop && k < isCall.length; k++) if (isCall[k]) return false;
  return true;
}

/**
 * A goal marker stands between the recording word ending at `end` and the call noun at `k`, with a word other than a
 * determiner between the marker and the noun: the noun is the object of the goal's verb ("for the purpose of returning
 * calls", "afin de traiter votre appel"), not a scope of the recording ("pour tous les appels").
 */
export function governedByGoal(toks: Token[], c: Compiled, isGoal: Uint8Array, end: number, k: number): boolean {
  const det = c.passiveSubject?.determiners;
  let j = k - 1;
  if (det !== undefined) while (j > end && toks[j].kind === 'word' && !isGoal[j] && isWordIn(toks, j, det)) j--;
  const nounStart = j;
  while (j > end && toks[j].kind === 'word' && !isGoal[j]) j--;
  return j > end && isGoal[j] === 1 && j < nounStart;
}

/** The recording word at `at` is a noun after a preposition and a determiner that attach it to another word ("of our recording"). */
export function objectOfOther(toks: Token[], c: Compiled, at: number): boolean {
  const det = c.passiveSubject?.determiners;
  return at >= 2 && det !== undefined && isWordIn(toks, at - 1, det) && isWordIn(toks, at - 2, c.objectPrepositions);
}

/** The word before the recording word at `at`, over auxiliaries (`passiveSubject.auxiliaries`), is one of `words`. */
export function saidOf(toks: Token[], c: Compiled, at: number, words: Set<string>): boolean {
  const aux = c.passiveSubject?.auxiliaries;
  let j = at - 1;
  while (j >= 0 && j > at - 6 && aux !== undefined && isWordIn(toks, j, aux)) j--;
  return j >= 0 && toks[j].kind === 'word' && wordIs(toks[j], words);
}
