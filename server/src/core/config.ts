/**
 * Configuration: the shape of `.reclintrc.yaml` (and of the editor settings), parsing its text, and
 * merging layers. Reading files is the host's job; this module only sees text and objects.
 */
import rcValidate from './config-validator.generated.js';
import type { Severity } from './findings';
import type { Locale } from './i18n/locale';
import type { FlowSetOptions } from './flows/flow-ref';
import { parsePolicyText } from './policy/parse';
import { toPlain } from './policy/tree';
import type { Span } from './text';

export type RuleSetting = Severity | 'off';

/** Settings for some files only (`overrides` in `.reclintrc.yaml`). */
export interface ConfigOverride {
  files: string[];
  rules?: Record<string, RuleSetting>;
  jurisdiction?: string;
  phrases?: Record<string, Record<string, string[]>>;
}

export interface ReclintConfig {
  root?: boolean;
  /** Configs this one builds on (resolved by the host; see host/config-file.ts). */
  extends?: string | string[];
  overrides?: ConfigOverride[];
  jurisdiction?: string;
  rules?: Record<string, RuleSetting>;
  phrases?: Record<string, Record<string, string[]>>;
  files?: string[];
  ignores?: string[];
  /** The findings of one file listed at most (default 1,000); the rest are counted in one finding. */
  max_findings_per_file?: number;
  /** What the art. 30 register needs and a policy cannot hold (`reclint register`; spec register.md §3). */
  register?: RegisterConfig;
  /** Defaults for the notice generator (`reclint notice`). */
  notice?: NoticeConfig;
  /** Flow sets across files (ivr-formats.md §6). */
  flows?: FlowsConfig;
}

/** `flows:` as written; folders and files are relative to the config file. */
export interface FlowsConfig {
  url_base?: Record<string, string>;
  ids?: Record<string, string>;
  max_files?: number;
  max_bytes?: number;
}

/**
 * The flow-set options of a file's config layers, outermost first: each layer's folders resolve
 * against `from` (the uri of its config file); a nearer layer's prefix, id or budget wins.
 */
export function flowOptionsFrom(layers: readonly { config: ReclintConfig; from: string }[]): FlowSetOptions | undefined {
  const urlBase = new Map<string, { prefix: string; folder: string; from: string }>();
  const ids = new Map<string, { key: string; file: string; from: string }>();
  let maxFiles: number | undefined;
  let maxBytes: number | undefined;
  let any = false;
  for (const { config, from } of layers) {
    const f = config.flows;
    if (!f) continue;
    any = true;
    for (const [prefix, folder] of Object.entries(f.url_base ?? {})) urlBase.set(prefix, { prefix, folder, from });
    for (const [key, file] of Object.entries(f.ids ?? {})) ids.set(key, { key, file, from });
    if (f.max_files !== undefined) maxFiles = f.max_files;
    if (f.max_bytes !== undefined) maxBytes = f.max_bytes;
  }
  if (!any) return undefined;
  return {
    ...(urlBase.size ? { urlBase: [...urlBase.values()] } : {}),
    ...(ids.size ? { ids: [...ids.values()] } : {}),
    ...(maxFiles !== undefined ? { maxFiles } : {}),
    ...(maxBytes !== undefined ? { maxBytes } : {}),
  };
}

/** A person or organisation in the register. */
export interface RegisterParty {
  name: string;
  contact?: string;
}

export interface RegisterTransfer {
  country: string;
  recipient: string;
  safeguards?: string;
  article?: string;
  recordings?: string[];
}

/** `register:` of `.reclintrc.yaml`. `'none'` is stated: does not apply; absent is not stated. */
export interface RegisterConfig {
  controller_contact?: string;
  dpo?: RegisterParty | 'none';
  representative?: RegisterParty | 'none';
  joint_controllers?: RegisterParty[] | 'none';
  transfers?: RegisterTransfer[] | 'none';
  security_measures?: string;
  base_iri?: string;
}

/** `notice:` of `.reclintrc.yaml`. */
export interface NoticeConfig {
  controller_name?: string;
  privacy_url?: string;
  more_key?: string;
  max_seconds?: number;
}

/** The effective options for linting one file. */
export interface LintOptions {
  rules: Record<string, RuleSetting>;
  /** Default jurisdiction when a policy names none. */
  jurisdiction?: string;
  /** Overrides the policy's own jurisdiction (CLI `--jurisdiction`). */
  forceJurisdiction?: string;
  phrases: Record<string, Record<string, string[]>>;
  /** The findings of one file listed at most (`max_findings_per_file`). */
  maxFindingsPerFile?: number;
  /** Flow sets across files (`flows:`), with each folder resolved against the config file that names it. */
  flows?: FlowSetOptions;
  /** The language of reclint's messages (English when absent); part of the options so caches keep locales apart. */
  locale?: Locale;
}

export const EMPTY_OPTIONS: LintOptions = { rules: {}, phrases: {} };

export interface ConfigProblem {
  span: Span;
  message: string;
}

/** Parse the text of a `.reclintrc.yaml`. A broken config yields problems and an empty config. */
export function parseConfigText(text: string): { config: ReclintConfig; problems: ConfigProblem[] } {
  const parsed = parsePolicyText(text);
  if (!parsed.root) {
    // An empty config file is a valid, empty config.
    if (parsed.errors.length === 1 && text.trim() === '') return { config: {}, problems: [] };
    return { config: {}, problems: parsed.errors };
  }
  const data = toPlain(parsed.root);
  if (!rcValidate(data)) {
    const problems = (rcValidate.errors ?? []).filter((e) => !['if', 'anyOf', 'oneOf'].includes(e.keyword)).map((e) => {
      const where = e.instancePath || '(top level)';
      const extra = e.keyword === 'additionalProperties' ? ` \`${String((e.params as { additionalProperty: string }).additionalProperty)}\`` : '';
      return { span: parsed.root!.span, message: `.reclintrc.yaml: ${where} ${e.message ?? 'is not valid'}${extra}.` };
    });
    return { config: {}, problems: problems.length ? [problems[0]] : [] };
  }
  return { config: data as ReclintConfig, problems: [] };
}

/** Merge config layers, outermost first: later layers win. */
export function mergeConfigs(layers: readonly (ReclintConfig | undefined)[]): ReclintConfig {
  const out: ReclintConfig = {};
  for (const c of layers) {
    if (!c) continue;
    if (c.jurisdiction !== undefined) out.jurisdiction = c.jurisdiction;
    if (c.rules) out.rules = { ...(out.rules ?? {}), ...c.rules };
    if (c.phrases) {
      const p: Record<string, Record<string, string[]>> = { ...(out.phrases ?? {}) };
      for (const [lang, byId] of Object.entries(c.phrases)) {
        const cur: Record<string, string[]> = { ...(p[lang] ?? {}) };
        for (const [id, list] of Object.entries(byId)) cur[id] = [...(cur[id] ?? []), ...list];
        p[lang] = cur;
      }
      out.phrases = p;
    }
    if (c.files) out.files = c.files;
    if (c.max_findings_per_file !== undefined) out.max_findings_per_file = c.max_findings_per_file;
    if (c.ignores) out.ignores = [...(out.ignores ?? []), ...c.ignores];
    // Key by key: a nearer config may add the DPO to a register section an outer one started.
    if (c.register) out.register = { ...(out.register ?? {}), ...c.register };
    if (c.notice) out.notice = { ...(out.notice ?? {}), ...c.notice };
    // Kept as written here; `flowOptionsFrom` resolves each layer's folders against its own file.
    if (c.flows) out.flows = { ...(out.flows ?? {}), ...c.flows };
  }
  return out;
}

export function optionsFrom(config: ReclintConfig, overrides: { rules?: Record<string, RuleSetting>; jurisdiction?: string; maxFindingsPerFile?: number; locale?: Locale } = {}): LintOptions {
  const max = overrides.maxFindingsPerFile ?? config.max_findings_per_file;
  return {
    rules: { ...(config.rules ?? {}), ...(overrides.rules ?? {}) },
    jurisdiction: config.jurisdiction,
    forceJurisdiction: overrides.jurisdiction,
    phrases: config.phrases ?? {},
    ...(max !== undefined ? { maxFindingsPerFile: max } : {}),
    ...(overrides.locale && overrides.locale !== 'en' ? { locale: overrides.locale } : {}),
  };
}

