/** The register as data (register.md §4): what the Markdown, CSV and JSON-LD writers print. */
import type { Finding, Severity } from '../findings';
import type { LegalBasis } from '../vocabulary';
import type { RegisterConfig, RegisterParty, RegisterTransfer } from '../config';
import type { Subject } from './words';

/** A policy file of the run: its uri relative to the working folder (with `/`) and its text. */
export interface RegisterPolicyInput {
  uri: string;
  text: string;
  /** The linter's default jurisdiction for this file (config `jurisdiction`). */
  jurisdiction?: string;
  /** The jurisdiction the linter forces (`--jurisdiction`). */
  forceJurisdiction?: string;
  /** Why the file could not be read (too large, not UTF-8): then it is listed as left out. */
  unreadable?: string;
}

/** A finding of the run, with how it is held back (inline directive, baseline) if it is. */
export interface RegisterFinding extends Finding {
  held?: 'suppressed' | 'baselined';
}

export interface RegisterInput {
  /** reclint's version, printed in the header. */
  version: string;
  policies: RegisterPolicyInput[];
  /** The linter's findings for the same files and options (all severities; the register keeps errors and warnings). */
  findings: RegisterFinding[];
  config: RegisterConfig;
  /** `--controller`. */
  controller?: string;
  /** `--base-iri`, else `register.base_iri`, else `urn:reclint:`. */
  baseIri?: string;
  /** `--date` (YYYY-MM-DD). */
  date?: string;
  /**
   * A path a policy names (relative to the policy) as the register prints it: relative to the working
   * folder with `/`. Default: joined to the policy's own uri. URLs are kept as written.
   */
  resolvePath?(policyUri: string, rel: string): string;
}

/** One entry of an activity's open findings: unique per rule, severity and whether it is held back. */
export interface FindingEntry {
  ruleId: string;
  severity: Extract<Severity, 'error' | 'warning'>;
  held?: 'suppressed' | 'baselined';
}

export interface Duration {
  written: string;
  /** The ISO 8601 duration when `written` is one. */
  iso?: string;
}

export interface RetentionModel {
  /** `retention` is declared on the purpose. */
  stated: boolean;
  indefinite: boolean;
  until?: { id: string; description?: string; declared: boolean; max?: Duration };
  max?: Duration;
  /** Retroactive recordings: how long unkept buffered audio lives. */
  buffer?: Duration;
}

export interface BasisModel {
  written?: string;
  canonical?: LegalBasis;
  law?: string;
  balancingTest?: string;
  mechanism?: string;
  art9?: string;
}

export interface NoticeModel {
  kind: 'script' | 'inline';
  /** The script path (relative to the working folder) or the inline text's language. */
  where: string;
  prompt?: string;
  text?: string;
}

export interface PurposeConcept {
  /** `reclint:<id>` or `<base>purpose/<id>`. */
  iri: string;
  label: string;
  broader: string[];
}

export interface Activity {
  /** `<policy path>#<recording id>/<purpose id>`. */
  id: string;
  policy: string;
  recording: string;
  recordingDescription?: string;
  purposeId: string;
  /** §4.2 without the id. */
  purposeText: string;
  /** The purpose concept (its IRI is the first `dpv_purpose`). */
  concept?: PurposeConcept;
  processing: string[];
  technology: string[];
  law: string[];
  extraData: string[];
  fideslangUse: string;
  basis: BasisModel;
  subjects: Subject[];
  /** Declared data ids, in the policy's order (`voice` assumed when none are declared). */
  data: string[];
  dataDeclared: boolean;
  transcripts: boolean;
  inferredEmotions: boolean;
  recipients: { roles: string[]; systems: string[]; public: boolean };
  processors: { name: string; agreement?: string }[];
  transfers: RegisterTransfer[] | 'none' | 'not stated';
  retention: RetentionModel;
  /** Derived security lines of the recording (access, processors' agreements). */
  security: string[];
  accessRoles?: string[];
  scopeWords: string;
  scopeCode: string;
  direction?: string;
  jurisdiction?: string;
  notice?: NoticeModel;
  rights: { access?: string; erasure?: string; objection?: string };
  findings: FindingEntry[];
  /** The open (not held back) findings on it, by their index in the input, with their severity. */
  open: Map<number, 'error' | 'warning'>;
  /** For the JSON-LD IRI: `<policy path>/<recording>/<purpose>`, each segment IRI-safe. */
  iriPath: string;
}

export interface ExcludedEntry {
  what: string;
  why: string;
  findings: FindingEntry[];
  /** An open error here counts for `--fail-on-findings` (a policy that does not parse, whose controller is unknown). */
  counts: boolean;
}

export interface Register {
  version: string;
  date?: string;
  baseIri: string;
  controller?: string;
  config: RegisterConfig;
  /** Policy files in the record. */
  policyFiles: string[];
  activities: Activity[];
  excluded: ExcludedEntry[];
  /** Rights procedures per policy file in the record. */
  rights: { policy: string; access?: string; erasure?: string; objection?: string }[];
  /** Concepts declared once (JSON-LD `included`), sorted by id. */
  concepts: PurposeConcept[];
}

export type Party = RegisterParty;
