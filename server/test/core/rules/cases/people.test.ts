/**
 * Rule cases, "People, access, processors, rights" (rules.md): who is recorded and told, who may
 * listen, processors' agreements, and the caller's right of access.
 */
import { type RuleCases, P, runCases } from './kit';

/** A policy: `head` lines after `controller` (from line 3), then one recording `service-line` with `recLines` (from line 6 + head). */
const pol = (recLines: string[] = [], head: string[] = []) =>
  ['policy: 1', 'controller: Acme', ...head, 'recordings:', '  - id: service-line', '    mode: all', ...recLines, ''].join('\n');

const ACCESS = ['subject_rights:', '  access: { includes: [recordings], procedure: docs/access.md }'];

export const PEOPLE_CASES: RuleCases[] = [
  {
    rule: 'not-party-to-call',
    severity: 'error',
    invalid: [
      {
        name: '`party_to_call: false`: at that value',
        files: { [P]: pol(['    party_to_call: false']) },
        expect: [`${P} not-party-to-call 6:20-6:25 not-party`],
      },
      {
        name: '`direction: internal` (calls between staff, recorded by the employer): at the direction',
        files: { [P]: pol(['    direction: internal']) },
        expect: [`${P} not-party-to-call 6:16-6:24 internal`],
      },
      {
        name: 'NL profile: the same, citing Sr 139a/139c',
        files: { [P]: pol(['    direction: internal'], ['jurisdiction: NL']) },
        expect: [`${P} not-party-to-call 7:16-7:24 internal-nl`],
      },
      {
        name: 'NL profile, not party to the call',
        files: { [P]: pol(['    party_to_call: false'], ['jurisdiction: NL']) },
        expect: [`${P} not-party-to-call 7:20-7:25 not-party-nl`],
      },
    ],
    valid: [
      { name: 'party to the call (the default)', files: { [P]: pol(['    direction: inbound']) } },
      { name: 'internal, but recorded on behalf of a participant', files: { [P]: pol(['    direction: internal', '    on_behalf_of_participant: true']) } },
      { name: 'not party, on behalf of a participant', files: { [P]: pol(['    party_to_call: false', '    on_behalf_of_participant: true']) } },
    ],
  },

  {
    rule: 'employees-not-informed',
    severity: 'warning',
    invalid: [
      {
        name: 'the key is missing: at the recording id',
        files: { [P]: pol() },
        expect: [`${P} employees-not-informed 4:9-4:21 missing`],
      },
      {
        name: '`employees_informed: false`: at the value',
        files: { [P]: pol(['    employees_informed: false']) },
        expect: [`${P} employees-not-informed 6:25-6:30 false`],
      },
      {
        name: 'an empty value',
        files: { [P]: pol(['    employees_informed:']) },
        expect: [`${P} employees-not-informed 6:5-6:23 empty`],
      },
    ],
    valid: [{ name: '`employees_informed: true`', files: { [P]: pol(['    employees_informed: true']) } }],
  },

  {
    rule: 'works-council-approval',
    severity: 'info',
    invalid: [
      {
        name: 'NL: recordings used for employee evaluation: at the purpose',
        files: {
          [P]: pol(['    purposes:', '      - purpose: employee-evaluation', '        legal_basis: legitimate-interests', '        balancing_test: docs/lia.md', '        retention: { max: P4M }'], ['jurisdiction: NL']),
        },
        expect: [`${P} works-council-approval 8:18-8:37 approval`],
      },
      {
        name: 'NL: speech analytics by a processor',
        files: { [P]: pol(['    processors:', '      - name: Analytica', '        purpose: speech-analytics', '        agreement: docs/dpa.pdf'], ['jurisdiction: NL']) },
        expect: [`${P} works-council-approval 9:18-9:34 approval`],
      },
    ],
    valid: [
      {
        name: 'outside NL the rule is off',
        files: { [P]: pol(['    purposes:', '      - purpose: employee-evaluation', '        legal_basis: legitimate-interests', '        balancing_test: docs/lia.md', '        retention: { max: P4M }'], ['jurisdiction: BE']) },
      },
      {
        name: 'NL: staff training alone does not monitor employees',
        files: {
          [P]: pol(['    purposes:', '      - purpose: staff-training', '        legal_basis: consent', '        consent: { mechanism: verbal }', '        retention: { max: P3M }'], ['jurisdiction: NL']),
        },
      },
    ],
  },

  {
    rule: 'access-undefined',
    severity: 'warning',
    invalid: [
      { name: 'no `access`: at the recording id', files: { [P]: pol() }, expect: [`${P} access-undefined 4:9-4:21 undefined`] },
      { name: '`access` without `roles`: at the `access` key', files: { [P]: pol(['    access: {}']) }, expect: [`${P} access-undefined 6:5-6:11 undefined`] },
    ],
    valid: [{ name: 'roles given', files: { [P]: pol(['    access: { roles: [quality, legal] }']) } }],
  },

  {
    rule: 'access-unrestricted',
    severity: 'error',
    invalid: [
      {
        name: '`everyone`, `all`, `"*"` and `public`: at each role, any case',
        files: { [P]: pol(['    access: { roles: [quality, everyone, All, "*", public] }']) },
        expect: [
          `${P} access-unrestricted 6:32-6:40 unrestricted`,
          `${P} access-unrestricted 6:42-6:45 unrestricted`,
          `${P} access-unrestricted 6:47-6:50 unrestricted`,
          `${P} access-unrestricted 6:52-6:58 unrestricted`,
        ],
      },
    ],
    valid: [{ name: 'named roles only', files: { [P]: pol(['    access: { roles: [quality, legal, all-hands-leads] }']) } }],
  },

  {
    rule: 'processor-agreement-missing',
    severity: 'warning',
    invalid: [
      {
        name: 'a processor without `agreement`: at its name',
        files: { [P]: pol(['    processors:', '      - name: TelcoNet', '        purpose: troubleshooting']) },
        expect: [`${P} processor-agreement-missing 7:15-7:23 missing`],
      },
    ],
    valid: [{ name: 'with an agreement', files: { [P]: pol(['    processors:', '      - name: TelcoNet', '        purpose: troubleshooting', '        agreement: docs/dpa.pdf']) } }],
  },

  {
    rule: 'subject-access-undefined',
    severity: 'warning',
    invalid: [
      {
        name: 'no `subject_rights` at all: at the first key of the document',
        files: { [P]: pol() },
        expect: [`${P} subject-access-undefined 1:1-1:7 undefined`],
      },
      {
        name: '`subject_rights` without `access`: at the parent key',
        files: { [P]: pol([], ['subject_rights:', '  erasure: { procedure: docs/erasure.md }']) },
        expect: [`${P} subject-access-undefined 3:1-3:15 undefined`],
      },
    ],
    valid: [{ name: 'with an access procedure', files: { [P]: pol([], ACCESS) } }],
  },

  {
    rule: 'transcripts-excluded-from-access',
    severity: 'warning',
    invalid: [
      {
        name: 'transcripts are made, access includes only recordings: at the `includes` list',
        files: { [P]: pol(['    transcripts: true'], ACCESS) },
        expect: [`${P} transcripts-excluded-from-access 4:23-4:35 excluded`],
      },
    ],
    valid: [
      { name: 'transcripts included', files: { [P]: pol(['    transcripts: true'], ['subject_rights:', '  access: { includes: [recordings, transcripts], procedure: docs/access.md }']) } },
      { name: 'no transcripts made', files: { [P]: pol(['    transcripts: false'], ACCESS) } },
    ],
  },
];

runCases('people', PEOPLE_CASES);
