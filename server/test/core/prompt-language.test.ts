/**
 * A prompt that declares no language (notice-reading.md §6): it is a notice in the language it is
 * plainly in, and a prompt with sentences plainly in two languages is a notice in each. Callers hear
 * the notice of their language, so an untagged English `<Say>` is the English callers' notice, not a
 * second Dutch one because the policy lists Dutch first.
 */
import * as assert from 'node:assert/strict';
import { promptParts } from '../../src/core/prompt-language';
import type { Finding } from '../../src/core/findings';
import { applyEdits } from '../../src/core/fix';
import { dedent, lintFiles } from '../helpers';

const P = 'p.recording-policy.yaml';

const policy = (script: string, languages: string, purposes: string[]) =>
  [
    'policy: 1',
    'controller: Acme',
    `languages: [${languages}]`,
    'recordings:',
    '  - id: line',
    '    mode: all',
    `    announcement: { script: ${script} }`,
    '    purposes:',
    ...purposes.flatMap((p) => [`      - purpose: ${p}`, '        legal_basis: legitimate-interests', '        balancing_test: docs/lia.md', '        retention: { max: P1Y }']),
    '',
  ].join('\n');

const twiml = (...says: string[]) => `<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n${says.map((s) => `  <Say>${s}</Say>\n`).join('')}  <Record/>\n</Response>\n`;

const byRule = (fs: Finding[], id: string) => fs.filter((f) => f.ruleId === id);

describe('the language of a prompt that declares none', () => {
  describe('promptParts', () => {
    it('a prompt plainly in the fallback language is one part in it', () => {
      const parts = promptParts('Dit gesprek wordt opgenomen voor trainingsdoeleinden.', 'nl');
      assert.deepEqual(parts.map((p) => p.lang), ['nl']);
      assert.equal(parts[0].offsets, undefined);
    });

    it('a prompt plainly in another language is one part in that language, with its opening greeting', () => {
      for (const [text, lang] of [
        ['Welcome. This call is recorded for training purposes.', 'en'],
        ['Bienvenue. Cet appel est enregistré pour la formation de nos conseillers.', 'fr'],
        ['Willkommen bei Acme. Dieses Gespräch wird aufgezeichnet, damit wir unsere Beratung verbessern und um Ihnen zu helfen.', 'de'],
        ['Bienvenido. Esta llamada puede ser grabada para mejorar la calidad del servicio.', 'es'],
      ] as const) {
        assert.deepEqual(promptParts(text, 'nl').map((p) => p.lang), [lang], text);
      }
    });

    it('a bilingual prompt is a part per language; each part keeps its offsets into the prompt', () => {
      const text = 'Welkom bij Acme. Dit gesprek wordt opgenomen om u beter te helpen. Welcome to Acme. This call is recorded for training.';
      const parts = promptParts(text, 'nl');
      assert.deepEqual(parts.map((p) => p.lang), ['nl', 'en']);
      const en = parts[1];
      assert.equal(en.text, 'Welcome to Acme. This call is recorded for training.');
      const k = en.text.indexOf('training');
      assert.equal(text.slice(en.offsets![k], en.offsets![k + 'training'.length - 1] + 1), 'training');
      assert.equal(en.offsets!.length, en.text.length + 1);
    });

    it('a sentence plain in no language goes with the one after it; the last ones with the one before', () => {
      const parts = promptParts('This call is recorded for training. Welkom. Dit gesprek wordt opgenomen voor training. Acme.', 'nl');
      assert.deepEqual(parts.map((p) => [p.lang, p.text]), [['en', 'This call is recorded for training. '], ['nl', 'Welkom. Dit gesprek wordt opgenomen voor training. Acme.']]);
    });

    it('a text with no words is one part in the fallback', () => {
      assert.deepEqual(promptParts('', 'de').map((p) => p.lang), ['de']);
      assert.deepEqual(promptParts('1 2 3 …', 'de').map((p) => p.lang), ['de']);
    });
  });

  describe('in the rules', () => {
    const nl = 'Dit gesprek wordt opgenomen om onze medewerkers te trainen en om later te kunnen nagaan wat er is afgesproken.';
    const en = 'This call is recorded to train our staff.';

    it('an untagged English <Say> is the English notice: no language is missing, and the purpose it lacks is reported for English', () => {
      const files = { [P]: policy('flow.twiml', 'nl, en', ['staff-training', 'evidence']), 'flow.twiml': twiml(nl, en) };
      const fs = lintFiles(files).findings;
      assert.deepEqual(byRule(fs, 'announcement-language-missing'), []);
      const pna = byRule(fs, 'purpose-not-announced');
      assert.equal(pna.length, 1, pna.map((f) => f.message).join('\n'));
      assert.match(pna[0].message, /^The English notice of 'line' does not announce 'evidence'/);
    });

    it('one <Say> in two languages is a notice in each; the fix adds the purpose to the English sentences', () => {
      const files = { [P]: policy('flow.twiml', 'nl, en', ['staff-training', 'evidence']), 'flow.twiml': twiml(`${nl} ${en}`) };
      const fs = lintFiles(files).findings;
      assert.deepEqual(byRule(fs, 'announcement-language-missing'), []);
      const pna = byRule(fs, 'purpose-not-announced');
      assert.equal(pna.length, 1, pna.map((f) => f.message).join('\n'));
      assert.match(pna[0].message, /^The English notice/);
      const out = applyEdits(files['flow.twiml'], pna[0].suggestions![0].edits).text;
      assert.ok(out.includes('This call is recorded to train our staff and evidence of what was agreed.'), out);
      assert.ok(out.includes(nl), 'the Dutch sentences are left as they are');
    });

    it('the related location of a part points at its own words, not the whole prompt', () => {
      const files = { [P]: policy('flow.twiml', 'nl, en', ['staff-training', 'evidence']), 'flow.twiml': twiml(`${nl} ${en}`) };
      const f = byRule(lintFiles(files).findings, 'purpose-not-announced')[0];
      const rel = f.related.find((r) => r.uri === 'flow.twiml')!;
      assert.equal(files['flow.twiml'].slice(rel.span.start, rel.span.end), en);
    });

    it('an .ivr prompt without a `lang` line is read in the language it is in', () => {
      const files = {
        [P]: policy('service.ivr', 'de, en', ['staff-training']),
        'service.ivr': dedent(`
          say hinweis "Dieses Gespräch wird zu Schulungszwecken aufgezeichnet."
          say notice "This call is recorded for training purposes."
          record start
        `),
      };
      const fs = lintFiles(files).findings;
      assert.deepEqual(byRule(fs, 'announcement-language-missing'), []);
      assert.deepEqual(byRule(fs, 'purpose-not-announced'), []);
    });

    it('a short prompt with too few function words to tell is read in the language in which it says something', () => {
      const files = {
        [P]: policy('flow.twiml', 'nl, de', ['staff-training']),
        'flow.twiml': twiml('Dit gesprek wordt opgenomen voor trainingsdoeleinden.', 'Willkommen. Dieses Gespräch wird zu Schulungszwecken aufgezeichnet.'),
      };
      const fs = lintFiles(files).findings;
      assert.deepEqual(byRule(fs, 'announcement-language-missing'), []);
      assert.deepEqual(byRule(fs, 'purpose-not-announced'), []);
    });

    it('a declared language stays the notice language, whatever the words', () => {
      const files = {
        [P]: policy('service.ivr', 'nl, en', ['staff-training']),
        'service.ivr': dedent(`
          lang nl
          say melding "This call is recorded for training purposes."
          record start
        `),
      };
      const missing = byRule(lintFiles(files).findings, 'announcement-language-missing');
      assert.equal(missing.length, 1);
      assert.match(missing[0].message, /English/);
    });
  });
});
