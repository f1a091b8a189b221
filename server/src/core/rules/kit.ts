/**
 * The rule kit: what rules share. Defining a rule (typed messageIds, titles and parts, in the locale),
 * filling message templates, naming recordings and purposes in messages in plain words, blank checks, where a finding about a missing key points, and the
 * edits that add a missing key.
 */
import { readableNotices, type Notice, type RecordingAnnouncement } from '../announcement';
import type { Fix, TextEdit } from '../findings';
import { insertEntry, replaceScalar, type EditTarget, type Value } from '../policy/edit';
import type { Field, PurposeDecl, Recording } from '../policy/model';
import { anchorForMissing } from '../policy/schema';
import { entry, type MapEntry, type MapNode, type YNode } from '../policy/tree';
import type { Span } from '../text';
import { durationInWords } from '../duration';
import { ruleTitle, rulePart } from '../i18n/catalog';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import { listOf, quote, word } from '../i18n/words';
import type { EngineRule, MessageData, PolicyContext, PolicyRule, PolicyRuleMeta, PolicyVisitors, RuleMeta, ScriptContext, ScriptRule, ScriptVisitors, Texts } from './types';

// ---- Defining rules ------------------------------------------------------------------------------

/** The context's `title` and `part`: the rule's own texts, in the context's locale. */
function addTexts<C extends { locale: Locale }, T extends string, P extends string>(ctx: C, meta: RuleMeta<string, T, P>): C & Texts<T, P> {
  const c = ctx as C & Partial<Texts<T, P>>;
  // The engine writes them into its context literal (one shape for every rule); other callers get them here.
  if (!c.title) c.title = (key, data) => titleIn(meta, ctx.locale, key, data);
  if (!c.part) c.part = (key, data) => partIn(meta, ctx.locale, key, data);
  return c as C & Texts<T, P>;
}

/** A rule's title by key in `locale` (for engine rules, which have no context). */
export function titleIn<T extends string>(meta: RuleMeta<string, T>, locale: Locale, key: T, data?: MessageData): string {
  const english = meta.titles?.[key];
  if (english === undefined) throw new Error(`rule \`${meta.id}\` has no title \`${key}\``);
  return ruleTitle(locale, meta.id, key, english, data);
}

/** A rule's part by key in `locale`. */
export function partIn<P extends string>(meta: RuleMeta<string, string, P>, locale: Locale, key: P, data?: MessageData): string {
  const english = meta.parts?.[key];
  if (english === undefined) throw new Error(`rule \`${meta.id}\` has no part \`${key}\``);
  return rulePart(locale, meta.id, key, english, data);
}

interface PolicyRuleSpec<M extends string, T extends string, P extends string> {
  meta: PolicyRuleMeta<M, T, P>;
  create(ctx: PolicyContext<M> & Texts<T, P>): PolicyVisitors;
}

interface ScriptRuleSpec<M extends string, T extends string, P extends string> {
  meta: RuleMeta<M, T, P>;
  create(ctx: ScriptContext<M> & Texts<T, P>): ScriptVisitors;
}

/** A policy rule, with its messageIds, title and part keys checked against `meta` at compile time. */
export function definePolicyRule<M extends string, T extends string = never, P extends string = never>(rule: PolicyRuleSpec<M, T, P>): PolicyRule<M> {
  return { kind: 'policy', meta: rule.meta as PolicyRuleMeta<M>, create: (ctx) => rule.create(addTexts(ctx, rule.meta)) };
}

export function defineScriptRule<M extends string, T extends string = never, P extends string = never>(rule: ScriptRuleSpec<M, T, P>): ScriptRule<M> {
  return { kind: 'script', meta: rule.meta as RuleMeta<M>, create: (ctx) => rule.create(addTexts(ctx, rule.meta)) };
}

export function defineEngineRule<M extends string, T extends string = never, P extends string = never>(rule: Omit<EngineRule<M>, 'kind' | 'meta'> & { meta: RuleMeta<M, T, P> }): EngineRule<M> & { meta: RuleMeta<M, T, P> } {
  return { kind: 'engine', ...rule };
}

export { formatMessage, placeholders } from '../i18n/format';

// ---- Words in messages --------------------------------------------------------------------------
// Messages and titles are plain text (Problems panel, terminal): names and values in single quotes, no
// Markdown. Words built into `data` come out in the context's locale (i18n/words.ts).

export { quote } from '../i18n/words';

export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "'a', 'b'" */
export function codeList(values: Iterable<string>): string {
  return [...values].map(quote).join(', ');
}

/** "'a', 'b' and 'c'" (or "en"), in `locale`. */
export function quotedList(locale: Locale, values: Iterable<string>, conj: 'and' | 'or' = 'and'): string {
  return listOf(locale, [...values].map(quote), conj);
}

/** " (did you mean 'x'?)", or '' without a guess. */
export function didYouMeanNote(guess: string | undefined, locale: Locale = DEFAULT_LOCALE): string {
  return guess ? word(locale, 'did-you-mean', { guess: quote(guess) }) : '';
}

/** A recording as the subject of a message: "'service-line'", or "recording 2" when it has no id. */
export function recordingName(ctx: { locale: Locale }, rec: Recording): string {
  return rec.id ? quote(rec.id.value) : word(ctx.locale, 'recording.n', { n: rec.index + 1 });
}

/** "recording 'service-line'", or "recording 2" when it has no id. */
export function recordingLabel(ctx: { locale: Locale }, rec: Recording): string {
  return rec.id ? word(ctx.locale, 'recording', { name: quote(rec.id.value) }) : word(ctx.locale, 'recording.n', { n: rec.index + 1 });
}

/** "purpose 'staff-training' of 'service-line'" (or "purpose 2 of …" when the id is missing). */
export function purposeName(ctx: { locale: Locale }, rec: Recording, p: PurposeDecl): string {
  const recording = recordingName(ctx, rec);
  return p.purpose ? word(ctx.locale, 'purpose', { name: quote(p.purpose.value), recording }) : word(ctx.locale, 'purpose.n', { n: p.index + 1, recording });
}

/** An ISO 8601 duration in words, in the context's locale: "2 hours", "1 year and 6 months". */
export function durationWords(ctx: { locale: Locale }, iso: string): string {
  return durationInWords(iso, ctx.locale);
}

/** Text made by other modules (readers, parsers) for a plain-text surface: `code` becomes 'code'. */
export function plain(s: string): string {
  return s.includes('`') ? s.replace(/`([^`\r\n]*)`/g, "'$1'") : s;
}

// ---- Blank values --------------------------------------------------------------------------------

/** A key that is absent, or present with nothing after it (`law:`), or an empty string. */
export function isBlank(f: Field<unknown> | undefined): boolean {
  if (!f) return true;
  return f.value === null || f.value === undefined || (typeof f.value === 'string' && f.value.trim() === '');
}

/** A value with nothing in it: `key:`, `key: ""`, `key: null`. */
export function isBlankNode(node: YNode): boolean {
  return node.kind === 'scalar' && (node.value === null || (typeof node.value === 'string' && node.value.trim() === ''));
}

/** The entry of `key` in a mapping when it is written with an empty value (`law:`). */
export function blankEntry(map: MapNode, key: string): MapEntry | undefined {
  const e = entry(map, key);
  return e && isBlankNode(e.value) ? e : undefined;
}

// ---- Where findings point, and edits -------------------------------------------------------------

/** Where a finding about a missing purpose-level key points (rules.md): the purpose's `purpose` value. */
export function purposeAnchor(rec: Recording, p: PurposeDecl): Span {
  return anchorForMissing(p.node, ['recordings', rec.index, 'purposes', p.index]);
}

/** Where a finding about a missing recording-level key points (rules.md): the recording's `id` value. */
export function recordingAnchor(rec: Recording): Span {
  return anchorForMissing(rec.node, ['recordings', rec.index]);
}

/** The edit that sets `key: value` in a mapping: fills the key written blank, or adds the entry. */
export function setKey(t: EditTarget, map: MapNode, blank: MapEntry | undefined, key: string, value: string): TextEdit {
  return blank ? replaceScalar(t, blank.value, value) : insertEntry(t, map, key, value);
}

/** A suggestion that adds `key: value` to a mapping, or none when the mapping cannot take it (a flow map the editor cannot write). */
export function insertKeySuggestion(t: EditTarget, map: MapNode, key: string, value: Value, title: string): Fix[] {
  try {
    return [{ title, edits: [insertEntry(t, map, key, value)] }];
  } catch {
    return [];
  }
}

// ---- Notices -------------------------------------------------------------------------------------

/** The recording's notices that reading rules may look at, or [] when another finding already says it all. */
export function noticesToRead(a: RecordingAnnouncement): Notice[] {
  const ns = readableNotices(a);
  if (ns.length === 0) return [];
  // A notice that never says the call is recorded is reported by announcement-no-recording-mention.
  if (!ns.some((n) => n.analysis?.records)) return [];
  return ns.filter((n) => !n.analysis!.denies || n.analysis!.records);
}
