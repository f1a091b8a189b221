/** The registry: every rule, area by area. The only file that changes when an area is added. */
import { ANNOUNCEMENT_RULES } from './announcement/index';
import { FILES_RULES } from './files/index';
import { LEGAL_BASIS_RULES } from './legal-basis/index';
import { PEOPLE_RULES } from './people/index';
import { RETENTION_RULES } from './retention/index';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [...FILES_RULES, ...LEGAL_BASIS_RULES, ...ANNOUNCEMENT_RULES, ...RETENTION_RULES, ...PEOPLE_RULES];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.meta.id));
