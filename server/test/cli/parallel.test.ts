/** When the CLI uses worker threads (the report is the same either way; cli.test.ts checks that). */
import * as assert from 'node:assert/strict';
import { workerCount } from '../../src/cli/parallel';

describe('worker threads', () => {
  it('one thread for a few hundred files, or on fewer than 4 logical CPUs', () => {
    assert.equal(workerCount(500, 16), 1);
    assert.equal(workerCount(5000, 2), 1);
    assert.equal(workerCount(5000, 3), 1);
  });
  it('many files on many CPUs: up to one worker per CPU, about 250 files each', () => {
    assert.equal(workerCount(1000, 8), 4);
    assert.equal(workerCount(5000, 8), 8);
    assert.equal(workerCount(2000, 4), 4);
  });
});
