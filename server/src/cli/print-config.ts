/**
 * `reclint --print-config <file>`: the settings reclint lints that file with, and where each came
 * from (a config file, what it extends, one of its `overrides`, a flag, or the default), as JSON.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isPolicyUri, isScriptUri } from '../core/engine';
import { RULES } from '../core/rules/index';
import { DEFAULT_MAX_FINDINGS_PER_FILE } from '../core/finish';
import type { ProjectHost } from '../host/project';
import { ExitError } from './sources';

export function printConfig(file: string, cwd: string, host: ProjectHost): string {
  const abs = path.resolve(cwd, file);
  let st: fs.Stats;
  try {
    st = fs.statSync(abs);
  } catch {
    throw new ExitError(`reclint: no such file: ${file}`, 2);
  }
  if (st.isDirectory()) throw new ExitError(`reclint: --print-config takes a file (a policy or a script), not a folder: ${file}`, 2);
  const uri = host.uriOf(abs);
  const layers = host.layers(uri);
  const over = host.params.over ?? {};
  const rules: Record<string, { severity: string; from: string }> = {};
  for (const r of RULES) rules[r.meta.id] = { severity: r.meta.defaultSeverity, from: 'default' };
  let jurisdiction: { value: string; from: string } | null = null;
  let max = { value: DEFAULT_MAX_FINDINGS_PER_FILE, from: 'default' };
  const phrases: Record<string, Record<string, { phrase: string; from: string }[]>> = {};
  for (const l of layers) {
    for (const [id, s] of Object.entries(l.config.rules ?? {})) rules[id] = { severity: s, from: l.from };
    if (l.config.jurisdiction !== undefined) jurisdiction = { value: l.config.jurisdiction, from: l.from };
    if (l.config.max_findings_per_file !== undefined) max = { value: l.config.max_findings_per_file, from: l.from };
    for (const [lang, byId] of Object.entries(l.config.phrases ?? {})) for (const [id, list] of Object.entries(byId)) {
      const at = ((phrases[lang] ??= {})[id] ??= []);
      for (const phrase of list) at.push({ phrase, from: l.from });
    }
  }
  for (const [id, s] of Object.entries(over.rules ?? {})) rules[id] = { severity: s, from: 'the command line (--rule)' };
  if (over.maxFindingsPerFile !== undefined) max = { value: over.maxFindingsPerFile, from: 'the command line (--max-findings-per-file)' };
  const forced = over.jurisdiction ? { value: over.jurisdiction, from: 'the command line (--jurisdiction), over the policy\'s own' } : undefined;
  const out = {
    file: uri,
    linted: (isPolicyUri(abs) || isScriptUri(abs)) && !host.excluded(abs),
    configs: host.configFor(abs).files.map((c) => ({ file: host.uriOf(c.file), extends: c.bases.map((b) => b.name), problems: c.problems.map((p) => p.message) })),
    jurisdiction: forced ?? jurisdiction ?? { value: null, from: 'default (each policy\'s own, else the EU-wide profile)' },
    max_findings_per_file: max,
    rules,
    phrases,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
