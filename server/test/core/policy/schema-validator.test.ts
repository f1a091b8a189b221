/** The precompiled schema validators are current with schemas/recording-policy.schema.json and reclintrc.schema.json. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../../..');

describe('precompiled schema validators', () => {
  it('match a fresh compilation of each schema (run `npm run build` to refresh them)', async () => {
    type V = { schema: string; out: string };
    const gen = (await import(path.join(ROOT, 'scripts/gen-schema-validator.mjs'))) as { generateValidator(v: V): string; VALIDATORS: V[] };
    assert.equal(gen.VALIDATORS.length, 2);
    for (const v of gen.VALIDATORS) assert.equal(fs.readFileSync(v.out, 'utf8'), gen.generateValidator(v), `${v.out} is out of date`);
  });
});
