/**
 * Where recording of the caller starts before the notice (ivr-formats.md §4.1). The walk runs over
 * pairs (step, pending arming kinds): recording armed early (Connect's participants, Asterisk
 * `MixMonitor(…,b)`) starts only at the next agent transfer or bridge, and is judged there. Two arming
 * kinds and whether call-start recording still runs give at most eight states a step, so the walk is
 * linear and ends on cycles. It never
 * enters a notice step: a caller who passes the notice is informed.
 */
import { entriesOf, successors } from './flow';
import type { IvrScript, RecordStep, Step } from './model';

export type RecordingStarts = 'script' | 'call-start' | 'agent-connect';

const AGENT = 1;
const BRIDGE = 2;
/** `recording_starts: call-start` and no stop yet on this path: the caller is being recorded. */
const LIVE = 4;
const STATES = 8;

export interface RecordingTarget {
  /** The step where recording of the customer starts on some path. */
  target: number;
  /** One shortest path from an entry to the target, both included. */
  readonly path: number[];
  /** The step that armed the recording that starts here; -1 when `recording_starts` armed it; undefined when the target records itself. */
  armedAt?: number;
  kind: 'record' | 'trigger' | 'call-start';
}

/** Recording that starts at this very step (not armed for later), of the customer, and that the ordering rule judges. */
export function startsRecordingNow(s: Step): s is RecordStep {
  if (s.kind !== 'record' || s.action !== 'start' || s.onDemand || s.customer === false) return false;
  if (s.timing && s.timing !== 'now') return false;
  const what = s.what ?? 'call';
  return what === 'call' || what === 'utterances' || what === 'stream' || what === 'transcription';
}

function armBits(s: Step): number {
  if (s.kind !== 'record' || s.action !== 'start' || s.customer === false || s.onDemand) return 0;
  if ((s.what ?? 'call') !== 'call' && s.what !== 'utterances') return 0;
  return s.timing === 'on-agent' ? AGENT : s.timing === 'on-bridge' ? BRIDGE : 0;
}

function disarms(s: Step): boolean {
  return s.kind === 'record' && (s.action === 'stop' || s.customer === false);
}

/** A step a caller experiences while recorded from the first moment (`call-start`): a prompt, a wait for input, a transfer. */
function isExperienced(s: Step): boolean {
  if (s.kind === 'say' || s.kind === 'consent') return (s.kind === 'say' ? s.audience ?? 'customer' : 'customer') !== 'staff';
  return s.kind === 'menu' || s.kind === 'transfer';
}

export function unannouncedRecording(script: IvrScript, isNotice: (i: number) => boolean, starts: RecordingStarts = 'script'): RecordingTarget[] {
  const n = script.steps.length;
  const parent = new Int32Array(n * STATES).fill(-2);
  const armed = new Int32Array(n * STATES).fill(-3);
  const queue: number[] = [];
  const initial = starts === 'agent-connect' ? AGENT : starts === 'call-start' ? LIVE : 0;
  for (const e of entriesOf(script)) {
    const node = e * STATES + initial;
    if (isNotice(e) || parent[node] !== -2) continue;
    parent[node] = -1;
    armed[node] = initial & (AGENT | BRIDGE) ? -1 : -3;
    queue.push(node);
  }
  const found = new Map<number, { node: number; armedAt?: number; kind: RecordingTarget['kind'] }>();
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    const i = Math.floor(node / STATES);
    let bits = node % STATES;
    let armedAt = armed[node];
    const s = script.steps[i];
    let stop = false;
    // A stop on the path ends call-start recording too (§3.4: a disarm acts as `record stop`).
    if (disarms(s)) bits &= ~LIVE;
    if (bits & LIVE && isExperienced(s)) {
      if (!found.has(i)) found.set(i, { node, armedAt: -1, kind: 'call-start' });
      stop = true;
    }
    if (startsRecordingNow(s) && !found.has(i)) found.set(i, { node, kind: 'record' });
    if (s.kind === 'transfer' && s.connects && ((bits & AGENT && s.connects.agent) || (bits & BRIDGE && s.connects.bridge))) {
      if (!found.has(i)) found.set(i, { node, armedAt: armedAt >= -1 ? armedAt : undefined, kind: 'trigger' });
      bits &= LIVE;
    }
    if (disarms(s)) bits &= LIVE;
    const arm = armBits(s);
    if (arm) { bits |= arm; armedAt = i; }
    if (stop) continue;
    for (const j of successors(script, i)) {
      if (isNotice(j)) continue;
      const next = j * STATES + bits;
      if (parent[next] !== -2) continue;
      parent[next] = node;
      armed[next] = bits & (AGENT | BRIDGE) ? armedAt : -3;
      queue.push(next);
    }
  }
  const out: RecordingTarget[] = [];
  for (const [target, f] of [...found].sort((a, b) => a[0] - b[0])) {
    let cached: number[] | undefined;
    out.push({
      target,
      armedAt: f.armedAt,
      kind: f.kind,
      get path(): number[] {
        if (!cached) {
          const p: number[] = [];
          for (let k = f.node; k !== -1; k = parent[k]) p.push(Math.floor(k / STATES));
          cached = p.reverse();
        }
        return cached;
      },
    });
  }
  return out;
}
