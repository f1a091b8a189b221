/**
 * The register's core over in-memory policies (register.md §4): words, what each field holds, what is
 * left out, where findings land (subject, position, script), and that the core stays pure.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildRegister, hasOpenErrors, renderRegister, RegisterProblem, type RegisterFinding } from '../../../src/core/register/index';
import { csvCell } from '../../../src/core/register/csv';
import { retentionWords } from '../../../src/core/register/cells';
import { cell } from '../../../src/core/register/markdown';
import { durationWords, scopeWords } from '../../../src/core/register/words';
import { lintFiles } from '../../helpers';

const V = '9.9.9';

function reg(files: Record<string, string>, o: { controller?: string; findings?: RegisterFinding[]; config?: object } = {}) {
  const findings = o.findings ?? (lintFiles(files).findings as RegisterFinding[]);
  const policies = Object.entries(files).filter(([u]) => u.endsWith('.recording-policy.yaml')).map(([uri, text]) => ({ uri, text }));
  return buildRegister({ version: V, policies, findings, config: o.config ?? {}, controller: o.controller });
}

const POLICY = (body: string, head = '') => `policy: 1
controller: Acme B.V.
jurisdiction: NL
sector: general
languages: [en]
${head}recordings:
${body}`;

describe('register: words', () => {
  it('durations in words', () => {
    assert.equal(durationWords('P4M'), '4 months');
    assert.equal(durationWords('P1Y6M'), '1 year 6 months');
    assert.equal(durationWords('PT2H'), '2 hours');
    assert.equal(durationWords('P1D'), '1 day');
    assert.equal(durationWords('P2W'), '2 weeks');
    assert.equal(durationWords('90 days'), '90 days (invalid)');
  });
  it('scope in words', () => {
    assert.equal(scopeWords('all', undefined, false, undefined), 'all calls');
    assert.equal(scopeWords('sampled', 0.1, false, undefined), '1 in 10 calls (sampled)');
    assert.equal(scopeWords('sampled', 0.15, false, undefined), '15% of calls (sampled)');
    assert.equal(scopeWords('on-demand', undefined, false, undefined), 'on demand');
    assert.equal(scopeWords('on-demand', undefined, true, 'PT2H'), 'on demand, whole call buffered for 2 hours');
  });
  it('cells: Markdown escapes `|` and line breaks; CSV neutralises formulas and quotes', () => {
    assert.equal(cell('a | b\nc'), 'a \\| b c');
    assert.equal(cell(''), '—');
    for (const c of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) assert.ok(csvCell(c).replace(/^"/, '').startsWith("'"), JSON.stringify(c));
    assert.equal(csvCell('a,"b"'), '"a,""b"""');
    assert.equal(csvCell('plain'), 'plain');
  });
  it('retention: trigger, backstops once each, whichever comes first, buffered audio', () => {
    assert.equal(retentionWords({ stated: true, indefinite: false, until: { id: 't', description: 'The case is closed', declared: true, max: { written: 'P1Y', iso: 'P1Y' } }, max: { written: 'P1Y', iso: 'P1Y' } }), 'until the case is closed (trigger t); at most 1 year; whichever comes first');
    assert.equal(retentionWords({ stated: true, indefinite: false, max: { written: 'P30D', iso: 'P30D' }, buffer: { written: 'PT2H', iso: 'PT2H' } }), 'at most 30 days; unkept audio: 2 hours');
    assert.equal(retentionWords({ stated: true, indefinite: true }), 'none (indefinite)');
    assert.equal(retentionWords({ stated: false, indefinite: false }), 'not stated');
  });
});

describe('register: what each field holds', () => {
  const files = {
    'a.recording-policy.yaml': POLICY(`  - id: line
    description: Support line
    direction: inbound
    mode: sampled
    sample_rate: 0.25
    x-data-subjects: [patients]
    data: [voice, biometric, criminal-data]
    art9_condition: 9(2)(a)
    transcripts: true
    announcement: { text: "This call is recorded for emotion recognition and route tuning.", language: en }
    purposes:
      - purpose: emotion-recognition
        legal_basis: consent
        consent: { mechanism: ivr-keypress }
        retention: indefinite
      - purpose: route-tuning
        legal_basis: legal-obligation
        law: Telecommunicatiewet art. 11.5
        retention: { max: P7D }
      - purpose: personal-use
        legal_basis: consent
        retention: { max: P1D }
    access: { roles: [ops] }
  - id: muted
    mode: none
  - id: nothing-declared
    mode: on-demand
    retroactive: true
    buffer_retention: PT2H
    purposes:
      - purpose: publication
        legal_basis: public-task
        retention: { max: P1M }
`, `custom_purposes:
  route-tuning:
    description: Tuning call routing
    related: [quality-assurance]
    x-dpv: dpv:ServiceOptimisation
    x-fideslang: essential.service.operations
`),
    'b.recording-policy.yaml': 'policy: 1\ncontroller: Other Ltd\nrecordings: []\n',
    'c.recording-policy.yaml': 'policy: [1\n',
  };
  const r = reg(files, { controller: 'Acme B.V.' });
  const byId = Object.fromEntries(r.activities.map((a) => [a.id, a]));

  it('one activity per recording and declared purpose; the rest listed with a reason', () => {
    assert.deepEqual(Object.keys(byId), ['a.recording-policy.yaml#line/emotion-recognition', 'a.recording-policy.yaml#line/route-tuning', 'a.recording-policy.yaml#nothing-declared/publication']);
    assert.deepEqual(r.excluded.map((x) => [x.what, x.why.split(':')[0].split(' (')[0]]), [
      ['`a.recording-policy.yaml#line/personal-use`', 'strictly personal use is outside the GDPR'],
      ['`a.recording-policy.yaml#muted`', 'records nothing'],
      ['`b.recording-policy.yaml`', 'a policy of another controller'],
      ['`c.recording-policy.yaml`', 'the file does not parse'],
    ]);
    assert.ok(r.excluded[3].findings.some((f) => f.ruleId === 'yaml-syntax'));
    assert.ok(r.excluded[0].findings.some((f) => f.ruleId === 'personal-use-by-organisation'), JSON.stringify(r.excluded[0]));
    assert.throws(() => reg(files), RegisterProblem);
  });

  it('subjects, data, special categories, emotion, transcripts', () => {
    const e = byId['a.recording-policy.yaml#line/emotion-recognition'];
    assert.deepEqual(e.subjects, ['patients']);
    assert.equal(e.scopeWords, '1 in 4 calls (sampled)');
    assert.equal(e.scopeCode, 'sampled 0.25');
    const csv = renderRegister(r, 'csv');
    assert.match(csv, /,voice; biometric; criminal-data; transcripts; inferred-emotions,biometric; criminal-data,/);
    assert.match(renderRegister(r, 'md'), /\| voice; biometric data; criminal-offence data; transcripts; inferred emotions; special categories: biometric data, criminal-offence data \|/);
    assert.match(csv, /user\.biometric\.voice; user\.biometric; user\.criminal_history/);
    const doc = JSON.parse(renderRegister(r, 'jsonld'));
    const node = doc.hasPart[0];
    assert.deepEqual(node.legalBasis, ['eu-gdpr:A6-1-a-explicit-consent', 'eu-gdpr:A9-2-a']);
    assert.deepEqual(node.technology, ['ai:EmotionRecognition', 'eu-aiact:EmotionRecognitionSystem', 'eu-aiact:HighRiskAISystem-AnnexIII-1-c']);
    assert.deepEqual(node.processing, ['dpv:Record', 'dpv:Store', 'dpv:Analyse', 'dpv:Derive']);
    assert.ok(node.personalData.includes('pd:Emotion'));
    assert.equal(node.description, 'art. 10 GDPR data: condition not modelled in DPV');
    assert.deepEqual(node.storage, [{ type: 'dpv:StorageDuration', hasDuration: [{ type: 'dpv:EndlessDuration' }] }]);
    assert.equal(node.notice[0].description, 'This call is recorded for emotion recognition and route tuning.');
  });

  it('custom purposes: x-dpv, x-fideslang, a law node; publication adds the public; buffered audio', () => {
    const doc = JSON.parse(renderRegister(r, 'jsonld'));
    const custom = doc.included.find((c: { id: string }) => c.id === 'urn:reclint:purpose/route-tuning');
    assert.deepEqual(custom, { id: 'urn:reclint:purpose/route-tuning', type: 'dpv:Purpose', label: 'Tuning call routing', broader: ['dpv:ServiceOptimisation'] });
    assert.deepEqual(doc.hasPart[1].law, [{ type: 'dpv:Law', title: 'Telecommunicatiewet art. 11.5' }]);
    assert.equal(byId['a.recording-policy.yaml#line/route-tuning'].fideslangUse, 'essential.service.operations');
    const pub = doc.hasPart[2];
    assert.deepEqual(pub.recipient, [{ type: 'dpv:Recipient', name: 'the public' }]);
    assert.equal(pub.storage[1].description, 'buffered audio not kept by staff');
    assert.deepEqual(pub.storage[1].hasDuration, [{ type: 'dpv:TemporalDuration', duration: 'PT2H' }]);
    assert.equal(byId['a.recording-policy.yaml#nothing-declared/publication'].dataDeclared, false);
    assert.match(renderRegister(r, 'md'), /voice \(assumed: `data` not declared\)/);
    assert.match(renderRegister(r, 'md'), /on demand, whole call buffered for 2 hours/);
  });

  it('notice inline, law in the basis cell, not stated where the policy says nothing', () => {
    const md = renderRegister(r, 'md');
    assert.match(md, /notice inline \(en\)/);
    assert.match(md, /legal obligation, art\. 6\(1\)\(c\); law: Telecommunicatiewet art\. 11\.5/);
    assert.match(md, /consent, art\. 6\(1\)\(a\); consent mechanism ivr-keypress · art\. 9\(2\)\(a\)/);
    assert.match(md, /\| Contact \| not stated \|/);
    assert.match(md, /direction not stated/);
  });
});

describe('register: block scalars', () => {
  it('a description written as a YAML block scalar (| or >) loses its final line break', () => {
    const files = {
      'a.recording-policy.yaml': POLICY(`  - id: line
    description: >
      Inbound calls
      about invoices
    mode: all
    announcement: { text: "This call is recorded to handle complaints.", language: en }
    purposes:
      - purpose: complaint-handling
        description: |
          Handling a complaint
        legal_basis: contract
        retention: { until: closed }
    access: { roles: [ops] }
`, `triggers:
  closed:
    description: |
      The complaint is handled,
      including any appeal.
`),
    };
    const md = renderRegister(reg(files), 'md');
    assert.ok(md.includes('## line: Inbound calls about invoices\n'), md);
    assert.ok(md.includes('| Handling a complaint (`complaint-handling`) |'), md);
    assert.ok(md.includes('until the complaint is handled, including any appeal. (trigger closed) |'), md);
  });
});

describe('register: where findings land', () => {
  const policy = POLICY(`  - id: one
    direction: inbound
    mode: all
    data: [voice]
    announcement: { script: one.ivr }
    purposes:
      - purpose: quality-assurance
        legal_basis: contract
        retention: { max: P30D }
      - purpose: evidence
        legal_basis: contract
        retention: { max: P1Y }
    uses:
      - purpose: evidence
        by: [legal]
    access: { roles: [legal] }
  - id: two
    direction: inbound
    mode: all
    data: [voice]
    announcement: { script: one.ivr }
    purposes:
      - purpose: evidence
        legal_basis: contract
        retention: { max: P1Y }
    access: { roles: [legal] }
`);
  const files = { 'p.recording-policy.yaml': policy, 'one.ivr': 'lang en\nsay "This call is recorded for quality and as evidence."\nrecord start\n' };
  const at = (needle: string, nth = 0) => {
    let i = -1;
    for (let k = 0; k <= nth; k++) i = policy.indexOf(needle, i + 1);
    return { start: i, end: i + needle.length };
  };
  const f = (ruleId: string, uri: string, span: { start: number; end: number }, extra: Partial<RegisterFinding> = {}): RegisterFinding => ({ ruleId, severity: 'error', message: ruleId, uri, span, legalSource: '', docsUrl: '', related: [], suggestions: [], ...extra });
  const entries = (r: ReturnType<typeof reg>) => Object.fromEntries(r.activities.map((a) => [a.id.replace(/^.*#/, ''), a.findings.map((e) => `${e.ruleId}${e.held ? `:${e.held}` : ''}`).join(',')]));

  it('by subject, purpose entry, uses entry, recording, policy and script', () => {
    const r = reg(files, {
      findings: [
        f('in-purpose', 'p.recording-policy.yaml', at('legal_basis: contract', 1)),
        f('in-use', 'p.recording-policy.yaml', at('by: [legal]')),
        f('in-recording', 'p.recording-policy.yaml', at('access: { roles: [legal] }')),
        f('in-policy', 'p.recording-policy.yaml', at('languages')),
        f('subject', 'one.ivr', { start: 0, end: 4 }, { subject: { recording: 'two' } }),
        f('script-own', 'one.ivr', { start: 0, end: 4 }, { severity: 'warning' }),
        f('held', 'p.recording-policy.yaml', at('legal_basis: contract'), { held: 'suppressed' }),
        f('hint-only', 'p.recording-policy.yaml', at('languages'), { severity: 'hint' }),
      ],
    });
    assert.deepEqual(entries(r), {
      'one/quality-assurance': 'held:suppressed,in-policy,in-recording,script-own',
      'one/evidence': 'in-policy,in-purpose,in-recording,in-use,script-own',
      'two/evidence': 'in-policy,subject,script-own',
    });
    assert.equal(hasOpenErrors(r), true);
  });

  it("a real lint: a policy rule's finding in the script carries its recording as subject", () => {
    const ex = path.resolve(__dirname, '../../../../examples/contact-centre');
    const files = { 'sales.recording-policy.yaml': fs.readFileSync(path.join(ex, 'sales.recording-policy.yaml'), 'utf8'), 'ivr/sales.ivr': fs.readFileSync(path.join(ex, 'ivr/sales.ivr'), 'utf8') };
    const after = lintFiles(files).findings.filter((x) => x.ruleId === 'announcement-after-recording');
    assert.equal(after.length, 1);
    assert.equal(after[0].uri, 'ivr/sales.ivr');
    assert.deepEqual(after[0].subject, { recording: 'sales-line' });
    const r = reg(files);
    assert.deepEqual(r.activities.map((a) => a.findings), [[{ ruleId: 'announcement-after-recording', severity: 'error' }]]);
  });
});

describe('register: the core is pure', () => {
  it('imports nothing from node, vscode or the LSP (it runs in a browser)', () => {
    const dir = path.resolve(__dirname, '../../../src/core/register');
    for (const file of fs.readdirSync(dir)) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      for (const m of text.matchAll(/from '([^']+)'/g)) assert.ok(/^\.\.?\//.test(m[1]), `${file} imports ${m[1]}`);
      assert.doesNotMatch(text, /\brequire\(|process\.|Date\.now|new Date\(/, file);
    }
  });
});
