/**
 * What a script shows for a starter policy (init.md "What is read from the script"): its languages,
 * the purposes its notices announce, and whether it asks for consent. The notices are found and read
 * exactly as the linter reads them, through `resolveAnnouncement` on the starter's own header, so the
 * starter declares what the linter will find announced.
 */
import { analyseIn, resolveAnnouncement, type Notice } from '../announcement';
import { readFlow } from '../flows/read';
import type { FlowFormat, IvrScript } from '../ivr/model';
import { wordsIn } from '../flows/words';
import { buildPolicy } from '../policy/model';
import { parsePolicyText } from '../policy/parse';
import { noticesToRead } from '../rules/kit';
import { baseName } from './names';

export type Phrases = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

export interface ScriptReading {
  script: IvrScript;
  format: FlowFormat;
  /** Language codes in order of first appearance (lower case, as `languages` takes them). */
  languages: string[];
  /** The notices the linter reads (every language), in script order. */
  notices: Notice[];
  /** Per notice, its prompt id or, in a flow, the id of its node (when it has one). */
  noticeIds: (string | undefined)[];
  /** A prompt says the call is not recorded (and none that it is). */
  denies: boolean;
  /** Announced purposes, in order of first mention. */
  purposes: string[];
  /** The first `consent` step's prompt id (or true when it has none), if the script has one. */
  consent: string | true | undefined;
}

export type ReadOutcome = { ok: true; reading: ScriptReading } | { ok: false; reason: string };

const LANG = /^[a-z]{2,3}$/;

function langCode(code: string): string | undefined {
  const c = code.toLowerCase().split(/[-_]/)[0];
  return LANG.test(c) ? c : undefined;
}

/** The YAML text that heads a starter: what `resolveAnnouncement` reads the notices through. */
export function announcementHeader(languages: readonly string[], scriptName: string): string {
  return [
    'policy: 1',
    'controller:',
    ...(languages.length ? [`languages: [${languages.join(', ')}]`] : []),
    'recordings:',
    '  - id: draft',
    '    announcement:',
    `      script: ${JSON.stringify(scriptName)}`,
    '',
  ].join('\n');
}

export function readForStarter(scriptUri: string, text: string, phrases: Phrases = {}, format?: FlowFormat): ReadOutcome {
  const read = readFlow(scriptUri, text, format);
  // `reclint init` speaks English (init.md).
  if (!read.ok) return { ok: false, reason: wordsIn('en', read.detail) };
  const script = read.script;
  const fmt = script.format ?? 'ivr';
  // A flow that does not parse shows nothing (an `.ivr` skips the lines that do not parse, as the linter does).
  if (fmt !== 'ivr' && script.errors.length) return { ok: false, reason: `it does not parse as ${fmt === 'twiml' ? 'TwiML' : fmt === 'connect' ? 'an Amazon Connect flow' : 'a Twilio Studio flow'}: ${script.errors[0].message}` };
  const extra = (l: string) => Object.fromEntries(Object.entries(phrases[l] ?? {}).map(([k, v]) => [k, [...v]]));

  const languages: string[] = [];
  const add = (c: string | undefined) => { if (c && !languages.includes(c)) languages.push(c); };
  for (const s of script.steps) {
    if (s.kind === 'lang') add(langCode(s.code));
    else if (s.kind === 'say' || s.kind === 'consent') {
      if (s.lang) add(langCode(s.lang));
      else if (!(s.kind === 'say' && s.audience === 'staff')) {
        // Before any `lang`: the analyser's best reading, for a prompt that reads as a notice.
        const r = analyseIn(s.prompt.text, undefined, extra);
        if (r.analysis && (r.analysis.records || r.analysis.denies)) add(langCode(r.lang));
      }
    }
  }

  const name = baseName(scriptUri);
  const header = announcementHeader(languages, name);
  const policy = buildPolicy(parsePolicyText(header).root!)!;
  const dir = scriptUri.slice(0, scriptUri.length - name.length);
  const a = resolveAnnouncement(policy, policy.recordings[0], {
    policyUri: `${dir}draft.recording-policy.yaml`,
    policyText: header,
    loadScript: () => ({ ok: true, uri: scriptUri, script, text }),
    configPhrases: phrases,
  });
  const notices = noticesToRead(a);
  const denies = notices.length === 0 && a.status === 'ok' && a.notices.some((n) => n.analysis?.denies);
  const purposes: string[] = [];
  for (const n of notices) {
    const named = [...(n.analysis?.purposes ?? [])].sort((x, y) => x.start - y.start);
    for (const p of named) if (!purposes.includes(p.id)) purposes.push(p.id);
  }
  const step = script.steps.find((s) => s.kind === 'consent');
  const consent = step && step.kind === 'consent' ? step.id ?? true : undefined;
  const noticeIds = notices.map((n) => n.promptId ?? script.nodes?.find((x) => n.stepIndex !== undefined && x.prompts.includes(n.stepIndex))?.id);
  return { ok: true, reading: { script, format: fmt, languages, notices, noticeIds, denies, purposes, consent } };
}
