/**
 * The `reclint` command: arguments, files, output, exit code. A thin adapter over the core; every
 * finding means what it means in the editor.
 */
import { localeFromEnv } from '../core/i18n/locale';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { finishLint, lint, type LintResult } from '../core/engine';
import { capFindings } from '../core/finish';
import { docsUrlFor } from '../core/findings';
import { RULES } from '../core/rules/index';
import type { SourceFile } from '../core/text';
import { FORMATTERS } from '../format/index';
import { DEFAULT_MAX_FILE_SIZE, toDisplay } from '../host/node';
import { ProjectHost, type ProjectParams } from '../host/project';
import { writeFileAtomic } from '../host/write';
import { helpText, parseArgs, UsageError, type CliOptions } from './args';
import { cacheFilePath, LintCache, runKey } from './cache';
import { lintWithCache } from './cached-lint';
import { fixTexts } from './fix';
import { formatReport } from './report';
import { printConfig } from './print-config';
import { applySuppressionFile } from './suppressions';
import { joinPoliciesOfNamed } from './script-policies';
import { ExitError, fileFinding, readSources, rootsOf, stdinSources } from './sources';
import { lintHere, lintParallel, serveWorker, workerCount } from './parallel';
import { runPurposes } from './purposes';
import { runRegister } from './register';
import { runNotice } from './notice';
import { runInit } from './init';

declare const RECLINT_VERSION: string | undefined;
export const VERSION: string = typeof RECLINT_VERSION === 'string' ? RECLINT_VERSION : '0.1.0';

export interface CliIo {
  cwd: string;
  out(s: string): void;
  err(s: string): void;
  readStdin(): Promise<string>;
  isTTY: boolean;
  /** The terminal's columns, when standard output is one. */
  columns?: number;
  env: Record<string, string | undefined>;
}

/** The width stylish wraps to: `COLUMNS`, else the terminal's, else 80 (a pipe, a CI log). */
export function outputWidth(io: Pick<CliIo, 'env' | 'columns'>): number {
  const env = Number(io.env.COLUMNS);
  if (Number.isInteger(env) && env > 0) return env;
  return io.columns && io.columns > 0 ? io.columns : 80;
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] === 'purposes') {
    return runPurposes(argv.slice(1), { readStdin: io.readStdin, out: io.out, err: io.err, color: io.isTTY && !io.env.NO_COLOR });
  }
  // Subcommands only as the first argument: a folder named `register` is linted with `./register`.
  if (argv[0] === 'register') return runRegister(argv.slice(1), io);
  if (argv[0] === 'notice') return runNotice(argv.slice(1), io);
  if (argv[0] === 'init') return runInit(argv.slice(1), io);
  let opts: CliOptions;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`reclint: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (opts.help) {
    io.out(helpText(VERSION));
    return 0;
  }
  if (opts.version) {
    io.out(`${VERSION}\n`);
    return 0;
  }
  try {
    return await run(opts, io);
  } catch (e) {
    if (e instanceof ExitError) {
      io.err(`${e.message}\n`);
      return e.code;
    }
    io.err(`reclint: internal error: ${(e as Error)?.message ?? String(e)}${opts.debug ? `\n${(e as Error)?.stack ?? ''}` : ' (run with --debug for details)'}\n`);
    return 2;
  }
}

async function run(opts: CliOptions, io: CliIo): Promise<number> {
  const color = opts.color ?? (io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb');
  const configFile = opts.config ? path.resolve(io.cwd, opts.config) : undefined;
  if (configFile && !fs.existsSync(configFile)) throw new ExitError(`reclint: config file not found: ${opts.config}`, 2);
  const stdinPath = opts.stdin ? path.resolve(io.cwd, opts.stdinFilename ?? 'stdin.recording-policy.yaml') : undefined;
  const stdinText = opts.stdin ? await io.readStdin() : undefined;
  const params: ProjectParams = {
    roots: rootsOf(io.cwd, stdinPath ? [stdinPath] : opts.paths),
    config: opts.noConfig ? { kind: 'none' } : configFile ? { kind: 'file', file: configFile } : { kind: 'search' },
    maxSize: opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    over: { rules: opts.rules, jurisdiction: opts.jurisdiction, maxFindingsPerFile: opts.maxFindingsPerFile, locale: localeFromEnv(opts.locale, io.env) },
    uris: { kind: 'relative', cwd: io.cwd },
  };
  if (opts.printConfig !== undefined) {
    io.out(printConfig(opts.printConfig, io.cwd, new ProjectHost({ ...params, roots: rootsOf(io.cwd, [opts.printConfig]) })));
    return 0;
  }
  // Standard input stands for its file: a policy that reads it as its script reads this text.
  const stdinUri = stdinPath ? toDisplay(stdinPath, io.cwd) : undefined;
  const host = new ProjectHost(params, stdinUri ? { overlay: (u) => (u === stdinUri ? stdinText : undefined) } : {});
  const run = stdinPath && stdinUri ? stdinSources(stdinPath, stdinUri, stdinText ?? '', host) : readSources(opts.paths, io.cwd, host, io.err);
  const { files, sources, preFindings, texts: readText, configProblems } = run;
  const options = (uri: string) => host.options(uri);
  // Findings are finished without the per-file cap: the baseline is applied first, then the cap.
  const uncapped = (uri: string) => ({ ...host.options(uri), maxFindingsPerFile: Number.POSITIVE_INFINITY });
  // A script given by name is linted with the policies of the project that name it.
  const namedPaths = new Set((stdinPath ? [stdinPath] : opts.paths.map((p) => path.resolve(io.cwd, p))));
  const { policies: throughPolicies, unnamed } = joinPoliciesOfNamed(run, namedPaths, host, io.cwd, uncapped);

  const forced = Number(io.env.RECLINT_WORKERS);
  const fixing = opts.fix || opts.fixDryRun;
  const workersFor = (n: number) => (fixing ? 1 : Number.isInteger(forced) && forced > 0 ? forced : workerCount(n));
  const lintUnitsOf = (srcs: SourceFile[], record: boolean) => {
    const workers = workersFor(srcs.length);
    return workers > 1 ? lintParallel(params, srcs, workers, __filename, record) : Promise.resolve(lintHere(host, srcs, record));
  };
  let result: LintResult;
  // The cache is for checking; --fix reads and writes files and always lints afresh.
  const cache = opts.cache && !fixing ? LintCache.load(cacheFilePath(io.cwd, opts.cacheLocation), runKey(__filename, params)) : undefined;
  if (cache) {
    result = await lintWithCache({ cache, sources, host, finishOptions: uncapped, lint: (srcs) => lintUnitsOf(srcs, true) });
    const failed = cache.save();
    if (failed) io.err(`reclint: could not write the cache ${toDisplay(cache.file, io.cwd)} (${failed}); the findings are not affected\n`);
  } else {
    const u = await lintUnitsOf(sources, false);
    result = { findings: finishLint(u.units.values(), u.texts, uncapped), texts: u.texts, dependencies: u.dependencies, internalErrors: u.internalErrors };
  }

  if (fixing) {
    const changed = fixTexts(result, sources, host, new Set(throughPolicies.map((p) => p.uri)));
    if (opts.fixDryRun) {
      // Files: a unified diff of what --fix would change. Standard input: its whole fixed text, for an editor to take.
      for (const [uri, text] of changed) {
        if (opts.stdin) io.out(`--- ${uri} (fixed)\n${text}${text.endsWith('\n') ? '' : '\n'}`);
        else {
          const patch = createTwoFilesPatch(`a/${uri}`, `b/${uri}`, result.texts.get(uri) ?? '', text, undefined, undefined, { context: 3 }).replace(/^=+\n/, '');
          io.out(color ? patch.replace(/^([-+@].*)$/gm, (l) => `\u001b[${l.startsWith('@') ? 36 : l.startsWith('+') ? 32 : 31}m${l}\u001b[0m`) : patch);
        }
      }
    } else {
      for (const [uri, text] of changed) {
        const w = writeFileAtomic(host.absOf(uri) ?? path.resolve(io.cwd, uri), text, result.texts.get(uri)!);
        if (!w.ok) io.err(`reclint: did not fix ${uri}: ${w.reason}\n`);
        else {
          const i = sources.findIndex((s) => s.uri === uri);
          if (i >= 0) sources[i] = { uri, text };
        }
      }
      // Scripts were read before they were fixed: read them again.
      host.reset();
      result = lint({ files: sources, options: uncapped, readScript: host.readScript });
    }
  }

  let findings = [...preFindings, ...unnamed, ...result.findings];
  for (const c of configProblems.values()) {
    const uri = toDisplay(c.file, io.cwd);
    for (const p of c.problems) findings.push({ ...fileFinding(uri, p.message, 'policy'), ruleId: 'schema', docsUrl: docsUrlFor('schema'), span: p.span });
    readText.set(uri, c.text);
  }
  // The baseline of an existing estate: what it counts is left out (core/baseline.ts).
  const base = applySuppressionFile(opts, io.cwd, findings, (u) => host.absOf(u), [...files.values()]);
  findings = capFindings(base.findings, options);
  for (const n of base.notes) io.err(`${n}\n`);
  if (opts.quiet) findings = findings.filter((f) => f.severity === 'error');
  // The call flows the policies read were linted too: they are files of the run (clean ones included).
  const linted = [...files.values()];
  const seen = new Set(linted);
  for (const reads of result.dependencies.values()) for (const u of reads) if (!seen.has(u) && result.texts.has(u)) { seen.add(u); linted.push(u); }
  // In the order findings are sorted (by file), so every format lists files alike.
  if (linted.length > files.size) linted.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const report = formatReport(FORMATTERS[opts.format], {
    findings,
    files: linted,
    texts: new Map<string, string>([...readText, ...result.texts]),
    rules: RULES.map((r) => r.meta),
    version: VERSION,
    color: opts.outputFile ? false : color,
    sarifCategory: opts.sarifCategory,
    width: opts.outputFile ? undefined : outputWidth(io),
    locale: localeFromEnv(opts.locale, io.env),
  });
  const formatted = report.text;
  findings = report.findings;
  if (opts.outputFile) {
    try {
      fs.writeFileSync(path.resolve(io.cwd, opts.outputFile), formatted);
    } catch (e) {
      throw new ExitError(`reclint: cannot write ${opts.outputFile}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, 2);
    }
  } else {
    io.out(formatted);
  }
  if (base.suppressed > 0 && opts.format === 'stylish') {
    io.out(`${formatted ? '' : '\n'}  ${base.suppressed} more finding${base.suppressed === 1 ? ' is' : 's are'} in the baseline (${opts.suppressionsLocation ?? 'reclint-suppressions.json'}) and not shown: still breaches, to be fixed.\n`);
  }
  // A file reclint failed on is an error finding on that file (exit 1); exit 2 is for the run itself.
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (errors > 0) return 1;
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
    if (opts.format === 'stylish') io.err(`reclint found too many warnings (maximum: ${opts.maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

if (!serveWorker() && require.main === module) {
  // A reader that goes away (`reclint … | head`) ends the output, not with a stack trace.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); });
  const io: CliIo = {
    cwd: process.cwd(),
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    readStdin: () =>
      new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        process.stdin.on('data', (c: Buffer) => chunks.push(c));
        process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        process.stdin.on('error', reject);
      }),
    isTTY: Boolean(process.stdout.isTTY),
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    env: process.env,
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`reclint: internal error: ${(e as Error)?.message ?? String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
