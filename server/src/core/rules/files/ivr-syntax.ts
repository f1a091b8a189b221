import { defineScriptRule } from '../kit';

export const ivrSyntax = defineScriptRule({
  meta: {
    id: 'ivr-syntax',
    area: 'files',
    defaultSeverity: 'error',
    legalSource: '',
    description: 'A line of an `.ivr` script does not parse; the rest of the script is still read.',
    fixable: false,
    messages: { syntax: '{{problem}}' },
  },
  create(ctx) {
    return {
      script(s) {
        if (s.format && s.format !== 'ivr') return;
        for (const e of s.errors) ctx.report({ span: e.span, messageId: 'syntax', data: { problem: e.message } });
      },
    };
  },
});
