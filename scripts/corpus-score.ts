// Scores the notice analyser on a labelled corpus, per language: exact purposes, records, denies
// and vague accuracy. Run with tsx:
//
//   npx tsx scripts/corpus-score.ts <file.yaml>... [--split dev|held-out|all] [--misses] [--json]
//
// A file is a YAML list of notices, or a mapping with one (`notices:`, `cases:` or `entries:`) and
// an optional top-level `lang`. A notice has `text`, `lang` (or the file's), `records`, `denies`
// (default false), `purposes`, `vague` and optionally `split` (default `dev`) and `ambiguous`
// (counted apart, not scored). `--split` keeps the notices of that split (default `dev`).
// `--misses` prints the misread notices, and only of the `dev` split: the texts of any other split
// are never printed, so that a held-out set can be scored without being seen. A notice the analyser
// fails on (a pack phrase that does not compile, a bug) is named on stderr with the failure, and the
// exit code is 1: a broken pack otherwise reads as a run of empty notices.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { analyseNotice, isNoticeLang } from '../server/src/core/notice/analyse';

interface Labelled {
  text: string;
  lang: string;
  records: boolean;
  denies: boolean;
  purposes: string[];
  vague: boolean;
  split: string;
  ambiguous: boolean;
  file: string;
}

interface Score {
  n: number;
  exact: number;
  records: number;
  denies: number;
  vague: number;
  ambiguous: number;
  unsupported: number;
}

function entriesOf(doc: unknown): { lang?: string; list: unknown[] } {
  if (Array.isArray(doc)) return { list: doc };
  if (doc && typeof doc === 'object') {
    const o = doc as Record<string, unknown>;
    const list = o.notices ?? o.cases ?? o.entries;
    return { lang: typeof o.lang === 'string' ? o.lang : undefined, list: Array.isArray(list) ? list : [] };
  }
  return { list: [] };
}

function load(file: string): Labelled[] {
  const { lang, list } = entriesOf(parse(readFileSync(file, 'utf8')));
  const out: Labelled[] = [];
  for (const raw of list) {
    if (!raw || typeof raw !== 'object') continue;
    const e = raw as Record<string, unknown>;
    if (typeof e.text !== 'string') continue;
    out.push({
      text: e.text,
      lang: String(e.lang ?? lang ?? '').toLowerCase(),
      records: e.records === true,
      denies: e.denies === true,
      purposes: Array.isArray(e.purposes) ? e.purposes.map(String) : [],
      vague: e.vague === true,
      split: typeof e.split === 'string' ? e.split : 'dev',
      ambiguous: e.ambiguous === true || typeof e.ambiguous === 'string',
      file,
    });
  }
  return out;
}

function main(argv: string[]): number {
  const files: string[] = [];
  let split = 'dev';
  let misses = false;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--split') split = argv[++i] ?? '';
    else if (a.startsWith('--split=')) split = a.slice('--split='.length);
    else if (a === '--misses') misses = true;
    else if (a === '--json') json = true;
    else if (a.startsWith('--')) {
      process.stderr.write(`corpus-score: unknown option ${a}\n`);
      return 2;
    } else files.push(a);
  }
  if (files.length === 0 || !split) {
    process.stderr.write('usage: tsx scripts/corpus-score.ts <file.yaml>... [--split dev|held-out|all] [--misses] [--json]\n');
    return 2;
  }
  const showMisses = misses && split === 'dev';
  const scores = new Map<string, Score>();
  const score = (lang: string): Score => {
    let s = scores.get(lang);
    if (!s) scores.set(lang, (s = { n: 0, exact: 0, records: 0, denies: 0, vague: 0, ambiguous: 0, unsupported: 0 }));
    return s;
  };
  // An analyser failure (a pack phrase that does not compile, a bug) reads as an empty notice: say it aloud.
  const failures = new Map<string, number>();
  for (const file of files) {
    for (const e of load(file)) {
      if (split !== 'all' && e.split !== split) continue;
      const s = score(e.lang);
      if (e.ambiguous) {
        s.ambiguous++;
        continue;
      }
      if (!isNoticeLang(e.lang)) {
        s.unsupported++;
        continue;
      }
      const a = analyseNotice(e.text, e.lang);
      if (a.internalError) failures.set(a.internalError, (failures.get(a.internalError) ?? 0) + 1);
      const got = [...new Set(a.purposes.map((p) => p.id))].sort();
      const want = [...new Set(e.purposes)].sort();
      const exact = got.join(',') === want.join(',');
      s.n++;
      if (exact) s.exact++;
      if (a.records === e.records) s.records++;
      if (a.denies === e.denies) s.denies++;
      if (a.vague === e.vague) s.vague++;
      if (showMisses && (!exact || a.records !== e.records || a.denies !== e.denies || a.vague !== e.vague)) {
        process.stdout.write(`MISS [${e.lang}] ${e.text}\n  want ${want.join(',') || '-'} rec=${e.records} den=${e.denies} vague=${e.vague}\n  got  ${got.join(',') || '-'} rec=${a.records} den=${a.denies} vague=${a.vague}\n`);
      }
    }
  }
  const langs = [...scores.keys()].sort();
  for (const [what, n] of failures) process.stderr.write(`corpus-score: ${n} notice(s) not analysed: ${what}\n`);
  if (json) {
    process.stdout.write(JSON.stringify({ split, languages: Object.fromEntries(langs.map((l) => [l, scores.get(l)])) }, null, 2) + '\n');
    return failures.size > 0 ? 1 : 0;
  }
  const pct = (k: number, n: number) => (n ? `${((100 * k) / n).toFixed(1)}%` : '-');
  process.stdout.write(`split ${split}\nlang      n  purposes   records    denies     vague  ambiguous unsupported\n`);
  const total: Score = { n: 0, exact: 0, records: 0, denies: 0, vague: 0, ambiguous: 0, unsupported: 0 };
  for (const l of langs) {
    const s = scores.get(l)!;
    for (const k of Object.keys(total) as (keyof Score)[]) total[k] += s[k];
    process.stdout.write(row(l, s, pct));
  }
  process.stdout.write(row('all', total, pct));
  return failures.size > 0 ? 1 : 0;
}

function row(l: string, s: Score, pct: (k: number, n: number) => string): string {
  return `${l.padEnd(5)} ${String(s.n).padStart(5)} ${pct(s.exact, s.n).padStart(9)} ${pct(s.records, s.n).padStart(9)} ${pct(s.denies, s.n).padStart(9)} ${pct(s.vague, s.n).padStart(9)} ${String(s.ambiguous).padStart(10)} ${String(s.unsupported).padStart(11)}\n`;
}

process.exitCode = main(process.argv.slice(2));
