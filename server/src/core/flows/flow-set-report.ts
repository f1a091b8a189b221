/**
 * A flow set's unresolved reference as a `flow-target-unresolved` report, in the file that holds it
 * and in the locale of the run (the reasons are parts of the rule's catalogue entry).
 */
import { rulePart } from '../i18n/catalog';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import { RULE_META } from '../rules/index';
import type { Report } from '../rules/types';
import type { FlowSet } from './flow-set';

const ID = 'flow-target-unresolved';

function part(locale: Locale, key: string, data?: Record<string, string>): string {
  const english = RULE_META.get(ID)?.parts?.[key] ?? key;
  return rulePart(locale, ID, key, english, data);
}

function plain(s: string): string {
  return s.replace(/`([^`]*)`/g, "'$1'");
}

function bytesInWords(n: number): string {
  if (n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}

export function unresolvedReport(u: FlowSet['unresolved'][number], locale: Locale = DEFAULT_LOCALE): Report {
  const words = u.include !== undefined ? part(locale, 'include', { path: `'${u.include}'` }) : u.what;
  const what = plain(words.charAt(0).toUpperCase() + words.slice(1));
  const o = u.outcome;
  const base = { uri: u.uri, span: u.span };
  switch (o.why) {
    case 'unreadable':
      return { ...base, messageId: 'file-unreadable', data: { what, path: o.path, reason: part(locale, `reason.${o.reason}`) } };
    case 'url':
      return { ...base, messageId: 'url-unmapped', data: { what, url: o.url } };
    case 'flow-id':
      return { ...base, messageId: 'flow-id-unmapped', data: { what, id: o.id } };
    case 'max-files':
      return { ...base, messageId: 'max-files', data: { what, limit: o.limit } };
    case 'max-bytes':
      return { ...base, messageId: 'max-bytes', data: { what, limit: bytesInWords(o.limit) } };
    case 'no-context':
      return { ...base, messageId: 'reference', data: { what, returns: u.returns ? part(locale, 'returns') : '' } };
  }
}
