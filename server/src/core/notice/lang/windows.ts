/**
 * How far the analyser's stages look around a word, in words. These are properties of a language's
 * word order (how far a German clause-final "nicht" may stand after its verb, how far French puts a
 * quantifier before "ne … pas"), so a pack may set its own; a pack that sets none gets the defaults.
 */
export interface Windows {
  /** How many words either side of a recording word its clause may reach (text without punctuation stays linear). */
  clauseReach: number;
  /** How many words after a recording word a clause-final negation may stand ("Wir speichern dieses Gespräch nicht"). */
  clauseFinalNegation: number;
  /** How many words after a negation a canceller may stand ("not all", "niet alle"). */
  cancellerReach: number;
  /** How many words before a negation a pre-canceller may stand ("Tous les appels ne sont pas"). */
  preCancellerReach: number;
  /** At which words after a negation a quantifier undoes it ("we do not record all calls": 2). */
  quantifierOffsets: readonly number[];
  /** How far apart the halves of one negation may stand, undone together ("ne … pas"). */
  negationPairReach: number;
  /** How many words may stand between a verb negation (lexicon `verbNegations`) and a coordinator that ends its scope. */
  verbNegationReach: number;
  /** How many words may stand between a purpose-clause marker and a negation that belongs to the goal ("zodat er later geen"). */
  goalNegationReach: number;
  /** How many words after a non-call noun may stand before the recording word it governs ("meter reading recorded"). */
  nonCallReach: number;
  /** How many words after a menu verb its key may stand ("press 2", "appuyez sur la touche 2"). */
  menuKeyReach: number;
  /** How many words a list item may have before its separator ("quality and staff training purposes"). */
  listItemWords: number;
  /** How many items a list sharing one head may have. */
  listItems: number;
  /** How many words and commas a hyphen ellipsis may reach for its head ("trainings-, coachings- en kwaliteitsdoeleinden"). */
  ellipsisReach: number;
}

export const DEFAULT_WINDOWS: Readonly<Windows> = Object.freeze({
  clauseReach: 30,
  clauseFinalNegation: 5,
  cancellerReach: 2,
  preCancellerReach: 4,
  quantifierOffsets: [2],
  negationPairReach: 4,
  verbNegationReach: 1,
  goalNegationReach: 5,
  nonCallReach: 4,
  menuKeyReach: 3,
  listItemWords: 2,
  listItems: 6,
  ellipsisReach: 8,
});
