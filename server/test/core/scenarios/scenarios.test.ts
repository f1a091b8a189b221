/**
 * Scenario folders: a policy, its scripts and maybe a `.reclintrc.yaml`, linted together as the CLI
 * would; `expected.txt` lists every finding as "file rule-id L:C-L:C" (1-based, end exclusive), one a
 * line, `#` comments allowed. Nothing else may fire. Flows other than `.ivr` are read from the folder
 * when a policy names them.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { optionsFrom, parseConfigText } from '../../../src/core/config';
import { lint } from '../../../src/core/engine';
import { LineIndex } from '../../../src/core/text';

const DIR = path.resolve(__dirname, '../../fixtures/scenarios');

function filesOf(dir: string, base = dir, out: { uri: string; text: string }[] = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) filesOf(p, base, out);
    else if (/\.recording-policy\.(ya?ml|json)$|\.ivr$/.test(e.name)) out.push({ uri: path.relative(base, p).split(path.sep).join('/'), text: fs.readFileSync(p, 'utf8') });
  }
  return out;
}

export function lintScenario(dir: string): string[] {
  const files = filesOf(dir);
  const rc = path.join(dir, '.reclintrc.yaml');
  const config = fs.existsSync(rc) ? parseConfigText(fs.readFileSync(rc, 'utf8')).config : {};
  const options = optionsFrom(config);
  const texts = new Map(files.map((f) => [f.uri, f.text]));
  const r = lint({
    files,
    options: () => options,
    readScript: (from, rel) => {
      const uri = path.posix.normalize(path.posix.join(path.posix.dirname(from), rel));
      // Call flows of other formats (TwiML, Connect, ...) are no lint input; they are read when a
      // policy names them, as the CLI does.
      const onDisk = path.join(dir, ...uri.split('/'));
      const t = texts.get(uri) ?? (!uri.startsWith('..') && fs.existsSync(onDisk) && fs.statSync(onDisk).isFile() ? fs.readFileSync(onDisk, 'utf8') : undefined);
      return t !== undefined ? { ok: true, uri, text: t } : { ok: false, uri, reason: 'not-found' };
    },
  });
  return r.findings.map((f) => {
    const idx = new LineIndex(r.texts.get(f.uri) ?? '');
    const s = idx.positionAt(f.span.start);
    const e = idx.positionAt(f.span.end);
    return `${f.uri} ${f.ruleId} ${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1}`;
  });
}

if (typeof describe === "function") describe('scenario folders', () => {
  for (const name of fs.existsSync(DIR) ? fs.readdirSync(DIR).sort() : []) {
    const dir = path.join(DIR, name);
    if (!fs.statSync(dir).isDirectory()) continue;
    it(name, () => {
      const expected = fs.readFileSync(path.join(dir, 'expected.txt'), 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
      assert.deepEqual(lintScenario(dir).sort(), expected.sort());
    });
  }
});
