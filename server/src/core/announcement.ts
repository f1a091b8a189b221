/**
 * Resolves where a recording's caller is told: the notice prompts of its script or its inline text,
 * analysed in their language, with a map from the analysed text back to source spans.
 */
import { likelyLanguage } from './notice/sentence-lang';
import { undeclaredParts } from './prompt-language';
import { reachable } from './ivr/flow';
import type { FlowNode, IvrScript, PromptStep, Words } from './ivr/model';
import { analyseNotice, isNoticeLang } from './notice/analyse';
import type { NoticeAnalysis, NoticeLang } from './notice/types';
import { NOTICE_LANGS } from './notice/types';
import type { Policy, Recording } from './policy/model';
import type { Span } from './text';
import { findTranscript } from './flows/transcripts';
import type { FlowSet } from './flows/flow-set';

export type ReadFailure = 'not-found' | 'directory' | 'too-large' | 'outside-root' | 'unreadable' | 'not-a-script';

export type ScriptLoad =
  | { ok: true; uri: string; script: IvrScript; text: string; /** The flow set the script reaches, when it has references to follow: `script` is then the joined flow. */ set?: FlowSet }
  | { ok: false; uri: string; reason: ReadFailure; detail?: Words };

export interface Notice {
  kind: 'script' | 'text';
  /** The file that holds the words. */
  uri: string;
  /** The language the words are analysed in (as written: may be unsupported). */
  lang: string;
  /** Analysis, when the language is one reclint reads. */
  analysis?: NoticeAnalysis;
  text: string;
  /** Source span of the whole prompt string or inline text. */
  span: Span;
  /** Maps [start, end) of `text` to a source span in `uri`. */
  toSource(start: number, end: number): Span;
  promptId?: string;
  stepIndex?: number;
  /** Parts of the prompt are computed while the call runs (flows): the analysis read only its literal words. */
  dynamic?: boolean;
}

export type RecordingAnnouncement =
  | { status: 'off' }
  | { status: 'none' }
  | { status: 'website-only'; span: Span }
  | { status: 'script-missing'; span: Span; scriptUri: string; reason: ReadFailure; detail?: Words; path: string }
  | { status: 'prompt-missing'; span: Span; promptId: string; scriptUri: string; script: IvrScript }
  | {
      status: 'ok';
      via: 'text' | 'script';
      declSpan: Span;
      notices: Notice[];
      script?: IvrScript;
      scriptUri?: string;
      scriptNotices?: Notice[];
      /**
       * Languages of prompts in the script that reclint has no reading for (`lang da`, `xml:lang="it"`):
       * their words may hold a notice that reclint cannot see, so rules that would say a notice is
       * missing stay silent about them.
       */
      unreadLanguages?: string[];
      /** The steps of those prompts: for the ordering rule they may be the notice. */
      unreadSteps?: number[];
      /** Prompts that say only that the call is monitored or listened in on (docs/notice-reading.md R8): no notice, but the likely one. */
      monitoredNotices?: Notice[];
      /** Flows: prompts a caller can reach that cannot be read (audio without transcript, wholly computed text). */
      unreadable?: UnreadablePrompt[];
      /** The notice cannot be read (a flow that does not parse, or a named notice that is all audio or computed): the rules that read it stand down. */
      standDown?: boolean;
      /** Steps that count as the notice for the ordering rule (a named node's prompts, read or not). */
      noticeSteps?: number[];
      /** Keys the script's format does not allow (ivr-formats.md §2): `schema` findings in the policy. */
      formatProblems?: { span: Span; message: string }[];
      /** The transcript lists that were read, by uri (ivr-formats.md §7). */
      transcriptLists?: string[];
      /** `announcement.transcripts` paths that name no readable file (ivr-formats.md §2). */
      transcriptsMissing?: { path: string; span: Span; reason: ReadFailure }[];
    };

export interface UnreadablePrompt { kind: 'audio' | 'dynamic'; stepIndex: number; span: Span; reference: string }

export interface AnnouncementEnv {
  policyUri: string;
  policyText: string;
  loadScript(fromUri: string, path: string, format?: string): ScriptLoad;
  /** Extra phrases per language and purpose id (config + custom purposes are merged by the caller). */
  configPhrases: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}

/** The primary subtag of a language code, in lower case (`nl-BE` -> `nl`). */
export function primaryLang(code: string): string {
  return code.toLowerCase().split('-')[0];
}

export function isRecorded(rec: Recording): boolean {
  return rec.mode?.value !== 'none';
}

function phrasesFor(policy: Policy, env: AnnouncementEnv, lang: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [id, cp] of policy.customPurposes) {
    const list = cp.phrases[lang];
    if (list?.length) out[id] = [...list];
  }
  const extra = env.configPhrases[lang] ?? {};
  for (const [id, list] of Object.entries(extra)) out[id] = [...(out[id] ?? []), ...list];
  return out;
}

/**
 * Analyse in a language; when none is known, take the reading in which the text says most. The
 * controller's name (the policy's `controller`) is not read as prose.
 */
export function analyseIn(text: string, lang: string | undefined, extra: (l: string) => Record<string, string[]>, controller?: string): { lang: string; analysis?: NoticeAnalysis } {
  if (lang !== undefined) {
    const l = primaryLang(lang);
    return isNoticeLang(l) ? { lang: l, analysis: analyseNotice(text, l, { extraPhrases: extra(l), controller }) } : { lang };
  }
  let best: { lang: NoticeLang; analysis: NoticeAnalysis; score: number } | undefined;
  // A reading in another language can say as much (a sentence plainly in that language is read in
  // it): the language whose function words the text uses most breaks the tie.
  const likely = likelyLanguage(text);
  for (const l of NOTICE_LANGS) {
    const a = analyseNotice(text, l, { extraPhrases: extra(l), controller });
    const score = (a.records || a.denies ? 10 : 0) + a.purposes.length + a.vaguePhrases.length + (l === likely ? 0.5 : 0);
    if (!best || score > best.score) best = { lang: l, analysis: a, score };
  }
  return { lang: best!.lang, analysis: best!.analysis };
}

/** Map offsets in a scalar's value back to its source, aligning character by character. */
export function scalarOffsetMap(source: string, sourceStart: number, value: string): number[] {
  const map = new Array<number>(value.length + 1);
  const direct = source.indexOf(value);
  if (direct >= 0) {
    for (let i = 0; i <= value.length; i++) map[i] = sourceStart + direct + i;
    return map;
  }
  let j = 0;
  // skip an opening quote or block indicator line
  if (source[0] === '"' || source[0] === "'") j = 1;
  else if (source[0] === '|' || source[0] === '>') { const nl = source.indexOf('\n'); j = nl >= 0 ? nl + 1 : source.length; }
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    let k = j;
    const isSpace = /\s/.test(c);
    while (k < source.length && source[k] !== c && !(isSpace && /\s/.test(source[k]))) k++;
    if (k >= source.length) { map[i] = sourceStart + Math.min(j, source.length); continue; }
    map[i] = sourceStart + k;
    j = k + 1;
    if (isSpace) while (j < source.length && /\s/.test(source[j]) && !(i + 1 < value.length && source[j] === value[i + 1])) j++;
  }
  map[value.length] = i2end(map, value.length, sourceStart, source.length);
  return map;
}

function i2end(map: number[], n: number, sourceStart: number, sourceLen: number): number {
  return n > 0 ? map[n - 1] + 1 : sourceStart + Math.min(1, sourceLen);
}

/** The text the analyser reads: each computed range becomes one opaque word of the same length. */
function readableText(step: PromptStep): string {
  const dyn = step.kind === 'say' ? step.dynamic : undefined;
  if (!dyn?.length) return step.prompt.text;
  let t = step.prompt.text;
  for (const d of dyn) t = t.slice(0, d.start) + 'x'.repeat(Math.max(0, d.end - d.start)) + t.slice(d.end);
  return t;
}

/** Why a prompt cannot be read, if it cannot: audio without a transcript, or text with no literal letter. */
export function unreadableKind(step: PromptStep): 'audio' | 'dynamic' | undefined {
  if (step.kind !== 'say') return undefined;
  if (step.source === 'audio' && !step.prompt.text) return 'audio';
  if (step.dynamic?.length) {
    let lit = '';
    let from = 0;
    for (const d of step.dynamic) { lit += step.prompt.text.slice(from, d.start); from = d.end; }
    lit += step.prompt.text.slice(from);
    if (!/\p{L}/u.test(lit)) return 'dynamic';
  }
  return undefined;
}

const saysAnything = (a: NoticeAnalysis) => a.records || a.denies || a.purposes.length > 0;

// The mappers are made outside `promptNotices`, so that a notice's `toSource` keeps only its offsets
// alive, not the policy and options the function also sees (2,000 policies' trees, otherwise).
function sourceMapper(offs: readonly number[]): (s: number, e: number) => Span {
  return (s, e) => {
    const start = offs[Math.max(0, Math.min(s, offs.length - 1))];
    const lastChar = offs[Math.max(0, Math.min(e - 1, offs.length - 1))];
    return { start, end: e > s ? lastChar + 1 : start };
  };
}

function partMapper(at: readonly number[], toPrompt: (s: number, e: number) => Span): (s: number, e: number) => Span {
  return (s, e) => {
    const from = at[Math.max(0, Math.min(s, at.length - 1))];
    const to = e > s ? at[Math.max(0, Math.min(e - 1, at.length - 1))] + 1 : from;
    return toPrompt(from, to);
  };
}

/**
 * The notices of one prompt: one, in its declared language; a prompt that declares none is read in
 * the language it is plainly in, one notice per language when its sentences are in two (§6).
 */
function promptNotices(script: IvrScript, uri: string, index: number, fallbackLang: string | undefined, extra: (l: string) => Record<string, string[]>, controller: string | undefined): Notice[] {
  const step = script.steps[index] as PromptStep;
  const readable = readableText(step);
  const fallback = fallbackLang === undefined ? undefined : primaryLang(fallbackLang);
  const parts = undeclaredParts(readable, step.lang, fallbackLang);
  const toPrompt = sourceMapper(step.prompt.sourceOffsets);
  const noticeUri = (step.kind === 'say' && step.promptUri) || step.uri || uri;
  const dynamic = step.kind === 'say' && !!step.dynamic?.length;
  // One object literal per notice, all fields at once (a spread and then more fields makes slower, larger objects).
  const notice = (lang: string, analysis: NoticeAnalysis | undefined, text: string, span: Span, toSource: (s: number, e: number) => Span): Notice =>
    ({ kind: 'script', uri: noticeUri, lang, analysis, text, span, toSource, dynamic, promptId: step.id, stepIndex: index });
  if (!parts || parts.length === 1) {
    let read = analyseIn(readable, parts?.[0].lang ?? step.lang ?? fallbackLang, extra, controller);
    // Too few function words to be plain ("Willkommen. Dieses Gespräch wird aufgezeichnet."): when the
    // fallback reading finds nothing, the reading in the language the function words lean to, if it
    // finds something. One more reading at most: a menu prompt of every policy must stay cheap.
    if (parts && parts[0].lang === fallback && read.analysis && !saysAnything(read.analysis)) {
      const likely = likelyLanguage(readable);
      if (likely !== undefined && likely !== fallback) {
        const other = analyseIn(readable, likely, extra, controller);
        if (other.analysis && saysAnything(other.analysis)) read = other;
      }
    }
    return [notice(read.lang, read.analysis, step.prompt.text, step.prompt.span, toPrompt)];
  }
  return parts.map((part) => {
    const { lang, analysis } = analyseIn(part.text, part.lang, extra, controller);
    const at = part.offsets!;
    // The readable text has the prompt's length (a computed range is as many letters), so its offsets are the prompt's.
    const text = at.slice(0, -1).map((k) => step.prompt.text[k]).join('');
    const toSource = partMapper(at, toPrompt);
    return notice(lang, analysis, text, toSource(0, text.trimEnd().length), toSource);
  });
}

export function resolveAnnouncement(policy: Policy, rec: Recording, env: AnnouncementEnv): RecordingAnnouncement {
  if (!isRecorded(rec)) return { status: 'off' };
  const ann = rec.announcement;
  if (!ann) return { status: 'none' };
  const firstLang = policy.languages[0]?.value;
  const extra = (l: string) => phrasesFor(policy, env, l);
  const controller = policy.controller?.value;
  if (ann.text) {
    const value = ann.text.value;
    const src = env.policyText.slice(ann.text.span.start, ann.text.span.end);
    const map = scalarOffsetMap(src, ann.text.span.start, value);
    const { lang, analysis } = analyseIn(value, ann.language?.value ?? firstLang, extra, controller);
    const notice: Notice = {
      kind: 'text',
      uri: env.policyUri,
      lang,
      analysis,
      text: value,
      span: ann.text.span,
      toSource: (s, e) => ({ start: map[Math.max(0, Math.min(s, value.length))], end: e > s ? map[Math.min(e - 1, value.length)] + 1 : map[Math.max(0, Math.min(s, value.length))] }),
    };
    return { status: 'ok', via: 'text', declSpan: ann.text.span, notices: [notice] };
  }
  if (ann.script) {
    const load = env.loadScript(env.policyUri, ann.script.value, ann.format?.value);
    if (!load.ok) return { status: 'script-missing', span: ann.script.span, scriptUri: load.uri, reason: load.reason, detail: load.detail, path: ann.script.value };
    let script = load.script;
    if (script.format && script.format !== 'ivr') {
      // TwiML has no node ids: `prompt` is a schema error at its key, and the default applies (§2).
      const ignored = script.format === 'twiml' && ann.prompt ? ann.prompt : undefined;
      const problems = formatKeyProblems(script, ann);
      // Where calls enter a dialplan (§4.6), and the words of audio prompts from the transcript lists (§7):
      // both belong to this policy, so the flow read once is copied, never changed.
      script = withEntry(script, ann, problems);
      const { missing, lists } = loadTranscripts(ann, env);
      script = withTranscripts(script, lists, firstLang);
      const found = flowAnnouncement(script, load.uri, ignored ? { ...ann, prompt: undefined } : ann, firstLang, extra, controller);
      if (found.status !== 'ok') return found;
      const a = lists.length ? { ...found, transcriptLists: lists.map((l) => l.uri) } : found;
      if (ignored) problems.unshift({ span: ignored.keySpan, message: '`prompt` names a node by its id, and TwiML has no node ids: reclint ignores it and takes as the notice every prompt that mentions recording. Remove `prompt`.' });
      const formatProblems = problems.length ? problems : undefined;
      return missing.length || formatProblems ? { ...a, transcriptsMissing: missing.length ? missing : undefined, formatProblems } : a;
    }
    // Every prompt of the script that speaks of recording (the notices in all its languages).
    const scriptNotices: Notice[] = [];
    const monitored: Notice[] = [];
    const unread = new Set<string>();
    const unreadAt = new Set<number>();
    script.steps.forEach((s, i) => {
      if (s.kind !== 'say' && s.kind !== 'consent') return;
      for (const n of promptNotices(script, load.uri, i, firstLang, extra, controller)) {
        if (n.analysis && (n.analysis.records || n.analysis.denies)) scriptNotices.push(n);
        else if (n.analysis?.monitored) monitored.push(n);
        else if (!n.analysis && /\p{L}/u.test(n.text)) { unread.add(primaryLang(n.lang)); unreadAt.add(i); }
      }
    });
    const unreadLanguages = unread.size ? [...unread] : undefined;
    const unreadSteps = unreadAt.size ? [...unreadAt] : undefined;
    const monitoredNotices = monitored.length ? monitored : undefined;
    if (ann.prompt) {
      const idx = script.prompts.get(ann.prompt.value);
      if (idx === undefined) return { status: 'prompt-missing', span: ann.prompt.span, promptId: ann.prompt.value, scriptUri: load.uri, script };
      const own = scriptNotices.filter((n) => n.stepIndex === idx);
      const chosen = own.length ? own : promptNotices(script, load.uri, idx, firstLang, extra, controller);
      return { status: 'ok', via: 'script', declSpan: ann.prompt.span, notices: chosen, script, scriptUri: load.uri, scriptNotices, unreadLanguages, unreadSteps };
    }
    return { status: 'ok', via: 'script', declSpan: ann.script.span, notices: scriptNotices, script, scriptUri: load.uri, scriptNotices, unreadLanguages, unreadSteps, monitoredNotices };
  }
  if (ann.privacyStatement) return { status: 'website-only', span: ann.privacyStatement.keySpan };
  return { status: 'none' };
}

/** Keys the script's format does not allow or needs (ivr-formats.md §2), as `schema` problems in the policy. */
function formatKeyProblems(script: IvrScript, ann: NonNullable<Recording['announcement']>): { span: Span; message: string }[] {
  const out: { span: Span; message: string }[] = [];
  if (script.format === 'archy' && !ann.recordingStarts) {
    out.push({ span: ann.entry.keySpan, message: 'A Genesys Architect flow does not hold recording: the trunk or a recording policy of the organisation starts it. Say where it starts with `recording_starts` (`call-start` when the trunk records the whole call, `agent-connect` when recording is suppressed in the IVR and the queue).' });
  }
  return out;
}

/** The transcript lists the announcement names, read (§7), and the paths that name no readable file (§2). */
function loadTranscripts(ann: NonNullable<Recording['announcement']>, env: AnnouncementEnv): { missing: { path: string; span: Span; reason: ReadFailure }[]; lists: IvrScript[] } {
  const node = ann.transcripts?.node;
  if (!node) return { missing: [], lists: [] };
  const items = node.kind === 'scalar' ? [node] : node.kind === 'seq' ? node.items : [];
  const missing: { path: string; span: Span; reason: ReadFailure }[] = [];
  const lists: IvrScript[] = [];
  for (const item of items) {
    if (item.kind !== 'scalar' || typeof item.value !== 'string' || !item.value) continue;
    const r = env.loadScript(env.policyUri, item.value, 'transcripts');
    if (r.ok) { if (r.script.format === 'transcripts') lists.push(r.script); }
    else if (r.reason !== 'not-a-script') missing.push({ path: item.value, span: item.span, reason: r.reason });
  }
  return { missing, lists };
}

/** The dialplan entered where `announcement.entry` says (§4.6); an entry the dialplan lacks, or on another format, is a problem and ignored. */
function withEntry(script: IvrScript, ann: NonNullable<Recording['announcement']>, problems: { span: Span; message: string }[]): IvrScript {
  const e = ann.entryPoint;
  if (!e || typeof e.value !== 'string') return script;
  if (!script.dialplan) {
    problems.push({ span: e.keySpan, message: `\`entry\` says where calls enter an Asterisk or FreeSWITCH dialplan; this script is ${FORMAT_WORDS[script.format ?? 'ivr'] ?? 'another format'}, which names its own entry, so reclint ignores \`entry\`. Remove it.` });
    return script;
  }
  const steps = script.dialplan.resolve(e.value);
  if (!steps) {
    const names = script.dialplan.names.slice(0, 8).map((n) => `\`${n}\``).join(', ');
    problems.push({ span: e.span, message: `\`${e.value}\` names no context or extension of the dialplan (its contexts: ${names || 'none'}); reclint takes the entries it assumes without \`entry\`. Name the context (and extension) calls enter.` });
    return script;
  }
  return { ...script, entries: steps };
}

const FORMAT_WORDS: Record<string, string> = { ivr: 'an `.ivr` script', connect: 'an Amazon Connect flow', studio: 'a Twilio Studio flow', twiml: 'a TwiML document', archy: 'a Genesys Architect flow', vxml: 'a VoiceXML document' };

/** Audio prompts given their words by a transcript list (§7); the flow's steps are copied only when one is found. */
export function withTranscripts(script: IvrScript, lists: readonly IvrScript[], firstLang: string | undefined): IvrScript {
  if (!lists.length) return script;
  let steps: IvrScript['steps'] | undefined;
  script.steps.forEach((s, i) => {
    if (s.kind !== 'say' || s.source !== 'audio' || s.prompt.text || s.dynamic?.length || !s.audio) return;
    const t = findTranscript(lists, s.audio, s.lang ?? firstLang);
    if (!t) return;
    steps ??= script.steps.slice();
    steps[i] = { ...s, prompt: t.step.prompt, promptUri: t.list.uri, lang: s.lang ?? t.list.transcriptLang };
  });
  return steps ? { ...script, steps } : script;
}

/**
 * The notices of a flow (ivr-formats.md §4.2): the readable prompts that reach the customer and mention
 * or deny recording, or the prompts of the node `prompt` names. Prompts that cannot be read are listed,
 * and when the notice is among them, the rules that read it stand down.
 */
function flowAnnouncement(script: IvrScript, uri: string, ann: NonNullable<Recording['announcement']>, firstLang: string | undefined, extra: (l: string) => Record<string, string[]>, controller: string | undefined): RecordingAnnouncement {
  const declSpan = (ann.prompt ?? ann.script)!.span;
  if (script.errors.length) return { status: 'ok', via: 'script', declSpan, notices: [], script, scriptUri: uri, scriptNotices: [], standDown: true, unreadable: [] };
  const reach = reachable(script);
  const unreadable: UnreadablePrompt[] = [];
  const scriptNotices: Notice[] = [];
  const candidates: number[] = [];
  const monitored: Notice[] = [];
  const unread = new Set<string>();
  const unreadAt = new Set<number>();
  script.steps.forEach((s, i) => {
    if (s.kind !== 'say' && s.kind !== 'consent') return;
    if (s.kind === 'say' && (s.audience ?? 'customer') === 'staff') return;
    candidates.push(i);
    const why = unreadableKind(s);
    if (why) {
      if (reach[i]) unreadable.push({ kind: why, stepIndex: i, span: (s.kind === 'say' && s.anchor) || s.prompt.span, reference: s.kind === 'say' ? s.audio ?? s.prompt.text : s.prompt.text });
      return;
    }
    for (const n of promptNotices(script, uri, i, firstLang, extra, controller)) {
      if (n.analysis && (n.analysis.records || n.analysis.denies)) scriptNotices.push(n);
      else if (n.analysis?.monitored && reach[i]) monitored.push(n);
      else if (!n.analysis && reach[i] && /\p{L}/u.test(n.text)) { unread.add(primaryLang(n.lang)); unreadAt.add(i); }
    }
  });
  const unreadLanguages = unread.size ? [...unread] : undefined;
  const unreadSteps = unreadAt.size ? [...unreadAt] : undefined;
  const monitoredNotices = monitored.length ? monitored : undefined;
  if (ann.prompt) {
    // A node by its id; in a dialplan also the priority that plays the sound file of that name (a label wins, §2).
    const wanted = ann.prompt.value;
    const byFile = (i: number) => { const a = (script.steps[i] as { audio?: string }).audio; return a === wanted || a?.replace(/\.\w+$/, '') === wanted; };
    const byId: FlowNode | undefined = script.nodes?.find((n) => n.id === wanted && n.prompts.length > 0);
    const withFile = !byId && script.format === 'asterisk' ? script.nodes?.find((n) => n.prompts.some(byFile)) : undefined;
    // Named by its sound file: the notice is that file's prompts of the priority, not the priority's other files.
    const node: FlowNode | undefined = byId ?? (withFile ? { ...withFile, prompts: withFile.prompts.filter(byFile) } : undefined);
    if (!node) return { status: 'prompt-missing', span: ann.prompt.span, promptId: ann.prompt.value, scriptUri: uri, script };
    const named = node.prompts;
    const notices = named.filter((i) => !unreadableKind(script.steps[i] as PromptStep)).flatMap((i) => { const own = scriptNotices.filter((n) => n.stepIndex === i); return own.length ? own : promptNotices(script, uri, i, firstLang, extra, controller); });
    const own = named.flatMap((i) => { const why = unreadableKind(script.steps[i] as PromptStep); const s = script.steps[i] as PromptStep; return why ? [{ kind: why, stepIndex: i, span: (s.kind === 'say' && s.anchor) || s.prompt.span, reference: s.kind === 'say' ? s.audio ?? s.prompt.text : s.prompt.text }] : []; });
    return { status: 'ok', via: 'script', declSpan: ann.prompt.span, notices, script, scriptUri: uri, scriptNotices, unreadable: own, standDown: notices.length === 0, noticeSteps: named, unreadLanguages, unreadSteps };
  }
  const standDown = scriptNotices.length === 0 && unreadable.length > 0;
  return { status: 'ok', via: 'script', declSpan, notices: scriptNotices, script, scriptUri: uri, scriptNotices, unreadable, standDown, unreadLanguages, unreadSteps, monitoredNotices };
}

/** Purposes announced by a recording's notices (union over its notices), with the first mention of each. */
export function announcedPurposes(a: RecordingAnnouncement): Map<string, { notice: Notice; start: number; end: number }> {
  const out = new Map<string, { notice: Notice; start: number; end: number }>();
  if (a.status !== 'ok') return out;
  for (const n of a.notices) for (const p of n.analysis?.purposes ?? []) if (!out.has(p.id)) out.set(p.id, { notice: n, start: p.start, end: p.end });
  return out;
}

/** Notices that can be read: resolved, analysed, and not denying recording. */
export function readableNotices(a: RecordingAnnouncement): Notice[] {
  if (a.status !== 'ok' || a.standDown) return [];
  const analysed = a.notices.filter((n) => n.analysis);
  if (analysed.length > 0 && analysed.every((n) => n.analysis!.denies && !n.analysis!.records)) return [];
  return analysed;
}
