/**
 * A flow set's unresolved reference (flows/flow-set.ts) as a `flow-target-unresolved` report, in the
 * file that holds it and in the locale of the run (the reasons are parts of the rule's meta). The
 * engine reports these with the policy whose set reaches them.
 */
import type { FlowSet } from '../../flows/flow-set';
import { wordsIn } from '../../flows/words';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locale';
import { partIn, plain } from '../kit';
import type { Report } from '../types';
import { flowTargetUnresolved } from './flow-target-unresolved';

type Part = keyof NonNullable<typeof flowTargetUnresolved.meta.parts>;

function part(locale: Locale, key: Part, data?: Record<string, string>): string {
  return partIn(flowTargetUnresolved.meta, locale, key, data);
}

function bytesInWords(n: number): string {
  if (n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}

/** Why a file could not be read, in words; a reason the rule has no words for stays as the host gave it. */
function reasonWords(locale: Locale, reason: string): string {
  const key = `reason.${reason}`;
  return flowTargetUnresolved.meta.parts && key in flowTargetUnresolved.meta.parts ? part(locale, key as Part) : reason;
}

export function unresolvedReport(u: FlowSet['unresolved'][number], locale: Locale = DEFAULT_LOCALE): Report {
  const words = u.include !== undefined ? part(locale, 'include', { path: `'${u.include}'` }) : wordsIn(locale, u.what);
  const what = plain(words.charAt(0).toUpperCase() + words.slice(1));
  const o = u.outcome;
  const base = { uri: u.uri, span: u.span };
  switch (o.why) {
    case 'unreadable':
      return { ...base, messageId: 'file-unreadable', data: { what, path: o.path, reason: reasonWords(locale, o.reason) } };
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
