/**
 * Rule cases, call flows (ivr-formats.md §4): flows that do not parse, references not followed, notices
 * that cannot be read or can be cut off, and analytics the policy does not declare. Built from the spec's
 * table (§4.9) and sections, not from the implementation.
 */
import { type RuleCases, P, runCases } from './kit';

const HEAD = 'policy: 1\ncontroller: Acme\nlanguages: [en]\n';
const TRAINING = '      - purpose: staff-training\n        legal_basis: consent\n        consent: { mechanism: verbal }\n        retention: { max: P3M }\n';
/** A policy whose one recording's notice is the flow at `script` (with extra announcement keys). */
const policy = (script: string, ann = '', purposes = TRAINING, extra = '') =>
  `${HEAD}recordings:\n  - id: line\n    mode: all\n    employees_informed: true\n    announcement:\n      script: ${script}\n${ann}${extra}    purposes:\n${purposes}`;

const C = 'flows/main.json';
const T = 'flows/main.twiml';
const S = 'flows/studio.json';
const NOTICE = 'This call is recorded for training purposes.';
const A = 'flows/extensions.conf';
const Y = 'flows/flow.yaml';
const V = 'flows/main.vxml';
const F = 'flows/dialplan.xml';
const L = 'flows/sounds-en.txt';
const archy = (body: string) => `inboundCall:\n  name: Line\n  defaultLanguage: en-gb\n  startUpRef: "/inboundCall/menus/menu[m]"\n${body}`;
const vxml = (body: string) => `<?xml version="1.0"?>\n<vxml version="2.1" xmlns="http://www.w3.org/2001/vxml" xml:lang="en-GB">\n${body}\n</vxml>\n`;
const fsx = (body: string) => `<include>\n  <context name="main">\n${body}\n  </context>\n</include>\n`;
const connect = (actions: string[], start = 'a') => `{\n  "Version": "2019-10-30",\n  "StartAction": "${start}",\n  "Actions": [\n${actions.map((a) => `    ${a}`).join(',\n')}\n  ]\n}\n`;
const say = (id: string, text: string, next?: string) => `{ "Identifier": "${id}", "Type": "MessageParticipant", "Parameters": { "Text": "${text}" }, "Transitions": {${next ? ` "NextAction": "${next}"` : ''} } }`;
const bye = (id: string) => `{ "Identifier": "${id}", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {} }`;

export const FLOWS_CASES: RuleCases[] = [
  {
    rule: 'flow-syntax',
    severity: 'error',
    also: ['announcement-no-recording-mention', 'flow-target-unresolved', 'flow-entry-assumed'],
    invalid: [
      {
        name: 'JSON with a missing value: at the first error, and no other finding from the file or its notice',
        files: { [P]: policy('flows/main.json'), [C]: '{\n  "StartAction": "a",\n  "Actions": [ , ]\n}\n' },
        expect: [`${C} flow-syntax 3:16-3:17 syntax`],
      },
      {
        name: 'a duplicate key in a Connect action: at the second key',
        files: { [P]: policy('flows/main.json'), [C]: connect([`{ "Identifier": "a", "Type": "MessageParticipant", "Type": "Wait", "Parameters": {}, "Transitions": {} }`]) },
        expect: [`${C} flow-syntax 5:56-5:62 syntax`],
      },
      {
        name: 'TwiML with a bare ampersand: at the &',
        files: { [P]: policy('flows/main.twiml'), [T]: '<Response>\n  <Say>Sales & service. This call is recorded.</Say>\n</Response>\n' },
        expect: [`${T} flow-syntax 2:14-2:15 syntax`],
      },
      {
        name: 'an end tag that closes the wrong element',
        files: { [P]: policy('flows/main.twiml'), [T]: '<Response>\n  <Gather><Say>Press 1.</Gather>\n</Response>\n' },
        expect: [`${T} flow-syntax 2:24-2:33 syntax`],
      },
      {
        name: 'Archy YAML: a key written twice, at the second',
        files: { [P]: policy(Y, '      recording_starts: agent-connect\n'), [Y]: archy('  menus: []\n  menus: []\n') },
        expect: [`${Y} flow-syntax 6:3-6:8 syntax`],
      },
      {
        name: 'Asterisk: a line that is no dialplan line, at that line',
        files: { [P]: policy(A), [A]: '[in]\nexten => s,1,Playback(notice)\nexten s 2 Hangup\n' },
        expect: [`${A} flow-syntax 3:1-3:17 syntax`],
      },
      {
        name: 'Asterisk: unbalanced parentheses, at the application',
        files: { [P]: policy(A), [A]: '[in]\nexten => s,1,Playback(notice\n' },
        expect: [`${A} flow-syntax 2:14-2:29 syntax`],
      },
      {
        name: 'a transcript list: each bad line, the rest of the list counts',
        files: { [P]: policy(A, '      transcripts: flows/sounds-en.txt\n'), [A]: '[in]\nexten => s,1,Playback(notice)\n same => n,MixMonitor(x.wav)\n', [L]: `lang: en\nnotice: ${NOTICE}\nno colon here\nnotice: again\n` },
        expect: [`${L} flow-syntax 3:1-3:14 line`, `${L} flow-syntax 4:1-4:7 line`, `${P} flow-entry-assumed 9:15-9:36 assumed`],
      },
    ],
    valid: [
      { name: 'a well-formed TwiML document with a DOCTYPE', files: { [P]: policy('flows/main.twiml'), [T]: `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE Response>\n<Response><Say>${NOTICE}</Say><Hangup/></Response>\n` } },
    ],
  },
  {
    rule: 'flow-target-unresolved',
    severity: 'info',
    invalid: [
      {
        name: 'Connect: a transfer to another flow and an unpublished action type, each once',
        files: {
          [P]: policy('flows/main.json'),
          [C]: connect([say('a', NOTICE, 'x'), '{ "Identifier": "x", "Type": "CustomWidget", "Parameters": {}, "Transitions": { "NextAction": "y" } }', '{ "Identifier": "y", "Type": "CustomWidget", "Parameters": {}, "Transitions": { "NextAction": "f" } }', '{ "Identifier": "f", "Type": "TransferToFlow", "Parameters": { "ContactFlowId": "arn:aws:connect:eu-central-1:1:instance/0/contact-flow/77" }, "Transitions": {} }']),
        },
        expect: [`${C} flow-target-unresolved 6:34-6:48 unknown-type`, `${C} flow-target-unresolved 8:85-8:144 flow-id-unmapped`],
      },
      {
        name: 'Connect: a transfer to a flow id that flows.ids maps to a file that is not there',
        options: { flows: { ids: [{ key: '77', file: 'flows/facturen.json', from: '.reclintrc.yaml' }] } },
        files: { [P]: policy('flows/main.json'), [C]: connect([say('a', NOTICE, 'f'), '{ "Identifier": "f", "Type": "TransferToFlow", "Parameters": { "ContactFlowId": "arn:aws:connect:eu-central-1:1:instance/0/contact-flow/77" }, "Transitions": {} }']) },
        expect: [`${C} flow-target-unresolved 6:85-6:144 file-unreadable`],
      },
      {
        name: 'TwiML: a <Gather action> to a document that is not in the workspace, at its value',
        files: { [P]: policy('flows/main.twiml'), [T]: `<Response>\n  <Say>${NOTICE}</Say>\n  <Gather action="keuze.twiml"><Say>Press 1.</Say></Gather>\n</Response>\n` },
        expect: [`${T} flow-target-unresolved 3:19-3:30 file-unreadable`],
      },
      {
        name: 'TwiML: a reference past flows.max_files, naming the budget',
        options: { flows: { maxFiles: 2 } },
        files: {
          [P]: policy('flows/main.twiml'),
          [T]: `<Response>\n  <Say>${NOTICE}</Say>\n  <Redirect>b.twiml</Redirect>\n</Response>\n`,
          'flows/b.twiml': '<Response>\n  <Redirect>c.twiml</Redirect>\n</Response>\n',
          'flows/c.twiml': '<Response><Hangup/></Response>\n',
        },
        expect: ['flows/b.twiml flow-target-unresolved 2:13-2:20 max-files'],
      },
      {
        name: 'TwiML: a reference past flows.max_bytes',
        options: { flows: { maxBytes: 200 } },
        files: {
          [P]: policy('flows/main.twiml'),
          [T]: `<Response>\n  <Say>${NOTICE}</Say>\n  <Redirect>b.twiml</Redirect>\n</Response>\n`,
          'flows/b.twiml': `<Response><Say>${'x'.repeat(200)}</Say></Response>\n`,
        },
        expect: [`${T} flow-target-unresolved 3:13-3:20 max-bytes`],
      },
      {
        name: 'TwiML: a <Redirect> at its URL',
        files: { [P]: policy('flows/main.twiml'), [T]: `<Response>\n  <Say>${NOTICE}</Say>\n  <Redirect>https://ivr.example.com/next.xml</Redirect>\n</Response>\n` },
        expect: [`${T} flow-target-unresolved 3:13-3:45 url-unmapped`],
      },
      {
        name: 'Archy: an action type §5.4 does not list, once per file; a reference to a menu the flow does not have',
        files: { [P]: policy(Y, '      recording_starts: agent-connect\n'), [Y]: archy(`  initialGreeting:\n    tts: ${NOTICE}\n  menus:\n    - menu:\n        refId: m\n        choices:\n          - menuJumpToMenu:\n              dtmf: digit_1\n              targetMenuRef: /inboundCall/menus/menu[x]\n  tasks:\n    - task:\n        refId: t\n        actions:\n          - updateData:\n              name: a\n          - updateData:\n              name: b\n`) },
        expect: [`${Y} flow-target-unresolved 13:30-13:56 reference`, `${Y} flow-target-unresolved 18:13-18:23 unknown-type`],
      },
      {
        name: 'Asterisk: a Goto into a context the file does not define, and a computed one',
        files: { [P]: policy(A, '      entry: in\n'), [A]: `[in]\nexten => s,1,Festival(${NOTICE})\n same => n,GotoIf($[\${X}=1]?other,s,1)\n same => n,Goto(\${NEXT})\n` },
        expect: [`${A} flow-target-unresolved 3:29-3:38 reference`, `${A} flow-target-unresolved 4:17-4:24 reference`],
      },
      {
        name: 'FreeSWITCH: a transfer no extension matches',
        files: { [P]: policy(F, '      entry: main\n'), [F]: fsx(`<extension name="in"><condition field="destination_number" expression="^100$"><action application="speak" data="${NOTICE}"/><action application="transfer" data="sales-\${x} XML main"/></condition></extension>`) },
        expect: [`${F} flow-target-unresolved 3:197-3:216 reference`],
      },
    ],
    valid: [
      { name: 'published actions that play nothing pass silently', files: { [P]: policy('flows/main.json'), [C]: connect([say('a', NOTICE, 'u'), '{ "Identifier": "u", "Type": "UpdateContactAttributes", "Parameters": {}, "Transitions": { "NextAction": "b" } }', bye('b')]) } },
      { name: 'status callbacks are not control', files: { [P]: policy('flows/main.twiml'), [T]: `<Response><Say>${NOTICE}</Say><Dial record="record-from-answer" recordingStatusCallback="/hooks/rec">+3120</Dial></Response>\n` } },
      {
        name: 'TwiML: relative references into workspace files are followed, a three-document cycle ends',
        files: {
          [P]: policy('flows/main.twiml'),
          [T]: `<Response>\n  <Say>${NOTICE}</Say>\n  <Gather action="menu/keuze.twiml?step=1"><Say>Press 1.</Say></Gather>\n  <Redirect method="POST">wacht.twiml</Redirect>\n</Response>\n`,
          'flows/menu/keuze.twiml': '<Response><Redirect>../wacht.twiml</Redirect></Response>\n',
          'flows/wacht.twiml': '<Response><Redirect>main.twiml</Redirect></Response>\n',
        },
      },
      {
        name: 'TwiML: an absolute URL through flows.url_base',
        options: { flows: { urlBase: [{ prefix: 'https://ivr.example.com/', folder: 'flows/', from: '.reclintrc.yaml' }] } },
        files: { [P]: policy('flows/main.twiml'), [T]: `<Response>\n  <Say>${NOTICE}</Say>\n  <Redirect>https://ivr.example.com/next.xml</Redirect>\n</Response>\n`, 'flows/next.xml': '<Response><Hangup/></Response>\n' },
      },
      {
        name: 'Connect: TransferToFlow through flows.ids, by the ARN\'s last segment',
        options: { flows: { ids: [{ key: '77', file: 'flows/facturen.json', from: '.reclintrc.yaml' }] } },
        files: {
          [P]: policy('flows/main.json'),
          [C]: connect([say('a', NOTICE, 'f'), '{ "Identifier": "f", "Type": "TransferToFlow", "Parameters": { "ContactFlowId": "arn:aws:connect:eu-central-1:1:instance/0/contact-flow/77" }, "Transitions": {} }']),
          'flows/facturen.json': connect([bye('z')], 'z'),
        },
      },
      {
        name: 'a referenced file that does not parse keeps its own flow-syntax finding only',
        files: { [P]: policy('flows/main.twiml'), [T]: `<Response>\n  <Say>${NOTICE}</Say>\n  <Redirect>b.twiml</Redirect>\n</Response>\n`, 'flows/b.twiml': '<Response><Say>x</Response>\n' },
      },
    ],
  },
  {
    rule: 'notice-audio-untranscribed',
    severity: 'info',
    also: ['announcement-no-recording-mention', 'purpose-not-announced'],
    invalid: [
      {
        name: 'no readable prompt mentions recording, two audio prompts: one finding at the first, the notice rules stand down',
        files: { [P]: policy('flows/main.twiml'), [T]: '<Response>\n  <Play>https://cdn.example.com/welcome.mp3</Play>\n  <Play>https://cdn.example.com/notice.mp3</Play>\n  <Dial record="record-from-answer">+3120</Dial>\n</Response>\n' },
        expect: [`${T} notice-audio-untranscribed 2:9-2:44 audio`],
      },
      {
        name: 'the named notice is an audio prompt id: at its value',
        files: { [P]: policy('flows/main.json', '      prompt: melding\n'), [C]: connect(['{ "Identifier": "melding", "Type": "MessageParticipant", "Parameters": { "PromptId": "arn:aws:connect:eu-central-1:1:instance/0/prompt/opname" }, "Transitions": {} }'], 'melding') },
        expect: [`${C} notice-audio-untranscribed 5:90-5:147 named-audio`],
      },
      {
        name: 'Asterisk without a transcript list: at the first sound file',
        files: { [P]: policy(A, '      entry: in\n'), [A]: '[in]\nexten => s,1,Playback(welcome&notice)\n same => n,MixMonitor(x.wav)\n' },
        expect: [`${A} notice-audio-untranscribed 2:23-2:30 audio`],
      },
      {
        name: 'Asterisk: the notice named by its sound file, which no list transcribes',
        files: { [P]: policy(A, '      entry: in\n      prompt: notice\n      transcripts: flows/sounds-en.txt\n'), [A]: '[in]\nexten => s,1,Playback(welcome&notice)\n', [L]: 'welcome: Welcome.\n' },
        expect: [`${A} notice-audio-untranscribed 2:31-2:37 named-audio`],
      },
    ],
    valid: [
      { name: 'a readable notice beside audio prompts', files: { [P]: policy('flows/main.twiml'), [T]: `<Response><Play>https://cdn.example.com/music.mp3</Play><Say>${NOTICE}</Say></Response>\n` } },
      { name: 'Asterisk: the sound files transcribed by the list (by name without extension)', files: { [P]: policy(A, '      entry: in\n      transcripts: flows/sounds-en.txt\n'), [A]: '[in]\nexten => s,1,Playback(en/welcome.wav&notice)\n', [L]: `welcome: Welcome.\nnotice: ${NOTICE}\n` } },
      { name: 'VoiceXML: audio with fallback text is read', files: { [P]: policy(V), [V]: vxml(`<form id="f"><block><prompt bargein="false"><audio src="n.wav">${NOTICE}</audio></prompt></block></form>`) } },
    ],
  },
  {
    rule: 'notice-dynamic',
    severity: 'info',
    also: ['announcement-no-recording-mention'],
    invalid: [
      {
        name: 'the only prompt is an attribute: at its text',
        files: { [P]: policy('flows/main.json'), [C]: connect([say('a', '$.Attributes.notice')]) },
        expect: [`${C} notice-dynamic 5:80-5:101 dynamic`],
      },
    ],
    valid: [
      { name: 'a partly dynamic notice is read as usual', files: { [P]: policy('flows/main.json'), [C]: connect([say('a', 'Welcome to $.Attributes.brand. This call is recorded for training purposes.')]) } },
    ],
  },
  {
    rule: 'notice-interruptible',
    severity: 'warning',
    invalid: [
      {
        name: 'TwiML: the notice inside a <Gather> that takes keys',
        files: { [P]: policy('flows/main.twiml'), [T]: `<Response>\n  <Gather numDigits="1">\n    <Say>${NOTICE} Press 1 for sales.</Say>\n  </Gather>\n</Response>\n` },
        expect: [`${T} notice-interruptible 3:10-3:73 interruptible`],
      },
      {
        name: 'Connect: the notice in a GetParticipantInput prompt',
        files: { [P]: policy('flows/main.json'), [C]: connect([`{ "Identifier": "a", "Type": "GetParticipantInput", "Parameters": { "Text": "${NOTICE}" }, "Transitions": { "NextAction": "b" } }`, bye('b')]) },
        expect: [`${C} notice-interruptible 5:81-5:127 interruptible`],
      },
      {
        name: 'VoiceXML: a notice prompt with barge-in (the default)',
        files: { [P]: policy(V), [V]: vxml(`<form id="f"><block><prompt>${NOTICE}</prompt></block></form>`) },
        expect: [`${V} notice-interruptible 3:29-3:73 interruptible`],
      },
      {
        name: 'Asterisk: a notice played by Background (a key cuts it off), read from the transcript list',
        files: { [P]: policy(A, '      entry: in\n      transcripts: flows/sounds-en.txt\n'), [A]: '[in]\nexten => s,1,Background(notice)\n same => n,WaitExten(5)\n', [L]: `notice: ${NOTICE}\n` },
        expect: [`${A} notice-interruptible 2:25-2:31 interruptible`],
      },
      {
        name: 'Archy: the notice in a menu\'s audio',
        files: { [P]: policy(Y, '      recording_starts: agent-connect\n'), [Y]: archy(`  menus:\n    - menu:\n        refId: m\n        audio:\n          tts: ${NOTICE}\n        choices: []\n`) },
        expect: [`${Y} notice-interruptible 9:16-9:60 interruptible`],
      },
    ],
    valid: [
      { name: 'speech only, barge-in off', files: { [P]: policy('flows/main.twiml'), [T]: `<Response><Gather input="speech" bargeIn="false"><Say>${NOTICE}</Say></Gather></Response>\n` } },
      { name: 'the notice before the Gather', files: { [P]: policy('flows/main.twiml'), [T]: `<Response><Say>${NOTICE}</Say><Gather><Say>Press 1.</Say></Gather></Response>\n` } },
      { name: 'VoiceXML: bargein="false" on the prompt', files: { [P]: policy(V), [V]: vxml(`<form id="f"><block><prompt bargein="false">${NOTICE}</prompt></block></form>`) } },
      { name: 'FreeSWITCH: playback_terminators=none before the notice', files: { [P]: policy(F, '      entry: main\n'), [F]: fsx(`<extension name="in"><condition field="destination_number" expression="^1$"><action application="set" data="playback_terminators=none"/><action application="speak" data="${NOTICE}"/></condition></extension>`) } },
      { name: 'Asterisk: Playback plays in full', files: { [P]: policy(A, '      entry: in\n'), [A]: `[in]\nexten => s,1,Festival(${NOTICE})\n` } },
    ],
  },
  {
    rule: 'flow-analytics-undeclared',
    severity: 'error',
    invalid: [
      {
        name: 'Contact Lens with sentiment: one finding at `Enabled`, naming both purposes',
        files: {
          [P]: policy('flows/main.json'),
          [C]: connect([say('a', NOTICE, 'r'), '{ "Identifier": "r", "Type": "UpdateContactRecordingBehavior", "Parameters": { "RecordingBehavior": { "RecordedParticipants": ["Agent", "Customer"] }, "AnalyticsBehavior": { "Enabled": "True" } }, "Transitions": { "NextAction": "q" } }', '{ "Identifier": "q", "Type": "TransferContactToQueue", "Parameters": {}, "Transitions": {} }']),
        },
        expect: [`${C} flow-analytics-undeclared 6:190-6:196 undeclared`],
      },
      {
        name: 'TwiML: a media stream with no processor',
        files: { [P]: policy('flows/main.twiml'), [T]: `<Response>\n  <Say>${NOTICE}</Say>\n  <Start><Stream url="wss://bot.example.com/audio"/></Start>\n</Response>\n` },
        expect: [`${T} flow-analytics-undeclared 3:11-3:17 stream`],
      },
    ],
    valid: [
      {
        name: 'Contact Lens with sentiment off, speech analytics declared',
        files: {
          [P]: policy('flows/main.json', '', `${TRAINING}      - purpose: speech-analytics\n        legal_basis: legitimate-interests\n        balancing_test: docs/lia.md\n        retention: { max: P3M }\n`),
          [C]: connect([say('a', 'This call is recorded for training and speech analytics.', 'r'), '{ "Identifier": "r", "Type": "UpdateContactRecordingBehavior", "Parameters": { "RecordingBehavior": { "RecordedParticipants": ["Agent", "Customer"] }, "AnalyticsBehavior": { "Enabled": "True", "SentimentConfiguration": { "Enabled": "False" } } }, "Transitions": {} }']),
        },
      },
      {
        name: 'a stream to a declared processor',
        files: { [P]: policy('flows/main.twiml', '', TRAINING, '    processors:\n      - name: Bot Ltd\n        purpose: staff-training\n        agreement: docs/dpa.md\n'), [T]: `<Response><Say>${NOTICE}</Say><Start><Stream url="wss://bot.example.com/audio"/></Start></Response>\n` },
      },
    ],
  },
  {
    rule: 'flow-entry-assumed',
    severity: 'info',
    invalid: [
      {
        name: 'Asterisk: every context with an `s` extension, not those entered by Gosub or Macro',
        files: { [P]: policy(A), [A]: `[in]\nexten => s,1,Festival(${NOTICE})\n same => n,Gosub(sub,s,1)\n[night]\nexten => s,1,Festival(${NOTICE})\n[sub]\nexten => s,1,Return()\n[macro-x]\nexten => s,1,MacroExit()\n` },
        expect: [`${P} flow-entry-assumed 9:15-9:36 assumed`],
      },
      {
        name: 'FreeSWITCH: the extensions no transfer reaches',
        files: { [P]: policy(F), [F]: fsx(`<extension name="in"><condition field="destination_number" expression="^100$"><action application="speak" data="${NOTICE}"/><action application="transfer" data="200 XML main"/></condition></extension>\n<extension name="two"><condition field="destination_number" expression="^200$"><action application="hangup"/></condition></extension>`) },
        expect: [`${P} flow-entry-assumed 9:15-9:33 assumed`],
      },
    ],
    valid: [
      { name: 'Asterisk with `entry`', files: { [P]: policy(A, '      entry: in\n'), [A]: `[in]\nexten => s,1,Festival(${NOTICE})\n` } },
      { name: 'FreeSWITCH with `entry: context,number`', files: { [P]: policy(F, '      entry: main,100\n'), [F]: fsx(`<extension name="in"><condition field="destination_number" expression="^100$"><action application="speak" data="${NOTICE}"/></condition></extension>`) } },
      { name: 'not a dialplan: no assumption to report', files: { [P]: policy('flows/main.twiml'), [T]: `<Response><Say>${NOTICE}</Say></Response>\n` } },
    ],
  },
];

/** script-not-found for transcript lists (§2): added to that rule's table in files.test.ts. */
export const TRANSCRIPTS_NOT_FOUND: Pick<RuleCases, 'valid' | 'invalid'> = {
    invalid: [
      {
        name: 'a transcript list that is no file (§2): at the path',
        files: { [P]: policy('flows/main.twiml', '      transcripts: [sounds/nl.txt, sounds/missing.txt]\n'), [T]: `<Response><Say>${NOTICE}</Say></Response>\n`, 'sounds/nl.txt': 'lang: nl\n' },
        expect: [`${P} script-not-found 10:36-10:54 transcripts`],
      },
    ],
    valid: [
      { name: 'a transcript list that exists', files: { [P]: policy('flows/main.twiml', '      transcripts: sounds/nl.txt\n'), [T]: `<Response><Say>${NOTICE}</Say></Response>\n`, 'sounds/nl.txt': 'lang: nl\n' } },
    ],
  };

/** announcement-after-recording on flows (§4.1): added to that rule's table in announcement.test.ts. */
export const AFTER_RECORDING_ON_FLOWS: Pick<RuleCases, 'valid' | 'invalid'> = {
    invalid: [
      {
        name: 'Studio: a record-call widget before the notice, at its record_call value',
        files: {
          [P]: policy('flows/studio.json'),
          [S]: '{\n  "initial_state": "Trigger",\n  "states": [\n    { "name": "Trigger", "type": "trigger", "transitions": [ { "event": "incomingCall", "next": "rec" } ] },\n    { "name": "rec", "type": "record-call", "transitions": [ { "event": "success", "next": "notice" } ], "properties": { "record_call": true } },\n    { "name": "notice", "type": "say-play", "transitions": [], "properties": { "say": "This call is recorded for training purposes." } }\n  ]\n}\n',
        },
        expect: [`${S} announcement-after-recording 5:137-5:141 flow-before-notice`],
      },
      {
        name: 'recording_starts: call-start: the greeting before the notice is the target, and the walk stops there',
        files: { [P]: policy('flows/main.json', '      recording_starts: call-start\n'), [C]: connect([say('a', 'Welcome to Acme.', 'b'), say('b', NOTICE, 'c'), bye('c')]) },
        expect: [`${C} announcement-after-recording 5:80-5:98 call-start`],
      },
      {
        name: 'recording_starts: call-start, stopped on one path: only the path still recorded reaches a target',
        files: {
          [P]: policy('flows/main.json', '      recording_starts: call-start\n'),
          [C]: connect([
            '{ "Identifier": "a", "Type": "Compare", "Parameters": {}, "Transitions": { "NextAction": "stop", "Conditions": [ { "NextAction": "late", "Condition": { "Operator": "Equals", "Operands": ["x"] } } ] } }',
            '{ "Identifier": "stop", "Type": "UpdateContactRecordingBehavior", "Parameters": { "RecordingBehavior": { "RecordedParticipants": [] } }, "Transitions": { "NextAction": "hello" } }',
            say('hello', 'Welcome to Acme.', 'n'),
            say('late', 'Please hold.', 'n'),
            say('n', NOTICE),
          ]),
        },
        expect: [`${C} announcement-after-recording 8:83-8:97 call-start`],
      },
      {
        name: 'recording_starts: agent-connect: a queue transfer before the notice',
        files: { [P]: policy('flows/main.json', '      recording_starts: agent-connect\n'), [C]: connect(['{ "Identifier": "a", "Type": "TransferContactToQueue", "Parameters": {}, "Transitions": { "Errors": [ { "NextAction": "n", "ErrorType": "QueueAtCapacity" } ] } }', say('n', NOTICE)]) },
        expect: [`${C} announcement-after-recording 5:34-5:58 flow-before-notice`],
      },
    ],
    valid: [
      {
        name: 'Connect: recording armed before the notice, started at a transfer after it',
        files: { [P]: policy('flows/main.json'), [C]: connect(['{ "Identifier": "a", "Type": "UpdateContactRecordingBehavior", "Parameters": { "RecordingBehavior": { "RecordedParticipants": ["Agent", "Customer"] } }, "Transitions": { "NextAction": "n" } }', say('n', NOTICE, 'q'), '{ "Identifier": "q", "Type": "TransferContactToQueue", "Parameters": {}, "Transitions": {} }']) },
      },
      {
        name: 'Connect: agent-only recording is no target',
        files: { [P]: policy('flows/main.json'), [C]: connect(['{ "Identifier": "a", "Type": "UpdateContactRecordingBehavior", "Parameters": { "RecordingBehavior": { "RecordedParticipants": ["Agent"] } }, "Transitions": { "NextAction": "q" } }', '{ "Identifier": "q", "Type": "TransferContactToQueue", "Parameters": {}, "Transitions": { "NextAction": "n" } }', say('n', NOTICE)]) },
      },
      { name: 'TwiML: <Record> asks for a message (caller audio), no target', files: { [P]: policy('flows/main.twiml'), [T]: `<Response><Record maxLength="30"/><Say>${NOTICE}</Say></Response>\n` } },
    ],
  };

runCases('call flows', FLOWS_CASES);
