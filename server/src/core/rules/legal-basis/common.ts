/** Shared helpers of the legal-basis rules: the canonical basis of a purpose, where a missing key points, edit targets. */
import { isRecorded } from '../../announcement';
import type { TextEdit } from '../../findings';
import { insertEntry, replaceScalar, type EditTarget } from '../../policy/edit';
import type { Field, PurposeDecl, Recording } from '../../policy/model';
import { anchorForMissing } from '../../policy/schema';
import { entry, type MapEntry, type MapNode } from '../../policy/tree';
import type { Span } from '../../text';
import { LEGAL_BASES, LEGAL_BASIS_ALIASES, type LegalBasis } from '../../vocabulary';
import type { PolicyContext } from '../types';

/**
 * The canonical legal basis of a declared purpose: the value itself, a spelling variant of it
 * (`Legitimate_Interests`), or what its alias stands for (`toestemming` → `consent`). Undefined when
 * there is none or it is unknown: `legal-basis-missing` and `unknown-legal-basis` report those, so no
 * other rule reads them.
 */
export function basisOf(p: PurposeDecl): LegalBasis | undefined {
  const v = p.legalBasis?.value;
  if (v === undefined) return undefined;
  if ((LEGAL_BASES as readonly string[]).includes(v)) return v as LegalBasis;
  const k = v.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if ((LEGAL_BASES as readonly string[]).includes(k)) return k as LegalBasis;
  return LEGAL_BASIS_ALIASES[k];
}

/** A key that is absent, or present with nothing after it (`law:`), or an empty string. */
export function isBlank(f: Field<unknown> | undefined): boolean {
  if (!f) return true;
  return f.value === null || f.value === undefined || (typeof f.value === 'string' && f.value.trim() === '');
}

/** The entry of a key in a purpose, when it is written with an empty value (`law:`). */
export function blankEntry(p: PurposeDecl, key: string): MapEntry | undefined {
  const e = entry(p.node, key);
  return e && e.value.kind === 'scalar' && (e.value.value === null || String(e.value.value).trim() === '') ? e : undefined;
}

/** The edit that sets `key: value` in a mapping: fills the key written blank, or adds the entry. */
export function setKey(t: EditTarget, map: MapNode, blank: MapEntry | undefined, key: string, value: string): TextEdit {
  return blank ? replaceScalar(t, blank.value, value) : insertEntry(t, map, key, value);
}

/** Where a finding about a missing purpose-level key points (rules.md): the purpose's `purpose` value. */
export function purposeAnchor(rec: Recording, p: PurposeDecl): Span {
  return anchorForMissing(p.node, ['recordings', rec.index, 'purposes', p.index]);
}

/** Recordings that record something: `mode: none` records nothing, so no legal-basis rule runs for it. */
export function recorded(ctx: PolicyContext): Recording[] {
  return ctx.policy.recordings.filter(isRecorded);
}

export function target(ctx: PolicyContext): EditTarget {
  return { uri: ctx.uri, text: ctx.text };
}

/** "purpose `staff-training` of recording `service-line`" (or "purpose 2 of …" when the id is missing). */
export function purposeName(ctx: PolicyContext, rec: Recording, p: PurposeDecl): string {
  const id = p.purpose ? `\`${p.purpose.value}\`` : `${p.index + 1}`;
  const recName = rec.id ? `recording ${ctx.recordingName(rec)}` : ctx.recordingName(rec);
  return `purpose ${id} of ${recName}`;
}

export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
