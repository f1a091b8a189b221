/**
 * Rule cases, "Retention" (rules.md): storage limitation (art. 5(1)(e) GDPR): every purpose keeps its
 * recordings for a stated, finite time; triggers are declared and used; buffers and samples make sense.
 */
import { type RuleCases, P, runCases } from './kit';

/**
 * A policy: optional `triggers` lines (from line 3), then one recording `service-line` with `recLines`
 * and the given purpose lines.
 */
const pol = (purposes: string[], o: { triggers?: string[]; recLines?: string[]; mode?: string } = {}) =>
  [
    'policy: 1',
    'controller: Acme',
    ...(o.triggers ? ['triggers:', ...o.triggers] : []),
    'recordings:',
    '  - id: service-line',
    `    mode: ${o.mode ?? 'all'}`,
    '    announcement: { text: "This call is recorded.", language: en }',
    ...(o.recLines ?? []),
    ...(purposes.length ? ['    purposes:', ...purposes] : []),
    '',
  ].join('\n');

const evidence = (retention?: string) => ['      - purpose: evidence', '        legal_basis: contract', ...(retention ? [`        retention: ${retention}`] : [])];
const TRIGGERS = ['  escalation-closed:', '    description: The dispute is handled'];

export const RETENTION_CASES: RuleCases[] = [
  {
    rule: 'retention-missing',
    severity: 'error',
    invalid: [
      {
        name: 'a declared purpose with no `retention`: at its `purpose` value',
        files: { [P]: pol(evidence()) },
        expect: [`${P} retention-missing 8:18-8:26 missing`],
      },
      {
        name: 'only the purposes that lack it',
        files: { [P]: pol([...evidence('{ max: P1Y }'), '      - purpose: fraud-prevention', '        legal_basis: legitimate-interests', '        balancing_test: docs/lia.md']) },
        expect: [`${P} retention-missing 11:18-11:34 missing`],
      },
    ],
    valid: [
      { name: 'a `max`', files: { [P]: pol(evidence('{ max: P1Y }')) } },
      { name: 'an `until` naming a declared trigger', files: { [P]: pol(evidence('{ until: escalation-closed }'), { triggers: TRIGGERS }) } },
    ],
  },

  {
    rule: 'retention-trigger-undefined',
    severity: 'error',
    also: ['retention-no-backstop'],
    invalid: [
      {
        name: '`until` names no declared trigger: at the `until` value, and no retention-no-backstop beside it',
        files: { [P]: pol(evidence('{ until: escalation-closd }'), { triggers: TRIGGERS }) },
        expect: [`${P} retention-trigger-undefined 13:29-13:45 undefined`],
      },
      {
        name: 'no `triggers` at all',
        files: { [P]: pol(evidence('{ until: contract-ended, max: P2Y }')) },
        expect: [`${P} retention-trigger-undefined 10:29-10:43 undefined`],
      },
    ],
    valid: [{ name: 'the trigger is declared', files: { [P]: pol(evidence('{ until: escalation-closed, max: P2Y }'), { triggers: TRIGGERS }) } }],
  },

  {
    rule: 'retention-indefinite',
    severity: 'error',
    invalid: [
      {
        name: '`retention: forever`: at the value',
        files: { [P]: pol(evidence('forever')) },
        expect: [`${P} retention-indefinite 10:20-10:27 purpose`],
      },
      {
        name: '`max: indefinite` and `max: Unlimited`',
        files: { [P]: pol([...evidence('{ max: indefinite }'), '      - purpose: fraud-prevention', '        legal_basis: legitimate-interests', '        balancing_test: docs/lia.md', '        retention: { max: Unlimited }']) },
        expect: [`${P} retention-indefinite 10:27-10:37 purpose`, `${P} retention-indefinite 14:27-14:36 purpose`],
      },
      {
        name: "a trigger's `max` that is unlimited",
        files: { [P]: pol(evidence('{ until: escalation-closed }'), { triggers: [...TRIGGERS, '    max: unlimited'] }) },
        expect: [`${P} retention-indefinite 6:10-6:19 trigger`],
      },
    ],
    valid: [{ name: 'finite periods', files: { [P]: pol(evidence('{ until: escalation-closed, max: P10Y }'), { triggers: TRIGGERS }) } }],
  },

  {
    rule: 'retention-no-backstop',
    severity: 'info',
    invalid: [
      {
        name: '`until` a declared trigger, no `max`, and the trigger has no `max`: at the `until` value',
        files: { [P]: pol(evidence('{ until: escalation-closed }'), { triggers: TRIGGERS }) },
        expect: [`${P} retention-no-backstop 13:29-13:46 no-backstop`],
      },
    ],
    valid: [
      { name: 'a `max` beside `until`', files: { [P]: pol(evidence('{ until: escalation-closed, max: P2Y }'), { triggers: TRIGGERS }) } },
      { name: 'the trigger has a `max`', files: { [P]: pol(evidence('{ until: escalation-closed }'), { triggers: [...TRIGGERS, '    max: P2Y'] }) } },
      { name: 'an undefined trigger is retention-trigger-undefined only', files: { [P]: pol(evidence('{ until: nothing-declared }'), { triggers: TRIGGERS }) } },
    ],
  },

  {
    rule: 'trigger-unused',
    severity: 'hint',
    invalid: [
      {
        name: 'a trigger no retention names: at the trigger key',
        files: { [P]: pol(evidence('{ until: escalation-closed, max: P2Y }'), { triggers: [...TRIGGERS, '  contract-ended:', '    description: The contract has ended'] }) },
        expect: [`${P} trigger-unused 6:3-6:17 unused`],
      },
      {
        name: 'a trigger that looks like the mistyped `until` of a purpose: the typo message',
        files: { [P]: pol(evidence('{ until: escalation-closd, max: P2Y }'), { triggers: TRIGGERS }) },
        expect: [`${P} trigger-unused 4:3-4:20 unused-typo`],
      },
    ],
    valid: [{ name: 'every trigger is used', files: { [P]: pol(evidence('{ until: escalation-closed, max: P2Y }'), { triggers: TRIGGERS }) } }],
  },

  {
    rule: 'retroactive-buffer-undefined',
    severity: 'warning',
    invalid: [
      {
        name: '`retroactive: true` without `buffer_retention`: at the `retroactive` value',
        files: { [P]: pol(evidence('{ max: P1Y }'), { mode: 'on-demand', recLines: ['    retroactive: true'] }) },
        expect: [`${P} retroactive-buffer-undefined 7:18-7:22 missing`],
      },
    ],
    valid: [
      { name: 'with a buffer retention', files: { [P]: pol(evidence('{ max: P1Y }'), { mode: 'on-demand', recLines: ['    retroactive: true', '    buffer_retention: PT2H'] }) } },
      { name: '`retroactive: false`', files: { [P]: pol(evidence('{ max: P1Y }'), { mode: 'on-demand', recLines: ['    retroactive: false'] }) } },
    ],
  },

  {
    rule: 'sample-rate-ignored',
    severity: 'warning',
    invalid: [
      {
        name: '`sample_rate` with `mode: all`: at the `sample_rate` entry',
        files: { [P]: pol(evidence('{ max: P1Y }'), { recLines: ['    sample_rate: 0.1'] }) },
        expect: [`${P} sample-rate-ignored 7:5-7:21 ignored`],
      },
      {
        name: 'with `mode: on-demand`',
        files: { [P]: pol(evidence('{ max: P1Y }'), { mode: 'on-demand', recLines: ['    sample_rate: 0.5'] }) },
        expect: [`${P} sample-rate-ignored 7:5-7:21 ignored`],
      },
    ],
    valid: [{ name: '`mode: sampled`', files: { [P]: pol(evidence('{ max: P1Y }'), { mode: 'sampled', recLines: ['    sample_rate: 0.1'] }) } }],
  },
];

runCases('retention', RETENTION_CASES);
