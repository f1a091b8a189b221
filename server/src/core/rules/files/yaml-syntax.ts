import { defineEngineRule } from '../kit';

/** Reported by the engine while parsing: a file that does not parse gets no other findings. */
export const yamlSyntax = defineEngineRule({
  meta: {
    id: 'yaml-syntax',
    area: 'files',
    defaultSeverity: 'error',
    legalSource: '',
    description: 'The YAML or JSON does not parse (also duplicate keys, alias bombs, several documents).',
    fixable: false,
    messages: { syntax: '{{problem}}' },
  },
});
