/** Helpers the announcement rules share: naming purposes, relating to notices, editing notice text. */
import { announcedPurposes, type Notice, type RecordingAnnouncement } from '../../announcement';
import type { Fix, RelatedLocation } from '../../findings';
import { packFor } from '../../notice/lang/registry';
import { canonicalPurposePhrase } from '../../notice/purposes';
import type { Recording } from '../../policy/model';
import { noticesToRead } from '../kit';

/** Where the notice is, as related information. */
export function noticeRelated(n: Notice, what = 'the notice'): RelatedLocation {
  const label = n.promptId ? `${what} (prompt \`${n.promptId}\`)` : what;
  const said = n.analysis && n.analysis.purposes.length ? `; it announces ${n.analysis.purposes.map((p) => `\`${p.id}\``).join(', ')}` : '; it names no purpose';
  return { uri: n.uri, span: n.span, message: `${label}${said}` };
}

export function announced(a: RecordingAnnouncement) {
  return announcedPurposes({ ...(a as Extract<RecordingAnnouncement, { status: 'ok' }>), notices: noticesToRead(a) } as RecordingAnnouncement);
}

/** A suggestion that adds purpose words to a notice, in the notice's language. */
export function addToNoticeFix(n: Notice, ids: string[]): Fix | undefined {
  const pack = packFor(n.lang);
  if (!pack) return undefined;
  const phrases = ids.map((id) => canonicalPurposePhrase(id, pack.code)).filter((p): p is string => !!p);
  if (phrases.length !== ids.length || phrases.length === 0) return undefined;
  const words = phrases.join(', ');
  const mentions = n.analysis?.purposes ?? [];
  let at: number;
  let insert: string;
  if (mentions.length > 0) {
    const last = mentions.reduce((a, b) => (b.end > a.end ? b : a));
    at = last.end;
    insert = ` ${pack.fixWords.and} ${words}`;
  } else {
    const m = /[.!?]\s*$/.exec(n.text);
    at = m ? m.index : n.text.length;
    insert = ` ${pack.fixWords.for} ${words}`;
  }
  const span = n.toSource(at, at);
  return { title: `Add ${ids.map((i) => `\`${i}\``).join(', ')} to the notice (${n.lang})`, edits: [{ uri: n.uri, start: span.start, end: span.start, newText: insert }] };
}

/** The language of a notice as the rules name it: "English (en)", or the code as written when reclint has no pack for it. */
export function languageName(lang: string): string {
  const pack = packFor(lang);
  return pack ? `${pack.name} (${pack.code})` : `\`${lang}\``;
}

/**
 * One suggestion that adds purpose words to each of `notices` (the notices of one language), each in
 * its language; undefined when one of them cannot be edited (a language without a pack).
 */
export function addToNoticesFix(notices: readonly Notice[], ids: string[], lang: string): Fix | undefined {
  const edits: Fix['edits'] = [];
  for (const n of notices) {
    const f = addToNoticeFix(n, ids);
    if (!f) return undefined;
    for (const e of f.edits) edits.push(e);
  }
  if (edits.length === 0) return undefined;
  const what = notices.length === 1 ? 'notice' : `${notices.length} notices`;
  return { title: `Add ${ids.map((i) => `\`${i}\``).join(', ')} to the ${languageName(lang)} ${what}`, edits };
}

export function declaredIds(rec: Recording): Set<string> {
  return new Set(rec.purposes.map((p) => p.purpose?.value).filter((v): v is string => !!v));
}
