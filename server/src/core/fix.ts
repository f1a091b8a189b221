/** Applying fixes: plain text edits, sorted, overlaps skipped, repeated to a fixed point with a pass cap. */
import type { Finding, TextEdit } from './findings';

export interface EditResult {
  text: string;
  applied: number;
  skipped: number;
}

/** Apply edits of one file (ignores edits for other files). Overlapping edits after the first are skipped. */
export function applyEdits(text: string, edits: readonly Omit<TextEdit, 'uri'>[]): EditResult {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  let applied = 0;
  let skipped = 0;
  for (const e of sorted) {
    if (e.start < pos || e.start > e.end || e.end > text.length) { skipped++; continue; }
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
    applied++;
  }
  return { text: out + text.slice(pos), applied, skipped };
}

/** The safe-fix edits of findings for one file; each finding's fix is taken whole or not at all. */
export function fixEditsFor(uri: string, findings: readonly Finding[]): TextEdit[][] {
  const groups: TextEdit[][] = [];
  for (const f of findings) {
    if (!f.fix) continue;
    const edits = f.fix.edits.filter((e) => e.uri === uri);
    if (edits.length > 0 && edits.length === f.fix.edits.length) groups.push(edits);
  }
  return groups;
}

/** Apply whole fixes (groups of edits) without overlaps between groups. */
export function applyFixGroups(text: string, groups: readonly TextEdit[][]): EditResult {
  const taken: TextEdit[] = [];
  let skipped = 0;
  const firstStart = (g: readonly TextEdit[]) => g.reduce((m, e) => Math.min(m, e.start), Number.POSITIVE_INFINITY);
  const sortedGroups = groups.map((g) => ({ g, at: firstStart(g) })).sort((a, b) => a.at - b.at).map((x) => x.g);
  const overlaps = (x: TextEdit, y: TextEdit) => x.start < y.end && y.start < x.end || (x.start === y.start && x.end === x.start && y.end === y.start);
  for (const g of sortedGroups) {
    if (g.some((e) => taken.some((t) => overlaps(e, t)))) { skipped++; continue; }
    for (const e of g) taken.push(e);
  }
  // Identical insertions at one point from two findings (e.g. the same stub) are applied once.
  const seen = new Set<string>();
  const unique = taken.filter((e) => { const k = `${e.start}:${e.end}:${e.newText}`; if (seen.has(k)) return false; seen.add(k); return true; });
  const r = applyEdits(text, unique);
  return { text: r.text, applied: r.applied, skipped: skipped + r.skipped };
}

export const MAX_FIX_PASSES = 10;

/**
 * Fix one file to a fixed point: lint, apply the safe fixes, re-lint, up to MAX_FIX_PASSES passes;
 * stops early when a pass changes nothing or brings back the text of two passes before (a cycle).
 */
export function fixToFixedPoint(uri: string, text: string, lint: (text: string) => Finding[]): { text: string; passes: number; fixes: number } {
  let current = text;
  let before: string | undefined;
  let fixes = 0;
  let passes = 0;
  for (; passes < MAX_FIX_PASSES; passes++) {
    const groups = fixEditsFor(uri, lint(current));
    if (groups.length === 0) break;
    const r = applyFixGroups(current, groups);
    if (r.applied === 0 || r.text === current) break;
    if (r.text === before) break;
    before = current;
    current = r.text;
    fixes += groups.length;
  }
  return { text: current, passes, fixes };
}
