/**
 * Resolves where a recording's caller is told: the notice prompts of its script or its inline text,
 * analysed in their language, with a map from the analysed text back to source spans.
 */
import type { IvrScript, PromptStep } from './ivr/model';
import { analyseNotice, isNoticeLang } from './notice/analyse';
import type { NoticeAnalysis, NoticeLang } from './notice/types';
import { NOTICE_LANGS } from './notice/types';
import type { Policy, Recording } from './policy/model';
import type { Span } from './text';

export type ReadFailure = 'not-found' | 'directory' | 'too-large' | 'outside-root' | 'unreadable' | 'not-a-script';

export type ScriptLoad =
  | { ok: true; uri: string; script: IvrScript; text: string }
  | { ok: false; uri: string; reason: ReadFailure; detail?: string };

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
}

export type RecordingAnnouncement =
  | { status: 'off' }
  | { status: 'none' }
  | { status: 'website-only'; span: Span }
  | { status: 'script-missing'; span: Span; scriptUri: string; reason: ReadFailure; detail?: string; path: string }
  | { status: 'prompt-missing'; span: Span; promptId: string; scriptUri: string; script: IvrScript }
  | { status: 'ok'; via: 'text' | 'script'; declSpan: Span; notices: Notice[]; script?: IvrScript; scriptUri?: string; scriptNotices?: Notice[] };

export interface AnnouncementEnv {
  policyUri: string;
  policyText: string;
  loadScript(fromUri: string, path: string): ScriptLoad;
  /** Extra phrases per language and purpose id (config + custom purposes are merged by the caller). */
  configPhrases: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
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
    const l = lang.toLowerCase().split('-')[0];
    return isNoticeLang(l) ? { lang: l, analysis: analyseNotice(text, l, { extraPhrases: extra(l), controller }) } : { lang };
  }
  let best: { lang: NoticeLang; analysis: NoticeAnalysis; score: number } | undefined;
  for (const l of NOTICE_LANGS) {
    const a = analyseNotice(text, l, { extraPhrases: extra(l), controller });
    const score = (a.records || a.denies ? 10 : 0) + a.purposes.length + a.vaguePhrases.length;
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

function promptNotice(script: IvrScript, uri: string, index: number, fallbackLang: string | undefined, extra: (l: string) => Record<string, string[]>, controller: string | undefined): Notice {
  const step = script.steps[index] as PromptStep;
  const { lang, analysis } = analyseIn(step.prompt.text, step.lang ?? fallbackLang, extra, controller);
  const offs = step.prompt.sourceOffsets;
  return {
    kind: 'script',
    uri,
    lang,
    analysis,
    text: step.prompt.text,
    span: step.prompt.span,
    toSource: (s, e) => {
      const start = offs[Math.max(0, Math.min(s, offs.length - 1))];
      const lastChar = offs[Math.max(0, Math.min(e - 1, offs.length - 1))];
      return { start, end: e > s ? lastChar + 1 : start };
    },
    promptId: step.id,
    stepIndex: index,
  };
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
    const load = env.loadScript(env.policyUri, ann.script.value);
    if (!load.ok) return { status: 'script-missing', span: ann.script.span, scriptUri: load.uri, reason: load.reason, detail: load.detail, path: ann.script.value };
    const script = load.script;
    // Every prompt of the script that speaks of recording (the notices in all its languages).
    const scriptNotices: Notice[] = [];
    script.steps.forEach((s, i) => {
      if (s.kind !== 'say' && s.kind !== 'consent') return;
      const n = promptNotice(script, load.uri, i, firstLang, extra, controller);
      if (n.analysis && (n.analysis.records || n.analysis.denies)) scriptNotices.push(n);
    });
    if (ann.prompt) {
      const idx = script.prompts.get(ann.prompt.value);
      if (idx === undefined) return { status: 'prompt-missing', span: ann.prompt.span, promptId: ann.prompt.value, scriptUri: load.uri, script };
      const chosen = scriptNotices.find((n) => n.stepIndex === idx) ?? promptNotice(script, load.uri, idx, firstLang, extra, controller);
      return { status: 'ok', via: 'script', declSpan: ann.prompt.span, notices: [chosen], script, scriptUri: load.uri, scriptNotices };
    }
    return { status: 'ok', via: 'script', declSpan: ann.script.span, notices: scriptNotices, script, scriptUri: load.uri, scriptNotices };
  }
  if (ann.privacyStatement) return { status: 'website-only', span: ann.privacyStatement.keySpan };
  return { status: 'none' };
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
  if (a.status !== 'ok') return [];
  const analysed = a.notices.filter((n) => n.analysis);
  if (analysed.length > 0 && analysed.every((n) => n.analysis!.denies && !n.analysis!.records)) return [];
  return analysed;
}
