// `npm run bench`: generates the corpus and prints one table, every figure measured in this run.
// The floor: read every file, yaml.parseDocument with a LineCounter, validate toJS() with ajv (one process).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import { LineCounter, parseDocument } from 'yaml';
import { generate } from './generate.mjs';

const root = resolve(import.meta.dirname, '..');
const dir = join(root, 'bench', 'corpus');
const small = Number(process.env.BENCH_SMALL ?? 2000);
const large = Number(process.env.BENCH_LARGE ?? 200);
generate(dir, small, large);
const files = readdirSync(join(dir, 'small')).map((f) => join(dir, 'small', f));
const avg = files.reduce((n, f) => n + statSync(f).size, 0) / files.length;

function best(n, fn) {
  let b = Infinity;
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    fn();
    b = Math.min(b, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return b;
}

const schema = JSON.parse(readFileSync(join(root, 'schemas', 'recording-policy.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const floor = best(3, () => {
  for (const f of files) {
    const lc = new LineCounter();
    const doc = parseDocument(readFileSync(f, 'utf8'), { lineCounter: lc });
    validate(doc.toJS());
  }
});

const cli = join(root, 'server', 'out', 'cli.js');
const cliCold = best(3, () => {
  spawnSync(process.execPath, [cli, join(dir, 'small'), '--format', 'json', '--no-config'], { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 });
});
const rss = (() => {
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, join(dir, 'small'), '--format', 'json', '--no-config'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const kb = Number((r.stderr ?? '').trim().split('\n').pop());
  return Number.isFinite(kb) && kb > 0 ? `${(kb / 1024).toFixed(0)} MB` : 'n/a (no /usr/bin/time)';
})();

const rows = [
  ['files', `${files.length} policies, avg ${(avg / 1024).toFixed(1)} KB, one shared .ivr`],
  ['floor (read + parseDocument/LineCounter + toJS + ajv)', `${floor.toFixed(0)} ms`],
  ['CLI cold (new process, --format json)', `${cliCold.toFixed(0)} ms  (${(cliCold / floor).toFixed(2)} × floor)`],
  ['CLI peak RSS', rss],
  ['machine', `${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`],
];
const w = Math.max(...rows.map((r) => r[0].length));
console.log(rows.map(([a, b]) => `${a.padEnd(w)}  ${b}`).join('\n'));
