import { defineEngineRule } from '../kit';

/** A rule threw on a file: reported on that file, the rest of the run goes on. */
export const internalError = defineEngineRule({
  meta: {
    id: 'internal-error',
    area: 'files',
    defaultSeverity: 'error',
    legalSource: '',
    description: 'A rule (or reclint itself) failed on this file; the other rules and files still ran.',
    fixable: false,
    messages: {
      failed: "Rule '{{rule}}' failed on this file, so its findings here may be incomplete. The other rules still ran; please report this, with the error: {{error}}",
      'file-failed': 'reclint failed on this file and checked nothing in it. The other files are still linted; please report this, with the error: {{error}}',
    },
  },
});
