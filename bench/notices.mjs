// Notices analysed per second (issue 13): every notice of the labelled corpus
// (server/test/data/notices/*.yaml, both splits: only timing is taken, nothing is read) analysed in
// its language, in one process; best of 5 passes. The analyser memoises by text, so each pass gives
// every notice a suffix of its own (a pass number after its last sentence): each analysis is done afresh.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

export async function measureNotices({ root }) {
  const tmp = mkdtempSync(join(tmpdir(), 'reclint-bench-notices-'));
  try {
    const out = join(tmp, 'notice.cjs');
    await build({ stdin: { contents: "export { analyseNotice, isNoticeLang } from './server/src/core/notice/analyse';", resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error' });
    const { analyseNotice, isNoticeLang } = await import(out);
    const dir = join(root, 'server', 'test', 'data', 'notices');
    const notices = readdirSync(dir).filter((f) => f.endsWith('.yaml')).flatMap((f) => parse(readFileSync(join(dir, f), 'utf8'))).filter((e) => isNoticeLang(e.lang));
    for (const e of notices) analyseNotice(`${e.text} 0`, e.lang);
    let best = Infinity;
    for (let i = 1; i <= 5; i++) {
      const texts = notices.map((e) => `${e.text} ${i}`);
      const t = process.hrtime.bigint();
      for (let k = 0; k < notices.length; k++) analyseNotice(texts[k], notices[k].lang);
      best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6);
    }
    const avg = notices.reduce((n, e) => n + e.text.length, 0) / notices.length;
    return [[`notice analysis, ${notices.length} corpus notices (avg ${avg.toFixed(0)} chars)`, `${((notices.length / best) * 1000).toFixed(0)} notices/s (${((best * 1000) / notices.length).toFixed(0)} µs each)`]];
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [a, b] of await measureNotices({ root: join(import.meta.dirname, '..') })) console.log(`${a}  ${b}`);
}
