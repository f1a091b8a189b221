import { defineEngineRule } from '../kit';

/** Reported by core/suppress.ts, which applies the directives; its messages are these (suppress.ts is to read them from here). */
export const unusedSuppression = defineEngineRule({
  meta: {
    id: 'unused-suppression',
    area: 'suppression',
    defaultSeverity: 'hint',
    legalSource: '',
    description: 'A `reclint-disable-next-line` comment silences nothing.',
    fixable: true,
    messages: {
      'no-ids': "This 'reclint-disable-next-line' names no rule, so it silences nothing. Name the rule ids it is for.",
      unused: 'This suppression silences nothing: {{why}}. Remove it.',
    },
    titles: {
      'remove-all': 'Remove this suppression comment',
      'remove-id': "Remove '{{id}}' from this suppression",
    },
    parts: {
      'no-finding': "no '{{id}}' finding starts on the next line",
      'not-a-rule': "'{{id}}' is not a reclint rule id",
    },
  },
});
