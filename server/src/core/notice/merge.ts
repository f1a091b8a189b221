/**
 * Merging readings: the text's own reading with the readings of its sentences in other languages
 * (./sentence-lang), and the masked spans of both passes.
 */
import type { NoticeAnalysis } from './types';

/** The text's own reading, with the readings of its foreign sentences (offsets in their sentence) merged in. */
export function mergeReadings(main: NoticeAnalysis, subs: { at: number; a: NoticeAnalysis }[]): NoticeAnalysis {
  const shift = <T extends { start: number; end: number }>(x: T, at: number): T => ({ ...x, start: x.start + at, end: x.end + at });
  const denies = main.denies || subs.some((s) => s.a.denies);
  const out: NoticeAnalysis = { ...main, records: !denies && (main.records || subs.some((s) => s.a.records)), denies, purposes: [...main.purposes], vaguePhrases: [...main.vaguePhrases] };
  if (subs.some((s) => s.a.monitored)) out.monitored = true;
  for (const s of subs) {
    if (!out.recordSpan && s.a.recordSpan) out.recordSpan = shift(s.a.recordSpan, s.at);
    if (!out.denySpan && s.a.denySpan) out.denySpan = shift(s.a.denySpan, s.at);
    for (const p of s.a.purposes) if (!out.purposes.some((q) => q.id === p.id)) out.purposes.push(shift(p, s.at));
    for (const v of s.a.vaguePhrases) out.vaguePhrases.push(shift(v, s.at));
    for (const e of s.a.excluded ?? []) if (!(out.excluded ?? []).some((q) => q.id === e.id)) (out.excluded = [...(out.excluded ?? [])]).push(shift(e, s.at));
  }
  if (out.excluded) out.excluded = out.excluded.filter((e) => !out.purposes.some((p) => p.id === e.id));
  if (out.excluded && out.excluded.length === 0) delete out.excluded;
  if (!out.records) delete out.recordSpan;
  out.purposes.sort((x, y) => x.start - y.start);
  out.vaguePhrases.sort((x, y) => x.start - y.start);
  out.vague = out.vaguePhrases.length > 0;
  return out;
}

/** Two sorted span lists as one sorted, disjoint list. */
export function mergeSpans(a: readonly { start: number; end: number }[], b: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  if (b.length === 0) return [...a];
  const all = [...a, ...b].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: { start: number; end: number }[] = [];
  for (const s of all) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (s.end > last.end) last.end = s.end;
    } else out.push({ start: s.start, end: s.end });
  }
  return out;
}
