/** People, access, processors and rights rules (rules.md): where each fires, near misses, profiles, JSON twins, the fix. */
import * as assert from 'node:assert/strict';
import type { Finding } from '../../../src/core/findings';
import { dedent, expectSame, findingsOf, fixOnce, lintFiles } from '../../helpers';

const IDS = ['not-party-to-call', 'employees-not-informed', 'works-council-approval', 'access-undefined', 'access-unrestricted', 'processor-agreement-missing', 'subject-access-undefined', 'transcripts-excluded-from-access'];
const Y = 'p.recording-policy.yaml';
const J = 'p.recording-policy.json';

function lintOne(uri: string, text: string, jurisdiction?: string): Finding[] {
  return lintFiles({ [uri]: text }, { jurisdiction }).findings;
}

function fixRule(uri: string, text: string, id: string): string {
  return fixOnce(uri, text, lintOne(uri, text).filter((f) => f.ruleId === id));
}

function expectFix(uri: string, text: string, id: string, expected: string): void {
  const once = fixRule(uri, text, id);
  assert.equal(once, expected);
  assert.deepEqual(findingsOf({ [uri]: once }, { only: [id] }), []);
  assert.equal(fixRule(uri, once, id), once);
}

/** Three recordings: one not party to its calls, one between staff, one that records nothing. */
const fires = (jurisdiction: string) => dedent(`
  policy: 1
  controller: Acme
  jurisdiction: ${jurisdiction}
  subject_rights:
    erasure: { procedure: docs/erasure.md }
  recordings:
    - id: monitor-line
      direction: inbound
      party_to_call: false
      mode: all
      purposes:
        - purpose: evidence
          legal_basis: contract
          retention: { max: P1Y }
      processors:
        - name: TelcoNet
          purpose: speech-analytics
    - id: staff-line
      direction: internal
      employees_informed: false
      mode: all
      access: { roles: [hr, Everyone, "*"] }
    - id: off-line
      direction: internal
      party_to_call: false
      mode: none
      access: { roles: [everyone] }
      processors:
        - name: Other
`);

describe('people, access, processors and rights rules', () => {
  it('fire at the exact nodes (EU profile)', () => {
    expectSame(findingsOf({ [Y]: fires('BE') }, { only: IDS }), [
      `${Y} subject-access-undefined 4:1-4:15`,
      `${Y} employees-not-informed 7:9-7:21`,
      `${Y} access-undefined 7:9-7:21`,
      `${Y} not-party-to-call 9:20-9:25`,
      `${Y} processor-agreement-missing 16:15-16:23`,
      `${Y} not-party-to-call 19:16-19:24`,
      `${Y} employees-not-informed 20:25-20:30`,
      `${Y} access-unrestricted 22:27-22:35`,
      `${Y} access-unrestricted 22:37-22:40`,
    ]);
  });

  it('NL adds works-council-approval at the first monitoring use, and cites Sr 139a/139c', () => {
    expectSame(findingsOf({ [Y]: fires('NL') }, { only: ['works-council-approval', 'not-party-to-call'] }), [
      `${Y} not-party-to-call 9:20-9:25`,
      `${Y} works-council-approval 17:18-17:34`,
      `${Y} not-party-to-call 19:16-19:24`,
    ]);
    const nl = lintOne(Y, fires('NL')).filter((f) => f.ruleId === 'not-party-to-call');
    const eu = lintOne(Y, fires('BE')).filter((f) => f.ruleId === 'not-party-to-call');
    for (const f of nl) assert.match(f.message, /^Recording a conversation you are not a party to is a crime in the Netherlands \(Sr art\. 139a, 139c\)\./);
    for (const f of eu) {
      assert.doesNotMatch(f.message, /139a/);
      assert.match(f.message, /^Recording calls you are not a party to needs a legal basis \(GDPR art\. 6\(1\)\) and is a crime in many member states\./);
    }
    assert.match(nl[0].message, /\. Recording 'monitor-line' records calls the organisation takes no part in \('party_to_call: false'\)/);
    assert.match(nl[1].message, /\. Recording 'staff-line' records calls between staff \('direction: internal'\)/);
    assert.ok([...nl, ...eu].every((f) => f.severity === 'error'));
  });

  it('works-council-approval: one finding per recording, at the first monitoring use; the message names every monitoring use', () => {
    const text = dedent(`
      policy: 1
      controller: Acme B.V.
      jurisdiction: NL
      recordings:
        - id: coaching
          direction: inbound
          mode: all
          purposes:
            - purpose: employee-evaluation
              legal_basis: legitimate-interests
              balancing_test: docs/lia.md
              retention: { max: P3M }
            - purpose: emotion-recognition
              legal_basis: consent
              consent: { mechanism: verbal }
              retention: { max: P1M }
          processors:
            - { name: VoiceMetrics, purpose: speech-analytics, agreement: docs/dpa.pdf }
    `);
    const fs = lintOne(Y, text).filter((f) => f.ruleId === 'works-council-approval');
    expectSame(findingsOf({ [Y]: text }, { only: ['works-council-approval'] }), [`${Y} works-council-approval 9:18-9:37`]);
    assert.equal(fs[0].message, "Recording 'coaching' is used for 'employee-evaluation', which needs works council approval (WOR art. 27(1)(l)). It is also used for 'emotion-recognition' and 'speech-analytics'. Such a use can monitor staff: get the approval before it starts, and keep the decision with the policy.");
  });

  it('the profile can also come from the config default', () => {
    const text = fires('NL').replace('jurisdiction: NL\n', '');
    assert.equal(findingsOf({ [Y]: text }, { only: ['works-council-approval'] }).length, 0);
    assert.equal(findingsOf({ [Y]: text }, { only: ['works-council-approval'], jurisdiction: 'NL' }).length, 1);
  });

  it('severities', () => {
    const fs = lintOne(Y, fires('NL'));
    const sev = (id: string) => fs.find((f) => f.ruleId === id)?.severity;
    assert.deepEqual(IDS.filter((id) => id !== 'transcripts-excluded-from-access').map(sev), ['error', 'warning', 'info', 'warning', 'error', 'warning', 'warning']);
  });

  it('messages name the recording and the value', () => {
    const fs = lintOne(Y, fires('NL'));
    const msg = (id: string) => fs.filter((f) => f.ruleId === id).map((f) => f.message);
    assert.deepEqual(msg('employees-not-informed').map((m) => m.split(' (')[0]), [
      "Recording 'monitor-line' does not say whether the employees on these calls are informed",
      "Recording 'staff-line' says the employees on these calls are not informed",
    ]);
    assert.match(msg('access-unrestricted')[0], /^Recording 'staff-line' lets 'Everyone' listen, .*\(GDPR art\. 32\)/);
    assert.match(msg('processor-agreement-missing')[0], /^Processor 'TelcoNet' of 'monitor-line' has no data processing agreement \(GDPR art\. 28\(3\)\)\./);
    assert.match(msg('works-council-approval')[0], /'speech-analytics'.*WOR art\. 27\(1\)\(l\)/);
    assert.match(msg('subject-access-undefined')[0], /\(GDPR art\. 15\).*'subject_rights\.access'/);
  });

  it('messageIds and data, per rule', () => {
    const ids = (text: string, jurisdiction?: string) => lintOne(Y, text, jurisdiction).filter((f) => IDS.includes(f.ruleId)).map((f) => `${f.ruleId} ${f.messageId}`);
    expectSame(ids(fires('BE')), [
      'subject-access-undefined undefined',
      'employees-not-informed missing',
      'access-undefined undefined',
      'not-party-to-call not-party',
      'processor-agreement-missing missing',
      'not-party-to-call internal',
      'employees-not-informed false',
      'access-unrestricted unrestricted',
      'access-unrestricted unrestricted',
    ]);
    expectSame(ids(fires('NL')).filter((x) => /^(not-party-to-call|works-council-approval) /.test(x)), [
      'not-party-to-call not-party-nl',
      'works-council-approval approval',
      'not-party-to-call internal-nl',
    ]);
    const fs = lintOne(Y, fires('NL'));
    assert.deepEqual(fs.find((f) => f.ruleId === 'works-council-approval')?.data, { recording: "Recording 'monitor-line'", purpose: 'speech-analytics', also: '' });
    assert.deepEqual(fs.find((f) => f.ruleId === 'processor-agreement-missing')?.data, { processor: "Processor 'TelcoNet'", recording: "'monitor-line'" });
  });

  it('JSON twin: same findings', () => {
    const json = [
      '{',
      '  "policy": 1,',
      '  "controller": "Acme",',
      '  "jurisdiction": "NL",',
      '  "recordings": [',
      '    {',
      '      "id": "monitor-line",',
      '      "party_to_call": false,',
      '      "mode": "all",',
      '      "uses": [ { "purpose": "employee-evaluation" } ],',
      '      "processors": [ { "name": "TelcoNet", "purpose": "speech-analytics" } ]',
      '    }',
      '  ]',
      '}',
      '',
    ].join('\n');
    expectSame(findingsOf({ [J]: json }, { only: IDS }), [
      `${J} subject-access-undefined 2:3-2:11`,
      `${J} employees-not-informed 7:13-7:27`,
      `${J} access-undefined 7:13-7:27`,
      `${J} not-party-to-call 8:24-8:29`,
      `${J} works-council-approval 10:30-10:51`,
      `${J} processor-agreement-missing 11:33-11:43`,
    ]);
  });

  describe('near misses', () => {
    it('a clean policy has none of these findings, in NL too', () => {
      const clean = dedent(`
        policy: 1
        controller: Acme
        jurisdiction: NL
        subject_rights:
          access: { includes: [recordings, Transcripts], procedure: docs/access.md }
        recordings:
          - id: service-line
            direction: inbound
            party_to_call: true
            employees_informed: true
            mode: all
            transcripts: true
            purposes:
              - purpose: quality-assurance
                legal_basis: legitimate-interests
                retention: { max: P30D }
            access: { roles: [quality, all-hands-leads] }
            processors:
              - name: TelcoNet
                purpose: troubleshooting
                agreement: docs/dpa-telconet.pdf
          - id: team-line
            direction: internal
            on_behalf_of_participant: true
            employees_informed: true
            mode: on-demand
            access:
              roles:
                - team-lead
      `);
      assert.deepEqual(findingsOf({ [Y]: clean }, { only: IDS }), []);
    });

    it('party_to_call: false on behalf of a participant is fine', () => {
      const text = dedent(`
        policy: 1
        controller: Acme
        jurisdiction: NL
        recordings:
          - id: a
            party_to_call: false
            on_behalf_of_participant: true
            employees_informed: true
            access: { roles: [legal] }
        subject_rights:
          access: { procedure: docs/access.md }
      `);
      assert.deepEqual(findingsOf({ [Y]: text }, { only: IDS }), []);
    });

    it('works-council-approval: declared but unused purposes do not count when `uses` is given; the uses do', () => {
      const text = (uses: string) => dedent(`
        policy: 1
        controller: Acme
        jurisdiction: NL
        recordings:
          - id: a
            employees_informed: true
            access: { roles: [hr] }
            purposes:
              - purpose: employee-evaluation
              - purpose: staff-training
            ${uses}
        subject_rights:
          access: { procedure: docs/access.md }
      `);
      assert.deepEqual(findingsOf({ [Y]: text('uses: [ { purpose: staff-training } ]') }, { only: IDS }), []);
      assert.deepEqual(findingsOf({ [Y]: text('') }, { only: IDS }), [`${Y} works-council-approval 9:18-9:37`]);
      assert.deepEqual(findingsOf({ [Y]: text('uses: [ { purpose: emotion-recognition }, { purpose: speech-analytics } ]') }, { only: IDS }), [`${Y} works-council-approval 11:24-11:43`]);
    });

    it('a policy whose recordings all record nothing has no rights or people findings', () => {
      const text = dedent(`
        policy: 1
        controller: Acme
        recordings:
          - id: a
            mode: none
            direction: internal
            transcripts: true
      `);
      assert.deepEqual(findingsOf({ [Y]: text }, { only: IDS }), []);
    });

    it('access-undefined points at `access` when it is there without roles', () => {
      const text = dedent(`
        policy: 1
        controller: Acme
        subject_rights:
          access:
        recordings:
          - id: a
            employees_informed: true
            access: {}
      `);
      assert.deepEqual(findingsOf({ [Y]: text }, { only: IDS }), [`${Y} subject-access-undefined 4:3-4:9`, `${Y} access-undefined 8:5-8:11`]);
    });

    it('subject-access-undefined points at the first key when there is no `subject_rights`', () => {
      const text = '# policy\ncontroller: Acme\npolicy: 1\nrecordings:\n  - id: a\n    employees_informed: true\n    access: { roles: [legal] }\n';
      assert.deepEqual(findingsOf({ [Y]: text }, { only: IDS }), [`${Y} subject-access-undefined 2:1-2:11`]);
    });

    it('processor-agreement-missing without a name points at the processor item', () => {
      const text = dedent(`
        policy: 1
        controller: Acme
        subject_rights: { access: { procedure: docs/access.md } }
        recordings:
          - id: a
            employees_informed: true
            access: { roles: [legal] }
            processors:
              - purpose: troubleshooting
                agreement:
      `);
      assert.deepEqual(findingsOf({ [Y]: text }, { only: IDS }), [`${Y} processor-agreement-missing 9:9-9:16`]);
    });

    it('transcripts-excluded-from-access needs transcripts and a written `includes` without them', () => {
      const base = (transcripts: string, access: string) => dedent(`
        policy: 1
        controller: Acme
        subject_rights:
          access: ${access}
        recordings:
          - id: a
            employees_informed: true
            access: { roles: [legal] }
            transcripts: ${transcripts}
      `);
      assert.deepEqual(findingsOf({ [Y]: base('false', '{ includes: [recordings] }') }, { only: IDS }), []);
      assert.deepEqual(findingsOf({ [Y]: base('true', '{ procedure: docs/access.md }') }, { only: IDS }), []);
      assert.deepEqual(findingsOf({ [Y]: base('true', '{ includes: [recordings, transcript] }') }, { only: IDS }), []);
      assert.deepEqual(findingsOf({ [Y]: base('true', '{ includes: [recordings] }') }, { only: IDS }), [`${Y} transcripts-excluded-from-access 4:23-4:35`]);
      assert.deepEqual(findingsOf({ [Y]: base('true', '{ includes: [] }') }, { only: IDS }), [`${Y} transcripts-excluded-from-access 4:23-4:25`]);
    });
  });

  describe('transcripts-excluded-from-access: add `transcripts` ✓', () => {
    it('appends to a block list, comments and order kept', () => {
      const text = dedent(`
        policy: 1
        controller: Acme
        subject_rights:
          access:
            procedure: docs/access.md   # how to ask
            includes:
              # audio files
              - recordings
            # nothing else yet
        recordings:
          - id: a
            transcripts: true   # speech-to-text
          - id: b
            transcripts: true
      `);
      const fs = lintOne(Y, text).filter((f) => f.ruleId === 'transcripts-excluded-from-access');
      assert.deepEqual(fs.length, 1, 'one finding for the one `includes` list');
      assert.match(fs[0].message, /^2 recordings are transcribed, but what callers get on access leaves the transcripts out \(GDPR art\. 15\(3\)\)\./);
      assert.deepEqual(fs[0].related.map((r) => r.message), ["transcripts of 'a' are made here", "transcripts of 'b' are made here"]);
      assert.equal(fs[0].related.length, 2);
      assert.equal(fs[0].messageId, 'excluded');
      assert.deepEqual(fs[0].data, { who: '2 recordings are' });
      expectFix(Y, text, 'transcripts-excluded-from-access', text.replace('      - recordings\n', '      - recordings\n      - transcripts\n'));
    });

    it('appends to a flow list', () => {
      const text = 'policy: 1\ncontroller: Acme\nsubject_rights:\n  access: { includes: [recordings] }   # art. 15\nrecordings:\n  - id: a\n    transcripts: true\n';
      expectFix(Y, text, 'transcripts-excluded-from-access', text.replace('[recordings]', '[recordings, transcripts]'));
    });

    it('JSON twin', () => {
      const json = '{\n  "policy": 1,\n  "controller": "Acme",\n  "subject_rights": { "access": { "includes": ["recordings"] } },\n  "recordings": [ { "id": "a", "transcripts": true } ]\n}\n';
      expectSame(findingsOf({ [J]: json }, { only: ['transcripts-excluded-from-access'] }), [`${J} transcripts-excluded-from-access 4:47-4:61`]);
      expectFix(J, json, 'transcripts-excluded-from-access', json.replace('["recordings"]', '["recordings", "transcripts"]'));
    });
  });

  it('suppression: reclint-disable-next-line and config `off`', () => {
    const text = dedent(`
      policy: 1
      controller: Acme
      subject_rights: { access: { procedure: docs/access.md } }
      recordings:
        - id: a
          employees_informed: true
          # reclint-disable-next-line access-undefined -- access is managed in the call platform, see ISMS-12
          access: {}
      `);
    assert.deepEqual(findingsOf({ [Y]: text }, { only: IDS }), []);
    assert.deepEqual(findingsOf({ [Y]: fires('NL') }, { only: IDS, rules: { 'works-council-approval': 'off', 'not-party-to-call': 'off', 'access-unrestricted': 'off' } }).length, 5);
  });
});
