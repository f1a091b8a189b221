/** Shared helpers of the people, access, processors and rights rules. */
import type { Recording } from '../../policy/model';
import { anchorForMissing } from '../../policy/schema';
import type { YNode } from '../../policy/tree';
import type { Span } from '../../text';
import type { PolicyContext } from '../types';

/** "recording `service-line`", or "recording 2" when it has no id. */
export function recordingLabel(ctx: PolicyContext, rec: Recording): string {
  return rec.id ? `recording ${ctx.recordingName(rec)}` : ctx.recordingName(rec);
}

/** Where a finding about a missing recording-level key points (rules.md): the recording's `id` value. */
export function recordingAnchor(rec: Recording): Span {
  return anchorForMissing(rec.node, ['recordings', rec.index]);
}

/** A value with nothing in it: `key:`, `key: ""`, `key: null`. */
export function isBlankNode(node: YNode): boolean {
  return node.kind === 'scalar' && (node.value === null || (typeof node.value === 'string' && node.value.trim() === ''));
}
