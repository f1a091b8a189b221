/**
 * Property tests over generated policies, scripts and notices: linting never throws, every range lies
 * inside its document, findings are deterministic, and applying the safe fixes keeps the file parsing,
 * keeps every comment, and reaches a fixed point. `FUZZ_RUNS` sets the number of cases (npm run fuzz).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyseNotice } from '../../src/core/notice/analyse';
import { parsePolicyText } from '../../src/core/policy/parse';
import { fixToFixedPoint } from '../../src/core/fix';
import { lintFiles } from '../helpers';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const ROOT = path.resolve(__dirname, '../../..');
const SEEDS = [
  fs.readFileSync(path.join(ROOT, 'examples/contact-centre/service.recording-policy.yaml'), 'utf8'),
  fs.readFileSync(path.join(ROOT, 'examples/clean/helpdesk.recording-policy.yaml'), 'utf8'),
  fs.readFileSync(path.join(ROOT, 'server/test/fixtures/scenarios/spec-example/acme.recording-policy.yaml'), 'utf8'),
];
const SCRIPT = fs.readFileSync(path.join(ROOT, 'examples/contact-centre/ivr/service.ivr'), 'utf8');

const TOKENS = ['', ' ', '\n', '\t', ':', '- ', '#', '&a ', '*a', '{', '}', '[', ']', '"', "'", 'indefinite', '90 days', 'toestemming', 'evidence', 'x-note: 1', 'P2Y', '€', '😀', '\u0000', 'purpose: marketing', 'until: nope', 'mode: none', 'legal_basis:', '---'];

/** A seed policy with a few lines removed, duplicated or spliced with tokens. */
const mutatedPolicy = fc.tuple(fc.nat(SEEDS.length - 1), fc.array(fc.tuple(fc.nat(400), fc.nat(3), fc.constantFrom(...TOKENS)), { maxLength: 6 })).map(([i, muts]) => {
  const lines = SEEDS[i].split('\n');
  for (const [at, kind, tok] of muts) {
    const k = at % Math.max(1, lines.length);
    if (kind === 0) lines.splice(k, 1);
    else if (kind === 1) lines.splice(k, 0, lines[k] ?? '');
    else if (kind === 2) lines[k] = (lines[k] ?? '') + tok;
    else lines[k] = (lines[k] ?? '').replace(/:\s.*$/, `: ${tok}`);
  }
  return lines.join('\n');
});

function lintOnce(text: string) {
  return lintFiles({ 'p/a.recording-policy.yaml': text, 'p/ivr/service.ivr': SCRIPT }, { lint: ['p/a.recording-policy.yaml'] });
}

describe('fuzz: policies', function () {
  this.timeout(600000);

  it(`never throws, ranges in bounds, deterministic (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(mutatedPolicy, (text) => {
        const a = lintOnce(text);
        const b = lintOnce(text);
        assert.deepEqual(a.findings, b.findings);
        for (const f of a.findings) {
          const len = a.texts.get(f.uri)?.length ?? 0;
          assert.ok(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= len, `${f.ruleId} ${f.span.start}-${f.span.end} outside 0-${len}`);
          assert.notEqual(f.ruleId, 'internal-error', f.message);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it(`fixes keep the file parsing and every comment, and reach a fixed point (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(mutatedPolicy, (text) => {
        if (!parsePolicyText(text).root) return;
        const uri = 'p/a.recording-policy.yaml';
        const lint = (t: string) => lintOnce(t).findings;
        const fixed = fixToFixedPoint(uri, text, lint).text;
        assert.ok(parsePolicyText(fixed).root, 'the fixed text still parses');
        const comments = (t: string) => t.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('#'));
        for (const c of comments(text)) assert.ok(fixed.includes(c), `comment kept: ${c}`);
        assert.equal(fixToFixedPoint(uri, fixed, lint).text, fixed, 'a second fix changes nothing');
      }),
      { numRuns: Math.max(20, Math.floor(RUNS / 3)) },
    );
  });
});

describe('fuzz: notices', function () {
  this.timeout(600000);
  const words = ['dit', 'gesprek', 'wordt', 'niet', 'opgenomen', 'voor', 'trainings-', 'en', 'kwaliteitsdoeleinden', 'this', 'call', 'is', 'not', 'recorded', 'for', 'training', 'AI', 'models', 'wird', 'aufgezeichnet', 'cet', 'appel', 'enregistré', 'à', 'des', 'fins', 'de', 'formation', ',', '.', '-', '😀', 'é', 'ß'];
  it(`analyses any text in any language without failing, spans exact (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 })), { maxLength: 40 }), fc.constantFrom('nl', 'en', 'de', 'fr'), (ws, lang) => {
        const text = ws.join(' ');
        const a = analyseNotice(text, lang as 'nl');
        // The analyser never throws; it reports its own failures here.
        assert.equal(a.internalError, undefined, `the analyser failed on ${JSON.stringify(text)} (${lang})`);
        for (const p of a.purposes) assert.equal(text.slice(p.start, p.end), p.text);
        assert.ok(!(a.records && a.denies));
      }),
      { numRuns: RUNS },
    );
  });
});
