/**
 * The rule kit: what rules share. Defining a rule (typed messageIds), filling message templates, naming
 * recordings and purposes in messages, blank checks, where a finding about a missing key points, and the
 * edits that add a missing key.
 */
import { readableNotices, type Notice, type RecordingAnnouncement } from '../announcement';
import type { Fix, TextEdit } from '../findings';
import { insertEntry, replaceScalar, type EditTarget, type Value } from '../policy/edit';
import type { Field, PurposeDecl, Recording } from '../policy/model';
import { anchorForMissing } from '../policy/schema';
import { entry, type MapEntry, type MapNode, type YNode } from '../policy/tree';
import type { Span } from '../text';
import type { EngineRule, PolicyContext, PolicyRule, ScriptRule } from './types';

// ---- Defining rules ------------------------------------------------------------------------------

/** A policy rule, with its messageIds checked against `meta.messages` at compile time. */
export function definePolicyRule<M extends string>(rule: Omit<PolicyRule<M>, 'kind'>): PolicyRule<M> {
  return { kind: 'policy', ...rule };
}

export function defineScriptRule<M extends string>(rule: Omit<ScriptRule<M>, 'kind'>): ScriptRule<M> {
  return { kind: 'script', ...rule };
}

export function defineEngineRule<M extends string>(rule: Omit<EngineRule<M>, 'kind'>): EngineRule<M> {
  return { kind: 'engine', ...rule };
}

export { formatMessage, placeholders } from '../i18n/format';

// ---- Words in messages ---------------------------------------------------------------------------

export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "`a`, `b`" */
export function codeList(values: Iterable<string>): string {
  return [...values].map((v) => `\`${v}\``).join(', ');
}

/** " (did you mean `x`?)", or '' without a guess. */
export function didYouMeanNote(guess: string | undefined): string {
  return guess ? ` (did you mean \`${guess}\`?)` : '';
}

/** "recording `service-line`", or "recording 2" when it has no id. */
export function recordingLabel(ctx: PolicyContext, rec: Recording): string {
  return rec.id ? `recording ${ctx.recordingName(rec)}` : ctx.recordingName(rec);
}

/** "purpose `staff-training` of recording `service-line`" (or "purpose 2 of …" when the id is missing). */
export function purposeName(ctx: PolicyContext, rec: Recording, p: PurposeDecl): string {
  const id = p.purpose ? `\`${p.purpose.value}\`` : `${p.index + 1}`;
  return `purpose ${id} of ${recordingLabel(ctx, rec)}`;
}

// ---- Blank values --------------------------------------------------------------------------------

/** A key that is absent, or present with nothing after it (`law:`), or an empty string. */
export function isBlank(f: Field<unknown> | undefined): boolean {
  if (!f) return true;
  return f.value === null || f.value === undefined || (typeof f.value === 'string' && f.value.trim() === '');
}

/** A value with nothing in it: `key:`, `key: ""`, `key: null`. */
export function isBlankNode(node: YNode): boolean {
  return node.kind === 'scalar' && (node.value === null || (typeof node.value === 'string' && node.value.trim() === ''));
}

/** The entry of `key` in a mapping when it is written with an empty value (`law:`). */
export function blankEntry(map: MapNode, key: string): MapEntry | undefined {
  const e = entry(map, key);
  return e && isBlankNode(e.value) ? e : undefined;
}

// ---- Where findings point, and edits -------------------------------------------------------------

/** Where a finding about a missing purpose-level key points (rules.md): the purpose's `purpose` value. */
export function purposeAnchor(rec: Recording, p: PurposeDecl): Span {
  return anchorForMissing(p.node, ['recordings', rec.index, 'purposes', p.index]);
}

/** Where a finding about a missing recording-level key points (rules.md): the recording's `id` value. */
export function recordingAnchor(rec: Recording): Span {
  return anchorForMissing(rec.node, ['recordings', rec.index]);
}

/** The edit that sets `key: value` in a mapping: fills the key written blank, or adds the entry. */
export function setKey(t: EditTarget, map: MapNode, blank: MapEntry | undefined, key: string, value: string): TextEdit {
  return blank ? replaceScalar(t, blank.value, value) : insertEntry(t, map, key, value);
}

/** A suggestion that adds `key: value` to a mapping, or none when the mapping cannot take it (a flow map the editor cannot write). */
export function insertKeySuggestion(t: EditTarget, map: MapNode, key: string, value: Value, title: string): Fix[] {
  try {
    return [{ title, edits: [insertEntry(t, map, key, value)] }];
  } catch {
    return [];
  }
}

// ---- Notices -------------------------------------------------------------------------------------

/** The recording's notices that reading rules may look at, or [] when another finding already says it all. */
export function noticesToRead(a: RecordingAnnouncement): Notice[] {
  const ns = readableNotices(a);
  if (ns.length === 0) return [];
  // A notice that never says the call is recorded is reported by announcement-no-recording-mention.
  if (!ns.some((n) => n.analysis?.records)) return [];
  return ns.filter((n) => !n.analysis!.denies || n.analysis!.records);
}
