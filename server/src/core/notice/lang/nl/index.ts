/** The Dutch language pack. */
import { definePack } from '../pack-types';
import { notice } from './notice';
import { nl as lexicon } from './lexicon';
import { stemNl } from './stem';

export const nl = definePack({
  code: 'nl',
  name: 'Dutch',
  stem: stemNl,
  lexicon,
  notice,
  fixWords: { for: 'voor', and: 'en' },
  example: 'Dit gesprek wordt opgenomen.',
  // "toestemming", "instemming", "bestemming", "overeenstemming" are no moods; "vermelding" is no melding compound.
  compounds: {
    prefixes: ['be', 'ge', 'ver', 'ont', 'her', 'er', 'toe', 'op', 'af', 'aan', 'in', 'uit', 'mee', 'door', 'over', 'overeen', 'onder', 'om', 'voor', 'na', 'weg', 'terug', 'bij', 'tegen', 'on'],
  },
  voices: ['Lotte', 'Ruben', 'Laura', 'Lisa'],
  // an alternative's coordinator stands right before the negation or one word before it ("al dan niet")
  windows: { preCancellerReach: 2 },
  legalForms: ['B.V.', 'N.V.', 'V.O.F.', 'C.V.', 'U.A.'],
});
