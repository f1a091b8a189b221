/** Helpers the announcement rules share: naming purposes, relating to notices, editing notice text. */
import { announcedPurposes, readableNotices, type Notice, type RecordingAnnouncement } from '../../announcement';
import type { Fix, RelatedLocation } from '../../findings';
import { canonicalPurposePhrase } from '../../notice/purposes';
import { isNoticeLang } from '../../notice/analyse';
import type { Recording } from '../../policy/model';
import type { Span } from '../../text';

/** Where the notice is, as related information. */
export function noticeRelated(n: Notice, what = 'the notice'): RelatedLocation {
  const label = n.promptId ? `${what} (prompt \`${n.promptId}\`)` : what;
  const said = n.analysis && n.analysis.purposes.length ? `; it announces ${n.analysis.purposes.map((p) => `\`${p.id}\``).join(', ')}` : '; it names no purpose';
  return { uri: n.uri, span: n.span, message: `${label}${said}` };
}

/** The recording's notices that reading rules may look at, or [] when another finding already says it all. */
export function noticesToRead(a: RecordingAnnouncement): Notice[] {
  const ns = readableNotices(a);
  if (ns.length === 0) return [];
  // A notice that never says the call is recorded is reported by announcement-no-recording-mention.
  if (!ns.some((n) => n.analysis?.records)) return [];
  return ns.filter((n) => !n.analysis!.denies || n.analysis!.records);
}

export function announced(a: RecordingAnnouncement) {
  return announcedPurposes({ ...(a as Extract<RecordingAnnouncement, { status: 'ok' }>), notices: noticesToRead(a) } as RecordingAnnouncement);
}

const JOIN: Record<string, string> = { nl: 'en', en: 'and', de: 'und', fr: 'et' };
const FOR: Record<string, string> = { nl: 'voor', en: 'for', de: 'für', fr: 'pour' };

/** A suggestion that adds purpose words to a notice, in the notice's language. */
export function addToNoticeFix(n: Notice, ids: string[]): Fix | undefined {
  if (!isNoticeLang(n.lang)) return undefined;
  const phrases = ids.map((id) => canonicalPurposePhrase(id, n.lang as 'nl')).filter((p): p is string => !!p);
  if (phrases.length !== ids.length || phrases.length === 0) return undefined;
  const words = phrases.join(', ');
  const mentions = n.analysis?.purposes ?? [];
  let at: number;
  let insert: string;
  if (mentions.length > 0) {
    const last = mentions.reduce((a, b) => (b.end > a.end ? b : a));
    at = last.end;
    insert = ` ${JOIN[n.lang]} ${words}`;
  } else {
    const m = /[.!?]\s*$/.exec(n.text);
    at = m ? m.index : n.text.length;
    insert = ` ${FOR[n.lang]} ${words}`;
  }
  const span = n.toSource(at, at);
  return { title: `Add ${ids.map((i) => `\`${i}\``).join(', ')} to the notice (${n.lang})`, edits: [{ uri: n.uri, start: span.start, end: span.start, newText: insert }] };
}

export function wordsSpan(n: Notice, start: number, end: number): Span {
  return n.toSource(start, end);
}

export function declaredIds(rec: Recording): Set<string> {
  return new Set(rec.purposes.map((p) => p.purpose?.value).filter((v): v is string => !!v));
}
