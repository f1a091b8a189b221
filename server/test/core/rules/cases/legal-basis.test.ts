/**
 * Rule cases, "Legal basis" (rules.md): every declared purpose needs a lawful basis (art. 6(1) GDPR) and
 * what that basis asks for; special categories, personal use, publication and emotion recognition.
 */
import { type RuleCases, IVR, P, dedent, runCases } from './kit';

/**
 * A policy with one recording `service-line` (inline notice at line 6) and the given purpose lines, which
 * start at line 8 (`      - purpose: …`). `recLines` go before `purposes:` (and shift it down).
 */
const pol = (purposes: string[], o: { head?: string[]; recLines?: string[]; announcement?: string } = {}) =>
  [
    'policy: 1',
    'controller: Acme',
    ...(o.head ?? []),
    'recordings:',
    '  - id: service-line',
    '    mode: all',
    o.announcement ?? '    announcement: { text: "This call is recorded.", language: en }',
    ...(o.recLines ?? []),
    '    purposes:',
    ...purposes,
    '',
  ].join('\n');

const purpose = (id: string, basis: string | undefined, extra: string[] = []) => [
  `      - purpose: ${id}`,
  ...(basis ? [`        legal_basis: ${basis}`] : []),
  ...extra,
  '        retention: { max: P30D }',
];
const LI = ['        balancing_test: docs/lia.md'];

const NO_CONSENT_IVR = dedent(`
  lang en
  say recording-notice "This call is recorded for training purposes."
  record start
`);
const CONSENT_IVR = dedent(`
  lang en
  say recording-notice "This call may be recorded for training purposes."
  consent training-consent "Press 1 to agree to recording for training." accept=1 refuse=2
  record start
`);

export const LEGAL_BASIS_CASES: RuleCases[] = [
  {
    rule: 'legal-basis-missing',
    severity: 'error',
    invalid: [
      {
        name: 'a declared purpose without `legal_basis`: at its `purpose` value',
        files: { [P]: pol(purpose('evidence', undefined)) },
        expect: [`${P} legal-basis-missing 8:18-8:26 missing`],
      },
      {
        name: 'one finding per purpose that lacks it',
        files: { [P]: pol([...purpose('evidence', 'contract'), ...purpose('quality-assurance', undefined), ...purpose('fraud-prevention', undefined)]) },
        expect: [`${P} legal-basis-missing 11:18-11:35 missing`, `${P} legal-basis-missing 13:18-13:34 missing`],
      },
    ],
    valid: [
      { name: 'every purpose has a basis', files: { [P]: pol(purpose('evidence', 'contract')) } },
      { name: 'an alias is a basis (unknown-legal-basis says so)', files: { [P]: pol(purpose('evidence', 'overeenkomst')) } },
    ],
  },

  {
    rule: 'balancing-test-missing',
    severity: 'warning',
    invalid: [
      {
        name: '`legitimate-interests` without `balancing_test`: at the `purpose` value',
        files: { [P]: pol(purpose('quality-assurance', 'legitimate-interests')) },
        expect: [`${P} balancing-test-missing 8:18-8:35 missing`],
      },
      {
        name: 'an alias of legitimate interests counts as that basis',
        files: { [P]: pol(purpose('quality-assurance', 'gerechtvaardigd-belang')) },
        expect: [`${P} balancing-test-missing 8:18-8:35 missing`],
      },
    ],
    valid: [
      { name: 'with a balancing test', files: { [P]: pol(purpose('quality-assurance', 'legitimate-interests', LI)) } },
      { name: 'another basis needs none', files: { [P]: pol(purpose('evidence', 'contract')) } },
    ],
  },

  {
    rule: 'consent-not-active',
    severity: 'error',
    invalid: [
      {
        name: '`mechanism: implied`: at that value',
        files: { [P]: pol(purpose('staff-training', 'consent', ['        consent: { mechanism: implied }'])) },
        expect: [`${P} consent-not-active 10:31-10:38 implied`],
      },
      {
        name: 'consent with no mechanism at all: at the `purpose` value',
        files: { [P]: pol(purpose('staff-training', 'consent')) },
        expect: [`${P} consent-not-active 8:18-8:32 no-mechanism`],
      },
      {
        name: '`ivr-keypress` while the script has no `consent` step: at the mechanism',
        files: {
          [P]: pol(purpose('staff-training', 'consent', ['        consent: { mechanism: ivr-keypress }']), { announcement: '    announcement: { script: ivr/service.ivr }' }),
          [IVR]: NO_CONSENT_IVR,
        },
        expect: [`${P} consent-not-active 10:31-10:43 no-consent-step`],
      },
    ],
    valid: [
      {
        name: '`ivr-keypress` with a consent question in the script',
        files: {
          [P]: pol(purpose('staff-training', 'consent', ['        consent: { mechanism: ivr-keypress }']), { announcement: '    announcement: { script: ivr/service.ivr }' }),
          [IVR]: CONSENT_IVR,
        },
      },
      {
        name: 'verbal and written consent are not looked for in the script',
        files: {
          [P]: pol([...purpose('staff-training', 'consent', ['        consent: { mechanism: verbal }']), ...purpose('ai-training', 'consent', ['        consent: { mechanism: written }'])], {
            announcement: '    announcement: { script: ivr/service.ivr }',
          }),
          [IVR]: NO_CONSENT_IVR,
        },
      },
      { name: 'a basis other than consent', files: { [P]: pol(purpose('evidence', 'contract')) } },
    ],
  },

  {
    rule: 'basis-not-necessary-for-contract',
    severity: 'warning',
    also: ['training-needs-consent'],
    invalid: [
      {
        name: 'staff training under contract: this rule and training-needs-consent on the same node (they say different things)',
        files: { [P]: pol(purpose('staff-training', 'contract')) },
        expect: [`${P} basis-not-necessary-for-contract 9:22-9:30 not-necessary`, `${P} training-needs-consent 9:22-9:30 eu`],
      },
      {
        name: 'each purpose a contract does not need: at the `legal_basis` value',
        files: {
          [P]: pol(['employee-evaluation', 'marketing', 'ai-training', 'speech-analytics', 'emotion-recognition', 'publication'].flatMap((id) => purpose(id, 'contract'))),
        },
        expect: [9, 12, 15, 18, 21, 24].map((l) => `${P} basis-not-necessary-for-contract ${l}:22-${l}:30 not-necessary`),
      },
      {
        name: 'an alias of contract counts as contract',
        files: { [P]: pol(purpose('marketing', 'uitvoering-overeenkomst')) },
        expect: [`${P} basis-not-necessary-for-contract 9:22-9:45 not-necessary`],
      },
    ],
    valid: [
      { name: 'evidence of what was agreed is necessary for the contract', files: { [P]: pol(purpose('evidence', 'contract')) } },
      { name: 'staff training on consent', files: { [P]: pol(purpose('staff-training', 'consent', ['        consent: { mechanism: verbal }'])) } },
    ],
  },

  {
    rule: 'training-needs-consent',
    invalid: [
      {
        name: 'staff training on legitimate interests: warning in the EU profile, at the `legal_basis` value',
        files: { [P]: pol(purpose('staff-training', 'legitimate-interests', LI)) },
        expect: [`${P} training-needs-consent 9:22-9:42 eu`],
        severities: { [`${P} training-needs-consent 9:22-9:42 eu`]: 'warning' },
      },
      {
        name: 'the DK profile raises it to an error',
        files: { [P]: pol(purpose('staff-training', 'legitimate-interests', LI), { head: ['jurisdiction: DK'] }) },
        expect: [`${P} training-needs-consent 10:22-10:42 dk`],
        severities: { [`${P} training-needs-consent 10:22-10:42 dk`]: 'error' },
      },
      {
        name: 'the default jurisdiction from the config selects DK too',
        files: { [P]: pol(purpose('staff-training', 'legal-obligation', ['        law: Some Act'])) },
        options: { jurisdiction: 'DK' },
        expect: [`${P} training-needs-consent 9:22-9:38 dk`],
        severities: { [`${P} training-needs-consent 9:22-9:38 dk`]: 'error' },
      },
    ],
    valid: [
      { name: 'staff training on consent', files: { [P]: pol(purpose('staff-training', 'consent', ['        consent: { mechanism: verbal }'])) } },
      { name: 'DK: consent', files: { [P]: pol(purpose('staff-training', 'consent', ['        consent: { mechanism: verbal }']), { head: ['jurisdiction: DK'] }) } },
      { name: 'other purposes on legitimate interests', files: { [P]: pol(purpose('quality-assurance', 'legitimate-interests', LI)) } },
    ],
  },

  {
    rule: 'legal-obligation-unreferenced',
    severity: 'warning',
    invalid: [
      {
        name: '`legal-obligation` without `law`: at the `purpose` value',
        files: { [P]: pol(purpose('legal-compliance', 'legal-obligation')) },
        expect: [`${P} legal-obligation-unreferenced 8:18-8:34 missing`],
      },
      {
        name: 'the Dutch alias `wettelijke-plicht`',
        files: { [P]: pol(purpose('legal-compliance', 'wettelijke-plicht')) },
        expect: [`${P} legal-obligation-unreferenced 8:18-8:34 missing`],
      },
    ],
    valid: [{ name: 'with the statute', files: { [P]: pol(purpose('legal-compliance', 'legal-obligation', ['        law: MiFID II art. 16(7)'])) } }],
  },

  {
    rule: 'special-category-without-condition',
    severity: 'error',
    invalid: [
      {
        name: '`data` holds health data and there is no `art9_condition`: at the special category in `data`',
        files: { [P]: pol(purpose('evidence', 'contract'), { recLines: ['    data: [voice, phone-number, health]'] }) },
        expect: [`${P} special-category-without-condition 7:33-7:39 missing`],
      },
    ],
    valid: [
      { name: 'with a condition', files: { [P]: pol(purpose('evidence', 'contract'), { recLines: ['    data: [voice, health]', '    art9_condition: 9(2)(h)'] }) } },
      { name: 'no special category', files: { [P]: pol(purpose('evidence', 'contract'), { recLines: ['    data: [voice, phone-number, customer-id, payment-data]'] }) } },
    ],
  },

  {
    rule: 'personal-use-by-organisation',
    severity: 'error',
    invalid: [
      {
        name: 'a policy declares `personal-use`: at that purpose',
        files: { [P]: pol(purpose('personal-use', 'legitimate-interests', LI)) },
        expect: [`${P} personal-use-by-organisation 8:18-8:30 personal-use`],
      },
    ],
    valid: [{ name: 'an organisational purpose', files: { [P]: pol(purpose('staff-safety', 'legitimate-interests', LI)) } }],
  },

  {
    rule: 'publication-without-consent',
    severity: 'error',
    invalid: [
      {
        name: '`publication` on legitimate interests: at the `legal_basis` value',
        files: { [P]: pol(purpose('publication', 'legitimate-interests', LI)) },
        expect: [`${P} publication-without-consent 9:22-9:42 not-consent`],
      },
      {
        name: '`publication` under contract',
        files: { [P]: pol(purpose('publication', 'contract')) },
        expect: [`${P} publication-without-consent 9:22-9:30 not-consent`],
      },
    ],
    valid: [{ name: 'on written consent', files: { [P]: pol(purpose('publication', 'consent', ['        consent: { mechanism: written }'])) } }],
  },

  {
    rule: 'emotion-recognition-workplace',
    invalid: [
      {
        name: 'declared on calls between staff (`direction: internal`): error, at the `purpose` value',
        files: { [P]: pol(purpose('emotion-recognition', 'consent', ['        consent: { mechanism: written }']), { recLines: ['    direction: internal'] }) },
        expect: [`${P} emotion-recognition-workplace 9:18-9:37 workplace`],
        severities: { [`${P} emotion-recognition-workplace 9:18-9:37 workplace`]: 'error' },
      },
      {
        name: 'declared on inbound customer calls: the milder finding',
        files: { [P]: pol(purpose('emotion-recognition', 'consent', ['        consent: { mechanism: written }']), { recLines: ['    direction: inbound'] }) },
        expect: [`${P} emotion-recognition-workplace 9:18-9:37 calls`],
        severities: { [`${P} emotion-recognition-workplace 9:18-9:37 calls`]: 'warning' },
      },
      {
        name: 'used by a processor but not declared: at the use',
        files: {
          [P]: pol(purpose('quality-assurance', 'legitimate-interests', LI), {
            recLines: ['    direction: outbound', '    processors:', '      - name: Moodmeter', '        purpose: emotion-recognition', '        agreement: docs/dpa.pdf'],
          }),
        },
        expect: [`${P} emotion-recognition-workplace 10:18-10:37 calls`],
      },
    ],
    valid: [
      { name: 'speech analytics on internal calls (topics, not emotions)', files: { [P]: pol(purpose('speech-analytics', 'legitimate-interests', LI), { recLines: ['    direction: internal'] }) } },
      { name: '`mode: none`', files: { [P]: pol(purpose('emotion-recognition', 'consent', ['        consent: { mechanism: written }']), { recLines: ['    direction: internal'] }).replace('mode: all', 'mode: none') } },
    ],
  },
];

runCases('legal basis', LEGAL_BASIS_CASES);
