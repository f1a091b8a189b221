/**
 * A baseline for an existing estate (`reclint-suppressions.json`), in the manner of ESLint's bulk
 * suppressions: for each file and rule, how many findings were there when the baseline was written.
 * A later run leaves those out as long as a file has no more of them than counted; when it has more,
 * every finding of that rule in that file is reported again (which of them is new cannot be told).
 * Pure data: the adapters read and write the file.
 */
import type { Finding } from './findings';

/** File (relative to the baseline file's folder, forward slashes) → rule id → count. */
export type Baseline = Record<string, Record<string, { count: number }>>;

export const BASELINE_FILE = 'reclint-suppressions.json';

/** Keys that must never become properties of a plain object (prototype pollution). */
const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);
const table = <V>(): Record<string, V> => Object.create(null) as Record<string, V>;

/** Read a baseline file's text; anything not of its shape is dropped, entry by entry. */
export function parseBaseline(text: string): { baseline: Baseline; problem?: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { baseline: {}, problem: `it is not JSON (${(e as Error).message})` };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { baseline: {}, problem: 'it is not a JSON object of files' };
  const out: Baseline = table();
  for (const [file, rules] of Object.entries(data as Record<string, unknown>)) {
    if (UNSAFE.has(file) || !rules || typeof rules !== 'object') continue;
    for (const [rule, v] of Object.entries(rules as Record<string, unknown>)) {
      const count = (v as { count?: unknown } | null)?.count;
      if (!UNSAFE.has(rule) && typeof count === 'number' && Number.isInteger(count) && count > 0) (out[file] ??= table())[rule] = { count };
    }
  }
  return { baseline: out };
}

/** The baseline's text: sorted, so that it diffs well and is the same for the same findings. */
export function formatBaseline(b: Baseline): string {
  const sorted: Baseline = table();
  for (const file of Object.keys(b).sort()) {
    const rules = Object.keys(b[file]).sort();
    if (rules.length === 0) continue;
    sorted[file] = table();
    for (const r of rules) sorted[file][r] = { count: b[file][r].count };
  }
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

export interface BaselineResult {
  /** The findings to report. */
  findings: Finding[];
  /** How many findings the baseline left out. */
  suppressed: number;
  /** Entries that now count more than there are (the baseline can be pruned): [file, rule, counted, found]. */
  stale: [string, string, number, number][];
}

/**
 * Leave out what the baseline counts; `keyOf` gives a finding's file as the baseline names it.
 * Stale entries are looked for among the files this run linted (`linted`, as keys) only.
 */
export function applyBaseline(findings: readonly Finding[], b: Baseline, keyOf: (uri: string) => string, linted: ReadonlySet<string> = new Set()): BaselineResult {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = `${keyOf(f.uri)}\u0000${f.ruleId}`;
    const list = groups.get(k) ?? [];
    list.push(f);
    groups.set(k, list);
  }
  const out: Finding[] = [];
  let suppressed = 0;
  const seen = new Set<string>();
  for (const [k, list] of groups) {
    const [file, rule] = k.split('\u0000');
    seen.add(k);
    const count = b[file]?.[rule]?.count ?? 0;
    if (list.length <= count) suppressed += list.length;
    else for (const f of list) out.push(f);
  }
  const stale: BaselineResult['stale'] = [];
  for (const [file, rules] of Object.entries(b)) for (const [rule, { count }] of Object.entries(rules)) {
    if (!linted.has(file)) continue;
    const found = groups.get(`${file}\u0000${rule}`)?.length ?? 0;
    if (found < count) stale.push([file, rule, count, found]);
  }
  // Keep the report's order.
  const keep = new Set(out);
  return { findings: findings.filter((f) => keep.has(f)), suppressed, stale };
}

/**
 * A new baseline: every finding of the given rules (or of all) counted per file and rule, kept over
 * the previous baseline's other entries. `prune` instead lowers the previous counts to what is found,
 * in the files this run linted (`linted`, as keys); the entries of other files stay as they are.
 */
export function updateBaseline(findings: readonly Finding[], previous: Baseline, keyOf: (uri: string) => string, what: { rules: 'all' | readonly string[] } | { prune: true }, linted: ReadonlySet<string> = new Set()): Baseline {
  const counts: Baseline = table();
  for (const f of findings) {
    const file = keyOf(f.uri);
    const at = ((counts[file] ??= table())[f.ruleId] ??= { count: 0 });
    at.count++;
  }
  const next: Baseline = table();
  for (const [file, rules] of Object.entries(previous)) for (const [rule, v] of Object.entries(rules)) (next[file] ??= table())[rule] = { count: v.count };
  if ('prune' in what) {
    for (const [file, rules] of Object.entries(next)) for (const rule of Object.keys(rules)) {
      if (!linted.has(file)) continue;
      const found = counts[file]?.[rule]?.count ?? 0;
      if (found === 0) delete rules[rule];
      else rules[rule] = { count: Math.min(rules[rule].count, found) };
    }
    return next;
  }
  for (const [file, rules] of Object.entries(counts)) for (const [rule, v] of Object.entries(rules)) {
    if (what.rules !== 'all' && !what.rules.includes(rule)) continue;
    (next[file] ??= table())[rule] = { count: v.count };
  }
  return next;
}
