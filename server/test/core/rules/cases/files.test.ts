/**
 * Rule cases, "Files and references" and "Suppression and configuration" (rules.md): parsing, the
 * schema, references to scripts and prompts, script syntax, engine failures, and inline suppressions.
 */
import { TRANSCRIPTS_NOT_FOUND } from './flows.test';
import { type RuleCases, IVR, P, PJ, dedent, runCases } from './kit';

const HEAD = 'policy: 1\ncontroller: Acme\n';

/** A clean recording whose notice is inline, with the given extra recording lines. */
const rec = (lines = '', purposes = '      - purpose: staff-training\n        legal_basis: consent\n        consent: { mechanism: verbal }\n        retention: { max: P3M }\n') =>
  `${HEAD}recordings:\n  - id: service-line\n    mode: all\n    announcement: { text: "This call is recorded for training purposes.", language: en }\n${lines}    purposes:\n${purposes}`;

export const FILES_CASES: RuleCases[] = [
  {
    rule: 'yaml-syntax',
    severity: 'error',
    also: ['schema', 'subject-access-undefined'],
    invalid: [
      {
        name: 'a key set twice: at the second key, and no other finding',
        files: { [P]: `${HEAD}controller: Acme B.V.\nrecordings:\n  - id: service-line\n    mode: all\n` },
        expect: [`${P} yaml-syntax 3:1-3:11 syntax`],
      },
      {
        name: 'an unclosed quote: one finding (not one per token that follows), where the parser gave up',
        files: { [P]: `${HEAD}recordings:\n  - id: service-line\n    mode: all\n    announcement: { text: "This call is recorded }\n` },
        expect: [`${P} yaml-syntax 7:1-7:1 syntax`],
      },
      {
        name: 'a second document after `---`: at the `---`',
        files: { [P]: `${HEAD}recordings: []\n---\npolicy: 1\n` },
        expect: [`${P} yaml-syntax 4:1-4:4 syntax`],
      },
      {
        name: 'an alias that names no anchor: at the alias',
        files: { [P]: `${HEAD}recordings:\n  - id: service-line\n    mode: *nope\n` },
        expect: [`${P} yaml-syntax 5:11-5:16 syntax`],
      },
      {
        name: 'an empty file',
        files: { [P]: '' },
        expect: [`${P} yaml-syntax 1:1-1:1 syntax`],
      },
      {
        name: 'JSON with a missing comma: one finding, at the first error',
        files: { [PJ]: '{\n  "policy": 1\n  "controller": "Acme",\n  "recordings": []\n}\n' },
        expect: [`${PJ} yaml-syntax 3:3-3:15 syntax`],
      },
      {
        name: 'JSON that stops in the middle: one finding, at the end',
        files: { [PJ]: '{\n  "policy": 1,\n  "controller": "Acme",\n  "recordings": [\n' },
        expect: [`${PJ} yaml-syntax 5:1-5:1 syntax`],
      },
      {
        // A `.json` policy is JSON: a missing value must not be read as YAML's null (policy-format.md: typos must not pass silently).
        name: 'JSON that does not parse as JSON but would as YAML (a value missing after a key): at the comma',
        files: { [PJ]: '{\n  "policy": 1,\n  "controller": ,\n  "recordings": []\n}\n' },
        expect: [`${PJ} yaml-syntax 3:17-3:18 syntax`],
      },
    ],
    valid: [
      { name: 'a well-formed policy', files: { [P]: rec() } },
      { name: 'a JSON policy that starts with a byte order mark', files: { [PJ]: '\ufeff{ "policy": 1, "controller": "Acme", "recordings": [{ "id": "x", "mode": "none" }] }' } },
      { name: 'anchors and aliases that resolve', files: { [P]: `${HEAD}x-roles: &roles [quality]\nrecordings:\n  - id: service-line\n    mode: none\n    access: { roles: *roles }\n` } },
    ],
  },

  {
    rule: 'schema',
    severity: 'error',
    invalid: [
      {
        name: 'a value outside the enum: at the value',
        files: { [P]: rec().replace('mode: all', 'mode: always') },
        expect: [`${P} schema 5:11-5:17 invalid`],
      },
      {
        name: 'an unknown key (a typo): at the key',
        files: { [P]: rec().replace('retention: { max: P3M }', 'retension: { max: P3M }') },
        expect: [`${P} schema 11:9-11:18 invalid`],
      },
      {
        name: 'a missing required top-level key: at the document\'s first key',
        files: { [P]: 'policy: 1\nrecordings:\n  - id: service-line\n    mode: none\n' },
        expect: [`${P} schema 1:1-1:7 invalid`],
      },
      {
        name: 'a missing recording-level key (`sample_rate` of a sampled recording): at the recording\'s id value',
        files: { [P]: `${HEAD}recordings:\n  - id: service-line\n    mode: sampled\n` },
        expect: [`${P} schema 4:9-4:21 invalid`],
      },
      {
        name: 'a sample rate out of range: at the value',
        files: { [P]: rec('    sample_rate: 1.5\n').replace('mode: all', 'mode: sampled') },
        expect: [`${P} schema 7:18-7:21 invalid`],
      },
    ],
    valid: [
      { name: 'own annotations under `x-` keys', files: { [P]: rec('    x-reviewed-by: dpo@acme.example\n') } },
      {
        name: 'an unknown legal basis is unknown-legal-basis, not also schema',
        files: { [P]: rec('', '      - purpose: evidence\n        legal_basis: contrakt\n        retention: { max: P1Y }\n') },
      },
    ],
  },

  {
    rule: 'unknown-legal-basis',
    also: ['schema'],
    invalid: [
      {
        name: 'a known alias (warning, read as `contract`) and a typo: at the values',
        files: {
          [P]: rec(
            '',
            [
              '      - purpose: evidence',
              '        legal_basis: uitvoering-overeenkomst',
              '        retention: { max: P2Y }',
              '      - purpose: quality-assurance',
              '        legal_basis: legitimate-intrests',
              '        balancing_test: docs/lia.md',
              '        retention: { max: P30D }',
              '',
            ].join('\n'),
          ),
        },
        expect: [`${P} unknown-legal-basis 9:22-9:45 alias`, `${P} unknown-legal-basis 12:22-12:41 unknown`],
        // rules.md: error; warning when the value is a known alias, which reclint reads as its canonical basis.
        severities: { [`${P} unknown-legal-basis 9:22-9:45 alias`]: 'warning', [`${P} unknown-legal-basis 12:22-12:41 unknown`]: 'error' },
      },
      {
        name: 'article numbers are aliases: `6(1)(f)`',
        files: { [P]: rec('', '      - purpose: quality-assurance\n        legal_basis: 6(1)(f)\n        balancing_test: docs/lia.md\n        retention: { max: P30D }\n') },
        expect: [`${P} unknown-legal-basis 9:22-9:29 alias`],
        severities: { [`${P} unknown-legal-basis 9:22-9:29 alias`]: 'warning' },
      },
    ],
    valid: [
      { name: 'canonical values', files: { [P]: rec('', '      - purpose: evidence\n        legal_basis: contract\n        retention: { max: P2Y }\n') } },
    ],
  },

  {
    rule: 'unknown-purpose',
    severity: 'error',
    also: ['schema'],
    invalid: [
      {
        name: 'a typo in `purposes` and an undeclared custom purpose in `uses`: at the ids',
        files: {
          [P]: rec(
            '',
            [
              '      - purpose: quality-assurence',
              '        legal_basis: legitimate-interests',
              '        balancing_test: docs/lia.md',
              '        retention: { max: P30D }',
              '    uses:',
              '      - purpose: route-optimisation',
              '        by: [routing-team]',
              '',
            ].join('\n'),
          ),
        },
        expect: [`${P} unknown-purpose 8:18-8:35 unknown`, `${P} unknown-purpose 13:18-13:36 unknown`],
      },
      {
        name: "a processor's purpose",
        files: { [P]: rec('    processors:\n      - name: TelcoNet\n        purpose: line-checks\n        agreement: docs/dpa.pdf\n') },
        expect: [`${P} unknown-purpose 9:18-9:29 unknown`],
      },
    ],
    valid: [
      {
        name: 'a custom purpose declared under `custom_purposes`',
        files: {
          [P]: rec(
            '',
            '      - purpose: route-optimisation\n        legal_basis: legitimate-interests\n        balancing_test: docs/lia.md\n        retention: { max: P30D }\n',
          ).replace(HEAD, `${HEAD}custom_purposes:\n  route-optimisation:\n    description: Tuning call routing\n`),
        },
      },
    ],
  },

  {
    rule: 'invalid-duration',
    severity: 'error',
    also: ['schema'],
    invalid: [
      {
        name: 'durations in words, in a trigger, a buffer and a retention: at each value',
        files: {
          [P]: [
            'policy: 1',
            'controller: Acme',
            'triggers:',
            '  escalation-closed:',
            '    description: The complaint is handled',
            '    max: 2 jaar',
            'recordings:',
            '  - id: service-line',
            '    mode: on-demand',
            '    retroactive: true',
            '    buffer_retention: two hours',
            '    purposes:',
            '      - purpose: evidence',
            '        legal_basis: contract',
            '        retention: { until: escalation-closed, max: 90 days }',
            '',
          ].join('\n'),
        },
        expect: [`${P} invalid-duration 6:10-6:16 not-iso`, `${P} invalid-duration 11:23-11:32 not-iso`, `${P} invalid-duration 15:53-15:60 not-iso`],
      },
    ],
    valid: [
      { name: 'ISO 8601 durations', files: { [P]: rec('    retroactive: true\n    buffer_retention: PT2H\n').replace('mode: all', 'mode: on-demand').replace('P3M', 'P1Y2M10DT2H30M') } },
      { name: '`indefinite` is retention-indefinite, not invalid-duration', files: { [P]: rec().replace('{ max: P3M }', '{ max: indefinite }') } },
    ],
  },

  {
    rule: 'script-not-found',
    severity: 'error',
    invalid: [
      ...TRANSCRIPTS_NOT_FOUND.invalid,
      {
        name: 'a script path that points to no file: at the `script` value (relative to the policy)',
        files: {
          'policies/service.recording-policy.yaml': rec().replace('{ text: "This call is recorded for training purposes.", language: en }', '{ script: ivr/service.ivr }'),
          [IVR]: 'lang en\nsay notice "This call is recorded for training purposes."\nrecord start\n',
        },
        expect: ['policies/service.recording-policy.yaml script-not-found 6:29-6:44 unusable'],
      },
      {
        name: 'a directory is not a script',
        files: { [P]: rec().replace('{ text: "This call is recorded for training purposes.", language: en }', '{ script: ivr/ }') },
        expect: [`${P} script-not-found 6:29-6:33 unusable`],
      },
    ],
    valid: [
      ...TRANSCRIPTS_NOT_FOUND.valid,
      {
        name: 'the script is there',
        files: {
          'policies/service.recording-policy.yaml': rec().replace('{ text: "This call is recorded for training purposes.", language: en }', '{ script: ../ivr/service.ivr }'),
          [IVR]: 'lang en\nsay notice "This call is recorded for training purposes."\nrecord start\n',
        },
      },
      {
        name: '`mode: none` reads no script',
        files: { [P]: rec().replace('mode: all', 'mode: none').replace('{ text: "This call is recorded for training purposes.", language: en }', '{ script: ivr/gone.ivr }') },
      },
    ],
  },

  {
    rule: 'script-not-named',
    severity: 'info',
    invalid: [
      {
        name: 'a script given by name that no policy reads: at its first line',
        files: { [IVR]: 'lang en\nsay notice "This call is recorded for training purposes."\nrecord start\n' },
        options: { named: [IVR] },
        expect: [`${IVR} script-not-named 1:1-1:8 not-named`],
      },
      {
        name: 'a policy that names another script does not count',
        files: { [P]: rec().replace('{ text: "This call is recorded for training purposes.", language: en }', '{ script: ivr/other.ivr }'), [IVR]: '# the sales line\nlang en\n' },
        options: { named: [IVR] },
        expect: [`${IVR} script-not-named 1:1-1:17 not-named`],
      },
    ],
    valid: [
      {
        name: 'a script a policy reads',
        files: { [P]: rec().replace('{ text: "This call is recorded for training purposes.", language: en }', '{ script: ivr/service.ivr }'), [IVR]: 'lang en\nsay notice "This call is recorded for training purposes."\nrecord start\n' },
        options: { named: [IVR] },
      },
      { name: 'a script met in a folder, not given by name', files: { [IVR]: 'lang en\n' } },
    ],
  },

  {
    rule: 'ivr-syntax',
    severity: 'error',
    invalid: [
      {
        name: 'a wrong `record` action and a menu label that does not exist: at the offending words',
        files: {
          [IVR]: dedent(`
            lang en
            welcome:
            say recording-notice "This call is recorded for training purposes."
            record begin
            menu 1=sales 2=suport
            sales:
            transfer sales-queue
            support:
            transfer support-queue
          `),
        },
        expect: [`${IVR} ivr-syntax 4:8-4:13 syntax`, `${IVR} ivr-syntax 5:16-5:22 syntax`],
      },
      {
        name: 'an unknown step',
        files: { [IVR]: 'lang en\nplay "hello"\n' },
        expect: [`${IVR} ivr-syntax 2:1-2:5 syntax`],
      },
      {
        name: 'in a script read through a policy',
        files: {
          [P]: rec().replace('{ text: "This call is recorded for training purposes.", language: en }', '{ script: ivr/service.ivr }'),
          [IVR]: 'lang en\nsay notice "This call is recorded for training purposes."\nrecord begin\n',
        },
        options: { lint: [P] },
        expect: [`${IVR} ivr-syntax 3:8-3:13 syntax`],
      },
    ],
    valid: [
      {
        name: 'every step of the spec',
        files: {
          [IVR]: dedent(`
            # Acme service line
            lang nl
            welcome:
            say greeting "Welkom bij Acme Klantenservice."
            say recording-notice "Dit gesprek kan worden opgenomen voor trainings- en
              kwaliteitsdoeleinden."
            consent training-consent "Druk 1 als u akkoord gaat met opname voor training." accept=1 refuse=2
            record start
            menu 1=sales 2=support
            sales:
            say "U wordt doorverbonden met verkoop."
            transfer sales-queue
            support:
            lang en
            say recording-notice-en "This call may be recorded for training and quality purposes."
            record stop
            goto welcome
            hangup
          `),
        },
      },
    ],
  },

  {
    rule: 'placeholder-value',
    severity: 'info',
    invalid: [
      {
        name: 'the controller a schema suggestion wrote: at the value',
        files: { [P]: rec().replace('controller: Acme', 'controller: TODO the organisation that decides on the recording') },
        expect: [`${P} placeholder-value 2:13-2:64 placeholder`],
      },
      {
        name: 'placeholders deep in a recording and in a list',
        files: { [P]: rec('    access: { roles: [TODO] }\n').replace('id: service-line', 'id: TODO-recording-id') },
        expect: [`${P} placeholder-value 4:9-4:26 placeholder`, `${P} placeholder-value 7:23-7:27 placeholder`],
      },
    ],
    valid: [
      { name: 'the word later in a value is no placeholder', files: { [P]: rec().replace('controller: Acme', 'controller: Acme (fix the TODO list)') } },
      { name: 'a word that starts with TODO is no placeholder', files: { [P]: rec().replace('controller: Acme', 'controller: TODOS B.V.') } },
    ],
  },

  {
    rule: 'unused-suppression',
    severity: 'hint',
    invalid: [
      {
        name: 'a directive whose id is not a rule: at that id',
        files: { [P]: rec().replace('  - id: service-line', '  # reclint-disable-next-line purpose-not-anounced -- announced in the new notice\n  - id: service-line') },
        expect: [`${P} unused-suppression 4:31-4:51 unused`],
      },
      {
        name: 'a directive for a real rule that has nothing to silence on the next line',
        files: { [P]: rec().replace('      - purpose: staff-training', '      # reclint-disable-next-line purpose-not-announced -- it is announced\n      - purpose: staff-training') },
        expect: [`${P} unused-suppression 8:35-8:56 unused`],
      },
      {
        name: 'in a .ivr script',
        files: { [IVR]: 'lang en\n# reclint-disable-next-line ivr-syntax -- nothing wrong below\nsay notice "This call is recorded."\n' },
        expect: [`${IVR} unused-suppression 2:29-2:39 unused`],
      },
      {
        name: 'a directive on the last line, with no line below',
        files: { [P]: `${rec()}# reclint-disable-next-line schema -- nothing below\n` },
        expect: [`${P} unused-suppression 12:29-12:35 unused`],
      },
      {
        name: 'a directive that names no rule at all',
        files: { [P]: rec().replace('  - id: service-line', '  # reclint-disable-next-line -- no id\n  - id: service-line') },
        expect: [`${P} unused-suppression 4:3-4:39 no-ids`],
      },
    ],
    valid: [
      {
        name: 'a directive that silences a finding on the next line',
        files: { [P]: rec('', '      # reclint-disable-next-line purpose-not-announced -- new notice goes live with IVR release 14\n      - purpose: evidence\n        legal_basis: contract\n        retention: { max: P2Y }\n') },
      },
    ],
  },

  {
    rule: 'suppression-without-reason',
    severity: 'warning',
    invalid: [
      {
        name: 'a directive without `-- <reason>`: at the directive',
        files: { [P]: rec('', '      # reclint-disable-next-line purpose-not-announced\n      - purpose: evidence\n        legal_basis: contract\n        retention: { max: P2Y }\n') },
        expect: [`${P} suppression-without-reason 8:7-8:56 no-reason`],
      },
      {
        name: 'an empty reason after `--`',
        files: { [P]: rec('', '      # reclint-disable-next-line purpose-not-announced --\n      - purpose: evidence\n        legal_basis: contract\n        retention: { max: P2Y }\n') },
        expect: [`${P} suppression-without-reason 8:7-8:59 no-reason`],
      },
      {
        name: 'in a .ivr script',
        files: { [IVR]: 'lang en\n# reclint-disable-next-line ivr-syntax\nrecord begin\n' },
        expect: [`${IVR} suppression-without-reason 2:1-2:39 no-reason`],
      },
    ],
    valid: [
      {
        name: 'a directive with a reason',
        files: { [P]: rec('', '      # reclint-disable-next-line purpose-not-announced -- new notice goes live with IVR release 14 (DPO, 2024-05-02)\n      - purpose: evidence\n        legal_basis: contract\n        retention: { max: P2Y }\n') },
      },
    ],
  },

  {
    rule: 'too-many-findings',
    severity: 'error',
    also: ['schema'],
    invalid: [
      {
        name: 'more findings than the limit: the first ones in reading order, then one at the first left out that counts the rest',
        files: { [P]: rec().replace('controller: Acme\n', 'controller: Acme\nlanguages: [xx1, xx2, xx3, xx4, xx5]\n') },
        // 13 findings in all (each bad code is also a language without a notice); 5 listed.
        options: { maxFindingsPerFile: 5 },
        expect: [`${P} schema 3:13-3:16 invalid`, `${P} schema 3:18-3:21 invalid`, `${P} too-many-findings 3:23-3:26 capped`],
      },
    ],
    valid: [
      { name: 'as many findings as the limit (7)', files: { [P]: rec().replace('controller: Acme\n', 'controller: Acme\nlanguages: [xx1, xx2]\n') }, options: { maxFindingsPerFile: 7 } },
      { name: 'turned off in the config: the first findings only, no count', files: { [P]: rec().replace('controller: Acme\n', 'controller: Acme\nlanguages: [xx1, xx2, xx3, xx4, xx5]\n') }, options: { maxFindingsPerFile: 5, rules: { 'too-many-findings': 'off' } } },
      { name: 'the default limit (1,000) leaves a real policy alone', files: { [P]: rec().replace('controller: Acme\n', 'controller: Acme\nlanguages: [xx1, xx2, xx3, xx4, xx5]\n') } },
    ],
  },

  {
    rule: 'internal-error',
    severity: 'error',
    invalid: [
      {
        name: 'a rule that throws: one finding at the start of the file, naming the rule; the other rules still run',
        files: { [P]: rec() },
        throwIn: 'vague-purpose',
        expect: [`${P} internal-error 1:1-1:1 failed`],
      },
      {
        name: 'a script rule that throws: on the script',
        files: { [IVR]: 'lang en\nsay notice "This call is recorded."\n' },
        throwIn: 'ivr-syntax',
        expect: [`${IVR} internal-error 1:1-1:1 failed`],
      },
    ],
    valid: [{ name: 'no rule throws', files: { [P]: rec() } }],
  },
];

runCases('files and suppression', FILES_CASES);
