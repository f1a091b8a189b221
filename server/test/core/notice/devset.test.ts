/** Every case of the development set (server/test/data/announcements.dev.yaml, a copy kept in the repository; see server/test/data/README.md) is a test. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { analyseNotice, isNoticeLang } from '../../../src/core/notice/analyse';

interface DevCase {
  lang: string;
  text: string;
  records: boolean;
  denies?: boolean;
  purposes: string[];
  vague: boolean;
}

const DEV_SET = path.resolve(__dirname, '../../data/announcements.dev.yaml');
const cases = parse(fs.readFileSync(DEV_SET, 'utf8')) as DevCase[];

describe('notice analysis: development set', () => {
  it('has the development set', () => {
    assert.ok(cases.length >= 100, `expected ~100 cases in ${DEV_SET}`);
  });
  cases.forEach((c, i) => {
    it(`#${i + 1} [${c.lang}] ${c.text}`, () => {
      assert.ok(isNoticeLang(c.lang));
      const a = analyseNotice(c.text, c.lang);
      assert.equal(a.internalError, undefined, 'the analyser failed');
      assert.equal(a.records, c.records, 'records');
      assert.equal(a.denies, c.denies ?? false, 'denies');
      assert.equal(a.vague, c.vague, 'vague');
      assert.deepEqual(a.purposes.map((p) => p.id).sort(), [...c.purposes].sort(), 'purposes');
      for (const p of a.purposes) assert.equal(c.text.slice(p.start, p.end), p.text, 'span of ' + p.id);
      for (const v of a.vaguePhrases) assert.equal(c.text.slice(v.start, v.end), v.text, 'vague span');
    });
  });
});
