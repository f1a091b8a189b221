/**
 * Recording: does the notice say the call is recorded, or that it is not? Finds the recording words
 * (lexicon `recording` / `recordingWeak`), drops those in another sense (`notRecording`, or a clause
 * about a non-call noun such as "meter reading"; a weak word also needs a use nearby), and splits the
 * rest into affirmations and denials: a negation before the word in its clause (or ending the clause
 * just after it), unless the negation is about a use ("we never use recordings for marketing") or
 * the sentence is a conditional, a wish or a question, or answers a question ("if you would prefer not
 * to be recorded" and "Prefer not to be recorded? Then we stop." offer an opt-out,
 * which says the call is recorded).
 */
import type { Clauses } from './clauses';
import { isWordIn, wordIs } from './clauses';
import type { Compiled, RecKind } from './compiled';
import { nounListAfter, type Negation } from './negation';
import { plainContext, type Match, type MatchContext } from './pattern';
import type { Token } from './tokens';
import { contrastive, hypotheticalScope, isQuestion, offNear, possibleBefore, restrictsNoun, tellingWithin } from './recording-conditions';
import { afterPreposition, governedByGoal, loggedNear, nearCall, objectAboutCall, objectOfOther, otherNamedLast, otherPassiveSubject, recordingOfCall, recordingOfOther, saidOf, sentencesWith } from './recording-referent';

export interface RecordingFindings {
  /** The first recording word that affirms. */
  positive: Match<RecKind> | undefined;
  /** The earliest denial (from the negation to the recording word). */
  denial: { first: number; last: number } | undefined;
  /** Sentences (by their first token) that speak of recording. */
  recSentences: Set<number>;
  /** The text says the call is listened in on or monitored (not denied): its purposes are read. */
  listened: boolean;
  /** Per token: 1 where a recording word (of any kind, not in another sense) stands. */
  isRec: Uint8Array;
}

export function findRecording(toks: Token[], c: Compiled, baseCtx: MatchContext, clauses: Clauses, neg: Negation): RecordingFindings {
  const n = toks.length;
  const { sentStart, segStart, segEnd } = clauses;
  const { negActive } = neg;
  const { clauseReach, clauseFinalNegation, nonCallReach } = c.windows;
  const notRec = new Uint8Array(n);
  for (const m of c.notRecording.matchRange(baseCtx, 0, n)) for (let k = m.first; k <= m.end; k++) notRec[k] = 1;

  const isCall = c.callNouns.cover(baseCtx);
  // "Nous vous informons qu'un cookie est enregistré": the caller told is the reader addressed, not the call (R247).
  const isAddressed = c.addressees.cover(baseCtx);
  for (let k = 0; k < n; k++) if (isAddressed[k] && wordIs(toks[k], c.callerPronouns)) isCall[k] = 0;
  // "Thank you for calling. Referrer values may be recorded": a greeting names the call but says nothing of a recording, so
  // its call noun does not make a recording word of several senses in the next sentence the call (docs/notice-reading.md R227).
  const isGreeting = c.welcomes.cover(baseCtx);
  const callSentences = sentencesWith(isCall.map((v, k) => (v && !isGreeting[k] ? 1 : 0)), sentStart);
  // "Thank you for calling. This may be recorded": a pronoun may stand for the call the greeting named.
  const greetedSentences = sentencesWith(isCall, sentStart);
  const purposeSentences = new Map<number, boolean>();
  const isLogged = c.loggedEvents.cover(baseCtx);
  // "unsere Räumlichkeiten sind kameraüberwacht … Die Aufzeichnung dient …": another thing recorded is named, and no call
  // before the end of a sentence: a bare recording word there refers to the other thing (§1; docs/notice-reading.md R81).
  const isOther = c.otherRecorded.cover(baseCtx);
  const namesOther = isOther.includes(1);
  let firstCall = n;
  for (let k = 0; k < n; k++) if (isCall[k]) { firstCall = k; break; }
  const isOff = c.recordingOff.cover(baseCtx);
  // "Recordings can be turned off on an account level": switching off that can be done is an option, no denial (R250).
  for (let k = 0; k < n; k++) if (isOff[k] && (k === 0 || !isOff[k - 1]) && possibleBefore(toks, c, k)) for (let j = k; j < n && isOff[j]; j++) isOff[j] = 0;
  const isGoalMark = c.goalMarkers.cover(baseCtx);
  // Sentences (by their first token) that state the law for anyone and name neither this call nor us.
  const isRecWord = c.recording.cover(baseCtx);
  const generic = genericSentences(toks, c, baseCtx, sentStart, isRecWord);
  const isNotCall = c.notCallNouns.cover(baseCtx);
  const isUse = c.useContext.cover(baseCtx);
  const isTell = c.tellingVerbs.cover(baseCtx);
  const isCondPhrase = c.conditionalPhrases.cover(baseCtx);
  const underHypo = hypotheticalScope(toks, c, c.hypotheticals.cover(baseCtx));
  let positive: Match<RecKind> | undefined;
  let denial: { first: number; last: number } | undefined;
  let listened = false;
  // The last recording word read so far was of something else (a message, a name, the premises): see R224.
  let otherBefore = false;
  const recSentences = new Set<number>();
  const isRec = new Uint8Array(n);
  const found = c.recording.matchRange(baseCtx, 0, n).filter((r) => {
    for (let k = r.first; k <= r.end; k++) if (notRec[k]) return false;
    return true;
  });
  for (const r of found) {
    if (generic.has(sentStart[r.first])) continue;
    recSentences.add(sentStart[r.first]);
    for (let k = r.first; k <= r.end; k++) isRec[k] = 1;
  }
  for (const r of found) {
    // "Het is niet strafbaar om gesprekken op te nemen": the law in general, not this call (§2).
    if (generic.has(sentStart[r.first])) continue;
    // The clause around the word, bounded so that text without punctuation stays linear.
    // "may be monitored or recorded": a list of recording verbs shares its subject (§4), so the clause
    // reaches back over the coordinator or comma to the first verb of the list.
    let seg = segStart[r.first];
    while (seg > 0 && seg < r.first && isRec[seg - 1] && (toks[seg].kind === 'comma' || isWordIn(toks, seg, c.coordinators))) seg = segStart[seg - 1];
    const a = Math.max(seg, r.first - clauseReach);
    const b = Math.min(Math.max(segEnd[r.end], r.end), r.end + clauseReach);
    // "Jeder sollte sicher sein, dass … nicht aufgezeichnet werden": a wish, a norm or an imagined case says nothing of this call (R123).
    if (underHypo[r.first]) continue;
    // "Chaque appel est enregistré dans les logs": a software call or an event logged, not a conversation (§1).
    // "the logs and the recordings of your calls": a recording said to be of the call is the call's, whatever stands near (R270)
    if (!recordingOfCall(toks, c, r.end, isCall) && loggedNear(toks, c, isLogged, r.first, r.end, clauseReach)) { otherBefore = true; continue; }
    // "the recording of last week's webinar", "die Aufzeichnung des Webinars": a recording of something else (§1).
    if (recordingOfOther(toks, c, r.end, isCall, isNotCall, nonCallReach)) { otherBefore = true; continue; }
    // "a system that records details of each call": the verb's object is a thing about the call (R269).
    if (objectAboutCall(toks, c, r.end, isNotCall)) { otherBefore = true; continue; }
    let hasCall = false;
    // "Caller information is retained for the purpose of returning calls": a call noun that a goal after a verb of several
    // senses governs is the goal's object, not the thing kept (§1; docs/notice-reading.md R230)
    for (let k = a; k <= b && !hasCall; k++) hasCall = isCall[k] === 1 && !(k > r.end && (r.phrase.data === 'weak' || r.phrase.data === 'sense') && governedByGoal(toks, c, isGoalMark, r.end, k));
    // "Gespräche und Eingaben am Bildschirm werden aufgezeichnet": a coordinator right after a call noun joins two nouns, not
    // two clauses, so the call is in the clause of the recording word (§1; docs/notice-reading.md R225).
    if (!hasCall && seg > 0 && seg < r.first && seg === a && isWordIn(toks, seg, c.coordinators) && isCall[seg - 1]) hasCall = true;
    if (namesOther && !hasCall && (firstCall > sentenceEnd(toks, r.end) || otherNamedLast(isOther, isCall, r.end, sentenceEnd(toks, r.end)))) { otherBefore = true; continue; }
    // "Please record your message after the tone. The recording will be sent to the team": a recording word that names no
    // call refers back to the recording said before it, and that one was of something else; unless the organisation is its
    // subject: "We never record your card details. We record to improve our service" (§1; docs/notice-reading.md R224).
    if (otherBefore && !hasCall && !saidOf(toks, c, r.first, c.recordingParties)) continue;
    // "De sleutel kan worden opgenomen in een header": a word of several senses records only beside a call (§2).
    // "Your call may be used for training": the call used records only in a sentence naming a purpose (§2).
    if (r.phrase.data === 'use' && !namesPurpose(toks, c, baseCtx, clauses, purposeSentences, r.first)) continue;
    if (r.phrase.data === 'sense' && !hasCall && !nearCall(callSentences, sentStart, r.first) && !(saidOf(toks, c, r.first, c.callPronouns) && nearCall(greetedSentences, sentStart, r.first)) && !recordsSomething(toks, c, baseCtx, clauses, purposeSentences, r.first, a, b)) {
      // "Thank you for calling. Every visit is recorded at reception. The recording is kept": that recording is the visit's (R224).
      if (nearCall(greetedSentences, sentStart, r.first) && otherPassiveSubject(toks, c, isCall, r.first)) otherBefore = true;
      continue;
    }
    if (!hasCall) {
      let nonCall = false;
      // before the word, between the parts of a split verb ("Wir zeichnen Ihre Einwilligung auf"), or just after it
      for (let k = a; k <= Math.min(b, r.end + nonCallReach) && !nonCall; k++) if (k !== r.first && k !== r.end) nonCall = isNotCall[k] === 1 && !afterPreposition(toks, c, k);
      if (nonCall) { otherBefore = true; continue; }
      // "Every match is recorded", "A family hug was recorded": the passive's subject names something else (R222).
      if (r.phrase.data !== 'listen' && otherPassiveSubject(toks, c, isCall, r.first)) { otherBefore = true; continue; }
      if (r.phrase.data === 'weak') {
        // The use may stand anywhere in the sentence ("Wir verwenden die Aufnahme zur Schulung": "die" opens a segment).
        let used = false;
        const from = Math.max(sentStart[r.first], r.first - clauseReach);
        for (let k = from; k <= r.end + clauseReach && k < n && toks[k].kind !== 'stop' && !used; k++) if (k < r.first || k > r.end) used = isUse[k] === 1;
        // "Es wird nichts gespeichert", "Rien n'est conservé": nothing said in the call is kept (§2; docs/notice-reading.md R91)
        if (!used) used = negativePronounNear(toks, c, r.first, a, b);
        if (!used) continue;
      }
    }
    otherBefore = false;
    let negAt = -1;
    for (let k = a; k <= r.end; k++) {
      if (negActive[k] && !contrastive(toks, c, r.first, k)) {
        negAt = k;
        break;
      }
    }
    // "Calls are not monitored or recorded": a negation covers a list of recording verbs (§5).
    if (negAt < 0 && neg.negScope[r.first]) {
      for (let k = r.first - 1; k >= sentStart[r.first]; k--) {
        if (negActive[k]) {
          negAt = k;
          break;
        }
        if (!isRec[k] && toks[k].kind !== 'comma' && !isWordIn(toks, k, c.coordinators)) break;
      }
    }
    // "We do not listen to, monitor, or record your calls": the same over a list of short verb items (R202).
    const listNeg = negatedVerbList(toks, c, negActive, sentStart[r.first], r.first);
    if (negAt < 0) negAt = listNeg;
    const verbList = listNeg >= 0 && listNeg === negAt;
    // "No voice or call is recorded", "Er wordt geen geluid, stem of gesprek opgenomen": a negative determiner before a list of
    // nouns negates the verb after the list (R200).
    if (negAt < 0 && neg.negScope[r.first]) {
      let k = r.first - 1;
      while (k > 0 && r.first - k < 16 && (neg.negScope[k] || toks[k].kind === 'comma') && !negActive[k]) k--;
      if (negActive[k] && nounListAfter(toks, c, k, r.first, NOUN_LIST_VERB)) negAt = k;
    }
    // "Recording is turned off for this call": a predicate that switches recording off negates it (§2).
    if (negAt < 0) negAt = offNear(isOff, a, b, r.first, r.end);
    // "We never use recordings for marketing": the negation is about the use, not the recording.
    // The recording it names exists: the call is recorded, and the purpose in the negation's scope is excluded
    // (§2 a negation of another verb is no denial, §5; docs/notice-reading.md R23).
    // (A use verb among a negated list of verbs is negated with them: "we do not listen to, monitor, or record".)
    // "Les appels ne sont ni écoutés ni enregistrés", "neither listened to nor recorded": a listening verb negated with the
    // recording verb, in a list of the two, is no use of a recording (R285).
    for (let k = negAt + 1; negAt >= 0 && !verbList && k < r.first; k++) if (isUse[k] && !listedWith(toks, c, isRec, negActive, k, r.first)) negAt = -2;
    // "Some clients have reported not being told a call is being recorded": the negation is of the telling, and what is told
    // is said to be so (§2 a negation of another verb is no denial; docs/notice-reading.md R251).
    if (negAt >= 0 && !verbList && tellingWithin(isTell, negAt, 3, r.first)) negAt = -1;
    // "We need not remind you of our recording", "No part of the recording is shared": the negation belongs to the word before
    // the preposition, not to the recording (§2 a negation of another verb is no denial; docs/notice-reading.md R228).
    if (negAt >= 0 && !verbList && negAt + 1 < r.first - 2 && objectOfOther(toks, c, r.first)) continue;
    // Only a use for a purpose: "Wij maken geen gebruik van voicelogging" names no recording that exists.
    if (negAt === -2) {
      if (r.phrase.data !== 'listen' && (!positive || r.first < positive.first) && namesPurpose(toks, c, baseCtx, clauses, purposeSentences, r.first)) positive = r;
      continue;
    }
    // "Wir speichern keine Gespräche", "We record no calls": a negative determiner right after the verb negates its object,
    // the call (§5; docs/notice-reading.md R245); so it does after an inverted subject ("Ook bewaart M. geen
    // telefoongesprekken", "Daher speichern wir keine Gespräche", R260).
    for (let k = r.end + 1; negAt < 0 && k <= r.end + 1 + INVERTED_SUBJECT_WORDS && k < n && toks[k].kind === 'word'; k++) {
      if (negActive[k] && isWordIn(toks, k, c.nounNegations)) {
        for (let j = k + 1; j <= k + NEGATED_OBJECT_WORDS && j < n && toks[j].kind === 'word'; j++) if (isCall[j] || isRec[j]) { negAt = k; break; }
        break;
      }
    }
    // A negation that ends the clause a few words after the verb: "Wir speichern dieses Gespräch nicht."
    if (negAt < 0) {
      for (let k = r.end + 1; k <= r.end + clauseFinalNegation && k < n && toks[k].kind === 'word'; k++) {
        if (negActive[k] && (k + 1 >= n || toks[k + 1].kind !== 'word' || (isWordIn(toks, k + 1, c.finalParticles) && (k + 2 >= n || toks[k + 2].kind !== 'word')))) negAt = k;
      }
    }
    // "Calls are not recorded automatically", "ne sont pas enregistrés systématiquement": a canceller right after the verb
    // undoes the negation before it as one right after the negation does ("not automatically recorded", R292).
    if (negAt >= 0 && negAt < r.first && r.end + 1 < n && toks[r.end + 1].kind === 'word' && wordIs(toks[r.end + 1], c.cancellers)) negAt = -1;
    // A negated recording whose clause names a purpose negates that purpose, not the recording: "Für
    // Marktforschung speichern wir Ihr Gespräch nicht" neither says the call is recorded nor that it is
    // not (§2, §5). Matched in the clause only, and only for a negated recording: linear.
    // "We do not record the part of the call where you give your card details": the rest is recorded (§2).
    if (negAt >= 0 && c.lex.partialObjects && c.partialObjects.matchRange(baseCtx, Math.max(sentStart[r.first], r.first - clauseReach), b + 1).length > 0) {
      if (r.phrase.data !== 'listen' && (!positive || r.first < positive.first)) positive = r;
      continue;
    }
    if (negAt >= 0 && c.purposes.matchRange(baseCtx, a, b + 1).some((m) => m.phrase.data.id !== undefined && !(r.phrase.data !== 'use' && m.first >= r.first && m.end <= r.end))) {
      // "Gespräche werden zur Schulung, aber nie zu Werbezwecken aufgezeichnet": the verb is shared by a
      // purpose before the negated one, in its sentence and outside the negation: that purpose is affirmed (§4, §5).
      const s0 = sentStart[r.first];
      if ((!positive || r.first < positive.first) && c.purposes.matchRange(baseCtx, s0, negAt).some((m) => m.phrase.data.id !== undefined && !m.phrase.data.stop && !neg.negScope[m.first] && neg.backFrom[m.first] < 0 && m.end < negAt && separated(toks, c, m.end, negAt))) positive = r;
      continue;
    }
    if (r.phrase.data === 'listen') {
      // Listening in is no recording (notice-reading.md §2), and not listening in is no denial.
      if (negAt < 0) listened = true;
      continue;
    }
    // "Calls that are not recorded are forwarded", "Gespräche, die nicht aufgezeichnet werden, …": the clause restricts its noun (R278).
    if (negAt >= 0 && restrictsNoun(toks, c, isCall, Math.min(negAt, r.first))) continue;
    if (negAt >= 0) {
      let conditional = false;
      const from = Math.max(sentStart[r.first], r.first - 2 * clauseReach);
      // "es sei denn": a conditional of several words (docs/notice-reading.md R50)
      // "We want you to know that calls are not recorded", "Wir möchten Sie darauf hinweisen, dass …": a wish to tell states
      // what it tells, it is no condition (docs/notice-reading.md R274)
      for (let k = from; k < n && k <= r.end + 2 * clauseReach && toks[k].kind !== 'stop' && !conditional; k++) conditional = (isWordIn(toks, k, c.conditionals) && !tellingWithin(isTell, k, 4, r.first)) || isCondPhrase[k] === 1;
      // A question asserts nothing, and the sentence that answers it is its condition's consequence:
      // "Prefer not to be recorded? Then we do not record."
      const prevStop = sentStart[r.first] - 1;
      // "Are my calls recorded? No, calls are not recorded": the answer states (§2).
      const s0 = sentStart[r.first];
      const answersNo = isWordIn(toks, s0, c.answerNo) && toks[s0 + 1]?.kind === 'comma';
      if (!conditional) conditional = isQuestion(toks, r.end) || (prevStop > 0 && isQuestion(toks, prevStop) && recSentences.has(sentStart[prevStop - 1]) && !answersNo);
      if (!conditional && (!denial || negAt < denial.first)) denial = { first: Math.min(negAt, r.first), last: Math.max(r.end, negAt) };
      // "If you would prefer not to be recorded, tell the agent": an opt-out offered says the call is recorded.
      else if (conditional && (!positive || r.first < positive.first)) positive = r;
    } else if (!positive || r.first < positive.first) {
      positive = r;
    }
  }
  return { positive, denial, recSentences, listened, isRec };
}

/**
 * The use word at `k` is itself a recording word (a listening verb) joined to the recording word at `at` by negations,
 * coordinators and commas, with at most one other word (its particle: "listened to"): "ni écoutés ni enregistrés" (R285).
 */
function listedWith(toks: Token[], c: Compiled, isRec: Uint8Array, negActive: Uint8Array, k: number, at: number): boolean {
  if (!isRec[k]) return false;
  let others = 0;
  let joined = false;
  for (let j = k + 1; j < at; j++) {
    if (isRec[j]) continue;
    if (negActive[j] || toks[j].kind === 'comma' || isWordIn(toks, j, c.coordinators)) { joined = true; continue; }
    if (toks[j].kind !== 'word' || ++others > 1) return false;
  }
  return joined;
}

/**
 * The active negation that opens a list of short verb items ending at the recording word at `at`: "do not listen to,
 * monitor, or record". The recording verb follows a coordinator; walking back from it: items of at most `listItemWords` words, none a clause subject, between
 * commas and coordinators, at least one separator, and the negation right before the first item's word, not a clause-final
 * verb negation (pack `verbNegations`); else -1 (R202).
 */
function negatedVerbList(toks: Token[], c: Compiled, negActive: Uint8Array, s0: number, at: number): number {
  const plain = plainContext(toks);
  // the last item is the recording verb, after a coordinator ("…, or record"): "aber nie für Werbung, aufgezeichnet" is no list
  if (!isWordIn(toks, at - 1, c.coordinators)) return -1;
  let words = 0;
  let seps = 0;
  for (let k = at - 1; k >= Math.max(s0, at - 16); k--) {
    const t = toks[k];
    if (t.kind === 'stop') return -1;
    // a clause-final verb negation ("Wir geben Ihre Daten nicht weiter und zeichnen … auf") ends its own clause
    if (negActive[k]) return seps > 0 && words > 0 && !isWordIn(toks, k, c.verbNegations) ? k : -1;
    if (t.kind === 'comma' || isWordIn(toks, k, c.coordinators)) {
      if (words === 0 && toks[k + 1]?.kind !== 'comma' && !isWordIn(toks, k + 1, c.coordinators) && k + 1 !== at) return -1;
      seps++;
      words = 0;
      continue;
    }
    if (seps === 0) return -1;
    if (c.clauseSubjects.has(plain, k) || ++words > c.windows.listItemWords) return -1;
  }
  return -1;
}

/** How many words a list of nouns after a negative determiner may end with before the recording word: its verb ("call is" recorded, R200). */
const NOUN_LIST_VERB = 2;

/** How many words after a negative determiner that follows the verb its object's call noun may stand ("keine eingehenden Gespräche", R245). */
const NEGATED_OBJECT_WORDS = 3;
/** Words of an inverted subject between the verb and its negative determiner ("bewaart M. geen", "speichern wir keine"). */
const INVERTED_SUBJECT_WORDS = 2;

/** A comma, a coordinator or a scope ender stands between tokens `from` and `to` (exclusive): they are in different clauses. */
function separated(toks: Token[], c: Compiled, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (toks[k].kind === 'comma' || isWordIn(toks, k, c.coordinators) || isWordIn(toks, k, c.scopeEnders)) return true;
  return false;
}

/**
 * A recording word of several senses (at `at`, its clause [a, b]) whose clause names a party to the
 * recording ("Nous enregistrons pour la formation", "u wordt opgenomen"), or whose sentence names a purpose ("Aufgezeichnet
 * wird zur Betrugsprävention"; "Uw ervaring wordt opgenomen en kan … worden gepubliceerd"): it speaks of
 * recording. Each sentence is read for purposes once (`memo`, by its first token), so linear.
 */
function recordsSomething(toks: Token[], c: Compiled, ctx: MatchContext, clauses: Clauses, memo: Map<number, boolean>, at: number, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (isWordIn(toks, k, c.recordingParties)) return true;
  // "Er wordt niets opgenomen", "Nothing is recorded": nothing said in the call is recorded (§2)
  if (negativePronounNear(toks, c, at, a, b)) return true;
  return namesPurpose(toks, c, ctx, clauses, memo, at);
}

/** A negative pronoun ("niets", "nothing", "nichts", "rien", "nada") within four words of token `at`, in its clause [a, b]: it stands for everything said in the call (docs/notice-reading.md R3, R91). */
function negativePronounNear(toks: Token[], c: Compiled, at: number, a: number, b: number): boolean {
  for (let k = Math.max(a, at - 4); k <= Math.min(b, at + 4); k++) if (isWordIn(toks, k, c.negativePronouns)) return true;
  return false;
}

/**
 * The statement of token `at` names a purpose; each sentence is read once (`memo`, by its first token). A colon or a
 * semicolon does not end the statement (§4 a list shares its verb): "A call will not be reviewed unless: it is needed to
 * investigate a complaint; …" names the goals its list gives.
 */
function namesPurpose(toks: Token[], c: Compiled, ctx: MatchContext, clauses: Clauses, memo: Map<number, boolean>, at: number): boolean {
  const s = clauses.sentStart[at];
  let named = memo.get(s);
  if (named === undefined) {
    let e = s;
    while (e + 1 < toks.length && (toks[e + 1].kind !== 'stop' || toks[e + 1].surface === ':' || toks[e + 1].surface === ';')) e++;
    named = c.purposes.matchRange(ctx, s, e + 1).some((m) => m.phrase.data.id !== undefined && !m.phrase.data.stop);
    memo.set(s, named);
  }
  return named;
}

/**
 * Sentences (by their first token) with a phrase of `genericLaw` and none of `specificMarkers`. A law phrase
 * after a `lawConditions` word that itself follows a recording word (`isRecWord`) of its sentence limits
 * that recording ("Eine Aufzeichnung erfolgt nur, soweit dies zulässig ist"): it makes no sentence generic
 * (docs/notice-reading.md R62). Nor does one after a goal marker that follows a recording word: the law word is in the
 * recording's goal ("Calls are recorded to help prevent illegal activity", R283).
 */
function genericSentences(toks: Token[], c: Compiled, ctx: MatchContext, sentStart: Int32Array, isRecWord: Uint8Array): Set<number> {
  const out = new Set<number>();
  if (c.lex.genericLaw === undefined || c.lex.genericLaw.length === 0) return out;
  const law = c.genericLaw.matchRange(ctx, 0, toks.length);
  if (law.length === 0) return out;
  const specific = new Set<number>();
  for (const m of c.specificMarkers.matchRange(ctx, 0, toks.length)) specific.add(sentStart[m.first]);
  // per sentence, the first condition word or goal marker that follows a recording word of the sentence
  const conditionAt = new Map<number, number>();
  const limits = [...(c.lex.lawConditions?.length ? c.lawConditions.matchRange(ctx, 0, toks.length) : []), ...c.goalMarkers.matchRange(ctx, 0, toks.length)];
  for (const m of limits) {
    const s = sentStart[m.first];
    const earlier = conditionAt.get(s);
    if (earlier !== undefined && earlier < m.first) continue;
    let recBefore = false;
    for (let k = m.first - 1; k >= s && !recBefore; k--) recBefore = isRecWord[k] === 1;
    if (recBefore) conditionAt.set(s, m.first);
  }
  for (const m of law) {
    const s = sentStart[m.first];
    const cond = conditionAt.get(s);
    if (cond !== undefined && cond < m.first) continue;
    if (!specific.has(s)) out.add(s);
  }
  return out;
}

/** The index of the stop that ends the sentence holding token k (or the last token). */
function sentenceEnd(toks: Token[], k: number): number {
  let e = k;
  while (e < toks.length - 1 && toks[e].kind !== 'stop') e++;
  return e;
}
