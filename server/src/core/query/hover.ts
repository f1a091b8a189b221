/**
 * Hover text (Markdown) for policies and scripts: what a purpose means and whether the notice announces
 * it, what a legal basis requires, a trigger's backstop, what a notice announces, special categories.
 */
import { analyseIn, announcedPurposes, resolveAnnouncement, type Notice, type ScriptLoad } from '../announcement';
import { undeclaredParts } from '../prompt-language';
import { ruleDescription, text } from '../i18n/catalog';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import { parseIvr } from '../ivr/parse';
import type { PromptStep } from '../ivr/model';
import { packFor } from '../notice/lang/registry';
import { generateNotice, GENERATOR_LANGS } from '../notice/generate';
import { NOTICE_LANGS, type NoticeAnalysis, type NoticeLang } from '../notice/types';
import type { Policy, Recording } from '../policy/model';
import { RULES } from '../rules/index';
import { baseName, LineIndex, type Span } from '../text';
import {
  BUILTIN_PURPOSES,
  canonicalLegalBasis,
  isBuiltinPurpose,
  isRelated,
  LEGAL_BASES,
  legalBasisArticle,
  legalBasisMeaning,
  purposeMeaning,
  SPECIAL_CATEGORIES,
  type LegalBasis,
} from '../vocabulary';
import { slotAt, type ParsedPolicy, type Slot } from './context';
import { extraPhrasesFor, loadTexts, scriptLoader, type QueryEnv } from './env';
import { code, codeList, durationWords, legalSourceIn, maybeText, md } from './words';

export { md } from './words';

export interface HoverResult {
  markdown: string;
  /** The span hovered (in the hovered file). */
  span: Span;
  /** The hover describes one notice (what it announces): the "what does my notice announce" command shows it. */
  notice?: boolean;
}

/** The text with the given spans in bold (the phrases that mattered). */
export function highlight(text: string, spans: readonly { start: number; end: number }[]): string {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const s of sorted) {
    if (s.start < pos) continue;
    out += md(text.slice(pos, s.start)) + `**${md(text.slice(s.start, s.end))}**`;
    pos = s.end;
  }
  return out + md(text.slice(pos));
}

/** A language of notices by name in the locale (`nl` → "Dutch (nl)" / "Nederlands (nl)"), or its code. */
function languageName(locale: Locale, l: string): string {
  const name = maybeText(locale, `lang.${l}`) ?? packFor(l)?.name;
  return name ? `${name} (${l})` : code(l);
}

/** Why a script or notice cannot be read, in words. */
function why(locale: Locale, reason: string): string {
  return maybeText(locale, `why.${reason}`) ?? reason;
}

/**
 * Markdown describing one analysed notice text, in `locale`. The notice itself is quoted as written;
 * only reclint's words around it follow the locale.
 */
export function describeAnalysis(noticeText: string, lang: string, a: NoticeAnalysis | undefined, title: string, locale: Locale = DEFAULT_LOCALE): string {
  const t = (key: Parameters<typeof text>[1], data?: Readonly<Record<string, string | number>>) => text(locale, key, data);
  const lines = [t('notice.heading', { title, lang }), ''];
  if (!a) {
    lines.push(t('notice.unreadLanguage', { lang: code(lang), langs: NOTICE_LANGS.join(', ') }), '', `> ${md(noticeText)}`);
    return lines.join('\n');
  }
  const spans: { start: number; end: number }[] = [];
  if (a.recordSpan) spans.push(a.recordSpan);
  if (a.denySpan) spans.push(a.denySpan);
  for (const p of a.purposes) spans.push(p);
  for (const v of a.vaguePhrases) spans.push(v);
  lines.push(`> ${highlight(noticeText, spans)}`, '');
  const quote = (s?: { start: number; end: number }) => (s ? ` ("${md(noticeText.slice(s.start, s.end))}")` : '');
  if (a.denies) lines.push(`- ${t('notice.denies', { quote: quote(a.denySpan) })}`);
  else if (a.records) lines.push(`- ${t('notice.records', { quote: quote(a.recordSpan) })}`);
  else lines.push(`- ${t('notice.notRecords')}`);
  if (a.purposes.length) {
    lines.push(`- ${t('notice.announces', { list: a.purposes.map((p) => `${code(p.id)} ("${md(p.text)}"${p.vague ? `, ${t('list.vague')}` : ''})`).join(', ') })}`);
  } else {
    lines.push(`- ${t('notice.announcesNone')}`);
  }
  if (a.vaguePhrases.length) {
    lines.push(`- ${t('notice.vague', { list: a.vaguePhrases.map((v) => `"${md(v.text)}" (${v.id ? t('notice.readAs', { id: code(v.id) }) : t('notice.namesNoPurpose')})`).join(', ') })}`);
  }
  if (a.excluded?.length) {
    lines.push(`- ${t('notice.excludes', { list: a.excluded.map((e) => `${code(e.id)} ("${md(e.text)}")`).join(', ') })}`);
  }
  return lines.join('\n');
}

function relatedOf(id: string, policy: Policy | undefined): string[] {
  const custom = new Map<string, readonly string[]>();
  for (const [cid, cp] of policy?.customPurposes ?? []) custom.set(cid, cp.related);
  const all = [...BUILTIN_PURPOSES, ...(policy?.customPurposes.keys() ?? [])];
  return all.filter((o) => o !== id && (isRelated(id, o, custom) || isRelated(o, id, custom)));
}

function where(locale: Locale, n: Notice, start: number, end: number, load: (uri: string) => string | undefined): string {
  const src = n.toSource(start, end);
  const t = load(n.uri);
  const line = t !== undefined ? new LineIndex(t).positionAt(src.start).line + 1 : undefined;
  const file = md(n.uri.split('/').pop() ?? n.uri);
  if (n.kind === 'text') return text(locale, 'where.inlineText') + (line ? text(locale, 'where.line', { line }) : '');
  const id = n.promptId ? code(n.promptId) : text(locale, 'where.noId');
  return line ? text(locale, 'where.promptLine', { id, file, line }) : text(locale, 'where.prompt', { id, file });
}

/** A recording by its id, or by its place in the list. */
function recordingName(locale: Locale, rec: Recording): string {
  return rec.id ? code(rec.id.value) : text(locale, 'recording.numbered', { n: rec.index + 1 });
}

function purposeHover(doc: ParsedPolicy, slot: Slot, env: QueryEnv, locale: Locale): string {
  const id = slot.value;
  const policy = doc.policy;
  const lines: string[] = [];
  const custom = policy?.customPurposes.get(id);
  if (isBuiltinPurpose(id)) {
    lines.push(text(locale, 'purpose.builtin', { id: code(id), meaning: purposeMeaning(locale, id) }));
    const note = maybeText(locale, `purpose.note.${id}`);
    if (note) lines.push('', note);
  }
  else if (custom) lines.push(custom.description?.value ? text(locale, 'purpose.customWithDescription', { id: code(id), description: md(custom.description.value) }) : text(locale, 'purpose.custom', { id: code(id) }));
  else return text(locale, 'purpose.unknown', { id: code(id) });
  const rel = relatedOf(id, policy);
  lines.push('', rel.length ? text(locale, 'purpose.compatible', { list: rel.map(code).join(', ') }) : text(locale, 'purpose.compatibleNone'));
  const rec = slot.recording;
  if (rec && policy) {
    const texts = new Map<string, string>([[env.uri, doc.text]]);
    const loader = scriptLoader(env);
    const loadScript = (from: string, rel: string): ScriptLoad => {
      const l = loader(from, rel);
      for (const [u, t] of loadTexts(l)) texts.set(u, t);
      return l;
    };
    const a = resolveAnnouncement(policy, rec, { policyUri: env.uri, policyText: doc.text, loadScript, configPhrases: env.configPhrases });
    const name = recordingName(locale, rec);
    if (a.status === 'ok') {
      const hit = announcedPurposes(a).get(id);
      if (hit) lines.push('', text(locale, 'purpose.announced', { name, quote: md(hit.notice.text.slice(hit.start, hit.end)), where: where(locale, hit.notice, hit.start, hit.end, (u) => texts.get(u)) }));
      else {
        const announced = [...announcedPurposes(a).keys()];
        const relatedAnnounced = announced.filter((x) => x !== id && isRelated(x, id, new Map([...policy.customPurposes].map(([k, v]) => [k, v.related]))));
        let line = announced.length ? text(locale, 'purpose.notAnnouncedOthers', { name, list: announced.map(code).join(', ') }) : text(locale, 'purpose.notAnnounced', { name });
        if (relatedAnnounced.length) line += ` ${text(locale, 'purpose.compatibleAnnounced', { list: relatedAnnounced.map(code).join(', ') })}`;
        lines.push('', line);
      }
    } else if (a.status === 'off') lines.push('', text(locale, 'purpose.off', { name }));
    else lines.push('', text(locale, 'purpose.unreadable', { name, why: why(locale, a.status), id: code(id) }));
    const declared = rec.purposes.some((p) => p.purpose?.value === id);
    if (slot.kind === 'purpose-use' && !declared) lines.push('', text(locale, 'purpose.notDeclared', { name }));
  }
  return lines.join('\n');
}

function legalBasisHover(value: string, locale: Locale): string {
  const canonical: LegalBasis | undefined = canonicalLegalBasis(value);
  if (!canonical) return text(locale, 'basis.notABasis', { value: code(value), list: LEGAL_BASES.map(code).join(', ') });
  const article = legalBasisArticle(locale, canonical);
  const head = canonical === value ? text(locale, 'basis.canonical', { basis: code(canonical), article }) : text(locale, 'basis.alias', { value: code(value), basis: code(canonical), article });
  // The meaning is our own Markdown (the keys it takes are code): not escaped.
  return `${head}\n\n${capitalise(legalBasisMeaning(locale, canonical))}.`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A condition of art. 9(2), written `9(2)(a)` … `9(2)(j)`. */
function art9Hover(value: string, locale: Locale): string {
  const m = /^9\(2\)\(([a-j])\)$/.exec(value.trim());
  if (!m) return text(locale, 'art9.notACondition', { value: code(value) });
  const letter = m[1];
  return text(locale, 'art9.condition', { value: code(value.trim()), article: text(locale, 'art9.article', { letter }), meaning: maybeText(locale, `art9.${letter}`) ?? '' });
}

function triggerHover(doc: ParsedPolicy, id: string, locale: Locale): string {
  const t = doc.policy?.triggers.get(id);
  if (!t) return text(locale, 'trigger.undeclared', { id: code(id) });
  let uses = 0;
  for (const r of doc.policy?.recordings ?? []) for (const p of r.purposes) if (p.retention?.until?.value === id) uses++;
  const lines = [t.description ? text(locale, 'trigger.headWithDescription', { id: code(id), description: md(t.description.value) }) : text(locale, 'trigger.head', { id: code(id) }), ''];
  if (t.max) {
    const words = durationWords(locale, t.max.value);
    lines.push(words ? text(locale, 'trigger.backstop', { duration: words, max: code(t.max.value) }) : text(locale, 'trigger.backstopRaw', { max: code(t.max.value) }));
  } else lines.push(text(locale, 'trigger.noBackstop'));
  lines.push('', uses === 0 ? text(locale, 'trigger.unused') : uses === 1 ? text(locale, 'trigger.usedOne') : text(locale, 'trigger.usedMany', { n: uses }));
  return lines.join('\n');
}

function dataHover(value: string, locale: Locale): string {
  if (value === 'criminal-data') return text(locale, 'data.criminal', { id: code(value) });
  if (SPECIAL_CATEGORIES.has(value)) return text(locale, 'data.special', { id: code(value) });
  return text(locale, 'data.ordinary', { id: code(value) });
}

function noticeForRecording(doc: ParsedPolicy, rec: Recording, env: QueryEnv, locale: Locale): string | undefined {
  const policy = doc.policy!;
  const ann = rec.announcement;
  if (ann?.text) {
    const lang = ann.language?.value ?? policy.languages[0]?.value;
    const { lang: l, analysis } = analyseIn(ann.text.value, lang, (x) => extraPhrasesFor(policy, env, x), policy.controller?.value);
    return describeAnalysis(ann.text.value, l, analysis, text(locale, 'notice.title.this'), locale);
  }
  if (ann?.script && ann.prompt) {
    const load = scriptLoader(env)(env.uri, ann.script.value);
    if (!load.ok) return text(locale, 'script.unreadable', { path: code(ann.script.value), why: why(locale, load.reason) });
    const idx = load.script.prompts.get(ann.prompt.value);
    if (idx === undefined) return text(locale, 'script.noPrompt', { id: code(ann.prompt.value), list: codeList(locale, [...load.script.prompts.keys()]) });
    const step = load.script.steps[idx] as PromptStep;
    // A prompt that declares no language is read in the one it is plainly in, a part per language (§6).
    const parts = undeclaredParts(step.prompt.text, step.lang, policy.languages[0]?.value) ?? [{ lang: step.lang ?? policy.languages[0]?.value?.toLowerCase().split('-')[0], text: step.prompt.text }];
    const title = text(locale, 'notice.title.prompt', { id: code(ann.prompt.value) });
    return parts.map((p) => {
      const { lang, analysis } = analyseIn(p.text, p.lang, (x) => extraPhrasesFor(policy, env, x), policy.controller?.value);
      return describeAnalysis(p.text.trimEnd(), lang, analysis, title, locale);
    }).join('\n\n---\n\n');
  }
  return undefined;
}

/**
 * On `announcement.script`: every notice of the script, per language, with what each announces (a
 * caller hears the notice of their language; issue 13, item 4).
 */
function noticesOfScript(doc: ParsedPolicy, rec: Recording, env: QueryEnv, locale: Locale): string | undefined {
  const policy = doc.policy!;
  const path = rec.announcement?.script?.value;
  if (!path) return undefined;
  const texts = new Map<string, string>([[env.uri, doc.text]]);
  const loader = scriptLoader(env);
  const loadScript = (from: string, rel: string, format?: string): ScriptLoad => {
    void format;
    const l = loader(from, rel);
    for (const [u, t] of loadTexts(l)) texts.set(u, t);
    return l;
  };
  const a = resolveAnnouncement(policy, rec, { policyUri: env.uri, policyText: doc.text, loadScript, configPhrases: env.configPhrases });
  if (a.status === 'script-missing') return text(locale, 'script.unreadable', { path: code(path), why: why(locale, a.reason) });
  if (a.status !== 'ok') return undefined;
  const notices = a.scriptNotices ?? a.notices;
  if (notices.length === 0) return text(locale, 'script.noticesNone', { path: code(path) });
  const byLang = new Map<string, Notice[]>();
  for (const n of notices) {
    const l = n.lang.toLowerCase().split('-')[0];
    byLang.set(l, [...(byLang.get(l) ?? []), n]);
  }
  const lines = [text(locale, 'script.noticesHead', { path: code(path) }), ''];
  for (const [l, ns] of byLang) {
    lines.push(`- **${languageName(locale, l)}**`);
    for (const n of ns) {
      const line = texts.get(n.uri) !== undefined ? new LineIndex(texts.get(n.uri)!).positionAt(n.span.start).line + 1 : undefined;
      // A notice in another file of the script's flow set names that file.
      const other = a.scriptUri !== undefined && n.uri !== a.scriptUri && n.uri !== env.uri;
      const at = line === undefined ? '' : other ? text(locale, 'where.fileLine', { file: code(baseName(n.uri)), line }) : text(locale, 'where.line', { line });
      const said = n.analysis?.denies && !n.analysis.records ? text(locale, 'script.saysNotRecorded') : n.analysis?.purposes.length ? text(locale, 'script.announces', { list: n.analysis.purposes.map((p) => code(p.id)).join(', ') }) : text(locale, 'notice.namesNoPurpose');
      const excl = n.analysis?.excluded?.length ? text(locale, 'script.excludes', { list: n.analysis.excluded.map((e) => code(e.id)).join(', ') }) : '';
      lines.push(`  - ${n.promptId ? code(n.promptId) : text(locale, 'script.aPrompt')}${at}: ${said}${excl}`);
    }
  }
  return lines.join('\n');
}

/**
 * What `reclint notice` would write for the recording, as one line: how long it takes to say, per
 * language, or why it would write none (notice-generator.md §10: the notice hover says so).
 */
function generatedLength(doc: ParsedPolicy, rec: Recording, env: QueryEnv, locale: Locale): string | undefined {
  const policy = doc.policy!;
  const langs = policy.languages.map((l) => l.value).filter((l): l is NoticeLang => (GENERATOR_LANGS as readonly string[]).includes(l));
  if (langs.length === 0) return undefined;
  const parts: string[] = [];
  for (const lang of langs) {
    const g = generateNotice({ policy, recording: rec, lang, phrases: env.configPhrases });
    if (!g.ok) return 'refusal' in g ? text(locale, 'generated.refused', { reason: md(g.refusal.reason) }) : undefined;
    parts.push(`~${Math.round(g.notice.seconds.notice)} s (${lang})`);
  }
  return text(locale, 'generated.length', { parts: parts.join(', ') });
}

/** Hover for a policy at an offset. */
export function policyHover(doc: ParsedPolicy, offset: number, env: QueryEnv): HoverResult | undefined {
  const locale = env.locale ?? DEFAULT_LOCALE;
  const directive = directiveHover(doc.text, offset, locale);
  if (directive) return directive;
  const slot = slotAt(doc, offset);
  if (!slot || slot.span.end === slot.span.start) return undefined;
  let markdown: string | undefined;
  let notice = false;
  switch (slot.kind) {
    case 'purpose-declared':
    case 'purpose-use':
    case 'purpose-related':
    case 'custom-purpose-decl':
      markdown = purposeHover(doc, slot, env, locale);
      break;
    case 'legal-basis':
      markdown = legalBasisHover(slot.value, locale);
      break;
    case 'art9-condition':
      markdown = art9Hover(slot.value, locale);
      break;
    case 'trigger-ref':
    case 'trigger-decl':
      markdown = triggerHover(doc, slot.value, locale);
      break;
    case 'data-category':
      markdown = dataHover(slot.value, locale);
      break;
    case 'announcement-text':
    case 'prompt':
      markdown = slot.recording && doc.policy ? noticeForRecording(doc, slot.recording, env, locale) : undefined;
      notice = markdown !== undefined;
      if (markdown && slot.recording) markdown = [markdown, generatedLength(doc, slot.recording, env, locale)].filter(Boolean).join('\n\n');
      break;
    case 'script':
      markdown = slot.recording && doc.policy ? noticesOfScript(doc, slot.recording, env, locale) : undefined;
      if (markdown && slot.recording) markdown = [markdown, generatedLength(doc, slot.recording, env, locale)].filter(Boolean).join('\n\n');
      break;
    default:
      markdown = undefined;
  }
  return markdown ? { markdown, span: slot.span, ...(notice ? { notice } : {}) } : undefined;
}

/** Hover for a `.ivr` script: what the prompt under the cursor announces; on a directive, the rule. */
export function scriptHover(uri: string, scriptText: string, offset: number, configPhrases: QueryEnv['configPhrases'] = {}, locale: Locale = DEFAULT_LOCALE): HoverResult | undefined {
  const directive = directiveHover(scriptText, offset, locale);
  if (directive) return directive;
  const script = parseIvr(uri, scriptText);
  for (const step of script.steps) {
    if (step.kind !== 'say' && step.kind !== 'consent') continue;
    const s = step.prompt.span;
    const onId = step.idSpan && step.idSpan.start <= offset && offset <= step.idSpan.end;
    if (!onId && !(s.start <= offset && offset <= s.end)) continue;
    const extra = (l: string): Record<string, string[]> => {
      const out: Record<string, string[]> = {};
      for (const [id, list] of Object.entries(configPhrases[l] ?? {})) out[id] = [...list];
      return out;
    };
    const { lang, analysis } = analyseIn(step.prompt.text, step.lang, extra);
    const title = step.id ? text(locale, 'notice.title.prompt', { id: code(step.id) }) : text(locale, 'notice.title.anonymous');
    return { markdown: describeAnalysis(step.prompt.text, lang, analysis, title, locale), span: onId && step.idSpan ? step.idSpan : s, notice: true };
  }
  return undefined;
}

const RULE_META = new Map(RULES.map((r) => [r.meta.id, r.meta]));

/**
 * On a rule id in a `reclint-disable-next-line` comment (`#`, `;` or `<!-- -->`): the rule's
 * description in the locale, and its legal source.
 */
export function directiveHover(fileText: string, offset: number, locale: Locale = DEFAULT_LOCALE): HoverResult | undefined {
  const lineStart = fileText.lastIndexOf('\n', offset - 1) + 1;
  const nl = fileText.indexOf('\n', offset);
  const line = fileText.slice(lineStart, nl < 0 ? fileText.length : nl).replace(/\r$/, '');
  const m = /^([ \t]*(?:#|;|<!--)[ \t]*reclint-disable-next-line\b)(.*?)(?:--.*)?$/.exec(line);
  if (!m) return undefined;
  const idsStart = lineStart + m[1].length;
  for (const w of m[2].matchAll(/[A-Za-z0-9-]+/g)) {
    const start = idsStart + w.index!;
    const end = start + w[0].length;
    if (offset < start || offset > end) continue;
    const meta = RULE_META.get(w[0]);
    if (!meta) return { markdown: text(locale, 'rule.unknown', { id: code(w[0]) }), span: { start, end } };
    const lines = [text(locale, 'rule.hover', { id: code(meta.id), description: ruleDescription(locale, meta.id, meta.description) })];
    if (meta.legalSource) lines.push('', text(locale, 'rule.source', { source: md(legalSourceIn(locale, meta.legalSource)) }));
    return { markdown: lines.join('\n'), span: { start, end } };
  }
  return undefined;
}
