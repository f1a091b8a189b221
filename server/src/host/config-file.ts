/**
 * Finds `.reclintrc.yaml` upward from each linted file, parses it once per folder, and merges the layers
 * (the nearest wins; `root: true` stops the search). Used by the CLI and the language server alike.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { mergeConfigs, parseConfigText, type ConfigProblem, type ReclintConfig } from '../core/config';
import { readTextFile } from './node';

export const CONFIG_NAMES = ['.reclintrc.yaml', '.reclintrc.yml'];
export const MAX_CONFIG_SIZE = 1024 * 1024;

export interface LoadedConfig {
  file: string;
  text: string;
  config: ReclintConfig;
  problems: ConfigProblem[];
}

export class ConfigResolver {
  private readonly byDir = new Map<string, LoadedConfig | null>();
  private readonly effective = new Map<string, { config: ReclintConfig; files: LoadedConfig[] }>();

  /** Load one config file (explicit `--config`). */
  load(file: string): LoadedConfig {
    const r = readTextFile(file, MAX_CONFIG_SIZE);
    if (!r.ok) {
      const why = r.reason === 'too-large' ? `it is larger than ${MAX_CONFIG_SIZE} bytes` : r.reason === 'not-found' ? 'no such file' : r.detail ?? r.reason;
      return { file, text: '', config: {}, problems: [{ span: { start: 0, end: 0 }, message: `The config file cannot be read: ${why}.` }] };
    }
    const { config, problems } = parseConfigText(r.text);
    return { file, text: r.text, config, problems };
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

  /** The merged config for a file: configs from the outermost to the nearest folder, stopping at `root: true`. */
  forFile(file: string): { config: ReclintConfig; files: LoadedConfig[] } {
    const dir = path.dirname(path.resolve(file));
    const hit = this.effective.get(dir);
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
    const result = { config: mergeConfigs(chain.map((c) => c.config)), files: chain };
    this.effective.set(dir, result);
    return result;
  }

  clear(): void {
    this.byDir.clear();
    this.effective.clear();
  }
}
