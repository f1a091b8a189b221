import { usedPurposes, type Field } from '../../policy/model';
import { isRelated } from '../../vocabulary';
import { codeList, definePolicyRule, noticesToRead } from '../kit';
import { addToNoticesFix, languageName, noticeRelated } from './shared';
import type { Notice } from '../../announcement';

const NOT_ANNOUNCED = '`{{purpose}}` is not announced in the {{where}} of {{recording}}, which announces {{announced}}';

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
      related: `${NOT_ANNOUNCED}; it is directly related to \`{{relatedTo}}\`, so art. 6(4) GDPR may allow it, but callers were not told (art. 13(1)(c)). Name it in the notice.{{dynamic}}`,
      unrelated: `${NOT_ANNOUNCED}; recordings may only be used for the purposes callers were told (art. 5(1)(b), 13(1)(c) GDPR). Name it in the notice or stop this use.{{dynamic}}`,
    },
  },
  create(ctx) {
    const custom = new Map([...ctx.policy.customPurposes].map(([id, cp]) => [id, cp.related] as const));
    return {
      recording(rec) {
        const notices = noticesToRead(ctx.announcement(rec));
        if (notices.length === 0) return;
        // One finding per purpose: at the declaration, else at the first use.
        const first = new Map<string, Field<string>>();
        for (const p of rec.purposes) if (p.purpose && !first.has(p.purpose.value)) first.set(p.purpose.value, p.purpose);
        for (const u of usedPurposes(rec)) if (!first.has(u.value)) first.set(u.value, u);
        // Callers hear the notice of their language: each language whose notices say the call is
        // recorded is read on its own (rules.md: one finding per recording, purpose and language).
        const groups = byLanguage(notices);
        for (const group of groups) {
          const said = announcedIn(group.notices);
          const saidIds = [...said.keys()];
          const single = group.notices.length === 1 && group.notices[0].promptId ? ` \`${group.notices[0].promptId}\`` : '';
          // The message names the language always: callers of another language may hear another notice.
          const where = `${languageName(group.lang)} notice${single}`;
          // The fix adds the purpose to every notice of this language that says the call is recorded.
          const recording = group.notices.filter((n) => n.analysis?.records);
          const toEdit = recording.length ? recording : group.notices.slice(0, 1);
          for (const [id, node] of first) {
            if (said.has(id)) continue;
            const relatedTo = saidIds.find((s) => isRelated(s, id, custom));
            // Parts computed at run time may say more than the written words (ivr-formats.md §4.2): the message says so.
            const dynamic = group.notices.some((n) => n.dynamic) ? ' Parts of this notice are dynamic (computed while the call runs); reclint read only its written words.' : '';
            const data = { purpose: id, where, recording: ctx.recordingName(rec), announced: saidIds.length ? codeList(saidIds) : 'no purpose', dynamic };
            const suggestion = addToNoticesFix(toEdit, [id], group.lang);
            ctx.report({
              span: node.span,
              severity: relatedTo ? 'warning' : 'error',
              messageId: relatedTo ? 'related' : 'unrelated',
              data: relatedTo ? { ...data, relatedTo } : data,
              related: group.notices.map((n) => noticeRelated(n)),
              suggestions: suggestion ? [suggestion] : [],
            });
          }
        }
      },
    };
  },
});

/** Notices by language, in the order the languages first appear; a language none of whose notices says the call is recorded is left out. */
function byLanguage(notices: readonly Notice[]): { lang: string; notices: Notice[] }[] {
  const groups = new Map<string, Notice[]>();
  for (const n of notices) {
    const key = n.lang.toLowerCase().split('-')[0];
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
