/** The language of each sentence (notice-reading.md §6): a sentence plainly in another language is read in it. */
import * as assert from 'node:assert/strict';
import { analyseNotice } from '../../../src/core/notice/analyse';
import { foreignSentences, sentenceLanguage, sentenceSpans } from '../../../src/core/notice/sentence-lang';
import { sentenceLanguages } from '../../../src/core/prompt-language';

describe('sentence language', () => {
  it('a sentence with more than twice the function words of another language, and at least three, is in that language', () => {
    assert.equal(sentenceLanguage('Recordings may also be used to resolve complaints', 'fr'), 'en');
    assert.equal(sentenceLanguage('Cet enregistrement peut aussi servir à la formation de nos conseillers', 'en'), 'fr');
    assert.equal(sentenceLanguage('Esta llamada será grabada para mejorar la calidad', 'fr'), 'es');
    assert.equal(sentenceLanguage('Dit gesprek wordt opgenomen voor de kwaliteit van onze dienstverlening', 'de'), 'nl');
  });

  it('a sentence in the declared language, a short one and a brand name stay in the declared language', () => {
    assert.equal(sentenceLanguage('Dit gesprek wordt opgenomen voor trainingsdoeleinden', 'nl'), undefined);
    assert.equal(sentenceLanguage('Welcome', 'nl'), undefined);
    assert.equal(sentenceLanguage('Bel de Customer Service Desk van Acme', 'nl'), undefined);
  });

  it('gives the span of each foreign sentence, without the stop after it', () => {
    const text = 'Dit gesprek wordt opgenomen. This call is recorded for the training of our staff.';
    const f = foreignSentences(text, 'nl');
    assert.equal(f.length, 1);
    assert.equal(text.slice(f[0].start, f[0].end), 'This call is recorded for the training of our staff');
    assert.equal(f[0].lang, 'en');
  });

  it('the purposes are the union of the readings, with exact spans', () => {
    const text = 'Cet appel peut être enregistré pour la formation de nos équipes. Recordings may also be used to resolve complaints.';
    const a = analyseNotice(text, 'fr');
    assert.deepEqual(a.purposes.map((p) => p.id).sort(), ['complaint-handling', 'staff-training']);
    for (const p of a.purposes) assert.equal(text.slice(p.start, p.end), p.text);
    assert.equal(a.lang, 'fr');
  });

  it('a recording said only in the other language counts, and the purposes of the declared language are then read', () => {
    const a = analyseNotice('Wij helpen u graag met uw klacht. This call is recorded for the purposes of our complaints handling.', 'nl');
    assert.equal(a.records, true);
    assert.ok(a.purposes.some((p) => p.id === 'complaint-handling'));
  });

  describe('one sentence walk for the analyser, a prompt\'s parts and `reclint purposes`', () => {
    const bodies = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

    it("ends no sentence at the full stop of an abbreviation, of any pack's, nor between digits", () => {
      assert.deepEqual(bodies('Gespräche werden z. B. zur Schulung aufgezeichnet. Wir sind ab 8.30 Uhr erreichbar.'), [
        'Gespräche werden z. B. zur Schulung aufgezeichnet',
        'Wir sind ab 8.30 Uhr erreichbar',
      ]);
      assert.deepEqual(bodies('Calls are recorded, e.g. for training. Thank you.'), ['Calls are recorded, e.g. for training', 'Thank you']);
      // the walk runs before the sentence's language is known
      assert.deepEqual(bodies('Calls are recorded, z. B. for training. Merci.'), ['Calls are recorded, z. B. for training', 'Merci']);
    });

    it('a blank line ends a sentence, a single line break does not; a stop run with no words after it is not a sentence', () => {
      assert.deepEqual(bodies('Dit gesprek wordt\nopgenomen\n\nWelkom bij Acme...'), ['Dit gesprek wordt\nopgenomen', 'Welkom bij Acme']);
      assert.deepEqual(bodies(' ... '), []);
    });

    it('next is where the following sentence begins, after the stops and the space', () => {
      const text = 'Eins. Zwei!  Drei';
      assert.deepEqual(sentenceSpans(text).map((s) => [s.start, s.end, s.next]), [[0, 4, 6], [6, 10, 13], [13, 17, 17]]);
    });

    it("the analyser's foreign sentences are the sentences `reclint purposes` lists in another language", () => {
      const text = 'Gespräche werden z. B. zur Schulung aufgezeichnet. Recordings are also used as evidence of what we agree, e.g. in a dispute.';
      const listed = sentenceLanguages(text, 'de').filter((s) => s.lang !== 'de');
      const foreign = foreignSentences(text, 'de');
      assert.deepEqual(listed.map((s) => [s.start, s.lang]), foreign.map((s) => [s.start, s.lang]));
      assert.equal(text.slice(listed[0].start, listed[0].end), 'Recordings are also used as evidence of what we agree, e.g. in a dispute.');
    });
  });
});
