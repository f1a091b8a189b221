import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseIvr } from '../../../src/core/ivr/parse';
import { pathsReaching, reachable } from '../../../src/core/ivr/flow';

/** Text built from the pieces the parser cares about, so odd combinations come up often. */
const piece = fc.constantFrom(
  'say', 'consent', 'record', 'start', 'menu', 'goto', 'lang', 'nl', 'hangup', 'transfer', 'a:', 'a', 'b:',
  '1=a', '2=b', 'accept=1', 'refuse=2', '"', '\\"', '\\\\', '\\', '#', ' ', '\t', '\n', '\r\n', '\r', '\uFEFF', '\0', 'x', 'é', '😀',
);
const script = fc.array(piece, { maxLength: 60 }).map((ps) => ps.join(''));
/** `npm run fuzz` sets FUZZ_RUNS (100,000); `npm test` runs 3,000. */
const RUNS = Math.max(3000, Number(process.env.FUZZ_RUNS ?? 0));

describe('parseIvr: properties', () => {
  it(`never throws; spans stay inside the text; prompt offsets are consistent (${RUNS} cases)`, function () {
    this.timeout(0);
    fc.assert(
      fc.property(script, (src) => {
        const r = parseIvr('f.ivr', src);
        const inside = (s: { start: number; end: number }) => 0 <= s.start && s.start <= s.end && s.end <= src.length;
        for (const e of r.errors) assert.ok(inside(e.span), JSON.stringify(e));
        for (const c of r.comments) assert.ok(inside(c.span) && src[c.span.start] === '#');
        let prevEnd = 0;
        for (const s of r.steps) {
          assert.ok(inside(s.span) && s.span.start >= prevEnd);
          prevEnd = s.span.end;
          if (s.kind === 'say' || s.kind === 'consent') {
            const p = s.prompt;
            assert.ok(inside(p.span) && src[p.span.start] === '"');
            assert.equal(p.sourceOffsets.length, p.text.length + 1);
            for (let i = 0; i < p.text.length; i++) {
              const o = p.sourceOffsets[i];
              assert.ok(o > p.span.start && o < p.sourceOffsets[i + 1]);
              const c = p.text[i];
              if (src[o] === '\\' && (c === '"' || c === '\\')) continue;
              if (c === ' ' && /\s/.test(src[o])) continue;
              assert.equal(src[o], c);
            }
          }
        }
        reachable(r);
        pathsReaching(r, () => true, (i) => i % 3 === 1).forEach((p) => assert.equal(p.path[0], 0));
      }),
      { numRuns: RUNS },
    );
  });
});
