/**
 * The linter: files in, findings out. Parses each policy and script once, runs the schema and every
 * registered rule, applies profiles, configured severities and inline suppressions, and sorts.
 * A rule that throws becomes an `internal-error` finding on that file; nothing here throws.
 */
import { resolveAnnouncement, type RecordingAnnouncement, type ScriptLoad } from './announcement';
import type { LintOptions } from './config';
import type { Finding } from './findings';
import { finishLint } from './finish';
import { DEFAULT_LOCALE, type Locale } from './i18n/locale';
export { finishLint };
import { hasFollowableRefs, linkFlowSet, type FlowSet } from './flows/flow-set';
import { unresolvedReport } from './rules/flows/set-references';
import { isFlowFormat, readFlow, type FlowRead } from './flows/read';
import { parseIvr } from './ivr/parse';
import type { FlowFormat, IvrScript } from './ivr/model';
import { raw } from './flows/words';
import { buildPolicy, type Policy, type Recording } from './policy/model';
import { parsePolicyText } from './policy/parse';
import { schemaProblems } from './policy/schema';
import { profileFor } from './profile';
import { engineRule, RULE_META, RULES } from './rules/index';
import type { PolicyContext, PolicyRule, Report, RuleMeta, ScriptRule, Texts } from './rules/types';
import { dropReplaced, findingOf, runPolicyRules, runScriptRules } from './rules/walk';
import { partIn, titleIn } from './rules/kit';
import type { SourceFile } from './text';

export const INTERNAL_ERROR = 'internal-error';

export interface LintRequest {
  /** The files to lint: policies (`*.recording-policy.{yaml,yml,json}`) and `.ivr` scripts. */
  files: readonly SourceFile[];
  options(uri: string): LintOptions;
  /** Reads a script named by a policy (path relative to the policy). The host resolves and guards the path. */
  readScript(fromUri: string, path: string): { ok: true; uri: string; text: string } | { ok: false; uri: string; reason: Exclude<ScriptLoad, { ok: true }>['reason']; detail?: string };
}

/**
 * What linting produced, per unit, before configured severities, deduplication and suppressions: one
 * unit per policy (every finding its rules reported, wherever it points) and one per script (its own
 * rules). A unit depends only on its own text, its options and, for a policy, the scripts it read, so a
 * cache may keep units and `finishLint` turns any mix of kept and fresh units into the run's findings.
 */
export interface LintUnits {
  /** Unit uri → raw findings; policies in the order given, then scripts. */
  units: Map<string, Finding[]>;
  texts: Map<string, string>;
  dependencies: Map<string, string[]>;
  internalErrors: number;
  /** Per policy: the files its flow sets read, as [from uri, path as written] (for the cache's freshness check). */
  memberReads: Map<string, [string, string][]>;
}

export interface LintResult {
  findings: Finding[];
  /** Every file that findings may point into, with its text (policies, and the scripts they read). */
  texts: Map<string, string>;
  /** Policy → scripts it read (for re-linting dependants). */
  dependencies: Map<string, string[]>;
  /** Rules that threw. */
  internalErrors: number;
}

export function isPolicyUri(uri: string): boolean {
  return /\.recording-policy\.(ya?ml|json)$/i.test(uri);
}
export function isScriptUri(uri: string): boolean {
  return /\.ivr$/i.test(uri);
}
/**
 * A file that may be a call flow when a policy names it (ivr-formats.md §1): JSON, XML, TwiML, YAML,
 * a dialplan, or no extension at all (a Connect export). Which it is, the content says.
 */
export function isFlowCandidate(uri: string): boolean {
  if (isPolicyUri(uri)) return false;
  const base = uri.replace(/^.*[\\/]/, '');
  return isScriptUri(uri) || /\.(json|jsonc|xml|twiml|vxml|ya?ml|conf|txt)$/i.test(base) || !base.includes('.');
}

const policyRules = RULES.filter((r): r is PolicyRule => r.kind === 'policy');
const scriptRules = RULES.filter((r): r is ScriptRule => r.kind === 'script');
const YAML_SYNTAX = engineRule('yaml-syntax');
const SCHEMA = engineRule('schema');
const INTERNAL = engineRule(INTERNAL_ERROR);
const FLOW_TARGET = { meta: RULE_META.get('flow-target-unresolved')! };

export function lint(req: LintRequest): LintResult {
  const u = lintUnits(req);
  return { findings: finishLint(u.units.values(), u.texts, req.options), texts: u.texts, dependencies: u.dependencies, internalErrors: u.internalErrors };
}

export function lintUnits(req: LintRequest): LintUnits {
  const texts = new Map<string, string>();
  const units = new Map<string, Finding[]>();
  const scripts = new Map<string, IvrScript>();
  const scriptLoads = new Map<string, ScriptLoad>();
  const dependencies = new Map<string, string[]>();
  let internalErrors = 0;

  const parseScript = (uri: string, text: string): IvrScript => {
    let s = scripts.get(uri);
    if (!s) {
      s = parseIvr(uri, text);
      scripts.set(uri, s);
      texts.set(uri, text);
    }
    return s;
  };
  /** A script named by a policy, read by the reader its format or content picks (flows/read.ts). */
  const readScript = (uri: string, text: string, format: FlowFormat | undefined): FlowRead => {
    const key = `${uri}\u0000${format ?? ''}`;
    let r = flowReads.get(key);
    if (!r) {
      const known = scripts.get(uri);
      r = known && (known.format ?? 'ivr') === (format ?? known.format ?? 'ivr') ? { ok: true, script: known } : readFlow(uri, text, format);
      flowReads.set(key, r);
      if (r.ok && !scripts.has(uri)) { scripts.set(uri, r.script); texts.set(uri, text); }
    }
    return r;
  };
  const flowReads = new Map<string, FlowRead>();

  const given = new Map<string, string>();
  for (const f of req.files) {
    texts.set(f.uri, f.text);
    given.set(f.uri, f.text);
  }

  /** Read a file a policy or a flow names, through the host (a file of this run from the run), and read it as a flow. */
  const readLoad = (fromUri: string, path: string, format?: string): ScriptLoad => {
    let load: ScriptLoad;
    const r = req.readScript(fromUri, path);
    // A script that is itself part of this run (an open editor buffer, say) is read from the run.
    const inRun = given.get(r.uri);
    const got = inRun !== undefined ? { ok: true as const, uri: r.uri, text: inRun } : r;
    if (got.ok) {
      const read = readScript(got.uri, got.text, isFlowFormat(format) ? format : undefined);
      load = read.ok ? { ok: true, uri: got.uri, script: read.script, text: got.text } : { ok: false, uri: got.uri, reason: 'not-a-script', detail: read.detail };
    } else {
      load = { ok: false, uri: got.uri, reason: got.reason, detail: got.detail === undefined ? undefined : raw(got.detail) };
    }
    return load;
  };
  const addDependency = (policyUri: string, uri: string) => {
    const deps = dependencies.get(policyUri) ?? [];
    if (!deps.includes(uri)) deps.push(uri);
    dependencies.set(policyUri, deps);
  };
  /** Files of flow sets, read once per run whichever set reaches them. */
  const memberLoads = new Map<string, ScriptLoad>();
  const loadMember = (policyUri: string, fromUri: string, path: string): ScriptLoad => {
    const key = `${fromUri}\u0000${path}`;
    let load = memberLoads.get(key);
    if (!load) {
      load = readLoad(fromUri, path);
      memberLoads.set(key, load);
    }
    addDependency(policyUri, load.uri);
    const list = memberReads.get(policyUri) ?? [];
    if (!list.some(([f, p]) => f === fromUri && p === path)) list.push([fromUri, path]);
    memberReads.set(policyUri, list);
    return load;
  };
  const memberReads = new Map<string, [string, string][]>();
  /** The flow sets each policy's scripts reach (ivr-formats.md §6): their unresolved references are reported with the policy. */
  const flowSets = new Map<string, FlowSet[]>();

  const loadScript = (fromUri: string, path: string, format?: string): ScriptLoad => {
    const key = `${fromUri}\u0000${path}\u0000${format ?? ''}`;
    const cached = scriptLoads.get(key);
    if (cached) return cached;
    let load = readLoad(fromUri, path, format);
    addDependency(fromUri, load.uri);
    if (load.ok && isPolicyUri(fromUri) && hasFollowableRefs(load.script)) {
      const set = linkFlowSet(load, { load: (from, p) => loadMember(fromUri, from, p) }, req.options(fromUri).flows ?? {});
      load = { ...load, script: set.script, set };
      const list = flowSets.get(fromUri) ?? [];
      list.push(set);
      flowSets.set(fromUri, list);
    }
    scriptLoads.set(key, load);
    return load;
  };

  /** A rule that threw: one `internal-error` finding on the file; the other rules go on. */
  const failed = (out: Finding[], uri: string, locale?: Locale) => (meta: RuleMeta, e: unknown) => {
    internalErrors++;
    const error = (e as Error | undefined)?.message ?? String(e);
    out.push(findingOf(INTERNAL.meta, uri, { span: { start: 0, end: 0 }, messageId: 'failed', data: { rule: meta.id, error } }, locale));
  };
  const reporter = (meta: RuleMeta, uri: string, out: Finding[], locale?: Locale) => (r: Report) => out.push(findingOf(meta, uri, r, locale));

  /** A file reclint itself failed on (not one rule: the parser, the model): one `internal-error` finding on it. */
  const fileFailed = (uri: string, e: unknown): Finding[] => {
    internalErrors++;
    let locale: Locale | undefined;
    try { locale = req.options(uri).locale; } catch { locale = undefined; }
    return [findingOf(INTERNAL.meta, uri, { span: { start: 0, end: 0 }, messageId: 'file-failed', data: { error: (e as Error | undefined)?.message ?? String(e) } }, locale)];
  };

  const lintPolicy = (file: SourceFile): void => {
    const parsed = parsePolicyText(file.text, { json: /\.json$/i.test(file.uri) });
    if (!parsed.root) {
      units.set(file.uri, parsed.errors.map((e) => findingOf(YAML_SYNTAX.meta, file.uri, { span: e.span, messageId: 'syntax', data: { problem: e.message } }, req.options(file.uri).locale)));
      return;
    }
    const target = { uri: file.uri, text: file.text };
    const fileFindings: Finding[] = [];
    const options = req.options(file.uri);
    const locale = options.locale ?? DEFAULT_LOCALE;
    for (const p of schemaProblems(parsed.root)) {
      fileFindings.push(findingOf(SCHEMA.meta, file.uri, { span: p.span, messageId: 'invalid', data: { problem: p.message }, suggestions: SCHEMA.suggest?.(target, p, locale) }, locale));
    }
    const policy = buildPolicy(parsed.root);
    if (!policy) {
      units.set(file.uri, fileFindings);
      return;
    }
    const profile = profileFor(options.forceJurisdiction ?? policy.jurisdiction?.value ?? options.jurisdiction);
    const annCache = new Map<Recording, RecordingAnnouncement>();
    const announcement = (rec: Recording): RecordingAnnouncement => {
      let a = annCache.get(rec);
      if (!a) {
        a = resolveAnnouncement(policy, rec, { policyUri: file.uri, policyText: file.text, loadScript, configPhrases: options.phrases });
        annCache.set(rec, a);
      }
      return a;
    };
    // One literal per rule with every property written out: an object spread here costs about 5 µs a
    // rule and file (V8's slow clone path), a third of a 2,000-policy run.
    const nameOf = (rec: Recording) => recordingName(policy, rec);
    // A finding a policy rule makes in a script is about the recording being visited (its `subject`).
    let visited: Recording | undefined;
    const policyReporter = (meta: RuleMeta) => (r: Report) => {
      const f = findingOf(meta, file.uri, r, locale);
      if (f.uri !== file.uri && visited?.id) f.subject = { recording: visited.id.value };
      fileFindings.push(f);
    };
    const scriptText = (uri: string) => texts.get(uri);
    const contextFor = (rule: PolicyRule): PolicyContext & Texts => ({
      uri: file.uri,
      text: file.text,
      target,
      profile,
      locale,
      policy,
      configPhrases: options.phrases,
      announcement,
      recordingName: nameOf,
      scriptText,
      report: policyReporter(rule.meta),
      title: (key: string, data?: Report['data']) => titleIn(rule.meta, locale, key, data),
      part: (key: string, data?: Report['data']) => partIn(rule.meta, locale, key, data),
    });
    runPolicyRules(policyRules, policy, contextFor, announcement, failed(fileFindings, file.uri, locale), (rec) => { visited = rec; });
    // Keys the script's format does not allow are schema problems, found once the script is read.
    for (const a of annCache.values()) for (const p of (a.status === 'ok' && a.formatProblems) || []) fileFindings.push(findingOf(SCHEMA.meta, file.uri, { span: p.span, messageId: 'invalid', data: { problem: p.message } }, locale));
    for (const set of flowSets.get(file.uri) ?? []) for (const u of set.unresolved) fileFindings.push(findingOf(FLOW_TARGET.meta, file.uri, unresolvedReport(u, locale), locale));
    units.set(file.uri, dropReplaced(fileFindings));
  };

  for (const file of req.files) {
    try {
      if (isScriptUri(file.uri)) parseScript(file.uri, file.text);
      else if (isPolicyUri(file.uri)) lintPolicy(file);
    } catch (e) {
      units.set(file.uri, fileFailed(file.uri, e));
    }
  }

  for (const [uri, script] of scripts) {
    const own: Finding[] = [];
    units.set(uri, own);
    try {
      const o = req.options(uri);
      const profile = profileFor(o.jurisdiction);
      const locale = o.locale ?? DEFAULT_LOCALE;
      const text = texts.get(uri) ?? '';
      const target = { uri, text };
      runScriptRules(scriptRules, script, (rule) => ({ uri, text, target, profile, locale, report: reporter(rule.meta, uri, own, locale), title: (key: string, data?: Report['data']) => titleIn(rule.meta, locale, key, data), part: (key: string, data?: Report['data']) => partIn(rule.meta, locale, key, data) }), failed(own, uri, locale));
    } catch (e) {
      units.set(uri, fileFailed(uri, e));
    }
  }
  return { units, texts, dependencies, internalErrors, memberReads };
}

export function recordingName(policy: Policy, rec: Recording): string {
  return rec.id ? `'${rec.id.value}'` : `recording ${rec.index + 1}`;
}

export { RULE_META };
