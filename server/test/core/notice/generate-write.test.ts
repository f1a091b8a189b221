/**
 * Writing a generated notice (notice-generator.md §9) through `planNotice`: the `.ivr` prompt of the
 * language replaced in place (id, rest of the line and comments kept), the consent step after it kept
 * with its keys or inserted, new steps before the first reachable `record start` inside a `lang` line
 * when needed, the inline `announcement.text` as a flow, block or JSON string; refusals; idempotence.
 */
import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../src/core/fix';
import { analyseNotice } from '../../../src/core/notice/analyse';
import { parseIvr } from '../../../src/core/ivr/parse';
import type { NoticeLang } from '../../../src/core/notice/types';
import { planNotice, type NoticePlan, type PlanRequest } from '../../../src/core/notice/write';
import { policyOf } from './generate.helpers';

const POLICY_URI = 'mem/line.recording-policy.yaml';

function policyText(opts: { languages?: string[]; announcement?: string; purposes?: string; json?: boolean } = {}): string {
  return [
    'policy: 1',
    'controller: Acme',
    `languages: [${(opts.languages ?? ['nl', 'en']).join(', ')}]`,
    'recordings:',
    '  - id: line',
    '    mode: all',
    ...(opts.announcement !== undefined ? [opts.announcement] : ['    announcement:', '      script: line.ivr', '      privacy_statement: https://acme.example/privacy']),
    '    purposes:',
    opts.purposes ?? ['      - purpose: evidence', '        legal_basis: contract', '        retention: { max: P1Y }', '      - purpose: staff-training', '        legal_basis: consent', '        consent: { mechanism: ivr-keypress }', '        retention: { max: P1M }'].join('\n'),
    '',
  ].join('\n');
}

function plan(policy: string, lang: NoticeLang, scripts: Record<string, string> = {}, extra: Partial<PlanRequest> = {}, uri = POLICY_URI): NoticePlan {
  const p = policyOf(policy);
  return planNotice({
    policy: p,
    recording: p.recordings[0],
    lang,
    policyUri: uri,
    policyText: policy,
    readScript: (_from, rel) => (scripts[`mem/${rel}`] !== undefined ? { ok: true, uri: `mem/${rel}`, text: scripts[`mem/${rel}`] } : { ok: false, uri: `mem/${rel}`, reason: 'not-found' }),
    ...extra,
  });
}

function applied(p: NoticePlan, texts: Record<string, string>): Record<string, string> {
  assert.ok(p.ok, !p.ok ? p.refused : '');
  const out = { ...texts };
  for (const uri of new Set(p.edits.map((e) => e.uri))) out[uri] = applyEdits(out[uri], p.edits.filter((e) => e.uri === uri)).text;
  return out;
}

const SCRIPT = [
  '# Acme service line',
  'lang nl',
  'start:',
  'say welkom "Welkom bij Acme."',
  '# the notice',
  'say opname-melding "Dit gesprek kan worden opgenomen voor',
  '  kwaliteitsdoeleinden."  # vague on purpose',
  'consent toestemming "Mag dat? Druk 3 of 4." accept=3 refuse=4',
  'record start',
  'menu 1=a 9=english',
  'a:',
  'transfer queue',
  'english:',
  'lang en',
  'say "Hello."',
  'record start',
  'transfer queue-en',
  '',
].join('\n');

describe('planNotice: the .ivr script (§9)', () => {
  it('replaces the notice prompt text in place, keeps its id, comments and the rest of the line; the consent step keeps its id and keys', () => {
    const p = plan(policyText(), 'nl', { 'mem/line.ivr': SCRIPT });
    const out = applied(p, { 'mem/line.ivr': SCRIPT })['mem/line.ivr'];
    assert.ok(p.ok);
    assert.deepEqual(p.target, { kind: 'script', uri: 'mem/line.ivr', promptId: 'opname-melding', inserted: false, consentId: 'toestemming' });
    const lines = out.split('\n');
    assert.equal(lines[5], `say opname-melding "${p.text}"  # vague on purpose`);
    assert.match(lines[6], /^consent toestemming "Mogen we de opname van dit gesprek gebruiken om onze medewerkers te trainen\? U kunt uw toestemming altijd weer intrekken\. Druk op 3 voor ja of op 4 voor nee\." accept=3 refuse=4$/);
    assert.equal(lines[4], '# the notice');
    const script = parseIvr('mem/line.ivr', out);
    assert.deepEqual(script.errors, []);
    const a = analyseNotice((script.steps.find((s) => s.kind === 'say' && s.id === 'opname-melding') as { prompt: { text: string } }).prompt.text, 'nl', { controller: 'Acme' });
    assert.deepEqual(a.purposes.map((x) => x.id).sort(), ['evidence', 'staff-training']);
  });

  it('a language with no notice: new say and consent steps before its first reachable record start', () => {
    const p = plan(policyText(), 'en', { 'mem/line.ivr': SCRIPT });
    assert.ok(p.ok);
    assert.deepEqual(p.target, { kind: 'script', uri: 'mem/line.ivr', promptId: 'line-notice-en', inserted: true, consentId: 'line-consent-en' });
    const out = applied(p, { 'mem/line.ivr': SCRIPT })['mem/line.ivr'];
    const lines = out.split('\n');
    const i = lines.indexOf('say "Hello."');
    assert.equal(lines[i + 1], `say line-notice-en "${p.text}"`);
    assert.match(lines[i + 2], /^consent line-consent-en ".*Press 1 for yes or 2 for no\." accept=1 refuse=2$/);
    assert.equal(lines[i + 3], 'record start');
    assert.deepEqual(parseIvr('mem/line.ivr', out).errors, []);
  });

  it('inside a lang line when the language in force differs, and the previous language restored after it', () => {
    const nlOnly = ['lang nl', 'say welkom "Welkom."', '  record start', 'transfer q', ''].join('\n');
    const p = plan(policyText(), 'en', { 'mem/line.ivr': nlOnly }, { acceptKey: '7', refuseKey: '8' });
    const out = applied(p, { 'mem/line.ivr': nlOnly })['mem/line.ivr'];
    assert.ok(p.ok);
    const lines = out.split('\n');
    assert.equal(lines[2], '  lang en');
    assert.match(lines[3], /^  say line-notice-en "Acme records this call as evidence of what was agreed\./);
    assert.match(lines[4], /^  consent line-consent-en ".*Press 7 for yes or 8 for no\." accept=7 refuse=8$/);
    assert.equal(lines[5], '  lang nl');
    assert.equal(lines[6], '  record start');
    assert.deepEqual(parseIvr('mem/line.ivr', out).errors, []);
  });

  it('the prompt announcement.prompt names, when it is in that language; a quote in the text is escaped', () => {
    const named = policyText({ announcement: '    announcement:\n      script: line.ivr\n      prompt: melding-twee' });
    const script = ['lang nl', 'say melding-een "Dit gesprek wordt opgenomen."', 'say melding-twee "Opname."', 'record start', ''].join('\n');
    const p = plan(named, 'nl', { 'mem/line.ivr': script }, { controllerName: 'Acme "De Beste"' });
    assert.ok(p.ok);
    assert.equal(p.target.promptId, 'melding-twee');
    const out = applied(p, { 'mem/line.ivr': script })['mem/line.ivr'];
    assert.match(out.split('\n')[2], /^say melding-twee "Acme \\"De Beste\\" neemt dit gesprek op /);
    assert.equal(out.split('\n')[1], 'say melding-een "Dit gesprek wordt opgenomen."');
  });

  it('is idempotent: planning again on the written script changes nothing', () => {
    for (const lang of ['nl', 'en'] as const) {
      const once = applied(plan(policyText(), lang, { 'mem/line.ivr': SCRIPT }), { 'mem/line.ivr': SCRIPT });
      const twice = applied(plan(policyText(), lang, once), once);
      assert.equal(twice['mem/line.ivr'], once['mem/line.ivr'], lang);
    }
  });

  it('refuses a call flow (exit 2), a missing script (exit 2), a script that never records (exit 1); passes on the generator refusals', () => {
    const flow = plan(policyText({ announcement: '    announcement:\n      script: flow.json' }), 'nl', { 'mem/flow.json': '{}' });
    assert.ok(!flow.ok && flow.exit === 2 && /call flow/.test(flow.refused));
    const missing = plan(policyText(), 'nl', {});
    assert.ok(!missing.ok && missing.exit === 2 && /cannot read/.test(missing.refused));
    const never = plan(policyText(), 'en', { 'mem/line.ivr': 'lang nl\nsay "Hallo."\n' });
    assert.ok(!never.ok && never.exit === 1 && /record start/.test(never.refused));
    const empty = plan(policyText({ purposes: '      []' }), 'nl', { 'mem/line.ivr': SCRIPT });
    assert.ok(!empty.ok && empty.exit === 1 && /no purpose/.test(empty.refused));
  });
});

describe('planNotice: inline announcement.text (§9)', () => {
  const contractOnly = ['      - purpose: evidence', '        legal_basis: contract', '        retention: { max: P1Y }'].join('\n');

  it('a flow scalar is written double-quoted; language set when not the first of languages', () => {
    const text = policyText({ languages: ['en'], announcement: "    announcement:\n      text: 'This call is recorded.'", purposes: contractOnly });
    const p = plan(text, 'en');
    const out = applied(p, { [POLICY_URI]: text })[POLICY_URI];
    assert.ok(p.ok);
    assert.ok(out.includes(`      text: ${JSON.stringify(p.text)}\n`), out);
    const de = plan(text, 'de');
    const outDe = applied(de, { [POLICY_URI]: text })[POLICY_URI];
    assert.match(outDe, /\n      language: de\n/);
    assert.equal(policyOf(outDe).recordings[0].announcement!.text!.value, de.ok ? de.text : '');
  });

  it('a block scalar stays a block (>-), folded at 100 columns, and reads back as the text', () => {
    const text = policyText({ languages: ['fr'], announcement: '    announcement:\n      text: |\n        Cet appel est enregistré.\n      language: fr', purposes: contractOnly });
    const p = plan(text, 'fr');
    const out = applied(p, { [POLICY_URI]: text })[POLICY_URI];
    assert.ok(p.ok);
    assert.match(out, /\n      text: >-\n        Acme enregistre/);
    for (const l of out.split('\n')) assert.ok(l.length <= 100, l);
    assert.equal(policyOf(out).recordings[0].announcement!.text!.value, p.text);
    assert.equal(applied(plan(out, 'fr'), { [POLICY_URI]: out })[POLICY_URI], out, 'idempotent');
  });

  it('no announcement: one is inserted with the text; JSON policies get a JSON string', () => {
    const text = policyText({ languages: ['nl'], announcement: '', purposes: contractOnly }).replace('\n\n', '\n');
    const p = plan(text, 'nl');
    const out = applied(p, { [POLICY_URI]: text })[POLICY_URI];
    assert.equal(policyOf(out).recordings[0].announcement!.text!.value, p.ok ? p.text : '');
    const json = JSON.stringify({ policy: 1, controller: 'Acme', languages: ['en'], recordings: [{ id: 'line', mode: 'all', announcement: { text: 'Recorded.' }, purposes: [{ purpose: 'evidence', legal_basis: 'contract', retention: { max: 'P1Y' } }] }] }, null, 2);
    const jp = plan(json, 'en', {}, {}, 'mem/line.recording-policy.json');
    const jout = applied(jp, { 'mem/line.recording-policy.json': json })['mem/line.recording-policy.json'];
    assert.equal(JSON.parse(jout).recordings[0].announcement.text, jp.ok ? jp.text : '');
  });

  it('refuses inline text for two languages or a keypress purpose: the notice moves into a script', () => {
    const two = plan(policyText({ languages: ['nl', 'en'], announcement: "    announcement:\n      text: 'x'", purposes: contractOnly }), 'nl');
    assert.ok(!two.ok && /move the notice into a script/.test(two.refused));
    const keypress = plan(policyText({ languages: ['nl'], announcement: "    announcement:\n      text: 'x'" }), 'nl');
    assert.ok(!keypress.ok && /keypress/.test(keypress.refused) && keypress.exit === 1);
  });
});
