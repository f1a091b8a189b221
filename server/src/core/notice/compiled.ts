/**
 * The compiled lexicon: a language pack's phrase lists (./lang/<code>/lexicon.ts) turned into phrase sets and folded
 * word sets once, and cached; and the config's extra purpose phrases (plain text, per call)
 * compiled into a phrase set the same way. The analyser's stages read only these.
 */
import type { NoticeLexicon } from './lang/lexicon-types';
import { packOf } from './lang/registry';
import { DEFAULT_WINDOWS, type Windows } from './lang/windows';
import { fold } from './normalise';
import { PhraseSet } from './pattern';
import type { NoticeLang } from './types';

/** What a purpose phrase stands for: a purpose id (none for a stop phrase), vague or not, and its weight. */
export interface PurposeData {
  id?: string;
  vague: boolean;
  stop: boolean;
  bonus: number;
  /** Purposes whose containing matches this phrase hides (lexicon `outranks`). */
  outranks?: readonly string[];
  /** A phrase the policy gives for one of its purposes (`phrases:`): its words mean what the policy says. */
  policy?: true;
}

/**
 * A recording word on its own ("recorded"), one that needs a use nearby ("stored"), one of several
 * senses that needs a call named nearby ("opgenomen"), listening in ("monitored"), or the call used
 * for a purpose its sentence names ("your call may be used for training").
 */
export type RecKind = 'strong' | 'weak' | 'sense' | 'listen' | 'use';

export interface Compiled {
  lex: NoticeLexicon;
  /** The pack's word windows (defaults where it sets none). */
  windows: Windows;
  purposes: PhraseSet<PurposeData>;
  recording: PhraseSet<RecKind>;
  notRecording: PhraseSet<null>;
  callNouns: PhraseSet<null>;
  /** Lexicon `dataNouns`. */
  dataNouns: PhraseSet<null>;
  /** Lexicon `dataUses`. */
  dataUses: PhraseSet<null>;
  /** Lexicon `recordingRefs`. */
  recordingRefs: PhraseSet<null>;
  /** The phrases of `specificMarkers` that name this call ("this call", "dieses Gespräch"): those of more than one word. */
  thisCall: PhraseSet<null>;
  /** Lexicon `callRouting`. */
  callRouting: PhraseSet<null>;
  /** Lexicon `callerRequests`. */
  callerRequests: PhraseSet<null>;
  /** Lexicon `goalMarkers`. */
  goalMarkers: PhraseSet<null>;
  /** Lexicon `recordingOff`. */
  recordingOff: PhraseSet<null>;
  /** Lexicon `hypotheticals`. */
  hypotheticals: PhraseSet<null>;
  /** Lexicon `loggedEvents`. */
  loggedEvents: PhraseSet<null>;
  /** Lexicon `otherRecorded`. */
  otherRecorded: PhraseSet<null>;
  /** Lexicon `phrasePrepositions`. */
  phrasePrepositions: Set<string>;
  /** Lexicon `recordingParties`. */
  recordingParties: Set<string>;
  /** Lexicon `callPronouns`. */
  callPronouns: Set<string>;
  /** Lexicon `tellingVerbs`. */
  tellingVerbs: PhraseSet<null>;
  /** Lexicon `possibilityModals`. */
  possibilityModals: Set<string>;
  /** Lexicon `addressees`. */
  addressees: PhraseSet<null>;
  /** Lexicon `callerPronouns`. */
  callerPronouns: Set<string>;
  /** Lexicon `objectPrepositions`. */
  objectPrepositions: Set<string>;
  /** Lexicon `negativePronouns`. */
  negativePronouns: Set<string>;
  /** Lexicon `passiveSubject`. */
  passiveSubject?: { passive: Set<string>; auxiliaries: Set<string>; determiners: Set<string> };
  genericLaw: PhraseSet<null>;
  /** Lexicon `lawConditions`. */
  lawConditions: PhraseSet<null>;
  specificMarkers: PhraseSet<null>;
  notCallNouns: PhraseSet<null>;
  useContext: PhraseSet<null>;
  purposeHeads: PhraseSet<null>;
  purposeHeadsBefore: PhraseSet<null>;
  negations: Set<string>;
  /** Lexicon `answerNo`. */
  answerNo: Set<string>;
  cancellers: Set<string>;
  preCancellers: Set<string>;
  quantifiers: Set<string>;
  /** Lexicon `partialObjects`. */
  partialObjects: PhraseSet<null>;
  /** Lexicon `negationDurations`. */
  durations: PhraseSet<null>;
  /** Lexicon `restrictiveNegation`, as sets (empty when the language has none). */
  restrictive: { heads: Set<string>; restrictives: Set<string>; partners: Set<string> };
  verbNegations: Set<string>;
  nounNegations: Set<string>;
  menuVerbs: Set<string>;
  introductions: PhraseSet<null>;
  /** Lexicon `welcomes`. */
  welcomes: PhraseSet<null>;
  menuKeys: Set<string>;
  scopeEnders: Set<string>;
  conditionals: Set<string>;
  /** The phrases of `conditionals` of more than one word ("es sei denn"): a word set cannot hold them. */
  conditionalPhrases: PhraseSet<null>;
  coordinators: Set<string>;
  /** Lexicon `abbreviations`. */
  abbreviations: Set<string>;
  clauseSubjects: PhraseSet<null>;
  subordinators: Set<string>;
  /** Subordinators that open a clause only after a comma (lexicon `relativeArticles`). */
  relativeArticles: Set<string>;
  /** Lexicon `relativePronouns`. */
  relativePronouns: Set<string>;
  ofWords: Set<string>;
  finalParticles: Set<string>;
  /** Lexicon `finalVerbs`. */
  finalVerbs: Set<string>;
  purposeMarkers: Set<string>;
  fillers: Set<string>;
}

const cache = new Map<NoticeLang, Compiled>();

function words(list: readonly string[]): Set<string> {
  return new Set(list.map((w) => fold(w)));
}

function set(lang: NoticeLang, list: readonly string[]): PhraseSet<null> {
  const s = new PhraseSet<null>(lang);
  for (const p of list) s.add(p, null);
  return s;
}

/** Compile a language's lexicon (cached). Throws on a malformed lexicon phrase (caught by the tests). */
export function compiledLexicon(lang: NoticeLang): Compiled {
  const hit = cache.get(lang);
  if (hit) return hit;
  const pack = packOf(lang);
  const lex = pack.lexicon;
  const purposes = new PhraseSet<PurposeData>(lang);
  for (const rule of lex.purposes) {
    for (const p of rule.phrases) {
      const data: PurposeData = { id: rule.stop ? undefined : rule.id, vague: !rule.stop && rule.vague === true, stop: rule.stop === true, bonus: 0 };
      if (rule.outranks && rule.outranks.length > 0) data.outranks = rule.outranks;
      purposes.add(p, data);
    }
  }
  const recording = new PhraseSet<RecKind>(lang);
  for (const p of lex.recording) recording.add(p, 'strong');
  for (const p of lex.recordingWeak) recording.add(p, 'weak');
  for (const p of lex.recordingSenses ?? []) recording.add(p, 'sense');
  for (const p of lex.listening ?? []) recording.add(p, 'listen');
  for (const p of lex.callUse ?? []) recording.add(p, 'use');
  const c: Compiled = {
    lex,
    windows: { ...DEFAULT_WINDOWS, ...pack.windows },
    purposes,
    recording,
    notRecording: set(lang, lex.notRecording),
    callNouns: set(lang, lex.callNouns),
    dataNouns: set(lang, lex.dataNouns ?? []),
    dataUses: set(lang, lex.dataUses ?? []),
    recordingRefs: set(lang, lex.recordingRefs ?? []),
    recordingParties: words(lex.recordingParties ?? []),
    callPronouns: words(lex.callPronouns ?? []),
    callerPronouns: words(lex.callerPronouns ?? []),
    addressees: set(lang, lex.addressees ?? []),
    possibilityModals: words(lex.possibilityModals ?? []),
    tellingVerbs: set(lang, lex.tellingVerbs ?? []),
    objectPrepositions: words(lex.objectPrepositions ?? []),
    negativePronouns: words(lex.negativePronouns ?? []),
    ...(lex.passiveSubject ? { passiveSubject: { passive: words(lex.passiveSubject.passive), auxiliaries: words([...lex.passiveSubject.auxiliaries, ...lex.passiveSubject.passive]), determiners: words(lex.passiveSubject.determiners) } } : {}),
    phrasePrepositions: words(lex.phrasePrepositions ?? []),
    loggedEvents: set(lang, lex.loggedEvents ?? []),
    otherRecorded: set(lang, lex.otherRecorded ?? []),
    recordingOff: set(lang, lex.recordingOff ?? []),
    hypotheticals: set(lang, lex.hypotheticals ?? []),
    goalMarkers: set(lang, lex.goalMarkers ?? []),
    callerRequests: set(lang, lex.callerRequests ?? []),
    thisCall: set(lang, (lex.specificMarkers ?? []).filter((p) => p.trim().includes(' '))),
    callRouting: set(lang, lex.callRouting ?? []),
    genericLaw: set(lang, lex.genericLaw ?? []),
    lawConditions: set(lang, lex.lawConditions ?? []),
    specificMarkers: set(lang, lex.specificMarkers ?? []),
    notCallNouns: set(lang, lex.notCallNouns),
    useContext: set(lang, lex.useContext),
    purposeHeads: set(lang, lex.purposeHeads),
    purposeHeadsBefore: set(lang, lex.purposeHeadsBefore ?? []),
    negations: words(lex.negations),
    answerNo: words(lex.answerNo ?? []),
    cancellers: words(lex.negationCancellers),
    preCancellers: words(lex.negationPreCancellers ?? []),
    quantifiers: words(lex.negationQuantifiers ?? []),
    durations: set(lang, lex.negationDurations ?? []),
    partialObjects: set(lang, lex.partialObjects ?? []),
    restrictive: {
      heads: words(lex.restrictiveNegation?.heads ?? []),
      restrictives: words(lex.restrictiveNegation?.restrictives ?? []),
      partners: words(lex.restrictiveNegation?.partners ?? []),
    },
    verbNegations: words(lex.verbNegations ?? []),
    nounNegations: words(lex.nounNegations ?? []),
    menuVerbs: words(lex.menuVerbs ?? []),
    introductions: set(lang, lex.introductions ?? []),
    welcomes: set(lang, lex.welcomes ?? []),
    menuKeys: words(lex.menuKeys ?? []),
    scopeEnders: words(lex.scopeEnders),
    conditionals: words(lex.conditionals),
    conditionalPhrases: set(lang, lex.conditionals.filter((p) => p.trim().includes(' '))),
    coordinators: words(lex.coordinators),
    abbreviations: words(lex.abbreviations ?? []),
    clauseSubjects: set(lang, lex.clauseSubjects),
    subordinators: words(lex.subordinators),
    relativeArticles: words(lex.relativeArticles ?? []),
    relativePronouns: words(lex.relativePronouns ?? []),
    ofWords: words(lex.ofWords ?? []),
    finalParticles: words(lex.finalParticles ?? []),
    finalVerbs: words(lex.finalVerbs ?? []),
    purposeMarkers: words(lex.purposeMarkers ?? []),
    fillers: words(lex.fillers),
  };
  cache.set(lang, c);
  return c;
}

/** Compile `extraPhrases` (plain text, not the lexicon notation) into a phrase set; bad input is skipped. */
export function compileExtra(lang: NoticeLang, extra: Record<string, readonly string[]> | undefined): PhraseSet<PurposeData> | undefined {
  if (!extra) return undefined;
  const s = new PhraseSet<PurposeData>(lang);
  let n = 0;
  for (const id of Object.keys(extra)) {
    const list = extra[id];
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      if (typeof raw !== 'string') continue;
      const ws = fold(raw)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length > 0)
        .slice(0, 12);
      if (ws.length === 0) continue;
      const elems = ws.map((w, i) => (i === ws.length - 1 && w.length >= 5 ? `${w}|${w}*` : w));
      try {
        s.add(elems.join(' .. '), { id, vague: false, stop: false, bonus: 1000, policy: true });
        n++;
      } catch {
        // an unusable phrase names nothing
      }
    }
  }
  return n > 0 ? s : undefined;
}
