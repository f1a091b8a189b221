/** What a recording's flow derives from the audio (ivr-formats.md §4.5): the analytics settings on steps a caller can reach. */
import type { RecordingAnnouncement } from '../../announcement';
import { reachable } from '../../ivr/flow';
import type { AnalyticsSetting } from '../../ivr/model';

/** A setting, with the file that holds it (a flow set's other file, or undefined for the script's own). */
export function flowAnalytics(a: RecordingAnnouncement): (AnalyticsSetting & { uri?: string })[] {
  if (a.status !== 'ok' || !a.script || !a.script.format || a.script.format === 'ivr' || a.script.errors.length) return [];
  const reach = reachable(a.script);
  const out: (AnalyticsSetting & { uri?: string })[] = [];
  a.script.steps.forEach((s, i) => {
    if (reach[i] && s.analytics) for (const x of s.analytics) out.push(s.uri ? { kind: x.kind, span: x.span, what: x.what, uri: s.uri } : x);
  });
  return out;
}
