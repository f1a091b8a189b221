import { defineScriptRule } from '../kit';

/** A flow file that is not well-formed: one finding at its first error (ivr-formats.md §4.7). */
export const flowSyntax = defineScriptRule({
  meta: {
    id: 'flow-syntax',
    area: 'files',
    defaultSeverity: 'error',
    legalSource: '',
    description: 'A call-flow file (JSON, XML, YAML or dialplan) is not well-formed; reclint reads nothing else from it. In a transcript list, a bad line is skipped.',
    fixable: false,
    messages: {
      syntax: '{{problem}} reclint reads nothing else from this flow, so its notices and recording are not checked.',
      line: '{{problem}} reclint skips this line of the transcript list and reads the others.',
    },
  },
  create(ctx) {
    return {
      script(s) {
        if (!s.format || s.format === 'ivr') return;
        // A transcript list skips a bad line and reads the rest (ivr-formats.md §7): each line is reported.
        if (s.format === 'transcripts') {
          for (const e of s.errors) ctx.report({ span: e.span, messageId: 'line', data: { problem: /[.!?]$/.test(e.message) ? e.message : `${e.message}.` } });
          return;
        }
        const e = s.errors[0];
        if (e) ctx.report({ span: e.span, messageId: 'syntax', data: { problem: /[.!?]$/.test(e.message) ? e.message : `${e.message}.` } });
      },
    };
  },
});
