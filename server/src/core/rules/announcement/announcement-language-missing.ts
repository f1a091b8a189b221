import { primaryLang } from '../../announcement';
import { languageWord, listOf } from '../../i18n/words';
import { definePolicyRule, noticesToRead, quote, recordingName } from '../kit';

export const announcementLanguageMissing = definePolicyRule({
  meta: {
    id: 'announcement-language-missing',
    area: 'announcement',
    defaultSeverity: 'warning',
    legalSource: 'GDPR art. 12(1)',
    description: 'A language the policy serves callers in has no recording notice.',
    fixable: false,
    recordings: 'all',
    messages: {
      'no-notice': 'Callers served in {{languageName}} hear no recording notice in their language on {{recording}} (GDPR art. 12(1)). Information must be given in a language the caller understands: add a notice in {{languageName}} to the script, which has notices in {{found}} only.',
      'no-notice-text': "Callers served in {{languageName}} hear no recording notice in their language on {{recording}} (GDPR art. 12(1)). Information must be given in a language the caller understands: add the notice in {{languageName}} to 'announcement.text', which is in {{found}} only, or play a script with a notice per language.",
    },
  },
  create(ctx) {
    const languages = ctx.policy.languages;
    return {
      recording(rec) {
        if (languages.length < 1) return;
        const a = ctx.announcement(rec);
        if (noticesToRead(a).length === 0 || a.status !== 'ok') return;
        // The script's notices in every language count, not only the prompt named as the notice.
        const all = a.scriptNotices ?? a.notices;
        const have = new Set(all.filter((n) => n.analysis?.records).map((n) => primaryLang(n.lang)));
        for (const l of languages) {
          const code = primaryLang(l.value);
          // The script speaks this language in words reclint cannot read: it cannot say they hold no notice.
          if (have.has(code) || a.unreadLanguages?.includes(code)) continue;
          const name = (c: string) => languageWord(ctx.locale, c) ?? quote(c);
          // `language` is the code as written (for programs: the language server's notice action); `languageName` is for the reader.
          // An inline `text` has no script to add a prompt to: the message says where the words go.
          ctx.report({ span: l.span, messageId: a.via === 'text' ? 'no-notice-text' : 'no-notice', data: { language: l.value, languageName: name(l.value), recording: recordingName(ctx, rec), found: listOf(ctx.locale, [...have].map(name)) } });
        }
      },
    };
  },
});
