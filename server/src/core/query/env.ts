/** What the query helpers may ask of their host: reading a script a policy names, and extra phrases. */
import type { Locale } from '../i18n/locale';
import type { ScriptLoad } from '../announcement';
import type { LintRequest } from '../engine';
import { hasFollowableRefs, linkFlowSet } from '../flows/flow-set';
import type { FlowSetOptions } from '../flows/flow-ref';
import { readFlow } from '../flows/read';
import type { IvrScript } from '../ivr/model';
import { raw } from '../flows/words';
import type { Policy } from '../policy/model';
import type { ParsedPolicy } from './context';

export interface QueryEnv {
  /** The policy's (or script's) own uri. */
  uri: string;
  /** The host's script reader, with the same root guard as linting. */
  readScript: LintRequest['readScript'];
  /** Extra phrases from the config, per language and purpose id. */
  configPhrases: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  /** Flow sets across files (`flows:` of the config): a policy's script is read with the files it reaches. */
  flows?: FlowSetOptions;
  /** The language of hover texts (English when absent). */
  locale?: Locale;
  /** `.ivr` files next to the policy, as paths relative to it (for completion). */
  listScripts?(): string[];
}

/** A caching script loader over the host's reader, as the engine builds one. */
export function scriptLoader(env: QueryEnv): (fromUri: string, rel: string) => ScriptLoad {
  const cache = new Map<string, ScriptLoad>();
  const parsed = new Map<string, IvrScript>();
  /** One file, read and parsed once. */
  const plain = (fromUri: string, rel: string): ScriptLoad => {
    const key = `${fromUri}\u0000${rel}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const r = env.readScript(fromUri, rel);
    let load: ScriptLoad;
    if (!r.ok) load = { ok: false, uri: r.uri, reason: r.reason, detail: r.detail === undefined ? undefined : raw(r.detail) };
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
  const sets = new Map<string, ScriptLoad>();
  return (fromUri, rel) => {
    const load = plain(fromUri, rel);
    // A policy's script with the files its references reach, joined as the linter joins them (ivr-formats.md §6).
    if (!load.ok || fromUri !== env.uri || !hasFollowableRefs(load.script)) return load;
    let joined = sets.get(load.uri);
    if (!joined) {
      const set = linkFlowSet(load, { load: plain }, env.flows ?? {});
      joined = { ...load, script: set.script, set };
      sets.set(load.uri, joined);
    }
    return joined;
  };
}

/** The texts of every file a load read: the script's, and those of its flow set. */
export function loadTexts(load: ScriptLoad): [string, string][] {
  if (!load.ok) return [];
  return load.set ? load.set.members.map((m) => [m.uri, m.text]) : [[load.uri, load.text]];
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
