/**
 * `reclint init` without a script: `policy: 1`, an empty `controller:`, one recording `main-line`
 * with `mode: all`, and every other key of the format as a commented example with a one-line
 * explanation (init.md "Without an argument"). No announcement and no purpose is guessed.
 */
export function emitSkeleton(): string {
  return `# Recording policy skeleton, written by \`reclint init\`.
# Nothing here has been decided for your organisation: every key but \`policy\`, \`controller\` and one
# recording is a commented example. Uncomment and fill in what applies; \`reclint\` says what is missing.
# Run \`reclint init <script>\` instead to start from a call script or flow: it fills in the
# languages and the purposes its notices announce.
policy: 1                          # format version
# TODO controller: the organisation's legal name (art. 4(7) GDPR); reclint reports it until written.
controller:
# jurisdiction: NL                 # ISO 3166-1 alpha-2; NL and DK select their rule profiles
# sector: general                  # general | healthcare | finance | public
# languages: [nl, en]              # languages callers are served in; each needs a notice

# Named events that end a retention period, each with a backstop (\`max\`, ISO 8601 duration).
# triggers:
#   complaint-closed:
#     description: The complaint is handled, including any appeal
#     max: P1Y

# Purposes beyond the built-in vocabulary (\`reclint purposes --help\` lists how notices name them).
# custom_purposes:
#   route-optimisation:
#     description: Tuning call routing
#     phrases: { en: [improve call routing] }
#     related: [quality-assurance]  # compatible purposes (art. 6(4) GDPR)

# TODO subject_rights: how a caller gets a copy of their recording (art. 15 GDPR) and has it erased
# (art. 17); reclint reports the access procedure until it is written.
# subject_rights:
#   access: { includes: [recordings], procedure: https://example.com/privacy/access }
#   erasure: { procedure: https://example.com/privacy/erasure }

recordings:
  - id: main-line
    # description: Inbound customer service        # what is recorded, in plain words
    # direction: inbound           # inbound | outbound | internal (calls between staff)
    # party_to_call: true          # the organisation takes part in the call (default true)
    # on_behalf_of_participant: false   # only when party_to_call is false: recorded for a participant
    # TODO employees_informed: are the agents told that their calls are recorded (art. 13 GDPR)?
    # employees_informed: true
    mode: all                      # all | sampled | on-demand | none
    # sample_rate: 0.1             # share of calls recorded, only with mode: sampled
    # retroactive: true            # on-demand: the button keeps the whole call (audio is buffered)
    # buffer_retention: PT2H       # how long buffered audio that nobody keeps lives
    # data: [voice, phone-number]  # what the calls hold; health, biometric, ... are special categories
    # art9_condition: 9(2)(h)      # needed when data holds a special category
    # transcripts: false           # transcripts belong in the right of access
    # TODO announcement: where the caller is told, before recording starts (art. 13 GDPR); reclint
    # reports it until written. One of:
    # announcement:
    #   script: ivr/main-line.ivr  # the call script or flow, relative to this file
    #   prompt: recording-notice   # the notice prompt; default: every prompt that mentions recording
    #   text: "This call is recorded for training purposes."   # or the notice itself
    #   language: en               # the language of \`text\` (default: the first of languages)
    #   format: connect            # the flow's format, when its content does not tell
    #   privacy_statement: https://example.com/privacy   # alone, this is not a notice
    # Why the calls are recorded, each purpose with its legal basis and retention:
    # purposes:
    #   - purpose: staff-training
    #     legal_basis: consent     # consent | contract | legal-obligation | vital-interests | public-task | legitimate-interests
    #     consent: { mechanism: ivr-keypress }   # the script asks with a \`consent\` step
    #     retention: { until: complaint-closed }
    #   - purpose: quality-assurance
    #     legal_basis: legitimate-interests
    #     balancing_test: docs/lia-quality.md  # the test that weighs the interest against the caller's rights
    #     retention: { max: P30D }
    #   - purpose: legal-compliance
    #     legal_basis: legal-obligation
    #     law: MiFID II art. 16(7)  # the statute that obliges you to record
    #     retention: { max: P5Y }
    # What the systems actually do with the recordings (default: the declared purposes):
    # uses:
    #   - purpose: staff-training
    #     by: [team-leads]
    #     system: coaching-portal
    # TODO access: the roles that may listen, as few as possible (art. 32 GDPR); reclint reports it
    # until written.
    # access: { roles: [team-leads, quality] }
    # Who processes the recordings for you, with the agreement of art. 28(3) GDPR:
    # processors:
    #   - name: TelcoNet
    #     purpose: troubleshooting
    #     agreement: docs/dpa-telconet.pdf
`;
}
