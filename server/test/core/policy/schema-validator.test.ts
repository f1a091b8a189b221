/** The precompiled schema validator is current with schemas/recording-policy.schema.json. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../../..');

describe('precompiled schema validator', () => {
  it('matches a fresh compilation of the schema (run `npm run build` to refresh it)', async () => {
    const gen = (await import(path.join(ROOT, 'scripts/gen-schema-validator.mjs'))) as { generateValidator(): string; OUT: string };
    assert.equal(fs.readFileSync(gen.OUT, 'utf8'), gen.generateValidator());
  });
});
