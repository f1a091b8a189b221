import { defineScriptRule } from '../kit';

const FORMAT_NAMES: Record<string, string> = { connect: 'Amazon Connect', studio: 'Twilio Studio', twiml: 'TwiML', archy: 'Genesys Architect (Archy)', asterisk: 'the Asterisk dialplan', vxml: 'VoiceXML', freeswitch: 'the FreeSWITCH dialplan' };

/**
 * Control moves where reclint cannot follow (ivr-formats.md §4.4): once per reference, at its value;
 * and once per file and node type the format does not publish, at its first occurrence.
 */
export const flowTargetUnresolved = defineScriptRule({
  meta: {
    id: 'flow-target-unresolved',
    area: 'files',
    defaultSeverity: 'info',
    legalSource: '',
    description: 'Control moves to a file, flow or action reclint cannot follow; prompts and recording there are not checked.',
    fixable: false,
    messages: {
      reference: '{{what}}, which reclint does not follow: a notice or recording there is not checked.{{returns}}',
      'unknown-type': '`{{type}}` is not a node type of {{format}} that reclint knows; the walk passes through it, but a prompt or recording it makes is not checked.',
    },
  },
  create(ctx) {
    return {
      script(s) {
        if (!s.format || s.format === 'ivr' || s.errors.length) return;
        const format = FORMAT_NAMES[s.format] ?? s.format;
        for (const step of s.steps) {
          if (step.kind !== 'external') continue;
          const what = step.what.charAt(0).toUpperCase() + step.what.slice(1);
          ctx.report({ span: step.targetSpan, messageId: 'reference', data: { what, returns: step.returns ? ' The walk goes on after it, as when it returns.' : '' } });
        }
        for (const u of s.unknownTypes ?? []) ctx.report({ span: u.span, messageId: 'unknown-type', data: { type: u.type, format } });
      },
    };
  },
});
