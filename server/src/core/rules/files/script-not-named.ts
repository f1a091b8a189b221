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
      'not-named': 'No recording policy of this project names this script, so nothing says what its recordings are for, on what basis or for how long (art. 5(1)(b), 13 GDPR), and reclint checks its notices against nothing. Name it in a policy\'s `announcement.script`.',
    },
  },
});
