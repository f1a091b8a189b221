/**
 * The linter: files in, findings out. Parses each policy and script once, runs the schema and every
 * registered rule, applies profiles, configured severities and inline suppressions, and sorts.
 * A rule that throws becomes an `internal-error` finding on that file; nothing here throws.
 */
import { resolveAnnouncement, type RecordingAnnouncement, type ScriptLoad } from './announcement';
import type { LintOptions } from './config';
import { compareFindings, docsUrlFor, type Finding, type Severity } from './findings';
import { parseIvr } from './ivr/parse';
import type { IvrScript } from './ivr/model';
import { buildPolicy, type Policy, type Recording } from './policy/model';
import { parsePolicyText } from './policy/parse';
import { schemaProblems } from './policy/schema';
import { profileFor } from './profile';
import { missingKeySuggestions } from './rules/files/schema';
import { RULES, RULE_IDS } from './rules/index';
import type { PolicyContext, PolicyRule, Report, RuleMeta, ScriptRule } from './rules/types';
import { applySuppressions } from './suppress';
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

const policyRules = RULES.filter((r): r is PolicyRule => r.kind === 'policy');
const scriptRules = RULES.filter((r): r is ScriptRule => r.kind === 'script');
const metaById = new Map<string, RuleMeta>(RULES.map((r) => [r.meta.id, r.meta]));

function makeFinding(meta: RuleMeta, uri: string, r: Report): Finding {
  return {
    ruleId: meta.id,
    severity: r.severity ?? meta.defaultSeverity,
    message: r.message,
    messageId: r.messageId,
    uri: r.uri ?? uri,
    span: r.span,
    legalSource: meta.legalSource,
    docsUrl: docsUrlFor(meta.id),
    related: r.related ?? [],
    fix: r.fix,
    suggestions: r.suggestions ?? [],
    unnecessary: r.unnecessary,
  };
}

/** Rules whose finding replaces a generic `schema` finding on the same node. */
const SCHEMA_OVERRIDERS = new Set([
  'unknown-legal-basis',
  'unknown-purpose',
  'invalid-duration',
  'retention-indefinite',
  'legal-basis-missing',
  'balancing-test-missing',
  'legal-obligation-unreferenced',
  'consent-not-active',
]);

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

  const given = new Map<string, string>();
  for (const f of req.files) {
    texts.set(f.uri, f.text);
    given.set(f.uri, f.text);
  }

  const loadScript = (fromUri: string, path: string): ScriptLoad => {
    const key = `${fromUri}\u0000${path}`;
    const cached = scriptLoads.get(key);
    if (cached) return cached;
    let load: ScriptLoad;
    const r = req.readScript(fromUri, path);
    // A script that is itself part of this run (an open editor buffer, say) is read from the run.
    const inRun = given.get(r.uri);
    const got = inRun !== undefined ? { ok: true as const, uri: r.uri, text: inRun } : r;
    if (got.ok) {
      if (!isScriptUri(got.uri)) {
        load = { ok: false, uri: got.uri, reason: 'not-a-script', detail: 'reclint reads `.ivr` scripts only' };
      } else {
        load = { ok: true, uri: got.uri, script: parseScript(got.uri, got.text), text: got.text };
      }
    } else {
      load = { ok: false, uri: got.uri, reason: got.reason, detail: got.detail };
    }
    scriptLoads.set(key, load);
    const deps = dependencies.get(fromUri) ?? [];
    if (!deps.includes(load.uri)) deps.push(load.uri);
    dependencies.set(fromUri, deps);
    return load;
  };

  const runGuarded = (meta: RuleMeta, uri: string, out: Finding[], fn: () => void) => {
    try {
      fn();
    } catch (e) {
      internalErrors++;
      out.push({
        ruleId: INTERNAL_ERROR,
        severity: 'error',
        message: `Rule \`${meta.id}\` failed on this file (${(e as Error)?.message ?? String(e)}). The other rules still ran; please report this.`,
        uri,
        span: { start: 0, end: 0 },
        legalSource: '',
        docsUrl: docsUrlFor(INTERNAL_ERROR),
        related: [],
        suggestions: [],
      });
    }
  };

  for (const file of req.files) {
    if (isScriptUri(file.uri)) {
      parseScript(file.uri, file.text);
      continue;
    }
    if (!isPolicyUri(file.uri)) continue;
    const parsed = parsePolicyText(file.text);
    const yamlMeta = metaById.get('yaml-syntax')!;
    if (!parsed.root) {
      units.set(file.uri, parsed.errors.map((e) => makeFinding(yamlMeta, file.uri, { span: e.span, message: e.message })));
      continue;
    }
    const schemaMeta = metaById.get('schema')!;
    const fileFindings: Finding[] = [];
    for (const p of schemaProblems(parsed.root)) {
      fileFindings.push(makeFinding(schemaMeta, file.uri, { span: p.span, message: p.message, suggestions: p.missing ? missingKeySuggestions({ uri: file.uri, text: file.text }, p.missing) : undefined }));
    }
    const policy = buildPolicy(parsed.root);
    if (!policy) {
      units.set(file.uri, fileFindings);
      continue;
    }
    const options = req.options(file.uri);
    const profile = profileFor(options.forceJurisdiction ?? policy.jurisdiction?.value ?? options.jurisdiction);
    const annCache = new Map<Recording, RecordingAnnouncement>();
    let current: RuleMeta = policyRules[0]?.meta ?? schemaMeta;
    const ctx: PolicyContext = {
      uri: file.uri,
      text: file.text,
      profile,
      policy,
      configPhrases: options.phrases,
      announcement(rec) {
        let a = annCache.get(rec);
        if (!a) {
          a = resolveAnnouncement(policy, rec, { policyUri: file.uri, policyText: file.text, loadScript, configPhrases: options.phrases });
          annCache.set(rec, a);
        }
        return a;
      },
      recordingName: (rec) => recordingName(policy, rec),
      scriptText: (uri) => texts.get(uri),
      report(r) {
        fileFindings.push(makeFinding(current, file.uri, r));
      },
    };
    for (const rule of policyRules) {
      current = rule.meta;
      runGuarded(rule.meta, file.uri, fileFindings, () => rule.check(ctx));
    }
    // Dedicated rules replace the generic schema finding on the same node.
    const overridden = new Set(fileFindings.filter((f) => SCHEMA_OVERRIDERS.has(f.ruleId)).map((f) => `${f.uri}:${f.span.start}`));
    units.set(file.uri, fileFindings.filter((f) => f.ruleId !== 'schema' || !overridden.has(`${f.uri}:${f.span.start}`)));
  }

  for (const [uri, script] of scripts) {
    const own: Finding[] = [];
    units.set(uri, own);
    const text = texts.get(uri) ?? '';
    let current: RuleMeta = scriptRules[0]?.meta ?? metaById.get('ivr-syntax')!;
    const ctx = {
      uri,
      text,
      profile: profileFor(req.options(uri).jurisdiction),
      script,
      report(r: Report) {
        own.push(makeFinding(current, uri, r));
      },
    };
    for (const rule of scriptRules) {
      current = rule.meta;
      runGuarded(rule.meta, uri, own, () => rule.check(ctx));
    }
  }
  return { units, texts, dependencies, internalErrors };
}

/**
 * From units to the run's findings: configured severities, one finding per node and message (a script
 * shared by two policies), inline suppressions per file, sorted. `texts` must hold every file a finding
 * points into (for its suppression comments).
 */
export function finishLint(units: Iterable<readonly Finding[]>, texts: ReadonlyMap<string, string>, options: LintRequest['options']): Finding[] {
  const req = { options };
  // Configured severities, then dedupe (a script shared by two policies gets one finding per node).
  const seen = new Set<string>();
  const configured: Finding[] = [];
  for (const unit of units) for (const f of unit) {
    const setting = req.options(f.uri).rules[f.ruleId];
    if (setting === 'off') continue;
    const sev: Severity = setting ?? f.severity;
    const key = `${f.uri}\u0000${f.span.start}\u0000${f.span.end}\u0000${f.ruleId}\u0000${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    configured.push(sev === f.severity ? f : { ...f, severity: sev });
  }

  // Inline suppressions, per file (JSON has no comments: config only).
  const byUri = new Map<string, Finding[]>();
  for (const f of configured) {
    const list = byUri.get(f.uri) ?? [];
    list.push(f);
    byUri.set(f.uri, list);
  }
  for (const [uri, text] of texts) if (!byUri.has(uri) && text.includes('reclint-disable')) byUri.set(uri, []);
  const findings: Finding[] = [];
  for (const [uri, list] of byUri) {
    const text = texts.get(uri);
    // JSON has no comments; a file that does not parse gets its yaml-syntax findings only.
    if (text === undefined || /\.json$/i.test(uri) || list.some((f) => f.ruleId === 'yaml-syntax')) { findings.push(...list); continue; }
    const rules = req.options(uri).rules;
    for (const f of applySuppressions(uri, text, list, RULE_IDS)) {
      const setting = rules[f.ruleId];
      if (setting === 'off') continue;
      findings.push(setting && setting !== f.severity ? { ...f, severity: setting } : f);
    }
  }
  findings.sort(compareFindings);
  return findings;
}

export function recordingName(policy: Policy, rec: Recording): string {
  return rec.id ? `\`${rec.id.value}\`` : `recording ${rec.index + 1}`;
}

export { metaById as RULE_META };
