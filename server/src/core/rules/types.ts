/** What a rule is and what it gets to look at. One rule per file; the registry lists them. */
import type { Finding, Fix, RelatedLocation, Severity } from '../findings';
import type { IvrScript } from '../ivr/model';
import type { Policy, Recording } from '../policy/model';
import type { Span } from '../text';
import type { RecordingAnnouncement } from '../announcement';
import type { Profile } from '../profile';

export type Area = 'files' | 'legal-basis' | 'announcement' | 'retention' | 'people' | 'suppression';

export interface RuleMeta {
  id: string;
  area: Area;
  defaultSeverity: Severity;
  /** Article or statute the rule rests on; '' for format rules. */
  legalSource: string;
  /** One line: what the rule checks. */
  description: string;
  /** A safe fix that `--fix` applies (✓ in rules.md). */
  fixable: boolean;
  /** Fixes that need a human: offered in the editor only. */
  hasSuggestions?: boolean;
}

export interface Report {
  span: Span;
  /** Defaults to the file being linted. */
  uri?: string;
  message: string;
  messageId?: string;
  /** Overrides the rule's default severity for this finding (before config). */
  severity?: Severity;
  related?: RelatedLocation[];
  fix?: Fix;
  suggestions?: Fix[];
  unnecessary?: boolean;
}

interface BaseContext {
  uri: string;
  text: string;
  profile: Profile;
  report(r: Report): void;
}

export interface PolicyContext extends BaseContext {
  policy: Policy;
  /** The resolved notice of a recording (computed once, shared by all rules). */
  announcement(rec: Recording): RecordingAnnouncement;
  /** Extra purpose phrases from the config, per language and purpose id. */
  configPhrases: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  /** The text of a script (or other file) read during this run. */
  scriptText(uri: string): string | undefined;
  /** A short name for a recording in messages: its id, or "recording 2". */
  recordingName(rec: Recording): string;
}

export interface ScriptContext extends BaseContext {
  script: IvrScript;
}

export interface PolicyRule {
  meta: RuleMeta;
  kind: 'policy';
  check(ctx: PolicyContext): void;
}

export interface ScriptRule {
  meta: RuleMeta;
  kind: 'script';
  check(ctx: ScriptContext): void;
}

/** A rule that runs on the raw text before parsing (yaml-syntax) is part of the engine; this marks its meta only. */
export interface EngineRule {
  meta: RuleMeta;
  kind: 'engine';
}

export type Rule = PolicyRule | ScriptRule | EngineRule;

export type { Finding };
