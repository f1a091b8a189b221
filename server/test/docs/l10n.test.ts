/**
 * The VS Code extension in the editor's display language: the manifest's words (`%key%` in
 * package.json) in package.nls.json and each package.nls.<lang>.json, and the client's own messages
 * (`vscode.l10n.t`) in l10n/bundle.l10n.<lang>.json, every key present with the same placeholders.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(ROOT, f), 'utf8')) as Record<string, unknown>;
const holes = (s: string) => [...s.matchAll(/\{(\d+)\}|`#[\w.]+#`|\(command:[\w.]+\)/g)].map((m) => m[0]).sort();

function manifestKeys(o: unknown, out: Set<string>): Set<string> {
  if (typeof o === 'string') { const m = /^%(.+)%$/.exec(o); if (m) out.add(m[1]); }
  else if (Array.isArray(o)) for (const v of o) manifestKeys(v, out);
  else if (o && typeof o === 'object') for (const v of Object.values(o)) manifestKeys(v, out);
  return out;
}

describe('the extension in the display language', () => {
  const pkg = read('package.json');
  const en = read('package.nls.json') as Record<string, string>;
  const langs = fs.readdirSync(ROOT).map((f) => /^package\.nls\.([\w-]+)\.json$/.exec(f)?.[1]).filter((l): l is string => !!l);

  it('has Dutch besides English', () => assert.deepEqual(langs, ['nl']));

  it('every %key% of package.json is in package.nls.json, and every entry there is used', () => {
    const used = manifestKeys(pkg, new Set());
    assert.deepEqual([...used].sort(), Object.keys(en).sort());
    assert.equal(pkg.l10n, './l10n');
  });

  for (const lang of langs) {
    it(`package.nls.${lang}.json has every key, translated, with the same setting links and command links`, () => {
      const tr = read(`package.nls.${lang}.json`) as Record<string, string>;
      assert.deepEqual(Object.keys(tr).sort(), Object.keys(en).sort());
      for (const k of Object.keys(en)) {
        assert.deepEqual(holes(tr[k]), holes(en[k]), k);
        if (en[k].length > 12) assert.notEqual(tr[k], en[k], `${k} is not translated`);
      }
    });

    it(`l10n/bundle.l10n.${lang}.json has every message of the client, with the same placeholders`, () => {
      const src = fs.readdirSync(path.join(ROOT, 'client/src')).map((f) => fs.readFileSync(path.join(ROOT, 'client/src', f), 'utf8')).join('\n');
      const used = new Set([...src.matchAll(/\bt\('((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]));
      assert.ok(used.size >= 10, `found ${used.size} messages`);
      const bundle = read(`l10n/bundle.l10n.${lang}.json`) as Record<string, string>;
      assert.deepEqual(Object.keys(bundle).sort(), [...used].sort());
      for (const [k, v] of Object.entries(bundle)) assert.deepEqual(holes(v), holes(k), k);
    });
  }

  it('the translations ship in the VSIX', () => {
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8');
    for (const pattern of ['!package.nls.json', '!package.nls.*.json', '!l10n/*.json']) assert.ok(ignore.split('\n').includes(pattern), pattern);
  });
});
