/**
 * Purposes a notice excludes (notice-reading.md §5, issue 13 item 3): a purpose phrase in a negation's
 * scope is no purpose, and the analysis names it as excluded, once, unless the notice names it as a
 * purpose too. Written sentences, one per language and shape.
 */
import { strict as assert } from 'node:assert';
import { analyseNotice } from '../../../src/core/notice/analyse';

const excluded = (text: string, lang: 'nl' | 'en' | 'de' | 'fr' | 'es') => (analyseNotice(text, lang).excluded ?? []).map((e) => e.id);
const purposes = (text: string, lang: 'nl' | 'en' | 'de' | 'fr' | 'es') => analyseNotice(text, lang).purposes.map((p) => p.id);

describe('notice analysis: excluded purposes', () => {
  it('a negated purpose in its own clause is excluded, in each language', () => {
    assert.deepEqual(excluded('Wij nemen gesprekken op voor de opleiding van medewerkers, niet voor marketing.', 'nl'), ['marketing']);
    assert.deepEqual(excluded('Calls are recorded to train our staff and never for marketing.', 'en'), ['marketing']);
    assert.deepEqual(excluded('Wir zeichnen Gespräche zu Schulungszwecken auf, nicht aber für Werbung.', 'de'), ['marketing']);
    assert.deepEqual(purposes('Calls are recorded to train our staff and never for marketing.', 'en'), ['staff-training']);
  });

  it('a negation that belongs to the goal excludes nothing; a notice without negation excludes nothing', () => {
    assert.deepEqual(excluded('Dit gesprek wordt opgenomen om geen misverstanden te krijgen over afspraken.', 'nl'), []);
    assert.deepEqual(excluded('This call is recorded for training purposes.', 'en'), []);
  });

  it('a purpose both named and excluded is a purpose, not excluded', () => {
    const text = 'We record calls for marketing. We do not use them for marketing by third parties.';
    assert.ok(purposes(text, 'en').includes('marketing'));
    assert.deepEqual(excluded(text, 'en'), []);
  });
});
