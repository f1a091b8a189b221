import { removeEntry } from '../../policy/edit';
import { MODES } from '../../vocabulary';
import { cap, definePolicyRule, recordingLabel } from '../kit';

export const sampleRateIgnored = definePolicyRule({
  meta: {
    id: 'sample-rate-ignored',
    area: 'retention',
    defaultSeverity: 'warning',
    legalSource: '',
    description: '`sample_rate` is given, but `mode` is not `sampled`.',
    fixable: true,
    recordings: 'all',
    messages: {
      ignored: "{{recording}} has {{rate}} but 'mode: {{mode}}', so the rate is ignored and misleads the reader. Remove 'sample_rate', or set 'mode: sampled' if only a share of calls is recorded.",
    },
    titles: { remove: "Remove 'sample_rate'" },
  },
  create(ctx) {
    return {
      recording(rec) {
        const rate = rec.sampleRate;
        const mode = rec.mode?.value;
        // Without a known mode nobody can tell whether the rate counts (the schema reports a bad mode).
        if (!rate || mode === undefined || mode === 'sampled' || !(MODES as readonly string[]).includes(mode)) return;
        const written = rate.node.kind === 'scalar' && rate.node.value !== null ? `'sample_rate: ${String(rate.node.value)}'` : "'sample_rate'";
        ctx.report({
          span: { start: rate.keySpan.start, end: rate.node.kind === 'scalar' && rate.node.empty ? rate.keySpan.end : rate.node.span.end },
          messageId: 'ignored',
          data: { recording: cap(recordingLabel(ctx, rec)), rate: written, mode },
          unnecessary: true,
          fix: { title: ctx.title('remove'), edits: [removeEntry(ctx.target, rate.entry)] },
        });
      },
    };
  },
});
