/** Helpers the announcement rules share: the announced purposes, editing notice text, declared ids. */
import { announcedPurposes, type Notice, type RecordingAnnouncement } from '../../announcement';
import type { TextEdit } from '../../findings';
import { packFor } from '../../notice/lang/registry';
import { canonicalPurposePhrase } from '../../notice/purposes';
import type { Recording } from '../../policy/model';
import { noticesToRead } from '../kit';

export function announced(a: RecordingAnnouncement) {
  return announcedPurposes({ ...(a as Extract<RecordingAnnouncement, { status: 'ok' }>), notices: noticesToRead(a) } as RecordingAnnouncement);
}

/** The edit that adds purpose words to a notice, in the notice's language, with the words added; undefined without a pack for it. */
export function addToNotice(n: Notice, ids: string[]): { edits: TextEdit[]; words: string } | undefined {
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
  return { edits: [{ uri: n.uri, start: span.start, end: span.start, newText: insert }], words };
}

/** How a notice in `lang` would announce a purpose, in the caller's words ("for staff training"); undefined without a pack or a phrase. */
export function callerWords(lang: string, id: string): string | undefined {
  const pack = packFor(lang);
  const phrase = pack ? canonicalPurposePhrase(id, pack.code) : undefined;
  return pack && phrase ? `${pack.fixWords.for} ${phrase}` : undefined;
}

/**
 * The edits that add purpose words to each of `notices` (the notices of one language), each in its
 * language, and the words; undefined when one of them cannot be edited (a language without a pack).
 */
export function addToNotices(notices: readonly Notice[], ids: string[]): { edits: TextEdit[]; words: string } | undefined {
  const edits: TextEdit[] = [];
  let words = '';
  for (const n of notices) {
    const f = addToNotice(n, ids);
    if (!f) return undefined;
    for (const e of f.edits) edits.push(e);
    words = f.words;
  }
  return edits.length ? { edits, words } : undefined;
}

export function declaredIds(rec: Recording): Set<string> {
  return new Set(rec.purposes.map((p) => p.purpose?.value).filter((v): v is string => !!v));
}
