/**
 * Every locale translates every rule text: each messageId, fix or suggestion title and part of every
 * rule, and every word of `words.json`, with the same `{{placeholders}}` as English. Strict: a missing
 * or extra translation fails, so a new message cannot ship in English only.
 */
import * as assert from 'node:assert/strict';
import { durationInWords } from '../../src/core/duration';
import { CATALOGS } from '../../src/core/i18n/catalog';
import { placeholders } from '../../src/core/i18n/format';
import { LOCALES } from '../../src/core/i18n/locale';
import { listOf, WORDS } from '../../src/core/i18n/words';
import { RULES } from '../../src/core/rules/index';

const SECTIONS = ['messages', 'titles', 'parts'] as const;
const same = (a: string, b: string) => [...new Set(placeholders(a))].sort().join() === [...new Set(placeholders(b))].sort().join();

describe('i18n: every rule text in every locale', () => {
  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    const cat = CATALOGS[locale].rules;
    for (const section of SECTIONS) {
      it(`${locale}: every rule's ${section} are translated, with the placeholders of English`, () => {
        const missing: string[] = [];
        const wrong: string[] = [];
        for (const r of RULES) {
          const english = (r.meta[section] ?? {}) as Readonly<Record<string, string>>;
          const theirs = cat[r.meta.id]?.[section] ?? {};
          for (const [key, en] of Object.entries(english)) {
            const t = theirs[key];
            if (t === undefined) missing.push(`${r.meta.id}/${key}`);
            else if (!same(t, en)) wrong.push(`${r.meta.id}/${key}: {{${placeholders(t).join('}}, {{')}}} vs {{${placeholders(en).join('}}, {{')}}}`);
          }
          for (const key of Object.keys(theirs)) if (!(key in english)) wrong.push(`${r.meta.id}/${key}: not in English`);
        }
        assert.deepEqual(missing, [], `${locale}: untranslated ${section}`);
        assert.deepEqual(wrong, [], `${locale}: ${section} that do not match English`);
      });
    }
    it(`${locale}: no translation of a rule that does not exist`, () => {
      const ids = new Set(RULES.map((r) => r.meta.id));
      assert.deepEqual(Object.keys(cat).filter((id) => !ids.has(id)), []);
    });
    it(`${locale}: words.json has every word of English, with the same placeholders`, () => {
      const en = WORDS.en;
      const theirs = WORDS[locale];
      assert.deepEqual(Object.keys(en).filter((k) => !(k in theirs)), [], 'missing words');
      assert.deepEqual(Object.keys(theirs).filter((k) => !(k in en)), [], 'extra words');
      assert.deepEqual(Object.keys(en).filter((k) => k in theirs && !same(theirs[k], en[k])), [], 'placeholders');
    });
  }
});

describe('durations in words', () => {
  const cases: [string, string, string][] = [
    ['P4M', '4 months', '4 maanden'],
    ['P1M', '1 month', '1 maand'],
    ['PT2H', '2 hours', '2 uur'],
    ['PT1H', '1 hour', '1 uur'],
    ['P1Y6M', '1 year and 6 months', '1 jaar en 6 maanden'],
    ['P2Y', '2 years', '2 jaar'],
    ['P30D', '30 days', '30 dagen'],
    ['P1D', '1 day', '1 dag'],
    ['P2W', '2 weeks', '2 weken'],
    ['P1DT12H', '1 day and 12 hours', '1 dag en 12 uur'],
    ['PT90M', '90 minutes', '90 minuten'],
    ['PT30S', '30 seconds', '30 seconden'],
    ['P1Y2M3D', '1 year, 2 months and 3 days', '1 jaar, 2 maanden en 3 dagen'],
    ['P1000D', '1,000 days', '1.000 dagen'],
    ['p3m', '3 months', '3 maanden'],
    ['P0D', '0 days', '0 dagen'],
  ];
  for (const [iso, en, nl] of cases) {
    it(`${iso}: "${en}", "${nl}"`, () => {
      assert.equal(durationInWords(iso, 'en'), en);
      assert.equal(durationInWords(iso, 'nl'), nl);
    });
  }
  it('a value that is no ISO duration stays as written', () => {
    assert.equal(durationInWords('90 days', 'en'), '90 days');
    assert.equal(durationInWords('forever', 'nl'), 'forever');
  });
  it('lists join with the locale\'s "and"', () => {
    assert.equal(listOf('en', ['a', 'b', 'c']), 'a, b and c');
    assert.equal(listOf('nl', ['a', 'b']), 'a en b');
    assert.equal(listOf('nl', ['a', 'b'], 'or'), 'a of b');
    assert.equal(listOf('en', ['a']), 'a');
  });
});
