/**
 * From lint units to the run's findings: configured severities, one finding per node and message (a
 * script shared by two policies), inline suppressions per file, a cap on the findings of one file,
 * sorted. Each file is finished on its own: a failure while finishing one file becomes one
 * `internal-error` finding on it, and every other file is finished as usual.
 */
import { DEFAULT_LOCALE, type Locale } from './i18n/locale';
import { counted, number } from './i18n/words';
import type { LintOptions } from './config';
import { compareFindings, type Finding, type Severity } from './findings';
import { engineRule, RULE_IDS } from './rules/index';
import { findingOf } from './rules/walk';
import { applySuppressions, commentSyntaxOf } from './suppress';

/** The findings of one file shown at most, unless the config says otherwise (`max_findings_per_file`). */
export const DEFAULT_MAX_FINDINGS_PER_FILE = 1000;
const CAPPED = engineRule('too-many-findings').meta;
const INTERNAL = engineRule('internal-error').meta;
const NOT_NAMED = engineRule('script-not-named').meta;

const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

/**
 * `texts` must hold every file a finding points into (for its suppression comments).
 */
/**
 * `onSuppressed` receives each finding an inline directive silenced, with its configured severity (the
 * register lists them: a suppression is a decision, not a fix); what is returned is unchanged by it.
 */
export function finishLint(units: Iterable<readonly Finding[]>, texts: ReadonlyMap<string, string>, options: (uri: string) => LintOptions, keep?: (uri: string, findings: Finding[]) => Finding[], onSuppressed?: (f: Finding) => void): Finding[] {
  // One finding per node and message (a script shared by two policies), grouped by file.
  const seen = new Set<string>();
  const byUri = new Map<string, Finding[]>();
  for (const unit of units) for (const f of unit) {
    const key = `${f.uri}\u0000${f.span.start}\u0000${f.span.end}\u0000${f.ruleId}\u0000${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const list = byUri.get(f.uri) ?? [];
    list.push(f);
    byUri.set(f.uri, list);
  }
  // A file with no findings may still hold suppression comments that silence nothing.
  for (const [uri, text] of texts) if (!byUri.has(uri) && text.includes('reclint-disable')) byUri.set(uri, []);
  const findings: Finding[] = [];
  for (const [uri, list] of byUri) {
    let done: Finding[];
    try {
      const o = options(uri);
      const shown = suppressed(uri, texts.get(uri), configured(list, o), o, onSuppressed);
      // What the adapter leaves out (a baseline) goes before the cap: the cap counts what is reported.
      done = cap(uri, keep ? keep(uri, shown) : shown, o);
    } catch (e) {
      done = [fileFailure(uri, e)];
    }
    for (const f of done) findings.push(f);
  }
  findings.sort(compareFindings);
  return findings;
}

/** The configured severities of a file's findings (`off` drops them). */
function configured(list: readonly Finding[], o: LintOptions): Finding[] {
  const out: Finding[] = [];
  for (const f of list) {
    const setting = o.rules[f.ruleId];
    if (setting === 'off') continue;
    out.push(setting && setting !== f.severity ? { ...f, severity: setting } : f);
  }
  return out;
}

/** Inline suppressions of one file (JSON has no comments; a file that does not parse gets its syntax findings only). */
function suppressed(uri: string, text: string | undefined, list: Finding[], options: LintOptions, onSuppressed?: (f: Finding) => void): Finding[] {
  if (text === undefined || commentSyntaxOf(uri, text) === 'none' || list.some((f) => f.ruleId === 'yaml-syntax' || f.ruleId === 'flow-syntax')) return list;
  const out: Finding[] = [];
  for (const f of applySuppressions(uri, text, list, RULE_IDS, onSuppressed, options.locale)) {
    const setting = options.rules[f.ruleId];
    if (setting === 'off') continue;
    out.push(setting && setting !== f.severity ? { ...f, severity: setting } : f);
  }
  return out;
}

/** The cap on each file's findings, for findings finished without it (the CLI applies its baseline first). */
export function capFindings(findings: readonly Finding[], options: (uri: string) => LintOptions): Finding[] {
  const byUri = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byUri.get(f.uri) ?? [];
    list.push(f);
    byUri.set(f.uri, list);
  }
  const out: Finding[] = [];
  for (const [uri, list] of byUri) for (const f of cap(uri, list, options(uri))) out.push(f);
  out.sort(compareFindings);
  return out;
}

/**
 * The first findings of a file in reading order, up to its limit, then one that says how many more
 * there are: as severe as the worst of them, unless the config sets `too-many-findings`.
 */
function cap(uri: string, list: Finding[], o: LintOptions): Finding[] {
  const limit = o.maxFindingsPerFile ?? DEFAULT_MAX_FINDINGS_PER_FILE;
  if (list.length <= limit) return list;
  list.sort(compareFindings);
  const shown = list.slice(0, limit);
  const rest = list.slice(limit);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let worst: Severity = 'hint';
  for (const f of rest) {
    counts[f.severity]++;
    if (RANK[f.severity] > RANK[worst]) worst = f.severity;
  }
  const locale = o.locale ?? DEFAULT_LOCALE;
  const n = (x: number) => number(locale, x);
  const parts = (['error', 'warning', 'info', 'hint'] as const).filter((s) => counts[s] > 0).map((s) => counted(locale, `severity.${s}`, counts[s], n(counts[s])));
  const setting = o.rules[CAPPED.id];
  if (setting !== 'off') shown.push(findingOf(CAPPED, uri, { span: rest[0].span, severity: setting ?? worst, messageId: 'capped', data: { more: n(rest.length), counts: parts.join(', '), limit: n(limit) } }, o.locale));
  return shown;
}

/** A file reclint itself failed on (reading, linting, finishing, writing its findings): one `internal-error` finding on it. */
export function fileFailure(uri: string, e: unknown, locale?: Locale): Finding {
  return findingOf(INTERNAL, uri, { span: { start: 0, end: 0 }, messageId: 'file-failed', data: { error: (e as Error | undefined)?.message ?? String(e) } }, locale);
}

/** A script the adapter was given (on the command line, open in the editor) that no policy of the project reads: at its first line with content. */
export function scriptNotNamed(uri: string, text: string, locale?: Locale): Finding {
  const m = /\S[^\r\n]*/.exec(text);
  const span = m ? { start: m.index, end: m.index + m[0].length } : { start: 0, end: 0 };
  return findingOf(NOT_NAMED, uri, { span, messageId: 'not-named' }, locale);
}
