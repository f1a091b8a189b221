/**
 * Which activities a finding concerns (register.md §4.9): its `subject` (a policy rule's finding in a
 * script); else its position in the policy (a purpose entry, a `uses` or `processors` entry of a
 * purpose, a recording, the policy); else, for a script's own finding, every recording whose notice
 * the script is. Only errors and warnings; held-back ones (inline suppression, baseline) are marked.
 */
import type { Recording } from '../policy/model';
import type { Span } from '../text';
import type { Activity, ExcludedEntry, FindingEntry, RegisterFinding } from './types';
import { byCodeUnits } from './paths';

export interface PlacedPurpose {
  id: string;
  span: Span;
  activity?: Activity;
  excludedIndex?: number;
}

export interface PlacedRecording {
  rec: Recording;
  id: string;
  span: Span;
  activities: Activity[];
  purposes: PlacedPurpose[];
  /** Left out of the record (`mode: none`). */
  excludedIndex?: number;
  /** The script or flow its notice is read from (as findings name it). */
  notice?: string;
}

export interface PlacedPolicy {
  uri: string;
  /** The whole file is left out (does not parse, another controller). */
  excludedIndex?: number;
  recordings: PlacedRecording[];
}

const inside = (at: number, s: Span) => at >= s.start && at < s.end;

type Target = { activities: Activity[]; excluded: number[] };

function targetsOf(f: RegisterFinding, policies: readonly PlacedPolicy[]): Target {
  const out: Target = { activities: [], excluded: [] };
  const add = (list: readonly Activity[]) => {
    for (const a of list) out.activities.push(a);
  };
  const ofRecording = (r: PlacedRecording) => {
    if (r.excludedIndex !== undefined) out.excluded.push(r.excludedIndex);
    else add(r.activities);
  };
  const own = policies.find((p) => p.uri === f.uri);
  if (own) {
    if (own.excludedIndex !== undefined) {
      out.excluded.push(own.excludedIndex);
      return out;
    }
    const at = f.span.start;
    const rec = own.recordings.find((r) => inside(at, r.span));
    if (!rec) {
      for (const r of own.recordings) if (r.excludedIndex === undefined) add(r.activities);
      return out;
    }
    if (rec.excludedIndex !== undefined) {
      out.excluded.push(rec.excludedIndex);
      return out;
    }
    const purpose = rec.purposes.find((p) => inside(at, p.span));
    if (purpose) {
      if (purpose.activity) out.activities.push(purpose.activity);
      if (purpose.excludedIndex !== undefined) out.excluded.push(purpose.excludedIndex);
      return out;
    }
    // A `uses` or `processors` entry: the activity of its purpose, when that purpose is declared.
    const entries = [...(rec.rec.uses ?? []), ...rec.rec.processors];
    const e = entries.find((x) => inside(at, x.node.span));
    const forPurpose = e?.purpose ? rec.activities.filter((a) => a.purposeId === e.purpose!.value) : [];
    if (forPurpose.length) add(forPurpose);
    else ofRecording(rec);
    return out;
  }
  // A finding in a script or flow: the recordings whose notice it is (the subject's recording, when named).
  for (const p of policies) {
    if (p.excludedIndex !== undefined) continue;
    for (const r of p.recordings) {
      if (r.notice !== f.uri) continue;
      if (f.subject && f.subject.recording !== r.id) continue;
      if (f.subject?.purpose) {
        const a = r.activities.filter((x) => x.purposeId === f.subject!.purpose);
        if (a.length) {
          add(a);
          continue;
        }
      }
      ofRecording(r);
    }
  }
  return out;
}

const SEV_ORDER = { error: 0, warning: 1 } as const;

export function compareEntries(a: FindingEntry, b: FindingEntry): number {
  return SEV_ORDER[a.severity] - SEV_ORDER[b.severity] || byCodeUnits(a.ruleId, b.ruleId) || (a.held ? 1 : 0) - (b.held ? 1 : 0) || byCodeUnits(a.held ?? '', b.held ?? '');
}

function addEntry(list: FindingEntry[], e: FindingEntry): void {
  if (!list.some((x) => x.ruleId === e.ruleId && x.severity === e.severity && x.held === e.held)) list.push(e);
}

export function attributeFindings(findings: readonly RegisterFinding[], policies: readonly PlacedPolicy[], activities: Activity[], excluded: ExcludedEntry[]): void {
  findings.forEach((f, i) => {
    if (f.severity !== 'error' && f.severity !== 'warning') return;
    const t = targetsOf(f, policies);
    const e: FindingEntry = f.held ? { ruleId: f.ruleId, severity: f.severity, held: f.held } : { ruleId: f.ruleId, severity: f.severity };
    for (const a of new Set(t.activities)) {
      addEntry(a.findings, e);
      if (!f.held) a.open.set(i, f.severity as 'error' | 'warning');
    }
    for (const x of new Set(t.excluded)) addEntry(excluded[x].findings, e);
  });
  for (const a of activities) a.findings.sort(compareEntries);
  for (const x of excluded) x.findings.sort(compareEntries);
}

/** `rule-id (severity)` or `rule-id (severity, suppressed)`. */
export function entryText(e: FindingEntry): string {
  return `${e.ruleId} (${e.severity}${e.held ? `, ${e.held}` : ''})`;
}

/** Distinct open findings over some activities (a recording's), per severity. */
export function openCounts(activities: readonly Activity[]): { errors: number; warnings: number } {
  const all = new Map<number, string>();
  for (const a of activities) for (const [k, s] of a.open) all.set(k, s);
  let errors = 0;
  for (const s of all.values()) if (s === 'error') errors++;
  return { errors, warnings: all.size - errors };
}
