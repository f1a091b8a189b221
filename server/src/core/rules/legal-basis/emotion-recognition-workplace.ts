import type { Field } from '../../policy/model';
import { flowAnalytics } from '../flows/analytics';
import { cap, definePolicyRule, recordingLabel } from '../kit';

const ID = 'emotion-recognition';

export const emotionRecognitionWorkplace = definePolicyRule({
  meta: {
    id: 'emotion-recognition-workplace',
    area: 'legal-basis',
    defaultSeverity: 'error',
    legalSource: 'AI Act art. 5(1)(f), 6(2)',
    description: '`emotion-recognition` is declared or used: prohibited on staff at work, high-risk on callers.',
    fixable: false,
    recordings: 'recorded',
    messages: {
      workplace: '{{recording}} records calls between staff and is used for `emotion-recognition`: inferring the emotions of people at work is prohibited (AI Act art. 5(1)(f)). Stop using these recordings for emotion recognition.',
      'text-sentiment': "{{recording}} is used for `emotion-recognition`, and its flow scores sentiment from the transcript: the emotions are inferred from the words, not the voice, so this is no biometric emotion recognition and the AI Act's prohibition (art. 5(1)(f), art. 3(39)) and Annex III are not clearly engaged. It is still a GDPR purpose that needs its legal basis and must be announced, and scoring agents' sentiment is monitoring of staff at work. Keep agents' scores out of their evaluation unless the works council and a legal basis cover it.",
      calls: "{{recording}} is used for `emotion-recognition`: inferring the agent's emotions is prohibited at work (AI Act art. 5(1)(f)), and on the caller's side it is a high-risk AI system (art. 6(2), Annex III). Exclude the agent's side and meet the high-risk obligations, or drop the purpose.",
    },
  },
  create(ctx) {
    return {
      recording(rec) {
        // One finding per recording: at the declaration, else at the first use (uses, then processors).
        let at: Field<string> | undefined = rec.purposes.find((p) => p.purpose?.value === ID)?.purpose;
        if (!at) at = rec.uses?.find((u) => u.purpose?.value === ID)?.purpose;
        if (!at) at = rec.processors.find((p) => p.purpose?.value === ID)?.purpose;
        if (!at) return;
        const data = { recording: cap(recordingLabel(ctx, rec)) };
        // Emotions inferred from the transcript's words (Contact Lens sentiment), not the voice: no
        // biometric data, so the AI Act's prohibition and Annex III are not clearly engaged (ivr-formats.md §4.5).
        const textOnly = flowAnalytics(ctx.announcement(rec)).some((s) => s.kind === 'text-sentiment') && !rec.data.some((d) => d.value === 'biometric');
        if (textOnly) {
          ctx.report({ span: at.span, severity: 'warning', messageId: 'text-sentiment', data });
          return;
        }
        if (rec.direction?.value === 'internal') ctx.report({ span: at.span, messageId: 'workplace', data });
        else ctx.report({ span: at.span, severity: 'warning', messageId: 'calls', data });
      },
    };
  },
});
