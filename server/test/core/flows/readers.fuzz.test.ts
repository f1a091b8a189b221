/**
 * Properties of the flow readers (ivr-formats.md §9), per reader: on mutated real-shaped flows and on
 * text made of the pieces each format cares about (the Stage 2 readers too: Archy YAML, Asterisk,
 * VoiceXML, FreeSWITCH, transcript lists), reading never throws, every span lies inside the
 * file, prompt offsets ascend inside it, the walk terminates, and reading twice gives the same steps.
 * `npm run fuzz` runs 100,000 cases of each (FUZZ_RUNS); `npm test` runs 500.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { readFlow } from '../../../src/core/flows/read';
import { reachable } from '../../../src/core/ivr/flow';
import { unannouncedRecording } from '../../../src/core/ivr/recording-walk';
import type { FlowFormat } from '../../../src/core/ivr/model';

const RUNS = Math.max(500, Number(process.env.FUZZ_RUNS ?? 0));
const DATA = path.join(__dirname, '..', '..', 'data', 'ivr-formats-examples');
const seed = (f: string) => readFileSync(path.join(DATA, f), 'utf8');

/** A seed with a few random edits: deletions, insertions of format pieces, duplicated slices. */
function mutated(text: string, pieces: string[]) {
  const edit = fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.constantFrom(...pieces), fc.constantFrom('delete', 'insert', 'duplicate'));
  return fc.array(edit, { minLength: 1, maxLength: 6 }).map((edits) => {
    let t = text;
    for (const [at0, len, piece, kind] of edits) {
      const at = at0 % (t.length + 1);
      if (kind === 'delete') t = t.slice(0, at) + t.slice(at + len);
      else if (kind === 'insert') t = t.slice(0, at) + piece + t.slice(at);
      else t = t.slice(0, at) + t.slice(at, at + len) + t.slice(at);
    }
    return t;
  });
}

function check(uri: string, src: string, format?: FlowFormat): void {
  const r = readFlow(uri, src, format);
  const again = readFlow(uri, src, format);
  assert.equal(JSON.stringify(r), JSON.stringify(again), 'deterministic');
  if (!r.ok) return;
  const s = r.script;
  const inside = (x: { start: number; end: number }) => 0 <= x.start && x.start <= x.end && x.end <= src.length;
  for (const e of s.errors) assert.ok(inside(e.span), JSON.stringify(e));
  for (const st of s.steps) {
    assert.ok(inside(st.span), `${st.kind} ${JSON.stringify(st.span)}`);
    if (st.kind === 'say') {
      const offs = st.prompt.sourceOffsets;
      assert.equal(offs.length, st.prompt.text.length + 1);
      for (let i = 0; i < offs.length; i++) assert.ok(offs[i] >= 0 && offs[i] <= src.length && (i === 0 || offs[i] >= offs[i - 1]), `offset ${i}`);
      for (const d of st.dynamic ?? []) assert.ok(0 <= d.start && d.start < d.end && d.end <= st.prompt.text.length);
      if (st.anchor) assert.ok(inside(st.anchor));
    }
  }
  for (const e of s.dialplan?.assumed ?? []) assert.ok(inside(e.span));
  for (const [i, out] of (s.edges ?? []).entries()) for (const j of out) assert.ok(j >= 0 && j < s.steps.length, `edge ${i}→${j}`);
  reachable(s);
  unannouncedRecording(s, (i) => s.steps[i].kind === 'say', 'agent-connect');
  unannouncedRecording(s, () => false, 'call-start');
}

const JSON_PIECES = ['{', '}', '[', ']', ',', ':', '"', '\\"', '\\u00e9', '\\ud83d', '"NextAction":"x"', '"Type":"GetParticipantInput"', '"Identifier":"a"', '"$.Attributes.x"', '<speak>', '</speak>', '{{x}}', '{% if a %}', 'null', 'true', '\n'];
const XML_PIECES = ['<', '>', '</', '/>', '&', '&amp;', '&#x41;', '&lol;', '<![CDATA[', ']]>', '<!--', '-->', '<Say>', '</Say>', '<Gather>', '</Gather>', '<Dial record="true">', '<!DOCTYPE x [<!ENTITY a "b">]>', '"', "'", '{{n}}', '\n', '<?xml version="1.0" encoding="latin1"?>'];

describe('flow readers: properties', function () {
  this.timeout(0);
  for (const [name, file, pieces] of [
    ['Amazon Connect', 'connect-storingen.json', JSON_PIECES],
    ['Twilio Studio', 'studio-klantenservice.json', JSON_PIECES],
    ['TwiML', 'twiml-hoofdmenu.twiml', XML_PIECES],
  ] as const) {
    it(`${name}: never throws, spans inside the file, deterministic (${RUNS} mutated flows)`, () => {
      fc.assert(fc.property(mutated(seed(file), [...pieces]), (src) => check(file, src)), { numRuns: RUNS });
    });
  }
  it(`any text read as each format (${RUNS} cases)`, () => {
    const text = fc.array(fc.constantFrom(...JSON_PIECES, ...XML_PIECES, 'x', ' ', 'é', '😀'), { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(fc.property(text, fc.constantFrom<FlowFormat | undefined>(undefined, 'connect', 'studio', 'twiml'), (src, format) => check('f', src, format)), { numRuns: RUNS });
  });
});

const YAML_PIECES = ['\n', '  ', '- ', ': ', '"', "'", '\\"', '\\u00e9', '|\n', '>-\n', '#', '{', '}', '[', ']', '&a ', '*a', 'tts: x', 'exp: Flow.x', 'menu:', 'task:', 'actions:', 'choices:', 'dtmf: digit_1', 'targetMenuRef: /inboundCall/menus/menu[x]', 'refId: a', '- decision:', 'outputs:', 'yes:'];
const CONF_PIECES = ['\n', '[ctx]', 'exten => ', 'same => n,', ',', '(', ')', ';', '\\;', ';--', '--;', '"', '${X}', '$[', ']', 'Goto(s,1)', 'GotoIf($[1]?a:b)', 'Gosub(sub,s,1)', 'Return()', 'Background(f)', 'WaitExten()', 'MixMonitor(x,b)', 'Dial(P/x,1,A(a:b)X)', 'include => ctx', '#include x.conf', 'n(label)', '_X.'];
const XML2_PIECES = ['<', '>', '</', '/>', '&', '&amp;', '&#x41;', '<![CDATA[', ']]>', '<!--', '-->', '"', "'", '\n', '<prompt>', '</prompt>', '<value expr="x"/>', '<audio src="a.wav">', '</audio>', '<goto next="#m"/>', '<if cond="x">', '<else/>', '</if>', '<field name="f">', '</field>', '<property name="recordutterance" value="true"/>', '<action application="transfer" data="${x} XML c"/>', '<action application="speak" data="a|b|c"/>', '<condition field="destination_number" expression="^(1|2$">', '</condition>', '<extension name="e" continue="true">'];
const LIST_PIECES = ['\n', ': ', 'lang: nl', ';', 'a/b: ', 'x', ' ', 'é', '\r\n'];

describe('stage-2 flow readers: properties', function () {
  this.timeout(0);
  for (const [name, file, pieces] of [
    ['Genesys Architect (Archy YAML)', 'genesys-klantenservice.yaml', YAML_PIECES],
    ['Asterisk', 'asterisk-extensions.conf', CONF_PIECES],
    ['VoiceXML', 'voicexml-main.vxml', XML2_PIECES],
    ['FreeSWITCH', 'freeswitch-acme.xml', XML2_PIECES],
  ] as const) {
    it(`${name}: never throws, spans inside the file, deterministic (${RUNS} mutated flows)`, () => {
      fc.assert(fc.property(mutated(seed(file), [...pieces]), (src) => check(file, src)), { numRuns: RUNS });
    });
  }
  it(`transcript lists (${RUNS} mutated lists)`, () => {
    fc.assert(fc.property(mutated(seed('asterisk-sounds-nl.txt'), LIST_PIECES), (src) => check('sounds.txt', src, 'transcripts')), { numRuns: RUNS });
  });
  it(`any text read as each stage-2 format (${RUNS} cases)`, () => {
    const text = fc.array(fc.constantFrom(...YAML_PIECES, ...CONF_PIECES, ...XML2_PIECES, 'x', ' ', 'é', '😀'), { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(fc.property(text, fc.constantFrom<FlowFormat | undefined>(undefined, 'archy', 'asterisk', 'vxml', 'freeswitch', 'transcripts'), fc.constantFrom('f.yaml', 'extensions.conf', 'f.xml', 'f'), (src, format, uri) => check(uri, src, format)), { numRuns: RUNS });
  });
});
