/**
 * The action: inputs from the environment as the runner sets them, the reclint CLI run in this
 * process, then annotations, the job summary, the outputs and the exit code.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { main, type CliIo } from '../../server/src/cli/main';
import { FORMATTERS } from '../../server/src/format/index';
import { command, outputLine, verbatim } from './commands';
import { annotations, summary, type JsonReport } from './report';

/** The CLI's report formats (`github`: the annotations alone). */
export const FORMATS: readonly string[] = Object.keys(FORMATTERS);
export const FAIL_ON = ['error', 'warning', 'never'] as const;
type FailOn = (typeof FAIL_ON)[number];

export interface ActionIo {
  cwd: string;
  env: Record<string, string | undefined>;
  out(s: string): void;
}

/** An input as the runner passes it: `INPUT_<NAME>`, upper-cased, spaces as `_` (hyphens kept); trimmed. */
export function input(env: ActionIo['env'], name: string, fallback = ''): string {
  const v = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
  return v === undefined || v.trim() === '' ? fallback : v.trim();
}

class ActionError extends Error {}

interface CliRun { code: number; out: string; err: string }

async function cli(argv: string[], io: ActionIo): Promise<CliRun> {
  let out = '';
  let err = '';
  const cliIo: CliIo = {
    cwd: io.cwd,
    out: (s) => { out += s; },
    err: (s) => { err += s; },
    readStdin: () => Promise.reject(new Error('the action does not read standard input')),
    isTTY: false,
    env: io.env,
  };
  const code = await main(argv, cliIo);
  return { code, out, err };
}

/** Runs the action; resolves to the exit code (0, 1 when `fail-on` is met, 2 when the run fails). */
export async function runAction(io: ActionIo): Promise<number> {
  try {
    return await run(io);
  } catch (e) {
    const msg = e instanceof ActionError ? e.message : `internal error: ${(e as Error)?.stack ?? String(e)}`;
    io.out(command('error', { title: 'reclint' }, `reclint: ${msg}`));
    return 2;
  }
}

async function run(io: ActionIo): Promise<number> {
  const env = io.env;
  const paths = input(env, 'paths', '.').split(/\r?\n/).map((p) => p.trim()).filter(Boolean);
  const config = input(env, 'config');
  const format = input(env, 'format', 'stylish');
  const sarifFile = input(env, 'sarif-file');
  const failOn = input(env, 'fail-on', 'error') as FailOn;
  const baseline = input(env, 'baseline');
  if (!FORMATS.includes(format)) throw new ActionError(`the input \`format\` is \`${format}\`; use one of ${FORMATS.join(', ')}`);
  if (!FAIL_ON.includes(failOn)) throw new ActionError(`the input \`fail-on\` is \`${failOn}\`; use one of ${FAIL_ON.join(', ')}`);
  // The baseline is the CLI's suppressions file (`reclint --suppress-all` writes it). Without the input
  // the CLI reads ./reclint-suppressions.json when there is one; a named file must exist (else exit 2).
  const common = [...(config ? ['--config', config] : []), ...(baseline ? ['--suppressions-location', baseline] : []), '--', ...paths];
  const checked = (r: CliRun, what: string): CliRun => {
    if (r.code === 2) throw new ActionError(`${r.err.trim() || `the ${what} run failed`}`);
    if (r.err) io.out(verbatim(r.err));
    return r;
  };
  // The report the action reads; the other formats are the same lint of the same files.
  const jsonRun = checked(await cli(['--format', 'json', ...common], io), 'json');
  let report: JsonReport;
  try {
    report = JSON.parse(jsonRun.out) as JsonReport;
  } catch (e) {
    throw new ActionError(`could not read reclint's JSON report: ${(e as Error).message}`);
  }

  // The report in the log, in the chosen format (`github`: the annotations are the report).
  if (format === 'json') io.out(verbatim(jsonRun.out));
  let sarifText: string | undefined;
  if (format === 'sarif' || sarifFile) sarifText = checked(await cli(['--format', 'sarif', ...common], io), 'sarif').out;
  if (format === 'sarif') io.out(verbatim(sarifText!));
  if (format !== 'json' && format !== 'sarif' && format !== 'github') io.out(verbatim(checked(await cli(['--format', format, ...common], io), format).out));

  let sarifPath = '';
  if (sarifFile && sarifText !== undefined) {
    sarifPath = path.resolve(io.cwd, sarifFile);
    try {
      fs.mkdirSync(path.dirname(sarifPath), { recursive: true });
      fs.writeFileSync(sarifPath, sarifText);
    } catch (e) {
      throw new ActionError(`cannot write the SARIF report ${sarifFile}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
  }

  // Paths as GitHub wants them: relative to the repository root, with `/`.
  const workspace = env.GITHUB_WORKSPACE ? path.resolve(env.GITHUB_WORKSPACE) : io.cwd;
  const fileOf = (file: string) => {
    const rel = path.relative(workspace, path.resolve(io.cwd, file));
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
  };
  io.out(annotations(report, fileOf));

  const { errors, warnings } = report.summary;
  const failed = failOn === 'error' ? errors > 0 : failOn === 'warning' ? errors + warnings > 0 : false;
  const outcome = `fail-on: \`${failOn}\` — ${failed ? '**failed**' : 'passed'}.${sarifPath ? ` SARIF report: ${path.relative(workspace, sarifPath).split(path.sep).join('/') || sarifPath}.` : ''}`;

  if (env.GITHUB_STEP_SUMMARY) {
    const blobBase = env.GITHUB_REPOSITORY && env.GITHUB_SHA ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/blob/${env.GITHUB_SHA}/` : undefined;
    try {
      fs.appendFileSync(env.GITHUB_STEP_SUMMARY, summary(report, { fileOf, blobBase, outcome }));
    } catch (e) {
      io.out(command('warning', { title: 'reclint' }, `could not write the job summary: ${(e as NodeJS.ErrnoException).code ?? String(e)}`));
    }
  }
  if (env.GITHUB_OUTPUT) {
    try {
      fs.appendFileSync(env.GITHUB_OUTPUT, outputLine('errors', String(errors)) + outputLine('warnings', String(warnings)) + outputLine('sarif-file', sarifPath));
    } catch (e) {
      throw new ActionError(`cannot write the step outputs: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
  }
  io.out(`reclint: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} (fail-on: ${failOn}) — ${failed ? 'failed' : 'passed'}\n`);
  return failed ? 1 : 0;
}
