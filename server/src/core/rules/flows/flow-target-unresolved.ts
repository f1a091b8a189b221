import { resolveRef } from '../../flows/flow-ref';
import { wordsIn } from '../../flows/words';
import { cap, defineScriptRule, plain } from '../kit';

const FORMAT_NAMES = { connect: 'Amazon Connect', studio: 'Twilio Studio', twiml: 'TwiML', archy: 'Genesys Architect (Archy)', asterisk: 'the Asterisk dialplan', vxml: 'VoiceXML', freeswitch: 'the FreeSWITCH dialplan' } as const;
const isFormat = (f: string): f is keyof typeof FORMAT_NAMES => Object.prototype.hasOwnProperty.call(FORMAT_NAMES, f);

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
      'unknown-type': "reclint does not know the {{format}} node type '{{type}}' and checks nothing in it. The walk passes through it, but a prompt or recording it makes is not checked.",
      // A flow set's references (ivr-formats.md §6), reported with the policy whose set reaches them.
      'file-unreadable': "{{what}}, but reclint cannot read '{{path}}': {{reason}}. A notice or recording there is not checked; correct the reference or add the file.",
      'url-unmapped': "{{what}}, an address reclint cannot map to a file. A notice or recording there is not checked; map the prefix of '{{url}}' to a folder under 'flows.url_base' in '.reclintrc.yaml'.",
      'flow-id-unmapped': "{{what}}, a flow reclint cannot find. A notice or recording there is not checked; map '{{id}}' to the exported flow's file under 'flows.ids' in '.reclintrc.yaml'.",
      'max-files': "{{what}}, past the budget of {{limit}} files for one flow set. A notice or recording there is not checked; raise 'flows.max_files' in '.reclintrc.yaml'.",
      'max-bytes': "{{what}}, past the budget of {{limit}} for one flow set. A notice or recording there is not checked; raise 'flows.max_bytes' in '.reclintrc.yaml'.",
    },
    // The reasons and the include line are filled in by flows/flow-set-report.ts.
    parts: { ...FORMAT_NAMES, returns: ' The walk goes on after it, as when it returns.', 'reason.not-found': 'there is no such file in the workspace', 'reason.directory': 'it is a folder', 'reason.too-large': 'the file is too large to read', 'reason.outside-root': 'it lies outside the project', 'reason.unreadable': 'the file is not UTF-8 text', 'reason.not-a-script': 'it is no call flow reclint reads', 'include': 'The dialplan includes {{path}}' },
  },
  create(ctx) {
    return {
      script(s) {
        if (!s.format || s.format === 'ivr' || s.errors.length) return;
        const format = isFormat(s.format) ? ctx.part(s.format) : s.format;
        for (const step of s.steps) {
          if (step.kind !== 'external') continue;
          // A reference to a file is followed by the flow set of each policy that names the script; that policy reports it when it stays unresolved.
          if (step.ref && (resolveRef(ctx.uri, step.ref, {}) !== undefined || step.ref.kind === 'context')) continue;
          const what = cap(plain(wordsIn(ctx.locale, step.what)));
          ctx.report({ span: step.targetSpan, messageId: 'reference', data: { what, returns: step.returns ? ctx.part('returns') : '' } });
        }
        for (const u of s.unknownTypes ?? []) ctx.report({ span: u.span, messageId: 'unknown-type', data: { type: u.type, format } });
      },
    };
  },
});
