/**
 * `reclint register [options] [paths...]`: the art. 30(1) record of processing activities (register.md).
 * The files are walked, read and linted exactly as `reclint` does for the same paths and options, so
 * the findings the register lists are the ones the linter reports; the register itself is pure core
 * (core/register). Exit 0 written; 1 with --fail-on-findings and an open error; 2 usage and run errors.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { mergeConfigs, type RegisterConfig } from '../core/config';
import { finishLint, isPolicyUri } from '../core/engine';
import { capFindings } from '../core/finish';
import type { Finding } from '../core/findings';
import { hasOpenErrors, makeRegister, REGISTER_FORMATS, RegisterProblem, type RegisterFinding, type RegisterFormat, type RegisterPolicyInput } from '../core/register/index';
import { DEFAULT_MAX_FILE_SIZE } from '../host/node';
import { isUrl, ProjectHost, type ProjectParams } from '../host/project';
import { writeFileAtomic } from '../host/write';
import { OPTIONS, parseArgs, type CliOptions } from './args';
import { VERSION, type CliIo } from './main';
import { lintHere } from './parallel';
import { joinPoliciesOfNamed } from './script-policies';
import { ExitError, readSources, rootsOf } from './sources';
import { applySuppressionFile } from './suppressions';

interface RegisterOptions {
  format: RegisterFormat;
  outputFile?: string;
  controller?: string;
  baseIri?: string;
  date?: string;
  failOnFindings: boolean;
  bom: boolean;
  help: boolean;
  /** The linter's options this command shares: -c, --no-config, --rule, --jurisdiction, --max-file-size. */
  lint: CliOptions;
}

interface Flag {
  flags: string[];
  arg?: string;
  help: string;
  apply(o: RegisterOptions, v: string): string | undefined;
}

/** The linter's own flags, parsed by the linter's table so they mean the same here. */
const SHARED = ['-c', '--no-config', '--rule', '--jurisdiction', '--max-file-size'];
const shared = (flag: string): Flag => {
  const spec = OPTIONS.find((s) => s.flags.includes(flag))!;
  return { flags: spec.flags, arg: spec.arg, help: spec.help, apply: (o, v) => spec.apply(o.lint, v) };
};

export const REGISTER_FLAGS: Flag[] = [
  { flags: ['-f', '--format'], arg: 'md|csv|jsonld', help: 'Markdown for people (default), CSV for spreadsheets, DPV 2.3 JSON-LD for tools', apply: (o, v) => ((REGISTER_FORMATS as readonly string[]).includes(v) ? ((o.format = v as RegisterFormat), undefined) : `unknown --format \`${v}\`; use md, csv or jsonld`) },
  { flags: ['-o', '--output-file'], arg: 'file', help: 'Write the register to this file (atomically) instead of standard output', apply: (o, v) => ((o.outputFile = v), undefined) },
  { flags: ['--controller'], arg: 'name', help: 'The controller whose record this is, when the policies name more than one', apply: (o, v) => (v.trim() ? ((o.controller = v), undefined) : '--controller takes the controller\'s name as the policies write it') },
  { flags: ['--base-iri'], arg: 'iri', help: 'Base of the IRIs the JSON-LD mints (default register.base_iri, else urn:reclint:)', apply: (o, v) => (/^[A-Za-z][A-Za-z0-9+.-]*:\S*$/.test(v) ? ((o.baseIri = v), undefined) : `--base-iri takes an absolute IRI such as https://acme.example/ropa/ or urn:acme:ropa:; got \`${v}\``) },
  { flags: ['--date'], arg: 'YYYY-MM-DD', help: 'Print "State as of" this date (JSON-LD: issued); without it the register has no date', apply: (o, v) => (isDate(v) ? ((o.date = v), undefined) : `--date takes a calendar date as YYYY-MM-DD; got \`${v}\``) },
  { flags: ['--fail-on-findings'], help: 'Exit 1 when an activity in the record has an open error finding (suppressed and baselined ones do not count)', apply: (o) => ((o.failOnFindings = true), undefined) },
  { flags: ['--no-bom'], help: 'CSV without the UTF-8 byte-order mark (Excel needs it to read UTF-8; other tools may not)', apply: (o) => ((o.bom = false), undefined) },
  ...SHARED.map(shared),
  { flags: ['-h', '--help'], help: 'Print this help', apply: (o) => ((o.help = true), undefined) },
];

function isDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export function registerHelp(version: string): string {
  const rows = REGISTER_FLAGS.map((s) => [`${s.flags.join(', ')}${s.arg ? ` <${s.arg}>` : ''}`, s.help]);
  const w = Math.max(...rows.map((r) => r[0].length)); // bounded: one row per option
  return [
    `reclint ${version} register: the record of processing activities (art. 30(1) GDPR) of call recording`,
    '',
    'Usage: reclint register [options] [paths...]',
    '',
    'One activity per recording and declared purpose of the policies found under the paths (walked as',
    'the linter walks them; default: the current folder), with the open error and warning findings',
    'reclint reports for them (inline-suppressed and baselined ones listed, marked). What a policy cannot hold (contact, DPO,',
    'representative, joint controllers, transfers, security measures) comes from the `register:`',
    'section of .reclintrc.yaml (-c, else the one that applies to the current folder); what is missing',
    'prints "not stated". The same inputs give the same bytes: no clock, no absolute path.',
    '',
    'Options:',
    ...rows.map(([f, h]) => `  ${f.padEnd(w)}  ${h}`),
    '',
    'Exit codes: 0 written (findings are listed, not fatal); 1 only with --fail-on-findings; 2 usage',
    '            error, unreadable path, invalid config, policies of several controllers without',
    '            --controller, or a failure of the run itself.',
    '',
  ].join('\n');
}

function parse(args: readonly string[]): { opts: RegisterOptions; paths: string[] } {
  const opts: RegisterOptions = { format: 'md', failOnFindings: false, bom: true, help: false, lint: parseArgs([]) };
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      for (const p of args.slice(i + 1)) paths.push(p);
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      paths.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const flag = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const spec = REGISTER_FLAGS.find((s) => s.flags.includes(flag));
    if (!spec) throw new ExitError(`reclint register: unknown option \`${flag}\` (see \`reclint register --help\`)`, 2);
    let value = '';
    if (spec.arg) {
      if (eq > 0 && a.startsWith('--')) value = a.slice(eq + 1);
      else if (i + 1 < args.length) value = args[++i];
      else throw new ExitError(`reclint register: ${flag} needs a value (${spec.arg})`, 2);
    } else if (eq > 0 && a.startsWith('--')) {
      throw new ExitError(`reclint register: ${flag} takes no value`, 2);
    }
    const err = spec.apply(opts, value);
    if (err) throw new ExitError(`reclint register: ${err}`, 2);
  }
  if (paths.includes('-')) throw new ExitError('reclint register: reads files, not standard input; give paths', 2);
  return { opts, paths };
}

/** A path as the register prints it: relative to the working folder, with `/`, however far up. */
function relativeDisplay(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel === '' ? '.' : rel.split(path.sep).join('/');
}

/**
 * The register of one folder as Markdown, made exactly as `reclint register <folder>` makes it there:
 * for the editor's "Show processing register". Several controllers: which ones, to pick from.
 */
export async function folderRegister(folder: string, controller?: string): Promise<{ markdown: string } | { error: string; controllers?: string[] }> {
  let out = '';
  const io: CliIo = { cwd: folder, out: (s) => (out += s), err: () => undefined, readStdin: async () => '', isTTY: false, env: {} };
  try {
    const { opts, paths } = parse(['--format', 'md', ...(controller ? ['--controller', controller] : []), '.']);
    await register(opts, paths, io, VERSION);
    return { markdown: out };
  } catch (e) {
    if (e instanceof RegisterProblem) return { error: e.message, controllers: e.controllers.length ? [...e.controllers] : undefined };
    return { error: (e as Error)?.message ?? String(e) };
  }
}

export async function runRegister(args: string[], io: CliIo): Promise<number> {
  try {
    const { opts, paths } = parse(args);
    if (opts.help) {
      io.out(registerHelp(VERSION));
      return 0;
    }
    return await register(opts, paths, io, VERSION);
  } catch (e) {
    if (e instanceof ExitError) {
      io.err(`${e.message}\n`);
      return e.code;
    }
    if (e instanceof RegisterProblem) {
      io.err(`reclint register: ${e.message}\n`);
      return 2;
    }
    io.err(`reclint register: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    return 2;
  }
}

async function register(opts: RegisterOptions, paths: string[], io: CliIo, version: string): Promise<number> {
  const lo = opts.lint;
  const configFile = lo.config ? path.resolve(io.cwd, lo.config) : undefined;
  if (configFile && !fs.existsSync(configFile)) throw new ExitError(`reclint register: config file not found: ${lo.config}`, 2);
  const params: ProjectParams = {
    roots: rootsOf(io.cwd, paths),
    config: lo.noConfig ? { kind: 'none' } : configFile ? { kind: 'file', file: configFile } : { kind: 'search' },
    maxSize: lo.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    over: { rules: lo.rules, jurisdiction: lo.jurisdiction },
    uris: { kind: 'relative', cwd: io.cwd },
  };
  const host = new ProjectHost(params);
  const config = registerConfig(host, io.cwd);

  // Read and lint as `reclint` does (cli/main.ts run()): the same files, the same finishing.
  const run = readSources(paths, io.cwd, host, io.err);
  const { files, sources, preFindings } = run;
  const uncapped = (uri: string) => ({ ...host.options(uri), maxFindingsPerFile: Number.POSITIVE_INFINITY });
  const { unnamed } = joinPoliciesOfNamed(run, new Set(paths.map((p) => path.resolve(io.cwd, p))), host, io.cwd, uncapped);
  const units = lintHere(host, sources, false);
  const suppressed: Finding[] = [];
  const finished = finishLint(units.units.values(), units.texts, uncapped, undefined, (f) => suppressed.push(f));
  const all = [...preFindings, ...unnamed, ...finished];
  // The baseline leaves out what it counts, as in a lint run; the register lists those as baselined.
  const base = applySuppressionFile(lo, io.cwd, all, (u) => host.absOf(u), [...files.values()]);
  for (const n of base.notes) io.err(`${n}\n`);
  const kept = new Set(base.findings);
  const open = capFindings(base.findings, (uri) => host.options(uri));
  const findings: RegisterFinding[] = [
    ...open,
    ...all.filter((f) => !kept.has(f)).map((f) => ({ ...f, held: 'baselined' as const })),
    ...suppressed.map((f) => ({ ...f, held: 'suppressed' as const })),
  ];

  const policies: RegisterPolicyInput[] = [];
  for (const s of sources) {
    if (!isPolicyUri(s.uri)) continue;
    const o = host.options(s.uri);
    policies.push({ uri: s.uri, text: s.text, jurisdiction: o.jurisdiction, forceJurisdiction: o.forceJurisdiction });
  }
  // A policy that could not be read is left out of the record, and says so.
  for (const f of preFindings) {
    if (!isPolicyUri(f.uri) || policies.some((p) => p.uri === f.uri)) continue;
    policies.push({ uri: f.uri, text: '', unreadable: f.message.replace(/\s*reclint.*$/, '').replace(/^This file (is|cannot be read)\s*/, '').replace(/[;.]$/, '') || 'unreadable' });
  }

  const resolvePath = (policyUri: string, rel: string): string => {
    if (isUrl(rel) || /^[a-z][a-z0-9+.-]*:/i.test(rel) && !/^[a-z]:[\\/]/i.test(rel)) return rel;
    const from = host.absOf(policyUri) ?? path.resolve(io.cwd, policyUri);
    return relativeDisplay(path.resolve(path.dirname(from), rel), io.cwd);
  };
  const { register: reg, text } = makeRegister(
    { version, policies, findings, config, controller: opts.controller, baseIri: opts.baseIri, date: opts.date, resolvePath },
    opts.format,
    { bom: opts.bom },
  );

  if (policies.length === 0) io.err(`reclint register: no recording policy (*.recording-policy.{yaml,yml,json}) under ${paths.length ? paths.join(', ') : 'the current folder'}; the register is empty\n`);
  if (opts.outputFile) {
    writeOutput(path.resolve(io.cwd, opts.outputFile), text, opts.outputFile);
    const n = reg.activities.length;
    const errors = reg.activities.filter((a) => a.findings.some((f) => f.severity === 'error' && !f.held)).length;
    io.err(`reclint register: wrote ${opts.outputFile}: ${n} activit${n === 1 ? 'y' : 'ies'} from ${reg.policyFiles.length} policy file${reg.policyFiles.length === 1 ? '' : 's'}${errors ? `, ${errors} with open errors` : ''}${reg.excluded.length ? `, ${reg.excluded.length} left out (see "Not in this record")` : ''}\n`);
  } else {
    io.out(text);
  }
  return opts.failOnFindings && hasOpenErrors(reg) ? 1 : 0;
}

/**
 * The merged `register:` section for the working folder: from `-c` if given, else the `.reclintrc.yaml`
 * chain that applies there, key by key (core/config.ts). A config that does not validate is exit 2:
 * the register would silently lose what it says.
 */
function registerConfig(host: ProjectHost, cwd: string): RegisterConfig {
  const probe = path.join(cwd, '.reclint-register');
  for (const c of host.configFor(probe).files) {
    if (c.problems.length) throw new ExitError(`reclint register: cannot use ${relativeDisplay(c.file, cwd)}: ${c.problems[0].message}`, 2);
  }
  return mergeConfigs(host.layers(host.uriOf(probe)).map((l) => l.config)).register ?? {};
}

/** Atomically, through host/write.ts: a new file is created empty first, then replaced. */
function writeOutput(abs: string, text: string, shown: string): void {
  let before: string;
  try {
    before = fs.readFileSync(abs, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new ExitError(`reclint register: cannot write ${shown}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, 2);
    try {
      fs.writeFileSync(abs, '', { flag: 'wx' });
    } catch (e2) {
      throw new ExitError(`reclint register: cannot write ${shown}: ${(e2 as NodeJS.ErrnoException).code ?? String(e2)}`, 2);
    }
    before = '';
  }
  const w = writeFileAtomic(abs, text, before);
  if (!w.ok) throw new ExitError(`reclint register: cannot write ${shown}: ${w.reason}`, 2);
}
