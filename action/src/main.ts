/**
 * The action's entry (bundled to action/dist/index.js, which the runner runs as checked out).
 *
 * The bundle holds the whole CLI. In a lint worker thread (the CLI lints 1,000+ files on several
 * threads, each running this same bundle) the CLI's own module code serves the job; the action runs
 * on the main thread only. The build defines `require.main` as undefined so that the CLI module's
 * "run as the `reclint` command" block does not also run here.
 */
import { isMainThread } from 'node:worker_threads';
import { runAction } from './run';

if (isMainThread) {
  runAction({ cwd: process.cwd(), env: process.env, out: (s) => process.stdout.write(s) }).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stdout.write(`::error::reclint: internal error: ${String((e as Error)?.message ?? e).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
      process.exitCode = 2;
    },
  );
}
