import { insertEntry } from '../../policy/edit';
import { cap, definePolicyRule, recordingLabel } from '../kit';
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
      missing: '{{recording}} is `retroactive` (audio is buffered before anyone presses record) but has no `buffer_retention`: buffering and erasing audio is processing too (art. 4(2) GDPR) and needs a limit (art. 5(1)(e)). Add `buffer_retention` with the time unkept audio lives, such as `{{stub}}`.',
    },
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
          data: { recording: cap(recordingLabel(ctx, rec)), stub: STUB },
          suggestions: [{
            title: `Add \`buffer_retention: ${STUB}\` (choose how long unkept audio lives)`,
            edits: [blank ? fillBlank(t, blank.value, STUB, `"${STUB}"`) : insertEntry(t, trimmedMap(ctx.text, rec.node), 'buffer_retention', STUB)],
          }],
        });
      },
    };
  },
});
