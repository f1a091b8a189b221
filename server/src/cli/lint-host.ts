/**
 * What the CLI hands the core for one run: per-file options (config + flags) and a guarded script
 * reader. Built the same way in the main thread and in every worker, so workers give the same findings.
 */
import * as path from 'node:path';
import { EMPTY_OPTIONS, optionsFrom, type LintOptions, type RuleSetting } from '../core/config';
import type { LintRequest } from '../core/engine';
import { ConfigResolver, type LoadedConfig } from '../host/config-file';
import { insideRoots, readTextFile, toDisplay } from '../host/node';

export interface HostParams {
  cwd: string;
  roots: string[];
  maxSize: number;
  noConfig: boolean;
  /** Absolute path of an explicit `--config`. */
  configFile?: string;
  rules: Record<string, RuleSetting>;
  jurisdiction?: string;
}

export interface LintHost {
  options(uri: string): LintOptions;
  readScript: LintRequest['readScript'];
  /** display uri → absolute path */
  absOf: Map<string, string>;
  configFor(abs: string): { config: import('../core/config').ReclintConfig; files: LoadedConfig[] };
}

export function createLintHost(p: HostParams, resolver = new ConfigResolver()): LintHost {
  const absOf = new Map<string, string>();
  const explicit = p.configFile ? resolver.load(p.configFile) : undefined;
  const configFor = (abs: string) => (p.noConfig ? { config: {}, files: [] as LoadedConfig[] } : explicit ? { config: explicit.config, files: [explicit] } : resolver.forFile(abs));
  const optionsCache = new Map<string, LintOptions>();
  const options = (uri: string): LintOptions => {
    let o = optionsCache.get(uri);
    if (!o) {
      const abs = absOf.get(uri) ?? path.resolve(p.cwd, uri);
      o = p.noConfig && !Object.keys(p.rules).length && !p.jurisdiction ? EMPTY_OPTIONS : optionsFrom(configFor(abs).config, { rules: p.rules, jurisdiction: p.jurisdiction });
      optionsCache.set(uri, o);
    }
    return o;
  };
  // One run reads each script once, however many policies name it.
  const reads = new Map<string, ReturnType<LintRequest['readScript']>>();
  const readScript: LintRequest['readScript'] = (fromUri, rel) => {
    const fromAbs = absOf.get(fromUri) ?? path.resolve(p.cwd, fromUri);
    const abs = path.resolve(path.dirname(fromAbs), rel);
    const key = /^[a-z][a-z0-9+.-]*:\/\//i.test(rel) ? `url\u0000${rel}` : abs;
    let r = reads.get(key);
    if (!r) {
      r = readScriptAt(abs, rel);
      reads.set(key, r);
    }
    return r;
  };
  const readScriptAt = (abs: string, rel: string): ReturnType<LintRequest['readScript']> => {
    const uri = toDisplay(abs, p.cwd);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(rel)) return { ok: false, uri: rel, reason: 'not-found', detail: 'a URL; reclint reads local files only' };
    if (!insideRoots(abs, p.roots)) return { ok: false, uri, reason: 'outside-root', detail: `${uri} is outside ${p.roots.map((r) => toDisplay(r, p.cwd)).filter((v, i, a) => a.indexOf(v) === i).join(', ')}` };
    const r = readTextFile(abs, p.maxSize);
    if (!r.ok) return { ok: false, uri, reason: r.reason, detail: r.detail };
    if (r.invalidUtf8 || r.text.includes('\u0000')) return { ok: false, uri, reason: 'unreadable', detail: 'not UTF-8 text' };
    absOf.set(uri, abs);
    return { ok: true, uri, text: r.text };
  };
  return { options, readScript, absOf, configFor };
}
