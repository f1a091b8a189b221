/** The German language pack. */
import { definePack } from '../pack-types';
import { notice } from './notice';
import { de as lexicon } from './lexicon';
import { respellDe, stemDe } from './stem';

export const de = definePack({
  code: 'de',
  name: 'German',
  stem: stemDe,
  respell: respellDe,
  lexicon,
  notice,
  fixWords: { for: 'für', and: 'und' },
  example: 'Dieses Gespräch wird aufgezeichnet.',
  // "Zustimmung", "Bestimmung", "Abstimmung", "Übereinstimmung" are no moods; "Umschulung" is no Schulung compound.
  compounds: {
    prefixes: ['be', 'ge', 'er', 'ver', 'zer', 'ent', 'emp', 'miss', 'ab', 'an', 'auf', 'aus', 'bei', 'ein', 'mit', 'nach', 'vor', 'zu', 'zuruck', 'uber', 'um', 'unter', 'durch', 'wider', 'wieder', 'hinter', 'un', 'ur', 'dar', 'her', 'hin', 'fort', 'weg', 'los'],
  },
  // "drücken Sie bitte die 2": the key may stand four words after the verb
  // "drücken Sie bitte die 2": the key may stand four words after the verb; "oder nicht": an alternative's
  // coordinator stands right before the negation or one word before it
  windows: { menuKeyReach: 4, preCancellerReach: 2 },
  voices: ['Vicki', 'Daniel', 'Marlene', 'Hans', 'Hannah', 'Sabrina'],
  legalForms: ['GmbH', 'AG', 'KG', 'OHG', 'UG', 'e.V.', 'eG', 'KGaA', 'SE'],
});
