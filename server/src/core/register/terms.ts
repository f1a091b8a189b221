/** The DPV terms and `loc:` codes of DPV 2.3 that reclint knows (`schemas/dpv-terms.json`, made by scripts/gen-dpv-terms.mjs). */
import terms from '../../../../schemas/dpv-terms.json';

/** Two-letter `loc:` codes (the countries of ISO 3166-1 and `EU`). */
export const LOC_CODES: ReadonlySet<string> = new Set(Object.keys(terms.countries));
/** Full IRI → label. */
export const DPV_TERMS: Readonly<Record<string, string>> = terms.terms;
