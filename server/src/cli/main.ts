/**
 * The `reclint` command: arguments, files, output, exit code. A thin adapter over the core; every
 * finding means what it means in the editor.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { finishLint, lint, isPolicyUri, isScriptUri, type LintResult } from '../core/engine';
import { docsUrlFor, type Finding } from '../core/findings';
import { fixToFixedPoint } from '../core/fix';
import { RULES } from '../core/rules/index';
import { LineIndex, type SourceFile } from '../core/text';
import { FORMATTERS } from '../format/index';
import { ConfigResolver, type LoadedConfig } from '../host/config-file';
import { matchesAny } from '../host/glob';
import { DEFAULT_MAX_FILE_SIZE, readTextFile, toDisplay, walk } from '../host/node';
import { writeFileAtomic } from '../host/write';
import { helpText, parseArgs, UsageError, type CliOptions } from './args';
import { createLintHost, type HostParams } from './lint-host';
import { cacheFilePath, LintCache, runKey } from './cache';
import { lintWithCache } from './cached-lint';
import { lintHere, lintParallel, serveWorker, workerCount } from './parallel';
import { runPurposes } from './purposes';

declare const RECLINT_VERSION: string | undefined;
export const VERSION: string = typeof RECLINT_VERSION === 'string' ? RECLINT_VERSION : '0.1.0';

export interface CliIo {
  cwd: string;
  out(s: string): void;
  err(s: string): void;
  readStdin(): Promise<string>;
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

class ExitError extends Error {
  constructor(message: string, readonly code: number) {
    super(message);
  }
}

interface Collected {
  /** absolute path → display uri */
  files: Map<string, string>;
}

function hasGlob(p: string): boolean {
  return /[*?{]/.test(p);
}

function collect(opts: CliOptions, io: CliIo, ignoresFor: (abs: string) => string[]): Collected {
  const files = new Map<string, string>();
  const add = (abs: string) => files.set(abs, toDisplay(abs, io.cwd));
  const paths = opts.paths.length ? opts.paths : ['.'];
  for (const p of paths) {
    const abs = path.resolve(io.cwd, p);
    if (hasGlob(p) && !fs.existsSync(abs)) {
      const base = p.split('/').findIndex((s) => hasGlob(s));
      const root = path.resolve(io.cwd, p.split('/').slice(0, Math.max(0, base)).join('/') || '.');
      const found = walk(root, { ignores: ignoresFor(root), cwd: io.cwd }).filter((f) => matchesAny(toDisplay(f, io.cwd), [p.replace(/^\.\//, '')]));
      if (found.length === 0) throw new ExitError(`reclint: no files match \`${p}\``, 2);
      found.forEach(add);
      continue;
    }
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch {
      throw new ExitError(`reclint: no such file or directory: ${p}`, 2);
    }
    if (st.isDirectory()) walk(abs, { ignores: ignoresFor(abs), cwd: io.cwd }).forEach(add);
    else add(abs);
  }
  return { files };
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] === 'purposes') {
    return runPurposes(argv.slice(1), { readStdin: io.readStdin, out: io.out, err: io.err, color: io.isTTY && !io.env.NO_COLOR });
  }
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
  const maxSize = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const resolver = new ConfigResolver();
  let explicit: LoadedConfig | undefined;
  if (opts.config) {
    const abs = path.resolve(io.cwd, opts.config);
    if (!fs.existsSync(abs)) throw new ExitError(`reclint: config file not found: ${opts.config}`, 2);
    explicit = resolver.load(abs);
  }
  const configFor = (abs: string) => (opts.noConfig ? { config: {}, files: [] as LoadedConfig[] } : explicit ? { config: explicit.config, files: [explicit] } : resolver.forFile(abs));
  const ignoresFor = (absDir: string) => configFor(path.join(absDir, '_')).config.ignores ?? [];
  const { files } = collect(opts, io, ignoresFor);

  // Which files count: the config's `files` globs narrow what is linted when given.
  const configProblems = new Map<string, LoadedConfig>();
  const sources: SourceFile[] = [];
  const kinds = new Map<string, 'policy' | 'script'>();
  const preFindings: Finding[] = [];
  const absOf = new Map<string, string>();
  const readText = new Map<string, string>();
  for (const [abs, uri] of files) {
    const cfg = configFor(abs);
    for (const c of cfg.files) if (c.problems.length) configProblems.set(c.file, c);
    if (cfg.config.files && !matchesAny(toDisplay(abs, path.dirname(cfg.files[cfg.files.length - 1]?.file ?? io.cwd)), cfg.config.files) && !opts.paths.includes(uri)) continue;
    const r = readTextFile(abs, maxSize);
    const kind: 'policy' | 'script' = isScriptUri(abs) ? 'script' : 'policy';
    if (!r.ok) {
      if (r.reason === 'too-large') {
        preFindings.push(fileFinding(uri, `This file is over the size limit (${r.detail}); reclint did not parse it. Raise \`--max-file-size\` to lint it.`, kind));
        continue;
      }
      // A path the user named is a usage problem; a file met while walking a folder is a finding.
      if (opts.paths.some((p) => path.resolve(io.cwd, p) === abs)) throw new ExitError(`reclint: cannot read ${uri}: ${r.detail ?? r.reason}`, 2);
      preFindings.push(fileFinding(uri, `This file cannot be read (${r.detail ?? r.reason}); reclint skipped it.`, kind));
      continue;
    }
    if (!isPolicyUri(abs) && !isScriptUri(abs)) {
      if (!/\.(ya?ml|json)$/i.test(abs)) {
        io.err(`reclint: skipped ${uri}: not a recording policy (*.recording-policy.{yaml,yml,json}) or an .ivr script\n`);
        continue;
      }
    }
    if (r.invalidUtf8 || r.text.includes('\u0000')) {
      const at = r.invalidUtf8 ? Math.max(0, r.text.indexOf('\ufffd')) : r.text.indexOf('\u0000');
      preFindings.push({ ...fileFinding(uri, r.invalidUtf8 ? 'This file is not valid UTF-8 text (a binary file?); reclint reads UTF-8 only.' : 'This file holds a NUL byte; it is not a text file. Remove the byte or the file.', kind), span: { start: at, end: at + 1 } });
      readText.set(uri, r.text);
      continue;
    }
    sources.push({ uri, text: r.text });
    kinds.set(uri, kind);
    absOf.set(uri, abs);
    readText.set(uri, r.text);
  }

  // The project roots: the working directory and every path given; scripts outside them are not read.
  const roots = [io.cwd, ...(opts.paths.length ? opts.paths : ['.']).map((p) => {
    const a = path.resolve(io.cwd, p);
    try { return fs.statSync(a).isDirectory() ? a : path.dirname(a); } catch { return path.dirname(a); }
  })];

  const hostParams: HostParams = { cwd: io.cwd, roots, maxSize, noConfig: opts.noConfig, configFile: opts.config ? path.resolve(io.cwd, opts.config) : undefined, rules: opts.rules, jurisdiction: opts.jurisdiction };
  const host = createLintHost(hostParams, resolver);
  for (const [u, a] of absOf) host.absOf.set(u, a);
  const { options } = host;
  // The host reads each script once per run; after --fix has written files, a new host reads them again.
  let reader = host;
  const lintAll = (srcs: readonly SourceFile[]) => lint({ files: srcs, options, readScript: reader.readScript });
  const forced = Number(io.env.RECLINT_WORKERS);
  const fixing = opts.fix || opts.fixDryRun;
  const workersFor = (n: number) => (fixing ? 1 : Number.isInteger(forced) && forced > 0 ? forced : workerCount(n));
  const lintUnitsOf = (srcs: SourceFile[], record: boolean) => {
    const workers = workersFor(srcs.length);
    return workers > 1
      ? lintParallel(hostParams, srcs.map((s) => ({ ...s, abs: absOf.get(s.uri) ?? path.resolve(io.cwd, s.uri) })), workers, __filename, record)
      : Promise.resolve(lintHere(host, srcs, record));
  };
  let result: LintResult;
  // The cache is for checking; --fix reads and writes files and always lints afresh.
  const cache = opts.cache && !fixing ? LintCache.load(cacheFilePath(io.cwd, opts.cacheLocation), runKey(__filename, { ...hostParams, cwd: io.cwd })) : undefined;
  if (cache) {
    result = await lintWithCache({ cache, sources, host, lint: (files) => lintUnitsOf(files, true) });
    const failed = cache.save();
    if (failed) io.err(`reclint: could not write the cache ${toDisplay(cache.file, io.cwd)} (${failed}); the findings are not affected\n`);
  } else {
    const u = await lintUnitsOf(sources, false);
    result = { findings: finishLint(u.units.values(), u.texts, options), texts: u.texts, dependencies: u.dependencies, internalErrors: u.internalErrors };
  }

  if (opts.fix || opts.fixDryRun) {
    const changed = new Map<string, string>();
    for (const src of [...result.texts.keys()]) {
      if (!sources.some((s) => s.uri === src) && !result.findings.some((f) => f.uri === src && f.fix)) continue;
      const original = result.texts.get(src)!;
      if (!result.findings.some((f) => f.uri === src && f.fix)) continue;
      const lintWith = (text: string) => {
        const srcs = sources.some((s) => s.uri === src) ? sources.map((s) => (s.uri === src ? { uri: s.uri, text } : s)) : [...sources, { uri: src, text }];
        return lintAll(srcs).findings;
      };
      const fixed = fixToFixedPoint(src, original, lintWith);
      if (fixed.text !== original) changed.set(src, fixed.text);
    }
    if (opts.fixDryRun) {
      for (const [uri, text] of changed) io.out(`--- ${uri} (fixed)\n${text}${text.endsWith('\n') ? '' : '\n'}`);
    } else {
      for (const [uri, text] of changed) {
        const abs = absOf.get(uri) ?? path.resolve(io.cwd, uri);
        const w = writeFileAtomic(abs, text, result.texts.get(uri)!);
        if (!w.ok) io.err(`reclint: did not fix ${uri}: ${w.reason}\n`);
        else {
          const i = sources.findIndex((s) => s.uri === uri);
          if (i >= 0) sources[i] = { uri, text };
        }
      }
      reader = createLintHost(hostParams, resolver);
      for (const [u, a] of absOf) reader.absOf.set(u, a);
      result = lintAll(sources);
    }
  }

  let findings = [...preFindings, ...result.findings];
  for (const c of configProblems.values()) {
    const uri = toDisplay(c.file, io.cwd);
    for (const p of c.problems) findings.push({ ...fileFinding(uri, p.message, 'policy'), ruleId: 'schema', docsUrl: docsUrlFor('schema'), span: p.span });
    readText.set(uri, c.text);
  }
  if (opts.quiet) findings = findings.filter((f) => f.severity === 'error');
  const texts = new Map<string, string>([...readText, ...result.texts]);
  const indexes = new Map<string, LineIndex>();
  const lineIndex = (uri: string) => {
    let idx = indexes.get(uri);
    if (!idx) { idx = new LineIndex(texts.get(uri) ?? ''); indexes.set(uri, idx); }
    return idx;
  };
  const formatted = FORMATTERS[opts.format]({
    findings,
    files: [...files.values()].filter((u) => texts.has(u) || findings.some((f) => f.uri === u)),
    lineIndex,
    rules: RULES.map((r) => r.meta),
    version: VERSION,
    color: opts.outputFile ? false : color,
  });
  if (opts.outputFile) {
    try {
      fs.writeFileSync(path.resolve(io.cwd, opts.outputFile), formatted);
    } catch (e) {
      throw new ExitError(`reclint: cannot write ${opts.outputFile}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, 2);
    }
  } else {
    io.out(formatted);
  }
  if (result.internalErrors > 0) return 2;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (errors > 0) return 1;
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
    if (opts.format === 'stylish') io.err(`reclint found too many warnings (maximum: ${opts.maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

function fileFinding(uri: string, message: string, kind: 'policy' | 'script'): Finding {
  const ruleId = kind === 'script' ? 'ivr-syntax' : 'yaml-syntax';
  return { ruleId, severity: 'error', message, uri, span: { start: 0, end: 0 }, legalSource: '', docsUrl: docsUrlFor(ruleId), related: [], suggestions: [] };
}

if (!serveWorker() && require.main === module) {
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
