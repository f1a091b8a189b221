import type { PolicyRule } from '../types';
import { cap, recorded } from '../legal-basis/common';
import { recordingLabel } from './common';

export const notPartyToCall: PolicyRule = {
  kind: 'policy',
  meta: {
    id: 'not-party-to-call',
    area: 'people',
    defaultSeverity: 'error',
    legalSource: 'Sr art. 139a/139c (NL); GDPR art. 6(1) and national criminal law elsewhere',
    description: 'The organisation records calls it takes no part in (`party_to_call: false` or `direction: internal`), not on behalf of a participant.',
    fixable: false,
  },
  check(ctx) {
    for (const rec of recorded(ctx)) {
      if (rec.onBehalfOfParticipant?.value === true) continue;
      const notParty = rec.partyToCall?.value === false ? rec.partyToCall : undefined;
      const internal = rec.direction?.value === 'internal' ? rec.direction : undefined;
      const at = notParty ?? internal;
      if (!at) continue;
      // One finding per recording, at `party_to_call: false` when it is written, else at `direction: internal`.
      const what = notParty
        ? `records calls the organisation takes no part in (\`party_to_call: false\`)`
        : `records calls between staff (\`direction: internal\`), calls the employer takes no part in`;
      const why = ctx.profile === 'NL'
        ? 'in the Netherlands, recording a conversation you are not a party to is a crime (Sr art. 139a/139c) unless it is done on behalf of a participant'
        : 'recording a conversation you are not a party to needs a legal basis under the GDPR (art. 6(1)) and is an offence under the criminal law of many member states unless it is done on behalf of a participant';
      ctx.report({
        span: at.span,
        messageId: notParty ? (ctx.profile === 'NL' ? 'not-party-nl' : 'not-party') : (ctx.profile === 'NL' ? 'internal-nl' : 'internal'),
        message: `${cap(recordingLabel(ctx, rec))} ${what}: ${why}. Stop recording these calls, or record them only on behalf of a participant and set \`on_behalf_of_participant: true\`.`,
      });
    }
  },
};
