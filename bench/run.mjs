// `npm run bench`: generates the corpus and prints one table, every figure measured in this run.
// The floor: in one process, one thread, read every file, yaml.parseDocument with a LineCounter,
// validate toJS() with ajv against our schema. CLI figures are best of 3, each a new process.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import { LineCounter, parseDocument } from 'yaml';
import { generate } from './generate.mjs';

const root = resolve(import.meta.dirname, '..');
const dir = join(root, 'bench', 'corpus');
const small = Number(process.env.BENCH_SMALL ?? 2000);
const large = Number(process.env.BENCH_LARGE ?? 200);
const cli = join(root, 'server', 'out', 'cli.js');
if (!existsSync(cli)) {
  console.error('server/out/cli.js is missing: run `npm run build` first');
  process.exit(2);
}
generate(dir, small, large);
const list = (d) => readdirSync(join(dir, d)).map((f) => join(dir, d, f));
const smallFiles = list('small');
const largeFiles = list('large');
const avg = (fs) => fs.reduce((n, f) => n + statSync(f).size, 0) / fs.length;
const lines = largeFiles.length ? readFileSync(largeFiles[0], 'utf8').split('\n').length : 0;

function best(n, fn) {
  let b = Infinity;
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    fn(i);
    b = Math.min(b, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return b;
}

const schema = JSON.parse(readFileSync(join(root, 'schemas', 'recording-policy.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const floorOf = (files) =>
  best(3, () => {
    for (const f of files) {
      const lc = new LineCounter();
      const doc = parseDocument(readFileSync(f, 'utf8'), { lineCounter: lc });
      validate(doc.toJS());
    }
  });

const cacheFile = join(dir, '.reclintcache');
const runCli = (target, extra = [], env = {}) => {
  const r = spawnSync(process.execPath, [cli, target, '--format', 'json', '--no-config', ...extra], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...env } });
  if (r.status !== 0 && r.status !== 1) throw new Error(`reclint exited ${r.status}: ${r.stderr}`);
};
const peakRss = (args) => {
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const kb = Number((r.stderr ?? '').trim().split('\n').pop());
  return Number.isFinite(kb) && kb > 0 ? kb / 1024 : undefined;
};

const smallDir = join(dir, 'small');
const largeDir = join(dir, 'large');
const floor = floorOf(smallFiles);
const cold = best(3, () => runCli(smallDir));
const coldOne = best(3, () => runCli(smallDir, [], { RECLINT_WORKERS: '1' }));
rmSync(cacheFile, { force: true });
runCli(smallDir, ['--cache', '--cache-location', cacheFile]);
const warm = best(3, () => runCli(smallDir, ['--cache', '--cache-location', cacheFile]));
// One file changed between runs (a different one each time, so each run has exactly one to lint).
const changed = best(3, (i) => {
  const f = smallFiles[i * 7];
  const text = readFileSync(f, 'utf8');
  writeFileSync(f, text.replace('max: P2Y', `max: P${3 + i}Y`));
  runCli(smallDir, ['--cache', '--cache-location', cacheFile]);
});
rmSync(cacheFile, { force: true });
const floorLarge = largeFiles.length ? floorOf(largeFiles) : 0;
const coldLarge = largeFiles.length ? best(3, () => runCli(largeDir)) : 0;
const rss = peakRss([smallDir, '--format', 'json', '--no-config']);

const ms = (v) => `${v.toFixed(0)} ms`;
const ratio = (v, f) => `${ms(v)}  (${(v / f).toFixed(2)} × floor)`;
const rows = [
  ['corpus', `${smallFiles.length} policies, avg ${(avg(smallFiles) / 1024).toFixed(1)} KB, one shared .ivr; ${largeFiles.length} policies of ${lines} lines`],
  ['floor, 2,000 files (read + parseDocument/LineCounter + toJS + ajv)', ms(floor)],
  ['CLI cold (new process, --format json)', ratio(cold, floor)],
  ['CLI cold, one thread (RECLINT_WORKERS=1)', ratio(coldOne, floor)],
  ['CLI warm cache (--cache, nothing changed)', ratio(warm, floor)],
  ['CLI warm cache, one file changed', ratio(changed, floor)],
  ['CLI peak RSS, 2,000 files', rss ? `${rss.toFixed(0)} MB` : 'n/a (no /usr/bin/time)'],
];
if (largeFiles.length) {
  rows.push([`floor, ${largeFiles.length} files of ${lines} lines`, ms(floorLarge)]);
  rows.push([`CLI cold, ${largeFiles.length} files of ${lines} lines`, ratio(coldLarge, floorLarge)]);
}
if (existsSync(join(root, 'bench', 'lsp.mjs')) && process.env.BENCH_LSP !== '0') {
  const { measureLsp } = await import('./lsp.mjs');
  rows.push(...(await measureLsp({ root, corpusDir: dir })));
}
{
  const { measureNotices } = await import('./notices.mjs');
  rows.push(...(await measureNotices({ root })));
}
if (process.env.BENCH_FLOWS !== '0') {
  const { measureFlows } = await import('./flows.mjs');
  rows.push(...(await measureFlows({ root })));
}
if (process.env.BENCH_WEB !== '0') {
  const { measureWeb } = await import('./web.mjs');
  rows.push(...(await measureWeb({ root })));
}
rows.push(['machine', `${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`]);
const w = Math.max(...rows.map((r) => r[0].length));
console.log(rows.map(([a, b]) => `${a.padEnd(w)}  ${b}`).join('\n'));
