/**
 * The shape of a language pack's `notice` section (notice-generator.md §3): the frames, sentences and
 * purpose phrases the generator writes a spoken notice from. Pure data; slots in braces:
 * `{C}` controller, `{CALL}` what is recorded ("this call", "one in 10 calls"), `{P}` purpose list,
 * `{S}` the frame's suffix (empty, or ", but only …"), `{K}` / `{N}` sampling, `{T}` buffer time,
 * `{U}` URL, `{M}` / `{A}` / `{R}` keys.
 */
import type { BuiltinPurpose } from '../../vocabulary';

/** The purposes a notice can name (`personal-use` is refused before any text is written). */
export type NoticePurpose = Exclude<BuiltinPurpose, 'personal-use'>;

export interface PurposePhrase {
  /** With its own preposition, so any mix stays grammatical ("to improve our service"). */
  readonly full: string;
  /** A noun phrase that shares the table's `shortFor` preposition with the others ("quality assurance"). */
  readonly short: string;
}

/** A unit of `{T}` in the singular and the plural ("1 hour", "2 hours"). */
export type UnitWords = readonly [singular: string, plural: string];

export interface NoticeTables {
  /** Spoken length: letters and digits per second (§6). */
  readonly lettersPerSecond: number;
  /** The final list joiner ("and", "en", "und", "et"). */
  readonly and: string;
  /** The preposition the short forms share ("for", "voor", "für", "pour"). */
  readonly shortFor: string;
  /** The recording sentence: `{C}` records `{CALL}` `{P}` `{S}`. */
  readonly recording: string;
  /** Retroactive (buffered, kept on demand): the suffix after its first clause. */
  readonly retroactive: string;
  readonly thisCall: string;
  readonly thisInternalCall: string;
  /** `{CALL}` for a sampled recording, from `{K}` and `{N}`. */
  readonly sampled: string;
  readonly sampledInternal: string;
  /** `{K}` when it is one ("one", "één", "eines", "un appel"), and when it is more (`{K}` in digits). */
  readonly one: string;
  readonly many: string;
  /** The same for internal calls, when the language marks it on `{K}` (French). */
  readonly oneInternal?: string;
  readonly manyInternal?: string;
  readonly suffix: { readonly onDemand: string; readonly allConsent: string; readonly both: string };
  readonly consent: string;
  readonly writtenConsent: string;
  readonly objection: string;
  readonly rights: string;
  readonly more: string;
  readonly moreNoUrl: string;
  readonly moreKey: string;
  readonly questionUse: string;
  readonly questionRecord: string;
  readonly withdrawal: string;
  /** The key sentence after the withdrawal sentence, for a keypress. */
  readonly keys: string;
  readonly units: {
    readonly year: UnitWords;
    readonly month: UnitWords;
    readonly week: UnitWords;
    readonly day: UnitWords;
    readonly hour: UnitWords;
    readonly minute: UnitWords;
    readonly second: UnitWords;
  };
  readonly purposes: Readonly<Record<NoticePurpose, PurposePhrase>>;
}
