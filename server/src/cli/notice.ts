/**
 * `reclint notice <policy-file>`: the spoken notice of a recording, and its consent question, written
 * from the declared purposes (notice-generator.md §8), printed as text, JSON or `.ivr` lines, or
 * written into the script or the inline `announcement.text` with `--write`. A thin adapter: the core
 * (core/notice/generate.ts, write.ts) writes the words and plans the edits; this reads the files and
 * the `.reclintrc.yaml` `notice:` section, and writes atomically.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { mergeConfigs } from '../core/config';
import { applyEdits } from '../core/fix';
import { GENERATOR_LANGS, generateNotice, type GeneratedNotice, type NoticeRequest, type RoundTripFailure } from '../core/notice/generate';
import { recordingLabel } from '../core/notice/generate/check';
import { isNoticeLang } from '../core/notice/analyse';
import type { NoticeAnalysis, NoticeLang } from '../core/notice/types';
import { planNotice, type NoticePlan, type ReadText } from '../core/notice/write';
import { buildPolicy, type Policy, type Recording } from '../core/policy/model';
import { parsePolicyText } from '../core/policy/parse';
import { toDisplay } from '../host/node';
import { ProjectHost } from '../host/project';
import { writeFileAtomic } from '../host/write';
import type { CliIo } from './main';

export const NOTICE_USAGE = [
  'Usage: reclint notice <policy-file> [--recording <id>] [--lang <code>|all] [--format text|json|ivr]',
  '                      [--write] [--force] [--privacy-url <url>] [--controller-name <text>]',
  '                      [--more-key <k>] [--accept-key <k>] [--refuse-key <k>] [--max-seconds <n>]',
  '',
  'Writes the spoken recording notice of a recording, and its consent question, from what the policy',
  'declares: every declared purpose in plain words, what is recorded and how much, the right to object',
  '(legitimate interests, public task), the rights, and where to find more. Every text is read back',
  "with reclint's own notice analyser before it is printed: it names exactly the declared purposes.",
  '',
  'Options:',
  '  --recording <id>        the recording (default: the only one that records)',
  `  --lang <code>|all       ${GENERATOR_LANGS.join(', ')}, or all of them (default: the policy's languages)`,
  '  --format <f>            text (default), json (one line) or ivr (lines to paste before `record start`)',
  '  --write                 write the notice into the script (.ivr) or the inline announcement.text',
  '  --force                 write even when the policy has a problem the notice cannot fix',
  '  --privacy-url <url>     where callers read more (default: announcement.privacy_statement, notice.privacy_url)',
  "  --controller-name <t>   the name callers hear (default: notice.controller_name, the policy's controller)",
  '  --more-key <k>          add "press <k> to hear more about your privacy"',
  '  --accept-key <k>        the yes key of a new consent step (default 1)',
  '  --refuse-key <k>        the no key of a new consent step (default 2)',
  '  --max-seconds <n>       exit 1 when a notice takes longer (default: notice.max_seconds)',
  '  -h, --help              show this help',
  '',
  'Exit codes: 0 printed or written; 1 a policy problem the notice cannot fix, or over --max-seconds;',
  '2 usage error, unreadable file, or a text that does not read back (a bug in reclint).',
].join('\n');

interface NoticeArgs {
  file?: string;
  recording?: string;
  lang?: string;
  format: 'text' | 'json' | 'ivr';
  write: boolean;
  force: boolean;
  privacyUrl?: string;
  controllerName?: string;
  moreKey?: string;
  acceptKey?: string;
  refuseKey?: string;
  maxSeconds?: number;
  help: boolean;
}

class Usage extends Error {}

const VALUE_FLAGS = ['--recording', '--lang', '--format', '--privacy-url', '--controller-name', '--more-key', '--accept-key', '--refuse-key', '--max-seconds'] as const;
const KEY_RE = /^[0-9*#]$/;
/** `--lang all`: every language the generator writes. */
const LANG_ALL = 'all';

function parseNoticeArgs(args: readonly string[]): NoticeArgs {
  const o: NoticeArgs = { format: 'text', write: false, force: false, help: false };
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    let a = args[i];
    if (a === '--') {
      for (const rest of args.slice(i + 1)) positional.push(rest);
      break;
    }
    if (a === '-h' || a === '--help') { o.help = true; continue; }
    if (a === '--write') { o.write = true; continue; }
    if (a === '--force') { o.force = true; continue; }
    let value: string | undefined;
    const eq = /^(--[a-z-]+)=(.*)$/s.exec(a);
    if (eq) {
      a = eq[1];
      value = eq[2];
    }
    if ((VALUE_FLAGS as readonly string[]).includes(a)) {
      if (value === undefined) {
        value = args[i + 1];
        if (value === undefined) throw new Usage(`${a} needs a value`);
        i++;
      }
      switch (a) {
        case '--recording': o.recording = value; break;
        case '--lang': o.lang = value.trim().toLowerCase(); break;
        case '--format':
          if (value !== 'text' && value !== 'json' && value !== 'ivr') throw new Usage(`unknown --format "${value}" (use text, json or ivr)`);
          o.format = value;
          break;
        case '--privacy-url': o.privacyUrl = value; break;
        case '--controller-name': o.controllerName = value; break;
        case '--more-key': case '--accept-key': case '--refuse-key':
          if (!KEY_RE.test(value)) throw new Usage(`${a} takes one key: 0-9, * or # (got "${value}")`);
          if (a === '--more-key') o.moreKey = value;
          else if (a === '--accept-key') o.acceptKey = value;
          else o.refuseKey = value;
          break;
        case '--max-seconds': {
          const n = Number(value);
          if (!(n > 0)) throw new Usage(`--max-seconds takes a positive number of seconds (got "${value}")`);
          o.maxSeconds = n;
          break;
        }
      }
      continue;
    }
    if (a.startsWith('-') && a !== '-') throw new Usage(`unknown option "${a}" (see reclint notice --help)`);
    positional.push(a);
  }
  if (!o.help) {
    if (positional.length === 0) throw new Usage('missing the policy file (reclint notice <policy-file>)');
    if (positional.length > 1) throw new Usage(`one policy file at a time (got ${positional.length})`);
  }
  o.file = positional[0];
  if (o.acceptKey && o.refuseKey && o.acceptKey === o.refuseKey) throw new Usage('--accept-key and --refuse-key must differ');
  return o;
}

/** The languages asked for, or a usage error. */
function languagesOf(o: NoticeArgs, policy: Policy, rec: Recording): { langs: NoticeLang[]; skipped: string[] } {
  if (o.lang === LANG_ALL) return { langs: [...GENERATOR_LANGS], skipped: [] };
  if (o.lang !== undefined) {
    const l = o.lang.split('-')[0];
    if (!isNoticeLang(l) || !GENERATOR_LANGS.includes(l)) throw new Usage(`reclint does not write notices in "${o.lang}" (it writes ${GENERATOR_LANGS.join(', ')})`);
    return { langs: [l], skipped: [] };
  }
  const ann = rec.announcement;
  const declared = ann?.text && !ann.script ? [ann.language?.value ?? policy.languages[0]?.value ?? ''] : policy.languages.map((l) => l.value);
  const langs: NoticeLang[] = [];
  const skipped: string[] = [];
  for (const raw of declared) {
    const l = raw.toLowerCase().split('-')[0];
    if (isNoticeLang(l) && GENERATOR_LANGS.includes(l)) { if (!langs.includes(l)) langs.push(l); }
    else if (raw) skipped.push(raw);
  }
  if (langs.length === 0) throw new Usage(`the policy names no language reclint writes notices in (${GENERATOR_LANGS.join(', ')}): give --lang`);
  return { langs, skipped };
}

function describeAnalysis(a: NoticeAnalysis): string {
  return `records: ${a.records}, denies: ${a.denies}, vague: ${a.vague}, purposes: [${a.purposes.map((p) => p.id).join(', ')}]`;
}

function roundTripMessage(f: RoundTripFailure): string {
  const lines = [
    `reclint notice: the generated ${f.what} (${f.lang}) does not read back: ${f.reason}. This is a bug in reclint's notice tables or analyser; please report it.`,
    `  expected: [${f.expected.join(', ')}]`,
    `  ${f.what}: ${f.text}`,
    `  read as: ${describeAnalysis(f.analysis)}`,
  ];
  if (f.other) lines.push(`  notice: ${f.other.text}`, `  read as: ${describeAnalysis(f.other.analysis)}`);
  return lines.join('\n');
}

function textBlock(rec: string, n: GeneratedNotice): string {
  const out = [`${rec} · ${n.lang} · notice ${n.seconds.notice.toFixed(1)} s (budget ${n.budget.notice} s)`, n.notice];
  if (n.consent) {
    const how = n.consent.mechanism === 'ivr-keypress' ? `keypress ${n.consent.accept} = yes, ${n.consent.refuse} = no` : 'verbal: for the agent to ask';
    out.push('', `consent question (${how}) · ${(n.seconds.consent ?? 0).toFixed(1)} s (budget ${n.budget.consent} s)`, n.consent.text);
  }
  return out.join('\n');
}

function ivrBlock(policyName: string, rec: string, n: GeneratedNotice): string {
  const q = (s: string) => `"${s.replace(/"/g, '\\"')}"`;
  const out = [`# reclint notice: ${policyName}#${rec} (${n.lang})`, `lang ${n.lang}`, `say ${rec}-notice-${n.lang} ${q(n.notice)}`];
  if (n.consent?.mechanism === 'ivr-keypress') out.push(`consent ${rec}-consent-${n.lang} ${q(n.consent.text)} accept=${n.consent.accept} refuse=${n.consent.refuse}`);
  else if (n.consent) out.push(`# verbal consent, for the agent to ask: ${q(n.consent.text)}`);
  return out.join('\n');
}

function jsonOf(policyName: string, rec: string, list: GeneratedNotice[]): string {
  return JSON.stringify({
    policy: policyName,
    recording: rec,
    notices: list.map((n) => ({
      lang: n.lang,
      notice: n.notice,
      consent: n.consent ? { mechanism: n.consent.mechanism, text: n.consent.text, ...(n.consent.mechanism === 'ivr-keypress' ? { accept: n.consent.accept, refuse: n.consent.refuse } : {}) } : null,
      seconds: { notice: n.seconds.notice, consent: n.seconds.consent },
      budget: { notice: n.budget.notice, consent: n.budget.consent },
      short: n.short,
      purposes: n.purposes,
      consentPurposes: n.consentPurposes,
      roundTrip: n.roundTrip,
      warnings: n.warnings,
    })),
  });
}

export async function runNotice(args: string[], io: CliIo): Promise<number> {
  let o: NoticeArgs;
  try {
    o = parseNoticeArgs(args);
  } catch (e) {
    if (e instanceof Usage) {
      io.err(`reclint notice: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (o.help) {
    io.out(`${NOTICE_USAGE}\n`);
    return 0;
  }
  const abs = path.resolve(io.cwd, o.file!);
  let policyText: string;
  try {
    policyText = fs.readFileSync(abs, 'utf8');
  } catch (e) {
    io.err(`reclint notice: cannot read ${o.file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
    return 2;
  }
  const json = /\.json$/i.test(abs);
  const parsed = parsePolicyText(policyText, { json });
  const policy = parsed.root ? buildPolicy(parsed.root) : undefined;
  if (!policy || parsed.errors.length) {
    io.err(`reclint notice: ${o.file} is not a readable policy${parsed.errors[0] ? `: ${parsed.errors[0].message}` : ''} (run reclint on it)\n`);
    return 2;
  }
  const host = new ProjectHost({ roots: [path.dirname(abs), io.cwd], config: { kind: 'search' }, uris: { kind: 'relative', cwd: io.cwd } });
  const policyUri = host.uriOf(abs);
  const policyName = path.basename(abs);
  const config = mergeConfigs(host.layers(policyUri).map((l) => l.config));
  const options = host.options(policyUri);
  const nc = config.notice ?? {};

  // The recording.
  let rec: Recording | undefined;
  if (o.recording !== undefined) {
    rec = policy.recordings.find((r) => r.id?.value === o.recording);
    if (!rec) {
      io.err(`reclint notice: no recording \`${o.recording}\` in ${o.file} (it has ${policy.recordings.map((r) => `\`${recordingLabel(r)}\``).join(', ') || 'none'})\n`);
      return 2;
    }
  } else {
    const recording = policy.recordings.filter((r) => r.mode?.value !== 'none');
    if (recording.length > 1) {
      io.err(`reclint notice: ${o.file} has ${recording.length} recordings that record; name one with --recording: ${recording.map((r) => `\`${recordingLabel(r)}\``).join(', ')}\n`);
      return 2;
    }
    rec = recording[0];
    if (!rec) {
      if (policy.recordings.length === 0) {
        io.err(`reclint notice: ${o.file} declares no recording\n`);
        return 2;
      }
      io.err(`reclint notice: ${o.file} records nothing (every recording has \`mode: none\`): no notice is needed\n`);
      return 0;
    }
  }
  const name = recordingLabel(rec);
  if (rec.mode?.value === 'none') {
    io.err(`reclint notice: \`${name}\` records nothing (\`mode: none\`): no notice is needed\n`);
    return 0;
  }
  let langs: NoticeLang[];
  try {
    const l = languagesOf(o, policy, rec);
    langs = l.langs;
    for (const s of l.skipped) io.err(`reclint notice: warning: reclint does not write notices in \`${s}\` (it writes ${GENERATOR_LANGS.join(', ')}); skipped\n`);
  } catch (e) {
    if (e instanceof Usage) {
      io.err(`reclint notice: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const base: Omit<NoticeRequest, 'lang'> = {
    policy,
    recording: rec,
    controllerName: o.controllerName ?? nc.controller_name,
    privacyUrl: o.privacyUrl,
    configPrivacyUrl: nc.privacy_url,
    moreKey: o.moreKey ?? nc.more_key,
    phrases: options.phrases,
    jurisdiction: options.forceJurisdiction ?? options.jurisdiction,
    force: o.force,
  };
  const maxSeconds = o.maxSeconds ?? nc.max_seconds;
  if (o.write && !rec.announcement?.script && langs.length > 1) {
    return refusedExit(io, `\`${name}\` has no script: inline \`announcement.text\` holds one language, and ${langs.length} were asked for; move the notice into a script (\`announcement.script\`) or give one --lang`, 1);
  }

  // Generate (and with --write, plan) language by language; each plan reads the texts as the earlier ones left them.
  const pending = new Map<string, { abs: string; original: string; text: string }>();
  const readScript: ReadText = (from, rel) => {
    const r = host.readScript(from, rel);
    if (!r.ok) return r;
    const p = pending.get(r.uri);
    return p ? { ok: true, uri: r.uri, text: p.text } : r;
  };
  const results: GeneratedNotice[] = [];
  const seen = new Set<string>();
  for (const lang of langs) {
    let n: GeneratedNotice;
    if (o.write) {
      const cur = pending.get(policyUri)?.text ?? policyText;
      const curPolicy = cur === policyText ? policy : buildPolicy(parsePolicyText(cur, { json }).root!)!;
      const curRec = curPolicy.recordings[rec.index];
      const plan: NoticePlan = planNotice({ ...base, policy: curPolicy, recording: curRec, lang, policyUri, policyText: cur, readScript, acceptKey: o.acceptKey, refuseKey: o.refuseKey });
      if (!plan.ok) return refusedExit(io, plan.refused, plan.exit, plan.roundTrip);
      n = plan.notice;
      const byUri = new Map<string, typeof plan.edits>();
      for (const e of plan.edits) byUri.set(e.uri, [...(byUri.get(e.uri) ?? []), e]);
      for (const [uri, edits] of byUri) {
        const fileAbs = host.absOf(uri) ?? path.resolve(io.cwd, uri);
        const prev = pending.get(uri) ?? { abs: fileAbs, original: uri === policyUri ? policyText : readOriginal(fileAbs), text: uri === policyUri ? policyText : readOriginal(fileAbs) };
        pending.set(uri, { ...prev, text: applyEdits(prev.text, edits).text });
      }
    } else {
      const g = generateNotice({ ...base, lang, acceptKey: o.acceptKey, refuseKey: o.refuseKey });
      if (!g.ok) return 'refusal' in g ? refusedExit(io, g.refusal.reason, g.refusal.exit) : refusedExit(io, '', 2, g.roundTrip);
      n = g.notice;
    }
    results.push(n);
    for (const f of n.forced) io.err(`reclint notice: written anyway (--force): ${f.reason}\n`);
    for (const w of n.warnings) {
      // A warning about the policy is said once; one about a language's text, per language.
      const perLanguage = /^(notice|consent question) takes/.test(w);
      if (!perLanguage && seen.has(w)) continue;
      seen.add(w);
      io.err(`reclint notice: warning${perLanguage ? ` (${n.lang})` : ''}: ${w}\n`);
    }
    for (const note of n.notes) if (!seen.has(note)) { seen.add(note); io.err(`reclint notice: note: ${note}\n`); }
  }
  const tooLong = maxSeconds !== undefined ? results.filter((n) => n.seconds.notice > maxSeconds) : [];
  for (const n of tooLong) io.err(`reclint notice: the ${n.lang} notice takes ~${n.seconds.notice} s, over --max-seconds ${maxSeconds}\n`);

  if (o.format === 'json') io.out(`${jsonOf(policyName, name, results)}\n`);
  else if (o.format === 'ivr') io.out(`${results.map((n) => ivrBlock(policyName, name, n)).join('\n\n')}\n`);
  else io.out(`${results.map((n) => textBlock(name, n)).join('\n\n')}\n`);

  if (tooLong.length && !(o.write && o.force)) {
    if (o.write) io.err('reclint notice: nothing written (--force writes anyway)\n');
    return 1;
  }
  if (o.write) {
    for (const [uri, p] of pending) {
      if (p.text === p.original) {
        io.err(`reclint notice: ${uri} already holds this notice\n`);
        continue;
      }
      const w = writeFileAtomic(p.abs, p.text, p.original);
      if (!w.ok) {
        io.err(`reclint notice: did not write ${uri}: ${w.reason}\n`);
        return 2;
      }
      io.err(`reclint notice: wrote ${toDisplay(p.abs, io.cwd)}\n`);
    }
  }
  return tooLong.length ? 1 : 0;
}

function readOriginal(abs: string): string {
  return fs.readFileSync(abs, 'utf8');
}

function refusedExit(io: CliIo, reason: string, exit: 1 | 2, roundTrip?: RoundTripFailure): number {
  if (roundTrip) io.err(`${roundTripMessage(roundTrip)}\n`);
  else io.err(`reclint notice: ${reason}\n`);
  return exit;
}
