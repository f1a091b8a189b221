/** What a recording's flow derives from the audio (ivr-formats.md §4.5): the analytics settings on steps a caller can reach. */
import type { RecordingAnnouncement } from '../../announcement';
import { reachable } from '../../ivr/flow';
import type { AnalyticsSetting } from '../../ivr/model';

export function flowAnalytics(a: RecordingAnnouncement): AnalyticsSetting[] {
  if (a.status !== 'ok' || !a.script || !a.script.format || a.script.format === 'ivr' || a.script.errors.length) return [];
  const reach = reachable(a.script);
  const out: AnalyticsSetting[] = [];
  a.script.steps.forEach((s, i) => {
    if (reach[i] && s.analytics) for (const x of s.analytics) out.push(x);
  });
  return out;
}
