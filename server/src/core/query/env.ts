/** What the query helpers may ask of their host: reading a script a policy names, and extra phrases. */
import type { Locale } from '../i18n/locale';
import type { ScriptLoad } from '../announcement';
import type { LintRequest } from '../engine';
import { readFlow } from '../flows/read';
import type { IvrScript } from '../ivr/model';
import type { Policy } from '../policy/model';
import type { ParsedPolicy } from './context';

export interface QueryEnv {
  /** The policy's (or script's) own uri. */
  uri: string;
  /** The host's script reader, with the same root guard as linting. */
  readScript: LintRequest['readScript'];
  /** Extra phrases from the config, per language and purpose id. */
  configPhrases: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  /** The language of hover texts (English when absent). */
  locale?: Locale;
  /** `.ivr` files next to the policy, as paths relative to it (for completion). */
  listScripts?(): string[];
}

/** A caching script loader over the host's reader, as the engine builds one. */
export function scriptLoader(env: QueryEnv): (fromUri: string, rel: string) => ScriptLoad {
  const cache = new Map<string, ScriptLoad>();
  const parsed = new Map<string, IvrScript>();
  return (fromUri, rel) => {
    const key = `${fromUri}\u0000${rel}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const r = env.readScript(fromUri, rel);
    let load: ScriptLoad;
    if (!r.ok) load = { ok: false, uri: r.uri, reason: r.reason, detail: r.detail };
    else {
      let s = parsed.get(r.uri);
      if (!s) {
        const read = readFlow(r.uri, r.text);
        if (read.ok) { s = read.script; parsed.set(r.uri, s); }
        else { cache.set(key, { ok: false, uri: r.uri, reason: 'not-a-script', detail: read.detail }); return cache.get(key)!; }
      }
      load = { ok: true, uri: r.uri, script: s, text: r.text };
    }
    cache.set(key, load);
    return load;
  };
}

/** Phrases of custom purposes and the config, for one language (as the announcement module merges them). */
export function extraPhrasesFor(policy: Policy | undefined, env: QueryEnv, lang: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [id, cp] of policy?.customPurposes ?? []) {
    const list = cp.phrases[lang];
    if (list?.length) out[id] = [...list];
  }
  for (const [id, list] of Object.entries(env.configPhrases[lang] ?? {})) out[id] = [...(out[id] ?? []), ...list];
  return out;
}

export type { ParsedPolicy };
