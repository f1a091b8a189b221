/**
 * The grammar matrix (./grammar-matrix.cases.ts): notices composed from recording forms, purpose phrasings,
 * positions, interveners, joiners, negations, conditions and look-alikes, in five languages. Every case is
 * asserted (records, denies, exact purposes, excluded purposes, vague); the KNOWN list holds the cases
 * still misread, with their reasons, and is checked both ways.
 */
import * as assert from 'node:assert/strict';
import { isBuiltinPurpose } from '../../../src/core/vocabulary';
import { KNOWN, buildMatrix } from './grammar-matrix.cases';
import { expected, reading } from './grammar-matrix.reading';

const CASES = buildMatrix();

describe('notice grammar matrix', () => {
  it('is well formed: unique ids, built-in purposes, a few thousand cases, every language', () => {
    const ids = new Set(CASES.map((c) => c.id));
    assert.equal(ids.size, CASES.length);
    for (const c of CASES) for (const id of [...c.purposes, ...c.excluded]) assert.ok(isBuiltinPurpose(id), `${c.id}: ${id}`);
    assert.ok(CASES.length >= 1500 && CASES.length <= 5000, `${CASES.length} cases`);
    for (const lang of ['en', 'nl', 'de', 'fr', 'es']) assert.ok(CASES.filter((c) => c.lang === lang).length >= 300, lang);
  });

  it('the known misreadings are still misread (a fixed one leaves the list), and name cases that exist', () => {
    for (const id of Object.keys(KNOWN)) {
      const c = CASES.find((x) => x.id === id);
      assert.ok(c, `${id} is no case of the matrix`);
      assert.notDeepEqual(reading(c), expected(c), `${id} is read right now: take it off KNOWN`);
    }
  });

  for (const c of CASES) {
    if (KNOWN[c.id] !== undefined) continue;
    it(`${c.id}: ${c.text}`, () => {
      assert.deepEqual(reading(c), expected(c));
    });
  }
});
