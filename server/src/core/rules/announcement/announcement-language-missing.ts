import type { PolicyRule } from '../types';
import { noticesToRead } from './shared';

export const announcementLanguageMissing: PolicyRule = {
  kind: 'policy',
  meta: { id: 'announcement-language-missing', area: 'announcement', defaultSeverity: 'warning', legalSource: 'GDPR art. 12(1)', description: 'A language the policy serves callers in has no recording notice.', fixable: false },
  check(ctx) {
    if (ctx.policy.languages.length < 1) return;
    for (const rec of ctx.policy.recordings) {
      const a = ctx.announcement(rec);
      if (noticesToRead(a).length === 0 || a.status !== 'ok') continue;
      // The script's notices in every language count, not only the prompt named as the notice.
      const all = a.scriptNotices ?? a.notices;
      const have = new Set(all.filter((n) => n.analysis?.records).map((n) => n.lang.toLowerCase().split('-')[0]));
      for (const l of ctx.policy.languages) {
        const code = l.value.toLowerCase().split('-')[0];
        if (have.has(code)) continue;
        ctx.report({
          span: l.span,
          message: `Callers served in \`${l.value}\` never hear a recording notice in \`${l.value}\` for ${ctx.recordingName(rec)} (notices found in ${[...have].map((h) => `\`${h}\``).join(', ')}); information must be given in a language the caller understands (art. 12(1) GDPR). Add a \`${l.value}\` notice to the script.`,
        });
      }
    }
  },
};
