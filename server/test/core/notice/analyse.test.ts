/** Exact ranges and flags, options, robustness, the lexicon and the purposes table. */
import * as assert from 'node:assert/strict';
import { analyseNotice, compiledLexicon, isNoticeLang } from '../../../src/core/notice/analyse';
import { packOf } from '../../../src/core/notice/lang/registry';
import { fold, stem } from '../../../src/core/notice/normalise';
import { PhraseError, compilePhrase } from '../../../src/core/notice/pattern';
import { PURPOSE_DESCRIPTIONS, PURPOSE_IDS, canonicalPurposePhrase } from '../../../src/core/notice/purposes';
import { NOTICE_LANGS, type NoticeAnalysis, type NoticeLang, type NoticeOptions } from '../../../src/core/notice/types';

function spans(text: string, lang: NoticeLang) {
  return analyseNotice(text, lang).purposes.map((p) => [p.id, p.text, p.start, p.end, p.vague]);
}

describe('notice analysis: exact results', () => {
  it('the issue example, exactly', () => {
    const a = analyseNotice('Dit gesprek kan worden opgenomen voor trainings- en kwaliteitsdoeleinden.', 'nl');
    assert.deepEqual(a.purposes, [
      { id: 'staff-training', text: 'trainings-', start: 38, end: 48, vague: false },
      { id: 'quality-assurance', text: 'kwaliteitsdoeleinden', start: 52, end: 72, vague: true },
    ]);
    assert.equal(a.vague, true);
    assert.equal(a.records, true);
    assert.equal(a.denies, false);
    assert.deepEqual(a.vaguePhrases, [{ id: 'quality-assurance', text: 'kwaliteitsdoeleinden', start: 52, end: 72 }]);
    assert.deepEqual(a.recordSpan, { start: 23, end: 32 });
  });

  it('German hyphen ellipsis', () => {
    assert.deepEqual(spans('Zu Schulungs- und Qualitätssicherungszwecken kann dieses Gespräch aufgezeichnet werden.', 'de'), [
      ['staff-training', 'Schulungs-', 3, 13, false],
      ['quality-assurance', 'Qualitätssicherungszwecken', 18, 44, false],
    ]);
  });

  it('English shared head: quality and training purposes', () => {
    const t = 'This call may be recorded for quality and training purposes.';
    assert.deepEqual(spans(t, 'en'), [
      ['quality-assurance', 'quality', 30, 37, true],
      ['staff-training', 'training purposes', 42, 59, false],
    ]);
  });

  it('whole distinctive phrases', () => {
    assert.deepEqual(spans('We record calls for security, fraud prevention and to resolve any complaints.', 'en'), [
      ['fraud-prevention', 'security', 20, 28, false],
      ['complaint-handling', 'resolve any complaints', 54, 76, false],
    ]);
    assert.deepEqual(spans('Dit gesprek wordt opgenomen ten behoeve van eventuele bewijsvoering.', 'nl'), [['evidence', 'bewijsvoering', 54, 67, false]]);
    assert.deepEqual(spans('To help us improve our service, your call may be recorded.', 'en'), [['quality-assurance', 'help us improve our service', 3, 30, false]]);
  });

  it('vague phrases that name no purpose', () => {
    const a = analyseNotice('Calls may be recorded for internal purposes.', 'en');
    assert.deepEqual(a.purposes, []);
    assert.deepEqual(a.vaguePhrases, [{ text: 'internal purposes', start: 26, end: 43 }]);
    assert.equal(a.vague, true);
  });

  it('denial spans and the recording span', () => {
    const a = analyseNotice('Let op, dit gesprek wordt niet opgenomen.', 'nl');
    assert.equal(a.denies, true);
    assert.equal(a.records, false);
    assert.deepEqual(a.denySpan, { start: 26, end: 40 });
    const b = analyseNotice('Wij nemen dit gesprek niet op.', 'nl');
    assert.deepEqual(b.denySpan, { start: 4, end: 29 });
  });

  it('separable verbs and first person', () => {
    for (const [t, l] of [
      ['Wij nemen al uw gesprekken met onze klantenservice op.', 'nl'],
      ['Ich zeichne dieses Gespräch auf.', 'de'],
      ['Nous enregistrons cet appel.', 'fr'],
      ['We record this call.', 'en'],
    ] as const) {
      assert.equal(analyseNotice(t, l).records, true, t);
    }
    assert.equal(analyseNotice('Dan nemen wij morgen contact met u op.', 'nl').records, false);
  });

  it('the AI-training trap', () => {
    assert.deepEqual(analyseNotice('Calls are recorded for training.', 'en').purposes.map((p) => p.id), ['staff-training']);
    assert.deepEqual(analyseNotice('Calls are recorded to train our AI.', 'en').purposes.map((p) => p.id), ['ai-training']);
    assert.deepEqual(analyseNotice('Gesprekken worden opgenomen om AI-modellen te trainen.', 'nl').purposes.map((p) => p.id), ['ai-training']);
    assert.deepEqual(analyseNotice('Gesprekken worden opgenomen voor de training van AI-modellen.', 'nl').purposes.map((p) => p.id), ['ai-training']);
  });

  it('negated purposes do not count', () => {
    assert.deepEqual(analyseNotice('Opnames worden nooit gebruikt voor marketingdoeleinden. Dit gesprek wordt opgenomen.', 'nl').purposes, []);
    assert.deepEqual(analyseNotice('Cet appel est enregistré. Les enregistrements ne sont jamais utilisés à des fins de marketing.', 'fr').purposes, []);
    assert.deepEqual(analyseNotice('Dieses Gespräch wird aufgezeichnet. Die Aufnahmen werden nicht veröffentlicht.', 'de').purposes, []);
  });

  it('a call used only under the conditions of a colon or semicolon list is a call kept, for the goals of the list (§2, §4)', () => {
    const rows: [NoticeLang, string][] = [
      ['en', 'Your call will not be used unless: it is needed to investigate a complaint; there is a threat to our staff.'],
      ['nl', 'Uw gesprek wordt niet gebruikt, tenzij: het nodig is om een klacht te onderzoeken; er een bedreiging is van ons personeel.'],
      ['de', 'Ihr Gespräch wird nicht verwendet, außer: es ist nötig, um eine Beschwerde zu prüfen; unsere Mitarbeiter werden bedroht.'],
      ['fr', "Votre appel n'est pas utilisé, sauf : pour traiter une réclamation ; en cas de menace envers nos conseillers."],
      ['es', 'Su llamada no se utiliza, salvo: para gestionar una reclamación; en caso de amenazas a nuestro personal.'],
    ];
    for (const [lang, text] of rows) {
      const a = analyseNotice(text, lang);
      assert.deepEqual([a.records, a.denies, a.purposes.map((p) => p.id).sort()], [true, false, ['complaint-handling', 'staff-safety']], `[${lang}] ${text}`);
    }
    // a list after a colon that names no goal keeps nothing: "Your call will not be used: see our website."
    assert.equal(analyseNotice('Your call will not be used for anything: see our website.', 'en').records, false);
  });
});

describe('notice analysis: extra phrases', () => {
  it('matches custom purposes, case/diacritic-insensitive, with small gaps and inflection', () => {
    const t = 'Gesprekken worden opgenomen om de ROUTERING te verbeteren.';
    const a = analyseNotice(t, 'nl', { extraPhrases: { 'route-optimisation': ['routering verbeteren'] } });
    assert.deepEqual(a.purposes.map((p) => [p.id, p.text]), [['route-optimisation', 'ROUTERING te verbeteren']]);
    const b = analyseNotice('We record calls to improve our call routing.', 'en', { extraPhrases: { 'route-optimisation': ['improve call routing'] } });
    assert.ok(b.purposes.some((p) => p.id === 'route-optimisation' && p.text === 'improve our call routing'));
    const c = analyseNotice('Cet appel est enregistré pour la qualité de l’accueil téléphonique.', 'fr', { extraPhrases: { 'accueil-tel': ['accueil telephonique'] } });
    assert.ok(c.purposes.some((p) => p.id === 'accueil-tel'));
  });

  it('ignores unusable extra phrases', () => {
    const a = analyseNotice('This call is recorded.', 'en', { extraPhrases: { x: ['', '***', '|..'] } });
    assert.deepEqual(a.purposes, []);
  });

  it('extra phrases for a built-in id', () => {
    const a = analyseNotice('Calls are recorded for mystery shopping.', 'en', { extraPhrases: { 'quality-assurance': ['mystery shopping'] } });
    assert.deepEqual(a.purposes.map((p) => p.id), ['quality-assurance']);
  });

  it("a policy's phrase says what its words mean: no built-in reading of the same words stands beside it", () => {
    const extraPhrases = { 'return-processing': ['uw retour te verwerken'] };
    const t = 'Dit gesprek wordt opgenomen om uw retour te verwerken en om eventuele klachten af te handelen.';
    assert.deepEqual(analyseNotice(t, 'nl').purposes.map((p) => p.id), ['service-provision', 'complaint-handling']);
    assert.deepEqual(analyseNotice(t, 'nl', { extraPhrases }).purposes.map((p) => [p.id, p.text]), [['return-processing', 'uw retour te verwerken'], ['complaint-handling', 'klachten af te handelen']]);
    // built-in readings of other words in the sentence stand
    const b = analyseNotice('We record calls to improve our call routing and to train our staff.', 'en', { extraPhrases: { 'route-optimisation': ['improve call routing'] } });
    assert.deepEqual(b.purposes.map((p) => p.id), ['route-optimisation', 'staff-training']);
    // a built-in reading with words of its own stands beside the policy's phrase; a stop phrase and a longer phrase of the policy still hide one
    const ids = (t: string, lang: NoticeLang, x: Record<string, string[]>) => analyseNotice(t, lang, { extraPhrases: x }).purposes.map((p) => p.id).sort();
    assert.deepEqual(ids('Dit gesprek wordt opgenomen om klachten over uw retour af te handelen.', 'nl', { 'return-processing': ['retour'] }), ['complaint-handling', 'return-processing']);
    const v = analyseNotice('Calls are recorded for monitoring purposes.', 'en', { extraPhrases: { 'quality-assurance': ['monitoring'] } });
    assert.deepEqual([v.vague, v.purposes.map((p) => p.id)], [true, ['quality-assurance']]);
    assert.deepEqual(ids('Calls are recorded where permitted by law.', 'en', { 'legal-compliance': ['law'] }), []);
    assert.deepEqual(ids('Calls are recorded to check call quality.', 'en', { 'call-quality': ['call quality'], 'x-quality': ['quality'] }), ['call-quality']);
  });
});

/** The analysis, failing the test when the analyser reports that it failed (it never throws). */
function sound(text: string, lang: NoticeLang, options?: NoticeOptions): NoticeAnalysis {
  const a = analyseNotice(text, lang, options);
  assert.equal(a.internalError, undefined, `the analyser failed on ${JSON.stringify(text.slice(0, 80))} (${lang})`);
  return a;
}

describe('notice analysis: robustness', () => {
  it('analyses odd input without failing', () => {
    const inputs = ['', ' ', '\u0000\u0000', '\ud83d', '\udc00x', '😀 opgenomen 😀', '-', "'", '...', '- - -', 'a-', '-a', 'x'.repeat(10000), 'é\u0301\u0301'];
    for (const lang of NOTICE_LANGS) for (const t of inputs) sound(t, lang);
  });

  it('reports a failure of its own instead of an empty analysis', () => {
    // extraPhrases come from the user's custom purposes and config; one that throws when read stands
    // for any exception inside the analyser.
    const hostile = Object.defineProperty({}, 'x-purpose', { enumerable: true, get: () => { throw new RangeError('boom'); } }) as Record<string, readonly string[]>;
    const text = 'This call is recorded for training purposes.';
    const a = analyseNotice(text, 'en', { extraPhrases: hostile });
    assert.equal(a.internalError, 'notice analysis failed: RangeError: boom');
    assert.equal(a.records, false);
    assert.deepEqual(a.purposes, []);
    assert.ok(Object.isFrozen(a));
    // The failure is not remembered for the text: without the hostile phrases it reads as usual.
    const b = sound(text, 'en');
    assert.equal(b.records, true);
    assert.deepEqual(b.purposes.map((p) => p.id), ['staff-training']);
    assert.ok(!('internalError' in b), 'a sound analysis has no internalError key at all');
  });

  it('handles emoji before a phrase with exact UTF-16 offsets', () => {
    const t = '📞📞 Dit gesprek wordt opgenomen voor kwaliteitsbewaking.';
    const a = analyseNotice(t, 'nl');
    assert.equal(a.purposes.length, 1);
    assert.equal(t.slice(a.purposes[0].start, a.purposes[0].end), 'kwaliteitsbewaking');
  });

  it('is linear-ish on 1 MB of text', function () {
    // Not a timing test (bench/ measures speed): about 10 s alone, and a quadratic reading of 1 MB would
    // take hours; the headroom keeps a loaded CI machine from failing it.
    this.timeout(120000);
    const unit = 'Dit gesprek kan worden opgenomen voor trainings- en kwaliteitsdoeleinden, niet voor marketing en ';
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const a = analyseNotice(big, 'nl');
    assert.equal(a.records, true);
    assert.equal(a.internalError, undefined);
    const words = 'lorem ipsum opgenomen recorded \u0000 '.repeat(30000);
    for (const lang of NOTICE_LANGS) sound(words, lang);
  });

  it('rejects an unknown language without throwing', () => {
    assert.equal(isNoticeLang('nl'), true);
    assert.equal(isNoticeLang('xx'), false);
    const a = analyseNotice('text', 'xx' as NoticeLang);
    assert.equal(a.records, false);
    assert.equal(a.internalError, undefined, 'an unknown language is the caller\'s concern, not a failure');
  });
});

describe('notice lexicon and purposes table', () => {
  it('every lexicon phrase compiles', () => {
    for (const lang of NOTICE_LANGS) assert.doesNotThrow(() => compiledLexicon(lang));
  });

  it('uses only built-in ids, and has a canonical phrase per id per language', () => {
    for (const lang of NOTICE_LANGS) {
      for (const r of packOf(lang).lexicon.purposes) if (r.id) assert.ok((PURPOSE_IDS as readonly string[]).includes(r.id), r.id);
      for (const id of PURPOSE_IDS) {
        const c = canonicalPurposePhrase(id, lang);
        assert.ok(c && c.length > 0, `${lang} ${id}`);
      }
    }
    assert.equal(canonicalPurposePhrase('nope', 'nl'), undefined);
    assert.equal(canonicalPurposePhrase('evidence', 'nl'), 'bewijsvoering');
    assert.equal(canonicalPurposePhrase('evidence', 'en'), 'evidence of what was agreed');
    // a fix writes "für" before the phrase: German "für" takes the accusative ("für Schulungszwecke", "für die Bearbeitung Ihres Anliegens")
    assert.equal(canonicalPurposePhrase('staff-training', 'de'), 'Schulungszwecke');
    assert.equal(canonicalPurposePhrase('service-provision', 'de'), 'die Bearbeitung Ihres Anliegens');
    assert.equal(canonicalPurposePhrase('marketing', 'fr'), 'le marketing');
  });

  it('has 16 ids in table order, each with a description', () => {
    assert.equal(PURPOSE_IDS.length, 16);
    assert.equal(PURPOSE_IDS[0], 'quality-assurance');
    assert.equal(PURPOSE_IDS[15], 'personal-use');
    for (const id of PURPOSE_IDS) assert.ok(PURPOSE_DESCRIPTIONS[id].length > 0);
  });

  it('rejects malformed phrases', () => {
    assert.throws(() => compilePhrase('en', '... x', null), PhraseError);
    assert.throws(() => compilePhrase('en', 'x ...', null), PhraseError);
    assert.throws(() => compilePhrase('en', 'a|well-being', null), PhraseError);
  });
});

describe('notice normalisation', () => {
  it('folds case and diacritics', () => {
    assert.equal(fold('Qualitätssicherung'), 'qualitatssicherung');
    assert.equal(fold('ÉVALUATION'), 'evaluation');
    assert.equal(fold('Straße'), 'strasse');
  });
  it('strips inflection per language, keeping -ing apart', () => {
    assert.equal(stem('nl', 'gesprekken'), stem('nl', 'gesprek'));
    assert.equal(stem('nl', 'opnames'), stem('nl', 'opname'));
    assert.equal(stem('en', 'recorded'), stem('en', 'records'));
    assert.equal(stem('en', 'purposes'), stem('en', 'purpose'));
    assert.notEqual(stem('en', 'training'), stem('en', 'train'));
    assert.equal(stem('de', 'zwecken'), stem('de', 'zweck'));
    assert.equal(stem('fr', 'enregistrees'), stem('fr', 'enregistre'));
  });
});
