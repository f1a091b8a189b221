/** The language packs and their registry: one folder per pack, one line each, and no language named elsewhere. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyseNotice, compiledLexicon } from '../../../src/core/notice/analyse';
import { NOTICE_LANGS, PACKS, isNoticeLang, packFor } from '../../../src/core/notice/lang/registry';
import { DEFAULT_WINDOWS } from '../../../src/core/notice/lang/windows';
import { PURPOSE_IDS, canonicalPurposePhrase } from '../../../src/core/notice/purposes';

const LANG_DIR = path.resolve(__dirname, '../../../src/core/notice/lang');
const SRC = path.resolve(__dirname, '../../../src');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out;
}

describe('language packs', () => {
  it('the registry lists every pack folder once, and only those', () => {
    const folders = fs.readdirSync(LANG_DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    assert.deepEqual([...NOTICE_LANGS].sort(), folders);
    assert.equal(new Set(NOTICE_LANGS).size, NOTICE_LANGS.length);
  });

  it('each pack is complete: a name, a stemmer, fix words, legal forms, an example, compiled phrases', () => {
    for (const p of PACKS) {
      assert.match(p.code, /^[a-z]{2}$/);
      assert.ok(p.name.length > 0, p.code);
      assert.equal(typeof p.stem(p.code), 'string');
      assert.ok(p.fixWords.for && p.fixWords.and, p.code);
      assert.ok(p.legalForms.length > 0, p.code);
      assert.match(p.example, /\.$/);
      assert.doesNotThrow(() => compiledLexicon(p.code), p.code);
      for (const k of Object.keys(p.windows ?? {})) assert.ok(k in DEFAULT_WINDOWS, `${p.code}: unknown window ${k}`);
    }
  });

  it('each pack reads its example as a recorded call that names no purpose', () => {
    for (const p of PACKS) {
      const a = analyseNotice(p.example, p.code);
      assert.equal(a.records, true, p.code);
      assert.deepEqual(a.purposes, [], p.code);
    }
  });

  it('each canonical phrase, added to the example as a fix adds it, is read as its purpose', () => {
    for (const p of PACKS) {
      for (const id of PURPOSE_IDS) {
        const phrase = canonicalPurposePhrase(id, p.code);
        assert.ok(phrase, `${p.code} ${id}: no canonical phrase`);
        const text = `${p.example.replace(/\.$/, '')} ${p.fixWords.for} ${phrase}.`;
        const a = analyseNotice(text, p.code);
        assert.ok(a.purposes.some((m) => m.id === id), `${p.code} ${id}: "${text}" gives ${JSON.stringify(a.purposes.map((m) => m.id))}`);
      }
    }
  });

  it('codes are looked up on the primary tag, and unknown codes have no pack', () => {
    assert.equal(packFor('EN-gb')?.code, 'en');
    assert.equal(packFor('xx'), undefined);
    assert.equal(isNoticeLang('xx'), false);
  });

  it('no source file outside the packs names a pack language (lists, tables, branches)', () => {
    const codes = NOTICE_LANGS.filter((c) => c !== 'en'); // "en" is also an English word; the others are not
    const quoted = new RegExp(`['"](${codes.join('|')})['"]|\\b(${NOTICE_LANGS.join('|')}): '`, 'u');
    const offenders: string[] = [];
    for (const f of sourceFiles(SRC)) {
      if (f.startsWith(LANG_DIR + path.sep)) continue;
      // The display locales of reclint's own messages (core/i18n) are not notice languages.
      if (f.startsWith(path.join(SRC, 'core', 'i18n') + path.sep)) continue;
      const lines = fs.readFileSync(f, 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (/^\s*(\/\/|\*|\/\*\*)/.test(line)) return; // comments may give examples
        if (quoted.test(line) || /lang === '/.test(line)) offenders.push(`${path.relative(SRC, f)}:${i + 1}: ${line.trim()}`);
      });
    }
    assert.deepEqual(offenders, []);
  });
});
