import { defineEngineRule } from '../kit';

/** Made by core/finish.ts when one file has more findings than `max_findings_per_file` (default 1,000). */
export const tooManyFindings = defineEngineRule({
  meta: {
    id: 'too-many-findings',
    area: 'files',
    defaultSeverity: 'error',
    legalSource: '',
    description: 'A file has more findings than `max_findings_per_file`; the rest are counted, not listed.',
    fixable: false,
    messages: {
      capped: "This file has {{more}} more findings ({{counts}}) than the {{limit}} shown, from here on. Fix those shown first (often one mistake, repeated), or raise 'max_findings_per_file' in '.reclintrc.yaml'.",
    },
  },
});
