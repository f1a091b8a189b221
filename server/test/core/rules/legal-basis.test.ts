import { strict as assert } from 'node:assert';
import { lint } from '../../../src/core/engine';
import { applyEdits } from '../../../src/core/fix';
import type { Finding } from '../../../src/core/findings';
import { LEGAL_BASIS_RULES } from '../../../src/core/rules/legal-basis/index';
import { RULES } from '../../../src/core/rules/index';
import { dedent, expectSame, findingsOf, flagged, lintFiles } from '../../helpers';

const P = 'p/a.recording-policy.yaml';
const J = 'p/a.recording-policy.json';
const IDS = LEGAL_BASIS_RULES.map((r) => r.meta.id);

/** A policy with one recording; `purposes` (and any extra recording keys) are given as YAML lines at 4 spaces. */
function policy(recordingBody: string, head = ''): string {
  return dedent(`
    policy: 1
    controller: Acme B.V.
    ${head}recordings:
      - id: line
        direction: inbound
        mode: all
        announcement: { text: "Dit gesprek wordt opgenomen voor trainingsdoeleinden." }
    `) + recordingBody;
}

const lb = (files: Record<string, string>, id: string, o: { jurisdiction?: string; forceJurisdiction?: string } = {}) => findingsOf(files, { ...o, only: [id] });
const all = (files: Record<string, string>) => findingsOf(files, { only: IDS });

function findingsFor(files: Record<string, string>, id: string): { findings: Finding[]; texts: Map<string, string> } {
  const r = lintFiles(files);
  return { findings: r.findings.filter((f) => f.ruleId === id), texts: r.texts };
}

/** The messageIds of the findings of `id`, in order. */
const messageIds = (files: Record<string, string>, id: string, o: { jurisdiction?: string } = {}) => lintFiles(files, o).findings.filter((f) => f.ruleId === id).map((f) => f.messageId);

/** Every suggestion of every finding of `id` in `uri`, applied alone, leaves a text on which `id` no longer fires there. */
function suggestionsClear(files: Record<string, string>, uri: string, id: string, minSuggestions = 1): string[] {
  const { findings } = findingsFor(files, id);
  assert.ok(findings.length > 0, `${id} fires`);
  const outs: string[] = [];
  for (const f of findings) {
    assert.ok(f.suggestions.length >= minSuggestions, `${id} offers suggestions`);
    assert.equal(f.fix, undefined, `${id} has no safe fix`);
    for (const s of f.suggestions) {
      const text = applyEdits(files[uri], s.edits.filter((e) => e.uri === uri)).text;
      const after = findingsFor({ ...files, [uri]: text }, id).findings.filter((g) => g.uri === uri && g.span.start === f.span.start);
      assert.deepEqual(after.map((g) => g.message), [], `after "${s.title}":\n${text}`);
      outs.push(text);
    }
  }
  return outs;
}

const CLEAN = policy(
  [
    '    purposes:',
    '      - purpose: staff-training',
    '        legal_basis: consent',
    '        consent: { mechanism: verbal }',
    '        retention: { max: P30D }',
    '      - purpose: quality-assurance',
    '        legal_basis: legitimate-interests',
    '        balancing_test: docs/lia-quality.md',
    '        retention: { max: P30D }',
    '      - purpose: legal-compliance',
    '        legal_basis: legal-obligation',
    '        law: MiFID II art. 16(7)',
    '        retention: { max: P5Y }',
    '      - purpose: evidence',
    '        legal_basis: contract',
    '        retention: { max: P1Y }',
    '',
  ].join('\n'),
);

describe('legal-basis rules', () => {
  it('are registered, in the order of rules.md', () => {
    assert.deepEqual(IDS, [
      'legal-basis-missing',
      'balancing-test-missing',
      'consent-not-active',
      'basis-not-necessary-for-contract',
      'training-needs-consent',
      'legal-obligation-unreferenced',
      'special-category-without-condition',
      'personal-use-by-organisation',
      'publication-without-consent',
      'emotion-recognition-workplace',
    ]);
    for (const id of IDS) assert.equal(RULES.filter((r) => r.meta.id === id).length, 1, id);
    for (const r of LEGAL_BASIS_RULES) {
      assert.equal(r.meta.area, 'legal-basis');
      assert.ok(r.meta.legalSource.length > 0, r.meta.id);
      assert.equal(r.meta.fixable, false, `${r.meta.id}: choosing a basis is a legal judgement, never a safe fix`);
    }
  });

  it('a clean policy gets none of them', () => {
    expectSame(all({ [P]: CLEAN }), []);
  });

  describe('legal-basis-missing', () => {
    const files = {
      [P]: policy(['    purposes:', '      - purpose: evidence', '        retention: { max: P1Y }', ''].join('\n')),
    };

    it('fires at the purpose value', () => {
      expectSame(lb(files, 'legal-basis-missing'), [`${P} legal-basis-missing 9:18-9:26`]);
      const { findings, texts } = findingsFor(files, 'legal-basis-missing');
      assert.equal(flagged(findings[0], texts), 'evidence');
      assert.match(findings[0].message, /^Purpose 'evidence' of 'line' has no legal basis/);
      assert.match(findings[0].message, /art\. 6\(1\)/);
      assert.equal(findings[0].messageId, 'missing');
      assert.deepEqual(findings[0].data, { purpose: "Purpose 'evidence' of 'line'" });
    });

    it('offers one suggestion per basis; each clears the finding', () => {
      const outs = suggestionsClear(files, P, 'legal-basis-missing', 6);
      assert.equal(outs.length, 6);
      assert.ok(outs[0].includes('        retention: { max: P1Y }\n        legal_basis: consent\n'), outs[0]);
    });

    it('an empty `legal_basis:` points at that key and is filled in place', () => {
      const f = { [P]: policy(['    purposes:', '      - purpose: evidence', '        legal_basis:', '        retention: { max: P1Y }', ''].join('\n')) };
      expectSame(lb(f, 'legal-basis-missing'), [`${P} legal-basis-missing 10:9-10:20`]);
      const outs = suggestionsClear(f, P, 'legal-basis-missing', 6);
      assert.ok(outs[1].includes('        legal_basis: contract\n        retention'), outs[1]);
    });

    it('near miss: an alias or an unknown value is a basis given (other rules report those)', () => {
      const f = { [P]: policy(['    purposes:', '      - purpose: evidence', '        legal_basis: overeenkomst', '        retention: { max: P1Y }', '      - purpose: complaint-handling', '        legal_basis: whatever', '        retention: { max: P1Y }', ''].join('\n')) };
      expectSame(lb(f, 'legal-basis-missing'), []);
    });

    it('near miss: a recording with `mode: none` records nothing', () => {
      expectSame(lb({ [P]: files[P].replace('mode: all', 'mode: none') }, 'legal-basis-missing'), []);
    });

    it('JSON twin: same finding at the purpose value, suggestion inserts a JSON member', () => {
      const json = JSON.stringify(
        {
          policy: 1,
          controller: 'Acme B.V.',
          recordings: [{ id: 'line', direction: 'inbound', mode: 'all', announcement: { text: 'Dit gesprek wordt opgenomen voor trainingsdoeleinden.' }, purposes: [{ purpose: 'evidence', retention: { max: 'P1Y' } }] }],
        },
        null,
        2,
      );
      const jf = { [J]: json };
      expectSame(lb(jf, 'legal-basis-missing'), [`${J} legal-basis-missing 14:22-14:32`]);
      const { findings, texts } = findingsFor(jf, 'legal-basis-missing');
      assert.equal(flagged(findings[0], texts), '"evidence"');
      const outs = suggestionsClear(jf, J, 'legal-basis-missing', 6);
      assert.doesNotThrow(() => JSON.parse(outs[0]));
      assert.equal((JSON.parse(outs[0]) as { recordings: { purposes: { legal_basis: string }[] }[] }).recordings[0].purposes[0].legal_basis, 'consent');
    });
  });

  describe('balancing-test-missing', () => {
    const files = { [P]: policy(['    purposes:', '      - purpose: quality-assurance', '        legal_basis: legitimate-interests', '        retention: { max: P30D }', ''].join('\n')) };

    it('fires at the purpose value', () => {
      expectSame(lb(files, 'balancing-test-missing'), [`${P} balancing-test-missing 9:18-9:35`]);
      assert.deepEqual(messageIds(files, 'balancing-test-missing'), ['missing']);
    });

    it('also for an alias of legitimate interests', () => {
      expectSame(lb({ [P]: files[P].replace('legitimate-interests', 'gerechtvaardigd-belang') }, 'balancing-test-missing'), [`${P} balancing-test-missing 9:18-9:35`]);
    });

    it('suggests a `balancing_test` path named after the purpose', () => {
      const [out] = suggestionsClear(files, P, 'balancing-test-missing');
      assert.ok(out.includes('balancing_test: docs/lia-quality-assurance.md'), out);
    });

    it('near miss: a balancing test is named, or the basis is not legitimate interests', () => {
      expectSame(lb({ [P]: CLEAN }, 'balancing-test-missing'), []);
      expectSame(lb({ [P]: files[P].replace('legitimate-interests', 'consent') }, 'balancing-test-missing'), []);
    });
  });

  describe('consent-not-active', () => {
    const withConsent = (consentLine: string | undefined, basis = 'consent') =>
      policy(['    purposes:', '      - purpose: staff-training', `        legal_basis: ${basis}`, ...(consentLine ? [consentLine] : []), '        retention: { max: P30D }', ''].join('\n'));

    it('fires at `implied`', () => {
      expectSame(lb({ [P]: withConsent('        consent: { mechanism: implied }') }, 'consent-not-active'), [`${P} consent-not-active 11:31-11:38`]);
      assert.deepEqual(messageIds({ [P]: withConsent('        consent: { mechanism: implied }') }, 'consent-not-active'), ['implied']);
    });

    it('treats an alias of consent as consent', () => {
      expectSame(lb({ [P]: withConsent('        consent: { mechanism: implied }', 'toestemming') }, 'consent-not-active'), [`${P} consent-not-active 11:31-11:38`]);
    });

    it('no mechanism: at the `consent` key; no `consent` at all: at the purpose value', () => {
      expectSame(lb({ [P]: withConsent('        consent: {}') }, 'consent-not-active'), [`${P} consent-not-active 11:9-11:16`]);
      expectSame(lb({ [P]: withConsent(undefined) }, 'consent-not-active'), [`${P} consent-not-active 9:18-9:32`]);
      assert.deepEqual(messageIds({ [P]: withConsent(undefined) }, 'consent-not-active'), ['no-mechanism']);
    });

    it('near miss: verbal or written consent; implied mechanism under another basis', () => {
      expectSame(lb({ [P]: withConsent('        consent: { mechanism: verbal }') }, 'consent-not-active'), []);
      expectSame(lb({ [P]: withConsent('        consent: { mechanism: written }') }, 'consent-not-active'), []);
      expectSame(lb({ [P]: withConsent('        consent: { mechanism: implied }', 'legitimate-interests') }, 'consent-not-active'), []);
    });

    describe('ivr-keypress against the script (cross-file)', () => {
      const S = 'p/ivr/x.ivr';
      const pol = dedent(`
        policy: 1
        controller: Acme B.V.
        recordings:
          - id: line
            mode: all
            announcement: { script: ivr/x.ivr }
            purposes:
              - purpose: staff-training
                legal_basis: consent
                consent: { mechanism: ivr-keypress }
                retention: { max: P30D }
        `);
      const noConsent = ['lang nl', 'say notice "Dit gesprek wordt opgenomen voor trainingsdoeleinden."', 'record start', 'hangup', ''].join('\n');
      const withStep = ['lang nl', 'say notice "Dit gesprek wordt opgenomen voor trainingsdoeleinden."', 'consent ok "Druk 1 als u akkoord gaat met opname voor training." accept=1 refuse=2', 'record start', 'hangup', ''].join('\n');

      it('fires at `ivr-keypress` when the script has no consent step, related to the notice in the script', () => {
        const files = { [P]: pol, [S]: noConsent };
        expectSame(lb(files, 'consent-not-active'), [`${P} consent-not-active 10:31-10:43`]);
        const { findings, texts } = findingsFor(files, 'consent-not-active');
        assert.equal(findings[0].related.length, 1);
        assert.equal(findings[0].related[0].uri, S);
        assert.equal((texts.get(S) ?? '').slice(findings[0].related[0].span.start, findings[0].related[0].span.end), '"Dit gesprek wordt opgenomen voor trainingsdoeleinden."');
        assert.match(findings[0].message, /'ivr\/x\.ivr'/);
        assert.equal(findings[0].messageId, 'no-consent-step');
        assert.equal(findings[0].data?.script, 'ivr/x.ivr');
      });

      it('near miss: the script asks a consent question', () => {
        expectSame(lb({ [P]: pol, [S]: withStep }, 'consent-not-active'), []);
      });

      it('near miss: the script cannot be read (script-not-found says it), or the notice is inline text', () => {
        expectSame(lb({ [P]: pol }, 'consent-not-active'), []);
        expectSame(lb({ [P]: pol.replace('{ script: ivr/x.ivr }', '{ text: "Dit gesprek wordt opgenomen voor trainingsdoeleinden." }') }, 'consent-not-active'), []);
      });

      it('near miss: verbal consent is not looked for in the script', () => {
        expectSame(lb({ [P]: pol.replace('ivr-keypress', 'verbal'), [S]: noConsent }, 'consent-not-active'), []);
      });
    });
  });

  describe('basis-not-necessary-for-contract', () => {
    const files = { [P]: policy(['    purposes:', '      - purpose: marketing', '        legal_basis: contract', '        retention: { max: P30D }', ''].join('\n')) };

    it('fires at the basis value', () => {
      expectSame(lb(files, 'basis-not-necessary-for-contract'), [`${P} basis-not-necessary-for-contract 10:22-10:30`]);
      assert.deepEqual(messageIds(files, 'basis-not-necessary-for-contract'), ['not-necessary']);
    });

    it('also for an alias of contract, and beside training-needs-consent on staff training', () => {
      const f = { [P]: files[P].replace('marketing', 'staff-training').replace('legal_basis: contract', 'legal_basis: overeenkomst') };
      expectSame(findingsOf(f, { only: ['basis-not-necessary-for-contract', 'training-needs-consent'] }), [
        `${P} basis-not-necessary-for-contract 10:22-10:34`,
        `${P} training-needs-consent 10:22-10:34`,
      ]);
    });

    it('a spelling variant of contract counts as contract (unknown-legal-basis reports the spelling)', () => {
      expectSame(lb({ [P]: files[P].replace('legal_basis: contract', 'legal_basis: Contract') }, 'basis-not-necessary-for-contract'), [`${P} basis-not-necessary-for-contract 10:22-10:30`]);
    });

    it('near miss: evidence under contract; marketing under consent', () => {
      expectSame(lb({ [P]: files[P].replace('marketing', 'evidence') }, 'basis-not-necessary-for-contract'), []);
      expectSame(lb({ [P]: files[P].replace('contract', 'consent') }, 'basis-not-necessary-for-contract'), []);
    });
  });

  describe('training-needs-consent', () => {
    const files = { [P]: policy(['    purposes:', '      - purpose: staff-training', '        legal_basis: legitimate-interests', '        balancing_test: docs/lia.md', '        retention: { max: P30D }', ''].join('\n')) };
    const sev = (f: Record<string, string>, o: { jurisdiction?: string } = {}) => lintFiles(f, o).findings.filter((x) => x.ruleId === 'training-needs-consent').map((x) => x.severity);

    it('EU profile: a warning at the basis value', () => {
      expectSame(lb(files, 'training-needs-consent'), [`${P} training-needs-consent 10:22-10:42`]);
      assert.deepEqual(sev(files), ['warning']);
      assert.deepEqual(messageIds(files, 'training-needs-consent'), ['eu']);
      assert.deepEqual(messageIds(files, 'training-needs-consent', { jurisdiction: 'DK' }), ['dk']);
    });

    it('DK profile (policy jurisdiction or config default): an error', () => {
      const dk = { [P]: files[P].replace('controller: Acme B.V.\n', 'controller: Acme B.V.\njurisdiction: DK\n') };
      expectSame(lb(dk, 'training-needs-consent'), [`${P} training-needs-consent 11:22-11:42`]);
      assert.deepEqual(sev(dk), ['error']);
      assert.deepEqual(sev(files, { jurisdiction: 'DK' }), ['error']);
      const nl = { [P]: files[P].replace('controller: Acme B.V.\n', 'controller: Acme B.V.\njurisdiction: NL\n') };
      assert.deepEqual(sev(nl), ['warning']);
    });

    it('the message says the DPA rejected legitimate interests only when that is the basis given', () => {
      const message = (f: Record<string, string>) => lintFiles(f).findings.filter((x) => x.ruleId === 'training-needs-consent').map((x) => x.message);
      assert.deepEqual(message(files), [
        "Recording calls to train staff needs the caller's consent, the Danish DPA ruled (Datatilsynet 2019); others may follow. Purpose 'staff-training' of 'line' rests on 'legitimate-interests' instead; the DPA rejected legitimate interests for this. Ask for consent by an active act ('legal_basis: consent' with a 'consent.mechanism').",
      ]);
      const onContract = { [P]: files[P].replace('legitimate-interests', 'contract').replace('        balancing_test: docs/lia.md\n', '') };
      assert.deepEqual(message(onContract), [
        "Recording calls to train staff needs the caller's consent, the Danish DPA ruled (Datatilsynet 2019); others may follow. Purpose 'staff-training' of 'line' rests on 'contract' instead. Ask for consent by an active act ('legal_basis: consent' with a 'consent.mechanism').",
      ]);
      const dk = onContract[P].replace('controller: Acme B.V.\n', 'controller: Acme B.V.\njurisdiction: DK\n');
      const nl = lint({ files: [{ uri: P, text: dk }], options: () => ({ rules: {}, phrases: {}, locale: 'nl' }), readScript: (_from, rel) => ({ ok: false, uri: rel, reason: 'not-found' }) })
        .findings.filter((x) => x.ruleId === 'training-needs-consent');
      assert.equal(nl.length, 1);
      assert.ok(!nl[0].message.includes('gerechtvaardigd belang'), nl[0].message);
      assert.ok(nl[0].message.includes("berust in plaats daarvan op 'contract'. Vraag"), nl[0].message);
    });

    it('near miss: consent, also as an alias; no basis at all (legal-basis-missing says it)', () => {
      expectSame(lb({ [P]: CLEAN }, 'training-needs-consent'), []);
      expectSame(lb({ [P]: files[P].replace('legitimate-interests', 'toestemming') }, 'training-needs-consent', { jurisdiction: 'DK' }), []);
      expectSame(lb({ [P]: files[P].replace('        legal_basis: legitimate-interests\n', '') }, 'training-needs-consent'), []);
    });
  });

  describe('legal-obligation-unreferenced', () => {
    const files = { [P]: policy(['    purposes:', '      - purpose: legal-compliance', '        legal_basis: legal-obligation', '        retention: { max: P5Y }', ''].join('\n')) };

    it('fires at the purpose value', () => {
      expectSame(lb(files, 'legal-obligation-unreferenced'), [`${P} legal-obligation-unreferenced 9:18-9:34`]);
      assert.deepEqual(messageIds(files, 'legal-obligation-unreferenced'), ['missing']);
    });

    it('suggests a `law:` key to fill in; it clears the finding', () => {
      const [out] = suggestionsClear(files, P, 'legal-obligation-unreferenced');
      assert.match(out, /\n {8}law: "TODO: the statute and article, e\.g\. MiFID II art\. 16\(7\)"\n/);
    });

    it('near miss: a law is named; the basis is another', () => {
      expectSame(lb({ [P]: CLEAN }, 'legal-obligation-unreferenced'), []);
      expectSame(lb({ [P]: files[P].replace('legal-obligation', 'public-task') }, 'legal-obligation-unreferenced'), []);
    });
  });

  describe('special-category-without-condition', () => {
    const files = { [P]: policy(['    data: [voice, health, religion]', '    purposes:', '      - purpose: evidence', '        legal_basis: contract', '        retention: { max: P1Y }', ''].join('\n')) };

    it('fires once per recording, at the first special category in `data`', () => {
      expectSame(lb(files, 'special-category-without-condition'), [`${P} special-category-without-condition 8:19-8:25`]);
      const { findings } = findingsFor(files, 'special-category-without-condition');
      assert.match(findings[0].message, /\('health' and 'religion'\)/);
      assert.equal(findings[0].messageId, 'missing');
      assert.equal(findings[0].data?.categories, "'health' and 'religion'");
    });

    it('suggests art. 9(2) conditions (9(2)(h) first for health); each clears it', () => {
      const outs = suggestionsClear(files, P, 'special-category-without-condition', 2);
      assert.ok(outs[0].includes('\n    art9_condition: 9(2)(h)\n'), outs[0]);
    });

    it('near miss: a condition is given; no special category', () => {
      expectSame(lb({ [P]: files[P].replace('    data:', '    art9_condition: 9(2)(h)\n    data:') }, 'special-category-without-condition'), []);
      expectSame(lb({ [P]: files[P].replace('voice, health, religion', 'voice, phone-number') }, 'special-category-without-condition'), []);
    });
  });

  describe('personal-use-by-organisation', () => {
    const files = { [P]: policy(['    purposes:', '      - purpose: personal-use', '        legal_basis: legitimate-interests', '        balancing_test: docs/lia.md', '        retention: { max: P30D }', ''].join('\n')) };

    it('fires at the declared purpose', () => {
      expectSame(lb(files, 'personal-use-by-organisation'), [`${P} personal-use-by-organisation 9:18-9:30`]);
      assert.deepEqual(messageIds(files, 'personal-use-by-organisation'), ['personal-use']);
    });

    it('near miss: another purpose; `mode: none`', () => {
      expectSame(lb({ [P]: CLEAN }, 'personal-use-by-organisation'), []);
      expectSame(lb({ [P]: files[P].replace('mode: all', 'mode: none') }, 'personal-use-by-organisation'), []);
    });
  });

  describe('publication-without-consent', () => {
    const files = { [P]: policy(['    purposes:', '      - purpose: publication', '        legal_basis: legitimate-interests', '        balancing_test: docs/lia.md', '        retention: { max: P30D }', ''].join('\n')) };

    it('fires at the basis value', () => {
      expectSame(lb(files, 'publication-without-consent'), [`${P} publication-without-consent 10:22-10:42`]);
      assert.deepEqual(messageIds(files, 'publication-without-consent'), ['not-consent']);
    });

    it('near miss: consent (also `toestemming`); no basis at all', () => {
      expectSame(lb({ [P]: files[P].replace('legitimate-interests', 'consent') }, 'publication-without-consent'), []);
      expectSame(lb({ [P]: files[P].replace('legitimate-interests', 'toestemming') }, 'publication-without-consent'), []);
      expectSame(lb({ [P]: files[P].replace('        legal_basis: legitimate-interests\n', '') }, 'publication-without-consent'), []);
    });
  });

  describe('emotion-recognition-workplace', () => {
    const body = ['    purposes:', '      - purpose: emotion-recognition', '        legal_basis: consent', '        consent: { mechanism: verbal }', '        retention: { max: P30D }', '    uses:', '      - purpose: emotion-recognition', ''].join('\n');
    const sev = (f: Record<string, string>) => lintFiles(f).findings.filter((x) => x.ruleId === 'emotion-recognition-workplace').map((x) => x.severity);

    it('customer calls: one warning, at the declaration', () => {
      const files = { [P]: policy(body) };
      expectSame(lb(files, 'emotion-recognition-workplace'), [`${P} emotion-recognition-workplace 9:18-9:37`]);
      assert.deepEqual(sev(files), ['warning']);
      assert.deepEqual(messageIds(files, 'emotion-recognition-workplace'), ['calls']);
    });

    it('internal calls: an error', () => {
      const files = { [P]: policy(body).replace('direction: inbound', 'direction: internal') };
      expectSame(lb(files, 'emotion-recognition-workplace'), [`${P} emotion-recognition-workplace 9:18-9:37`]);
      assert.deepEqual(sev(files), ['error']);
      assert.deepEqual(messageIds(files, 'emotion-recognition-workplace'), ['workplace']);
    });

    it('used but not declared: at the first use; a processor counts as a use', () => {
      const used = policy(['    purposes:', '      - purpose: evidence', '        legal_basis: contract', '        retention: { max: P1Y }', '    uses:', '      - purpose: evidence', '      - purpose: emotion-recognition', '      - purpose: emotion-recognition', ''].join('\n'));
      expectSame(lb({ [P]: used }, 'emotion-recognition-workplace'), [`${P} emotion-recognition-workplace 14:18-14:37`]);
      const proc = policy(['    purposes:', '      - purpose: evidence', '        legal_basis: contract', '        retention: { max: P1Y }', '    processors:', '      - name: Moodly', '        purpose: emotion-recognition', ''].join('\n'));
      expectSame(lb({ [P]: proc }, 'emotion-recognition-workplace'), [`${P} emotion-recognition-workplace 14:18-14:37`]);
    });

    it('near miss: speech analytics; `mode: none`', () => {
      expectSame(lb({ [P]: policy(body.replace(/emotion-recognition/g, 'speech-analytics')) }, 'emotion-recognition-workplace'), []);
      expectSame(lb({ [P]: policy(body).replace('mode: all', 'mode: none') }, 'emotion-recognition-workplace'), []);
    });
  });

  it('suppression by comment silences a finding of this area', () => {
    const src = policy(['    purposes:', '      - purpose: marketing', '        # reclint-disable-next-line basis-not-necessary-for-contract -- signed marketing contract, reviewed by DPO', '        legal_basis: contract', '        retention: { max: P30D }', ''].join('\n'));
    expectSame(lb({ [P]: src }, 'basis-not-necessary-for-contract'), []);
  });
});
