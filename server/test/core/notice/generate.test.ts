/**
 * The notice generator, through the real analyser (notice-generator.md §11): every table row in every
 * language reads back as exactly the declared purposes, recorded, not denied, not vague; the consent
 * question as exactly its consent purposes. Each section collects its failures and lists them all.
 */
import * as assert from 'node:assert/strict';
import { analyseNotice } from '../../../src/core/notice/analyse';
import { GENERATOR_LANGS, generateNotice, noticeTexts, tablesOf, type NoticeRequest } from '../../../src/core/notice/generate';
import { durationWords, sampling, spokenUrl } from '../../../src/core/notice/generate/words';
import { PACKS } from '../../../src/core/notice/lang/registry';
import type { NoticeLang } from '../../../src/core/notice/types';
import { PURPOSES, policyOf, policyYaml, type PurposeSpec, type RecordingSpec } from './generate.helpers';

const MODES: { tag: string; spec: Partial<RecordingSpec> }[] = [
  { tag: 'all', spec: { mode: 'all' } },
  { tag: 'sampled 1/10', spec: { mode: 'sampled', rate: 0.1 } },
  { tag: 'sampled 3/10', spec: { mode: 'sampled', rate: 0.3 } },
  { tag: 'sampled 0.37', spec: { mode: 'sampled', rate: 0.37 } },
  { tag: 'on demand', spec: { mode: 'on-demand' } },
  { tag: 'retroactive', spec: { mode: 'on-demand', retroactive: true, buffer: 'PT2H' } },
  { tag: 'internal', spec: { direction: 'internal' } },
  { tag: 'internal sampled', spec: { direction: 'internal', mode: 'sampled', rate: 0.1 } },
];
const BASES = ['contract', 'legitimate-interests', 'consent', 'public-task'];

/** Read a text as the linter does for a policy whose controller is Acme. */
function misread(text: string, lang: NoticeLang, want: string[], records: boolean): string | undefined {
  const a = analyseNotice(text, lang, { controller: 'Acme' });
  const got = [...new Set(a.purposes.map((p) => p.id))];
  const ok = got.length === want.length && want.every((w) => got.includes(w)) && (!records || a.records) && !a.denies && !a.vague && !(a.excluded?.length);
  return ok ? undefined : `read [${got.join(', ')}] records=${a.records} denies=${a.denies} vague=${a.vague}; want [${want.join(', ')}]`;
}

interface Tally { checks: number; failures: string[] }

/** Generate (force: the §7 refusals are tested apart) and read back both texts independently of the generator's own check. */
function check(t: Tally, spec: RecordingSpec, tag: string, extra: Partial<NoticeRequest> = {}): void {
  const policy = policyOf(policyYaml({ privacy: 'https://acme.example/privacy', ...spec }));
  for (const lang of GENERATOR_LANGS) {
    t.checks++;
    const o = generateNotice({ policy, recording: policy.recordings[0], lang, force: true, ...extra });
    // Emotion recognition on internal calls is prohibited: refused even with --force (tested below too).
    if (spec.direction === 'internal' && spec.purposes.some((p) => p.id === 'emotion-recognition')) {
      if (o.ok || !('refusal' in o) || !/AI Act art\. 5\(1\)\(f\)/.test(o.refusal.reason)) t.failures.push(`${lang} ${tag}: not refused`);
      continue;
    }
    if (!o.ok) {
      t.failures.push(`${lang} ${tag}: ${'refusal' in o ? `refused: ${o.refusal.reason}` : `round trip: ${o.roundTrip.reason}: ${o.roundTrip.text}`}`);
      continue;
    }
    const why = misread(o.notice.notice, lang, spec.purposes.map((p) => p.id), true);
    if (why) t.failures.push(`${lang} ${tag}: notice ${why}: ${o.notice.notice}`);
    const asked = spec.purposes.filter((p) => p.basis === 'consent' && p.mechanism !== 'written').map((p) => p.id);
    if (asked.length) {
      t.checks++;
      if (!o.notice.consent) t.failures.push(`${lang} ${tag}: no consent question`);
      else {
        const w = misread(o.notice.consent.text, lang, asked, false);
        if (w) t.failures.push(`${lang} ${tag}: question ${w}: ${o.notice.consent.text}`);
      }
    } else if (o.notice.consent) t.failures.push(`${lang} ${tag}: a consent question without consent purposes`);
  }
}

/** Every purpose in its short form, read back directly (the generator would fall back to a full form). */
function checkShort(t: Tally, spec: RecordingSpec, tag: string): void {
  const policy = policyOf(policyYaml({ privacy: 'https://acme.example/privacy', ...spec }));
  for (const lang of GENERATOR_LANGS) {
    t.checks++;
    const o = noticeTexts({ policy, recording: policy.recordings[0], lang, force: true }, new Set(PURPOSES));
    if (!o.ok) {
      t.failures.push(`${lang} ${tag}: refused: ${o.refusal.reason}`);
      continue;
    }
    const why = misread(o.notice, lang, spec.purposes.map((p) => p.id), true);
    if (why) t.failures.push(`${lang} ${tag}: short notice ${why}: ${o.notice}`);
    if (o.consent) {
      t.checks++;
      const w = misread(o.consent, lang, spec.purposes.filter((p) => p.basis === 'consent').map((p) => p.id), false);
      if (w) t.failures.push(`${lang} ${tag}: short question ${w}: ${o.consent}`);
    }
  }
}

/** Checks run in this file, printed once (the spec's §11 counts them). */
let total = 0;
after(() => console.log(`      notice round trip: ${total} checks through the analyser`));

function done(t: Tally, min: number): void {
  total += t.checks;
  assert.ok(t.checks >= min, `only ${t.checks} checks ran`);
  assert.deepEqual(t.failures.slice(0, 40), [], `${t.failures.length} of ${t.checks} checks failed`);
}

const basisFor = (id: string, b: string): string => (id === 'publication' ? 'consent' : b);

describe('notice generator: every table row reads back (§11)', function () {
  this.timeout(60000);

  it('writes in every pack that has a notice section, and the five languages have one', () => {
    assert.deepEqual([...GENERATOR_LANGS].sort(), ['de', 'en', 'es', 'fr', 'nl']);
    for (const p of PACKS) {
      const t = p.notice;
      if (!t) continue;
      for (const id of PURPOSES) assert.ok(t.purposes[id as keyof typeof t.purposes]?.full && t.purposes[id as keyof typeof t.purposes].short, `${p.code} ${id}`);
    }
  });

  it('each purpose alone × every mode × every basis', () => {
    const t: Tally = { checks: 0, failures: [] };
    for (const id of PURPOSES) for (const m of MODES) for (const b of BASES) {
      if (id === 'publication' && b !== 'consent') continue;
      check(t, { ...m.spec, purposes: [{ id, basis: b }] }, `${id} ${m.tag} ${b}`);
    }
    done(t, 2000);
  });

  it('every ordered pair (non-consent + consent) and every pair on one basis', () => {
    const t: Tally = { checks: 0, failures: [] };
    for (const a of PURPOSES) for (const b of PURPOSES) {
      if (a === b) continue;
      if (a !== 'publication') check(t, { purposes: [{ id: a, basis: 'contract' }, { id: b, basis: 'consent' }] }, `${a} + ${b} (consent)`);
      if (a < b) {
        check(t, { purposes: [{ id: a, basis: 'consent' }, { id: b, basis: 'consent' }] }, `${a} + ${b} both consent`);
        if (a !== 'publication' && b !== 'publication') check(t, { purposes: [{ id: a, basis: 'legitimate-interests' }, { id: b, basis: 'legitimate-interests' }] }, `${a} + ${b} both LI`);
      }
    }
    done(t, 2000);
  });

  it('all 15 at once, full and short', () => {
    const t: Tally = { checks: 0, failures: [] };
    const all = PURPOSES.map((id) => ({ id, basis: basisFor(id, 'legitimate-interests') }));
    check(t, { purposes: all }, 'all 15');
    checkShort(t, { purposes: all }, 'all 15');
    done(t, 10);
  });

  it('every short form alone and in every pair, with and without consent', () => {
    const t: Tally = { checks: 0, failures: [] };
    for (const a of PURPOSES) {
      checkShort(t, { purposes: [{ id: a, basis: basisFor(a, 'contract') }] }, `short ${a}`);
      checkShort(t, { purposes: [{ id: a, basis: 'consent' }] }, `short ${a} (consent)`);
      for (const b of PURPOSES) {
        if (a === b) continue;
        if (a !== 'publication') checkShort(t, { purposes: [{ id: a, basis: 'contract' }, { id: b, basis: 'consent' }] }, `short ${a} + ${b} (consent)`);
        if (a < b) {
          checkShort(t, { purposes: [{ id: a, basis: 'consent' }, { id: b, basis: 'consent' }] }, `short ${a} + ${b} both consent`);
          if (a !== 'publication' && b !== 'publication') checkShort(t, { purposes: [{ id: a, basis: 'contract' }, { id: b, basis: 'contract' }] }, `short ${a} + ${b}`);
        }
      }
    }
    done(t, 2500);
  });

  it('written consent, verbal consent, retroactive with consent only, and the more-key sentence', () => {
    const t: Tally = { checks: 0, failures: [] };
    for (const id of PURPOSES) {
      if (id !== 'publication') check(t, { purposes: [{ id, basis: 'contract' }, { id: 'staff-training' === id ? 'ai-training' : 'staff-training', basis: 'consent', mechanism: 'written' }] }, `${id} + written consent`);
      check(t, { mode: 'on-demand', retroactive: true, buffer: 'PT30M', purposes: [{ id, basis: 'consent' }] }, `${id} retroactive consent only`);
      check(t, { purposes: [{ id, basis: 'consent', mechanism: 'verbal' }] }, `${id} verbal`);
      check(t, { purposes: [{ id, basis: basisFor(id, 'public-task') }] }, `${id} more key`, { moreKey: '9' });
      check(t, { purposes: [{ id, basis: basisFor(id, 'contract') }] }, `${id} no URL`, {});
    }
    done(t, 300);
  });
});

describe('notice generator: what each text says', () => {
  const gen = (spec: RecordingSpec, lang: NoticeLang = 'en', extra: Partial<NoticeRequest> = {}) => {
    const policy = policyOf(policyYaml({ privacy: 'https://www.acme.example/privacy/', ...spec }));
    const o = generateNotice({ policy, recording: policy.recordings[0], lang, ...extra });
    if (!o.ok) assert.fail('refusal' in o ? o.refusal.reason : o.roundTrip.reason);
    return o.notice;
  };

  it('the sentences in order: recording, consent, objection, rights, more, more key', () => {
    const n = gen({ purposes: [{ id: 'quality-assurance', basis: 'legitimate-interests' }, { id: 'staff-training', basis: 'consent' }] }, 'en', { moreKey: '9' });
    assert.equal(
      n.notice,
      'Acme records this call to improve our service. With your consent, we also use the recording to train our staff. You can object to the recording: just tell us. You can ask for a copy of the recording, or have it deleted. Read more at acme.example/privacy. Press 9 to hear more about your privacy.',
    );
    assert.deepEqual(n.consent, { mechanism: 'ivr-keypress', text: 'May we use the recording of this call to train our staff? You can withdraw your consent at any time. Press 1 for yes or 2 for no.', accept: '1', refuse: '2' });
    assert.deepEqual(n.purposes, ['quality-assurance', 'staff-training']);
    assert.deepEqual(n.consentPurposes, ['staff-training']);
  });

  it('definite words for the mode: sampled, odd rates, on demand, retroactive, internal', () => {
    const qa = [{ id: 'quality-assurance', basis: 'contract' }];
    assert.match(gen({ mode: 'sampled', rate: 0.1, purposes: qa }).notice, /^Acme records one in 10 calls to improve our service\./);
    assert.match(gen({ mode: 'sampled', rate: 0.37, purposes: qa }).notice, /^Acme records 37 in 100 calls /);
    assert.match(gen({ mode: 'sampled', rate: 0.3, purposes: qa }).notice, /^Acme records 3 in 10 calls /);
    assert.match(gen({ mode: 'sampled', rate: 1, purposes: qa }).notice, /^Acme records this call /);
    assert.match(gen({ mode: 'on-demand', purposes: qa }).notice, /^Acme records this call to improve our service, but only when our staff decide to\./);
    assert.match(gen({ mode: 'on-demand', purposes: [{ id: 'staff-training', basis: 'consent' }] }).notice, /, but only when our staff decide to and you agree\./);
    assert.match(gen({ mode: 'on-demand', retroactive: true, buffer: 'PT2H', purposes: qa }).notice, /^Acme records this call\. Our staff decide whether we keep the recording to improve our service; otherwise we delete it within 2 hours\./);
    assert.match(gen({ mode: 'on-demand', retroactive: true, buffer: 'PT2H', purposes: [{ id: 'staff-training', basis: 'consent' }] }).notice, /^Acme records this call, but only with your consent\. Our staff decide/);
    assert.match(gen({ direction: 'internal', purposes: qa }).notice, /^Acme records this internal call /);
    assert.match(gen({ direction: 'internal', mode: 'sampled', rate: 0.1, purposes: qa }, 'fr').notice, /^Acme enregistre un appel interne sur 10 /);
    assert.match(gen({ mode: 'sampled', rate: 0.3, purposes: qa }, 'fr').notice, /^Acme enregistre 3 appels sur 10 /);
    assert.match(gen({ mode: 'sampled', rate: 0.1, purposes: qa }, 'de').notice, /^Acme zeichnet eines von 10 Gesprächen zur Qualitätssicherung auf\./);
    assert.match(gen({ mode: 'sampled', rate: 0.1, purposes: qa }, 'nl').notice, /^Acme neemt één op de 10 gesprekken op /);
    for (const lang of GENERATOR_LANGS) assert.doesNotMatch(gen({ mode: 'sampled', rate: 0.1, purposes: qa }, lang).notice, /\b(may|might|some|kan worden|peut|kann)\b/i);
  });

  it('all purposes on consent: the recording sentence carries them with the condition, and the "record" question', () => {
    const n = gen({ purposes: [{ id: 'staff-training', basis: 'consent' }] });
    assert.match(n.notice, /^Acme records this call to train our staff, but only with your consent\./);
    assert.equal(n.consent!.text.split('?')[0], 'May we record this call to train our staff');
    const buffered = gen({ mode: 'on-demand', retroactive: true, buffer: 'PT2H', purposes: [{ id: 'staff-training', basis: 'consent' }] });
    assert.match(buffered.consent!.text, /^May we use the recording of this call/);
  });

  it('written consent: the written sentence, no question; verbal: the question without keys', () => {
    const w = gen({ purposes: [{ id: 'evidence', basis: 'contract' }, { id: 'marketing', basis: 'consent', mechanism: 'written' }] });
    assert.match(w.notice, /With your written consent, we also use the recording for marketing\./);
    assert.equal(w.consent, null);
    const v = gen({ purposes: [{ id: 'evidence', basis: 'contract' }, { id: 'marketing', basis: 'consent', mechanism: 'verbal' }] });
    assert.deepEqual(v.consent, { mechanism: 'verbal', text: 'May we use the recording of this call for marketing? You can withdraw your consent at any time.' });
  });

  it('implied consent is written as a keypress step, with a warning; a missing mechanism too', () => {
    const n = gen({ purposes: [{ id: 'evidence', basis: 'contract' }, { id: 'marketing', basis: 'consent', mechanism: 'implied' }] });
    assert.equal(n.consent!.mechanism, 'ivr-keypress');
    assert.ok(n.warnings.some((w) => w.includes('consent-not-active') && w.includes('ivr-keypress')));
    const policy = policyOf(policyYaml({ purposes: [{ id: 'marketing', basis: 'consent' }] }).replace('        consent: { mechanism: ivr-keypress }\n', ''));
    const o = generateNotice({ policy, recording: policy.recordings[0], lang: 'en' });
    assert.ok(o.ok);
    assert.equal(o.notice.consent!.mechanism, 'ivr-keypress');
    assert.ok(o.notice.warnings.some((w) => w.includes('no `consent.mechanism`')));
  });

  it('keys from the request; French spacing before ? : ;', () => {
    const n = gen({ purposes: [{ id: 'staff-training', basis: 'consent' }] }, 'fr', { acceptKey: '5', refuseKey: '6' });
    assert.match(n.consent!.text, /Appuyez sur 5 pour oui, ou sur 6 pour non\.$/);
    assert.match(n.consent!.text, / \?/);
    const r = gen({ mode: 'on-demand', retroactive: true, buffer: 'PT2H', purposes: [{ id: 'evidence', basis: 'legitimate-interests' }] }, 'fr');
    assert.match(r.notice, / ; sinon, nous l'effaçons dans un délai de 2 heures\./);
    assert.match(r.notice, / : dites-le-nous/);
    for (const lang of ['en', 'nl', 'de', 'es'] as const) assert.doesNotMatch(gen({ purposes: [{ id: 'evidence', basis: 'legitimate-interests' }] }, lang).notice, / [?:;]/);
  });

  it('no URL: the staff sentence and a warning', () => {
    const policy = policyOf(policyYaml({ purposes: [{ id: 'evidence', basis: 'contract' }] }));
    const o = generateNotice({ policy, recording: policy.recordings[0], lang: 'nl' });
    assert.ok(o.ok);
    assert.match(o.notice.notice, /Onze medewerker vertelt u graag meer\.$/);
    assert.ok(o.notice.warnings.some((w) => w.startsWith('no privacy URL')));
    const c = generateNotice({ policy, recording: policy.recordings[0], lang: 'nl', configPrivacyUrl: 'http://acme.example/p/' });
    assert.ok(c.ok);
    assert.match(c.notice.notice, /Lees meer op acme\.example\/p\.$/);
  });

  it('the controller name: spoken as given, masked in the read-back; hostile names announce nothing', () => {
    for (const lang of GENERATOR_LANGS) {
      for (const controller of ['Quality Training Ltd', 'Fraude Preventie B.V.', 'Schulung & Beschwerden GmbH', 'Formation Qualité SAS', 'Calidad y Formación S.L.']) {
        const policy = policyOf(policyYaml({ controller, privacy: 'https://acme.example/complaints', purposes: [{ id: 'evidence', basis: 'contract' }] }));
        const o = generateNotice({ policy, recording: policy.recordings[0], lang });
        assert.ok(o.ok, `${lang} ${controller}: ${!o.ok && 'roundTrip' in o ? o.roundTrip.reason : ''}`);
        assert.ok(o.notice.notice.startsWith(controller), o.notice.notice);
        assert.deepEqual(o.notice.roundTrip.notice, ['evidence']);
      }
    }
    const policy = policyOf(policyYaml({ controller: 'Acme Klantenservice B.V.', purposes: [{ id: 'evidence', basis: 'contract' }] }));
    const o = generateNotice({ policy, recording: policy.recordings[0], lang: 'en', controllerName: 'Acme' });
    assert.ok(o.ok);
    assert.match(o.notice.notice, /^Acme records this call as evidence/);
  });

  it('numbers and times in words', () => {
    assert.deepEqual(sampling(0.1), { k: 1, n: 10 });
    assert.deepEqual(sampling(0.01), { k: 1, n: 100 });
    assert.deepEqual(sampling(0.5), { k: 1, n: 2 });
    assert.deepEqual(sampling(0.3), { k: 3, n: 10 });
    assert.deepEqual(sampling(0.37), { k: 37, n: 100 });
    assert.deepEqual(sampling(0.005), { k: 1, n: 100 });
    assert.equal(sampling(1), undefined);
    assert.equal(durationWords('PT2H', tablesOf('en')!), '2 hours');
    assert.equal(durationWords('PT1H30M', tablesOf('en')!), '1 hour and 30 minutes');
    assert.equal(durationWords('PT2H', tablesOf('nl')!), '2 uur');
    assert.equal(durationWords('P1D', tablesOf('de')!), '1 Tag');
    assert.equal(durationWords('P2D', tablesOf('de')!), '2 Tagen');
    assert.equal(durationWords('PT2H', tablesOf('fr')!), '2 heures');
    assert.equal(durationWords('PT45M', tablesOf('es')!), '45 minutos');
    assert.equal(durationWords('PT0H', tablesOf('en')!), undefined);
    assert.equal(spokenUrl('https://www.acme.example/privacy/'), 'acme.example/privacy');
  });
});

describe('notice generator: refusals (§5.2, §7)', () => {
  const outcome = (yaml: string, extra: Partial<NoticeRequest> = {}) => {
    const policy = policyOf(yaml);
    return generateNotice({ policy, recording: policy.recordings[0], lang: 'en', ...extra });
  };
  const refusal = (yaml: string, extra: Partial<NoticeRequest> = {}) => {
    const o = outcome(yaml, extra);
    assert.ok(!o.ok && 'refusal' in o, `expected a refusal, got ${JSON.stringify(o).slice(0, 200)}`);
    return o.refusal;
  };
  const y = (purposes: PurposeSpec[], spec: Partial<RecordingSpec> = {}) => policyYaml({ purposes, ...spec });

  it('refuses an empty declaration, personal use, publication without consent, unknown purposes and bases', () => {
    assert.match(refusal(y([])).reason, /declares no purpose/);
    assert.match(refusal(y([{ id: 'personal-use', basis: 'legitimate-interests' }])).reason, /personal-use/);
    assert.match(refusal(y([{ id: 'publication', basis: 'legitimate-interests' }])).reason, /publication-without-consent/);
    assert.match(refusal(y([{ id: 'telepathy', basis: 'contract' }])).reason, /unknown purpose `telepathy`/);
    assert.match(refusal(y([{ id: 'evidence', basis: 'vibes' }])).reason, /unknown legal basis `vibes`/);
    assert.match(refusal(y([{ id: 'evidence', basis: 'contract' }]).replace('        legal_basis: contract\n', '')).reason, /no `legal_basis`/);
    for (const r of [refusal(y([])), refusal(y([{ id: 'telepathy', basis: 'contract' }]))]) assert.equal(r.exit, 1);
  });

  it('reads legal-basis aliases as canonical', () => {
    const o = outcome(y([{ id: 'staff-training', basis: 'toestemming' }]).replace('legal_basis: toestemming', 'legal_basis: toestemming\n        consent: { mechanism: ivr-keypress }'));
    assert.ok(o.ok);
    assert.deepEqual(o.notice.consentPurposes, ['staff-training']);
  });

  it('refuses a use or processor that names an undeclared purpose', () => {
    const base = y([{ id: 'evidence', basis: 'contract' }]);
    assert.match(refusal(base + '    uses:\n      - purpose: marketing\n        by: [sales]\n').reason, /undeclared purpose `marketing`/);
    assert.match(refusal(base + '    processors:\n      - name: Telco\n        purpose: troubleshooting\n').reason, /`Telco` names the undeclared purpose `troubleshooting`/);
  });

  it('Denmark: training not on consent is refused, --force writes it and says so', () => {
    const dk = y([{ id: 'staff-training', basis: 'legitimate-interests' }], { jurisdiction: 'DK' });
    const r = refusal(dk);
    assert.match(r.reason, /training-needs-consent/);
    assert.equal(r.forceable, true);
    assert.match(refusal(y([{ id: 'staff-training', basis: 'legitimate-interests' }]), { jurisdiction: 'DK' }).reason, /Denmark/);
    const forced = outcome(dk, { force: true });
    assert.ok(forced.ok);
    assert.equal(forced.notice.forced.length, 1);
    assert.equal(forced.notice.consent, null);
  });

  it('internal calls: consent refused unless forced; notes for not-party-to-call and works council', () => {
    assert.match(refusal(y([{ id: 'staff-training', basis: 'consent' }], { direction: 'internal' })).reason, /EDPB Guidelines 05\/2020/);
    const ok = outcome(y([{ id: 'staff-safety', basis: 'legitimate-interests' }], { direction: 'internal' }));
    assert.ok(ok.ok);
    assert.ok(ok.notice.notes.some((n) => n.includes('not-party-to-call') && n.includes('works-council-approval')));
    assert.match(ok.notice.notice, /just tell us/);
  });

  it('emotion recognition: internal never (no --force), otherwise only with --force', () => {
    const internal = refusal(y([{ id: 'emotion-recognition', basis: 'consent' }], { direction: 'internal' }), { force: true });
    assert.match(internal.reason, /AI Act art\. 5\(1\)\(f\)/);
    assert.equal(internal.forceable, false);
    assert.match(refusal(y([{ id: 'emotion-recognition', basis: 'consent' }])).reason, /Annex III/);
    assert.ok(outcome(y([{ id: 'emotion-recognition', basis: 'consent' }]), { force: true }).ok);
  });

  it('retroactive without buffer_retention; sampled without a rate', () => {
    assert.match(refusal(y([{ id: 'evidence', basis: 'contract' }], { mode: 'on-demand', retroactive: true })).reason, /buffer_retention/);
    assert.match(refusal(y([{ id: 'evidence', basis: 'contract' }], { mode: 'sampled' })).reason, /sample_rate/);
  });

  it('custom purposes: x-notice-phrase is used, must hold one of its phrases, and is required per language', () => {
    const custom = (phrase: string) => [
      'policy: 1', 'controller: Acme', 'languages: [en]',
      'custom_purposes:', '  route-optimisation:', '    description: Tuning call routing', '    phrases: { en: [improve call routing] }',
      ...(phrase ? [`    x-notice-phrase: { en: ${JSON.stringify(phrase)} }`] : []),
      'recordings:', '  - id: line', '    mode: all', '    purposes:',
      '      - purpose: route-optimisation', '        legal_basis: legitimate-interests', '        retention: { max: P30D }',
      '      - purpose: evidence', '        legal_basis: contract', '        retention: { max: P30D }', '',
    ].join('\n');
    const o = outcome(custom('to improve call routing'));
    assert.ok(o.ok, JSON.stringify(o).slice(0, 300));
    assert.match(o.notice.notice, /^Acme records this call to improve call routing and as evidence of what was agreed\./);
    assert.deepEqual(o.notice.roundTrip.notice, ['route-optimisation', 'evidence']);
    assert.match(refusal(custom('')).reason, /x-notice-phrase\.en/);
    assert.match(refusal(custom('to route calls better')).reason, /contains none of the purpose's `phrases\.en`/);
    const nl = policyOf(custom('to improve call routing'));
    const r = generateNotice({ policy: nl, recording: nl.recordings[0], lang: 'nl' });
    assert.ok(!r.ok && 'refusal' in r && /x-notice-phrase\.nl/.test(r.refusal.reason));
  });

  it('config phrases go to the read-back as the lint passes them: a captured full form falls back to the short one; both captured is a round-trip failure', () => {
    const policy = policyOf(y([{ id: 'evidence', basis: 'contract' }]));
    const o = generateNotice({ policy, recording: policy.recordings[0], lang: 'en', phrases: { en: { marketing: ['what was agreed'] } } });
    assert.ok(o.ok, JSON.stringify(o).slice(0, 200));
    assert.deepEqual(o.notice.short, ['evidence']);
    assert.match(o.notice.notice, /^Acme records this call for evidence\./);
    const both = generateNotice({ policy, recording: policy.recordings[0], lang: 'en', phrases: { en: { marketing: ['evidence'] } } });
    assert.ok(!both.ok && 'roundTrip' in both, JSON.stringify(both).slice(0, 200));
    assert.match(both.roundTrip.reason, /reads `marketing` too/);
    const fine = generateNotice({ policy, recording: policy.recordings[0], lang: 'en', phrases: { en: { marketing: ['special offers'] } } });
    assert.ok(fine.ok);
    assert.deepEqual(fine.notice.short, []);
  });
});
