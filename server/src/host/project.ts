/**
 * The one project host, used by the CLI (and its workers) and the language server alike, so that a
 * finding means the same in the editor and in CI. It knows:
 * - which files belong to the project: policies and scripts under the roots, minus what a
 *   `.reclintrc.yaml`'s `ignores` leaves out and what its `files` does not take in, every glob read
 *   from the folder of the config file that holds it;
 * - which config governs a file (`.reclintrc.yaml` upward, `root: true` stops), and the lint options
 *   that follow from it, from the adapter's own layer under it (editor settings) and over it (flags);
 * - how to read a script a policy names: relative to the policy, never outside the project roots,
 *   the adapter's open text first (an editor buffer), once per batch however many policies name it.
 * The adapter says how a path is spelt as a uri (the CLI: relative to the working folder; the server:
 * `file://` URIs) and what texts it holds open.
 */
import type { Locale } from '../core/i18n/locale';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { flowOptionsFrom, mergeConfigs, optionsFrom, type LintOptions, type ReclintConfig, type RuleSetting } from '../core/config';
import type { LintRequest } from '../core/engine';
import { ConfigResolver, layersFor, type ConfigLayer, type LoadedConfig } from './config-file';
import { matchesAny } from './glob';
import { DEFAULT_MAX_FILE_SIZE, insideRoots, readTextFile, toDisplay, walk } from './node';

export type ScriptRead = ReturnType<LintRequest['readScript']>;

/** How configs are found: searched upward from each file, one given file, or none. */
export type ConfigMode = { kind: 'search' } | { kind: 'none' } | { kind: 'file'; file: string };

/** Everything a host is built from; plain data, so a worker thread builds the same host. */
export interface ProjectParams {
  /** Absolute folders that make up the project (the script guard). */
  roots: string[];
  config: ConfigMode;
  maxSize?: number;
  /** The adapter's layer under the config files (editor settings). */
  under?: ReclintConfig;
  /** The adapter's layer over everything (CLI `--rule`, `--jurisdiction`). */
  over?: { rules?: Record<string, RuleSetting>; jurisdiction?: string; maxFindingsPerFile?: number; locale?: Locale };
  /** How uris are spelt: relative to this folder (CLI), or as `file://` URIs (server). */
  uris: { kind: 'relative'; cwd: string } | { kind: 'file-url' };
}

/** What only a live adapter has: open texts (editor buffers) and a settings layer per file. */
export interface HostAdapter {
  /** The open text of a uri, if any. */
  overlay?(uri: string): string | undefined;
  /** A config layer under the config files for this uri (editor settings); `params.under` otherwise. */
  under?(uri: string): ReclintConfig | undefined;
}

export interface ConfigChain {
  /** The config files, outermost first. */
  files: LoadedConfig[];
}

export function isUrl(s: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(s);
}

export class ProjectHost {
  readonly roots: string[];
  readonly maxSize: number;
  private readonly explicit: LoadedConfig | undefined;
  private readonly optionsMemo = new Map<string, LintOptions>();
  private reads = new Map<string, ScriptRead>();
  private readonly uriCodec: UriCodec;

  constructor(
    readonly params: ProjectParams,
    private readonly adapter: HostAdapter = {},
    readonly resolver = new ConfigResolver(),
  ) {
    this.uriCodec = codecFor(params.uris);
    this.roots = outermost(params.roots.map((r) => path.resolve(r)));
    this.maxSize = params.maxSize ?? DEFAULT_MAX_FILE_SIZE;
    this.explicit = params.config.kind === 'file' ? resolver.load(params.config.file) : undefined;
  }

  uriOf(abs: string): string {
    return this.uriCodec.uriOf(abs);
  }
  absOf(uri: string): string | undefined {
    return this.uriCodec.absOf(uri);
  }

  /** The configs that govern a file. */
  configFor(abs: string): ConfigChain {
    if (this.params.config.kind === 'none') return { files: [] };
    if (this.explicit) return { files: [this.explicit] };
    return this.resolver.forFile(abs);
  }

  /**
   * Does the project leave this file (or folder) out? Each config's `ignores` is read from its own
   * folder; the nearest config with `files` decides what is taken in, from its folder.
   */
  excluded(abs: string, isDir = false): boolean {
    const chain = this.configFor(isDir ? path.join(abs, '_') : abs).files;
    for (const c of chain) {
      if (c.config.ignores?.length && matchesAny(relTo(abs, c.file), c.config.ignores)) return true;
    }
    if (isDir) return false;
    for (let i = chain.length - 1; i >= 0; i--) {
      const files = chain[i].config.files;
      if (files) return !matchesAny(relTo(abs, chain[i].file), files);
    }
    return false;
  }

  /** Every policy and script under a folder that the project takes in, sorted by path. */
  find(dir: string): string[] {
    return walk(dir, { skip: (abs, isDir) => this.excluded(abs, isDir) });
  }

  /**
   * The layers of a file's settings, outermost first, each with where it came from: the adapter's own
   * (editor settings), then per config file what it extends, itself and its matching `overrides`.
   */
  layers(uri: string): ConfigLayer[] {
    const abs = this.absOf(uri);
    const under = this.adapter.under?.(uri) ?? this.params.under;
    const out: ConfigLayer[] = under ? [{ from: 'the editor settings', config: under }] : [];
    if (abs) for (const l of layersFor(abs, this.configFor(abs).files, this.params.uris.kind === 'relative' ? this.params.uris.cwd : path.dirname(abs))) out.push(l);
    return out;
  }

  /** The lint options of a file: its layers merged, the adapter's flags over them. */
  options(uri: string): LintOptions {
    let o = this.optionsMemo.get(uri);
    if (!o) {
      const layers = this.layers(uri);
      o = optionsFrom(mergeConfigs(layers.map((l) => l.config)), this.params.over);
      // Folders in `flows:` are relative to the config file that names them (editor settings: the file's own folder).
      const flows = flowOptionsFrom(layers.map((l) => ({ config: l.config, from: l.file ? this.uriOf(l.file) : uri })));
      if (flows) o.flows = flows;
      this.optionsMemo.set(uri, o);
    }
    return o;
  }

  /** The roots that guard a file's script paths: the project's, or the file's own folder outside them. */
  guardFor(abs: string): string[] {
    return insideRoots(abs, this.roots) ? this.roots : [path.dirname(abs)];
  }

  /** Read a script a policy names (path relative to the policy); once per batch per script. */
  readonly readScript = (fromUri: string, rel: string): ScriptRead => {
    if (isUrl(rel)) return { ok: false, uri: rel, reason: 'not-found', detail: 'a URL; reclint reads local files only' };
    const from = this.absOf(fromUri);
    if (!from) return this.readVirtual(fromUri, rel);
    const abs = path.resolve(path.dirname(from), rel);
    let r = this.reads.get(abs);
    if (!r) {
      r = this.readAt(from, abs);
      this.reads.set(abs, r);
    }
    return r;
  };

  /** A policy with no path (a virtual workspace): its script can be read only when it is open too. */
  private readVirtual(fromUri: string, rel: string): ScriptRead {
    let uri: string;
    try {
      uri = new URL(rel, fromUri).href;
    } catch {
      return { ok: false, uri: rel, reason: 'not-found' };
    }
    const text = this.adapter.overlay?.(uri);
    return text !== undefined ? { ok: true, uri, text } : { ok: false, uri, reason: 'not-found', detail: 'in a virtual workspace reclint reads only open scripts' };
  }

  private readAt(from: string, abs: string): ScriptRead {
    const uri = this.uriOf(abs);
    const guard = this.guardFor(from);
    if (!insideRoots(abs, guard)) return { ok: false, uri, reason: 'outside-root', detail: `the project is ${guard.length > 1 ? 'the folders' : 'the folder'} ${guard.map((g) => `\`${path.basename(g) || g}\``).join(', ')}` };
    const open = this.adapter.overlay?.(uri);
    if (open !== undefined) return { ok: true, uri, text: open };
    const r = readTextFile(abs, this.maxSize);
    if (!r.ok) return { ok: false, uri, reason: r.reason, detail: r.detail };
    if (r.invalidUtf8 || r.text.includes('\u0000')) return { ok: false, uri, reason: 'unreadable', detail: 'not UTF-8 text' };
    return { ok: true, uri, text: r.text };
  }

  /** Texts or settings may have changed: read scripts and work out options again; with `configs`, re-read the config files too. */
  reset(configs = false): void {
    this.reads = new Map();
    this.optionsMemo.clear();
    if (configs) this.resolver.clear();
  }
}

/** A path relative to a config file's folder, with forward slashes (what globs are matched against). */
function relTo(abs: string, configFile: string): string {
  return toDisplay(abs, path.dirname(configFile));
}

/** Drop roots inside other roots (the working folder and a path under it are one project). */
function outermost(roots: string[]): string[] {
  const uniq = [...new Set(roots)].sort((a, b) => a.length - b.length);
  const out: string[] = [];
  for (const r of uniq) if (!out.some((o) => insideRoots(r, [o]))) out.push(r);
  return out;
}

export interface UriCodec {
  uriOf(abs: string): string;
  absOf(uri: string): string | undefined;
}

function codecFor(u: ProjectParams['uris']): UriCodec {
  if (u.kind === 'relative') {
    const cwd = u.cwd;
    return { uriOf: (abs) => toDisplay(abs, cwd), absOf: (uri) => (isUrl(uri) ? undefined : path.resolve(cwd, uri)) };
  }
  return { uriOf: fileUrlOf, absOf: pathOfFileUrl };
}

/** One spelling per file URI (editors and node encode some characters differently). */
export function canonUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
}

export function fileUrlOf(abs: string): string {
  return pathToFileURL(abs).href;
}

export function pathOfFileUrl(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
