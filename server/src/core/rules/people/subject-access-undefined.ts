import { isRecorded } from '../../announcement';
import { definePolicyRule, isBlankNode } from '../kit';

export const subjectAccessUndefined = definePolicyRule({
  meta: {
    id: 'subject-access-undefined',
    area: 'people',
    defaultSeverity: 'warning',
    legalSource: 'GDPR art. 15',
    description: 'The policy has no `subject_rights.access`.',
    fixable: false,
    recordings: 'recorded',
    messages: {
      undefined: "The policy does not say how a caller gets a copy of their recording (GDPR art. 15). Callers have a right of access: describe it under 'subject_rights.access', with what is handed over ('includes') and the 'procedure'.",
    },
  },
  create(ctx) {
    return {
      policy(policy) {
        // A policy whose recordings all have `mode: none` keeps nothing a caller could ask for.
        if (!policy.recordings.some(isRecorded)) return;
        const access = policy.subjectAccess;
        if (access && !isBlankNode(access.node)) return;
        // rules.md: `access:` written empty → that key; else the parent `subject_rights` key; else the document's first key.
        const span = access ? access.keySpan : policy.subjectRights ? policy.subjectRights.keySpan : policy.root.entries[0]?.keySpan;
        if (span) ctx.report({ span, messageId: 'undefined' });
      },
    };
  },
});
