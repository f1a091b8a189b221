/**
 * Rule cases, "Announced purposes against configured uses" (rules.md): what the caller is told, and
 * whether it matches what the recordings are for. Ranges follow rules.md's "where it points".
 */
import { AFTER_RECORDING_ON_FLOWS } from './flows.test';
import { type RuleCases, IVR, P, PJ, dedent, runCases } from './kit';

/** One recording `service-line`, staff training on verbal consent, with the given announcement lines (6 spaces in). */
const withAnnouncement = (announcement: string, extra = '') =>
  [
    'policy: 1',
    'controller: Acme',
    'languages: [en]',
    'recordings:',
    '  - id: service-line',
    '    mode: all',
    ...(announcement ? [announcement] : []),
    '    purposes:',
    '      - purpose: staff-training',
    '        legal_basis: consent',
    '        consent: { mechanism: verbal }',
    '        retention: { max: P3M }',
    ...(extra ? [extra] : []),
    '',
  ].join('\n');

/** The same recording in JSON, with an inline notice whose JSON source text is `t` (escapes and all). */
const jsonWithText = (t: string) =>
  [
    '{',
    '  "policy": 1,',
    '  "controller": "Acme",',
    '  "recordings": [',
    '    {',
    '      "id": "service-line",',
    '      "mode": "all",',
    `      "announcement": { "text": "${t}", "language": "en" },`,
    '      "purposes": [ { "purpose": "staff-training", "legal_basis": "consent", "consent": { "mechanism": "verbal" }, "retention": { "max": "P3M" } } ]',
    '    }',
    '  ]',
    '}',
    '',
  ].join('\n');

const text = (t: string, lang = 'en') => `    announcement:\n      text: "${t}"\n      language: ${lang}`;
const script = (prompt?: string) => (prompt ? `    announcement: { script: ivr/service.ivr, prompt: ${prompt} }` : '    announcement: { script: ivr/service.ivr }');

const GOOD_IVR = dedent(`
  lang en
  say greeting "Welcome to Acme."
  say recording-notice "This call is recorded for training purposes."
  record start
`);

export const ANNOUNCEMENT_CASES: RuleCases[] = [
  {
    rule: 'announcement-missing',
    severity: 'error',
    invalid: [
      {
        name: 'inbound recording with no announcement: at the recording id',
        files: { [P]: withAnnouncement('') },
        expect: [`${P} announcement-missing 5:9-5:21 missing`],
      },
      {
        name: 'outbound calls need the notice as much as inbound ones',
        files: {
          [P]: dedent(`
            policy: 1
            controller: Acme
            recordings:
              - id: outbound-sales
                direction: outbound
                mode: all
                purposes:
                  - purpose: evidence
                    legal_basis: contract
                    retention: { max: P2Y }
          `),
        },
        expect: [`${P} announcement-missing 4:9-4:23 missing`],
      },
      {
        name: 'an announcement that says nothing: at the `announcement` key',
        files: { [P]: withAnnouncement('    announcement: {}') },
        expect: [`${P} announcement-missing 7:5-7:17 missing`],
      },
      {
        name: 'sampled and on-demand recordings record too; one finding per recording',
        files: {
          [P]: dedent(`
            policy: 1
            controller: Acme
            recordings:
              - id: sampled-line
                mode: sampled
                sample_rate: 0.1
              - id: told-line
                mode: all
                announcement: { text: "This call is recorded for training purposes.", language: en }
              - id: button-line
                mode: on-demand
          `),
        },
        expect: [`${P} announcement-missing 4:9-4:21 missing`, `${P} announcement-missing 10:9-10:20 missing`],
      },
      {
        name: 'JSON: at the id value',
        files: {
          [PJ]: [
            '{',
            '  "policy": 1,',
            '  "controller": "Acme",',
            '  "recordings": [',
            '    { "id": "service-line", "mode": "all" }',
            '  ]',
            '}',
            '',
          ].join('\n'),
        },
        expect: [`${PJ} announcement-missing 5:13-5:27 missing`],
      },
    ],
    valid: [
      { name: 'an inline text notice', files: { [P]: withAnnouncement(text('This call is recorded for training purposes.')) } },
      { name: 'a script notice', files: { [P]: withAnnouncement(script('recording-notice')), [IVR]: GOOD_IVR } },
      {
        name: '`mode: none` records nothing and needs no notice',
        files: {
          [P]: dedent(`
            policy: 1
            controller: Acme
            recordings:
              - id: silent-line
                mode: none
          `),
        },
      },
      {
        name: 'a privacy statement alone is announcement-website-only, not announcement-missing',
        files: { [P]: withAnnouncement('    announcement: { privacy_statement: https://acme.example/privacy }') },
      },
    ],
  },

  {
    rule: 'announcement-website-only',
    severity: 'error',
    invalid: [
      {
        name: 'only a privacy_statement: at the key',
        files: { [P]: withAnnouncement('    announcement:\n      privacy_statement: https://acme.example/privacy') },
        expect: [`${P} announcement-website-only 8:7-8:24 website-only`],
      },
      {
        name: 'flow style',
        files: { [P]: withAnnouncement('    announcement: { privacy_statement: https://acme.example/privacy }') },
        expect: [`${P} announcement-website-only 7:21-7:38 website-only`],
      },
      {
        name: 'JSON',
        files: {
          [PJ]: [
            '{',
            '  "policy": 1,',
            '  "controller": "Acme",',
            '  "recordings": [',
            '    {',
            '      "id": "service-line",',
            '      "mode": "all",',
            '      "announcement": { "privacy_statement": "https://acme.example/privacy" }',
            '    }',
            '  ]',
            '}',
            '',
          ].join('\n'),
        },
        expect: [`${PJ} announcement-website-only 8:25-8:44 website-only`],
      },
    ],
    valid: [
      {
        name: 'a privacy statement beside an inline notice',
        files: { [P]: withAnnouncement(`${text('This call is recorded for training purposes.')}\n      privacy_statement: https://acme.example/privacy`) },
      },
      {
        name: 'a privacy statement beside a script notice',
        files: { [P]: withAnnouncement(`${script('recording-notice').replace(' }', ', privacy_statement: https://acme.example/privacy }')}`), [IVR]: GOOD_IVR },
      },
      {
        name: '`mode: none`',
        files: {
          [P]: dedent(`
            policy: 1
            controller: Acme
            recordings:
              - id: silent-line
                mode: none
                announcement: { privacy_statement: https://acme.example/privacy }
          `),
        },
      },
    ],
  },

  {
    rule: 'announcement-no-recording-mention',
    severity: 'error',
    invalid: [
      {
        name: 'an inline notice that never says the call is recorded: at its words',
        files: { [P]: withAnnouncement(text('Welcome to Acme. Your call is important to us.')) },
        expect: [`${P} announcement-no-recording-mention 8:13-8:61 no-mention`],
      },
      {
        name: 'a Dutch inline notice about quality, without recording',
        files: { [P]: withAnnouncement(text('Welkom bij Acme. Wij werken aan de kwaliteit van onze dienstverlening.', 'nl')).replace('[en]', '[nl]') },
        expect: [`${P} announcement-no-recording-mention 8:13-8:85 no-mention`],
      },
      {
        name: 'a notice that says calls are monitored, not recorded: its own message (docs/notice-reading.md R8)',
        files: { [P]: withAnnouncement(text('All calls may be monitored for quality assurance.')) },
        expect: [`${P} announcement-no-recording-mention 8:13-8:64 only-monitored`],
      },
      {
        name: 'the named prompt says nothing of recording: at the prompt text in the script',
        files: {
          [P]: withAnnouncement(script('welcome')),
          [IVR]: dedent(`
            lang en
            say welcome "Welcome to Acme. Your call is important to us."
            record start
          `),
        },
        expect: [`${IVR} announcement-no-recording-mention 2:13-2:61 no-mention`],
      },
      {
        name: 'the named prompt is silent on recording even though another prompt mentions it',
        files: {
          [P]: withAnnouncement(script('greeting')),
          [IVR]: GOOD_IVR,
        },
        expect: [`${IVR} announcement-no-recording-mention 2:14-2:32 no-mention`],
      },
      {
        name: 'a script without `prompt` where no prompt mentions recording: at the `script` value',
        files: {
          [P]: withAnnouncement(script()),
          [IVR]: dedent(`
            lang en
            say welcome "Welcome to Acme."
            say menu-intro "For sales press 1, for support press 2."
            record start
            menu 1=sales 2=support
            sales:
            transfer sales-queue
            support:
            transfer support-queue
          `),
        },
        expect: [`${P} announcement-no-recording-mention 7:29-7:44 no-prompt`],
      },
      {
        name: 'no prompt named, and the only one about recording says the call is monitored: at that prompt (R8)',
        files: {
          [P]: withAnnouncement(script()),
          [IVR]: dedent(`
            lang en
            say welcome "Welcome to Acme. Calls may be monitored for quality purposes."
            record start
          `),
        },
        expect: [`${IVR} announcement-no-recording-mention 2:13-2:76 only-monitored`],
      },
      {
        // R220: the caller told to listen to a menu is not a call listened in on, so this is no monitoring notice.
        name: 'no prompt named, and a menu prompt asks the caller to listen: no-prompt at the `script` value, not only-monitored',
        files: {
          [P]: withAnnouncement(script()),
          [IVR]: dedent(`
            lang en
            say menu-intro "Please listen carefully to the following options."
            record start
          `),
        },
        expect: [`${P} announcement-no-recording-mention 7:29-7:44 no-prompt`],
      },
    ],
    valid: [
      {
        // The Danish prompt may be the notice (it says so: "optages"); the English one only says monitored.
        name: 'no prompt named, one says monitored and one is in a language reclint cannot read (lang da): not reported',
        files: {
          [P]: withAnnouncement(script()).replace('[en]', '[da, en]'),
          [IVR]: dedent(`
            lang en
            say welcome "Calls may be monitored for quality purposes."
            lang da
            say meddelelse "Samtalen optages til undervisning af vores medarbejdere."
            record start
          `),
        },
      },
      {
        // reclint reads nl, en, de, fr and es; a notice in Danish or Italian may say the call is recorded.
        name: 'a script whose prompts are in a language reclint cannot read (lang da): not reported',
        files: {
          [P]: withAnnouncement(script()).replace('[en]', '[da]'),
          [IVR]: dedent(`
            lang da
            say meddelelse "Samtalen optages til undervisning af vores medarbejdere."
            record start
          `),
        },
      },
      { name: 'an inline notice that says the call is recorded', files: { [P]: withAnnouncement(text('This call is recorded for training purposes.')) } },
      {
        name: 'a Dutch inline notice: "opgenomen"',
        files: { [P]: withAnnouncement(text('Dit gesprek wordt opgenomen voor trainingsdoeleinden.', 'nl')).replace('[en]', '[nl]') },
      },
      { name: 'a named prompt that says so', files: { [P]: withAnnouncement(script('recording-notice')), [IVR]: GOOD_IVR } },
      { name: 'no `prompt`: one prompt of the script mentions recording', files: { [P]: withAnnouncement(script()), [IVR]: GOOD_IVR } },
      {
        name: 'a script line with ivr-syntax is skipped; the notice after it still counts',
        files: { [P]: withAnnouncement(script()), [IVR]: 'lang en\nplay "hello"\nsay notice "This call is recorded for training purposes."\nrecord start\n' },
      },
      {
        name: 'a notice that denies recording is announcement-denies-recording, not this rule',
        files: { [P]: withAnnouncement(text('This call is not recorded.')) },
      },
      {
        name: 'a prompt that cannot be found is prompt-not-found, not this rule',
        files: { [P]: withAnnouncement(script('welcom')), [IVR]: dedent(`
          lang en
          say welcome "Welcome to Acme."
          record start
        `) },
      },
      {
        name: '`mode: none`: no announcement rule runs',
        files: { [P]: withAnnouncement(text('Welcome to Acme.')).replace('mode: all', 'mode: none') },
      },
    ],
  },

  {
    rule: 'announcement-denies-recording',
    severity: 'error',
    invalid: [
      {
        name: 'Dutch inline notice "wordt niet opgenomen": at the denial ("niet opgenomen")',
        files: { [P]: withAnnouncement(text('Dit gesprek wordt niet opgenomen.', 'nl')).replace('[en]', '[nl]') },
        expect: [`${P} announcement-denies-recording 8:32-8:46 denies`],
      },
      {
        name: 'English inline notice "is not recorded"',
        files: { [P]: withAnnouncement(text('Welcome to Acme. This call is not recorded.')) },
        expect: [`${P} announcement-denies-recording 8:44-8:56 denies`],
      },
      {
        name: 'the named prompt in the script denies recording: at the denial in the .ivr',
        files: {
          [P]: withAnnouncement(script('recording-notice')),
          [IVR]: dedent(`
            lang en
            say recording-notice "This call is not recorded."
            record start
          `),
        },
        expect: [`${IVR} announcement-denies-recording 2:36-2:48 denies`],
      },
      {
        name: 'no `prompt`, and the only prompt about recording denies it',
        files: {
          [P]: withAnnouncement(script()),
          [IVR]: dedent(`
            lang en
            say welcome "Welcome to Acme."
            say privacy "Calls to this line are not recorded."
            record start
          `),
        },
        expect: [`${IVR} announcement-denies-recording 3:37-3:49 denies`],
      },
      {
        name: 'JSON, with escapes before the denial: the range is in the source text',
        files: { [PJ]: jsonWithText('Caf\\u00e9 \\"Acme\\": this call is not recorded.') },
        expect: [`${PJ} announcement-denies-recording 8:67-8:79 denies`],
      },
      {
        name: 'a folded YAML block: on the line of the denial',
        files: { [P]: withAnnouncement('    announcement:\n      text: >\n        Welcome to Acme.\n        This call is not recorded.\n      language: en') },
        expect: [`${P} announcement-denies-recording 10:22-10:34 denies`],
      },
    ],
    valid: [
      {
        name: 'the line really records nothing (`mode: none`)',
        files: { [P]: withAnnouncement(text('Dit gesprek wordt niet opgenomen.', 'nl')).replace('mode: all', 'mode: none') },
      },
      { name: 'the notice says the call is recorded', files: { [P]: withAnnouncement(text('This call is recorded for training purposes.')) } },
      {
        name: 'no `prompt`: a stray denial elsewhere is not reported when another prompt says the call is recorded',
        files: {
          [P]: withAnnouncement(script()),
          [IVR]: dedent(`
            lang en
            say recording-notice "This call is recorded for training purposes."
            record start
            menu 1=info
            info:
            say info "Calls to our fax line are not recorded."
            hangup
          `),
        },
      },
      {
        name: 'the named prompt says recorded; a denial in another prompt is not the notice',
        files: {
          [P]: withAnnouncement(script('recording-notice')),
          [IVR]: dedent(`
            lang en
            say recording-notice "This call is recorded for training purposes."
            say other "Messages left after hours are not recorded."
            record start
          `),
        },
      },
    ],
  },

  {
    rule: 'announced-purpose-undeclared',
    severity: 'warning',
    invalid: [
      {
        name: 'Dutch compound list: "kwaliteitsdoeleinden" is announced but quality-assurance is not declared',
        files: { [P]: withAnnouncement(text('Dit gesprek wordt opgenomen voor trainings- en kwaliteitsdoeleinden.', 'nl')).replace('[en]', '[nl]') },
        expect: [`${P} announced-purpose-undeclared 8:61-8:81 undeclared`],
      },
      {
        name: 'English: "(to) improve our service" names quality assurance; at "improve our service"',
        files: { [P]: withAnnouncement(text('This call is recorded for training purposes and to improve our service.')) },
        expect: [`${P} announced-purpose-undeclared 8:65-8:84 undeclared`],
      },
      {
        name: 'a notice in the script: at the words in the .ivr ("fraud" names fraud prevention)',
        files: {
          [P]: withAnnouncement(script('recording-notice')),
          [IVR]: dedent(`
            lang en
            say recording-notice "This call is recorded for training purposes and for fraud prevention."
            record start
          `),
        },
        expect: [`${IVR} announced-purpose-undeclared 2:75-2:80 undeclared`],
      },
      {
        name: 'a purpose that is only used, not declared, is still undeclared',
        files: {
          [P]: withAnnouncement(
            text('This call is recorded for training purposes and as evidence of what we agree.'),
            '    uses:\n      - purpose: staff-training\n        by: [team-leads]',
          ),
        },
        expect: [`${P} announced-purpose-undeclared 8:65-8:73 undeclared`],
      },
      {
        name: 'JSON, with escapes before the words',
        files: { [PJ]: jsonWithText('Caf\\u00e9 \\"Acme\\": this call is recorded for training purposes and for fraud prevention.') },
        expect: [`${PJ} announced-purpose-undeclared 8:106-8:111 undeclared`],
      },
      {
        name: "YAML escapes and quotes: double-quoted with \\u and \\\", single-quoted with ''",
        files: {
          [P]: withAnnouncement(`    announcement:\n      text: 'It''s Acme: this call is recorded for training and for fraud prevention.'\n      language: en`),
          'q.recording-policy.yaml': withAnnouncement('    announcement:\n      text: "Caf\\u00e9 \\"Acme\\": this call is recorded for training and for fraud prevention."\n      language: en'),
        },
        expect: [`${P} announced-purpose-undeclared 8:69-8:74 undeclared`, `q.recording-policy.yaml announced-purpose-undeclared 8:77-8:82 undeclared`],
      },
    ],
    valid: [
      { name: 'every announced purpose is declared', files: { [P]: withAnnouncement(text('This call is recorded for training purposes.')) } },
      {
        name: "the controller's name, a URL and a phone number name no purpose (notice-reading.md §1)",
        files: {
          [P]: withAnnouncement(text('Welcome to Evidence Partners. This call is recorded for training purposes. For help, see evidence.example/complaints or call 0800 123 4567.')).replace(
            'controller: Acme',
            'controller: Evidence Partners Ltd',
          ),
        },
      },
      {
        name: 'a recording that declares no purposes at all (other findings come first)',
        files: {
          [P]: dedent(`
            policy: 1
            controller: Acme
            recordings:
              - id: service-line
                mode: all
                announcement: { text: "This call is recorded for training and quality purposes.", language: en }
          `),
        },
      },
      {
        name: 'a notice that denies recording is not read for purposes',
        files: { [P]: withAnnouncement(text('This call is not recorded for fraud prevention.')) },
      },
      {
        name: 'a prompt that cannot be found is not read',
        files: { [P]: withAnnouncement(script('recording-notise')), [IVR]: GOOD_IVR.replace('training purposes', 'training purposes and fraud prevention') },
      },
      {
        name: '`mode: none`',
        files: { [P]: withAnnouncement(text('This call is recorded for fraud prevention.')).replace('mode: all', 'mode: none') },
      },
    ],
  },

  {
    rule: 'prompt-not-found',
    severity: 'error',
    invalid: [
      {
        name: 'a mistyped prompt id: at the `prompt` value',
        files: {
          [P]: withAnnouncement('    announcement:\n      script: ivr/service.ivr\n      prompt: recording-notise'),
          [IVR]: GOOD_IVR,
        },
        expect: [`${P} prompt-not-found 9:15-9:31 not-found`],
      },
      {
        name: 'flow style, an id that is nowhere near',
        files: { [P]: withAnnouncement(script('opening-words')), [IVR]: GOOD_IVR },
        expect: [`${P} prompt-not-found 7:54-7:67 not-found`],
      },
      {
        name: 'a label is not a prompt id',
        files: {
          [P]: withAnnouncement(script('welcome')),
          [IVR]: dedent(`
            lang en
            welcome:
            say recording-notice "This call is recorded for training purposes."
            record start
          `),
        },
        expect: [`${P} prompt-not-found 7:54-7:61 not-found`],
      },
    ],
    valid: [
      { name: 'the prompt is in the script', files: { [P]: withAnnouncement(script('recording-notice')), [IVR]: GOOD_IVR } },
      { name: 'no `prompt`: every prompt that mentions recording counts', files: { [P]: withAnnouncement(script()), [IVR]: GOOD_IVR } },
      { name: 'the script itself is missing: that is script-not-found', files: { [P]: withAnnouncement(script('recording-notice')) } },
      {
        name: '`mode: none`',
        files: { [P]: withAnnouncement(script('nope')).replace('mode: all', 'mode: none'), [IVR]: GOOD_IVR },
      },
    ],
  },
  {
    rule: 'announcement-after-recording',
    severity: 'error',
    invalid: [
      ...AFTER_RECORDING_ON_FLOWS.invalid,
      {
        name: 'a menu branch reaches `record start` before the notice: at that `record start`',
        files: {
          [P]: withAnnouncement(script('recording-notice')),
          [IVR]: dedent(`
            lang en
            say greeting "Welcome to Acme."
            menu 1=sales 2=support
            sales:
            record start
            say recording-notice "This call is recorded for training purposes."
            transfer sales-queue
            support:
            transfer support-queue
          `),
        },
        expect: [`${IVR} announcement-after-recording 5:1-5:13 before-notice`],
      },
      {
        name: 'the fall-through of a menu (no key) skips the notice',
        files: {
          [P]: withAnnouncement(script()),
          [IVR]: dedent(`
            lang en
            menu 1=told
            record start
            hangup
            told:
            say recording-notice "This call is recorded for training purposes."
            record start
            hangup
          `),
        },
        expect: [`${IVR} announcement-after-recording 3:1-3:13 before-notice`],
      },
      {
        name: 'a goto jumps over the notice',
        files: {
          [P]: withAnnouncement(script('recording-notice')),
          [IVR]: dedent(`
            lang en
            goto main
            say recording-notice "This call is recorded for training purposes."
            main:
            record start
            hangup
          `),
        },
        expect: [`${IVR} announcement-after-recording 5:1-5:13 before-notice`],
      },
    ],
    valid: [
      {
        // The Danish branch's prompt is in a language reclint cannot read: it may be that branch's notice.
        name: 'a branch plays a prompt reclint cannot read (lang da) before `record start`: not reported',
        files: {
          [P]: withAnnouncement(script()).replace('[en]', '[da, en]'),
          [IVR]: dedent(`
            lang en
            say choose "For Danish, press 1."
            menu 1=da
            say notice "This call is recorded for training purposes."
            record start
            hangup
            da:
            lang da
            say meddelelse "Samtalen optages til undervisning af vores medarbejdere."
            record start
            hangup
          `),
        },
      },
      ...AFTER_RECORDING_ON_FLOWS.valid,
      {
        name: 'the notice on every way in',
        files: {
          [P]: withAnnouncement(script('recording-notice')),
          [IVR]: dedent(`
            lang en
            say recording-notice "This call is recorded for training purposes."
            menu 1=sales 2=support
            sales:
            record start
            transfer sales-queue
            support:
            record start
            transfer support-queue
          `),
        },
      },
      {
        name: 'code after `hangup` that no path reaches does not count',
        files: {
          [P]: withAnnouncement(script('recording-notice')),
          [IVR]: dedent(`
            lang en
            say recording-notice "This call is recorded for training purposes."
            record start
            hangup
            record start
          `),
        },
      },
      { name: 'an inline text has no call flow', files: { [P]: withAnnouncement(text('This call is recorded for training purposes.')) } },
    ],
  },

  {
    rule: 'purpose-not-announced',
    invalid: [
      {
        name: 'declared purposes the notice does not name: warning when related, error when not; at the `purpose` values',
        files: {
          [P]: withAnnouncement(
            text('This call is recorded for training purposes.'),
            [
              '      - purpose: quality-assurance',
              '        legal_basis: legitimate-interests',
              '        balancing_test: docs/lia.md',
              '        retention: { max: P30D }',
              '      - purpose: evidence',
              '        legal_basis: contract',
              '        retention: { max: P2Y }',
            ].join('\n'),
          ),
        },
        expect: [`${P} purpose-not-announced 15:18-15:35 related`, `${P} purpose-not-announced 19:18-19:26 unrelated`],
        severities: { [`${P} purpose-not-announced 15:18-15:35 related`]: 'warning', [`${P} purpose-not-announced 19:18-19:26 unrelated`]: 'error' },
      },
      {
        name: 'a processor purpose that is used but neither declared nor announced: at the first use',
        files: {
          [P]: withAnnouncement(
            text('This call is recorded for training purposes.'),
            ['    processors:', '      - name: TelcoNet', '        purpose: troubleshooting', '        agreement: docs/dpa.pdf'].join('\n'),
          ),
        },
        expect: [`${P} purpose-not-announced 17:18-17:33 unrelated`],
      },
      {
        name: 'one finding per language whose notices lack the purpose (Dutch callers, on their own menu path, are not told)',
        files: {
          [P]: withAnnouncement(script(), ['      - purpose: complaint-handling', '        legal_basis: legitimate-interests', '        balancing_test: docs/lia.md', '        retention: { max: P1Y }'].join('\n')).replace(
            '[en]',
            '[nl, en]',
          ),
          [IVR]: dedent(`
            lang nl
            say melding "Dit gesprek wordt opgenomen voor trainingsdoeleinden. For English, press 9."
            menu 9=english
            record start
            transfer service-nl
            english:
            lang en
            say notice "This call is recorded for training purposes and for complaint handling."
            record start
            transfer service-en
          `),
        },
        // Dutch callers never hear "complaint handling": one finding, for nl (rules.md: per recording, purpose and language).
        expect: [`${P} purpose-not-announced 13:18-13:36 unrelated`],
      },
    ],
    valid: [
      {
        name: 'every declared and used purpose is announced',
        files: { [P]: withAnnouncement(text('This call is recorded for training purposes.'), '    uses:\n      - purpose: staff-training\n        by: [team-leads]') },
      },
      {
        name: 'no notice rule runs when the script cannot be read (script-not-found says it all)',
        files: { [P]: withAnnouncement(script(), '      - purpose: evidence\n        legal_basis: contract\n        retention: { max: P2Y }') },
      },
      {
        name: 'no notice rule runs when the notice denies recording',
        files: { [P]: withAnnouncement(text('This call is not recorded.'), '      - purpose: evidence\n        legal_basis: contract\n        retention: { max: P2Y }') },
      },
      {
        name: '`mode: none`',
        files: { [P]: withAnnouncement(text('Welcome.'), '      - purpose: evidence\n        legal_basis: contract\n        retention: { max: P2Y }').replace('mode: all', 'mode: none') },
      },
      {
        // A misspelt or undeclared id names no purpose a notice could announce: unknown-purpose says it all.
        name: 'an unknown purpose id, declared or used, is not compared with the notice',
        files: {
          [P]: withAnnouncement(
            text('This call is recorded for training purposes.'),
            ['      - purpose: complaint-handeling', '        legal_basis: contract', '        retention: { max: P1Y }', '    uses:', '      - purpose: staff-training', '      - purpose: route-optimisation'].join('\n'),
          ),
        },
      },
    ],
  },

  {
    rule: 'use-undeclared-purpose',
    severity: 'error',
    invalid: [
      {
        name: 'a use names a purpose the recording does not declare: at that use',
        files: {
          [P]: withAnnouncement(
            text('This call is recorded for training purposes and as evidence of what we agree.'),
            ['    uses:', '      - purpose: staff-training', '        by: [team-leads]', '      - purpose: evidence', '        by: [legal]'].join('\n'),
          ),
        },
        expect: [`${P} use-undeclared-purpose 18:18-18:26 undeclared`],
      },
      {
        name: "a processor's purpose is a use",
        files: {
          [P]: withAnnouncement(
            text('This call is recorded for training purposes and to find technical faults.'),
            ['    processors:', '      - name: TelcoNet', '        purpose: troubleshooting', '        agreement: docs/dpa.pdf'].join('\n'),
          ),
        },
        expect: [`${P} use-undeclared-purpose 17:18-17:33 undeclared`],
      },
    ],
    valid: [
      {
        name: 'uses of declared purposes only',
        files: { [P]: withAnnouncement(text('This call is recorded for training purposes.'), '    uses:\n      - purpose: staff-training\n        by: [team-leads]') },
      },
      {
        name: '`mode: none`',
        files: { [P]: withAnnouncement(text('Welcome.'), '    uses:\n      - purpose: evidence\n        by: [legal]').replace('mode: all', 'mode: none') },
      },
    ],
  },

  {
    rule: 'vague-purpose',
    severity: 'warning',
    invalid: [
      {
        name: '"quality purposes": at the vague words',
        files: { [P]: withAnnouncement(text('This call may be recorded for training and quality purposes.')) },
        expect: [`${P} vague-purpose 8:57-8:73 vague`],
      },
      {
        name: 'Dutch "kwaliteitsdoeleinden" beside a specific purpose, in the script',
        files: {
          [P]: withAnnouncement(script('melding')).replace('[en]', '[nl]'),
          [IVR]: dedent(`
            lang nl
            say melding "Dit gesprek wordt opgenomen voor trainings- en kwaliteitsdoeleinden."
            record start
          `),
        },
        expect: [`${IVR} vague-purpose 2:61-2:81 vague`],
      },
      {
        name: '"administrative purposes" names no purpose at all, and is vague',
        files: { [P]: withAnnouncement(text('This call is recorded for training and administrative purposes.')) },
        expect: [`${P} vague-purpose 8:53-8:76 vague`],
      },
    ],
    valid: [
      { name: 'specific purposes only', files: { [P]: withAnnouncement(text('This call is recorded for training purposes.')) } },
      { name: '"to improve our service" says what the quality work is', files: { [P]: withAnnouncement(text('This call is recorded for training purposes and to improve our service.')) } },
    ],
  },

  {
    rule: 'announcement-language-missing',
    severity: 'warning',
    invalid: [
      {
        name: 'a language in `languages` with no notice in the script: at that language',
        files: {
          [P]: withAnnouncement(script()).replace('[en]', '[nl, en]'),
          [IVR]: dedent(`
            lang nl
            say melding "Dit gesprek wordt opgenomen voor trainingsdoeleinden."
            record start
          `),
        },
        expect: [`${P} announcement-language-missing 3:17-3:19 no-notice`],
      },
      {
        name: 'block-style list',
        files: {
          [P]: withAnnouncement(script()).replace('languages: [en]', 'languages:\n  - en\n  - de'),
          [IVR]: GOOD_IVR,
        },
        expect: [`${P} announcement-language-missing 5:5-5:7 no-notice`],
      },
      {
        // Inline text has `announcement.language` (or the first of `languages`); there is no script to add a prompt to.
        name: 'an inline text in one language: at the other language, and the message says to add it to the text',
        files: { [P]: withAnnouncement(text('Dit gesprek wordt opgenomen voor trainingsdoeleinden.', 'nl')).replace('[en]', '[nl, en]') },
        expect: [`${P} announcement-language-missing 3:17-3:19 no-notice-text`],
      },
    ],
    valid: [
      {
        // reclint reads nl, en, de, fr and es: a Danish prompt may be the Danish notice, reclint cannot tell.
        name: 'the script speaks the language in words reclint cannot read (lang da): not reported',
        files: {
          [P]: withAnnouncement(script()).replace('[en]', '[da, en]'),
          [IVR]: dedent(`
            lang da
            say meddelelse "Samtalen optages til undervisning af vores medarbejdere."
            lang en
            say notice "This call is recorded for training purposes."
            record start
          `),
        },
      },
      {
        name: 'a notice in every language',
        files: {
          [P]: withAnnouncement(script()).replace('[en]', '[nl, en]'),
          [IVR]: dedent(`
            lang nl
            say melding "Dit gesprek wordt opgenomen voor trainingsdoeleinden."
            lang en
            say notice "This call is recorded for training purposes."
            record start
          `),
        },
      },
      { name: 'one language, one notice', files: { [P]: withAnnouncement(script()), [IVR]: GOOD_IVR } },
      { name: 'the script cannot be read: not run', files: { [P]: withAnnouncement(script()).replace('[en]', '[nl, en]') } },
    ],
  },

  {
    rule: 'purpose-unused',
    severity: 'hint',
    invalid: [
      {
        name: 'a declared purpose no use names, when `uses` is given: at the `purpose` value',
        files: {
          [P]: withAnnouncement(
            text('This call is recorded for training purposes and for complaint handling.'),
            [
              '      - purpose: complaint-handling',
              '        legal_basis: legitimate-interests',
              '        balancing_test: docs/lia.md',
              '        retention: { max: P1Y }',
              '    uses:',
              '      - purpose: staff-training',
              '        by: [team-leads]',
            ].join('\n'),
          ),
        },
        expect: [`${P} purpose-unused 15:18-15:36 unused`],
      },
    ],
    valid: [
      {
        name: 'without `uses` the declared purposes are the uses',
        files: { [P]: withAnnouncement(text('This call is recorded for training purposes.')) },
      },
      {
        name: "a processor's purpose counts as a use",
        files: {
          [P]: withAnnouncement(
            text('This call is recorded for training purposes.'),
            [
              '      - purpose: troubleshooting',
              '        legal_basis: legitimate-interests',
              '        balancing_test: docs/lia.md',
              '        retention: { max: P7D }',
              '    uses:',
              '      - purpose: staff-training',
              '        by: [team-leads]',
              '    processors:',
              '      - name: TelcoNet',
              '        purpose: troubleshooting',
              '        agreement: docs/dpa.pdf',
            ].join('\n'),
          ),
        },
      },
    ],
  },
];

runCases('announcement', ANNOUNCEMENT_CASES);
