import { usedPurposes, type Field } from '../../policy/model';
import { isBuiltinPurpose, isRelated } from '../../vocabulary';
import { languageAdjective } from '../../i18n/words';
import { definePolicyRule, noticesToRead, quote, quotedList, recordingName } from '../kit';
import { packFor } from '../../notice/lang/registry';
import { addToNotices, callerWords } from './shared';
import { primaryLang, type Notice } from '../../announcement';

export const purposeNotAnnounced = definePolicyRule({
  meta: {
    id: 'purpose-not-announced',
    area: 'announcement',
    defaultSeverity: 'error',
    legalSource: 'GDPR art. 5(1)(b), 6(4), 13(1)(c)',
    description: 'A purpose the recording declares or uses is not announced in the notices of one of its languages.',
    fixable: false,
    hasSuggestions: true,
    recordings: 'all',
    messages: {
      related: "The {{notice}} of {{recording}} does not announce '{{purpose}}' (GDPR art. 13(1)(c)). It may be a purpose compatible with '{{relatedTo}}' (GDPR art. 6(4)), but callers were not told: name it in the notice{{example}}.{{dynamic}}",
      unrelated: "The {{notice}} of {{recording}} does not announce '{{purpose}}' (GDPR art. 5(1)(b), 13(1)(c)). Recordings may be used only for the purposes callers were told: name it in the notice{{example}}, or stop this use.{{dynamic}}",
    },
    titles: { add: "Add '{{words}}' to the {{where}}", 'add-many': "Add '{{words}}' to the {{n}} {{where}}" },
    parts: {
      where: '{{language}} notice{{prompt}}',
      'where-code': 'notice{{prompt}} in {{code}}',
      notices: '{{language}} notices',
      'notices-code': 'notices in {{code}}',
      example: ", e.g. '{{words}}'",
      dynamic: ' Parts of this notice are dynamic (computed during the call); reclint read only its written words.',
      notice: 'the notice{{prompt}}; it announces {{purposes}}',
      'notice-none': 'the notice{{prompt}}; it names no purpose',
    },
  },
  create(ctx) {
    const custom = new Map([...ctx.policy.customPurposes].map(([id, cp]) => [id, cp.related] as const));
    const noticeRelated = (n: Notice) => {
      const prompt = n.promptId ? ` (${quote(n.promptId)})` : '';
      const said = n.analysis?.purposes ?? [];
      return { uri: n.uri, span: n.span, message: said.length ? ctx.part('notice', { prompt, purposes: quotedList(ctx.locale, [...new Set(said.map((p) => p.id))]) }) : ctx.part('notice-none', { prompt }) };
    };
    return {
      recording(rec) {
        const notices = noticesToRead(ctx.announcement(rec));
        if (notices.length === 0) return;
        // One finding per purpose: at the declaration, else at the first use.
        const first = new Map<string, Field<string>>();
        // An id that is neither built in nor a custom purpose has no words a notice could say
        // (unknown-purpose reports it): there is nothing to compare, so it is left out.
        const known = (id: string) => isBuiltinPurpose(id) || custom.has(id);
        for (const p of rec.purposes) if (p.purpose && known(p.purpose.value) && !first.has(p.purpose.value)) first.set(p.purpose.value, p.purpose);
        for (const u of usedPurposes(rec)) if (known(u.value) && !first.has(u.value)) first.set(u.value, u);
        // Callers hear the notice of their language: each language whose notices say the call is
        // recorded is read on its own (rules.md: one finding per recording, purpose and language).
        const groups = byLanguage(notices);
        for (const group of groups) {
          const said = announcedIn(group.notices);
          const saidIds = [...said.keys()];
          const single = group.notices.length === 1 && group.notices[0].promptId ? ` ${quote(group.notices[0].promptId)}` : '';
          // The message names the language always: callers of another language may hear another notice.
          // Worded only when a purpose is missing: most groups announce every purpose.
          if ([...first.keys()].every((id) => said.has(id))) continue;
          const adj = languageAdjective(ctx.locale, group.lang);
          const where = adj ? ctx.part('where', { language: adj, prompt: single }) : ctx.part('where-code', { code: quote(group.lang), prompt: single });
          // The fix adds the purpose to every notice of this language that says the call is recorded.
          const recording = group.notices.filter((n) => n.analysis?.records);
          const toEdit = recording.length ? recording : group.notices.slice(0, 1);
          for (const [id, node] of first) {
            if (said.has(id)) continue;
            const relatedTo = saidIds.find((s) => isRelated(s, id, custom));
            // Parts computed at run time may say more than the written words (ivr-formats.md §4.2): the message says so.
            const dynamic = group.notices.some((n) => n.dynamic) ? ctx.part('dynamic') : '';
            // What to say, in the caller's words (the notice's language), never the purpose id.
            const words = callerWords(group.lang, id);
            const example = words ? ctx.part('example', { words }) : '';
            // `lang` and `where` ("English (en) notice 'x'", in English whatever the locale) are for programs
            // (the language server's notice action reads the language from them); `notice` is for the reader.
            const data = { purpose: id, notice: where, recording: recordingName(ctx, rec), example, dynamic, lang: group.lang, where: legacyWhere(group.lang, single) };
            const add = addToNotices(toEdit, [id]);
            const many = toEdit.length > 1;
            const target = many ? (adj ? ctx.part('notices', { language: adj }) : ctx.part('notices-code', { code: quote(group.lang) })) : where;
            ctx.report({
              span: node.span,
              severity: relatedTo ? 'warning' : 'error',
              messageId: relatedTo ? 'related' : 'unrelated',
              data: relatedTo ? { ...data, relatedTo } : data,
              related: group.notices.map(noticeRelated),
              suggestions: add ? [{ title: ctx.title(many ? 'add-many' : 'add', { words: add.words, where: target, n: toEdit.length }), edits: add.edits }] : [],
            });
          }
        }
      },
    };
  },
});

/** The notice as data named it before messages were translated: "English (en) notice 'x'", or "'xx' notice 'x'". */
function legacyWhere(lang: string, prompt: string): string {
  const pack = packFor(lang);
  return `${pack ? `${pack.name} (${pack.code})` : quote(lang)} notice${prompt}`;
}

/** Notices by language, in the order the languages first appear; a language none of whose notices says the call is recorded is left out. */
function byLanguage(notices: readonly Notice[]): { lang: string; notices: Notice[] }[] {
  const groups = new Map<string, Notice[]>();
  for (const n of notices) {
    const key = primaryLang(n.lang);
    const list = groups.get(key) ?? [];
    list.push(n);
    groups.set(key, list);
  }
  const out = [...groups].map(([lang, ns]) => ({ lang, notices: ns }));
  const recording = out.filter((g) => g.notices.some((n) => n.analysis?.records));
  return recording.length ? recording : out;
}

function announcedIn(notices: readonly Notice[]): Map<string, true> {
  const out = new Map<string, true>();
  for (const n of notices) for (const p of n.analysis?.purposes ?? []) out.set(p.id, true);
  return out;
}
