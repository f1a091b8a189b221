import { usedPurposes, type Field } from '../../policy/model';
import { isRelated } from '../../vocabulary';
import { codeList, definePolicyRule, noticesToRead } from '../kit';
import { addToNoticeFix, announced, noticeRelated } from './shared';

const NOT_ANNOUNCED = '`{{purpose}}` is not announced in the {{where}} of {{recording}}, which announces {{announced}}';

export const purposeNotAnnounced = definePolicyRule({
  meta: {
    id: 'purpose-not-announced',
    area: 'announcement',
    defaultSeverity: 'error',
    legalSource: 'GDPR art. 5(1)(b), 6(4), 13(1)(c)',
    description: 'A purpose the recording declares or uses is not announced in its notice.',
    fixable: false,
    hasSuggestions: true,
    recordings: 'all',
    messages: {
      related: `${NOT_ANNOUNCED}; it is directly related to \`{{relatedTo}}\`, so art. 6(4) GDPR may allow it, but callers were not told (art. 13(1)(c)). Name it in the notice.`,
      unrelated: `${NOT_ANNOUNCED}; recordings may only be used for the purposes callers were told (art. 5(1)(b), 13(1)(c) GDPR). Name it in the notice or stop this use.`,
    },
  },
  create(ctx) {
    const custom = new Map([...ctx.policy.customPurposes].map(([id, cp]) => [id, cp.related] as const));
    return {
      recording(rec) {
        const a = ctx.announcement(rec);
        const notices = noticesToRead(a);
        if (notices.length === 0) return;
        const said = announced(a);
        const saidIds = [...said.keys()];
        // One finding per purpose: at the declaration, else at the first use.
        const first = new Map<string, Field<string>>();
        for (const p of rec.purposes) if (p.purpose && !first.has(p.purpose.value)) first.set(p.purpose.value, p.purpose);
        for (const u of usedPurposes(rec)) if (!first.has(u.value)) first.set(u.value, u);
        for (const [id, node] of first) {
          if (said.has(id)) continue;
          const relatedTo = saidIds.find((s) => isRelated(s, id, custom));
          const where = notices.length === 1 && notices[0].promptId ? `notice \`${notices[0].promptId}\`` : 'notice';
          const data = { purpose: id, where, recording: ctx.recordingName(rec), announced: saidIds.length ? codeList(saidIds) : 'no purpose' };
          const fixNotice = notices.find((n) => n.analysis?.records) ?? notices[0];
          const suggestion = addToNoticeFix(fixNotice, [id]);
          ctx.report({
            span: node.span,
            severity: relatedTo ? 'warning' : 'error',
            messageId: relatedTo ? 'related' : 'unrelated',
            data: relatedTo ? { ...data, relatedTo } : data,
            related: notices.map((n) => noticeRelated(n)),
            suggestions: suggestion ? [suggestion] : [],
          });
        }
      },
    };
  },
});
