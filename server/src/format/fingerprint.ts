/**
 * Content fingerprints for CI formats (SARIF `partialFingerprints`, GitLab Code Quality `fingerprint`):
 * the same finding gets the same fingerprint run after run, also when lines are added above it or when
 * its message is reworded, so code scanning and merge-request widgets match it with last run's.
 *
 * Recipe (v1): sha256 over `reclint/v1`, the rule id, the file's URI (as reported, cwd-relative), the
 * finding's anchor text and its occurrence index, joined by NUL; the first 32 hex digits. The anchor is
 * the text the finding points at, up to the end of its first line (at most 1,000 UTF-16 code units), with whitespace runs collapsed (an
 * empty or blank span takes its whole line's content instead). The occurrence index counts earlier
 * findings of the same rule in the same file with the same anchor, so two identical lines with the same
 * problem get two fingerprints. Line numbers, columns and the message are not part of it.
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../core/findings';
import type { FormatInput } from './types';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Anchors are cut at this many UTF-16 code units, so a finding on a huge one-line file costs little. */
const MAX_ANCHOR = 1000;
const firstLine = (s: string) => s.split(/\r\n|\r|\n/, 1)[0];

/** The text a finding is anchored to (see the recipe above); '' when its file's text is unknown. */
export function anchorText(input: FormatInput, f: Finding): string {
  let idx;
  try {
    idx = input.lineIndex(f.uri);
  } catch {
    return '';
  }
  const text = idx.text;
  const start = Math.max(0, Math.min(f.span.start, text.length));
  const end = Math.max(start, Math.min(f.span.end, text.length));
  const own = firstLine(text.slice(start, Math.min(end, start + MAX_ANCHOR)));
  if (norm(own)) return norm(own);
  const line = idx.positionAt(start).line;
  const from = idx.lineStart(line);
  return norm(text.slice(from, Math.min(idx.lineEnd(line), from + MAX_ANCHOR)));
}

export function fingerprintOf(ruleId: string, uri: string, anchor: string, occurrence: number): string {
  return createHash('sha256').update(['reclint/v1', ruleId, uri, anchor, String(occurrence)].join('\u0000')).digest('hex').slice(0, 32);
}

/** One fingerprint per finding of `findings`, in order (occurrence indexes counted in that order). */
export function fingerprints(input: FormatInput, findings: readonly Finding[] = input.findings): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const anchor = anchorText(input, f);
    const key = `${f.ruleId}\u0000${f.uri}\u0000${anchor}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return fingerprintOf(f.ruleId, f.uri, anchor, n);
  });
}
