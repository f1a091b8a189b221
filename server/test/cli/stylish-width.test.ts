/**
 * Stylish output in a terminal of any width (issue 18 item 9): messages wrap at word boundaries under
 * themselves, no word is broken, the rule id ends each finding; `COLUMNS` sets the width, 80 when the
 * output is not a terminal.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { wrapWords } from '../../src/format/stylish';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'server/out/cli.js');

function stylish(columns: string | undefined): string {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.COLUMNS;
  if (columns !== undefined) env.COLUMNS = columns;
  return spawnSync(process.execPath, [CLI, 'examples/contact-centre'], { cwd: ROOT, encoding: 'utf8', env }).stdout;
}

/** The findings of a stylish report, each with its message lines joined back and its rule id. */
function findingsOf(out: string): { text: string; id: string }[] {
  const found: { text: string; id: string }[] = [];
  let cur: string[] = [];
  for (const line of out.split('\n')) {
    if (/^  \d+:\d+ /.test(line)) cur = [line.replace(/^  \S+\s+\S+\s+/, '')];
    else if (/^ {6,}\S/.test(line) && cur.length) cur.push(line.trim());
    else continue;
    const m = /^(.*?)\s{2,}([a-z0-9-]+)$/.exec(cur[cur.length - 1]) ?? (/^[a-z0-9-]+$/.test(cur[cur.length - 1]) && cur.length > 1 ? ['', '', cur[cur.length - 1]] : null);
    if (m) {
      const words = [...cur.slice(0, -1), m[1]].join(' ').trim();
      found.push({ text: words, id: m[2] });
      cur = [];
    }
  }
  return found;
}

describe('stylish output width', () => {
  it('at 80 columns (a pipe) no line is wider than 80 and the messages read as on one line', () => {
    const wide = findingsOf(stylish('100000'));
    const narrow = stylish(undefined);
    for (const line of narrow.split('\n')) assert.ok(line.length <= 80, `wider than 80: ${line}`);
    const got = findingsOf(narrow);
    assert.ok(got.length >= 5);
    assert.deepEqual(got, wide);
  });

  it('follows COLUMNS, and keeps one line per finding when the message would get fewer than 20 columns', () => {
    for (const line of stylish('100').split('\n')) assert.ok(line.length <= 100, line);
    assert.ok(stylish('100').split('\n').some((l) => l.length > 80));
    const tiny = stylish('30').split('\n').filter((l) => /^  \d+:\d+ /.test(l));
    assert.ok(tiny.every((l) => / {2}[a-z0-9-]+$/.test(l)), 'each finding on one line, rule id last');
  });

  it('wraps at word boundaries and keeps a word longer than the line whole', () => {
    assert.deepEqual(wrapWords('a bb ccc dddd', 6), ['a bb', 'ccc', 'dddd']);
    assert.deepEqual(wrapWords('averyveryverylongword x', 5), ['averyveryverylongword', 'x']);
    assert.deepEqual(wrapWords('', 10), ['']);
  });
});
