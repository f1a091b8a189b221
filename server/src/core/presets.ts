/**
 * The configs built into reclint, for `extends: reclint:<name>` in `.reclintrc.yaml`:
 * - `reclint:recommended`: every rule at the severity rules.md gives it (what no config means);
 * - `reclint:strict`: every rule that warns by default is an error and every info rule a warning, and a
 *   suppression must say why (a rule's milder finding, such as a legal-basis alias, keeps its severity).
 */
import type { ReclintConfig, RuleSetting } from './config';
import { RULES } from './rules/index';

function strict(): ReclintConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const r of RULES) {
    if (r.meta.defaultSeverity === 'warning') rules[r.meta.id] = 'error';
    else if (r.meta.defaultSeverity === 'info') rules[r.meta.id] = 'warning';
  }
  rules['suppression-without-reason'] = 'error';
  return { rules };
}

export const PRESETS: Readonly<Record<string, () => ReclintConfig>> = {
  'reclint:recommended': () => ({}),
  'reclint:strict': strict,
};
