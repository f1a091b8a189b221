/** The masking pass (notice-reading.md §1): names, URLs, e-mail addresses and phone numbers are not read. */
import * as assert from 'node:assert/strict';
import { analyseNotice } from '../../../src/core/notice/analyse';
import { PACKS } from '../../../src/core/notice/lang/registry';
import { OTHER_LEGAL_FORMS, maskSpans, type MaskSpan } from '../../../src/core/notice/mask';

const FORMS = [...PACKS.flatMap((p) => p.legalForms), ...OTHER_LEGAL_FORMS];
const JOINERS = PACKS.flatMap((p) => p.lexicon.coordinators);

function masked(text: string, controller?: string): string[] {
  return maskSpans(text, { controller, legalForms: FORMS, nameJoiners: JOINERS }).map((s) => `${s.kind}:${text.slice(s.start, s.end)}`);
}

describe('notice masking: the pass', () => {
  it('a capitalised name followed by a legal form, with or without dots, is an organisation', () => {
    assert.deepEqual(masked('Kwaliteitszorg Nederland B.V. neemt dit gesprek op.'), ['organisation:Kwaliteitszorg Nederland B.V.']);
    assert.deepEqual(masked('Welkom bij Acme BV, dit gesprek wordt opgenomen.'), ['organisation:Acme BV']);
    assert.deepEqual(masked('Die Qualitätsservice GmbH zeichnet auf.'), ['organisation:Die Qualitätsservice GmbH']);
    assert.deepEqual(masked('Llama a Formación Global S.L.U. hoy.'), ['organisation:Formación Global S.L.U.']);
    assert.deepEqual(masked('Acme Training Ltd records calls.'), ['organisation:Acme Training Ltd']);
    assert.deepEqual(masked('Bel met Zorg en Zekerheid B.V. nu.'), ['organisation:Zorg en Zekerheid B.V.']);
    assert.deepEqual(masked('Die Aufzeichnung für Schulung der Acme GmbH.'), ['organisation:Acme GmbH'], 'a preposition does not join a name');
    assert.deepEqual(masked('Servizi Qualità S.p.A. e Nordisk Kvalitet A/S.'), ['organisation:Servizi Qualità S.p.A.', 'organisation:Nordisk Kvalitet A/S']);
  });

  it('a legal form needs a capitalised name before it, and a form inside a word is none', () => {
    assert.deepEqual(masked('calls are recorded by a ltd company'), []);
    assert.deepEqual(masked('Wir nutzen die AGB.'), []);
    assert.deepEqual(masked('Dit gesprek wordt opgenomen voor kwaliteitsdoeleinden.'), []);
  });

  it('in text written in capitals only a form that is no word marks a name: dotted, or four letters or more', () => {
    assert.deepEqual(masked('CALLS MAY BE MONITORED OR RECORDED AS PERMITTED BY LAW.'), [], "'AS' is a word there");
    assert.deepEqual(masked('ESTA LLAMADA SE GRABA.'), [], "'SE' is a word there");
    assert.deepEqual(masked('FOR PURPOSES INCLUDING BUT NOT LIMITED TO TRAINING.'), [], "'LIMITED' is a word there");
    assert.deepEqual(masked('DIE QUALITÄTSMANAGEMENT SERVICE GMBH ZEICHNET AUF.'), ['organisation:DIE QUALITÄTSMANAGEMENT SERVICE GMBH']);
    assert.deepEqual(masked('LES APPELS PASSÉS À FORMATION QUALITÉ SERVICES SARL.'), ['organisation:À FORMATION QUALITÉ SERVICES SARL'], 'in capitals a name takes the capitalised words before the form');
    assert.deepEqual(masked('WELKOM BIJ KWALITEITSZORG B.V.'), ['organisation:WELKOM BIJ KWALITEITSZORG B.V.']);
    assert.deepEqual(masked('Bel met ACME AS vandaag.'), ['organisation:ACME AS'], 'capitals inside mixed-case text are a name');
  });

  it('the controller is masked wherever it stands, with or without its legal form, in any case', () => {
    assert.deepEqual(masked('Welkom bij Kwaliteitszorg Nederland. Dit gesprek wordt opgenomen.', 'Kwaliteitszorg Nederland B.V.'), ['controller:Kwaliteitszorg Nederland']);
    assert.deepEqual(masked('KWALITEITSZORG NEDERLAND BV neemt op.', 'Kwaliteitszorg Nederland B.V.'), ['controller:KWALITEITSZORG NEDERLAND BV']);
    assert.deepEqual(masked('Welcome to Evidence Partners.', 'Evidence Partners'), ['controller:Evidence Partners']);
    assert.deepEqual(masked('Welcome to Evidence Partnership.', 'Evidence Partners'), [], 'only at word boundaries');
  });

  it('URLs (with or without scheme), e-mail addresses and phone numbers are masked; trailing punctuation is not part of them', () => {
    assert.deepEqual(masked('Zie acme.example/complaints.'), ['url:acme.example/complaints']);
    assert.deepEqual(masked('Visit https://acme.example/training, or www.acme.example.'), ['url:https://acme.example/training', 'url:www.acme.example']);
    assert.deepEqual(masked('Mail klachten@acme.nl.'), ['email:klachten@acme.nl']);
    assert.deepEqual(masked('Bel 088-123 45 67 of +31 (0)20 123 4567.'), ['phone:088-123 45 67', 'phone:+31 (0)20 123 4567']);
  });

  it('abbreviations, decimals, times and menu digits are not masked', () => {
    assert.deepEqual(masked('Wir zeichnen z.B. Gespräche auf, d.h. alle.'), []);
    assert.deepEqual(masked('Open van 8.30 tot 17.00 uur. Druk 1 of 2.'), []);
    assert.deepEqual(masked('Press 1, 2 or 3.'), []);
  });

  it('spans are sorted and disjoint; overlapping finds merge', () => {
    const spans: MaskSpan[] = maskSpans('Mail info@acme.example or see acme.example/info, Acme B.V.', { legalForms: FORMS });
    for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1].end <= spans[i].start);
    assert.deepEqual(spans.map((s) => s.kind), ['email', 'url', 'organisation']);
  });

  it('is linear on long runs of digits and capitals', () => {
    const t0 = Date.now();
    maskSpans(`${'1 '.repeat(20000)}x ${'Aa '.repeat(20000)}b`, { legalForms: FORMS, controller: 'Aa Aa' });
    assert.ok(Date.now() - t0 < 2000);
  });
});

describe('notice masking: the reading', () => {
  const purposes = (text: string, lang: 'nl' | 'en' | 'de' | 'fr' | 'es', controller?: string) => analyseNotice(text, lang, { controller }).purposes.map((p) => p.id);

  it('an organisation name names no purpose, and the sentence around it is still read', () => {
    assert.deepEqual(purposes('Kwaliteitszorg Nederland B.V. neemt dit gesprek op.', 'nl'), []);
    assert.equal(analyseNotice('Kwaliteitszorg Nederland B.V. neemt dit gesprek op.', 'nl').records, true);
    assert.deepEqual(purposes('Acme Training Ltd records this call to handle your complaint.', 'en'), ['complaint-handling']);
    assert.deepEqual(purposes('Formación y Calidad S.L. graba esta llamada.', 'es'), []);
  });

  it('the controller named without its legal form names no purpose', () => {
    assert.deepEqual(purposes('Welkom bij Kwaliteitszorg Nederland. Dit gesprek wordt opgenomen.', 'nl', 'Kwaliteitszorg Nederland B.V.'), []);
    // a welcome names no goal anyway (§1, §4); the name in the recording sentence shows what masking does
    assert.deepEqual(purposes('Welkom bij Kwaliteitszorg Nederland. Dit gesprek wordt opgenomen.', 'nl'), []);
    assert.deepEqual(purposes('Kwaliteitszorg Nederland neemt dit gesprek op.', 'nl', 'Kwaliteitszorg Nederland B.V.'), []);
    assert.deepEqual(purposes('Kwaliteitszorg Nederland neemt dit gesprek op.', 'nl'), ['quality-assurance'], 'without the controller the words are read');
  });

  it('a URL, an e-mail address or a phone number names no purpose', () => {
    assert.deepEqual(purposes('This call is recorded. See acme.example/complaints.', 'en'), []);
    assert.deepEqual(purposes('Cet appel est enregistré. Écrivez à reclamation@acme.fr.', 'fr'), []);
    assert.deepEqual(purposes('Dieses Gespräch wird für Beschwerden unter 0800 123 45 67 aufgezeichnet.', 'de'), ['complaint-handling'], 'the word before the number is read');
  });

  it('masked spans keep the spans of everything else exact', () => {
    const text = 'Acme Training Ltd records this call for quality purposes.';
    const a = analyseNotice(text, 'en');
    for (const p of a.purposes) assert.equal(text.slice(p.start, p.end), p.text);
    assert.equal(a.recordSpan && text.slice(a.recordSpan.start, a.recordSpan.end), 'records');
  });
});
