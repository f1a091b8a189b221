/** The French language pack. */
import { definePack } from '../pack-types';
import { notice } from './notice';
import { fr as lexicon } from './lexicon';
import { stemFr } from './stem';

export const fr = definePack({
  code: 'fr',
  name: 'French',
  stem: stemFr,
  lexicon,
  notice,
  fixWords: { for: 'pour', and: 'et' },
  example: 'Cet appel est enregistré.',
  voices: ['Léa', 'Rémi', 'Céline', 'Mathieu', 'Chantal', 'Gabrielle', 'Liam', 'Isabelle'],
  legalForms: ['S.A.', 'S.A.S.', 'SASU', 'SARL', 'EURL', 'SNC', 'SE'],
});
