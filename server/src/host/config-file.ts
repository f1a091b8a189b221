/**
 * Finds `.reclintrc.yaml` upward from each linted file, parses it once per folder, resolves what it
 * `extends` (a built-in `reclint:*` config, a YAML file, an npm package's YAML config; never code),
 * and gives the layers that make a file's settings, outermost first, each with where it came from.
 * Used by the CLI and the language server alike (through host/project.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseConfigText, type ConfigProblem, type ReclintConfig } from '../core/config';
import { PRESETS } from '../core/presets';
import { matchesAny } from './glob';
import { readTextFile, toDisplay } from './node';

export const CONFIG_NAMES = ['.reclintrc.yaml', '.reclintrc.yml'];
export const MAX_CONFIG_SIZE = 1024 * 1024;
/** How deep `extends` may nest (a shared config that extends another, …). */
const MAX_EXTENDS_DEPTH = 8;

/** A config this one extends, resolved: its name as written, what it names, and its settings. */
export interface BaseConfig {
  name: string;
  /** The file it was read from, or the built-in's name. */
  from: string;
  config: ReclintConfig;
}

export interface LoadedConfig {
  file: string;
  text: string;
  /** The file's own settings (its `files`, `ignores` and `root` are only ever its own). */
  config: ReclintConfig;
  /** What it extends, resolved, outermost first. */
  bases: BaseConfig[];
  problems: ConfigProblem[];
}

/** One layer of a file's settings, with where it came from (for `--print-config`). */
export interface ConfigLayer {
  from: string;
  config: ReclintConfig;
  /** The config file whose folder the layer's paths are relative to (`flows.url_base`); absent for editor settings. */
  file?: string;
}

export class ConfigResolver {
  private readonly byDir = new Map<string, LoadedConfig | null>();
  private readonly chains = new Map<string, { files: LoadedConfig[] }>();

  /** Load one config file (also an explicit `--config`). */
  load(file: string): LoadedConfig {
    const r = readTextFile(file, MAX_CONFIG_SIZE);
    if (!r.ok) {
      const why = r.reason === 'too-large' ? `it is larger than ${MAX_CONFIG_SIZE} bytes` : r.reason === 'not-found' ? 'no such file' : r.detail ?? r.reason;
      return { file, text: '', config: {}, bases: [], problems: [{ span: { start: 0, end: 0 }, message: `The config file cannot be read: ${why}.` }] };
    }
    return this.fromText(file, r.text);
  }

  /** A config from its text (an open editor buffer, or the file's), with what it extends resolved. */
  fromText(file: string, text: string): LoadedConfig {
    const { config, problems } = parseConfigText(text);
    const bases: BaseConfig[] = [];
    const state: Resolving = { done: new Set([realOf(file)]), count: 0 };
    for (const name of namesOf(config.extends)) resolveBase(name, path.dirname(file), text, bases, problems, [realOf(file)], 0, state);
    return { file, text, config, bases, problems };
  }

  private inDir(dir: string): LoadedConfig | null {
    if (this.byDir.has(dir)) return this.byDir.get(dir)!;
    let found: LoadedConfig | null = null;
    for (const name of CONFIG_NAMES) {
      const f = path.join(dir, name);
      if (fs.existsSync(f)) {
        found = this.load(f);
        break;
      }
    }
    this.byDir.set(dir, found);
    return found;
  }

  /** The config files that govern a file: from the outermost to the nearest folder, stopping at `root: true`. */
  forFile(file: string): { files: LoadedConfig[] } {
    const dir = path.dirname(path.resolve(file));
    const hit = this.chains.get(dir);
    if (hit) return hit;
    const chain: LoadedConfig[] = [];
    let d = dir;
    for (let i = 0; i < 128; i++) {
      const c = this.inDir(d);
      if (c) {
        chain.push(c);
        if (c.config.root === true) break;
      }
      const up = path.dirname(d);
      if (up === d) break;
      d = up;
    }
    chain.reverse();
    const result = { files: chain };
    this.chains.set(dir, result);
    return result;
  }

  clear(): void {
    this.byDir.clear();
    this.chains.clear();
  }
}

/**
 * The layers of a file's settings, outermost first: per config file, what it extends, then itself,
 * each followed by its `overrides` whose `files` match the file (globs read from the config's folder).
 */
export function layersFor(abs: string, chain: readonly LoadedConfig[], cwd: string): ConfigLayer[] {
  const out: ConfigLayer[] = [];
  for (const c of chain) {
    const rel = toDisplay(abs, path.dirname(c.file));
    const shown = toDisplay(c.file, cwd);
    const add = (from: string, cfg: ReclintConfig) => {
      const { overrides, files: _f, ignores: _i, root: _r, extends: _e, ...settings } = cfg;
      out.push({ from, config: settings, file: c.file });
      (overrides ?? []).forEach((o, i) => {
        if (matchesAny(rel, o.files)) out.push({ from: `${from}, overrides[${i}]`, config: { rules: o.rules, jurisdiction: o.jurisdiction, phrases: o.phrases } });
      });
    };
    for (const b of c.bases) add(`${b.name} (extended by ${shown})`, b.config);
    add(shown, c.config);
  }
  return out;
}

function namesOf(e: ReclintConfig['extends']): string[] {
  return e === undefined ? [] : Array.isArray(e) ? e : [e];
}

/** The files one config's `extends` reached so far: each is resolved once (a diamond of shared configs is not walked twice). */
interface Resolving {
  done: Set<string>;
  count: number;
}

/** How many distinct files one config may extend, directly or not. */
const MAX_EXTENDS_FILES = 64;

function realOf(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/** Resolve one `extends` name into `out` (its own bases first); problems point at the name in the config text. */
function resolveBase(name: string, dir: string, text: string, out: BaseConfig[], problems: ConfigProblem[], seen: string[], depth: number, state: Resolving): void {
  const at = text.indexOf(name, Math.max(0, text.indexOf('extends')));
  const problem = (message: string) => problems.push({ span: at >= 0 ? { start: at, end: at + name.length } : { start: 0, end: 0 }, message });
  if (PRESETS[name]) {
    out.push({ name, from: name, config: PRESETS[name]() });
    return;
  }
  if (name.startsWith('reclint:')) return void problem(`\`${name}\` is not a built-in config; there are ${Object.keys(PRESETS).map((p) => `\`${p}\``).join(' and ')}.`);
  if (depth >= MAX_EXTENDS_DEPTH) return void problem(`\`extends\` nests more than ${MAX_EXTENDS_DEPTH} deep here; reclint stops at \`${name}\`.`);
  const located = locate(name, dir);
  if (located === 'escapes') return void problem(`\`${name}\` leaves the package it names; a package's config must lie inside the package.`);
  if (located === 'loop') return void problem(`\`${name}\` is a symbolic link that leads to itself.`);
  const file = located && realOf(located);
  if (!file) return void problem(`\`${name}\` cannot be found: write a YAML file relative to this config (\`./shared/reclint.yaml\`), an installed npm package that ships one, or \`reclint:recommended\`.`);
  if (!/\.ya?ml$/i.test(file)) return void problem(`\`${name}\` is not a YAML file; reclint reads configs as YAML only and never runs code.`);
  if (seen.includes(file)) return void problem(`\`${name}\` extends itself (through ${seen.map((s) => path.basename(s)).join(' → ')}).`);
  // Reached already by another way: its settings are in `out` once.
  if (state.done.has(file)) return;
  state.done.add(file);
  if (++state.count > MAX_EXTENDS_FILES) return void problem(`\`extends\` reaches more than ${MAX_EXTENDS_FILES} files; reclint stops at \`${name}\`.`);
  const r = readTextFile(file, MAX_CONFIG_SIZE);
  if (!r.ok) return void problem(`\`${name}\` cannot be read (${r.detail ?? r.reason}).`);
  const parsed = parseConfigText(r.text);
  // Only that it is not valid: its content stays where it is (it may be any file on the machine).
  if (parsed.problems.length) return void problem(`\`${name}\` is not a valid reclint config (open it to see why).`);
  for (const inner of namesOf(parsed.config.extends)) {
    const before = problems.length;
    const first = out.length;
    resolveBase(inner, path.dirname(file), r.text, out, problems, [...seen, file], depth + 1, state);
    // Named by the way they came in: `./shared/team.yaml → reclint:strict`.
    for (const b of out.slice(first)) b.name = `${name} → ${b.name}`;
    // A problem inside the shared config is reported here, at the name that brought it in.
    for (const p of problems.splice(before)) problem(`in \`${name}\`: ${p.message}`);
  }
  out.push({ name, from: file, config: parsed.config });
}

/** A relative YAML path, or an npm package's config (`pkg`, `@scope/pkg`, `pkg/sub/file.yaml`) in a `node_modules` above. */
function locate(name: string, dir: string): string | undefined | 'escapes' | 'loop' {
  if (name.startsWith('.') || path.isAbsolute(name)) {
    const f = path.resolve(dir, name);
    if (fs.existsSync(f)) return f;
    try {
      fs.lstatSync(f);
      return 'loop';
    } catch {
      return undefined;
    }
  }
  const parts = name.split('/');
  const pkg = name.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  const sub = parts.slice(name.startsWith('@') ? 2 : 1).join('/');
  for (let d = dir, i = 0; i < 128; i++) {
    const root = path.join(d, 'node_modules', pkg);
    if (fs.existsSync(root)) {
      if (sub) {
        const f = path.resolve(root, sub);
        const rel = path.relative(root, f);
        return rel.startsWith('..') || path.isAbsolute(rel) ? 'escapes' : f;
      }
      let field: unknown;
      try {
        field = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { reclint?: unknown }).reclint;
      } catch {
        field = undefined;
      }
      for (const f of [typeof field === 'string' ? field : undefined, 'reclint.yaml', '.reclintrc.yaml']) if (f && fs.existsSync(path.join(root, f))) return path.join(root, f);
      return undefined;
    }
    const up = path.dirname(d);
    if (up === d) break;
    d = up;
  }
  return undefined;
}
