/**
 * The small words of a generated notice (notice-generator.md §4): lists, sampling, buffer time,
 * spoken URLs, slots. Pure.
 */
import type { NoticeTables } from './tables';

/** Fill `{X}` slots; a slot without a value stays as written (a table bug shows in the text). */
export function fill(template: string, slots: Readonly<Record<string, string>>): string {
  return template.replace(/\{([A-Z]+)\}/g, (m, k: string) => (k in slots ? slots[k] : m));
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** K in N from a sample rate (§4): 1/r whole and ≤ 100 → one in N; 10r whole → K in 10; else K in 100. */
export function sampling(rate: number): { k: number; n: number } | undefined {
  if (!(rate > 0) || rate >= 1) return undefined;
  const inv = 1 / rate;
  if (Math.abs(inv - Math.round(inv)) < 1e-9 && Math.round(inv) <= 100) return { k: 1, n: Math.round(inv) };
  const tenth = rate * 10;
  if (Math.abs(tenth - Math.round(tenth)) < 1e-9) return { k: Math.round(tenth), n: 10 };
  return { k: Math.max(1, Math.round(rate * 100)), n: 100 };
}

/** `{CALL}` for a sampled recording. */
export function sampledCall(t: NoticeTables, k: number, n: number, internal: boolean): string {
  const oneWord = internal ? t.oneInternal ?? t.one : t.one;
  const manyWord = internal ? t.manyInternal ?? t.many : t.many;
  const kWords = k === 1 ? oneWord : fill(manyWord, { K: String(k) });
  return fill(internal ? t.sampledInternal : t.sampled, { K: kWords, N: String(n) });
}

const DURATION_RE = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** An ISO 8601 duration in words ("PT2H" → "2 hours"), or undefined when it is not one with a non-zero part. */
export function durationWords(iso: string, t: NoticeTables): string | undefined {
  const m = DURATION_RE.exec(iso.trim().toUpperCase());
  if (!m || iso.trim().toUpperCase().endsWith('T')) return undefined;
  const units = [t.units.year, t.units.month, t.units.week, t.units.day, t.units.hour, t.units.minute, t.units.second];
  const parts: string[] = [];
  units.forEach((u, i) => {
    const v = m[i + 1] === undefined ? 0 : Number(m[i + 1]);
    if (v > 0) parts.push(`${v} ${v === 1 ? u[0] : u[1]}`);
  });
  return parts.length ? joinList(parts, t.and) : undefined;
}

/** Whether a privacy statement is a URL (not a path to a document). */
export function isWebAddress(s: string): boolean {
  return /^(?:https?:\/\/|www\.)\S+$/i.test(s.trim()) || /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?:\/\S*)?$/u.test(s.trim()) && !/\.(?:md|pdf|txt|html?|docx?)$/i.test(s.trim());
}

/** A URL as spoken: without `https://`, `www.` and a trailing `/`. */
export function spokenUrl(url: string): string {
  return url.trim().replace(/^https?:\/\//i, '').replace(/^www\./i, '').replace(/\/+$/, '');
}
