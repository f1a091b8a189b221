/** Shared by the legal-basis rules: the canonical basis of a purpose. */
import type { PurposeDecl } from '../../policy/model';
import { canonicalLegalBasis, type LegalBasis } from '../../vocabulary';

/**
 * The canonical legal basis of a declared purpose: the value itself, a spelling variant of it
 * (`Legitimate_Interests`), or what its alias stands for (`toestemming` → `consent`). Undefined when
 * there is none or it is unknown: `legal-basis-missing` and `unknown-legal-basis` report those, so no
 * other rule reads them.
 */
export function basisOf(p: PurposeDecl): LegalBasis | undefined {
  return canonicalLegalBasis(p.legalBasis?.value);
}
