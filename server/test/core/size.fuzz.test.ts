/**
 * Size in the fuzz run (issue 20): policies and scripts grown towards the size limit, one dimension at
 * a time: a list, a map, a string, a notice text, an `.ivr` script with many steps and one with a huge
 * prompt. Each is linted beside a good policy and must not throw, must give findings whose ranges lie
 * inside the file, and must leave the good policy's findings as they are alone. Time per byte is
 * printed, never asserted. `npm test` grows to 10^4 items; `npm run fuzz` (FUZZ_RUNS ≥ 100,000) to
 * 10^6 items and 1 MB texts.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EMPTY_OPTIONS } from '../../src/core/config';
import { lint } from '../../src/core/engine';
import type { SourceFile } from '../../src/core/text';

const ROOT = path.resolve(__dirname, '../../..');
const GOOD_URI = 'good/service.recording-policy.yaml';
const GOOD = fs.readFileSync(path.join(ROOT, 'examples/contact-centre/service.recording-policy.yaml'), 'utf8');
const GOOD_IVR = fs.readFileSync(path.join(ROOT, 'examples/contact-centre/ivr/service.ivr'), 'utf8');
const FULL = Number(process.env.FUZZ_RUNS ?? 0) >= 100_000;
const SIZES = FULL ? [1e3, 1e4, 1e5, 1e6] : [1e3, 1e4];
const MAX_TEXT = 10 * 1024 * 1024;

const head = 'policy: 1\ncontroller: Acme\n';
const recording = (extra: string) => `recordings:\n  - id: line\n    mode: all\n${extra}    purposes:\n      - purpose: evidence\n        legal_basis: contract\n        retention: { max: P1Y }\n`;
const words = ['Dit gesprek wordt opgenomen', 'voor trainingsdoeleinden', 'en kwaliteit', 'This call is recorded', 'for training', 'and evidence', 'Wir zeichnen', 'auf', 'nicht pour le marketing', '(https://acme.example/privacy)'];
const prose = (n: number) => Array.from({ length: n }, (_, i) => words[(i * 7 + (i >> 3)) % words.length]).join(' ');

/** Each shape: a file name and its text for n items. */
const SHAPES: Record<string, (n: number) => SourceFile[]> = {
  'a list (languages)': (n) => [{ uri: 'big.recording-policy.yaml', text: `${head}languages:\n${Array.from({ length: n }, (_, i) => `  - ${['nl', 'en', 'xx', 'de-DE'][i % 4]}`).join('\n')}\n${recording('')}` }],
  'a list in JSON': (n) => [{ uri: 'big.recording-policy.json', text: JSON.stringify({ policy: 1, controller: 'Acme', languages: Array.from({ length: n }, (_, i) => ['nl', 'en', 'xx'][i % 3]), recordings: [] }) }],
  'a map (triggers)': (n) => [{ uri: 'big.recording-policy.yaml', text: `${head}triggers:\n${Array.from({ length: n }, (_, i) => `  t${i}: { description: Event ${i} }`).join('\n')}\n${recording('')}` }],
  'a string (controller)': (n) => [{ uri: 'big.recording-policy.yaml', text: `policy: 1\ncontroller: "${'Acme '.repeat(Math.min(n, 200_000))}"\n${recording('')}` }],
  'a notice text': (n) => [{ uri: 'big.recording-policy.yaml', text: `${head}${recording(`    announcement: { text: "${prose(Math.min(n, 100_000))}", language: nl }\n`)}` }],
  'an .ivr script with many steps': (n) => [
    { uri: 'big.recording-policy.yaml', text: `${head}${recording('    announcement: { script: big.ivr }\n')}` },
    { uri: 'big.ivr', text: `lang nl\n${Array.from({ length: n }, (_, i) => (i % 5 === 0 ? `l${i}:\nmenu 1=l${(i + 5) % n} 2=l${i}` : `say p${i} "${words[i % words.length]}"`)).join('\n')}\nrecord start\n` },
  ],
  'an .ivr script with one huge prompt': (n) => [
    { uri: 'big.recording-policy.yaml', text: `${head}${recording('    announcement: { script: big.ivr }\n')}` },
    { uri: 'big.ivr', text: `lang en\nsay notice "${prose(Math.min(n, 100_000))}"\nrecord start\n` },
  ],
};

function run(files: SourceFile[]) {
  const all = [...files, { uri: GOOD_URI, text: GOOD }];
  const texts = new Map(all.map((f) => [f.uri, f.text]));
  const scripts = new Map([['good/ivr/service.ivr', GOOD_IVR], ...files.filter((f) => f.uri.endsWith('.ivr')).map((f) => [f.uri, f.text] as [string, string])]);
  return lint({
    files: all,
    options: () => EMPTY_OPTIONS,
    readScript: (from, rel) => {
      const uri = path.posix.join(path.posix.dirname(from), rel);
      const text = scripts.get(uri) ?? texts.get(uri);
      return text !== undefined ? { ok: true, uri, text } : { ok: false, uri, reason: 'not-found' };
    },
  });
}

describe('size: files grown towards the limit', function () {
  this.timeout(FULL ? 1_800_000 : 120_000);
  const alone = run([]).findings.filter((f) => f.uri.startsWith('good/'));

  for (const [shape, make] of Object.entries(SHAPES)) {
    for (const n of SIZES) {
      it(`${shape}, ${n.toLocaleString('en')} items`, () => {
        const files = make(n);
        const bytes = files.reduce((s, f) => s + f.text.length, 0);
        if (bytes > MAX_TEXT) return void console.log(`      ${shape}: ${bytes} bytes is over the 10 MiB limit; the host refuses it unread`);
        const t0 = process.hrtime.bigint();
        const r = run(files);
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        console.log(`      ${(bytes / 1024).toFixed(0)} KB in ${ms.toFixed(0)} ms (${((ms * 1e3) / Math.max(1, bytes)).toFixed(2)} µs per byte), ${r.findings.length} findings`);
        for (const f of r.findings) {
          const len = r.texts.get(f.uri)?.length ?? -1;
          assert.ok(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= len, `${f.ruleId} at ${f.span.start}-${f.span.end} inside ${f.uri} (${len})`);
        }
        assert.equal(r.findings.filter((f) => f.ruleId === 'internal-error').length, 0, 'no internal error');
        assert.deepEqual(r.findings.filter((f) => f.uri.startsWith('good/')), alone, 'the good policy is linted as alone');
      });
    }
  }
});
