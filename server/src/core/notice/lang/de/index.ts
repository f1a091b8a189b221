/** The German language pack. */
import { definePack } from '../pack-types';
import { de as lexicon } from './lexicon';
import { stemDe } from './stem';

export const de = definePack({
  code: 'de',
  name: 'German',
  stem: stemDe,
  lexicon,
  fixWords: { for: 'für', and: 'und' },
  example: 'Dieses Gespräch wird aufgezeichnet.',
  legalForms: ['GmbH', 'AG', 'KG', 'OHG', 'UG', 'e.V.', 'eG', 'KGaA', 'SE'],
});
