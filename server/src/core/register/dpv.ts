/** The DPV 2.3 terms of one activity (register.md §6.3), as CURIEs: shared by the CSV and JSON-LD writers. */
import { art9Iri, BASE_PROCESSING, BASIS_IRI, DATA_IRI, EXPLICIT_CONSENT_IRI, TRANSCRIPT_PROCESSING } from './mapping';
import type { Activity } from './types';

/** The DPV purpose IRIs of an activity: its own concept first, then what it is narrower than. */
export function dpvPurposes(a: Activity): string[] {
  return a.concept ? [a.concept.iri, ...a.concept.broader] : [];
}

/** The DPV legal bases: the art. 6 basis, then the art. 9 condition. */
export function dpvBases(a: Activity): string[] {
  const out: string[] = [];
  if (a.basis.canonical) out.push(a.basis.canonical === 'consent' && a.basis.art9 === '9(2)(a)' ? EXPLICIT_CONSENT_IRI : BASIS_IRI[a.basis.canonical]);
  const nine = a.basis.art9 ? art9Iri(a.basis.art9) : undefined;
  if (nine) out.push(nine);
  return out;
}

export function dpvData(a: Activity): string[] {
  return [...new Set([...a.data.map((d) => DATA_IRI[d]).filter((x): x is string => !!x), ...a.extraData])];
}

export function dpvProcessing(a: Activity): string[] {
  return [...new Set([...BASE_PROCESSING, ...a.processing, ...(a.transcripts ? [TRANSCRIPT_PROCESSING] : [])])];
}

