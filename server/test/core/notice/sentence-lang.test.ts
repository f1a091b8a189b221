/** The language of each sentence (notice-reading.md §6): a sentence plainly in another language is read in it. */
import * as assert from 'node:assert/strict';
import { analyseNotice } from '../../../src/core/notice/analyse';
import { foreignSentences, sentenceLanguage } from '../../../src/core/notice/sentence-lang';

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
});
