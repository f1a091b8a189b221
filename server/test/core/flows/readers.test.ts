/**
 * The flow readers on their own: recognition by content, positions through decoding (every character of
 * a prompt maps to its source offset, checked against the decoded value of the parser), the syntax
 * checks of ivr-formats.md §4.7, and the steps each format's nodes become.
 */
import { strict as assert } from 'node:assert';
import { readFlow } from '../../../src/core/flows/read';
import { wordsIn } from '../../../src/core/flows/words';
import type { IvrScript, SayStep } from '../../../src/core/ivr/model';

function flow(uri: string, text: string): IvrScript {
  const r = readFlow(uri, text);
  assert.ok(r.ok, r.ok ? '' : wordsIn('en', r.detail));
  return r.script;
}
const says = (s: IvrScript) => s.steps.filter((x): x is SayStep => x.kind === 'say');
/** The source a range of a prompt's text came from: from its first character's offset to the next character's. */
function sourceOf(text: string, p: SayStep['prompt'], from: number, to: number): string {
  return text.slice(p.sourceOffsets[from], p.sourceOffsets[to]);
}

const connect = (actions: string, start = 'a') => `{"Version":"2019-10-30","StartAction":"${start}","Actions":[${actions}]}`;

describe('flow readers: recognition', () => {
  it('by content: Connect (both exports), Studio (bare and in its REST envelope), TwiML; .ivr by extension', () => {
    assert.equal(flow('x', connect('{"Identifier":"a","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}}')).format, 'connect');
    assert.equal(flow('x.json', '{"modules":[{"id":"a","type":"Disconnect","branches":[],"parameters":[]}],"start":"a"}').format, 'connect');
    const studio = '{"initial_state":"Trigger","states":[{"name":"Trigger","type":"trigger","transitions":[]}]}';
    assert.equal(flow('s.json', studio).format, 'studio');
    assert.equal(flow('s.json', `{"sid":"FW1","definition":${studio}}`).format, 'studio');
    assert.equal(flow('t.twiml', '<?xml version="1.0"?>\n<Response><Say>Hi</Say></Response>').format, 'twiml');
    assert.equal(flow('t.xml', '\uFEFF  <Response/>').format, 'twiml');
    assert.equal(flow('a.ivr', 'say "hi"\n').format, undefined);
  });

  it('a file of no shape reclint reads is not-a-script, naming the formats it reads', () => {
    for (const [uri, text] of [['p.json', '{"name":"x"}'], ['v.xml', '<document type="freeswitch/xml"><section name="configuration"/></document>'], ['p.xml', '<Response><Speak>Hi</Speak></Response>'], ['n.txt', 'hello']]) {
      const r = readFlow(uri, text);
      assert.equal(r.ok, false, uri);
      assert.match(r.ok ? '' : wordsIn('en', r.detail), /reclint reads `\.ivr` scripts, Amazon Connect flows/, uri);
    }
  });

  it('announcement.format wins over the content', () => {
    const r = readFlow('x.json', '{"initial_state":"T","states":[]}', 'connect');
    assert.equal(r.ok, false);
    assert.equal(readFlow('x.txt', 'say "hi"\n', 'ivr').ok, true);
  });
});

describe('flow readers: positions through decoding', () => {
  it('JSON escapes: \\" \\\\ \\n \\u00e9 and a surrogate pair map to their escape sequences', () => {
    const text = connect('{"Identifier":"a","Type":"MessageParticipant","Parameters":{"Text":"Say \\"caf\\u00e9\\"\\nnow \\ud83d\\ude00 ok"},"Transitions":{}}');
    const [p] = says(flow('x', text));
    assert.equal(p.prompt.text, 'Say "café" now 😀 ok');
    assert.equal(sourceOf(text, p.prompt, 4, 5), '\\"');
    assert.equal(sourceOf(text, p.prompt, 8, 9), '\\u00e9');
    assert.equal(sourceOf(text, p.prompt, 10, 11), '\\n', 'the line break folds to one space, at the escape');
    assert.equal(p.prompt.text.length + 1, p.prompt.sourceOffsets.length);
    assert.equal(sourceOf(text, p.prompt, 15, 17), '\\ud83d\\ude00');
    assert.equal(text.slice(p.anchor!.start, p.anchor!.end).startsWith('"Say'), true, 'the anchor is the string token with its quotes');
  });

  it('every character of a TwiML prompt maps into the file: entities, character references, CDATA, SSML', () => {
    const text = '<Response>\n  <Say language="en-GB">Calls &amp; <emphasis>messages</emphasis> are\n    recorded &#x2014; <![CDATA[for <training>]]><break/>now<sub alias="World Health Organization">WHO</sub>.<!-- c --></Say>\n</Response>';
    const [p] = says(flow('t.twiml', text));
    assert.equal(p.prompt.text, 'Calls & messages are recorded — for <training> nowWorld Health Organization.');
    assert.equal(p.source, 'ssml');
    assert.equal(p.lang, 'en');
    const at = (s: string) => p.prompt.text.indexOf(s);
    assert.equal(sourceOf(text, p.prompt, at('&'), at('&') + 1), '&amp;');
    assert.equal(text.slice(p.prompt.sourceOffsets[at('messages')], p.prompt.sourceOffsets[at('messages')] + 8), 'messages');
    assert.equal(sourceOf(text, p.prompt, at('—'), at('—') + 1), '&#x2014;');
    assert.equal(text.slice(p.prompt.sourceOffsets[at('<training>')], p.prompt.sourceOffsets[at('<training>')] + 10), '<training>');
    assert.equal(text[p.prompt.sourceOffsets[at('World')]], 'W', 'the alias maps to its own characters in the attribute');
    for (let i = 0; i < p.prompt.text.length; i++) assert.ok(p.prompt.sourceOffsets[i] >= 0 && p.prompt.sourceOffsets[i] < text.length);
    assert.equal(text.slice(p.anchor!.start, p.anchor!.end).slice(0, 5), 'Calls');
  });

  it('dynamic ranges: Connect $. paths, Studio Liquid (a block tag whole), TwiML Bin placeholders', () => {
    const c = says(flow('x', connect('{"Identifier":"a","Type":"MessageParticipant","Parameters":{"Text":"Hello $.Attributes.name, this call is recorded."},"Transitions":{}}')))[0];
    assert.deepEqual(c.dynamic!.map((d) => d.expr), ['$.Attributes.name']);
    const studio = '{"initial_state":"T","states":[{"name":"T","type":"trigger","transitions":[{"event":"incomingCall","next":"w"}]},{"name":"w","type":"say-play","transitions":[],"properties":{"say":"Welkom bij {{flow.data.merk}}. {% if x %}Extra{% endif %} Dit gesprek wordt opgenomen."}}]}';
    assert.deepEqual(says(flow('s.json', studio))[0].dynamic!.map((d) => d.expr), ['{{flow.data.merk}}', '{% if x %}Extra{% endif %}']);
    assert.deepEqual(says(flow('t.twiml', '<Response><Say>Hi {{name}}</Say></Response>'))[0].dynamic!.map((d) => d.expr), ['{{name}}']);
  });
});

describe('flow readers: syntax (flow-syntax)', () => {
  const err = (uri: string, text: string) => { const s = flow(uri, text); assert.equal(s.errors.length, 1, JSON.stringify(s.errors)); return { at: text.slice(s.errors[0].span.start), message: s.errors[0].message }; };

  it('JSON: the first parse error, a duplicate key at the second, nesting over 200 at the first level past it', () => {
    assert.match(err('x.json', '{"Actions": [ , ]}').message, /value is missing/);
    assert.ok(err('x.json', '{"a": 1, "b": {"c": 2, "c": 3}}').at.startsWith('"c": 3'));
    const deep = '['.repeat(10000) + ']'.repeat(10000);
    const e = err('x.json', deep);
    assert.equal(deep.length - e.at.length, 200);
  });

  it('XML: a bare & at the &, an entity of a DTD at its first reference (never expanded), 10,000-deep nesting, a foreign encoding', () => {
    assert.ok(err('t.twiml', '<Response><Say>Tom & Jerry</Say></Response>').at.startsWith('& Jerry'));
    const bomb = '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;">\n]>\n<Response><Say>&lol2;</Say></Response>';
    const e = err('t.twiml', bomb);
    assert.ok(e.at.startsWith('&lol2;</Say>'));
    assert.match(e.message, /never expands a DTD/);
    assert.ok(err('t.twiml', '<Response>' + '<Gather>'.repeat(10000) + '</Gather>'.repeat(10000) + '</Response>').message.includes('deeper than 200'));
    assert.match(err('t.twiml', '<?xml version="1.0" encoding="ISO-8859-1"?><Response/>').message, /UTF-8/);
    assert.ok(err('t.twiml', '<Response><Gather><Say>x</Gather></Response>').at.startsWith('</Gather>'));
  });

  it('an external DTD is ignored, not fetched', () => {
    const s = flow('t.twiml', '<?xml version="1.0"?><!DOCTYPE Response SYSTEM "http://example.invalid/twiml.dtd"><Response><Say>Hi</Say></Response>');
    assert.deepEqual(s.errors, []);
  });
});

describe('flow readers: steps', () => {
  it('Connect: a key menu, errors as edges, arming by participants, a queue transfer as trigger', () => {
    const s = flow('x', connect([
      '{"Identifier":"r","Type":"UpdateContactRecordingBehavior","Parameters":{"RecordingBehavior":{"RecordedParticipants":["Agent","Customer"]}},"Transitions":{"NextAction":"m"}}',
      '{"Identifier":"m","Type":"GetParticipantInput","Parameters":{"Text":"Press 1"},"Transitions":{"NextAction":"q","Conditions":[{"NextAction":"q","Condition":{"Operator":"Equals","Operands":["1"]}}],"Errors":[{"NextAction":"q","ErrorType":"InputTimeLimitExceeded"}]}}',
      '{"Identifier":"q","Type":"TransferContactToQueue","Parameters":{},"Transitions":{}}',
    ].join(','), 'r'));
    const rec = s.steps.find((x) => x.kind === 'record')!;
    assert.equal(rec.kind === 'record' && rec.timing, 'on-agent');
    const [p] = says(s);
    assert.equal(p.interruptible, 'a key press');
    const menu = s.steps.find((x) => x.kind === 'menu')!;
    assert.deepEqual(menu.kind === 'menu' && menu.options.map((o) => o.key), ['1']);
    const t = s.steps.find((x) => x.kind === 'transfer')!;
    assert.deepEqual(t.kind === 'transfer' && t.connects, { agent: true, bridge: false });
    assert.deepEqual(s.entries, [0]);
  });

  it('Connect: the voice sets the language of the prompts after it on the path', () => {
    const s = flow('x', connect([
      '{"Identifier":"v","Type":"UpdateContactTextToSpeechVoice","Parameters":{"TextToSpeechVoice":"Lotte"},"Transitions":{"NextAction":"p"}}',
      '{"Identifier":"p","Type":"MessageParticipant","Parameters":{"Text":"Welkom"},"Transitions":{}}',
    ].join(','), 'v'));
    assert.equal(says(s)[0].lang, 'nl');
  });

  it('Connect: an unpublished action type is listed once per type; published quiet ones are not', () => {
    const s = flow('x', connect([
      '{"Identifier":"a","Type":"MysteryBlock","Parameters":{},"Transitions":{"NextAction":"b"}}',
      '{"Identifier":"b","Type":"MysteryBlock","Parameters":{},"Transitions":{"NextAction":"c"}}',
      '{"Identifier":"c","Type":"UpdateContactAttributes","Parameters":{},"Transitions":{}}',
    ].join(',')));
    assert.deepEqual(s.unknownTypes!.map((u) => u.type), ['MysteryBlock']);
  });

  it('Connect legacy: SetRecordingBehavior arms, Transfer to a queue triggers, GetUserInput keys', () => {
    const s = flow('x.json', JSON.stringify({ modules: [
      { id: 'r', type: 'SetRecordingBehavior', branches: [{ condition: 'Success', transition: 'g' }], parameters: [{ name: 'RecordingBehaviorOption', value: 'Enable' }, { name: 'RecordingParticipantOption', value: 'Both' }] },
      { id: 'g', type: 'GetUserInput', branches: [{ condition: 'Evaluate', conditionType: 'Equals', conditionValue: '1', transition: 'q' }, { condition: 'Timeout', transition: 'q' }], parameters: [{ name: 'Text', value: 'Press 1' }, { name: 'TextToSpeechType', value: 'text' }] },
      { id: 'q', type: 'Transfer', target: 'Queue', branches: [], parameters: [] },
    ], start: 'r', version: '1', type: 'contactFlow' }));
    assert.ok(s.steps.some((x) => x.kind === 'record' && x.timing === 'on-agent'));
    assert.ok(s.steps.some((x) => x.kind === 'menu' && x.options[0]?.key === '1'));
    assert.ok(s.steps.some((x) => x.kind === 'transfer' && x.connects?.agent));
  });

  it('TwiML: prompts in a Gather are interruptible unless speech-only without barge-in; <Dial record> records and connects', () => {
    const s = flow('t.twiml', '<Response><Gather input="speech" bargeIn="false"><Say>A</Say></Gather><Gather><Say>B</Say></Gather><Dial record="record-from-answer">+31</Dial></Response>');
    assert.deepEqual(says(s).map((p) => p.interruptible), [undefined, 'a key press']);
    const rec = s.steps.find((x) => x.kind === 'record');
    assert.equal(rec?.kind === 'record' && rec.timing, 'now');
  });

  it('TwiML: <Gather> without action goes back to the first verb on input; with action to an external step', () => {
    const s = flow('t.twiml', '<Response><Say>Hi</Say><Gather action="next.xml"><Say>Press</Say></Gather><Hangup/></Response>');
    const ext = s.steps.findIndex((x) => x.kind === 'external');
    const menu = s.steps.findIndex((x) => x.kind === 'menu');
    assert.ok(s.edges![menu].includes(ext));
    assert.equal(s.steps[s.edges![menu].find((j) => j !== ext)!].kind, 'hangup');
  });

  it('Connect: a queue loop plays each of its messages; DequeueContactAndTransferToQueue is a queue transfer', () => {
    const s = flow('x', connect([
      '{"Identifier":"a","Type":"MessageParticipantIteratively","Parameters":{"Messages":[{"Text":"Thanks for holding."},{"PromptId":"arn:aws:connect:eu-west-1:1:instance/0/prompt/music"}]},"Transitions":{"NextAction":"d"}}',
      '{"Identifier":"d","Type":"DequeueContactAndTransferToQueue","Parameters":{"QueueId":"q"},"Transitions":{}}',
    ].join(',')));
    assert.deepEqual(says(s).map((p) => p.source), ['tts', 'audio']);
    assert.deepEqual(s.nodes!.find((n) => n.id === 'a')!.prompts.length, 2);
    const t = s.steps.find((x) => x.kind === 'transfer');
    assert.deepEqual(t?.kind === 'transfer' && t.connects, { agent: true, bridge: false });
    assert.deepEqual(s.unknownTypes, []);
  });

  it('TwiML: the language of a <Say> without `language` comes from a Google voice name or a Polly voice', () => {
    const s = flow('t.twiml', '<Response><Say voice="Google.nl-NL-Standard-A">Welkom</Say><Say voice="Polly.Joanna-Neural">Hi</Say><Say voice="alice">Hi</Say></Response>');
    assert.deepEqual(says(s).map((p) => p.lang), ['nl', 'en', undefined]);
  });
});

