/**
 * The words the flow readers write into the model (flows/words.ts: where a call goes, what a setting
 * does, the key or condition of an edge) are said in the locale of the finding: a Dutch run has Dutch
 * reader words and paths ("toets 2", "regel 18"), with no English fragment; an English run is as it was.
 * Platform identifiers (Studio events, element names, file names) stay as written.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../../src/core/engine';
import type { Finding } from '../../../src/core/findings';
import { readFlow } from '../../../src/core/flows/read';
import * as W from '../../../src/core/flows/words';
import type { Locale } from '../../../src/core/i18n/locale';
import { pathStops } from '../../../src/core/ivr/describe';
import { parseIvr } from '../../../src/core/ivr/parse';
import { flowHover } from '../../../src/core/query/flow';

const DIR = path.join(__dirname, '..', '..', 'data', 'ivr-formats-examples');
const EXAMPLES: Record<string, string> = {};
for (const f of readdirSync(DIR)) if (f !== 'README.md') EXAMPLES[f] = readFileSync(path.join(DIR, f), 'utf8');

/** Lint one policy in `locale`, its scripts read from `files`. */
function run(policy: string, locale: Locale, files: Record<string, string> = EXAMPLES): Finding[] {
  return lint({
    files: [{ uri: policy, text: files[policy] }],
    options: () => ({ rules: {}, phrases: {}, locale }),
    readScript: (from, rel) => {
      const uri = path.posix.normalize(path.posix.join(path.posix.dirname(from), rel));
      return uri in files ? { ok: true, uri, text: files[uri] } : { ok: false, uri, reason: 'not-found' };
    },
  }).findings;
}

const one = (fs: Finding[], ruleId: string, where?: RegExp): Finding => {
  const got = fs.filter((f) => f.ruleId === ruleId && (!where || where.test(f.message)));
  assert.equal(got.length, 1, `${ruleId}: ${fs.map((f) => `${f.ruleId}: ${f.message}`).join('\n')}`);
  return got[0];
};

/** Everything a finding says: its message, its path and its related messages. */
const said = (f: Finding) => [f.message, String(f.data?.path ?? ''), ...f.related.map((r) => r.message)].join('\n');

/** English reader words and path words that must not appear in a Dutch finding. */
const ENGLISH = /\b(?:the call|continues in|runs here|key \d|choice \d|no key|no input|no match|l\.\d|line \d|recording starts|recording is|speech analytics|sentiment scores|is streamed|audio out of|hunted as|control goes|which this|another server|another file|when the agent joins|every recognition attempt)\b/;

const noEnglish = (f: Finding) => assert.doesNotMatch(said(f), ENGLISH, said(f));

/** A policy for a script of the test (the TwiML example's policy, pointed at another script). */
const policyFor = (script: string) => EXAMPLES['twiml-hoofdmenu.recording-policy.yaml'].replace('script: twiml-hoofdmenu.twiml', `script: ${script}`);

describe('flow reader words in the locale of the finding', () => {
  describe('Dutch (locale nl)', () => {
    it('Connect: the path says "toets 2" and "regel", the arming setting is Dutch; Contact Lens and sentiment in Dutch', () => {
      const fs = run('connect-storingen.recording-policy.yaml', 'nl');
      const after = one(fs, 'announcement-after-recording');
      assert.equal(after.data!.path, "'stem' regel 6 → 'opname' regel 9 → 'welkom' regel 15 → 'menu' regel 18 (toets 2) → 'wachtrij-facturen' regel 36 → 'doorverbinden' regel 39");
      assert.equal(after.related[0].message, "hier is de opname ingeschakeld ('RecordedParticipants' bevat 'Customer': de opname begint zodra de medewerker het gesprek aanneemt)");
      assert.ok(after.related.some((r) => r.message === "de beller passeert 'menu' regel 18 (toets 2)"));
      noEnglish(after);
      const analytics = one(fs, 'flow-analytics-undeclared');
      assert.match(analytics.message, /Hij zet dit aan: spraakanalyse van het gesprek door Contact Lens \(RealTime\) en sentimentscores van medewerker en klant, berekend uit de transcriptie;/);
      noEnglish(analytics);
    });

    it('Asterisk: "toets 2" in the path; a switch and a Goto to an undefined context in Dutch', () => {
      const after = one(run('asterisk-extensions.recording-policy.yaml', 'nl'), 'announcement-after-recording');
      assert.match(String(after.data!.path), /'menu' regel 12 \(toets 2\) → 'acme-inbound,2,1' regel 22 → 'acme-inbound,2,2' regel 23$/);
      noEnglish(after);
      const conf = '[in]\nswitch => IAX2/pbx2/in\nexten => s,1,Answer()\n same => n,Goto(elders,s,1)\n same => n,Hangup()\n';
      const files = { 'p.recording-policy.yaml': policyFor('extensions.conf'), 'extensions.conf': conf };
      const unresolved = run('p.recording-policy.yaml', 'nl', files).filter((f) => f.ruleId === 'flow-target-unresolved');
      assert.deepEqual(unresolved.map((f) => f.message).sort(), [
        "Extensies die '[in]' niet definieert, gaan naar de switch 'IAX2/pbx2/in', op een andere server; reclint volgt dat niet en controleert daar geen melding of opname.",
        "Het gesprek gaat naar de context 'elders', die niet in dit bestand staat; reclint volgt dat niet en controleert daar geen melding of opname.",
      ]);
      unresolved.forEach(noEnglish);
    });

    it('VoiceXML: "keuze 2" in the path, the recordutterance setting in Dutch; the submits not followed in Dutch', () => {
      const fs = run('voicexml-main.recording-policy.yaml', 'nl');
      const after = one(fs, 'announcement-after-recording');
      assert.match(String(after.data!.path), /'main' regel 11 \(keuze 2\) → 'policy' regel 30 → 'policynumber' regel 33$/);
      assert.equal(after.related[0].message, "hier is de opname ingeschakeld ('recordutterance': elke herkenningspoging binnen het bereik ervan wordt bewaard)");
      noEnglish(after);
      const unresolved = fs.filter((f) => f.ruleId === 'flow-target-unresolved');
      assert.equal(unresolved.length, 2);
      for (const f of unresolved) {
        assert.match(f.message, /^Het gesprek gaat verder in '\/ivr\/[\w-]+\.vxml', een adres dat reclint niet aan een bestand kan koppelen\./);
        noEnglish(f);
      }
    });

    it('script-not-found: why a file is no call flow reclint reads, in Dutch', () => {
      const files = { 'p.recording-policy.yaml': policyFor('flow.json'), 'flow.json': '{"Version": "1", "Steps": []}\n' };
      const f = one(run('p.recording-policy.yaml', 'nl', files), 'script-not-found');
      assert.match(f.message, /Reden: de JSON heeft geen vorm die reclint leest \(Connect: 'Actions' en 'StartAction'.*reclint leest '\.ivr'-scripts, Amazon Connect-flows/);
      noEnglish(f);
      const yaml = { 'p.recording-policy.yaml': policyFor('chat.yaml'), 'chat.yaml': 'inboundChat:\n  name: x\n  startUpRef: ./tasks/task[a]\n' };
      assert.match(one(run('p.recording-policy.yaml', 'nl', yaml), 'script-not-found').message, /Reden: 'inboundChat' is een Genesys Architect-flow die geen gesprekken aanneemt/);
      const xml = { 'p.recording-policy.yaml': policyFor('flow.xml'), 'flow.xml': '<speak>Hallo</speak>\n' };
      assert.match(one(run('p.recording-policy.yaml', 'nl', xml), 'script-not-found').message, /Reden: het hoofdelement '<speak>' is geen TwiML-'<Response>', VoiceXML-'<vxml>' of FreeSWITCH-dialplan/);
    });

    it('FreeSWITCH: the hunted number in the path and the extensions of the assumed entry in Dutch', () => {
      const fs = run('freeswitch-acme.recording-policy.yaml', 'nl');
      const after = one(fs, 'announcement-after-recording');
      assert.equal(after.data!.path, "'acme_main' regel 5 (gevonden als acme_returns) → 'acme_returns' regel 26");
      noEnglish(after);
      assert.deepEqual(one(fs, 'flow-entry-assumed').related.map((r) => r.message), ["aangenomen ingang 'acme' (extensie 'acme_main')"]);
    });

    it('TwiML: a flow set\'s path across files; a Gather action, a Dial action and a stream in Dutch', () => {
      const fs = run('twiml-hoofdmenu.recording-policy.yaml', 'nl');
      const after = one(fs, 'announcement-after-recording');
      assert.equal(after.data!.path, "'<Say>' regel 8 → '<Say>' regel 12 → '<Say>' regel 18 → '<Dial>' regel 20");
      noEnglish(after);
      const dial = one(fs, 'flow-target-unresolved');
      assert.match(dial.message, /^Na het doorverbonden gesprek gaat de callflow verder in 'twiml-einde\.twiml', maar reclint kan 'twiml-einde\.twiml' niet lezen/);
      noEnglish(dial);
      const twiml = '<Response>\n  <Start><Stream url="wss://analyse.example/audio"/></Start>\n  <Gather input="dtmf" action="keuze.twiml">\n    <Say language="nl-NL">Druk 1.</Say>\n  </Gather>\n</Response>\n';
      const mine = run('p.recording-policy.yaml', 'nl', { 'p.recording-policy.yaml': policyFor('menu.twiml'), 'menu.twiml': twiml });
      const gather = one(mine, 'flow-target-unresolved');
      assert.match(gather.message, /^Na een toetsaanslag gaat het gesprek verder in 'keuze\.twiml', maar reclint kan 'keuze\.twiml' niet lezen/);
      noEnglish(gather);
      const stream = one(mine, 'flow-analytics-undeclared');
      assert.match(stream.message, /Hij zet dit aan: '<Stream>' stuurt het geluid van het gesprek naar 'wss:\/\/analyse\.example\/audio', buiten Twilio\./);
      noEnglish(stream);
    });

    it('the words themselves: a menu\'s default transition is "geen toets", a VoiceXML noinput "geen invoer"; platform names as written', () => {
      assert.equal(W.wordsIn('nl', W.noKey()), 'geen toets');
      assert.equal(W.wordsIn('nl', W.vxmlEvent('noinput')), 'geen invoer');
      assert.equal(W.wordsIn('nl', W.vxmlEvent('help')), 'help');
      assert.equal(W.wordsIn('nl', W.afterSubroutine()), 'na de terugkeer uit de subroutine');
      assert.equal(W.wordsIn('nl', W.raw('NoMatchingCondition')), 'NoMatchingCondition');
    });

    it('a path in a flow set names the other file in Dutch; an .ivr path says "regel"', () => {
      const r = readFlow('a.twiml', '<Response>\n  <Say>Hallo.</Say>\n  <Hangup/>\n</Response>\n');
      assert.ok(r.ok);
      const s = r.script;
      s.steps[s.steps.length - 1].uri = 'mem://b.twiml';
      const stops = pathStops(s, s.steps.map((_, i) => i).filter((i) => s.steps[i].kind !== 'label'), 'nl');
      assert.equal(stops[0].text, '`<Say>` regel 2');
      assert.equal(stops[stops.length - 1].text, '`<Hangup>` regel 3 in b.twiml');
      assert.equal(pathStops(s, [0, s.steps.length - 1]).map((x) => x.text).join(' → '), '`<Say>` l.2 → `<Hangup>` l.3 in b.twiml');
      const ivr = parseIvr('x.ivr', 'say "Hallo."\nhangup\n');
      assert.deepEqual(pathStops(ivr, [0, 1], 'nl').map((x) => x.text), ['regel 1 (say)', 'regel 2 (hangup)']);
      assert.deepEqual(pathStops(ivr, [0, 1]).map((x) => x.text), ['line 1 (say)', 'line 2 (hangup)']);
    });

    it('the hover on a recording setting gives its note in Dutch', () => {
      const text = EXAMPLES['connect-storingen.json'];
      const h = flowHover('connect-storingen.json', text, text.indexOf('"RecordedParticipants"') + 30, {}, [], 'nl');
      assert.ok(h, 'a hover');
      assert.match(h.markdown, /`RecordedParticipants` bevat `Customer`: de opname begint zodra de medewerker het gesprek aanneemt\.$/);
      assert.doesNotMatch(h.markdown, ENGLISH);
    });
  });

  describe('English (the default) is unchanged', () => {
    it('announcement-after-recording: message, path and arming note', () => {
      const after = one(run('connect-storingen.recording-policy.yaml', 'en'), 'announcement-after-recording');
      assert.equal(after.message, "A caller can reach the transfer 'doorverbinden' before hearing the recording notice (GDPR art. 13(1)). Callers must be told before recording starts. Route every path through the notice 'melding' (line 31) before this step.");
      assert.equal(after.data!.path, "'stem' l.6 → 'opname' l.9 → 'welkom' l.15 → 'menu' l.18 (key 2) → 'wachtrij-facturen' l.36 → 'doorverbinden' l.39");
      assert.equal(after.related[0].message, "recording was armed here ('RecordedParticipants' contains 'Customer': recording starts when the agent joins)");
      const vxml = one(run('voicexml-main.recording-policy.yaml', 'en'), 'announcement-after-recording');
      assert.equal(vxml.data!.path, "'welcome' l.4 → '<block>' l.6 → 'main' l.11 (choice 2) → 'policy' l.30 → 'policynumber' l.33");
      assert.equal(vxml.related[0].message, "recording was armed here ('recordutterance': every recognition attempt in its scope is kept)");
    });

    it('flow-target-unresolved: a flow set\'s reference and a reference of the file itself', () => {
      const dial = one(run('twiml-hoofdmenu.recording-policy.yaml', 'en'), 'flow-target-unresolved');
      assert.equal(dial.message, "After the call the flow continues in 'twiml-einde.twiml', but reclint cannot read 'twiml-einde.twiml': there is no such file in the workspace. A notice or recording there is not checked; correct the reference or add the file.");
      const conf = '[in]\nswitch => IAX2/pbx2/in\nexten => s,1,Answer()\n same => n,Hangup()\n';
      const sw = one(run('p.recording-policy.yaml', 'en', { 'p.recording-policy.yaml': policyFor('extensions.conf'), 'extensions.conf': conf }), 'flow-target-unresolved');
      assert.equal(sw.message, "Extensions that '[in]' does not define go to the switch 'IAX2/pbx2/in', on another server, which reclint does not follow: a notice or recording there is not checked.");
    });

    it('script-not-found: why a file is no call flow reclint reads', () => {
      const files = { 'p.recording-policy.yaml': policyFor('flow.json'), 'flow.json': '{"Version": "1", "Steps": []}\n' };
      assert.match(one(run('p.recording-policy.yaml', 'en', files), 'script-not-found').message, /Reason: the JSON has no shape reclint reads \(Connect: 'Actions' and 'StartAction', or 'modules' and 'start'; Studio: 'states' and 'initial_state'\); reclint reads '\.ivr' scripts, Amazon Connect flows/);
    });

    it('flow-analytics-undeclared: a TwiML stream', () => {
      const twiml = '<Response>\n  <Start><Stream url="wss://analyse.example/audio"/></Start>\n  <Say>Hallo.</Say>\n</Response>\n';
      const stream = one(run('p.recording-policy.yaml', 'en', { 'p.recording-policy.yaml': policyFor('menu.twiml'), 'menu.twiml': twiml }), 'flow-analytics-undeclared');
      assert.equal(stream.message, "The flow sends the call audio to a receiver 'hoofdmenu' does not name (GDPR art. 13(1)(e), 28). It turns this on: '<Stream>' sends the call audio out of Twilio to 'wss://analyse.example/audio'. Add the receiver under 'processors' with its purpose and agreement, or stop the stream.");
    });

    it('flow-analytics-undeclared: Contact Lens and sentiment', () => {
      const analytics = one(run('connect-storingen.recording-policy.yaml', 'en'), 'flow-analytics-undeclared');
      assert.equal(analytics.message, "The flow processes calls for 'speech-analytics' and 'emotion-recognition', which 'storingen' does not declare (GDPR art. 5(1)(b), 13(1)(c)). It turns this on: Contact Lens (RealTime) speech analytics of the conversation and sentiment scores of agent and customer, computed from the transcript; that has no stated purpose or legal basis, and callers are not told of it. Declare 'speech-analytics' and 'emotion-recognition' for 'storingen', or turn the setting off.");
    });
  });
});
