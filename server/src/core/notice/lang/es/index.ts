/** The Spanish language pack. */
import { definePack } from '../pack-types';
import { notice } from './notice';
import { es as lexicon } from './lexicon';
import { stemEs } from './stem';

export const es = definePack({
  code: 'es',
  name: 'Spanish',
  stem: stemEs,
  lexicon,
  notice,
  fixWords: { for: 'para', and: 'y' },
  example: 'Esta llamada será grabada.',
  voices: ['Lucía', 'Enrique', 'Conchita', 'Sergio', 'Mia', 'Andrés', 'Lupe', 'Penélope', 'Miguel', 'Pedro'],
  legalForms: ['S.A.', 'S.L.', 'S.L.U.', 'S.A.U.', 'S.L.L.', 'S.Coop.', 'S.C.', 'S.L.N.E.'],
  // "No se graban todas las llamadas": the reflexive "se" puts the quantifier one word further.
  windows: { quantifierOffsets: [2, 3], preCancellerReach: 2 },
});
