/** The Dutch language pack. */
import { definePack } from '../pack-types';
import { nl as lexicon } from './lexicon';
import { stemNl } from './stem';

export const nl = definePack({
  code: 'nl',
  name: 'Dutch',
  stem: stemNl,
  lexicon,
  fixWords: { for: 'voor', and: 'en' },
  example: 'Dit gesprek wordt opgenomen.',
  legalForms: ['B.V.', 'N.V.', 'V.O.F.', 'C.V.', 'U.A.'],
});
