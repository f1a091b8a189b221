import { cap, definePolicyRule, isBlankNode, quote, recordingName } from '../kit';
import { word } from '../../i18n/words';

export const processorAgreementMissing = definePolicyRule({
  meta: {
    id: 'processor-agreement-missing',
    area: 'people',
    defaultSeverity: 'warning',
    legalSource: 'GDPR art. 28(3)',
    description: 'A processor has no `agreement`.',
    fixable: false,
    recordings: 'recorded',
    messages: {
      missing: "{{processor}} of {{recording}} has no data processing agreement (GDPR art. 28(3)). A processor may handle recordings only under a contract that binds it to the controller's instructions: name it under 'agreement'.",
    },
  },
  create(ctx) {
    return {
      processor(p, rec) {
        if (p.agreement && !isBlankNode(p.agreement.node)) return;
        const processor = cap(p.name ? word(ctx.locale, 'processor', { name: quote(p.name.value) }) : word(ctx.locale, 'processor.n', { n: p.index + 1 }));
        // At the processor's `name`; without one, at the first key of the processor item.
        const span = p.name ? p.name.span : p.node.entries[0]?.keySpan ?? p.node.span;
        ctx.report({ span, messageId: 'missing', data: { processor, recording: recordingName(ctx, rec) } });
      },
    };
  },
});
