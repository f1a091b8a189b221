import type { ScriptRule } from '../types';

export const ivrSyntax: ScriptRule = {
  kind: 'script',
  meta: { id: 'ivr-syntax', area: 'files', defaultSeverity: 'error', legalSource: '', description: 'A line of an `.ivr` script does not parse; the rest of the script is still read.', fixable: false },
  check(ctx) {
    for (const e of ctx.script.errors) ctx.report({ span: e.span, message: e.message });
  },
};
