import { insertEntry } from '../../policy/edit';
import { cap, definePolicyRule, durationWords, recordingLabel } from '../kit';
import { fillBlank, trimmedMap } from './common';

const STUB = 'PT2H';

export const retroactiveBufferUndefined = definePolicyRule({
  meta: {
    id: 'retroactive-buffer-undefined',
    area: 'retention',
    defaultSeverity: 'warning',
    legalSource: 'GDPR art. 4(2), 5(1)(e)',
    description: '`retroactive: true` without `buffer_retention`.',
    fixable: false,
    hasSuggestions: true,
    recordings: 'recorded',
    messages: {
      missing: "{{recording}} buffers calls before anyone presses record, with no limit (GDPR art. 4(2), 5(1)(e)). Buffering and erasing audio is processing too and needs a limit: add 'buffer_retention' with how long unkept audio lives, such as {{stub}}.",
    },
    titles: { add: 'Add a buffer retention of {{period}} (choose how long unkept audio lives)' },
  },
  create(ctx) {
    const t = ctx.target;
    return {
      recording(rec) {
        const retro = rec.retroactive;
        if (!retro || retro.value !== true || rec.bufferRetention) return;
        // `buffer_retention:` with nothing after it counts as missing; a value of the wrong type is the schema's.
        const blank = rec.node.entries.find((e) => e.key === 'buffer_retention');
        if (blank && !(blank.value.kind === 'scalar' && blank.value.value === null)) return;
        ctx.report({
          span: retro.span,
          messageId: 'missing',
          data: { recording: cap(recordingLabel(ctx, rec)), stub: durationWords(ctx, STUB) },
          suggestions: [{
            title: ctx.title('add', { period: durationWords(ctx, STUB) }),
            edits: [blank ? fillBlank(t, blank.value, STUB, `"${STUB}"`) : insertEntry(t, trimmedMap(ctx.text, rec.node), 'buffer_retention', STUB)],
          }],
        });
      },
    };
  },
});
