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

describe('ivr-formats examples (stage 1)', () => {
  it('connect-storingen: the armed recording starts at the queue transfer of key 2; Contact Lens undeclared', () => {
    const got = findings(['connect-storingen.recording-policy.yaml']);
    assert.deepEqual(got.map((g) => g.line).sort(), [
      'connect-storingen.json:12 flow-analytics-undeclared error',
      'connect-storingen.json:39 announcement-after-recording error',
    ]);
    const after = got.find((g) => g.f.ruleId === 'announcement-after-recording')!;
    assert.equal(after.text, '"TransferContactToQueue"');
    const rel = after.f.related.map((r) => `${new LineIndex(after.texts.get(r.uri)!).positionAt(r.span.start).line + 1}: ${r.message}`);
    assert.match(rel[0], /^11: recording was armed here \(`RecordedParticipants` contains `Customer`/);
    assert.match(after.f.message, /`stem` l\.6 → `opname` l\.9 → `welkom` l\.15 → `menu` l\.18 \(key 2\) → `wachtrij-facturen` l\.36 → `doorverbinden` l\.39/);
    assert.match(rel[rel.length - 1], /^31: the notice comes only here \(`melding`\)/);
    const analytics = got.find((g) => g.f.ruleId === 'flow-analytics-undeclared')!;
    assert.equal(analytics.text, '"True"');
    assert.match(analytics.f.message, /`speech-analytics` and `emotion-recognition`/);
    assert.equal(new LineIndex(analytics.texts.get(analytics.f.related[0].uri)!).positionAt(analytics.f.related[0].span.start).line + 1, 17);
  });

  it('connect-storingen: once emotion-recognition is declared, the workplace rule is a warning about text sentiment', () => {
    const policy = files['connect-storingen.recording-policy.yaml'].replace('    purposes:\n', '    purposes:\n      - purpose: emotion-recognition\n        legal_basis: consent\n        consent: { mechanism: verbal }\n        retention: { max: P30D }\n');
    const { findings: all } = lintFiles({ ...files, 'connect-storingen.recording-policy.yaml': policy }, { lint: ['connect-storingen.recording-policy.yaml'] });
    const emo = all.filter((f) => f.ruleId === 'emotion-recognition-workplace');
    assert.equal(emo.length, 1);
    assert.equal(emo[0].severity, 'warning');
    assert.equal(emo[0].messageId, 'text-sentiment');
    assert.match(emo[0].message, /inferred from the words, not the voice/);
  });

  it('studio-klantenservice: key 2 turns recording on before the notice', () => {
    const got = findings(['studio-klantenservice.recording-policy.yaml']);
    assert.deepEqual(got.map((g) => g.line), ['studio-klantenservice.json:38 announcement-after-recording error']);
    assert.equal(got[0].text, 'true');
    assert.match(got[0].f.message, /`welkom` l\.10 .*→ `menu` l\.13 .*→ `keuze` l\.18 \(match "2"\) → `opname_service` l\.36/);
  });

  it('twiml-hoofdmenu: no notice in the document, two references not followed', () => {
    const got = findings(['twiml-hoofdmenu.recording-policy.yaml']);
    assert.deepEqual(got.map((g) => g.line).sort(), [
      'twiml-hoofdmenu.recording-policy.yaml:28 announcement-no-recording-mention error',
      'twiml-hoofdmenu.twiml:10 flow-target-unresolved info',
      'twiml-hoofdmenu.twiml:21 flow-target-unresolved info',
    ]);
    assert.deepEqual(got.filter((g) => g.f.ruleId === 'flow-target-unresolved').map((g) => g.text).sort(), ['twiml-einde.twiml', 'twiml-keuze.twiml']);
    assert.match(got.find((g) => g.f.ruleId === 'announcement-no-recording-mention')!.f.message, /`twiml-keuze\.twiml`, `twiml-einde\.twiml`/);
  });

  it('the stage-2 formats are not read yet: script-not-found (not-a-script) at the script value', () => {
    for (const p of ['asterisk-extensions', 'freeswitch-acme', 'genesys-klantenservice', 'voicexml-main']) {
      const got = findings([`${p}.recording-policy.yaml`]);
      assert.deepEqual(got.map((g) => g.f.ruleId), ['script-not-found'], p);
      assert.match(got[0].f.message, /not a script or call flow reclint reads/, p);
    }
  });
});
