import { removeEntry } from '../../policy/edit';
import { MODES } from '../../vocabulary';
import type { PolicyRule } from '../types';
import { cap, target } from '../legal-basis/common';
import { recordingLabel } from './common';

export const sampleRateIgnored: PolicyRule = {
  kind: 'policy',
  meta: {
    id: 'sample-rate-ignored',
    area: 'retention',
    defaultSeverity: 'warning',
    legalSource: '',
    description: '`sample_rate` is given, but `mode` is not `sampled`.',
    fixable: true,
  },
  check(ctx) {
    const t = target(ctx);
    for (const rec of ctx.policy.recordings) {
      const rate = rec.sampleRate;
      const mode = rec.mode?.value;
      // Without a known mode nobody can tell whether the rate counts (the schema reports a bad mode).
      if (!rate || mode === undefined || mode === 'sampled' || !(MODES as readonly string[]).includes(mode)) continue;
      ctx.report({
        span: { start: rate.keySpan.start, end: rate.node.kind === 'scalar' && rate.node.empty ? rate.keySpan.end : rate.node.span.end },
        messageId: 'ignored',
        message: `${cap(recordingLabel(ctx, rec))} has ${rate.node.kind === 'scalar' && rate.node.value !== null ? `\`sample_rate: ${String(rate.node.value)}\`` : '`sample_rate`'} but \`mode: ${mode}\`, so the rate is ignored and misleads the reader. Remove \`sample_rate\`, or set \`mode: sampled\` if only a share of calls is recorded.`,
        unnecessary: true,
        fix: { title: 'Remove `sample_rate`', edits: [removeEntry(t, rate.entry)] },
      });
    }
  },
};
