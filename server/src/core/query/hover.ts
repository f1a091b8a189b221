/**
 * Hover text (Markdown) for policies and scripts: what a purpose means and whether the notice announces
 * it, what a legal basis requires, a trigger's backstop, what a notice announces, special categories.
 */
import { analyseIn, announcedPurposes, resolveAnnouncement, type Notice, type ScriptLoad } from '../announcement';
import { parseIvr } from '../ivr/parse';
import type { PromptStep } from '../ivr/model';
import { packFor } from '../notice/lang/registry';
import { generateNotice, GENERATOR_LANGS } from '../notice/generate';
import { NOTICE_LANGS, type NoticeAnalysis, type NoticeLang } from '../notice/types';
import type { Policy, Recording } from '../policy/model';
import { LineIndex, type Span } from '../text';
import {
  BUILTIN_PURPOSES,
  canonicalLegalBasis,
  isBuiltinPurpose,
  isRelated,
  LEGAL_BASES,
  LEGAL_BASIS_ARTICLE,
  LEGAL_BASIS_MEANING,
  PURPOSE_MEANING,
  SPECIAL_CATEGORIES,
  type LegalBasis,
} from '../vocabulary';
import { slotAt, type ParsedPolicy, type Slot } from './context';
import { extraPhrasesFor, scriptLoader, type QueryEnv } from './env';

export interface HoverResult {
  markdown: string;
  /** The span hovered (in the hovered file). */
  span: Span;
}

/** Escape text for Markdown. */
export function md(s: string): string {
  return s.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

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

/** Markdown describing one analysed notice text. */
export function describeAnalysis(text: string, lang: string, a: NoticeAnalysis | undefined, title: string): string {
  const lines = [`**${title}** (${lang})`, ''];
  if (!a) {
    lines.push(`reclint does not read notices in \`${md(lang)}\` (it reads ${NOTICE_LANGS.join(', ')}).`, '', `> ${md(text)}`);
    return lines.join('\n');
  }
  const spans: { start: number; end: number }[] = [];
  if (a.recordSpan) spans.push(a.recordSpan);
  if (a.denySpan) spans.push(a.denySpan);
  for (const p of a.purposes) spans.push(p);
  for (const v of a.vaguePhrases) spans.push(v);
  lines.push(`> ${highlight(text, spans)}`, '');
  const quote = (s?: { start: number; end: number }) => (s ? ` ("${md(text.slice(s.start, s.end))}")` : '');
  if (a.denies) lines.push(`- **Denies recording**${quote(a.denySpan)}`);
  else if (a.records) lines.push(`- **Records**: says the call is recorded${quote(a.recordSpan)}`);
  else lines.push('- **Does not say the call is recorded**');
  if (a.purposes.length) {
    lines.push(`- **Announces**: ${a.purposes.map((p) => `${code(p.id)} ("${md(p.text)}"${p.vague ? ', vague' : ''})`).join(', ')}`);
  } else {
    lines.push('- **Announces no purpose**');
  }
  if (a.vaguePhrases.length) {
    lines.push(`- **Vague**: ${a.vaguePhrases.map((v) => `"${md(v.text)}"${v.id ? ` (read as ${code(v.id)})` : ' (names no purpose)'}`).join(', ')}`);
  }
  if (a.excluded?.length) {
    lines.push(`- **Excludes**: ${a.excluded.map((e) => `${code(e.id)} ("${md(e.text)}")`).join(', ')}`);
  }
  return lines.join('\n');
}

function relatedOf(id: string, policy: Policy | undefined): string[] {
  const custom = new Map<string, readonly string[]>();
  for (const [cid, cp] of policy?.customPurposes ?? []) custom.set(cid, cp.related);
  const all = [...BUILTIN_PURPOSES, ...(policy?.customPurposes.keys() ?? [])];
  return all.filter((o) => o !== id && (isRelated(id, o, custom) || isRelated(o, id, custom)));
}

function where(n: Notice, start: number, end: number, load: (uri: string) => string | undefined): string {
  const src = n.toSource(start, end);
  const text = load(n.uri);
  const line = text !== undefined ? new LineIndex(text).positionAt(src.start).line + 1 : undefined;
  const file = n.uri.split('/').pop() ?? n.uri;
  if (n.kind === 'text') return `the inline \`announcement.text\`${line ? ` (line ${line})` : ''}`;
  return `prompt ${n.promptId ? code(n.promptId) : '(no id)'} in ${md(file)}${line ? `:${line}` : ''}`;
}

function purposeHover(doc: ParsedPolicy, slot: Slot, env: QueryEnv): string {
  const id = slot.value;
  const policy = doc.policy;
  const lines: string[] = [];
  const custom = policy?.customPurposes.get(id);
  if (isBuiltinPurpose(id)) lines.push(`**${code(id)}**: built-in purpose. ${md(PURPOSE_MEANING[id])}.`);
  else if (custom) lines.push(`**${code(id)}**: custom purpose. ${custom.description ? md(custom.description.value) : ''}`.trimEnd());
  else {
    lines.push(`**${code(id)}** is not a purpose reclint knows: neither built in nor under \`custom_purposes\`.`);
    return lines.join('\n');
  }
  const rel = relatedOf(id, policy);
  lines.push('', rel.length ? `Directly related (art. 6(4)): ${rel.map(code).join(', ')}.` : 'Directly related to no other purpose (art. 6(4)).');
  const rec = slot.recording;
  if (rec && policy) {
    const texts = new Map<string, string>([[env.uri, doc.text]]);
    const loader = scriptLoader(env);
    const loadScript = (from: string, rel: string): ScriptLoad => {
      const l = loader(from, rel);
      if (l.ok) texts.set(l.uri, l.text);
      return l;
    };
    const a = resolveAnnouncement(policy, rec, { policyUri: env.uri, policyText: doc.text, loadScript, configPhrases: env.configPhrases });
    const name = rec.id ? code(rec.id.value) : `recording ${rec.index + 1}`;
    if (a.status === 'ok') {
      const hit = announcedPurposes(a).get(id);
      if (hit) lines.push('', `Announced to callers of ${name}: "${md(hit.notice.text.slice(hit.start, hit.end))}" in ${where(hit.notice, hit.start, hit.end, (u) => texts.get(u))}.`);
      else {
        const announced = [...announcedPurposes(a).keys()];
        const relatedAnnounced = announced.filter((x) => x !== id && isRelated(x, id, new Map([...policy.customPurposes].map(([k, v]) => [k, v.related]))));
        lines.push('', `**Not announced** to callers of ${name}${announced.length ? ` (the notice announces ${announced.map(code).join(', ')})` : ''}.${relatedAnnounced.length ? ` Related to the announced ${relatedAnnounced.map(code).join(', ')}.` : ''}`);
      }
    } else if (a.status === 'off') lines.push('', `${name} records nothing (\`mode: none\`).`);
    else lines.push('', `The notice of ${name} cannot be read (${a.status}), so reclint cannot tell whether it announces ${code(id)}.`);
    const declared = rec.purposes.some((p) => p.purpose?.value === id);
    if (slot.kind === 'purpose-use' && !declared) lines.push('', `Not declared under \`purposes\` of ${name}.`);
  }
  return lines.join('\n');
}

function legalBasisHover(value: string): string {
  const v = value.toLowerCase();
  const canonical: LegalBasis | undefined = canonicalLegalBasis(value);
  if (!canonical) return `${code(value)} is not a legal basis. The bases of art. 6(1) GDPR: ${LEGAL_BASES.map(code).join(', ')}.`;
  const head = canonical === v ? `**${code(canonical)}**` : `${code(value)} is understood as **${code(canonical)}**`;
  return `${head}: ${LEGAL_BASIS_ARTICLE[canonical]}.\n\n${md(LEGAL_BASIS_MEANING[canonical]).replace(/\\`/g, '`')}.`;
}

function triggerHover(doc: ParsedPolicy, id: string): string {
  const t = doc.policy?.triggers.get(id);
  if (!t) return `No trigger ${code(id)} is declared under \`triggers\`.`;
  let uses = 0;
  for (const r of doc.policy?.recordings ?? []) for (const p of r.purposes) if (p.retention?.until?.value === id) uses++;
  const lines = [`**Trigger ${code(id)}**${t.description ? `: ${md(t.description.value)}` : ''}`, ''];
  lines.push(t.max ? `Backstop: retention ends at the latest after ${code(t.max.value)}, even if the event never happens.` : 'No backstop (`max`): if the event never happens, retention never ends unless the purpose sets `max`.');
  lines.push('', uses === 0 ? 'Used by no retention.' : `Ends the retention of ${uses} purpose${uses === 1 ? '' : 's'}.`);
  return lines.join('\n');
}

function dataHover(value: string): string {
  if (value === 'criminal-data') return `**${code(value)}**: personal data on criminal convictions and offences (art. 10 GDPR): needs \`art9_condition\` and a legal ground under Union or member-state law.`;
  if (SPECIAL_CATEGORIES.has(value)) return `**${code(value)}**: a special category of personal data (art. 9(1) GDPR). The recording needs an \`art9_condition\` (9(2)(a)…(j)).`;
  return `**${code(value)}**: ordinary personal data (not a special category of art. 9).`;
}

function noticeForRecording(doc: ParsedPolicy, rec: Recording, env: QueryEnv): string | undefined {
  const policy = doc.policy!;
  const ann = rec.announcement;
  if (ann?.text) {
    const lang = ann.language?.value ?? policy.languages[0]?.value;
    const { lang: l, analysis } = analyseIn(ann.text.value, lang, (x) => extraPhrasesFor(policy, env, x), policy.controller?.value);
    return describeAnalysis(ann.text.value, l, analysis, 'This notice');
  }
  if (ann?.script && ann.prompt) {
    const load = scriptLoader(env)(env.uri, ann.script.value);
    if (!load.ok) return `The script ${code(ann.script.value)} cannot be read (${load.reason}).`;
    const idx = load.script.prompts.get(ann.prompt.value);
    if (idx === undefined) return `The script has no prompt ${code(ann.prompt.value)}. Its prompts: ${[...load.script.prompts.keys()].map(code).join(', ') || 'none'}.`;
    const step = load.script.steps[idx] as PromptStep;
    const { lang, analysis } = analyseIn(step.prompt.text, step.lang ?? policy.languages[0]?.value, (x) => extraPhrasesFor(policy, env, x), policy.controller?.value);
    return describeAnalysis(step.prompt.text, lang, analysis, `Prompt ${code(ann.prompt.value)}`);
  }
  return undefined;
}

/**
 * On `announcement.script`: every notice of the script, per language, with what each announces (a
 * caller hears the notice of their language; issue 13, item 4).
 */
function noticesOfScript(doc: ParsedPolicy, rec: Recording, env: QueryEnv): string | undefined {
  const policy = doc.policy!;
  const path = rec.announcement?.script?.value;
  if (!path) return undefined;
  const texts = new Map<string, string>([[env.uri, doc.text]]);
  const loader = scriptLoader(env);
  const loadScript = (from: string, rel: string, format?: string): ScriptLoad => {
    void format;
    const l = loader(from, rel);
    if (l.ok) texts.set(l.uri, l.text);
    return l;
  };
  const a = resolveAnnouncement(policy, rec, { policyUri: env.uri, policyText: doc.text, loadScript, configPhrases: env.configPhrases });
  if (a.status === 'script-missing') return `The script ${code(path)} cannot be read (${a.reason}).`;
  if (a.status !== 'ok') return undefined;
  const notices = a.scriptNotices ?? a.notices;
  if (notices.length === 0) return `**Notices of ${code(path)}**\n\nNo prompt of the script says the call is recorded.`;
  const byLang = new Map<string, Notice[]>();
  for (const n of notices) {
    const l = n.lang.toLowerCase().split('-')[0];
    byLang.set(l, [...(byLang.get(l) ?? []), n]);
  }
  const lines = [`**Notices of ${code(path)}**, by the language callers hear them in`, ''];
  for (const [l, ns] of byLang) {
    const pack = packFor(l);
    lines.push(`- **${pack ? `${pack.name} (${pack.code})` : code(l)}**`);
    for (const n of ns) {
      const at = texts.get(n.uri) !== undefined ? ` (line ${new LineIndex(texts.get(n.uri)!).positionAt(n.span.start).line + 1})` : '';
      const said = n.analysis?.denies && !n.analysis.records ? 'says the call is not recorded' : n.analysis?.purposes.length ? `announces ${n.analysis.purposes.map((p) => code(p.id)).join(', ')}` : 'names no purpose';
      const excl = n.analysis?.excluded?.length ? `; excludes ${n.analysis.excluded.map((e) => code(e.id)).join(', ')}` : '';
      lines.push(`  - ${n.promptId ? code(n.promptId) : 'a prompt'}${at}: ${said}${excl}`);
    }
  }
  return lines.join('\n');
}

/**
 * What `reclint notice` would write for the recording, as one line: how long it takes to say, per
 * language, or why it would write none (notice-generator.md §10: the notice hover says so).
 */
function generatedLength(doc: ParsedPolicy, rec: Recording, env: QueryEnv): string | undefined {
  const policy = doc.policy!;
  const langs = policy.languages.map((l) => l.value).filter((l): l is NoticeLang => (GENERATOR_LANGS as readonly string[]).includes(l));
  if (langs.length === 0) return undefined;
  const parts: string[] = [];
  for (const lang of langs) {
    const g = generateNotice({ policy, recording: rec, lang, phrases: env.configPhrases });
    if (!g.ok) return 'refusal' in g ? `reclint would not write a notice for this recording: ${md(g.refusal.reason)}.` : undefined;
    parts.push(`~${Math.round(g.notice.seconds.notice)} s (${lang})`);
  }
  return `A notice written from the declared purposes would take ${parts.join(', ')}: \`reclint notice\` or the quick fix writes it.`;
}

/** Hover for a policy at an offset. */
export function policyHover(doc: ParsedPolicy, offset: number, env: QueryEnv): HoverResult | undefined {
  const slot = slotAt(doc, offset);
  if (!slot || slot.span.end === slot.span.start) return undefined;
  let markdown: string | undefined;
  switch (slot.kind) {
    case 'purpose-declared':
    case 'purpose-use':
    case 'purpose-related':
    case 'custom-purpose-decl':
      markdown = purposeHover(doc, slot, env);
      break;
    case 'legal-basis':
      markdown = legalBasisHover(slot.value);
      break;
    case 'trigger-ref':
    case 'trigger-decl':
      markdown = triggerHover(doc, slot.value);
      break;
    case 'data-category':
      markdown = dataHover(slot.value);
      break;
    case 'announcement-text':
    case 'prompt':
      markdown = slot.recording && doc.policy ? noticeForRecording(doc, slot.recording, env) : undefined;
      if (markdown && slot.recording) markdown = [markdown, generatedLength(doc, slot.recording, env)].filter(Boolean).join('\n\n');
      break;
    case 'script':
      markdown = slot.recording && doc.policy ? noticesOfScript(doc, slot.recording, env) : undefined;
      if (markdown && slot.recording) markdown = [markdown, generatedLength(doc, slot.recording, env)].filter(Boolean).join('\n\n');
      break;
    default:
      markdown = undefined;
  }
  return markdown ? { markdown, span: slot.span } : undefined;
}

/** Hover for a `.ivr` script: what the prompt under the cursor announces. */
export function scriptHover(uri: string, text: string, offset: number, configPhrases: QueryEnv['configPhrases'] = {}): HoverResult | undefined {
  const script = parseIvr(uri, text);
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
    const title = step.id ? `Prompt ${code(step.id)}` : 'Prompt';
    return { markdown: describeAnalysis(step.prompt.text, lang, analysis, title), span: onId && step.idSpan ? step.idSpan : s };
  }
  return undefined;
}
