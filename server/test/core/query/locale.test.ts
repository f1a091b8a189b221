/**
 * The query texts in the locale of `QueryEnv.locale` (or the locale argument): policy, script and flow
 * hovers, completion details, symbols; the law quoted as written, durations in words.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MemoryProject } from '../../../src/core/memory-project';
import { lint } from '../../../src/core/engine';
import { policyCompletion } from '../../../src/core/query/completion';
import { policySkeleton } from '../../../src/core/query/keys';
import { parsePolicyForQuery } from '../../../src/core/query/context';
import type { QueryEnv } from '../../../src/core/query/env';
import { flowHover, transcriptsOf } from '../../../src/core/query/flow';
import { directiveHover, policyHover, scriptHover } from '../../../src/core/query/hover';
import { policySymbols } from '../../../src/core/query/navigation';
import { durationWords, legalSourceIn } from '../../../src/core/query/words';
import { RULES } from '../../../src/core/rules/index';

const POLICY = `policy: 1
controller: Acme
languages: [nl]
triggers:
  case-closed:
    description: De zaak is gesloten
    max: P1Y6M
recordings:
  - mode: all
    data: [voice, health, criminal-data]
    art9_condition: 9(2)(h)
    announcement:
      text: "Dit gesprek wordt opgenomen om onze medewerkers te trainen."
    purposes:
      - purpose: staff-training
        legal_basis: gerechtvaardigd-belang
        balancing_test: docs/lia.md
        retention: { until: case-closed }
      - purpose: evidence
        legal_basis: vital-interests
        retention: { until: case-closed }
`;

const env = (locale?: 'en' | 'nl'): QueryEnv => ({ uri: 'mem://p.recording-policy.yaml', readScript: (_f, rel) => ({ ok: false, uri: rel, reason: 'not-found' }), configPhrases: {}, ...(locale ? { locale } : {}) });
const at = (needle: string, delta = 1) => POLICY.indexOf(needle) + delta;
const doc = parsePolicyForQuery(POLICY);
const hover = (needle: string, locale?: 'en' | 'nl', delta = 1) => policyHover(doc, at(needle, delta), env(locale))?.markdown ?? '';

describe('query texts in the locale', () => {
  it('legal bases: the article and what it requires, as art. 6(1) words it, with no stray escapes', () => {
    const nl = hover('gerechtvaardigd-belang', 'nl');
    assert.match(nl, /^`gerechtvaardigd-belang` wordt gelezen als \*\*`legitimate-interests`\*\*: gerechtvaardigd belang, art\. 6 lid 1 onder f AVG\./);
    assert.match(nl, /tenzij de belangen of de grondrechten van de beller zwaarder wegen; vraagt om `balancing_test:`/);
    const en = hover('gerechtvaardigd-belang');
    assert.match(en, /understood as \*\*`legitimate-interests`\*\*: art\. 6\(1\)\(f\) GDPR\./);
    assert.match(en, /Necessary for the legitimate interests of the organisation, unless the caller's interests or fundamental rights override them; takes `balancing_test:`/);
    for (const h of [nl, en]) assert.doesNotMatch(h, /\\_|\\`/);
    assert.match(hover('vital-interests', 'nl'), /vitale belangen, art\. 6 lid 1 onder d AVG/);
    assert.match(hover('vital-interests'), /vital interests \(life or physical integrity\) of the caller or of another natural person/);
  });

  it('purposes: compatible purposes of art. 6(4), announced or not, in the locale', () => {
    const nl = hover('purpose: evidence', 'nl', 12);
    assert.match(nl, /\*\*`evidence`\*\*: standaarddoel: bewijs van wat is gezegd of afgesproken/);
    assert.match(nl, /Verenigbare doelen \(art\. 6 lid 4 AVG\): `complaint-handling`/);
    assert.match(nl, /\*\*Niet aangekondigd\*\* aan bellers van opname 1 \(de melding kondigt `staff-training` aan\)\./);
    const en = hover('purpose: evidence', 'en', 12);
    assert.match(en, /Compatible purposes \(art\. 6\(4\) GDPR\): `complaint-handling`/);
    assert.match(en, /\*\*Not announced\*\* to callers of recording 1 \(the notice announces `staff-training`\)\./);
    assert.match(hover('purpose: staff-training', 'nl', 12), /De Deense toezichthouder \(Datatilsynet, 2019\)/);
    assert.match(hover('purpose: staff-training', 'en', 12), /The Danish DPA \(Datatilsynet, 2019\)/);
    assert.match(hover('purpose: staff-training', 'nl', 12), /Aangekondigd aan bellers van opname 1: "medewerkers te trainen" in de `announcement.text` in het beleid zelf \(regel 13\)\./);
  });

  it('art. 9(2) conditions and special categories, in the locale', () => {
    assert.match(hover('9(2)(h)', 'nl'), /^\*\*`9\(2\)\(h\)`\*\*: art\. 9 lid 2 onder h AVG: noodzakelijk voor preventieve of arbeidsgeneeskunde/);
    assert.match(hover('9(2)(h)'), /^\*\*`9\(2\)\(h\)`\*\*: art\. 9\(2\)\(h\) GDPR: necessary for preventive or occupational medicine/);
    assert.match(hover('health', 'nl'), /bijzondere categorie van persoonsgegevens \(art\. 9 lid 1 AVG\)/);
    assert.match(hover('criminal-data', 'nl'), /strafrechtelijke veroordelingen en strafbare feiten \(art\. 10 AVG\)/);
    assert.match(hover('criminal-data'), /criminal convictions and offences \(art\. 10 GDPR\)/);
  });

  it('triggers: the backstop in words', () => {
    assert.match(hover('case-closed:', 'nl'), /uiterlijk na 1 jaar en 6 maanden \(`P1Y6M`\)/);
    assert.match(hover('case-closed:'), /at the latest after 1 year and 6 months \(`P1Y6M`\)/);
    assert.match(hover('case-closed:', 'nl'), /Beëindigt de bewaartermijn van 2 doelen\./);
    assert.equal(durationWords('nl', 'PT2H'), '2 uur');
    assert.equal(durationWords('en', 'P1Y2M3D'), '1 year, 2 months and 3 days');
    assert.equal(durationWords('en', 'forever'), undefined);
  });

  it('the notice: reclint\'s words in the locale, the notice as written', () => {
    const nl = hover('Dit gesprek', 'nl', 3);
    assert.match(nl, /^\*\*Deze melding\*\* \(nl\)\n\n> Dit gesprek wordt \*\*opgenomen\*\*/);
    assert.match(nl, /- \*\*Meldt opname\*\*: zegt dat het gesprek wordt opgenomen \("opgenomen"\)/);
    const ivr = 'lang en\nsay notice "This call is not recorded."\n';
    assert.match(scriptHover('mem://a.ivr', ivr, ivr.indexOf('This') + 2, {}, 'nl')!.markdown, /\*\*Zegt dat het gesprek niet wordt opgenomen\*\*/);
    assert.match(scriptHover('mem://a.ivr', ivr, ivr.indexOf('This') + 2)!.markdown, /\*\*Says the call is not recorded\*\*/);
  });

  it('a flow prompt (read from its transcript or not) and a recording step, in the locale', () => {
    const dir = path.resolve(__dirname, '../../../../examples/call-flows/asterisk');
    const files = Object.fromEntries(fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
    const plan = files['extensions.conf'];
    const p = new MemoryProject(files);
    const lists = transcriptsOf('extensions.conf', p.paths.filter((f) => f.endsWith('.recording-policy.yaml')).map((uri) => ({ uri, text: p.text(uri)! })), p.readScript);
    const prompt = flowHover('extensions.conf', plan, plan.indexOf('Playback(anker/opname)') + 11, {}, lists, 'nl')!;
    assert.match(prompt.markdown, /\*\*Meldt opname\*\*/);
    assert.match(prompt.markdown, /uit de transcriptielijst `sounds-nl\.txt`/);
    assert.equal(prompt.notice, true);
    const unread = flowHover('extensions.conf', plan, plan.indexOf('Playback(anker/opname)') + 11, {}, [], 'nl')!;
    assert.match(unread.markdown, /reclint kan niet lezen wat erin wordt gezegd/);
    const mix = flowHover('extensions.conf', plan, plan.indexOf('MixMonitor(') + 2, {}, [], 'nl')!;
    assert.match(mix.markdown, /het gesprek wordt opgenomen/);
  });

  it('completion details and symbols in the locale', () => {
    const basis = policyCompletion(doc, at('vital-interests', 2), env('nl'));
    const li = basis.find((c) => c.label === 'legitimate-interests')!;
    assert.equal(li.detail, 'gerechtvaardigd belang, art. 6 lid 1 onder f AVG');
    assert.doesNotMatch(li.documentation ?? '', /`/, 'plain-text documentation');
    const en = policyCompletion(doc, at('vital-interests', 2), env());
    assert.equal(en.find((c) => c.label === 'consent')!.detail, 'art. 6(1)(a) GDPR');
    const cond = policyCompletion(doc, at('9(2)(h)', 2), env('nl')).find((c) => c.label === '9(2)(a)')!;
    assert.equal(cond.detail, 'art. 9 lid 2 onder a AVG');
    assert.equal(cond.documentation, 'de beller heeft uitdrukkelijke toestemming gegeven');
    const data = policyCompletion(doc, at('[voice', 2), env('nl'));
    assert.match(data.find((c) => c.label === 'health')!.detail!, /^bijzondere categorie \(art\. 9 of 10 AVG\)/);
    const keysText = 'policy: 1\nrecordings:\n  - id: line\n    ';
    const keys = policyCompletion(parsePolicyForQuery(keysText), keysText.length, env('nl'));
    assert.equal(keys.find((k) => k.label === 'employees_informed')?.documentation, 'Of de medewerkers in deze gesprekken over de opname zijn geïnformeerd (art. 13 AVG).');
    assert.equal(keys.find((k) => k.label === 'announcement')?.detail, 'Melding');
    const empty = policyCompletion(parsePolicyForQuery(''), 0, env('nl'));
    assert.deepEqual(empty.map((c) => [c.label, c.detail]), [['opnamebeleid', 'een startbeleid: één opname, één doel']]);
    assert.deepEqual(policySymbols(doc, 'nl').map((s) => s.name), ['triggers', 'opname 1']);
    assert.equal(policySymbols(doc, 'nl')[0].children[0].detail, 'uiterlijk P1Y6M');
  });

  it('a disable directive: the rule\'s description in the locale', () => {
    const text = 'say x "Hallo"\n# reclint-disable-next-line vague-purpose, nope -- ok\n';
    const on = (word: string, locale: 'en' | 'nl') => directiveHover(text, text.indexOf(word) + 2, locale)?.markdown;
    assert.match(on('vague-purpose', 'nl')!, /^\*\*`vague-purpose`\*\*: De melding leunt op een vage formulering/);
    assert.match(on('vague-purpose', 'nl')!, /Rechtsbron: art\. 12 lid 1 en 13 lid 1 onder c AVG\./);
    assert.match(on('vague-purpose', 'en')!, /Legal source: GDPR art\. 12\(1\), 13\(1\)\(c\)\./);
    assert.match(on('vague-purpose', 'en')!, /^\*\*`vague-purpose`\*\*: The notice relies on a vague phrase/);
    assert.equal(on('nope', 'nl'), '`nope` is geen regel van reclint.');
    assert.equal(directiveHover(text, text.indexOf('ok') + 1, 'nl'), undefined, 'the reason is no rule id');
  });

  it('every rule\'s legal source cites the AVG in the Dutch style', () => {
    for (const r of RULES) {
      const nl = legalSourceIn('nl', r.meta.legalSource);
      assert.doesNotMatch(nl, /GDPR|AI Act|\d\(|Danish/, `${r.meta.id}: ${nl}`);
      assert.equal(legalSourceIn('en', r.meta.legalSource), r.meta.legalSource);
    }
    assert.equal(legalSourceIn('nl', 'GDPR art. 5(1)(b), 6(4), 13(1)(c)'), 'art. 5 lid 1 onder b, 6 lid 4 en 13 lid 1 onder c AVG');
    assert.equal(legalSourceIn('nl', 'GDPR art. 4(11), 7'), 'art. 4 onder 11 en 7 AVG');
  });

  it('the starter policy in Dutch still parses, with Dutch placeholder descriptions', () => {
    const text = policySkeleton('nl').insert.replace(/\$\{(\d+):([^}]*)\}/g, '$2').replace(/\$\{(\d+)\}/g, 'call-reviewed');
    assert.match(text, /description: Inkomende gesprekken op de klantenservicelijn/);
    const r = lint({ files: [{ uri: 'p.recording-policy.yaml', text }], options: () => ({ rules: {}, phrases: {} }), readScript: (_f, rel) => ({ ok: false, uri: rel, reason: 'not-found' }) });
    assert.deepEqual(r.findings.filter((f) => f.ruleId === 'schema' || f.ruleId === 'yaml-syntax').map((f) => f.message), []);
  });
});
