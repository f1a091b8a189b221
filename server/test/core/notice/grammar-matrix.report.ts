/**
 * Pass rates of the grammar matrix per language and dimension, and the failing cases:
 * `npx tsx server/test/core/notice/grammar-matrix.report.ts [--fails] [--lang xx] [--dim name]`.
 */
import { buildMatrix } from './grammar-matrix.cases';
import { expected, reading } from './grammar-matrix.reading';

const args = process.argv.slice(2);
const opt = (k: string): string | undefined => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined; };
const cases = buildMatrix().filter((c) => (!opt('--lang') || c.lang === opt('--lang')) && (!opt('--dim') || c.dim === opt('--dim')));
const t0 = Date.now();
const rows = new Map<string, [number, number]>();
const fails: string[] = [];
for (const c of cases) {
  const got = reading(c);
  const want = expected(c);
  const ok = JSON.stringify(got) === JSON.stringify(want);
  for (const k of [`${c.lang} ALL`, `${c.lang} ${c.dim}`, `all ${c.dim}`, 'all ALL', ...(args.includes('--sub') ? [`${c.lang} ${c.dim} ${c.sub}`] : [])]) {
    const r = rows.get(k) ?? [0, 0];
    r[0] += ok ? 1 : 0; r[1] += 1; rows.set(k, r);
  }
  if (!ok) {
    const diff = (Object.keys(want) as (keyof typeof want)[]).filter((k) => JSON.stringify(got[k]) !== JSON.stringify(want[k])).map((k) => `${k}: ${JSON.stringify(got[k])} want ${JSON.stringify(want[k])}`);
    fails.push(`${c.id}\n   ${c.text}\n   ${diff.join('; ')}`);
  }
}
for (const [k, [p, n]] of [...rows].sort()) console.log(`${k.padEnd(40)} ${String(p).padStart(5)}/${String(n).padEnd(5)} ${((100 * p) / n).toFixed(1)}%`);
console.log(`${cases.length} cases in ${Date.now() - t0} ms`);
if (args.includes('--fails')) console.log(fails.join('\n'));
