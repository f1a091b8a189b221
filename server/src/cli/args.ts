/** Command-line arguments → options. The `--help` text is made from the same table. */
import { isLocale, LOCALES, type Locale } from '../core/i18n/locale';
import { NOTICE_LANGS } from '../core/notice/types';
import type { RuleSetting } from '../core/config';

export interface CliOptions {
  paths: string[];
  format: string;
  outputFile?: string;
  quiet: boolean;
  maxWarnings?: number;
  color?: boolean;
  fix: boolean;
  fixDryRun: boolean;
  config?: string;
  noConfig: boolean;
  rules: Record<string, RuleSetting>;
  jurisdiction?: string;
  /** `--locale`: the language of the messages (else LC_ALL, LC_MESSAGES, LANG). */
  locale?: Locale;
  maxFileSize?: number;
  maxFindingsPerFile?: number;
  cache: boolean;
  stdin: boolean;
  sarifCategory?: string;
  suppressAll: boolean;
  suppressRules: string[];
  pruneSuppressions: boolean;
  suppressionsLocation?: string;
  printConfig?: string;
  stdinFilename?: string;
  cacheLocation?: string;
  debug: boolean;
  help: boolean;
  version: boolean;
}

interface OptSpec {
  flags: string[];
  arg?: string;
  help: string;
  apply(o: CliOptions, v: string): string | undefined;
}

const SEVERITIES = ['off', 'hint', 'info', 'warning', 'error'];

export const OPTIONS: OptSpec[] = [
  { flags: ['-f', '--format'], arg: 'name', help: 'Output format: stylish (default), json, sarif, github (annotations), gitlab (Code Quality), junit (JUnit XML)', apply: (o, v) => (['stylish', 'json', 'sarif', 'github', 'gitlab', 'junit'].includes(v) ? ((o.format = v), undefined) : `unknown format \`${v}\`; use stylish, json, sarif, github, gitlab or junit`) },
  { flags: ['-o', '--output-file'], arg: 'file', help: 'Write the report to a file instead of standard output', apply: (o, v) => ((o.outputFile = v), undefined) },
  { flags: ['--quiet'], help: 'Report errors only', apply: (o) => ((o.quiet = true), undefined) },
  { flags: ['--max-warnings'], arg: 'n', help: 'Exit 1 when there are more than n warnings', apply: (o, v) => (/^\d+$/.test(v) ? ((o.maxWarnings = Number(v)), undefined) : '--max-warnings takes a whole number') },
  { flags: ['--fix'], help: 'Apply the safe fixes to the files, then report what remains', apply: (o) => ((o.fix = true), undefined) },
  { flags: ['--fix-dry-run'], help: 'Print what --fix would change as a unified diff, without writing (with --stdin: the fixed text)', apply: (o) => ((o.fixDryRun = true), undefined) },
  { flags: ['-c', '--config'], arg: 'file', help: 'Use this config file instead of looking for .reclintrc.yaml', apply: (o, v) => ((o.config = v), undefined) },
  { flags: ['--no-config'], help: 'Do not read any .reclintrc.yaml', apply: (o) => ((o.noConfig = true), undefined) },
  {
    flags: ['--rule'],
    arg: 'id:severity',
    help: 'Set a rule\'s severity (off, hint, info, warning, error); repeatable',
    apply: (o, v) => {
      const i = v.lastIndexOf(':');
      const id = v.slice(0, i);
      const sev = v.slice(i + 1);
      if (i <= 0 || !SEVERITIES.includes(sev)) return `--rule takes <id>:<severity> with severity one of ${SEVERITIES.join(', ')}; got \`${v}\``;
      o.rules[id] = sev as RuleSetting;
      return undefined;
    },
  },
  { flags: ['--jurisdiction'], arg: 'code', help: 'Lint as if every policy named this jurisdiction (DK, NL, or any other code for EU-wide)', apply: (o, v) => (/^[A-Za-z]{2}$/.test(v) ? ((o.jurisdiction = v.toUpperCase()), undefined) : '--jurisdiction takes a two-letter country code') },
  { flags: ['--locale'], arg: 'code', help: `The language of the messages: ${LOCALES.join(' or ')} (default: from LC_ALL, LC_MESSAGES or LANG, else en)`, apply: (o, v) => (isLocale(v.toLowerCase()) ? ((o.locale = v.toLowerCase() as Locale), undefined) : `--locale takes ${LOCALES.join(' or ')}; got \`${v}\``) },
  { flags: ['--max-findings-per-file'], arg: 'n', help: 'List at most n findings of one file, then one that counts the rest (default 1000, or max_findings_per_file)', apply: (o, v) => (/^[1-9]\d*$/.test(v) ? ((o.maxFindingsPerFile = Number(v)), undefined) : '--max-findings-per-file takes a positive number') },
  { flags: ['--max-file-size'], arg: 'bytes', help: 'Files larger than this are reported and not parsed (default 10485760)', apply: (o, v) => (/^\d+$/.test(v) ? ((o.maxFileSize = Number(v)), undefined) : '--max-file-size takes a number of bytes') },
  { flags: ['--sarif-category'], arg: 'name', help: 'The SARIF run category (automationDetails.id, default reclint/): one per part of a repository linted apart', apply: (o, v) => (/^[\w./-]+$/.test(v) ? ((o.sarifCategory = v), undefined) : '--sarif-category takes letters, digits, . _ - and /') },
  { flags: ['--print-config'], arg: 'file', help: 'Print, as JSON, the settings reclint lints this file with and where each comes from; lint nothing', apply: (o, v) => ((o.printConfig = v), undefined) },
  { flags: ['--suppress-all'], help: 'Write every finding of this run into the baseline (reclint-suppressions.json); later runs report only what is beyond it', apply: (o) => ((o.suppressAll = true), undefined) },
  { flags: ['--suppress-rule'], arg: 'id', help: 'The same for one rule; repeatable', apply: (o, v) => (/^[a-z0-9-]+$/.test(v) ? (o.suppressRules.push(v), undefined) : '--suppress-rule takes a rule id') },
  { flags: ['--prune-suppressions'], help: 'Lower the baseline\'s counts to what is still found, and drop what is gone', apply: (o) => ((o.pruneSuppressions = true), undefined) },
  { flags: ['--suppressions-location'], arg: 'file', help: 'The baseline file (default ./reclint-suppressions.json)', apply: (o, v) => ((o.suppressionsLocation = v), undefined) },
  { flags: ['--stdin'], help: 'Lint the text on standard input (as --stdin-filename, default stdin.recording-policy.yaml)', apply: (o) => ((o.stdin = true), undefined) },
  { flags: ['--stdin-filename'], arg: 'path', help: 'The file the standard input stands for: its kind, its config, the scripts or policies it goes with', apply: (o, v) => ((o.stdinFilename = v), undefined) },
  { flags: ['--cache'], help: 'Reuse the findings of files (and the scripts they read) unchanged since the last --cache run', apply: (o) => ((o.cache = true), undefined) },
  { flags: ['--cache-location'], arg: 'path', help: 'The cache file, or a folder to hold .reclintcache (default ./.reclintcache)', apply: (o, v) => ((o.cacheLocation = v), undefined) },
  { flags: ['--color'], help: 'Force colours', apply: (o) => ((o.color = true), undefined) },
  { flags: ['--no-color'], help: 'No colours (also when NO_COLOR is set)', apply: (o) => ((o.color = false), undefined) },
  { flags: ['--debug'], help: 'Print stack traces of internal errors', apply: (o) => ((o.debug = true), undefined) },
  { flags: ['-v', '--version'], help: 'Print the version', apply: (o) => ((o.version = true), undefined) },
  { flags: ['-h', '--help'], help: 'Print this help', apply: (o) => ((o.help = true), undefined) },
];

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): CliOptions {
  const o: CliOptions = { paths: [], format: 'stylish', quiet: false, fix: false, fixDryRun: false, noConfig: false, rules: {}, cache: false, stdin: false, suppressAll: false, suppressRules: [], pruneSuppressions: false, debug: false, help: false, version: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      for (const a of argv.slice(i + 1)) o.paths.push(a);
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      o.paths.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const flag = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const spec = OPTIONS.find((s) => s.flags.includes(flag));
    if (!spec) throw new UsageError(`unknown option \`${flag}\` (see \`reclint --help\`)`);
    let value = '';
    if (spec.arg) {
      if (eq > 0 && a.startsWith('--')) value = a.slice(eq + 1);
      else if (i + 1 < argv.length) value = argv[++i];
      else throw new UsageError(`${flag} needs a value (${spec.arg})`);
    }
    const err = spec.apply(o, value);
    if (err) throw new UsageError(err);
  }
  if (o.stdinFilename !== undefined && !o.stdin) throw new UsageError('--stdin-filename goes with --stdin');
  if (o.stdin && o.paths.length) throw new UsageError('--stdin lints standard input: give no paths (name the file it stands for with --stdin-filename)');
  if (o.stdin && o.fix) throw new UsageError('--fix cannot write standard input back; use --fix-dry-run to print the fixed text');
  if (o.stdin && o.cache) throw new UsageError('--cache does not apply to standard input');
  return o;
}

export function helpText(version: string): string {
  const rows = OPTIONS.map((s) => [`${s.flags.join(', ')}${s.arg ? ` <${s.arg}>` : ''}`, s.help]);
  const w = Math.max(...rows.map((r) => r[0].length)); // bounded: one row per option
  return [
    `reclint ${version}: lints call-recording policies, IVR scripts and call flows against the GDPR`,
    '',
    'Usage:',
    '  reclint [options] [paths...]        lint files and folders (default: the current folder)',
    `  reclint purposes [--lang <${NOTICE_LANGS.join('|')}>] [--format json|text] [--] "<notice text>" | -`,
    '                                      show what a spoken notice announces (the language is detected without --lang)',
    '  reclint init [script-or-flow] [--force] [--stdout] [--jurisdiction <CC>] [--name <name>]',
    '                                      write a starter <script>.recording-policy.yaml beside a script or flow',
    '                                      (none: a commented skeleton); never overwrites without --force',
    '  reclint register [options] [paths...]',
    '                                      the art. 30 record of processing activities (md, csv, DPV JSON-LD)',
    '  reclint notice <policy-file> [options]',
    '                                      write the spoken notice from the declared purposes (nl, en, de, fr, es)',
    '  reclint <command> --help            the options of a command',
    '',
    'Folders are searched for *.recording-policy.{yaml,yml,json} and *.ivr (node_modules and .git skipped);',
    'the call flows policies name (Amazon Connect, Twilio Studio, TwiML) are read through them. A flow or',
    'script given by name is linted with the policies of its project that name it.',
    '',
    'Options:',
    ...rows.map(([f, h]) => `  ${f.padEnd(w)}  ${h}`),
    '',
    'Exit codes: 0 no errors (and warnings within --max-warnings); 1 errors or too many warnings',
    '            (a file reclint fails on is an internal-error finding on it); 2 usage error,',
    '            an unreadable path that was named, or a failure of the run itself.',
    '',
  ].join('\n');
}
