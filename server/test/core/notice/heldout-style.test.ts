/** Our own held-out-style cases (not from the development set), per language and category. */
import * as assert from 'node:assert/strict';
import { analyseNotice } from '../../../src/core/notice/analyse';
import { CASES } from './heldout-style.cases';

describe('notice analysis: held-out-style cases', () => {
  for (const [lang, text, records, denies, purposes, vague] of CASES) {
    it(`[${lang}] ${text}`, () => {
      const a = analyseNotice(text, lang);
      assert.equal(a.records, records, 'records');
      assert.equal(a.denies, denies, 'denies');
      assert.deepEqual(a.purposes.map((p) => p.id).sort(), [...purposes].sort(), 'purposes');
      assert.equal(a.vague, vague, 'vague');
      for (const p of a.purposes) assert.equal(text.slice(p.start, p.end), p.text);
    });
  }
});
