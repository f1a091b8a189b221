/**
 * `reclint init` in the core: a call script or flow's text in, a starter policy's YAML text out
 * (spec init.md). Pure: no files, no editor; the CLI (cli/init.ts) and the editor action "create a
 * policy for this script" do the I/O. The modules under ./init/: what the script shows (read.ts),
 * the proposals per purpose (tables.ts), the YAML text (emit.ts, skeleton.ts), file names (names.ts).
 */
import type { LintOptions } from './config';
import { lint } from './engine';
import type { Finding } from './findings';
import type { FlowFormat } from './ivr/model';
import { emitStarter } from './init/emit';
import { baseName, kebab, starterFileName, stem } from './init/names';
import { readForStarter, type Phrases } from './init/read';
import { emitSkeleton } from './init/skeleton';

export { baseName, kebab, starterFileName, stem } from './init/names';
export { basisFor, TRIGGERS } from './init/tables';

export interface StarterOptions {
  /** Written as the starter's `jurisdiction` (`--jurisdiction`); upper case, two letters. */
  jurisdiction?: string;
  /** The jurisdiction the target folder's config gives by default: `DK` selects the Danish proposal too. */
  defaultJurisdiction?: string;
  /** The config's extra phrases per language and purpose id, as the linter will read the notices with them. */
  phrases?: Phrases;
  /** The script's format, when its content does not tell (as `announcement.format`). */
  format?: FlowFormat;
  /** The starter's file name without `.recording-policy.yaml` (default: the script's name without extension). */
  name?: string;
}

/** What was read, for callers that say more than the file (tests, the editor). */
export interface StarterSummary {
  format: FlowFormat;
  languages: string[];
  purposes: string[];
  /** The prompt or node ids of the notices read (the language for one without an id). */
  notices: string[];
  consentStep: boolean;
}

export type StarterResult =
  | { ok: true; fileName: string; text: string; summary: StarterSummary }
  | { ok: false; reason: string };

/**
 * The starter policy for one script or flow. `scriptUri` names it (a path or a URI; only its last
 * segment is used: the starter sits beside the script, as `fileName`). Not ok when the text is in no
 * format reclint reads, or is a flow that does not parse.
 */
export function starterPolicy(scriptUri: string, scriptText: string, opts: StarterOptions = {}): StarterResult {
  const r = readForStarter(scriptUri, scriptText, opts.phrases, opts.format);
  if (!r.ok) return r;
  const scriptName = baseName(scriptUri);
  const jurisdiction = opts.jurisdiction?.toUpperCase();
  const reading = r.reading;
  const fileName = starterFileName(scriptName, opts.name);
  const text = emitStarter({
    scriptName,
    fileName,
    format: reading.format,
    recordingId: kebab(stem(scriptName)) ?? 'main-line',
    languages: reading.languages,
    notices: reading.notices,
    noticeIds: reading.noticeIds,
    purposes: reading.purposes,
    consent: reading.consent,
    denies: reading.denies,
    jurisdiction,
    dk: (jurisdiction ?? opts.defaultJurisdiction?.toUpperCase()) === 'DK',
  });
  return {
    ok: true,
    fileName,
    text,
    summary: {
      format: reading.format,
      languages: reading.languages,
      purposes: reading.purposes,
      notices: reading.notices.map((n, k) => reading.noticeIds[k] ?? n.lang),
      consentStep: reading.consent !== undefined,
    },
  };
}

/** The commented skeleton (`reclint init` without a script). */
export function skeletonPolicy(name = 'recordings'): { fileName: string; text: string } {
  return { fileName: starterFileName(undefined, name), text: emitSkeleton() };
}

export interface StarterLint {
  policyUri: string;
  policyText: string;
  /** The script the starter names, as read (its uri must sit beside `policyUri`). */
  script?: { uri: string; text: string };
  options: LintOptions;
}

/** Lint a starter with its script, in memory, as `reclint` would lint the two files. */
export function lintStarter(s: StarterLint): Finding[] {
  const dir = s.policyUri.slice(0, s.policyUri.length - baseName(s.policyUri).length);
  return lint({
    files: [{ uri: s.policyUri, text: s.policyText }],
    options: () => s.options,
    readScript: (_from, rel) => {
      const uri = `${dir}${rel}`;
      return s.script && s.script.uri === uri ? { ok: true, uri, text: s.script.text } : { ok: false, uri, reason: 'not-found' };
    },
  }).findings;
}

/** Findings by rule id with counts, in the order the ids first appear: `schema 1, access-undefined 1`. */
export function countByRule(findings: readonly Finding[]): [string, number][] {
  const m = new Map<string, number>();
  for (const f of findings) m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1);
  return [...m];
}
