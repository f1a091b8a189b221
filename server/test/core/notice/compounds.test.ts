/** Compound heads count only at a morpheme boundary (notice-reading.md §4), by the packs' prefixes. */
import * as assert from 'node:assert/strict';
import { analyseNotice } from '../../../src/core/notice/analyse';
import { isBarePrefix, modifierTest } from '../../../src/core/notice/lang/compounds';
import { packOf } from '../../../src/core/notice/lang/registry';

const ids = (text: string, lang: 'de' | 'nl') => analyseNotice(text, lang).purposes.map((p) => p.id).sort();

describe('compound guard', () => {
  it('a modifier made of prefixes only is no modifier; a word of its own is', () => {
    const de = packOf('de').compounds!;
    for (const m of ['zu', 'be', 'ab', 'ver', 'uberein', 'um']) assert.equal(isBarePrefix(de, m), true, m);
    for (const m of ['kunden', 'schulungs', 'gesprachs', '', 'zuk']) assert.equal(isBarePrefix(de, m), false, m);
    const nl = packOf('nl').compounds!;
    for (const m of ['toe', 'in', 'be', 'overeen', 'ver']) assert.equal(isBarePrefix(nl, m), true, m);
    for (const m of ['klant', 'trainings', 'kwaliteits']) assert.equal(isBarePrefix(nl, m), false, m);
  });

  it('languages without compound rules have no guard', () => {
    assert.equal(modifierTest(packOf('en')), undefined);
    assert.equal(typeof modifierTest(packOf('de')), 'function');
  });

  it('German: zu-, be-, ab-, über-ein- + Stimmung are no mood; Kunden- + Stimmung and Stimmung alone are', () => {
    for (const w of ['Zustimmung', 'Bestimmung', 'Abstimmung', 'Übereinstimmung', 'Verstimmung']) {
      assert.deepEqual(ids(`Mit Ihrer ${w} zeichnen wir dieses Gespräch auf.`, 'de'), [], w);
    }
    assert.deepEqual(ids('Wir zeichnen das Gespräch auf, um die Kundenstimmung zu erkennen.', 'de'), ['emotion-recognition']);
    assert.deepEqual(ids('Wir zeichnen das Gespräch auf, um Ihre Stimmung zu erkennen.', 'de'), ['emotion-recognition']);
  });

  it('German: a head after a real modifier, with its linking element, still counts', () => {
    assert.deepEqual(ids('Dieses Gespräch wird zu Schulungszwecken aufgezeichnet.', 'de'), ['staff-training']);
    assert.deepEqual(ids('Dieses Gespräch wird zur Mitarbeiterschulung aufgezeichnet.', 'de'), ['staff-training']);
    assert.equal(analyseNotice('Eine Gesprächsaufzeichnung findet statt.', 'de').records, true);
  });
});
