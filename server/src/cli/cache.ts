/**
 * `--cache`: the CLI keeps each lint unit (a policy's findings, a script's own findings) in a file,
 * keyed by content. A policy's unit is reused when its text, its options and every script read it made
 * (the outcome and the content hash of each) are unchanged; a script's unit when its text and options
 * are. The whole file is dropped when reclint itself (its bundle), the rule set or the run's flags
 * change. A cache that cannot be read is ignored; one that cannot be written is reported, not fatal.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LintOptions } from '../core/config';
import { RULE_META, type LintRequest } from '../core/engine';
import { docsUrlFor, type Finding } from '../core/findings';

/** Bump when the file's shape changes. */
const FORMAT = 2;
export const DEFAULT_CACHE_FILE = '.reclintcache';

export type ScriptRead = ReturnType<LintRequest['readScript']>;

export interface CacheEntry {
  /** Content hash of the file. */
  hash: string;
  /** The options it was linted with (JSON). */
  options: string;
  /** For a policy: each script read, as [path as written, outcome key]; a file of a flow set as [`memberRead(from, path)`, outcome key]. */
  reads?: [string, string][];
  findings: Finding[];
}

interface CacheFileShape {
  format: number;
  key: string;
  entries: Record<string, CacheEntry>;
}

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

const readKeys = new WeakMap<ScriptRead, string>();
/**
 * What a script read came to, as a comparable key (content by hash). The host reads each script once
 * per run and hands out the same result to every policy, so each result is hashed once.
 */
export function readKey(r: ScriptRead): string {
  let k = readKeys.get(r);
  if (k === undefined) {
    k = r.ok ? `ok\u0000${r.uri}\u0000${contentHash(r.text)}` : `no\u0000${r.uri}\u0000${r.reason}\u0000${r.detail ?? ''}`;
    readKeys.set(r, k);
  }
  return k;
}

const optionKeys = new WeakMap<LintOptions, string>();
export function optionsKey(o: LintOptions): string {
  let k = optionKeys.get(o);
  if (k === undefined) {
    k = JSON.stringify(o);
    optionKeys.set(o, k);
  }
  return k;
}

/** Where the cache lives: `--cache-location` as a file, or `.reclintcache` inside it when it is a folder. */
export function cacheFilePath(cwd: string, location: string | undefined): string {
  if (!location) return path.resolve(cwd, DEFAULT_CACHE_FILE);
  const abs = path.resolve(cwd, location);
  let isDir = /[\\/]$/.test(location);
  try {
    isDir ||= fs.statSync(abs).isDirectory();
  } catch {
    // a file to be created
  }
  return isDir ? path.join(abs, DEFAULT_CACHE_FILE) : abs;
}

/** The run's key: reclint's own code, and every flag that changes what a unit holds. */
export function runKey(bundleFile: string, flags: unknown): string {
  let code = '';
  try {
    code = contentHash(fs.readFileSync(bundleFile, 'utf8'));
  } catch {
    code = 'unknown';
  }
  return `${FORMAT}\u0000${code}\u0000${JSON.stringify(flags)}`;
}

/** A finding as stored (legal source and docs address may be left out): anything else is not ours. */
function isStoredFinding(f: unknown): boolean {
  const x = f as Partial<Finding> | null;
  return !!x && typeof x === 'object' && typeof x.ruleId === 'string' && typeof x.severity === 'string' && typeof x.message === 'string' && typeof x.uri === 'string'
    && !!x.span && Number.isInteger(x.span.start) && Number.isInteger(x.span.end) && Array.isArray(x.related) && Array.isArray(x.suggestions);
}

function isReads(r: unknown): boolean {
  return Array.isArray(r) && r.every((x) => Array.isArray(x) && x.length === 2 && typeof x[0] === 'string' && typeof x[1] === 'string');
}

export class LintCache {
  private readonly entries: Map<string, CacheEntry>;
  private dirty = false;

  private constructor(readonly file: string, private readonly key: string, entries: Map<string, CacheEntry>) {
    this.entries = entries;
  }

  static load(file: string, key: string): LintCache {
    const entries = new Map<string, CacheEntry>();
    try {
      const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<CacheFileShape>;
      if (data && data.format === FORMAT && data.key === key && data.entries && typeof data.entries === 'object') {
        for (const [uri, e] of Object.entries(data.entries)) {
          if (e && typeof e.hash === 'string' && typeof e.options === 'string' && Array.isArray(e.findings) && e.findings.every(isStoredFinding) && (e.reads === undefined || isReads(e.reads))) entries.set(uri, e);
        }
      }
    } catch {
      // missing, unreadable or not ours: start empty
    }
    return new LintCache(file, key, entries);
  }

  get(uri: string): CacheEntry | undefined {
    const e = this.entries.get(uri);
    if (e && !this.restored.has(e)) {
      // The rule's legal source and docs address are not stored (see `set`): put them back.
      e.findings = e.findings.map((f) => (f.docsUrl === undefined ? { ...f, docsUrl: docsUrlFor(f.ruleId), legalSource: f.legalSource ?? RULE_META.get(f.ruleId)?.legalSource ?? '' } : f));
      this.restored.add(e);
    }
    return e;
  }

  private readonly restored = new WeakSet<CacheEntry>();

  set(uri: string, entry: CacheEntry): void {
    this.restored.add(entry);
    this.entries.set(uri, entry);
    this.dirty = true;
  }

  /** An entry as stored: without what each finding's rule gives (legal source, docs address). */
  private static compact(e: CacheEntry): CacheEntry {
    const findings = e.findings.map((f) => {
      if (f.docsUrl !== docsUrlFor(f.ruleId) || f.legalSource !== (RULE_META.get(f.ruleId)?.legalSource ?? '')) return f;
      const { docsUrl: _d, legalSource: _l, ...rest } = f;
      return rest as Finding;
    });
    return { ...e, findings };
  }

  /** Write the cache (temporary file + rename). Returns a reason when it could not be written. */
  save(): string | undefined {
    if (!this.dirty && fs.existsSync(this.file)) return undefined;
    const entries: Record<string, CacheEntry> = {};
    for (const [uri, e] of this.entries) entries[uri] = this.restored.has(e) ? LintCache.compact(e) : e;
    const data: CacheFileShape = { format: FORMAT, key: this.key, entries };
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(tmp, JSON.stringify(data));
      fs.renameSync(tmp, this.file);
      return undefined;
    } catch (e) {
      try {
        fs.rmSync(tmp, { force: true });
      } catch {
        // nothing to clean
      }
      return (e as NodeJS.ErrnoException).code ?? String(e);
    }
  }
}

/** Wrap a script reader so that every read a policy makes is recorded as [path, outcome key]. */
export function recordingReader(read: LintRequest['readScript']): { readScript: LintRequest['readScript']; reads: Map<string, [string, string][]> } {
  const reads = new Map<string, [string, string][]>();
  const readScript: LintRequest['readScript'] = (fromUri, rel) => {
    const r = read(fromUri, rel);
    const key = readKey(r);
    const list = reads.get(fromUri) ?? [];
    if (!list.some(([p]) => p === rel)) list.push([rel, key]);
    reads.set(fromUri, list);
    return r;
  };
  return { readScript, reads };
}

/**
 * A read a policy's flow set made from another file (a script, a config's `url_base` folder), as the
 * path part of a cache read: NUL, the uri it was read from, NUL, the path as written.
 */
export function memberRead(from: string, path: string): string {
  return `\u0000${from}\u0000${path}`;
}

/** Read again what a policy's cache entry read: its own script paths, and the reads of its flow sets. */
export function readAgain(read: LintRequest['readScript'], policyUri: string, rel: string): ScriptRead {
  if (rel.startsWith('\u0000')) {
    const cut = rel.indexOf('\u0000', 1);
    return read(rel.slice(1, cut), rel.slice(cut + 1));
  }
  return read(policyUri, rel);
}
