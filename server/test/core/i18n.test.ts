import * as assert from 'node:assert/strict';
import { CATALOGS } from '../../src/core/i18n/catalog';
import { placeholders } from '../../src/core/i18n/format';
import { LOCALES, localeFromEnv, localeOf } from '../../src/core/i18n/locale';
import { RULES } from '../../src/core/rules/index';

describe('i18n: locales', () => {
  it('reads language tags and POSIX locale names', () => {
    assert.equal(localeOf('nl'), 'nl');
    assert.equal(localeOf('nl-BE'), 'nl');
    assert.equal(localeOf('nl_NL.UTF-8'), 'nl');
    assert.equal(localeOf('NL'), 'nl');
    assert.equal(localeOf('en-GB'), 'en');
    assert.equal(localeOf('de-DE'), 'en', 'no German catalogue: English');
    assert.equal(localeOf('C.UTF-8'), 'en');
    assert.equal(localeOf(undefined), 'en');
  });
  it('takes --locale first, then LC_ALL, LC_MESSAGES, LANG', () => {
    assert.equal(localeFromEnv('nl', { LANG: 'en_US.UTF-8' }), 'nl');
    assert.equal(localeFromEnv(undefined, { LC_ALL: 'nl_NL.UTF-8', LANG: 'en_US' }), 'nl');
    assert.equal(localeFromEnv(undefined, { LC_MESSAGES: 'en_US', LANG: 'nl_NL' }), 'en');
    assert.equal(localeFromEnv(undefined, { LANG: 'nl_BE.UTF-8' }), 'nl');
    assert.equal(localeFromEnv(undefined, {}), 'en');
  });
});

describe('i18n: catalogues keep the keys and placeholders of English', () => {
  const english = new Map(RULES.map((r) => [r.meta.id, r.meta]));
  for (const locale of LOCALES) {
    const cat = CATALOGS[locale];
    it(`${locale}: every translated rule message is a message of that rule, with the same placeholders`, () => {
      for (const [id, entry] of Object.entries(cat.rules)) {
        const meta = english.get(id);
        assert.ok(meta, `${locale}: no rule \`${id}\``);
        for (const [mid, t] of Object.entries(entry.messages ?? {})) {
          const en: string | undefined = (meta.messages as Readonly<Record<string, string>>)[mid];
          assert.ok(en !== undefined, `${locale}: rule \`${id}\` has no message \`${mid}\``);
          assert.deepEqual([...new Set(placeholders(t))].sort(), [...new Set(placeholders(en))].sort(), `${locale}: ${id}/${mid} placeholders`);
        }
      }
    });
    it(`${locale}: every text has an English original with the same placeholders`, () => {
      for (const [key, t] of Object.entries(cat.text)) {
        const en: string | undefined = (CATALOGS.en.text as Readonly<Record<string, string>>)[key];
        assert.ok(en !== undefined, `${locale}: text \`${key}\` is not in the English catalogue`);
        assert.deepEqual([...new Set(placeholders(t))].sort(), [...new Set(placeholders(en))].sort(), `${locale}: ${key} placeholders`);
      }
    });
  }
});

describe('i18n: rule descriptions', () => {
  const ids = new Set(RULES.map((r) => r.meta.id));
  for (const locale of LOCALES) {
    it(`${locale}: every description is of a rule`, () => {
      for (const id of Object.keys(CATALOGS[locale].descriptions)) assert.ok(ids.has(id), `${locale}: no rule \`${id}\``);
    });
  }
});
