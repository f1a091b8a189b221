import type { Field } from '../../policy/model';
import type { PolicyRule } from '../types';
import { cap, recorded } from './common';

const ID = 'emotion-recognition';

export const emotionRecognitionWorkplace: PolicyRule = {
  kind: 'policy',
  meta: {
    id: 'emotion-recognition-workplace',
    area: 'legal-basis',
    defaultSeverity: 'error',
    legalSource: 'AI Act art. 5(1)(f), 6(2)',
    description: '`emotion-recognition` is declared or used: prohibited on staff at work, high-risk on callers.',
    fixable: false,
  },
  check(ctx) {
    for (const rec of recorded(ctx)) {
      // One finding per recording: at the declaration, else at the first use (uses, then processors).
      let at: Field<string> | undefined = rec.purposes.find((p) => p.purpose?.value === ID)?.purpose;
      if (!at) at = rec.uses?.find((u) => u.purpose?.value === ID)?.purpose;
      if (!at) at = rec.processors.find((p) => p.purpose?.value === ID)?.purpose;
      if (!at) continue;
      const recName = cap(rec.id ? `recording ${ctx.recordingName(rec)}` : ctx.recordingName(rec));
      if (rec.direction?.value === 'internal') {
        ctx.report({
          span: at.span,
          messageId: 'workplace',
          message: `${recName} records calls between staff and is used for \`emotion-recognition\`: inferring the emotions of people at work is prohibited (AI Act art. 5(1)(f)). Stop using these recordings for emotion recognition.`,
        });
      } else {
        ctx.report({
          span: at.span,
          severity: 'warning',
          messageId: 'calls',
          message: `${recName} is used for \`emotion-recognition\`: inferring the agent's emotions is prohibited at work (AI Act art. 5(1)(f)), and on the caller's side it is a high-risk AI system (art. 6(2), Annex III). Exclude the agent's side and meet the high-risk obligations, or drop the purpose.`,
        });
      }
    }
  },
};
