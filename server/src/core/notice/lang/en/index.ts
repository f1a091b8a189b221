/** The English language pack. */
import { definePack } from '../pack-types';
import { notice } from './notice';
import { en as lexicon } from './lexicon';
import { stemEn } from './stem';

export const en = definePack({
  code: 'en',
  name: 'English',
  stem: stemEn,
  lexicon,
  notice,
  fixWords: { for: 'for', and: 'and' },
  example: 'This call is recorded.',
  voices: ['Joanna', 'Matthew', 'Amy', 'Brian', 'Emma', 'Ivy', 'Joey', 'Justin', 'Kendra', 'Kimberly', 'Salli', 'Kevin', 'Ruth', 'Stephen', 'Danielle', 'Gregory', 'Arthur', 'Olivia', 'Nicole', 'Russell', 'Raveena', 'Aditi', 'Kajal', 'Niamh', 'Aria', 'Ayanda', 'Geraint', 'Patrick', 'Jasmine'],
  // an alternative's coordinator stands right before the negation or one word before it ("or may not")
  windows: { preCancellerReach: 2 },
  legalForms: ['Ltd', 'Limited', 'plc', 'LLP', 'LLC', 'Inc', 'Corp'],
});
