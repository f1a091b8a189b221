import type { PolicyRule } from '../types';
import { recorded } from '../legal-basis/common';
import { isBlankNode, recordingLabel } from './common';

export const processorAgreementMissing: PolicyRule = {
  kind: 'policy',
  meta: {
    id: 'processor-agreement-missing',
    area: 'people',
    defaultSeverity: 'warning',
    legalSource: 'GDPR art. 28(3)',
    description: 'A processor has no `agreement`.',
    fixable: false,
  },
  check(ctx) {
    for (const rec of recorded(ctx)) {
      for (const p of rec.processors) {
        if (p.agreement && !isBlankNode(p.agreement.node)) continue;
        const name = p.name ? `Processor \`${p.name.value}\`` : `Processor ${p.index + 1}`;
        // At the processor's `name`; without one, at the first key of the processor item.
        const span = p.name ? p.name.span : p.node.entries[0]?.keySpan ?? p.node.span;
        ctx.report({
          span,
          messageId: 'missing',
          message: `${name} of ${recordingLabel(ctx, rec)} has no \`agreement\`: a processor may handle recordings only under a contract that binds it to the controller's instructions (art. 28(3) GDPR). Name the data processing agreement under \`agreement\`.`,
        });
      }
    }
  },
};
