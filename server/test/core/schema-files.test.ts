/**
 * The JSON Schemas in `schemas/` compile under ajv's strict mode and say what policy-format.md and
 * rules.md say: required keys, enums, patterns, `x-*` keys, unknown keys refused. Each invalid
 * document below must produce exactly one real ajv error (if/then/else bookkeeping errors aside),
 * at the node the problem is about, so the `schema` rule can report one finding per problem.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { PLANNED_RULES } from '../data/planned-rules';

const ROOT = path.resolve(__dirname, '../../..');
/** Copies of spec files kept in the repository (see server/test/data/README.md). */
const DATA = path.join(ROOT, 'server/test/data');
const readJson = (rel: string): object => JSON.parse(readFileSync(path.join(ROOT, rel), 'utf8')) as object;
const readYaml = (rel: string): unknown => parse(readFileSync(path.join(ROOT, rel), 'utf8'));

function compile(rel: string): ValidateFunction {
  const ajv = new Ajv({ strict: true, allErrors: true });
  // What VS Code's JSON and YAML editors show instead of a raw pattern (an annotation to ajv).
  ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
  return ajv.compile(readJson(rel));
}

/** The errors that name a real problem (ajv adds an `if` error next to the one from then/else). */
function realErrors(validate: ValidateFunction, doc: unknown): ErrorObject[] {
  validate(doc);
  return (validate.errors ?? []).filter((e) => !['if', 'then', 'else'].includes(e.keyword));
}

function show(errors: ErrorObject[]): string {
  return JSON.stringify(errors.map((e) => ({ at: e.instancePath, keyword: e.keyword, params: e.params })));
}

function expectValid(validate: ValidateFunction, doc: unknown): void {
  const errors = realErrors(validate, doc);
  assert.equal(errors.length, 0, `expected valid, got ${show(errors)}`);
}

/** Exactly one real error, at `at` (a JSON pointer), with this keyword and (optionally) params. */
function expectOne(validate: ValidateFunction, doc: unknown, at: string, keyword: string, params?: Record<string, unknown>): void {
  const errors = realErrors(validate, doc);
  assert.equal(errors.length, 1, `expected one error, got ${show(errors)}`);
  const [e] = errors;
  assert.equal(e.instancePath, at, show(errors));
  assert.equal(e.keyword, keyword, show(errors));
  if (params) for (const [k, v] of Object.entries(params)) assert.deepEqual(e.params[k], v, show(errors));
}

/** A minimal valid policy around one recording; `rec` and `top` are merged in. */
function policy(rec: Record<string, unknown> = {}, top: Record<string, unknown> = {}): Record<string, unknown> {
  return { policy: 1, controller: 'Acme B.V.', recordings: [{ id: 'service-line', ...rec }], ...top };
}

/** A minimal valid policy around one declared purpose. */
function withPurpose(p: Record<string, unknown>): Record<string, unknown> {
  return policy({ purposes: [{ purpose: 'quality-assurance', ...p }] });
}

/** The example of policy-format.md (kept in step with the spec; the spec copy is checked too when present). */
const SPEC_EXAMPLE = `
policy: 1
controller: Acme Klantenservice B.V.
jurisdiction: NL
sector: general
languages: [nl, en]
triggers:
  evaluation-done:
    description: The quarterly evaluation with the agent has taken place
    max: P4M
  escalation-closed:
    description: The complaint or dispute is handled, including any appeal
  contract-ended:
    description: The customer's contract has ended
custom_purposes:
  route-optimisation:
    description: Tuning call routing
    phrases: { nl: [routering verbeteren], en: [improve call routing] }
    related: [quality-assurance]
subject_rights:
  access: { includes: [recordings, transcripts], procedure: docs/access.md }
  erasure: { procedure: docs/erasure.md }
recordings:
  - id: service-line
    description: Inbound customer service
    direction: inbound
    party_to_call: true
    on_behalf_of_participant: false
    employees_informed: true
    mode: sampled
    sample_rate: 0.1
    retroactive: true
    buffer_retention: PT2H
    data: [voice, phone-number, customer-id]
    art9_condition: 9(2)(h)
    transcripts: true
    announcement:
      script: ivr/service.ivr
      prompt: recording-notice
    purposes:
      - purpose: staff-training
        legal_basis: consent
        consent: { mechanism: ivr-keypress }
        retention: { until: evaluation-done }
      - purpose: evidence
        legal_basis: contract
        retention: { until: escalation-closed, max: P2Y }
      - purpose: quality-assurance
        legal_basis: legitimate-interests
        balancing_test: docs/lia-quality.md
        retention: { max: P30D }
    uses:
      - purpose: staff-training
        by: [hr]
        system: coaching-portal
      - purpose: evidence
        by: [legal]
    access: { roles: [hr, quality, legal] }
    processors:
      - name: TelcoNet
        purpose: troubleshooting
        agreement: docs/dpa-telconet.pdf
`;

describe('schemas are ready for the SchemaStore catalog', () => {
  for (const rel of ['schemas/recording-policy.schema.json', 'schemas/reclintrc.schema.json']) {
    it(`${rel}: a stable https $id, and every pattern has a plain-words patternErrorMessage`, () => {
      const schema = readJson(rel) as { $id?: string };
      assert.match(schema.$id ?? '', /^https:\/\/reclint\.dev\/schemas\/[a-z-.]+\.schema\.json$/);
      const missing: string[] = [];
      const walk = (n: unknown, at: string): void => {
        if (Array.isArray(n)) n.forEach((x, i) => walk(x, `${at}[${i}]`));
        else if (n && typeof n === 'object') {
          const o = n as Record<string, unknown>;
          if (typeof o.pattern === 'string') {
            const m = o.patternErrorMessage;
            if (typeof m !== 'string' || /[\\^$]/.test(m) || m.length < 20) missing.push(at);
          }
          for (const [k, v] of Object.entries(o)) walk(v, `${at}/${k}`);
        }
      };
      walk(schema, '');
      assert.deepEqual(missing, []);
    });
  }
});

describe('schemas/recording-policy.schema.json', () => {
  let v: ValidateFunction;
  before(() => {
    v = compile('schemas/recording-policy.schema.json');
  });

  it('compiles in strict mode and carries $id, title and a description on every property', () => {
    const schema = readJson('schemas/recording-policy.schema.json') as Record<string, unknown>;
    assert.equal(schema.$id, 'https://reclint.dev/schemas/recording-policy.schema.json');
    assert.equal(typeof schema.title, 'string');
    const missing: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      for (const key of ['properties', 'patternProperties']) {
        const props = n[key] as Record<string, Record<string, unknown>> | undefined;
        if (!props) continue;
        for (const [name, sub] of Object.entries(props)) {
          // `then: { properties: { max: true } }` markers are booleans, not property definitions.
          if (typeof sub === 'object' && typeof sub.description !== 'string') missing.push(`${at}/${name}`);
        }
      }
      for (const [k, child] of Object.entries(n)) {
        // Conditions (`if`) only test values; they define no properties of their own.
        if (k === 'if' || k === 'not') continue;
        if (typeof child === 'object') walk(child, `${at}/${k}`);
      }
    };
    walk(schema, '#');
    assert.deepEqual(missing, []);
  });

  describe('valid documents', () => {
    it('accepts the example of policy-format.md (inline copy)', () => {
      expectValid(v, parse(SPEC_EXAMPLE));
    });

    it('accepts the example of policy-format.md (the copy in server/test/data/)', () => {
      const md = readFileSync(path.join(DATA, 'policy-format.md'), 'utf8');
      const block = /```yaml\n([\s\S]*?)```/.exec(md);
      assert.ok(block, 'policy-format.md has a yaml block');
      expectValid(v, parse(block[1]));
    });

    it('accepts a minimal policy: only policy, controller and a recording id are required', () => {
      expectValid(v, policy());
    });

    it('leaves what rules report to the rules: no basis, no retention, no announcement, no access roles, no subject access', () => {
      expectValid(v, policy({ mode: 'all', purposes: [{ purpose: 'evidence' }], access: {}, processors: [{ name: 'TelcoNet' }] }, { subject_rights: { erasure: {} } }));
    });

    it('accepts x-* keys at every object level', () => {
      expectValid(v, {
        policy: 1,
        controller: 'Acme B.V.',
        'x-owner': 'dpo@example.com',
        triggers: { 'x-note': 'review yearly', done: { description: 'd', 'x-ticket': 12 } },
        custom_purposes: { 'x-draft': true, routing: { description: 'r', phrases: { nl: ['routering'], 'x-todo': 'de' }, 'x-a': 1 } },
        subject_rights: { 'x-a': 1, access: { 'x-b': 2, includes: ['recordings'] }, erasure: { 'x-c': 3 } },
        recordings: [{
          id: 'service-line',
          'x-note': 'anything',
          announcement: { script: 'a.ivr', 'x-reviewed': '2025-01-01' },
          purposes: [{ purpose: 'evidence', 'x-n': 1, consent: { 'x-n': 1 }, retention: { max: 'P1Y', 'x-n': 1 } }],
          uses: [{ purpose: 'evidence', 'x-n': 1 }],
          access: { roles: ['legal'], 'x-n': 1 },
          processors: [{ name: 'P', 'x-n': 1 }],
        }],
      });
    });

    it('accepts ISO 8601 durations in max, trigger max and buffer_retention', () => {
      for (const d of ['P30D', 'P3M', 'P2Y', 'PT2H', 'P1Y6M', 'P2W', 'PT30M', 'PT90S', 'P1DT12H', 'PT0.5S']) {
        expectValid(v, withPurpose({ retention: { max: d } }));
        expectValid(v, policy({ buffer_retention: d }));
        expectValid(v, policy({}, { triggers: { done: { max: d } } }));
      }
    });

    it('accepts indefinite retention (retention-indefinite reports it, not the schema)', () => {
      for (const w of ['indefinite', 'forever', 'unlimited']) {
        expectValid(v, withPurpose({ retention: w }));
        expectValid(v, withPurpose({ retention: { max: w } }));
      }
    });

    it('accepts retention with until only, max only, or both', () => {
      expectValid(v, withPurpose({ retention: { until: 'done' } }));
      expectValid(v, withPurpose({ retention: { max: 'P1M' } }));
      expectValid(v, withPurpose({ retention: { until: 'done', max: 'P1M' } }));
    });

    it('accepts a trigger declared without a body', () => {
      expectValid(v, policy({}, { triggers: { 'contract-ended': null } }));
    });

    it('accepts sample_rate with another mode (sample-rate-ignored reports it)', () => {
      expectValid(v, policy({ mode: 'all', sample_rate: 0.5 }));
      expectValid(v, policy({ mode: 'sampled', sample_rate: 1 }));
    });

    it('accepts custom purpose ids where purposes are named', () => {
      expectValid(v, policy({ purposes: [{ purpose: 'route-optimisation', legal_basis: 'legitimate-interests' }], uses: [{ purpose: 'route-optimisation' }] }));
    });

    it('accepts the values the rules judge: special categories, internal calls, implied consent, everyone', () => {
      expectValid(v, policy({
        direction: 'internal', party_to_call: false, data: ['health', 'voice'], access: { roles: ['everyone', '*'] },
        purposes: [{ purpose: 'staff-training', legal_basis: 'consent', consent: { mechanism: 'implied' } }],
      }));
    });
  });

  describe('invalid documents, one error each at the offending node', () => {
    it('requires policy, controller and recordings', () => {
      expectOne(v, { controller: 'A', recordings: [{ id: 'a' }] }, '', 'required', { missingProperty: 'policy' });
      expectOne(v, { policy: 1, recordings: [{ id: 'a' }] }, '', 'required', { missingProperty: 'controller' });
      expectOne(v, { policy: 1, controller: 'A' }, '', 'required', { missingProperty: 'recordings' });
    });

    it('refuses an empty recordings list and a recording without id', () => {
      expectOne(v, policy({}, { recordings: [] }), '/recordings', 'minItems');
      expectOne(v, { policy: 1, controller: 'A', recordings: [{ mode: 'all' }] }, '/recordings/0', 'required', { missingProperty: 'id' });
    });

    it('refuses format versions other than 1', () => {
      expectOne(v, policy({}, { policy: 2 }), '/policy', 'const');
    });

    it('refuses typos as unknown keys, at the map that holds them', () => {
      expectOne(v, withPurpose({ retension: { max: 'P1D' } }), '/recordings/0/purposes/0', 'additionalProperties', { additionalProperty: 'retension' });
      expectOne(v, policy({}, { controler: 'A' }), '', 'additionalProperties', { additionalProperty: 'controler' });
      expectOne(v, policy({ anouncement: { script: 'a.ivr' } }), '/recordings/0', 'additionalProperties', { additionalProperty: 'anouncement' });
      expectOne(v, policy({ announcement: { scirpt: 'a.ivr' } }), '/recordings/0/announcement', 'additionalProperties', { additionalProperty: 'scirpt' });
      expectOne(v, withPurpose({ retention: { untill: 'done' , max: 'P1D' } }), '/recordings/0/purposes/0/retention', 'additionalProperties', { additionalProperty: 'untill' });
      expectOne(v, policy({}, { subject_rights: { acces: {} } }), '/subject_rights', 'additionalProperties', { additionalProperty: 'acces' });
      expectOne(v, policy({ access: { role: ['hr'] } }), '/recordings/0/access', 'additionalProperties', { additionalProperty: 'role' });
      expectOne(v, policy({ processors: [{ name: 'P', agreemnt: 'x' }] }), '/recordings/0/processors/0', 'additionalProperties', { additionalProperty: 'agreemnt' });
    });

    it('refuses non-kebab-case ids', () => {
      expectOne(v, policy({ id: 'Service Line' }), '/recordings/0/id', 'pattern');
      expectOne(v, policy({}, { triggers: { 'Escalation Closed': {} } }), '/triggers', 'additionalProperties', { additionalProperty: 'Escalation Closed' });
      expectOne(v, policy({}, { custom_purposes: { routeOptimisation: {} } }), '/custom_purposes', 'additionalProperties', { additionalProperty: 'routeOptimisation' });
      expectOne(v, withPurpose({ purpose: 'Quality Assurance' }), '/recordings/0/purposes/0/purpose', 'pattern');
    });

    it('checks enums: direction, mode, sector, data, consent mechanism, legal_basis', () => {
      expectOne(v, policy({ direction: 'incoming' }), '/recordings/0/direction', 'enum');
      expectOne(v, policy({ mode: 'sometimes' }), '/recordings/0/mode', 'enum');
      expectOne(v, policy({}, { sector: 'energy' }), '/sector', 'enum');
      expectOne(v, policy({ data: ['voice', 'email'] }), '/recordings/0/data/1', 'enum');
      expectOne(v, withPurpose({ legal_basis: 'consent', consent: { mechanism: 'click' } }), '/recordings/0/purposes/0/consent/mechanism', 'enum');
      // unknown-legal-basis takes precedence over this one for the same node.
      expectOne(v, withPurpose({ legal_basis: 'toestemming' }), '/recordings/0/purposes/0/legal_basis', 'enum');
    });

    it('checks jurisdiction, languages and art9_condition patterns', () => {
      expectOne(v, policy({}, { jurisdiction: 'nl' }), '/jurisdiction', 'pattern');
      expectOne(v, policy({}, { languages: ['nl', 'EN'] }), '/languages/1', 'pattern');
      expectOne(v, policy({ announcement: { text: 't', language: 'Dutch' } }), '/recordings/0/announcement/language', 'pattern');
      expectOne(v, policy({ art9_condition: '9(2)(k)' }), '/recordings/0/art9_condition', 'pattern');
      expectOne(v, policy({ art9_condition: 'art. 9(2)(h)' }), '/recordings/0/art9_condition', 'pattern');
      expectValid(v, policy({ art9_condition: '9(2)(a)' }));
    });

    it('requires sample_rate when mode is sampled, at the recording', () => {
      expectOne(v, policy({ mode: 'sampled' }), '/recordings/0', 'required', { missingProperty: 'sample_rate' });
    });

    it('keeps sample_rate within 0 < r <= 1', () => {
      expectOne(v, policy({ mode: 'sampled', sample_rate: 0 }), '/recordings/0/sample_rate', 'exclusiveMinimum');
      expectOne(v, policy({ mode: 'sampled', sample_rate: 1.5 }), '/recordings/0/sample_rate', 'maximum');
      expectOne(v, policy({ mode: 'sampled', sample_rate: '10%' }), '/recordings/0/sample_rate', 'type');
    });

    it('refuses durations that are not ISO 8601 (invalid-duration takes precedence)', () => {
      for (const d of ['90 days', 'P', 'PT', 'P1YT', '30D', 'p30d', 'P1.5D', '']) {
        expectOne(v, withPurpose({ retention: { max: d } }), '/recordings/0/purposes/0/retention/max', 'pattern');
        expectOne(v, policy({ buffer_retention: d }), '/recordings/0/buffer_retention', 'pattern');
        expectOne(v, policy({}, { triggers: { done: { max: d } } }), '/triggers/done/max', 'pattern');
      }
      // Indefinite words are a retention matter only.
      expectOne(v, policy({ buffer_retention: 'forever' }), '/recordings/0/buffer_retention', 'pattern');
    });

    it('needs until or max in a retention object, and only indefinite words as a retention string', () => {
      expectOne(v, withPurpose({ retention: {} }), '/recordings/0/purposes/0/retention', 'required', { missingProperty: 'max' });
      expectOne(v, withPurpose({ retention: 'P30D' }), '/recordings/0/purposes/0/retention', 'enum');
      expectOne(v, withPurpose({ retention: 30 }), '/recordings/0/purposes/0/retention', 'type');
    });

    it('checks the shapes of custom purposes', () => {
      expectOne(v, policy({}, { custom_purposes: { routing: { phrases: { Dutch: ['x'] } } } }), '/custom_purposes/routing/phrases', 'additionalProperties', { additionalProperty: 'Dutch' });
      expectOne(v, policy({}, { custom_purposes: { routing: { phrases: { nl: 'routering' } } } }), '/custom_purposes/routing/phrases/nl', 'type');
      expectOne(v, policy({}, { custom_purposes: { routing: { related: ['Quality'] } } }), '/custom_purposes/routing/related/0', 'pattern');
    });

    it('checks value types', () => {
      expectOne(v, policy({ employees_informed: 'yes' }), '/recordings/0/employees_informed', 'type');
      expectOne(v, policy({ access: { roles: 'hr' } }), '/recordings/0/access/roles', 'type');
      expectOne(v, policy({}, { triggers: { done: 'when done' } }), '/triggers/done', 'type');
    });
  });
});

describe('schemas/reclintrc.schema.json', () => {
  let v: ValidateFunction;
  before(() => {
    v = compile('schemas/reclintrc.schema.json');
  });

  it('accepts the shape shown in rules.md', () => {
    expectValid(v, parse(`
root: true
jurisdiction: NL
rules:
  processor-agreement-missing: error
  works-council-approval: "off"
phrases:
  nl: { staff-training: [coachingdoeleinden] }
files: ["policies/**"]
ignores: ["archive/**"]
`));
  });

  it('knows every rule id of rules.md (the copy in server/test/data/), plus the engine\'s own', () => {
    const ids = [...readFileSync(path.join(DATA, 'rules.md'), 'utf8').matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
    assert.ok(ids.length > 40);
    const schema = readJson('schemas/reclintrc.schema.json') as { properties: { rules: { properties: Record<string, unknown> } } };
    const known = Object.keys(schema.properties.rules.properties);
    for (const id of ids.filter((x) => !known.includes(x) && PLANNED_RULES[x])) console.log(`      not in the schema yet: ${id}, ${PLANNED_RULES[id]}`);
    assert.deepEqual(ids.filter((id) => !known.includes(id) && !PLANNED_RULES[id]), []);
    // Beyond rules.md (which lists the suppression rules now): the engine's own findings.
    assert.deepEqual(known.filter((id) => !ids.includes(id)).sort(), ['internal-error', 'too-many-findings']);
  });

  it('accepts every severity, unquoted off included', () => {
    for (const s of ['off', 'hint', 'info', 'warning', 'error']) expectValid(v, parse(`rules: { vague-purpose: ${s} }`));
  });

  it('refuses unknown keys, unknown rule ids, unknown severities and bad codes', () => {
    expectOne(v, { roots: true }, '', 'additionalProperties', { additionalProperty: 'roots' });
    expectOne(v, { rules: { 'vague-purposes': 'off' } }, '/rules', 'additionalProperties', { additionalProperty: 'vague-purposes' });
    expectOne(v, { rules: { 'vague-purpose': 'warn' } }, '/rules/vague-purpose', 'enum');
    expectOne(v, { jurisdiction: 'Netherlands' }, '/jurisdiction', 'pattern');
    expectOne(v, { phrases: { Dutch: {} } }, '/phrases', 'additionalProperties', { additionalProperty: 'Dutch' });
    expectOne(v, { phrases: { nl: { 'Staff Training': ['x'] } } }, '/phrases/nl', 'additionalProperties', { additionalProperty: 'Staff Training' });
    expectOne(v, { phrases: { nl: { 'staff-training': 'coaching' } } }, '/phrases/nl/staff-training', 'type');
    expectOne(v, { files: 'policies/**' }, '/files', 'type');
  });
});

describe('examples/ against the schemas', () => {
  let policyV: ValidateFunction;
  let rcV: ValidateFunction;
  before(() => {
    policyV = compile('schemas/recording-policy.schema.json');
    rcV = compile('schemas/reclintrc.schema.json');
  });

  it('the clean helpdesk policy is valid', () => {
    expectValid(policyV, readYaml('examples/clean/helpdesk.recording-policy.yaml'));
  });

  it('the sales policy is valid (its defect is in the call flow)', () => {
    expectValid(policyV, readYaml('examples/contact-centre/sales.recording-policy.yaml'));
  });

  it('the service policy breaks the schema only where a dedicated rule takes over', () => {
    const errors = realErrors(policyV, readYaml('examples/contact-centre/service.recording-policy.yaml'));
    assert.deepEqual(
      errors.map((e) => [e.instancePath, e.keyword]).sort(),
      [
        ['/recordings/0/purposes/0/legal_basis', 'enum'], // unknown-legal-basis: toestemming
        ['/recordings/0/purposes/1/retention/max', 'pattern'], // invalid-duration: 90 days
      ],
    );
  });

  it('the .reclintrc.yaml files are valid', () => {
    expectValid(rcV, readYaml('examples/contact-centre/.reclintrc.yaml'));
    expectValid(rcV, readYaml('examples/clean/.reclintrc.yaml'));
  });
});
