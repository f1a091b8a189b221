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
    recordings: 'recorded',
    messages: {
      audio: 'No readable prompt of this flow says the call is recorded, and the audio `{{reference}}`{{more}} has no transcript, so reclint cannot check whether callers are told what art. 13 GDPR requires. Give reclint the words of the recording (a transcript list, `announcement.transcripts`), or play the notice as text.',
      'named-audio': 'The notice `{{prompt}}` is the audio `{{reference}}`, which has no transcript, so reclint cannot check that it says what art. 13 GDPR requires. Give reclint its words (a transcript list, `announcement.transcripts`), or play the notice as text.',
    },
  },
  create(ctx) {
    return {
      recording(rec) {
        for (const r of unreadableReports(ctx.announcement(rec), rec, 'audio', 'audio', 'named-audio')) ctx.report(r);
      },
    };
  },
});
