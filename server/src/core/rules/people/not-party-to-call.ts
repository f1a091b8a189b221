import { cap, definePolicyRule, recordingLabel } from '../kit';

const NL = 'Recording a conversation you are not a party to is a crime in the Netherlands (Sr art. 139a, 139c).';
const EU = 'Recording calls you are not a party to needs a legal basis (GDPR art. 6(1)) and is a crime in many member states.';
const NOT_PARTY = "{{recording}} records calls the organisation takes no part in ('party_to_call: false'), and not on behalf of a participant.";
const INTERNAL = "{{recording}} records calls between staff ('direction: internal'), which the employer takes no part in, and not on behalf of a participant.";
const DO = "Stop recording these calls, or record them only on behalf of a participant and set 'on_behalf_of_participant: true'.";

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
      'not-party': `${EU} ${NOT_PARTY} ${DO}`,
      'not-party-nl': `${NL} ${NOT_PARTY} ${DO}`,
      internal: `${EU} ${INTERNAL} ${DO}`,
      'internal-nl': `${NL} ${INTERNAL} ${DO}`,
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
