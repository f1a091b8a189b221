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
      workplace: '{{recording}} infers the emotions of staff at work, which is prohibited (AI Act art. 5(1)(f)). It records calls between staff for emotion recognition: stop using these recordings to infer emotions.',
      'text-sentiment': "{{recording}} scores sentiment from transcripts; the AI Act ban may not apply (AI Act art. 3(39), 5(1)(f)). Emotions read from words, not the voice, are no biometric emotion recognition, and Annex III is not clearly engaged. It is still a GDPR purpose that needs its legal basis and must be announced, and scoring agents' sentiment monitors staff at work: keep agents' scores out of their evaluation unless the works council and a legal basis cover it.",
      calls: "{{recording}} infers emotions: prohibited for agents, high-risk for callers (AI Act art. 5(1)(f), 6(2)). Exclude the agent's side and meet the high-risk duties of Annex III, or drop the purpose.",
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
