/** The English language pack. */
import { definePack } from '../pack-types';
import { en as lexicon } from './lexicon';
import { stemEn } from './stem';

export const en = definePack({
  code: 'en',
  name: 'English',
  stem: stemEn,
  lexicon,
  fixWords: { for: 'for', and: 'and' },
  example: 'This call is recorded.',
  legalForms: ['Ltd', 'Limited', 'plc', 'LLP', 'LLC', 'Inc', 'Corp'],
});
