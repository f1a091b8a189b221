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
const connect = (actions: string[], start = 'a') => `{\n  "Version": "2019-10-30",\n  "StartAction": "${start}",\n  "Actions": [\n${actions.map((a) => `    ${a}`).join(',\n')}\n  ]\n}\n`;
const say = (id: string, text: string, next?: string) => `{ "Identifier": "${id}", "Type": "MessageParticipant", "Parameters": { "Text": "${text}" }, "Transitions": {${next ? ` "NextAction": "${next}"` : ''} } }`;
const bye = (id: string) => `{ "Identifier": "${id}", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {} }`;

export const FLOWS_CASES: RuleCases[] = [
  {
    rule: 'flow-syntax',
    severity: 'error',
    also: ['announcement-no-recording-mention', 'flow-target-unresolved'],
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
        expect: [`${C} flow-target-unresolved 6:34-6:48 unknown-type`, `${C} flow-target-unresolved 8:85-8:144 reference`],
      },
      {
        name: 'TwiML: a <Redirect> at its URL',
        files: { [P]: policy('flows/main.twiml'), [T]: `<Response>\n  <Say>${NOTICE}</Say>\n  <Redirect>https://ivr.example.com/next.xml</Redirect>\n</Response>\n` },
        expect: [`${T} flow-target-unresolved 3:13-3:45 reference`],
      },
    ],
    valid: [
      { name: 'published actions that play nothing pass silently', files: { [P]: policy('flows/main.json'), [C]: connect([say('a', NOTICE, 'u'), '{ "Identifier": "u", "Type": "UpdateContactAttributes", "Parameters": {}, "Transitions": { "NextAction": "b" } }', bye('b')]) } },
      { name: 'status callbacks are not control', files: { [P]: policy('flows/main.twiml'), [T]: `<Response><Say>${NOTICE}</Say><Dial record="record-from-answer" recordingStatusCallback="/hooks/rec">+3120</Dial></Response>\n` } },
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
    ],
    valid: [
      { name: 'a readable notice beside audio prompts', files: { [P]: policy('flows/main.twiml'), [T]: `<Response><Play>https://cdn.example.com/music.mp3</Play><Say>${NOTICE}</Say></Response>\n` } },
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
    ],
    valid: [
      { name: 'speech only, barge-in off', files: { [P]: policy('flows/main.twiml'), [T]: `<Response><Gather input="speech" bargeIn="false"><Say>${NOTICE}</Say></Gather></Response>\n` } },
      { name: 'the notice before the Gather', files: { [P]: policy('flows/main.twiml'), [T]: `<Response><Say>${NOTICE}</Say><Gather><Say>Press 1.</Say></Gather></Response>\n` } },
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
