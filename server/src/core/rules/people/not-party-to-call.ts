import { cap, definePolicyRule, recordingLabel } from '../kit';

const NOT_PARTY = 'records calls the organisation takes no part in (`party_to_call: false`)';
const INTERNAL = 'records calls between staff (`direction: internal`), calls the employer takes no part in';
const NL = 'in the Netherlands, recording a conversation you are not a party to is a crime (Sr art. 139a/139c) unless it is done on behalf of a participant';
const EU = 'recording a conversation you are not a party to needs a legal basis under the GDPR (art. 6(1)) and is an offence under the criminal law of many member states unless it is done on behalf of a participant';
const DO = 'Stop recording these calls, or record them only on behalf of a participant and set `on_behalf_of_participant: true`.';

export const notPartyToCall = definePolicyRule({
  meta: {
    id: 'not-party-to-call',
    area: 'people',
    defaultSeverity: 'error',
    legalSource: 'Sr art. 139a/139c (NL); GDPR art. 6(1) and national criminal law elsewhere',
    description: 'The organisation records calls it takes no part in (`party_to_call: false` or `direction: internal`), not on behalf of a participant.',
    fixable: false,
    recordings: 'recorded',
    messages: {
      'not-party': `{{recording}} ${NOT_PARTY}: ${EU}. ${DO}`,
      'not-party-nl': `{{recording}} ${NOT_PARTY}: ${NL}. ${DO}`,
      internal: `{{recording}} ${INTERNAL}: ${EU}. ${DO}`,
      'internal-nl': `{{recording}} ${INTERNAL}: ${NL}. ${DO}`,
    },
  },
  create(ctx) {
    const nl = ctx.profile === 'NL';
    return {
      recording(rec) {
        if (rec.onBehalfOfParticipant?.value === true) return;
        const notParty = rec.partyToCall?.value === false ? rec.partyToCall : undefined;
        const internal = rec.direction?.value === 'internal' ? rec.direction : undefined;
        const at = notParty ?? internal;
        if (!at) return;
        // One finding per recording, at `party_to_call: false` when it is written, else at `direction: internal`.
        ctx.report({
          span: at.span,
          messageId: notParty ? (nl ? 'not-party-nl' : 'not-party') : (nl ? 'internal-nl' : 'internal'),
          data: { recording: cap(recordingLabel(ctx, rec)) },
        });
      },
    };
  },
});
