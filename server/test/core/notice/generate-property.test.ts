/**
 * The round-trip property (notice-generator.md §11), with fast-check: for a random policy (a subset of
 * the 15 purposes, a random consent split and mechanism, mode, rate, direction, language, controller
 * name — hostile ones included — and privacy URL), the generator either returns texts that the analyser
 * reads back exactly, or one of the §5.2/§7 refusals. Never a round-trip failure.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyseNotice } from '../../../src/core/notice/analyse';
import { GENERATOR_LANGS, generateNotice } from '../../../src/core/notice/generate';
import { PURPOSES, policyOf, policyYaml, type RecordingSpec } from './generate.helpers';

const CONTROLLERS = ['Acme', 'Zonnestroom Energie B.V.', 'Quality Training Ltd', 'Kwaliteitszorg Nederland B.V.', 'Schulung & Beschwerden GmbH', 'Formation Qualité SAS', 'Calidad y Formación S.L.', 'Fraud Prevention Inc', 'Gemeente Havendam'];
const REFUSALS = /declares no purpose|personal-use|publication-without-consent|AI Act|Denmark|EDPB Guidelines 05\/2020|buffer_retention|sample_rate/;
const RUNS = Number(process.env.NOTICE_PROPERTY_RUNS ?? 1000);

const specArb = fc.record({
  picks: fc.subarray(PURPOSES, { minLength: 0, maxLength: 15 }).chain((ids) => fc.tuple(fc.constant(ids), fc.array(fc.constantFrom('contract', 'legitimate-interests', 'public-task', 'legal-obligation', 'consent', 'consent'), { minLength: ids.length, maxLength: ids.length }), fc.array(fc.constantFrom('ivr-keypress', 'verbal', 'written', 'implied'), { minLength: ids.length, maxLength: ids.length }))),
  mode: fc.constantFrom('all', 'sampled', 'on-demand'),
  rate: fc.oneof(fc.constantFrom(0.1, 0.25, 0.3, 0.37, 0.5, 1), fc.integer({ min: 1, max: 100 }).map((n) => n / 100)),
  retroactive: fc.boolean(),
  buffer: fc.constantFrom('PT2H', 'PT30M', 'P1D', 'PT1H30M', undefined),
  direction: fc.constantFrom('inbound', 'outbound', 'internal'),
  lang: fc.constantFrom(...GENERATOR_LANGS),
  controller: fc.constantFrom(...CONTROLLERS),
  url: fc.option(fc.stringMatching(/^[a-z]{1,12}(\/[a-z-]{1,12}){0,2}$/).map((p) => `https://www.acme.example/${p}`), { nil: undefined }),
  jurisdiction: fc.constantFrom(undefined, 'NL', 'DK', 'DE'),
  force: fc.boolean(),
});

describe('notice generator: the round-trip property (fast-check)', function () {
  this.timeout(60000);
  it(`${RUNS} random policies: exact read-back or a §5.2/§7 refusal, never a round-trip failure`, () => {
    let generated = 0;
    let refused = 0;
    fc.assert(
      fc.property(specArb, (s) => {
        const [ids, bases, mechs] = s.picks;
        const spec: RecordingSpec = {
          purposes: ids.map((id, i) => ({ id, basis: bases[i], mechanism: mechs[i] })),
          mode: s.mode,
          ...(s.mode === 'sampled' ? { rate: s.rate } : {}),
          ...(s.mode === 'on-demand' && s.retroactive ? { retroactive: true, buffer: s.buffer } : {}),
          direction: s.direction,
          controller: s.controller,
          privacy: s.url,
          jurisdiction: s.jurisdiction,
        };
        const policy = policyOf(policyYaml(spec));
        const o = generateNotice({ policy, recording: policy.recordings[0], lang: s.lang, force: s.force });
        if (!o.ok) {
          assert.ok('refusal' in o, `round trip failed: ${'roundTrip' in o ? `${o.roundTrip.reason}: ${o.roundTrip.text}` : ''}`);
          assert.match(o.refusal.reason, REFUSALS);
          refused++;
          return;
        }
        generated++;
        const a = analyseNotice(o.notice.notice, s.lang, { controller: s.controller });
        assert.deepEqual([...new Set(a.purposes.map((p) => p.id))].sort(), [...ids].sort(), o.notice.notice);
        assert.ok(a.records && !a.denies && !a.vague, o.notice.notice);
        const asked = ids.filter((_, i) => bases[i] === 'consent' && mechs[i] !== 'written');
        assert.deepEqual(o.notice.consentPurposes, asked);
        if (asked.length) {
          const q = analyseNotice(o.notice.consent!.text, s.lang, { controller: s.controller });
          assert.deepEqual([...new Set(q.purposes.map((p) => p.id))].sort(), [...asked].sort(), o.notice.consent!.text);
          assert.ok(!q.denies && !q.vague);
        } else assert.equal(o.notice.consent, null);
        if (s.url) assert.ok(o.notice.notice.includes(s.url.replace('https://www.', '')));
      }),
      { numRuns: RUNS, seed: Number(process.env.NOTICE_PROPERTY_SEED ?? 16) },
    );
    assert.ok(generated > RUNS / 4 && refused > 0, `generated ${generated}, refused ${refused}`);
  });
});
