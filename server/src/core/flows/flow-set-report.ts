/** A flow set's unresolved reference as a `flow-target-unresolved` report, in the file that holds it. */
import type { Report } from '../rules/types';
import type { FlowSet } from './flow-set';

const REASONS: Record<string, string> = {
  'not-found': 'there is no such file in the workspace',
  directory: 'it is a folder',
  'too-large': 'the file is too large to read',
  'outside-root': 'it lies outside the project',
  unreadable: 'the file is not UTF-8 text',
  'not-a-script': 'it is no call flow reclint reads',
};

function plain(s: string): string {
  return s.replace(/`([^`]*)`/g, "'$1'");
}

function bytesInWords(n: number): string {
  if (n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n.toLocaleString('en')} bytes`;
}

export function unresolvedReport(_set: FlowSet, u: FlowSet['unresolved'][number]): Report {
  const what = plain(u.what.charAt(0).toUpperCase() + u.what.slice(1));
  const o = u.outcome;
  const base = { uri: u.uri, span: u.span };
  switch (o.why) {
    case 'unreadable':
      return { ...base, messageId: 'file-unreadable', data: { what, path: o.path, reason: REASONS[o.reason] ?? o.reason } };
    case 'url':
      return { ...base, messageId: 'url-unmapped', data: { what, url: o.url } };
    case 'flow-id':
      return { ...base, messageId: 'flow-id-unmapped', data: { what, id: o.id } };
    case 'max-files':
      return { ...base, messageId: 'max-files', data: { what, limit: o.limit } };
    case 'max-bytes':
      return { ...base, messageId: 'max-bytes', data: { what, limit: bytesInWords(o.limit) } };
    case 'no-context':
      return { ...base, messageId: 'reference', data: { what, returns: u.returns ? ' The walk goes on after it, as when it returns.' : '' } };
  }
}
