/** The register's fields in words (register.md §4), shared by the Markdown and CSV writers. */
import type { RegisterConfig, RegisterParty, RegisterTransfer } from '../config';
import { SPECIAL_CATEGORIES } from '../vocabulary';
import type { Activity, Duration, RetentionModel } from './types';
import { BASIS_ARTICLE, BASIS_WORDS, dataWords, durationWords, NONE, NOT_STATED } from './words';

const code = (s: string) => `\`${s}\``;

/** §4.2: the description or meaning, then the id in backticks. */
export function purposeCell(a: Activity): string {
  if (!a.purposeId) return NOT_STATED;
  return a.purposeText ? `${a.purposeText} (${code(a.purposeId)})` : code(a.purposeId);
}

/** §5: the basis in words, its article, then `law: …`, the balancing test or the consent mechanism; `· art. 9(2)(x)`. */
export function basisCell(a: Activity, quote = code): string {
  const b = a.basis;
  let s: string;
  if (b.canonical) {
    s = `${BASIS_WORDS[b.canonical]}, art. ${BASIS_ARTICLE[b.canonical]}`;
    const detail = basisDetail(a, quote);
    if (detail) s += `; ${detail}`;
  } else if (b.written !== undefined) {
    s = `${quote(b.written)} (not a legal basis reclint knows)`;
  } else {
    s = NOT_STATED;
  }
  if (b.art9) s += ` · art. ${b.art9}`;
  return s;
}

/** CSV `legal_basis_detail`, and the tail of the Markdown cell. */
export function basisDetail(a: Activity, quote: (s: string) => string = (s) => s): string {
  const b = a.basis;
  const parts: string[] = [];
  if (b.law !== undefined) parts.push(`law: ${b.law}`);
  if (b.balancingTest !== undefined) parts.push(`balancing test ${quote(b.balancingTest)}`);
  if (b.mechanism !== undefined) parts.push(`consent mechanism ${b.mechanism}`);
  return parts.join('; ');
}

export function subjectsList(a: Activity): string[] {
  return [...a.subjects];
}

/** §4.4: data in words, transcripts, inferred emotions; special categories also on their own. */
export function dataList(a: Activity): string[] {
  const out = a.dataDeclared ? a.data.map(dataWords) : ['voice (assumed: `data` not declared)'];
  if (a.transcripts) out.push('transcripts');
  if (a.inferredEmotions) out.push('inferred emotions');
  const special = specialCategories(a);
  if (special.length) out.push(`special categories: ${special.map(dataWords).join(', ')}`);
  return out;
}

export function specialCategories(a: Activity): string[] {
  return a.data.filter((d) => SPECIAL_CATEGORIES.has(d));
}

/** §4.5 in Markdown: `roles: a, b; system: x; processor: N (`agreement`); the public`. */
export function recipientsList(a: Activity, quote = code): string[] {
  const out: string[] = [];
  if (a.recipients.roles.length) out.push(`roles: ${a.recipients.roles.join(', ')}`);
  for (const s of a.recipients.systems) out.push(`system: ${s}`);
  for (const p of a.processors) out.push(`processor: ${processorText(p, quote)}`);
  if (a.recipients.public) out.push('the public');
  return out;
}

export function processorText(p: { name: string; agreement?: string }, quote = code): string {
  return p.agreement !== undefined ? `${p.name} (${quote(p.agreement)})` : `${p.name} (agreement not stated)`;
}

/** §4.7 in words. */
export function retentionWords(r: RetentionModel): string {
  let s: string;
  if (r.indefinite) s = 'none (indefinite)';
  else if (!r.stated) s = NOT_STATED;
  else {
    const parts: string[] = [];
    if (r.until) parts.push(r.until.declared ? `until ${r.until.description ? sentenceInside(r.until.description) : 'the event'} (trigger ${r.until.id})` : `until trigger ${r.until.id} (not declared under \`triggers\`)`);
    const maxes: Duration[] = [];
    for (const d of [r.until?.max, r.max]) if (d && !maxes.some((m) => m.written === d.written)) maxes.push(d);
    for (const d of maxes) parts.push(`at most ${durationWords(d.written)}`);
    s = parts.join('; ');
    if (parts.length >= 2) s += '; whichever comes first';
  }
  if (r.buffer) s += `; unkept audio: ${durationWords(r.buffer.written)}`;
  return s;
}

/** A description that starts a sentence, read inside one: "The session…" → "the session…" (not "KPN…"). */
function sentenceInside(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

/** CSV `retention_iso`: `until=<id>;trigger_max=<d>;max=<d>;buffer=<d>`, present keys only. */
export function retentionIso(r: RetentionModel): string {
  const parts: string[] = [];
  if (r.until) parts.push(`until=${r.until.id}`);
  if (r.until?.max) parts.push(`trigger_max=${r.until.max.written}`);
  if (r.indefinite) parts.push('max=indefinite');
  else if (r.max) parts.push(`max=${r.max.written}`);
  if (r.buffer) parts.push(`buffer=${r.buffer.written}`);
  return parts.join(';');
}

/** §4.8: derived lines, then the config's description (or that it is not stated). */
export function securityList(a: Activity, config: RegisterConfig): string[] {
  return [...a.security, config.security_measures ?? `general measures ${NOT_STATED}`];
}

export function partyText(p: RegisterParty | 'none' | undefined): string {
  if (p === undefined) return NOT_STATED;
  if (p === 'none') return NONE;
  return p.contact ? `${p.name}, ${p.contact}` : p.name;
}

export function jointText(j: RegisterConfig['joint_controllers']): string {
  if (j === undefined) return NOT_STATED;
  if (j === 'none' || j.length === 0) return NONE;
  return j.map(partyText).join('; ');
}

/** `US: TelcoNet Inc.; SCCs 2021/914, module 3; art. 46(2)(c)`. */
export function transferText(t: RegisterTransfer): string {
  return [`${t.country}: ${t.recipient}`, ...(t.safeguards ? [t.safeguards] : []), ...(t.article ? [`art. ${t.article}`] : [])].join('; ');
}

export function noticeCode(a: Activity): string {
  if (!a.notice) return '';
  if (a.notice.kind === 'inline') return `inline:${a.notice.where}`;
  return a.notice.prompt ? `${a.notice.where}#${a.notice.prompt}` : a.notice.where;
}

export function rightsCode(r: { access?: string; erasure?: string; objection?: string }): string {
  return (['access', 'erasure', 'objection'] as const).filter((k) => r[k] !== undefined).map((k) => `${k}=${r[k]}`).join('; ');
}
