import { defineScriptRule } from '../kit';

/** A flow file that is not well-formed: one finding at its first error (ivr-formats.md §4.7). */
export const flowSyntax = defineScriptRule({
  meta: {
    id: 'flow-syntax',
    area: 'files',
    defaultSeverity: 'error',
    legalSource: '',
    description: 'A call-flow file (JSON or XML) is not well-formed; reclint reads nothing else from it.',
    fixable: false,
    messages: { syntax: '{{problem}} reclint reads nothing else from this flow, so its notices and recording are not checked.' },
  },
  create(ctx) {
    return {
      script(s) {
        if (!s.format || s.format === 'ivr') return;
        const e = s.errors[0];
        if (e) ctx.report({ span: e.span, messageId: 'syntax', data: { problem: /[.!?]$/.test(e.message) ? e.message : `${e.message}.` } });
      },
    };
  },
});
