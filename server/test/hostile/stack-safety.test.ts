/**
 * No step is O(stack) in the size of its input (issue 20): V8 caps the arguments of one call, so a
 * spread of an unbounded array into a call (`push(...findings)`, `Math.max(...widths)`) throws
 * "Maximum call stack size exceeded" on a big enough file. This scans every source file of
 * `server/src` for a spread argument to the calls that take one argument per item; a spread that is
 * bounded by the code itself (one row per CLI option, say) says so with a `bounded:` comment.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const SRC = path.resolve(__dirname, '../../src');
const SPREAD_CALL = /\b(?:push|unshift|splice|max|min|fromCharCode|fromCodePoint|concat|assign)\((?:[^()]*,\s*)?\.\.\./;

function sources(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) sources(p, out);
    else if (/\.ts$/.test(e.name) && !/\.generated\./.test(e.name)) out.push(p);
  }
  return out;
}

describe('stack safety: no spread of an unbounded array into a call', () => {
  it('finds none in server/src (bounded ones say why)', () => {
    const hits: string[] = [];
    for (const file of sources(SRC)) {
      fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (SPREAD_CALL.test(line) && !/\bbounded:/.test(line)) hits.push(`${path.relative(SRC, file)}:${i + 1}: ${line.trim()}`);
      });
    }
    assert.deepEqual(hits, []);
  });

  it('the scan sees a spread when there is one (else it proves nothing)', () => {
    assert.ok(SPREAD_CALL.test('out.push(...findings);'));
    assert.ok(SPREAD_CALL.test('const w = Math.max(0, ...widths);'));
    assert.ok(!SPREAD_CALL.test('out.push(f);'));
    assert.ok(!SPREAD_CALL.test('const all = [...a, ...b];'));
  });
});
