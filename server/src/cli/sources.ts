/**
 * What the CLI lints: the paths given (files, folders, globs) expanded through the project host, read
 * as text. A file that cannot be read or is not text becomes a finding on it; a path the user named
 * that cannot be read is a usage error (exit 2), as ESLint does.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isFlowCandidate, isPolicyUri, isScriptUri } from '../core/engine';
import { docsUrlFor, type Finding } from '../core/findings';
import type { SourceFile } from '../core/text';
import type { LoadedConfig } from '../host/config-file';
import { matchesAny } from '../host/glob';
import { readTextFile } from '../host/node';
import type { ProjectHost } from '../host/project';

export class ExitError extends Error {
  constructor(message: string, readonly code: number) {
    super(message);
  }
}

export interface Sources {
  /** Every file found: absolute path → uri (what the report lists). */
  files: Map<string, string>;
  /** The files linted, with their texts. */
  sources: SourceFile[];
  /** Files reported before linting (too large, unreadable, not text). */
  preFindings: Finding[];
  /** Every text read, for the report's positions. */
  texts: Map<string, string>;
  /** Config files with problems that govern a linted file. */
  configProblems: Map<string, LoadedConfig>;
}

function hasGlob(p: string): boolean {
  return /[*?{]/.test(p);
}

/** The project roots of a run: the working folder and every path given; scripts outside them are not read. */
export function rootsOf(cwd: string, paths: readonly string[]): string[] {
  return [cwd, ...(paths.length ? paths : ['.']).map((p) => {
    const a = path.resolve(cwd, p);
    try {
      return fs.statSync(a).isDirectory() ? a : path.dirname(a);
    } catch {
      return path.dirname(a);
    }
  })];
}

/** Expand the paths given: folders and globs through the host (its `files` and `ignores`), named files as they are. */
function expand(paths: readonly string[], cwd: string, host: ProjectHost): Map<string, string> {
  const files = new Map<string, string>();
  const add = (abs: string) => files.set(abs, host.uriOf(abs));
  for (const p of paths.length ? paths : ['.']) {
    const abs = path.resolve(cwd, p);
    if (hasGlob(p) && !fs.existsSync(abs)) {
      const base = p.split('/').findIndex((s) => hasGlob(s));
      const root = path.resolve(cwd, p.split('/').slice(0, Math.max(0, base)).join('/') || '.');
      const found = host.find(root).filter((f) => matchesAny(host.uriOf(f), [p.replace(/^\.\//, '')]));
      if (found.length === 0) throw new ExitError(`reclint: no files match \`${p}\``, 2);
      found.forEach(add);
      continue;
    }
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch {
      throw new ExitError(`reclint: no such file or directory: ${p}`, 2);
    }
    if (st.isDirectory()) host.find(abs).forEach(add);
    else add(abs);
  }
  return files;
}

export function readSources(paths: readonly string[], cwd: string, host: ProjectHost, warn: (s: string) => void): Sources {
  const files = expand(paths, cwd, host);
  const named = new Set(paths.map((p) => path.resolve(cwd, p)));
  const out: Sources = { files, sources: [], preFindings: [], texts: new Map(), configProblems: new Map() };
  for (const [abs, uri] of files) {
    for (const c of host.configFor(abs).files) if (c.problems.length) out.configProblems.set(c.file, c);
    const kind: 'policy' | 'script' = isScriptUri(abs) ? 'script' : 'policy';
    const r = readTextFile(abs, host.maxSize);
    if (!r.ok) {
      if (r.reason === 'too-large') {
        out.preFindings.push(fileFinding(uri, `This file is over the size limit (${r.detail}); reclint did not parse it. Raise \`--max-file-size\` to lint it.`, kind));
        continue;
      }
      // A path the user named is a usage problem; a file met while walking a folder is a finding.
      if (named.has(abs)) throw new ExitError(`reclint: cannot read ${uri}: ${r.detail ?? r.reason}`, 2);
      out.preFindings.push(fileFinding(uri, `This file cannot be read (${r.detail ?? r.reason}); reclint skipped it.`, kind));
      continue;
    }
    if (!isPolicyUri(abs) && !isFlowCandidate(abs)) {
      warn(`reclint: skipped ${uri}: not a recording policy (*.recording-policy.{yaml,yml,json}), an .ivr script or a call flow (.json, .xml, .twiml)\n`);
      continue;
    }
    out.texts.set(uri, r.text);
    if (r.invalidUtf8 || r.text.includes('\u0000')) {
      const at = r.invalidUtf8 ? Math.max(0, r.text.indexOf('\ufffd')) : r.text.indexOf('\u0000');
      out.preFindings.push({ ...fileFinding(uri, r.invalidUtf8 ? 'This file is not valid UTF-8 text (a binary file?); reclint reads UTF-8 only.' : 'This file holds a NUL byte; it is not a text file. Remove the byte or the file.', kind), span: { start: at, end: at + 1 } });
      continue;
    }
    out.sources.push({ uri, text: r.text });
  }
  return out;
}

export function fileFinding(uri: string, message: string, kind: 'policy' | 'script'): Finding {
  const ruleId = kind === 'script' ? 'ivr-syntax' : 'yaml-syntax';
  return { ruleId, severity: 'error', message, uri, span: { start: 0, end: 0 }, legalSource: '', docsUrl: docsUrlFor(ruleId), related: [], suggestions: [] };
}

/** Standard input as the file it stands for (`--stdin --stdin-filename`). */
export function stdinSources(abs: string, uri: string, text: string, host: ProjectHost): Sources {
  const out: Sources = { files: new Map([[abs, uri]]), sources: [], preFindings: [], texts: new Map([[uri, text]]), configProblems: new Map() };
  for (const c of host.configFor(abs).files) if (c.problems.length) out.configProblems.set(c.file, c);
  if (text.includes('\u0000')) out.preFindings.push({ ...fileFinding(uri, 'The input holds a NUL byte; it is not text.', isScriptUri(abs) ? 'script' : 'policy'), span: { start: text.indexOf('\u0000'), end: text.indexOf('\u0000') + 1 } });
  else out.sources.push({ uri, text });
  return out;
}
