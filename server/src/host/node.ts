/**
 * The core's window on the disk: reads files safely (size limit, regular files only, UTF-8 checked),
 * walks directories for policies and scripts, and resolves the scripts a policy names, refusing paths
 * outside the project. Paths are reported relative to the working directory, with forward slashes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ReadFailure } from '../core/announcement';
import { isPolicyUri, isScriptUri } from '../core/engine';

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

export type ReadOutcome = { ok: true; text: string; invalidUtf8: boolean; path: string } | { ok: false; reason: ReadFailure; detail?: string; path: string };

export function toDisplay(p: string, cwd: string = process.cwd()): string {
  const rel = path.relative(cwd, p);
  const shown = rel === '' ? '.' : rel.startsWith('..') && path.isAbsolute(p) && rel.split(path.sep).filter((s) => s === '..').length > 3 ? p : rel;
  return shown.split(path.sep).join('/');
}

/** Read a file as UTF-8 text, refusing what is not a regular file or is over the size limit. */
export function readTextFile(p: string, maxSize: number = DEFAULT_MAX_FILE_SIZE): ReadOutcome {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: 'not-found', path: p };
    if (code === 'ELOOP') return { ok: false, reason: 'unreadable', detail: 'a symbolic link loop', path: p };
    return { ok: false, reason: 'unreadable', detail: code ?? String(e), path: p };
  }
  if (st.isDirectory()) return { ok: false, reason: 'directory', path: p };
  if (!st.isFile()) return { ok: false, reason: 'unreadable', detail: 'not a regular file', path: p };
  if (st.size > maxSize) return { ok: false, reason: 'too-large', detail: `${st.size} bytes; the limit is ${maxSize}`, path: p };
  let buf: Buffer;
  try {
    buf = fs.readFileSync(p);
  } catch (e) {
    return { ok: false, reason: 'unreadable', detail: (e as NodeJS.ErrnoException).code ?? String(e), path: p };
  }
  let invalidUtf8 = false;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf);
  } catch {
    invalidUtf8 = true;
    text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(buf);
  }
  return { ok: true, text, invalidUtf8, path: p };
}

export interface WalkOptions {
  /** Leave out this file or folder (the project's `ignores` and `files`). */
  skip(abs: string, isDir: boolean): boolean;
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

/** Find policies and scripts under a directory (skipping node_modules, .git and what `skip` leaves out), sorted. */
export function walk(dir: string, opts: WalkOptions, out: string[] = [], depth = 0): string[] {
  if (depth > 64) return out;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (SKIP_DIRS.has(e.name) || opts.skip(full, true)) continue;
      walk(full, opts, out, depth + 1);
    } else if ((e.isFile() || e.isSymbolicLink()) && (isPolicyUri(e.name) || isScriptUri(e.name)) && !opts.skip(full, false)) {
      out.push(full);
    }
  }
  return out;
}

/** Is `p` inside one of the roots (after resolving symbolic links where possible)? */
export function insideRoots(p: string, roots: readonly string[]): boolean {
  let real = path.resolve(p);
  try {
    real = fs.realpathSync(p);
  } catch {
    /* not there (yet): judge the path as written */
  }
  return roots.some((r) => {
    let rr = path.resolve(r);
    try { rr = fs.realpathSync(r); } catch { /* keep */ }
    const rel = path.relative(rr, real);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  });
}
