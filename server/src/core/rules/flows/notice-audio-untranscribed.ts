import { definePolicyRule } from '../kit';
import { unreadableReports } from './unreadable';

export const noticeAudioUntranscribed = definePolicyRule({
  meta: {
    id: 'notice-audio-untranscribed',
    area: 'announcement',
    defaultSeverity: 'info',
    legalSource: 'GDPR art. 13',
    description: 'The notice is, or may be, an audio file with no transcript, so reclint cannot check what it says.',
    fixable: false,
    hasSuggestions: true,
    recordings: 'recorded',
    messages: {
      audio: "No readable prompt says the call is recorded, and audio prompts have no transcript (GDPR art. 13). reclint cannot check what '{{reference}}'{{more}} says: give it the words in a transcript list ('announcement.transcripts'), or play the notice as text.",
      'named-audio': "The notice '{{prompt}}' is audio without a transcript, so reclint cannot check what it tells callers (GDPR art. 13). Give reclint the words of '{{reference}}' in a transcript list ('announcement.transcripts'), or play the notice as text.",
    },
    titles: { add: "Add '{{key}}' to the transcript list '{{list}}'" },
    parts: { more: ' (and {{n}} more such prompts)', 'more-1': ' (and 1 more such prompt)', also: 'also unreadable: {{reference}}' },
  },
  create(ctx) {
    return {
      recording(rec) {
        const a = ctx.announcement(rec);
        // With a transcript list: offer to add the audio to the first list, its words left to write.
        const list = a.status === 'ok' ? a.transcriptLists?.[0] : undefined;
        const text = list !== undefined ? ctx.scriptText(list) : undefined;
        for (const r of unreadableReports(a, rec, 'audio', 'audio', 'named-audio', ctx.part)) {
          const at = r.span?.start;
          const key = a.status === 'ok' ? a.unreadable?.find((u) => u.span.start === at)?.reference : undefined;
          if (list !== undefined && text !== undefined && key && !key.includes('\n')) {
            const sep = text.length && !text.endsWith('\n') ? '\n' : '';
            r.suggestions = [{ title: ctx.title('add', { key, list: list.replace(/^.*\//, '') }), edits: [{ uri: list, start: text.length, end: text.length, newText: `${sep}${key}: TODO what the recording says\n` }] }];
          }
          ctx.report(r);
        }
      },
    };
  },
});
