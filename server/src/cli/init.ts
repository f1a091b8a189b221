/**
 * `reclint init [script-or-flow] [--force] [--stdout] [--jurisdiction <CC>] [--name <name>]`
 * (spec init.md): the I/O around core/init.ts. Reads the script, writes the starter beside it (never
 * over an existing file unless `--force`), then lints the starter with its script and says on stderr,
 * in one line, which TODO findings it has. Never asks anything.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isPolicyUri } from '../core/engine';
import { countByRule, lintStarter, skeletonPolicy, starterPolicy } from '../core/init';
import { DEFAULT_MAX_FILE_SIZE, readTextFile, toDisplay } from '../host/node';
import { ProjectHost } from '../host/project';
import { writeFileAtomic, writeFileExclusive } from '../host/write';
import type { CliIo } from './main';

export const INIT_USAGE = [
  'Usage: reclint init [script-or-flow] [--force] [--stdout] [--jurisdiction <CC>] [--name <name>]',
  '',
  'Writes a starter recording policy beside a call script or flow (<script name>.recording-policy.yaml):',
  'its languages and the purposes its notices announce, a proposed legal basis and retention per',
  'purpose with the reason in a comment, and a TODO for everything the script cannot show. Without a',
  'script, a commented skeleton (./recordings.recording-policy.yaml). Then lints it and lists the TODO',
  'findings on stderr. Nothing is asked.',
  '',
  'Options:',
  '  --force              replace the file when it exists (default: exit 2 and leave it alone)',
  '  --stdout             print the starter, write nothing',
  '  --jurisdiction <CC>  write `jurisdiction: <CC>` (DK: staff training on consent)',
  '  --name <name>        the file is <name>.recording-policy.yaml (default: the script name, or recordings)',
  '  -h, --help           show this help',
  '',
  'Exit codes: 0 written or printed; 2 usage error, the file exists, or the script cannot be read.',
  '',
].join('\n');

interface InitArgs { script?: string; force: boolean; stdout: boolean; jurisdiction?: string; name?: string; help: boolean }

function parse(args: string[]): InitArgs | string {
  const o: InitArgs = { force: false, stdout: false, help: false };
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') { for (const p of args.slice(i + 1)) positional.push(p); break; }
    if (a === '-h' || a === '--help') { o.help = true; continue; }
    if (a === '--force') { o.force = true; continue; }
    if (a === '--stdout') { o.stdout = true; continue; }
    const eq = /^--(jurisdiction|name)=(.*)$/s.exec(a);
    if (eq || a === '--jurisdiction' || a === '--name') {
      const key = eq ? eq[1] : a.slice(2);
      const v = eq ? eq[2] : args[++i];
      if (v === undefined) return `${a} needs a value`;
      if (key === 'jurisdiction') {
        if (!/^[A-Za-z]{2}$/.test(v)) return `--jurisdiction takes a two-letter country code (ISO 3166-1 alpha-2), such as NL or DK; got "${v}"`;
        o.jurisdiction = v.toUpperCase();
      } else {
        if (!v || /[\\/\u0000]/.test(v) || v === '.' || v === '..') return `--name takes a file name without folders; got "${v}"`;
        o.name = v.replace(/\.recording-policy\.ya?ml$/i, '');
      }
      continue;
    }
    if (a.startsWith('-') && a !== '-') return `unknown option "${a}" (see reclint init --help)`;
    positional.push(a);
  }
  if (positional.length > 1) return 'give one script or flow (or none, for a skeleton)';
  o.script = positional[0];
  return o;
}

export async function runInit(args: string[], io: CliIo): Promise<number> {
  const o = parse(args);
  if (typeof o === 'string') {
    io.err(`reclint init: ${o}\n`);
    return 2;
  }
  if (o.help) {
    io.out(INIT_USAGE);
    return 0;
  }
  const scriptAbs = o.script !== undefined ? path.resolve(io.cwd, o.script) : undefined;
  const folder = scriptAbs ? path.dirname(scriptAbs) : io.cwd;
  const host = new ProjectHost({ roots: [folder], config: { kind: 'search' }, uris: { kind: 'relative', cwd: io.cwd } });

  let text: string;
  let fileName: string;
  let script: { uri: string; text: string } | undefined;
  if (scriptAbs) {
    const shown = toDisplay(scriptAbs, io.cwd);
    const r = readTextFile(scriptAbs, DEFAULT_MAX_FILE_SIZE);
    if (!r.ok) {
      const why = r.reason === 'not-found' ? 'no such file' : r.reason === 'directory' ? 'a folder, not a script' : r.reason === 'too-large' ? `too large (${r.detail})` : `unreadable${r.detail ? ` (${r.detail})` : ''}`;
      io.err(`reclint init: cannot read ${shown}: ${why}\n`);
      return 2;
    }
    if (r.invalidUtf8 || r.text.includes('\u0000')) {
      io.err(`reclint init: cannot read ${shown}: not UTF-8 text\n`);
      return 2;
    }
    // Where the starter goes decides the config: its phrases and default jurisdiction.
    const targetUri = host.uriOf(path.join(folder, `${o.name ?? 'x'}.recording-policy.yaml`));
    const options = host.options(targetUri);
    const s = starterPolicy(shown, r.text, { jurisdiction: o.jurisdiction, defaultJurisdiction: options.jurisdiction, phrases: options.phrases, name: o.name });
    if (!s.ok) {
      io.err(isPolicyUri(scriptAbs) ? `reclint init: ${shown} is a policy: give the call script or flow it is for\n` : `reclint init: ${shown} is no script reclint reads: ${s.reason}\n`);
      return 2;
    }
    text = s.text;
    fileName = s.fileName;
    script = { uri: host.uriOf(scriptAbs), text: r.text };
  } else {
    ({ text, fileName } = skeletonPolicy(o.name));
  }

  const target = path.join(folder, fileName);
  const targetUri = host.uriOf(target);
  if (o.stdout) {
    io.out(text);
  } else {
    const exists = fs.existsSync(target);
    const w = o.force && exists ? writeFileAtomic(target, text, readOr(target)) : writeFileExclusive(target, text);
    if (!w.ok) {
      io.err('exists' in w && w.exists ? `reclint init: ${targetUri} exists: use --force to replace it or --stdout to print the starter\n` : `reclint init: did not write ${targetUri}: ${w.reason}\n`);
      return 2;
    }
  }
  const findings = lintStarter({ policyUri: targetUri, policyText: text, script, options: host.options(targetUri) });
  const counts = countByRule(findings).map(([id, n]) => `${id} ${n}`).join(', ');
  const total = findings.length;
  io.err(`${targetUri}: ${o.stdout ? 'printed, not written' : 'written'}; ${total === 0 ? 'no findings' : `${total} TODO finding${total === 1 ? '' : 's'}: ${counts}`}\n`);
  return 0;
}

function readOr(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
