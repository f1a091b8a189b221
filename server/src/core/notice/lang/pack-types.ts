/**
 * The shape of a language pack: everything the notice analyser and the rules know about one
 * language. A pack lives in its own folder (`lang/<code>/`) and is listed once in ./registry.ts;
 * nothing outside those two places names a language.
 */
import type { NoticeTables } from '../generate/tables';
import type { CompoundRules } from './compounds';
import type { NoticeLexicon } from './lexicon-types';
import type { Windows } from './windows';

export interface LanguagePack<C extends string = string> {
  /** ISO 639-1 code, lower case: the `lang` of a script, `announcement.language`, `--lang`. */
  readonly code: C;
  /** The language's English name, for messages ("the Dutch (nl) notice"). */
  readonly name: string;
  /** Inflection key of a folded word: inflected forms of one word share it (./normalise explains the contract). */
  stem(folded: string): string;
  /**
   * A second spelling of a folded word in the language's standard spelling, when the word may be written in a
   * substitute spelling: German writes ae, oe, ue for ä, ö, ü where a keyboard lacks them ("Qualitaetssicherung").
   * A word matches a phrase in either spelling (docs/notice-reading.md R120); absent or unchanged: one spelling.
   */
  respell?(folded: string): string;
  /** Stop words, connectors, negation, conditionals, recording words, the purpose vocabulary, vague phrases. */
  readonly lexicon: NoticeLexicon;
  /**
   * What the notice generator writes in this language (notice-generator.md §3); a pack without it
   * is not offered by `reclint notice`.
   */
  readonly notice?: NoticeTables;
  /** Words a fix writes into a notice: "voor" before the first purpose, "en" before an added one. */
  readonly fixWords: { readonly for: string; readonly and: string };
  /**
   * Legal forms of company names, as written (with or without dots is matched alike): a capitalised
   * name followed by one is an organisation's name, not prose (notice-reading.md §1).
   */
  readonly legalForms: readonly string[];
  /**
   * A sentence that says this call is recorded and names no purpose, ending in a full stop. The
   * registry's tests add each canonical phrase to it as a fix does, and read the purpose back.
   */
  readonly example: string;
  /**
   * Text-to-speech voices that speak this language, by name as platforms write them (Amazon Polly's
   * `Lotte`, `Joanna`): a flow that sets a voice sets the language of its prompts (flows/voices.ts).
   */
  readonly voices?: readonly string[];
  /** Compound languages: where a compound head's modifier is only a prefix (./compounds.ts). */
  readonly compounds?: CompoundRules;
  /** Word windows that differ from the defaults (./windows.ts). */
  readonly windows?: Partial<Windows>;
}

/** Declare a pack, keeping its code as a literal type (the registry's union of codes is built from it). */
export function definePack<C extends string>(pack: LanguagePack<C>): LanguagePack<C> {
  return pack;
}
