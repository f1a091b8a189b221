/**
 * Every rule's every message, filled with realistic data, in every locale, read as a privacy officer
 * reads it in the Problems panel or a terminal (issue 18, item 2): the first sentence states the legal
 * point within about 120 characters and names the article; no Markdown; durations in words; titles are
 * plain and short. The sample data is what the rules put into `data` for the bundled examples (ids like
 * 'service-line', purposes like 'quality-assurance'), made with the kit's own helpers so that it is in
 * the locale of the message.
 */
import * as assert from 'node:assert/strict';
import { durationInWords } from '../../../src/core/duration';
import { ruleMessage, rulePart, ruleTitle } from '../../../src/core/i18n/catalog';
import { formatMessage, placeholders } from '../../../src/core/i18n/format';
import { LOCALES, type Locale } from '../../../src/core/i18n/locale';
import { languageAdjective, languageWord, word } from '../../../src/core/i18n/words';
import type { PurposeDecl, Recording } from '../../../src/core/policy/model';
import { RULES } from '../../../src/core/rules/index';
import { cap, didYouMeanNote, purposeName, quotedList, recordingLabel, recordingName } from '../../../src/core/rules/kit';
import type { MessageData, RuleMeta } from '../../../src/core/rules/types';

/** The longest first sentence a message may have, once filled (issue 18: "at most about 120"). */
export const MAX_FIRST_SENTENCE = 120;

/** Words after which a period ends no sentence: "art. 6", "e.g. 'to train'", "bijv.", "o.a.". */
const ABBREVIATIONS = /(?:^|[\s(])(?:art|arts|e\.g|i\.e|cf|etc|vs|nr|no|bijv|vgl|o\.a|jo|resp|incl|excl|ca|sub|lid)\.$/i;

/**
 * The first sentence: up to the first `.`, `!` or `?` that is followed by the end or by white space and
 * the start of a new sentence (a capital, a quote, a digit, or the word "reclint"), and that does not
 * end an abbreviation such as "art." or "e.g.".
 */
export function firstSentence(message: string): string {
  const re = /[.!?](?=\s|$)/g;
  for (let m = re.exec(message); m; m = re.exec(message)) {
    const upTo = message.slice(0, m.index + 1);
    if (ABBREVIATIONS.test(upTo)) continue;
    const rest = message.slice(m.index + 1).trimStart();
    if (rest === '' || /^(?:[\p{Lu}\d'"‘“(]|reclint\b)/u.test(rest)) return upTo;
  }
  return message;
}

const ISO_DURATION = /\bP(?:\d+[YMWD])+(?:T(?:\d+[HMS])+)?\b|\bPT(?:\d+[HMS])+\b/;
/** invalid-duration is about the format itself: what the user must write is the code. */
const ISO_ALLOWED = new Set(['invalid-duration']);

/** What names a legal source in a first sentence, per locale. */
const SOURCE: Record<Locale, RegExp> = {
  en: /\b(?:GDPR|AI Act|art\.|Datatilsynet|Danish DPA|Sr|WOR)\b/,
  nl: /\b(?:AVG|AI-verordening|art\.|Datatilsynet|Sr|WOR)\b/,
};

function rec(id: string | undefined, index = 0): Recording {
  return { id: id ? { value: id } : undefined, index } as unknown as Recording;
}
function purpose(id: string): PurposeDecl {
  return { purpose: { value: id }, index: 0 } as unknown as PurposeDecl;
}

/** Typical values of each placeholder, in `locale` (as the rules build them). */
function defaults(locale: Locale): Record<string, string> {
  const ctx = { locale };
  const service = rec('service-line');
  return {
    recording: recordingName(ctx, service),
    purpose: cap(purposeName(ctx, service, purpose('quality-assurance'))),
    controller: "'Acme Telecom B.V.'",
    basis: 'legitimate-interests',
    key: 'max',
    value: 'forever',
    trigger: 'contract-ended',
    typo: 'contract-endd',
    didYouMean: didYouMeanNote('contract-ended', locale),
    script: 'ivr/service.ivr',
    path: 'ivr/service.ivr',
    reason: 'no file exists there',
    url: 'https://ivr.example.com/twiml/einde.twiml',
    id: 'identify-caller',
    prompt: 'welcome',
    reference: 'https://cdn.example.com/prompts/recording-notice-nl.wav',
    more: '',
    role: 'everyone',
    mode: 'all',
    rate: "'sample_rate: 0.1'",
    stub: durationInWords('PT2H', locale),
    language: 'de',
    languageName: languageWord(locale, 'de')!,
    found: quotedList(locale, []) || languageWord(locale, 'nl')!,
    words: 'kwaliteitsdoeleinden',
    example: '',
    dynamic: '',
    relatedTo: 'complaint-handling',
    notice: `${languageAdjective(locale, 'en')} ${locale === 'nl' ? 'melding' : 'notice'} 'welcome'`,
    categories: quotedList(locale, ['health']),
    processor: cap(`${word(locale, 'processor', { name: "'CallMiner'" })}`),
    user: cap(`${word(locale, 'processor', { name: "'CallMiner'" })}`),
    list: 'purposes',
    rule: 'retention-no-backstop',
    error: "Cannot read properties of undefined (reading 'start')",
    problem: "Unexpected '}': it closes nothing here.",
    more_: '',
    counts: locale === 'nl' ? '12 fouten, 3 waarschuwingen' : '12 errors, 3 warnings',
    limit: locale === 'nl' ? '1.000' : '1,000',
    why: 'it names no rule that reported anything on the next line',
    refs: "'sub-flow-billing'",
    entries: locale === 'nl' ? "de ingang 'from-pstn'" : "the entry 'from-pstn'",
    first: 'from-pstn',
    type: 'ConnectParticipantWithLexBot',
    format: 'Amazon Connect',
    returns: '',
    cut: locale === 'nl' ? 'Een toetsaanslag' : 'A key press',
    how: 'play the notice in a Say/Play widget before the Gather widget',
    missing: "'speech-analytics'",
    what: locale === 'nl' ? "de doorverbinding 'doorverbinden'" : "the transfer 'doorverbinden'",
    todo: '',
    meaning: '',
    who: cap(`${recordingLabel(ctx, service)} ${locale === 'nl' ? 'wordt' : 'is'}`),
  };
}

/** Data that differs per rule from the defaults (a purpose id where others have a purpose label, a part the rule builds in). */
function overrides(locale: Locale, meta: RuleMeta): Record<string, MessageData> {
  const part = (key: string, data?: MessageData) => rulePart(locale, meta.id, key, (meta.parts as Record<string, string>)[key], data);
  const id = { purpose: 'staff-training' };
  switch (meta.id) {
    case 'unknown-purpose': return { unknown: { purpose: 'staf-training', didYouMean: didYouMeanNote('staff-training', locale) } };
    case 'unknown-legal-basis': return { alias: { value: 'toestemming', basis: 'consent', article: word(locale, 'article.consent') }, unknown: { value: 'gerechtvaardigd', didYouMean: '', bases: quotedList(locale, ['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests'], 'or') } };
    case 'invalid-duration': return { 'not-iso': { key: 'max', value: '90 days', meaning: part('convertible', { iso: 'P90D', words: durationInWords('P90D', locale) }) } };
    case 'placeholder-value': return { placeholder: { key: "'controller'", value: 'TODO the organisation that decides on the recording' } };
    case 'basis-not-necessary-for-contract': return { 'not-necessary': { why: part('staff-training') } };
    case 'script-not-found': return { unusable: { why: part('not-a-script'), detail: '' }, transcripts: { why: part('not-found') } };
    case 'works-council-approval': return { approval: { purpose: 'employee-evaluation', also: part('also', { others: quotedList(locale, ['emotion-recognition']) }) } };
    case 'training-needs-consent': return { dk: { rejected: part('li-rejected') }, eu: { rejected: part('li-rejected') } };
    case 'purpose-unused': case 'use-undeclared-purpose': case 'announced-purpose-undeclared': return Object.fromEntries(Object.keys(meta.messages).map((m) => [m, id]));
    case 'purpose-not-announced': return { related: { ...id, example: part('example', { words: locale === 'nl' ? 'voor training van onze medewerkers' : 'for staff training' }) }, unrelated: { purpose: 'evidence', example: part('example', { words: 'for evidence of what was agreed' }) } };
    case 'vague-purpose': return { vague: { words: 'quality purposes', example: part('example', { phrases: quotedList(locale, ['for staff training', 'for evidence of what was agreed'], 'or') }) } };
    case 'announcement-after-recording': return {
      'flow-before-notice': { what: part('transfer', { node: " 'doorverbinden'" }), todo: part('todo-route', { notice: part('notice-one', { name: `'melding' (${word(locale, 'line', { n: 95 })})` }) }) },
      'call-start': { what: part('prompt', { node: " 'welkom'" }) },
    };
    case 'notice-interruptible': return { interruptible: { cut: part('cut-key-speech'), how: part('studio') } };
    case 'flow-target-unresolved': return { reference: { what: 'Control moves to the flow \'billing-sub-flow\'', returns: part('returns') }, 'unknown-type': { format: part('connect') } };
    case 'flow-entry-assumed': return { assumed: { entries: part('entry-many', { names: quotedList(locale, ['from-pstn', 'from-sip']) }), more: part('more') } };
    case 'notice-dynamic': case 'notice-audio-untranscribed': return Object.fromEntries(Object.keys(meta.messages).map((m) => [m, { more: part('more', { n: 2 }), prompt: 'melding' }]));
    case 'announcement-no-recording-mention': return { 'no-mention': { prompt: " 'welcome'" }, 'only-monitored': { prompt: " 'welcome'" } };
    case 'transcripts-excluded-from-access': return { excluded: { who: part('many', { n: 2 }) } };
    case 'personal-use-by-organisation': return { 'personal-use': { recording: cap(recordingLabel({ locale }, rec('service-line'))), controller: "'Acme Telecom B.V.'" } };
    case 'flow-analytics-undeclared': return { undeclared: { what: 'the live transcript goes to the Conversational Intelligence service', recording: "'service-client'" }, stream: { what: 'a media stream to wss://example.com/audio', recording: "'service-client'" } };
    default: return {};
  }
}

/** Rules whose recording placeholder is a label ("Recording 'service-line'"), not a name. */
const LABELLED = new Set([
  'announcement-missing', 'announcement-website-only', 'special-category-without-condition', 'personal-use-by-organisation', 'emotion-recognition-workplace',
  'not-party-to-call', 'employees-not-informed', 'works-council-approval', 'access-undefined', 'access-unrestricted', 'retroactive-buffer-undefined', 'sample-rate-ignored',
]);

interface Filled { rule: string; messageId: string; locale: Locale; text: string; meta: RuleMeta }

function filled(): Filled[] {
  const out: Filled[] = [];
  for (const locale of LOCALES) {
    const base = defaults(locale);
    for (const r of RULES) {
      const meta = r.meta;
      const over = overrides(locale, meta);
      for (const [mid, english] of Object.entries(meta.messages as Record<string, string>)) {
        const template = ruleMessage(locale, meta.id, mid, english);
        const data: Record<string, string | number> = { ...base, ...(LABELLED.has(meta.id) ? { recording: cap(recordingLabel({ locale }, rec('service-line'))) } : {}), ...over[mid] };
        for (const name of placeholders(template)) assert.ok(name in data, `${locale} ${meta.id}/${mid}: no sample value for {{${name}}}`);
        out.push({ rule: meta.id, messageId: mid, locale, text: formatMessage(template, data), meta });
      }
    }
  }
  return out;
}

describe('rule messages read as a privacy officer reads them', () => {
  const all = filled();

  it('finds first sentences as a reader does (not at "art. 6" or "e.g.")', () => {
    assert.equal(firstSentence("Recording 'sales' has no legal basis (GDPR art. 6(1)). Add one."), "Recording 'sales' has no legal basis (GDPR art. 6(1)).");
    assert.equal(firstSentence("Say what they are for, e.g. 'to train our staff'. Then go on."), "Say what they are for, e.g. 'to train our staff'.");
    assert.equal(firstSentence('Geen grondslag (art. 6 lid 1 sub f AVG). Vul er een in.'), 'Geen grondslag (art. 6 lid 1 sub f AVG).');
    assert.equal(firstSentence('The flow is checked. reclint reads nothing else.'), 'The flow is checked.');
    assert.equal(firstSentence('One sentence only'), 'One sentence only');
  });

  it(`every first sentence is at most ${MAX_FIRST_SENTENCE} characters`, () => {
    const long = all.map((m) => ({ ...m, first: firstSentence(m.text) })).filter((m) => m.first.length > MAX_FIRST_SENTENCE);
    assert.deepEqual(long.map((m) => `${m.locale} ${m.rule}/${m.messageId} (${m.first.length}): ${m.first}`), []);
  });

  it('the first sentence names the article or legal source of a rule that has one', () => {
    const missing = all.filter((m) => m.meta.legalSource !== '' && !SOURCE[m.locale].test(firstSentence(m.text)));
    assert.deepEqual(missing.map((m) => `${m.locale} ${m.rule}/${m.messageId}: ${firstSentence(m.text)}`), []);
  });

  it('no Markdown: no backtick in any message', () => {
    assert.deepEqual(all.filter((m) => m.text.includes('`')).map((m) => `${m.locale} ${m.rule}/${m.messageId}: ${m.text}`), []);
  });

  it('durations in words: no ISO 8601 code in a message (but in invalid-duration, whose subject it is)', () => {
    assert.deepEqual(all.filter((m) => !ISO_ALLOWED.has(m.rule) && ISO_DURATION.test(m.text)).map((m) => `${m.locale} ${m.rule}/${m.messageId}: ${m.text}`), []);
  });

  it('no internal purpose id offered as advice ("e.g. \'staff-training\'")', () => {
    const advice = /(?:e\.g\.|such as|bijv\.|zoals|bijvoorbeeld|for example)\s+'[a-z]+(?:-[a-z]+)+'/;
    assert.deepEqual(all.filter((m) => advice.test(m.text)).map((m) => `${m.locale} ${m.rule}/${m.messageId}: ${m.text}`), []);
  });

  it('titles are plain, short actions: no backtick, no ISO code, at most 90 characters', () => {
    const bad: string[] = [];
    for (const locale of LOCALES) {
      for (const r of RULES) {
        for (const [key, english] of Object.entries((r.meta.titles ?? {}) as Record<string, string>)) {
          const t = ruleTitle(locale, r.meta.id, key, english, { value: '90 days', iso: 'P90D', words: '90 days', basis: 'consent', article: word(locale, 'article.consent'), prompt: 'welcome', purpose: 'staff-training', path: 'docs/lia-quality-assurance.md', code: '9(2)(h)', meaning: 'health or social care', to: 'legal_basis', key: 'max', note: 'how long at most', id: " 'welcome'", notice: 'Say', target: 'Record', entry: 'from-pstn', list: 'transcripts.txt', trigger: 'contract-ended', period: durationInWords('P30D', locale), phrases: 'for staff training', where: 'English notice', n: 2 });
          if (t.includes('`') || (r.meta.id !== 'invalid-duration' && ISO_DURATION.test(t)) || t.length > 90) bad.push(`${locale} ${r.meta.id}/${key} (${t.length}): ${t}`);
        }
      }
    }
    assert.deepEqual(bad, []);
  });
});
