/**
 * The notice generator (notice-generator.md): the spoken first-layer notice of a recording, and its
 * consent question, from what the policy declares: every declared purpose, never fewer, never more.
 * It reads its own output back with the notice analyser, with the options the linter uses for that
 * recording; a text that does not read back exactly is never returned as a notice. Pure: the
 * adapters (CLI, language server) read files and write them.
 */
import type { Policy, Recording } from '../policy/model';
import { analyseNotice } from './analyse';
import { packFor, PACKS } from './lang/registry';
import { spokenSeconds } from './spoken-length';
import type { NoticeAnalysis, NoticeLang } from './types';
import { customNoticePhrase, recordingFacts, recordingLabel, type DeclaredPurpose, type RecordingFacts, type Refusal } from './generate/check';
import type { NoticePurpose, NoticeTables } from './generate/tables';
import { durationWords, fill, isWebAddress, joinList, sampledCall, sampling, spokenUrl } from './generate/words';

export { recordingFacts, recordingLabel, type Refusal } from './generate/check';
export { recordingRecordings, canonicalBasis } from './generate/check';

export const NOTICE_BUDGET = 30;
export const CONSENT_BUDGET = 15;

/** The languages the generator writes: the packs with a `notice` section. */
export const GENERATOR_LANGS: readonly NoticeLang[] = PACKS.filter((p) => p.notice).map((p) => p.code);

export function tablesOf(lang: string): NoticeTables | undefined {
  return packFor(lang)?.notice;
}

export interface NoticeRequest {
  policy: Policy;
  recording: Recording;
  lang: NoticeLang;
  /** The spoken `{C}`: `--controller-name`, else `notice.controller_name`; default the policy's `controller`. */
  controllerName?: string;
  /** `--privacy-url`, else the announcement's `privacy_statement` when a URL, else `notice.privacy_url`. */
  privacyUrl?: string;
  /** `privacy_url` of the config: used after the policy's own statement. */
  configPrivacyUrl?: string;
  /** The "press N to hear more" key (`--more-key`, `notice.more_key`). */
  moreKey?: string;
  /** Keys of the consent step (an existing step's, else `--accept-key`/`--refuse-key`, else 1 and 2). */
  acceptKey?: string;
  refuseKey?: string;
  /** The config's `phrases` (per language, per purpose id), passed to the read-back as the lint passes them. */
  phrases?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  /** The effective jurisdiction when the policy names none (the config's `jurisdiction`). */
  jurisdiction?: string;
  force?: boolean;
  /** Budgets in seconds (default 30 and 15); a lower one makes the short forms kick in (tests). */
  budget?: { notice?: number; consent?: number };
}

export interface ConsentStepText {
  mechanism: 'ivr-keypress' | 'verbal';
  text: string;
  accept?: string;
  refuse?: string;
}

export interface GeneratedNotice {
  lang: NoticeLang;
  notice: string;
  consent: ConsentStepText | null;
  seconds: { notice: number; consent: number | null };
  budget: { notice: number; consent: number };
  /** Purposes written in their short form. */
  short: string[];
  /** Every declared purpose, in file order. */
  purposes: string[];
  /** The purposes the consent question asks about. */
  consentPurposes: string[];
  roundTrip: { ok: true; notice: string[]; consent: string[] };
  warnings: string[];
  notes: string[];
  /** Refusals `--force` let through (printed as findings). */
  forced: Refusal[];
  overBudget: boolean;
}

export interface RoundTripFailure {
  lang: NoticeLang;
  text: string;
  what: 'notice' | 'consent';
  expected: string[];
  analysis: NoticeAnalysis;
  /** The other text's analysis, when it was read. */
  other?: { text: string; analysis: NoticeAnalysis };
  reason: string;
}

export type NoticeOutcome =
  | { ok: true; notice: GeneratedNotice }
  | { ok: false; refusal: Refusal }
  | { ok: false; roundTrip: RoundTripFailure };

/** Extra phrases per purpose as the linter builds them: custom purposes' `phrases.<lang>`, then the config's. */
export function lintPhrases(policy: Policy, phrases: NoticeRequest['phrases'], lang: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [id, cp] of policy.customPurposes) {
    const list = cp.phrases[lang];
    if (list?.length) out[id] = [...list];
  }
  for (const [id, list] of Object.entries(phrases?.[lang] ?? {})) out[id] = [...(out[id] ?? []), ...list];
  return out;
}

interface Phrase { id: string; full: string; short?: string }

interface Parts {
  t: NoticeTables;
  controller: string;
  url?: string;
  moreKey?: string;
  accept: string;
  refuse: string;
  facts: RecordingFacts;
  /** Non-consent purposes, consent purposes asked for (keypress, verbal), consent purposes in writing. */
  n: Phrase[];
  cq: Phrase[];
  cw: Phrase[];
  cqMechanism?: 'ivr-keypress' | 'verbal';
}

function purposeList(t: NoticeTables, list: Phrase[], short: ReadonlySet<string>): string {
  const shorts = list.filter((p) => p.short && short.has(p.id));
  const fulls = list.filter((p) => !(p.short && short.has(p.id)));
  const items: string[] = [];
  if (shorts.length) items.push(`${t.shortFor} ${joinList(shorts.map((p) => p.short!), t.and)}`);
  for (const p of fulls) items.push(p.full);
  return joinList(items, t.and);
}

function noticeText(p: Parts, short: ReadonlySet<string>): string {
  const { t, facts } = p;
  const consentAll = p.n.length === 0;
  const main = consentAll ? [...p.cq, ...p.cw] : p.n;
  let call: string;
  const s = facts.mode === 'sampled' && facts.rate !== undefined ? sampling(facts.rate) : undefined;
  if (s) call = sampledCall(t, s.k, s.n, facts.internal);
  else call = facts.internal ? t.thisInternalCall : t.thisCall;
  const sentences: string[] = [];
  const P = purposeList(t, main, short);
  if (facts.retroactive) {
    sentences.push(fill(t.retroactive, { C: p.controller, CALL: call, S: consentAll ? t.suffix.allConsent : '', P, T: durationWords(facts.bufferRetention ?? '', t) ?? '' }));
  } else {
    const onDemand = facts.mode === 'on-demand';
    const S = onDemand ? (consentAll ? t.suffix.both : t.suffix.onDemand) : consentAll ? t.suffix.allConsent : '';
    sentences.push(fill(t.recording, { C: p.controller, CALL: call, P, S }));
  }
  if (!consentAll) {
    if (p.cq.length) sentences.push(fill(t.consent, { P: purposeList(t, p.cq, short) }));
    if (p.cw.length) sentences.push(fill(t.writtenConsent, { P: purposeList(t, p.cw, short) }));
  }
  if (facts.purposes.some((d) => d.basis === 'legitimate-interests' || d.basis === 'public-task')) sentences.push(t.objection);
  sentences.push(t.rights);
  sentences.push(p.url ? fill(t.more, { U: p.url }) : t.moreNoUrl);
  if (p.moreKey) sentences.push(fill(t.moreKey, { M: p.moreKey }));
  return sentences.join(' ');
}

function consentText(p: Parts, short: ReadonlySet<string>): string {
  const { t } = p;
  const record = p.n.length === 0 && p.cw.length === 0 && !p.facts.retroactive;
  const q = fill(record ? t.questionRecord : t.questionUse, { P: purposeList(t, p.cq, short) });
  return p.cqMechanism === 'ivr-keypress' ? `${q} ${t.withdrawal} ${fill(t.keys, { A: p.accept, R: p.refuse })}` : `${q} ${t.withdrawal}`;
}


/** Why a reading is not the expected one, or undefined when it is. */
function misread(a: NoticeAnalysis, expected: readonly string[], needsRecords: boolean): string | undefined {
  if (a.internalError) return a.internalError;
  const got = [...new Set(a.purposes.map((m) => m.id))];
  const why: string[] = [];
  const missing = expected.filter((x) => !got.includes(x));
  const extra = got.filter((x) => !expected.includes(x));
  if (missing.length) why.push(`does not read ${missing.map((x) => `\`${x}\``).join(', ')}`);
  if (extra.length) why.push(`reads ${extra.map((x) => `\`${x}\``).join(', ')} too`);
  if (needsRecords && !a.records) why.push('does not read that the call is recorded');
  if (a.denies) why.push('reads a denial of recording');
  if (a.vague) why.push(`reads vague phrases (${a.vaguePhrases.map((v) => `"${v.text}"`).join(', ')})`);
  if (a.excluded?.length) why.push(`reads ${a.excluded.map((x) => `\`${x.id}\``).join(', ')} as excluded`);
  return why.length ? why.join('; ') : undefined;
}

/**
 * The notice of one recording in one language, or why not. The text returned always reads back
 * exactly: its purposes are the declared ones, it says the call is recorded, denies nothing and is
 * not vague; the consent question reads as its consent purposes.
 */
function prepare(req: NoticeRequest): { ok: true; parts: Parts; warnings: string[] } | { ok: false; refusal: Refusal } {
  const t = tablesOf(req.lang);
  const name = recordingLabel(req.recording);
  if (!t) return { ok: false, refusal: { exit: 2, reason: `reclint does not write notices in \`${req.lang}\` (it writes ${GENERATOR_LANGS.join(', ')})`, forceable: false } };
  const got = recordingFacts(req.policy, req.recording, { jurisdiction: req.jurisdiction, force: req.force });
  if (!got.ok) return got;
  const facts = got.facts;
  const phraseOf = (d: DeclaredPurpose): Phrase | Refusal => {
    if (!d.custom) {
      const ph = t.purposes[d.id as NoticePurpose];
      return { id: d.id, full: ph.full, short: ph.short };
    }
    const written = customNoticePhrase(req.policy, d.id, req.lang);
    if (!written) return { exit: 1, reason: `\`${name}\`: the custom purpose \`${d.id}\` has no \`x-notice-phrase.${req.lang}\` (custom_purposes.${d.id}.x-notice-phrase.${req.lang}: a phrase with its own preposition)`, forceable: false };
    const own = req.policy.customPurposes.get(d.id)?.phrases[req.lang] ?? [];
    if (!own.some((ph) => written.toLowerCase().includes(ph.toLowerCase()))) {
      return { exit: 1, reason: `\`${name}\`: \`custom_purposes.${d.id}.x-notice-phrase.${req.lang}\` "${written}" contains none of the purpose's \`phrases.${req.lang}\`, so the linter would not read it` , forceable: false };
    }
    return { id: d.id, full: written };
  };
  const n: Phrase[] = [];
  const cq: Phrase[] = [];
  const cw: Phrase[] = [];
  let keypress = false;
  for (const d of facts.purposes) {
    const ph = phraseOf(d);
    if ('exit' in ph) return { ok: false, refusal: ph };
    if (d.basis !== 'consent') n.push(ph);
    else if (d.mechanism === 'written') cw.push(ph);
    else {
      cq.push(ph);
      if (d.mechanism !== 'verbal') keypress = true;
    }
  }
  const warnings = [...facts.warnings];
  if (facts.purposes.some((d) => d.basis === 'consent' && d.mechanism === undefined)) warnings.push('a purpose on consent has no `consent.mechanism`: the consent step is written as a keypress; set `mechanism: ivr-keypress`');
  const statement = req.recording.announcement?.privacyStatement?.value;
  const rawUrl = req.privacyUrl ?? (typeof statement === 'string' && isWebAddress(statement) ? statement : undefined) ?? req.configPrivacyUrl;
  const url = rawUrl ? spokenUrl(rawUrl) : undefined;
  if (!url) warnings.push('no privacy URL (`--privacy-url`, `announcement.privacy_statement` or `notice.privacy_url`): the notice sends callers to staff for the rest');
  const parts: Parts = {
    t,
    controller: (req.controllerName ?? req.policy.controller?.value ?? '').trim() || 'We',
    url,
    moreKey: req.moreKey,
    accept: req.acceptKey ?? '1',
    refuse: req.refuseKey ?? '2',
    facts,
    n,
    cq,
    cw,
    cqMechanism: cq.length ? (keypress ? 'ivr-keypress' : 'verbal') : undefined,
  };
  return { ok: true, parts, warnings };
}

/**
 * The texts of a notice with the given purposes in their short form, unchecked and unbudgeted (the
 * tests read every short form back through this).
 */
export function noticeTexts(req: NoticeRequest, short: ReadonlySet<string>): { ok: true; notice: string; consent?: string } | { ok: false; refusal: Refusal } {
  const p = prepare(req);
  if (!p.ok) return p;
  return { ok: true, notice: noticeText(p.parts, short), ...(p.parts.cq.length ? { consent: consentText(p.parts, short) } : {}) };
}

export function generateNotice(req: NoticeRequest): NoticeOutcome {
  const prepared = prepare(req);
  if (!prepared.ok) return prepared;
  const { parts, warnings } = prepared;
  const { facts, cq } = parts;
  const extra = lintPhrases(req.policy, req.phrases, req.lang);
  const read = (text: string) => analyseNotice(text, req.lang, { controller: req.policy.controller?.value, extraPhrases: extra });
  const declared = facts.purposes.map((d) => d.id);
  const asked = cq.map((p) => p.id);

  // The notice: full forms, then short forms when over budget (each short form that breaks the read-back goes back).
  const built = fitted(
    (short) => noticeText(parts, short),
    (text) => misread(read(text), declared, true),
    facts.purposes.filter((d) => !d.custom).map((d) => d.id),
    req.budget?.notice ?? NOTICE_BUDGET,
    req.lang,
  );
  if (!built.ok) return { ok: false, roundTrip: { lang: req.lang, text: built.text, what: 'notice', expected: declared, analysis: read(built.text), reason: built.reason } };
  let consent: ConsentStepText | null = null;
  let consentSeconds: number | null = null;
  let consentShort: string[] = [];
  if (cq.length) {
    const q = fitted(
      (short) => consentText(parts, short),
      (text) => misread(read(text), asked, false),
      cq.filter((p) => p.short).map((p) => p.id),
      req.budget?.consent ?? CONSENT_BUDGET,
      req.lang,
    );
    if (!q.ok) return { ok: false, roundTrip: { lang: req.lang, text: q.text, what: 'consent', expected: asked, analysis: read(q.text), other: { text: built.text, analysis: read(built.text) }, reason: q.reason } };
    consent = { mechanism: parts.cqMechanism!, text: q.text, ...(parts.cqMechanism === 'ivr-keypress' ? { accept: parts.accept, refuse: parts.refuse } : {}) };
    consentSeconds = q.seconds;
    consentShort = q.short;
    if (q.seconds > CONSENT_BUDGET) warnings.push(`consent question takes ~${q.seconds} s (budget ${CONSENT_BUDGET} s): consider fewer purposes on consent`);
  }
  const overBudget = built.seconds > NOTICE_BUDGET;
  if (overBudget) warnings.push(`notice takes ~${built.seconds} s (budget ${NOTICE_BUDGET} s): consider fewer purposes`);
  const roundNotice = [...new Set(read(built.text).purposes.map((m) => m.id))];
  const roundConsent = consent ? [...new Set(read(consent.text).purposes.map((m) => m.id))] : [];
  const short = [...new Set([...built.short, ...consentShort])];
  return {
    ok: true,
    notice: {
      lang: req.lang,
      notice: built.text,
      consent,
      seconds: { notice: built.seconds, consent: consentSeconds },
      budget: { notice: NOTICE_BUDGET, consent: CONSENT_BUDGET },
      short: declared.filter((id) => short.includes(id)),
      purposes: declared,
      consentPurposes: asked,
      roundTrip: { ok: true, notice: declared.filter((id) => roundNotice.includes(id)), consent: asked.filter((id) => roundConsent.includes(id)) },
      warnings,
      notes: facts.notes,
      forced: facts.forced,
      overBudget,
    },
  };
}

/**
 * Build a text with full forms; over budget, with every purpose short, then each purpose whose short
 * form breaks the read-back full again (§5.5). Ends: the all-full text is the fallback.
 */
function fitted(
  build: (short: ReadonlySet<string>) => string,
  check: (text: string) => string | undefined,
  shortable: readonly string[],
  budget: number,
  lang: string,
): { ok: true; text: string; seconds: number; short: string[] } | { ok: false; text: string; reason: string } {
  const secs = (s: string) => spokenSeconds(s, lang) ?? 0;
  const full = build(new Set());
  const fullWhy = check(full);
  if (fullWhy) {
    // A phrase of the config may capture a full form (§7): the other form is tried, all short, then one purpose at a time.
    const tries = [new Set(shortable), ...shortable.map((id) => new Set([id]))];
    for (const s of tries) {
      const text = build(s);
      if (text !== full && check(text) === undefined) return { ok: true, text, seconds: secs(text), short: [...s] };
    }
    return { ok: false, text: full, reason: fullWhy };
  }
  if (secs(full) <= budget || shortable.length === 0) return { ok: true, text: full, seconds: secs(full), short: [] };
  const all = new Set(shortable);
  let text = build(all);
  if (check(text) !== undefined) {
    // Greedy, in file order: a short form stays when the text still reads back with it.
    const kept = new Set<string>();
    for (const id of shortable) {
      kept.add(id);
      if (check(build(kept)) !== undefined) kept.delete(id);
    }
    all.clear();
    for (const id of kept) all.add(id);
    text = build(all);
  }
  // Short forms that do not make the text shorter are not used.
  if (secs(text) >= secs(full)) return { ok: true, text: full, seconds: secs(full), short: [] };
  return { ok: true, text, seconds: secs(text), short: [...all] };
}
