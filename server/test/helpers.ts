/** Test helpers: lint in-memory files and compare findings as compact strings. */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { LintOptions, RuleSetting } from '../src/core/config';
import { lint } from '../src/core/engine';
import { scriptNotNamed } from '../src/core/finish';
import type { Finding } from '../src/core/findings';
import { applyFixGroups, fixEditsFor } from '../src/core/fix';
import { LineIndex } from '../src/core/text';

export interface MemLintOptions {
  rules?: Record<string, RuleSetting>;
  jurisdiction?: string;
  forceJurisdiction?: string;
  phrases?: LintOptions['phrases'];
  maxFindingsPerFile?: number;
  /** `flows:` of .reclintrc.yaml, folders relative to the root (`from: '.reclintrc.yaml'`). */
  flows?: LintOptions['flows'];
  /** Scripts given by name (as on the command line): one that no policy of the set reads gets `script-not-named`. */
  named?: string[];
  /** Only lint these uris (others are readable as scripts). Default: every policy and script given. */
  lint?: string[];
}

/** Lint a set of in-memory files (uri → text); scripts are read from the same set, relative to the policy. */
export function lintFiles(files: Record<string, string>, o: MemLintOptions = {}): { findings: Finding[]; texts: Map<string, string> } {
  const uris = o.lint ?? Object.keys(files).filter((u) => /\.recording-policy\.(ya?ml|json)$|\.ivr$/.test(u));
  const options: LintOptions = { rules: o.rules ?? {}, jurisdiction: o.jurisdiction, forceJurisdiction: o.forceJurisdiction, phrases: o.phrases ?? {}, maxFindingsPerFile: o.maxFindingsPerFile, ...(o.flows ? { flows: o.flows } : {}) };
  const r = lint({
    files: uris.map((uri) => ({ uri, text: files[uri] })),
    options: () => options,
    readScript: (from, rel) => {
      const uri = path.posix.normalize(path.posix.join(path.posix.dirname(from), rel));
      if (uri.endsWith('/')) return { ok: false, uri, reason: 'directory' };
      return uri in files ? { ok: true, uri, text: files[uri] } : { ok: false, uri, reason: 'not-found' };
    },
  });
  const readers = new Set([...r.dependencies.values()].flat());
  const unnamed = (o.named ?? []).filter((u) => !readers.has(u)).map((u) => scriptNotNamed(u, files[u] ?? ''));
  return { findings: [...r.findings, ...unnamed], texts: r.texts };
}

/** "rule-id L:C-L:C" with 1-based lines and columns, for exact range assertions. */
export function show(f: Finding, texts: Map<string, string>): string {
  const idx = new LineIndex(texts.get(f.uri) ?? '');
  const s = idx.positionAt(f.span.start);
  const e = idx.positionAt(f.span.end);
  return `${f.ruleId} ${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1}`;
}

/** Same, with the file: "file rule-id L:C-L:C". */
export function showWithFile(f: Finding, texts: Map<string, string>): string {
  return `${f.uri} ${show(f, texts)}`;
}

/** Lint and return the compact strings of the findings (optionally only those of some rules). */
export function findingsOf(files: Record<string, string>, o: MemLintOptions & { only?: string[] } = {}): string[] {
  const { findings, texts } = lintFiles(files, o);
  return findings.filter((f) => !o.only || o.only.includes(f.ruleId)).map((f) => showWithFile(f, texts));
}

/** The text a finding points at. */
export function flagged(f: Finding, texts: Map<string, string>): string {
  return (texts.get(f.uri) ?? '').slice(f.span.start, f.span.end);
}

/** Apply every safe fix of one file once. */
export function fixOnce(uri: string, text: string, findings: Finding[]): string {
  return applyFixGroups(text, fixEditsFor(uri, findings)).text;
}

export function expectSame(actual: string[], expected: string[]): void {
  assert.deepEqual([...actual].sort(), [...expected].sort());
}

/** Strip a common leading indentation from a template literal (so fixtures can be indented in tests). */
export function dedent(s: string): string {
  const lines = s.replace(/^\n/, '').split('\n');
  const ind = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(ind)).join('\n');
}
