/**
 * The example flows of ivr-formats.md (server/test/data/ivr-formats-examples/, a copy of the spec's
 * folder): linted as the CLI lints the folder, each gives exactly the findings its README lists for
 * stage 1, at the lines and values it names. Stage-2 formats are `not-a-script` until stage 2 lands.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintFiles } from '../../helpers';
import { LineIndex } from '../../../src/core/text';

const DIR = path.join(__dirname, '..', '..', 'data', 'ivr-formats-examples');
const files: Record<string, string> = {};
for (const f of readdirSync(DIR)) if (f !== 'README.md') files[f] = readFileSync(path.join(DIR, f), 'utf8');

function findings(policies: string[]) {
  const { findings: all, texts } = lintFiles(files, { lint: policies });
  return all.map((f) => {
    const at = new LineIndex(texts.get(f.uri)!).positionAt(f.span.start);
    return { line: `${f.uri}:${at.line + 1} ${f.ruleId} ${f.severity}`, text: texts.get(f.uri)!.slice(f.span.start, f.span.end), f, texts };
  });
}

describe('ivr-formats examples (stages 1 and 2)', () => {
  it('connect-storingen: the armed recording starts at the queue transfer of key 2; Contact Lens undeclared', () => {
    const got = findings(['connect-storingen.recording-policy.yaml']);
    assert.deepEqual(got.map((g) => g.line).sort(), [
      'connect-storingen.json:12 flow-analytics-undeclared error',
      'connect-storingen.json:39 announcement-after-recording error',
    ]);
    const after = got.find((g) => g.f.ruleId === 'announcement-after-recording')!;
    assert.equal(after.text, '"TransferContactToQueue"');
    const rel = after.f.related.map((r) => `${new LineIndex(after.texts.get(r.uri)!).positionAt(r.span.start).line + 1}: ${r.message}`);
    assert.match(rel[0], /^11: recording was armed here \('RecordedParticipants' contains 'Customer'/);
    assert.match(String(after.f.data!.path), /'stem' l\.6 → 'opname' l\.9 → 'welkom' l\.15 → 'menu' l\.18 \(key 2\) → 'wachtrij-facturen' l\.36 → 'doorverbinden' l\.39/);
    assert.match(rel[rel.length - 1], /^31: the notice comes only here \('melding'\)/);
    const analytics = got.find((g) => g.f.ruleId === 'flow-analytics-undeclared')!;
    assert.equal(analytics.text, '"True"');
    assert.match(analytics.f.message, /'speech-analytics' and 'emotion-recognition'/);
    assert.equal(new LineIndex(analytics.texts.get(analytics.f.related[0].uri)!).positionAt(analytics.f.related[0].span.start).line + 1, 17);
  });

  it('connect-storingen: once emotion-recognition is declared, the workplace rule is a warning about text sentiment', () => {
    const policy = files['connect-storingen.recording-policy.yaml'].replace('    purposes:\n', '    purposes:\n      - purpose: emotion-recognition\n        legal_basis: consent\n        consent: { mechanism: verbal }\n        retention: { max: P30D }\n');
    const { findings: all } = lintFiles({ ...files, 'connect-storingen.recording-policy.yaml': policy }, { lint: ['connect-storingen.recording-policy.yaml'] });
    const emo = all.filter((f) => f.ruleId === 'emotion-recognition-workplace');
    assert.equal(emo.length, 1);
    assert.equal(emo[0].severity, 'warning');
    assert.equal(emo[0].messageId, 'text-sentiment');
    assert.match(emo[0].message, /read from words, not the voice/);
  });

  it('studio-klantenservice: key 2 turns recording on before the notice', () => {
    const got = findings(['studio-klantenservice.recording-policy.yaml']);
    assert.deepEqual(got.map((g) => g.line), ['studio-klantenservice.json:38 announcement-after-recording error']);
    assert.equal(got[0].text, 'true');
    assert.match(String(got[0].f.data!.path), /'welkom' l\.10 .*→ 'menu' l\.13 .*→ 'keuze' l\.18 \(match "2"\) → 'opname_service' l\.36/);
  });

  it('twiml-hoofdmenu (stage 2, a flow set): the no-input fall-through dials with recording; the notice is only in the keyed document', () => {
    const got = findings(['twiml-hoofdmenu.recording-policy.yaml']);
    assert.deepEqual(got.map((g) => g.line).sort(), [
      'twiml-hoofdmenu.twiml:20 announcement-after-recording error',
      'twiml-hoofdmenu.twiml:21 flow-target-unresolved info',
    ]);
    const after = got.find((g) => g.f.ruleId === 'announcement-after-recording')!;
    assert.equal(after.text, 'record-from-answer-dual');
    const rel = after.f.related.map((r) => `${r.uri}:${new LineIndex(after.texts.get(r.uri)!).positionAt(r.span.start).line + 1}: ${r.message}`);
    assert.match(rel[rel.length - 1], /^twiml-keuze\.twiml:5: the notice comes only here/, 'the path crosses into the keyed document');
    assert.match(after.f.message, /twiml-keuze\.twiml/);
    const unresolved = got.find((g) => g.f.ruleId === 'flow-target-unresolved')!;
    assert.equal(unresolved.text, 'twiml-einde.twiml');
    assert.equal(unresolved.f.messageId, 'file-unreadable');
    assert.match(unresolved.f.message, /cannot read 'twiml-einde\.twiml': there is no such file in the workspace\./);
  });

  it('genesys-klantenservice: DTMF 2 transfers to a queue, where recording starts (agent-connect), without the notice', () => {
    const got = findings(['genesys-klantenservice.recording-policy.yaml']);
    assert.deepEqual(got.map((g) => g.line), ['genesys-klantenservice.yaml:37 announcement-after-recording error']);
    assert.equal(got[0].text, 'menuTransferToAcd');
    assert.match(String(got[0].f.data!.path), /'initialGreeting' l\.19 → 'hoofdmenu' l\.23 \(key 2\) → 'Hypotheken' l\.38/);
    const rel = got[0].f.related.map((r) => `${r.uri}:${new LineIndex(got[0].texts.get(r.uri)!).positionAt(r.span.start).line + 1}: ${r.message}`);
    assert.equal(rel[0], 'genesys-klantenservice.recording-policy.yaml:26: recording_starts: agent-connect');
    assert.equal(rel[rel.length - 1], "genesys-klantenservice.yaml:31: the notice comes only here ('Betalen')");
  });

  it('genesys-klantenservice: without recording_starts a schema error at `announcement`, and no finding in the flow', () => {
    const policy = files['genesys-klantenservice.recording-policy.yaml'].replace('      recording_starts: agent-connect\n', '');
    const { findings: all, texts } = lintFiles({ ...files, 'genesys-klantenservice.recording-policy.yaml': policy }, { lint: ['genesys-klantenservice.recording-policy.yaml'] });
    assert.deepEqual(all.map((f) => `${f.uri}:${new LineIndex(texts.get(f.uri)!).positionAt(f.span.start).line + 1} ${f.ruleId}`), ['genesys-klantenservice.recording-policy.yaml:24 schema']);
    assert.match(all[0].message, /'recording_starts'/);
  });

  it('genesys-klantenservice: with recording_starts call-start the greeting is heard while recorded', () => {
    const policy = files['genesys-klantenservice.recording-policy.yaml'].replace('recording_starts: agent-connect', 'recording_starts: call-start');
    const { findings: all, texts } = lintFiles({ ...files, 'genesys-klantenservice.recording-policy.yaml': policy }, { lint: ['genesys-klantenservice.recording-policy.yaml'] });
    assert.deepEqual(all.map((f) => `${f.uri}:${new LineIndex(texts.get(f.uri)!).positionAt(f.span.start).line + 1} ${f.ruleId} ${texts.get(f.uri)!.slice(f.span.start, f.span.end)}`), ['genesys-klantenservice.yaml:19 announcement-after-recording Welkom bij Acme Bank.']);
  });

  it('asterisk-extensions: key 2 starts MixMonitor without the notice; the notice is read from the transcript list; the entry is assumed', () => {
    const got = findings(['asterisk-extensions.recording-policy.yaml']);
    assert.deepEqual(got.map((g) => g.line).sort(), [
      'asterisk-extensions.conf:23 announcement-after-recording error',
      'asterisk-extensions.recording-policy.yaml:28 flow-entry-assumed info',
    ]);
    const after = got.find((g) => g.f.ruleId === 'announcement-after-recording')!;
    assert.equal(after.text, 'MixMonitor(${MONITOR_FILENAME}.wav)');
    assert.match(String(after.f.data!.path), /'acme-inbound,s,1' l\.9 .*→ 'menu' l\.12 \(key 2\) → 'acme-inbound,2,1' l\.22 → 'acme-inbound,2,2' l\.23/);
    assert.match(after.f.related[after.f.related.length - 1].message, /the notice comes only here/);
    assert.equal(after.f.related[after.f.related.length - 1].span.start, after.texts.get('asterisk-extensions.conf')!.indexOf('acme/opname-melding'));
    const entry = got.find((g) => g.f.ruleId === 'flow-entry-assumed')!;
    assert.equal(entry.text, 'asterisk-extensions.conf');
    assert.match(entry.f.message, /the entry 'acme-inbound'.*'entry: acme-inbound'/);
    assert.deepEqual(entry.f.related.map((r) => `${r.uri}:${new LineIndex(entry.texts.get(r.uri)!).positionAt(r.span.start).line + 1}`), ['asterisk-extensions.conf:8']);
  });

  it('asterisk-extensions: the purpose words are located in the transcript list', () => {
    const policy = files['asterisk-extensions.recording-policy.yaml'].replace('      - purpose: evidence\n        legal_basis: contract\n        retention: { until: dispute-closed }\n', '');
    const { findings: all, texts } = lintFiles({ ...files, 'asterisk-extensions.recording-policy.yaml': policy }, { lint: ['asterisk-extensions.recording-policy.yaml'] });
    const und = all.filter((f) => f.ruleId === 'announced-purpose-undeclared');
    assert.deepEqual(und.map((f) => `${f.uri}:${new LineIndex(texts.get(f.uri)!).positionAt(f.span.start).line + 1} ${texts.get(f.uri)!.slice(f.span.start, f.span.end)}`), ['asterisk-sounds-nl.txt:6 ter controle']);
  });

  it('asterisk-extensions: with `entry: acme-inbound` no flow-entry-assumed; an entry the dialplan lacks is a schema error at its value', () => {
    const withEntry = (v: string) => files['asterisk-extensions.recording-policy.yaml'].replace('      transcripts: asterisk-sounds-nl.txt\n', `      transcripts: asterisk-sounds-nl.txt\n      entry: ${v}\n`);
    const run = (v: string) => {
      const { findings: all, texts } = lintFiles({ ...files, 'asterisk-extensions.recording-policy.yaml': withEntry(v) }, { lint: ['asterisk-extensions.recording-policy.yaml'] });
      return all.map((f) => `${f.uri}:${new LineIndex(texts.get(f.uri)!).positionAt(f.span.start).line + 1} ${f.ruleId} ${texts.get(f.uri)!.slice(f.span.start, f.span.end)}`).sort();
    };
    assert.deepEqual(run('acme-inbound'), ['asterisk-extensions.conf:23 announcement-after-recording MixMonitor(${MONITOR_FILENAME}.wav)']);
    assert.deepEqual(run('acme-inbound,1'), []);
    assert.deepEqual(run('acme-uitbound'), ['asterisk-extensions.conf:23 announcement-after-recording MixMonitor(${MONITOR_FILENAME}.wav)', 'asterisk-extensions.recording-policy.yaml:30 schema acme-uitbound']);
  });

  it('voicexml-main: the policy dialog keeps every utterance before any notice; two root-relative submits are not followed', () => {
    const got = findings(['voicexml-main.recording-policy.yaml']);
    assert.deepEqual(got.map((g) => g.line).sort(), [
      'voicexml-main.vxml:26 flow-target-unresolved info',
      'voicexml-main.vxml:33 announcement-after-recording error',
      'voicexml-main.vxml:36 flow-target-unresolved info',
    ]);
    const after = got.find((g) => g.f.ruleId === 'announcement-after-recording')!;
    assert.equal(after.text, 'field');
    assert.match(String(after.f.data!.path), /'welcome' l\.4 → .*'main' l\.11 \(choice 2\) → 'policy' l\.30 → 'policynumber' l\.33/);
    const rel = after.f.related.map((r) => `${new LineIndex(after.texts.get(r.uri)!).positionAt(r.span.start).line + 1}: ${r.message}`);
    assert.match(rel[0], /^32: recording was armed here \('recordutterance'/);
    assert.match(rel[rel.length - 1], /^20: the notice comes only here/);
    assert.deepEqual(got.filter((g) => g.f.ruleId === 'flow-target-unresolved').map((g) => g.text).sort(), ['/ivr/claim-received.vxml', '/ivr/policy-lookup.vxml']);
  });

  it('freeswitch-acme: digit 2 reaches record_session without the notice; `*` can skip the notice; the entry is assumed', () => {
    const got = findings(['freeswitch-acme.recording-policy.yaml']);
    assert.deepEqual(got.map((g) => g.line).sort(), [
      'freeswitch-acme.recording-policy.yaml:28 flow-entry-assumed info',
      'freeswitch-acme.xml:19 notice-interruptible warning',
      'freeswitch-acme.xml:29 announcement-after-recording error',
    ]);
    const after = got.find((g) => g.f.ruleId === 'announcement-after-recording')!;
    assert.equal(after.text, 'record_session');
    assert.match(String(after.f.data!.path), /'acme_main' l\.5 \(hunted as acme_returns\) → 'acme_returns' l\.26/);
    const cut = got.find((g) => g.f.ruleId === 'notice-interruptible')!;
    assert.equal(cut.text, 'This call is recorded to check the agreements we make with you and to train our staff.');
    assert.match(cut.f.message, /'\*' key .*'playback_terminators=none'/);
    const entry = got.find((g) => g.f.ruleId === 'flow-entry-assumed')!;
    // The entry's detail is in the related information, not the message.
    assert.match(entry.f.message, /assumes the entry 'acme'\./);
    assert.match(entry.f.related[0].message, /^assumed entry 'acme' \(extension 'acme_main'\)/);
  });
});
