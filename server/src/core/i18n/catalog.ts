/**
 * The message catalogues. English lives where it is used (a rule's `meta.messages`, the English
 * catalogue of texts below); every other locale is data: JSON files under `./<code>/`, keyed like the
 * English. A missing translation falls back to English, and a test holds each catalogue to the same
 * keys and the same `{{placeholders}}` as English, so a third language is a folder of JSON and one
 * line here.
 *
 * - `rules.json`: per rule id, `messages` (messageId → template), `titles` (fix and suggestion
 *   titles by key) and `parts` (phrases a rule builds into a message's data, by key).
 * - `words.json` (see `./words.ts`): words shared by all rules' data (lists, "recording 2", durations).
 * - `descriptions.json`: per rule id, its one-line description (rule lists, docs page summaries).
 * - `text.json`: every other text (hovers, code-action titles, editor words) by dotted key.
 */
import { formatMessage } from './format';
import type { Locale } from './locale';
import enText from './en/text.json';
import nlDescriptions from './nl/descriptions.json';
import nlRules from './nl/rules.json';
import nlText from './nl/text.json';

export interface RuleCatalog {
  messages?: Readonly<Record<string, string>>;
  titles?: Readonly<Record<string, string>>;
  parts?: Readonly<Record<string, string>>;
}

export interface Catalog {
  rules: Readonly<Record<string, RuleCatalog>>;
  descriptions: Readonly<Record<string, string>>;
  text: Readonly<Record<string, string>>;
}

export const CATALOGS: Readonly<Record<Locale, Catalog>> = {
  en: { rules: {}, descriptions: {}, text: enText },
  nl: { rules: nlRules, descriptions: nlDescriptions, text: nlText },
};

/** A rule's message template in `locale`, or the English one when it has no translation. */
export function ruleMessage(locale: Locale, ruleId: string, messageId: string, english: string): string {
  return CATALOGS[locale].rules[ruleId]?.messages?.[messageId] ?? english;
}

/** A rule's fix or suggestion title in `locale`, filled from `data`; English when untranslated. */
export function ruleTitle(locale: Locale, ruleId: string, key: string, english: string, data?: Readonly<Record<string, string | number>>): string {
  return formatMessage(CATALOGS[locale].rules[ruleId]?.titles?.[key] ?? english, data);
}

/** A phrase a rule builds into a message's data, in `locale`, filled from `data`; English when untranslated. */
export function rulePart(locale: Locale, ruleId: string, key: string, english: string, data?: Readonly<Record<string, string | number>>): string {
  return formatMessage(CATALOGS[locale].rules[ruleId]?.parts?.[key] ?? english, data);
}

/** A rule's one-line description in `locale`. */
export function ruleDescription(locale: Locale, ruleId: string, english: string): string {
  return CATALOGS[locale].descriptions[ruleId] ?? english;
}

export type TextKey = keyof typeof enText;

/** A text by key in `locale`, filled from `data`; the English text when it has no translation. */
export function text(locale: Locale, key: TextKey, data?: Readonly<Record<string, string | number>>): string {
  return formatMessage(CATALOGS[locale].text[key] ?? CATALOGS.en.text[key], data);
}
