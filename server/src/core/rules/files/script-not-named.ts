import { defineEngineRule } from '../kit';

/** Made by the adapters (CLI, language server) for a script they were given that no policy of the project names. */
export const scriptNotNamed = defineEngineRule({
  meta: {
    id: 'script-not-named',
    area: 'files',
    defaultSeverity: 'info',
    legalSource: 'GDPR art. 5(1)(b), 13',
    description: 'A script given on the command line (or opened in the editor) that no policy of the project names.',
    fixable: false,
    messages: {
      'not-named': "No recording policy names this script, so nothing says why its calls are recorded (GDPR art. 5(1)(b), 13). Name it under 'announcement.script' in the policy of its recordings; until then reclint checks its notices against nothing.",
    },
  },
});
