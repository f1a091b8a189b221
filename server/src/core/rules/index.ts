/** The registry: every rule, area by area. The only file that changes when an area is added. */
import { ANNOUNCEMENT_RULES } from './announcement/index';
import { FILES_RULES } from './files/index';
import { FLOW_RULES } from './flows/index';
import { LEGAL_BASIS_RULES } from './legal-basis/index';
import { PEOPLE_RULES } from './people/index';
import { RETENTION_RULES } from './retention/index';
import type { EngineRule, Rule, RuleMeta } from './types';

export const RULES: readonly Rule[] = [...FILES_RULES, ...FLOW_RULES, ...LEGAL_BASIS_RULES, ...ANNOUNCEMENT_RULES, ...RETENTION_RULES, ...PEOPLE_RULES];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.meta.id));

/** Every rule's meta, by id. */
export const RULE_META: ReadonlyMap<string, RuleMeta> = new Map(RULES.map((r) => [r.meta.id, r.meta]));

/** A rule whose findings the engine makes itself (yaml-syntax, schema, internal-error, …), by id; a missing one is a bug. */
export function engineRule(id: string): EngineRule {
  const r = RULES.find((x): x is EngineRule => x.kind === 'engine' && x.meta.id === id);
  if (!r) throw new Error(`the registry has no engine rule \`${id}\``);
  return r;
}
