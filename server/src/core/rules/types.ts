/**
 * What a rule is and what it gets to look at. One rule per file; the registry (index.ts) lists them.
 *
 * A policy rule declares its messages and what it visits, in the manner of ESLint:
 *
 *   export const myRule = definePolicyRule({
 *     meta: { id: 'my-rule', …, recordings: 'recorded', messages: { missing: '{{purpose}} has no `x`.' } },
 *     create(ctx) {
 *       return { purpose(p, rec) { ctx.report({ span: p.node.span, messageId: 'missing', data: { purpose: … } }); } };
 *     },
 *   });
 *
 * The engine walks each policy once (see walk.ts) and calls every rule's visitors in this order: `policy`,
 * then each `trigger`, then per recording `recording`, each `purpose`, `use`, `processor` and `notice`.
 * `create` runs once per file, so state kept in its closure lives for that file only. A rule that throws
 * (in `create` or any visitor) becomes one `internal-error` finding on that file and is not called again
 * for it; its earlier findings stay.
 */
import type { Locale } from '../i18n/locale';
import type { Notice, RecordingAnnouncement } from '../announcement';
import type { Finding, Fix, RelatedLocation, Severity } from '../findings';
import type { IvrScript } from '../ivr/model';
import type { EditTarget } from '../policy/edit';
import type { Policy, Processor, PurposeDecl, Recording, Trigger, Use } from '../policy/model';
import type { SchemaProblem } from '../policy/schema';
import type { Profile } from '../profile';
import type { Span } from '../text';

export type Area = 'files' | 'legal-basis' | 'announcement' | 'retention' | 'people' | 'suppression';

/** Generic findings that a dedicated rule may replace on the same node. */
export type Replaceable = 'schema';

/** The values a message's `{{placeholders}}` are filled from. */
export type MessageData = Readonly<Record<string, string | number>>;

export interface RuleMeta<M extends string = string, T extends string = string, P extends string = string> {
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
  /** messageId → message template; `{{name}}` is replaced by `data.name` of the report. */
  messages: Readonly<Record<M, string>>;
  /**
   * Fix and suggestion titles by key (English; other locales in `i18n/<locale>/rules.json`), filled by
   * `ctx.title(key, data)`. Plain text, an action: "Add 'legal_basis: consent' (GDPR art. 6(1)(a))".
   */
  titles?: Readonly<Record<T, string>>;
  /** Phrases the rule builds into a message's `data` (a reason, an instruction per format), by key; filled by `ctx.part(key, data)`. */
  parts?: Readonly<Record<P, string>>;
  /** This rule's finding replaces a generic finding of these rules that starts on the same node. */
  replaces?: readonly Replaceable[];
}

export interface PolicyRuleMeta<M extends string = string, T extends string = string, P extends string = string> extends RuleMeta<M, T, P> {
  /** Which recordings the recording-level visitors see: `recorded` skips `mode: none` (it records nothing). */
  recordings: 'recorded' | 'all';
}

/** Where a finding points: a span, or anything that has one (a field, a node, a notice). */
export type At = { span: Span; node?: never } | { node: { readonly span: Span }; span?: never };

export type Report<M extends string = string> = At & {
  /** Defaults to the file being linted. */
  uri?: string;
  /** A key of the rule's `meta.messages`. */
  messageId: M;
  data?: MessageData;
  /** Overrides the rule's default severity for this finding (before config). */
  severity?: Severity;
  related?: RelatedLocation[];
  fix?: Fix;
  suggestions?: Fix[];
  unnecessary?: boolean;
};

interface BaseContext<M extends string> {
  uri: string;
  text: string;
  /** The file as an edit target (for the helpers in policy/edit). */
  target: EditTarget;
  profile: Profile;
  /** The language of the messages: rules that build words into `data` build them in it (see kit). */
  locale: Locale;
  report(r: Report<M>): void;
}

export interface PolicyContext<M extends string = string> extends BaseContext<M> {
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

export type ScriptContext<M extends string = string> = BaseContext<M>;

/** What `definePolicyRule` and `defineScriptRule` add to the context: the rule's own titles and parts, in the locale. */
export interface Texts<T extends string = string, P extends string = string> {
  /** A fix or suggestion title of `meta.titles`, in the context's locale. */
  title(key: T, data?: MessageData): string;
  /** A phrase of `meta.parts`, in the context's locale. */
  part(key: P, data?: MessageData): string;
}

/** What a policy rule looks at. Recording-level visitors see only the recordings `meta.recordings` names. */
export interface PolicyVisitors {
  /** Once per policy, before anything else. */
  policy?(policy: Policy): void;
  /** Every entry under `triggers` (`x-*` annotations too). */
  trigger?(trigger: Trigger): void;
  recording?(rec: Recording): void;
  purpose?(purpose: PurposeDecl, rec: Recording): void;
  use?(use: Use, rec: Recording): void;
  processor?(processor: Processor, rec: Recording): void;
  /** The notices of a recording that reading rules look at (`noticesToRead` in kit.ts), with its announcement. */
  notice?(notice: Notice, rec: Recording, announcement: RecordingAnnouncement): void;
}

export interface ScriptVisitors {
  script?(script: IvrScript): void;
}

export interface PolicyRule<M extends string = string> {
  kind: 'policy';
  meta: PolicyRuleMeta<M>;
  create(ctx: PolicyContext<M>): PolicyVisitors;
}

export interface ScriptRule<M extends string = string> {
  kind: 'script';
  meta: RuleMeta<M>;
  create(ctx: ScriptContext<M>): ScriptVisitors;
}

/**
 * A rule whose findings the engine itself makes (yaml-syntax, schema, internal-error; the suppression
 * rules in suppress.ts): this carries its meta, and for `schema` the editor suggestions of a problem.
 */
export interface EngineRule<M extends string = string> {
  kind: 'engine';
  meta: RuleMeta<M>;
  /** Suggestions for a problem the engine found (the schema rule: insert a missing required key), titled in `locale`. */
  suggest?(t: EditTarget, problem: SchemaProblem, locale?: Locale): Fix[];
}

export type Rule = PolicyRule | ScriptRule | EngineRule;

export type { Finding };
