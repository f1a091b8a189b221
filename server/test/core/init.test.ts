/**
 * `reclint init` in the core (spec init.md): golden starters, each linted with its script, whose
 * findings must be exactly the TODO set the spec's table lists (rule id, message id and count), per
 * purpose for the script that announces every purpose; comments survive a `yaml` round trip; the
 * starter passes `--fix` unchanged; what is read from a script (languages, purposes, consent).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import type { LintOptions } from '../../src/core/config';
import type { Finding } from '../../src/core/findings';
import { applyFixGroups, fixEditsFor } from '../../src/core/fix';
import { countByRule, kebab, lintStarter, skeletonPolicy, starterFileName, starterPolicy } from '../../src/core/init';
import { GOLDEN_CASES, type GoldenCase } from '../data/init/cases';

const ROOT = path.resolve(__dirname, '../../..');
const GOLDEN = path.join(ROOT, 'server/test/data/init/golden');
const read = (rel: string) => fs.readFileSync(path.join(ROOT, rel), 'utf8');

/** The basis table of init.md, per purpose: the TODO rules a purpose's node gets. */
function specRules(purpose: string, o: { dk: boolean; consentStep: boolean }): string[] {
  switch (purpose) {
    case 'evidence': case 'complaint-handling': case 'service-provision': return [];
    case 'quality-assurance': case 'employee-evaluation': case 'fraud-prevention': case 'staff-safety': case 'troubleshooting': case 'speech-analytics': return ['balancing-test-missing'];
    case 'staff-training': return o.consentStep ? [] : o.dk ? ['consent-not-active'] : ['balancing-test-missing', 'training-needs-consent'];
    case 'legal-compliance': return ['legal-obligation-unreferenced'];
    case 'marketing': case 'ai-training': case 'publication': return o.consentStep ? [] : ['consent-not-active'];
    case 'emotion-recognition': return ['emotion-recognition-workplace', 'legal-basis-missing'];
    default: throw new Error(`no row for ${purpose}`);
  }
}

function optionsOf(c: GoldenCase): LintOptions {
  return { rules: {}, phrases: c.config.phrases ?? {}, jurisdiction: c.config.jurisdiction };
}

/** The starter of a case and its findings (the starter sits beside the script, as `reclint init` writes it). */
function run(c: GoldenCase): { text: string; policyUri: string; findings: Finding[] } {
  if (!c.script) {
    const s = skeletonPolicy();
    return { text: s.text, policyUri: s.fileName, findings: lintStarter({ policyUri: s.fileName, policyText: s.text, options: optionsOf(c) }) };
  }
  const scriptText = read(c.script);
  const r = starterPolicy(c.script, scriptText, c.opts);
  assert.ok(r.ok, `${c.id}: ${!r.ok && r.reason}`);
  const policyUri = `${path.posix.dirname(c.script)}/${r.fileName}`;
  return { text: r.text, policyUri, findings: lintStarter({ policyUri, policyText: r.text, script: { uri: c.script, text: scriptText }, options: optionsOf(c) }) };
}

function tally(findings: readonly Finding[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) out[`${f.ruleId}/${f.messageId}`] = (out[`${f.ruleId}/${f.messageId}`] ?? 0) + 1;
  return out;
}

/** The purpose item of the starter a finding points into, by the `- purpose:` line above it. */
function purposeAt(text: string, offset: number): string | undefined {
  const block = text.indexOf('\n    purposes:\n');
  const end = text.indexOf('\n    # TODO access', block);
  if (block < 0 || offset < block || offset > end) return undefined;
  let found: string | undefined;
  const eol = text.indexOf('\n', offset);
  for (const m of text.slice(block, eol < 0 ? text.length : eol).matchAll(/^ {6}- purpose: (\S+)$/gm)) found = m[1];
  return found;
}

describe('reclint init (core)', () => {
  for (const c of GOLDEN_CASES) {
    describe(c.id, () => {
      const got = run(c);
      it('is the golden starter', () => {
        assert.equal(got.text, fs.readFileSync(path.join(GOLDEN, `${c.id}.starter.yaml`), 'utf8'));
      });
      it('lints with exactly the TODO findings of the spec (rule ids, message ids, counts)', () => {
        assert.deepEqual(tally(got.findings), c.expected);
      });
      it('keeps every comment through a yaml round trip, and parses without errors', () => {
        const doc = parseDocument(got.text);
        assert.deepEqual(doc.errors, []);
        const again = doc.toString();
        const comments = got.text.split('\n').filter((l) => l.includes('#')).map((l) => l.slice(l.indexOf('#')).trim());
        assert.ok(comments.length > 10);
        for (const k of comments) assert.ok(again.includes(k), `lost: ${k}`);
      });
      it('passes --fix unchanged and writes no TODO value', () => {
        const policy = got.findings.filter((f) => f.uri === got.policyUri);
        assert.equal(applyFixGroups(got.text, fixEditsFor(got.policyUri, policy)).text, got.text);
        assert.ok(!got.findings.some((f) => f.ruleId === 'placeholder-value'));
      });
    });
  }

  it('gives each announced purpose exactly the rules of the basis table (per purpose, EU, NL, DK, with and without a consent step)', () => {
    for (const id of ['all-purposes', 'all-purposes-nl', 'all-purposes-dk', 'all-purposes-consent']) {
      const c = GOLDEN_CASES.find((x) => x.id === id)!;
      const { text, findings } = run(c);
      const o = { dk: id.endsWith('-dk'), consentStep: id.endsWith('-consent') };
      const per = new Map<string, string[]>();
      for (const f of findings) {
        const p = purposeAt(text, f.span.start);
        if (p && f.ruleId !== 'works-council-approval') per.set(p, [...(per.get(p) ?? []), f.ruleId].sort());
      }
      const purposes = [...text.matchAll(/^ {6}- purpose: (\S+)$/gm)].map((m) => m[1]);
      assert.equal(purposes.length, 15, id);
      for (const p of purposes) assert.deepEqual(per.get(p) ?? [], specRules(p, o), `${id}: ${p}`);
      // NL only: the works council, for evaluation, speech and emotion analytics.
      const wc = findings.filter((f) => f.ruleId === 'works-council-approval').map((f) => purposeAt(text, f.span.start));
      assert.deepEqual(wc, id === 'all-purposes-nl' ? ['employee-evaluation'] : []);
    }
  });

  it('reads the languages in order of first appearance and the purposes in order of first mention', () => {
    const r = starterPolicy('a/helpdesk.ivr', read('examples/clean/helpdesk.ivr'));
    assert.ok(r.ok);
    assert.deepEqual(r.summary, { format: 'ivr', languages: ['nl', 'en'], purposes: ['quality-assurance', 'staff-training', 'complaint-handling'], notices: ['opname-melding', 'recording-notice-en'], consentStep: true });
    assert.equal(r.fileName, 'helpdesk.recording-policy.yaml');
    assert.match(r.text, /^languages: \[nl, en\]/m);
    assert.match(r.text, /^ {6}script: helpdesk\.ivr /m);
    assert.doesNotMatch(r.text, /^\s*prompt:/m);
  });

  it('takes the best reading for a notice before any `lang`, and the codes after it', () => {
    const script = 'say "Dit gesprek wordt opgenomen voor klachtafhandeling."\nrecord start\nlang en\nsay "This call is recorded for fraud prevention."\nrecord start\n';
    const r = starterPolicy('x/lijn.ivr', script);
    assert.ok(r.ok);
    assert.deepEqual(r.summary.languages, ['nl', 'en']);
    assert.deepEqual(r.summary.purposes, ['complaint-handling', 'fraud-prevention']);
    const f = lintStarter({ policyUri: `x/${r.fileName}`, policyText: r.text, script: { uri: 'x/lijn.ivr', text: script }, options: { rules: {}, phrases: {} } });
    // purpose-not-announced: each language's notice lacks the other's purpose (the script's own, per language).
    assert.deepEqual(countByRule(f.filter((x) => !(x.ruleId in { schema: 1, 'employees-not-informed': 1, 'access-undefined': 1, 'subject-access-undefined': 1 }))).sort(), [['balancing-test-missing', 1], ['purpose-not-announced', 2]]);
    assert.ok(!f.some((x) => x.ruleId === 'announced-purpose-undeclared'));
  });

  it('reads the notices with the config phrases the linter will use', () => {
    const script = 'lang nl\nsay melding "Dit gesprek wordt opgenomen voor de jaarlijkse zonnepaneelcontrole."\nrecord start\n';
    const without = starterPolicy('v.ivr', script);
    const withPhrase = starterPolicy('v.ivr', script, { phrases: { nl: { troubleshooting: ['jaarlijkse zonnepaneelcontrole'] } } });
    assert.ok(without.ok && withPhrase.ok);
    assert.deepEqual(without.summary.purposes, []);
    assert.deepEqual(withPhrase.summary.purposes, ['troubleshooting']);
  });

  it('adds nothing for a prompt that denies recording, and skips .ivr lines that do not parse', () => {
    const script = 'lang en\nsay "This call is not recorded for marketing or anything else."\nthis line is no step\nsay n "This call is recorded for complaint handling."\nrecord start\n';
    const r = starterPolicy('d.ivr', script);
    assert.ok(r.ok);
    assert.deepEqual(r.summary.purposes, ['complaint-handling']);
    const only = starterPolicy('o.ivr', 'lang en\nsay "This call is not recorded."\nrecord start\n');
    assert.ok(only.ok);
    assert.deepEqual(only.summary.purposes, []);
    assert.match(only.text, /^# o\.ivr tells callers that the call is not recorded, so no purpose is declared/m);
    assert.match(only.text, /^ {4}purposes: \[\]/m);
  });

  it('writes `jurisdiction` only from the option, and proposes consent for training when the config says DK', () => {
    const script = read('server/test/data/init/scripts/kundeservice.ivr');
    const eu = starterPolicy('k.ivr', script);
    const cfgDk = starterPolicy('k.ivr', script, { defaultJurisdiction: 'DK' });
    const flag = starterPolicy('k.ivr', script, { jurisdiction: 'dk' });
    assert.ok(eu.ok && cfgDk.ok && flag.ok);
    assert.doesNotMatch(eu.text, /^jurisdiction:/m);
    assert.doesNotMatch(cfgDk.text, /^jurisdiction:/m);
    assert.match(flag.text, /^jurisdiction: DK$/m);
    const training = (t: string) => /- purpose: staff-training\n {8}legal_basis: (\S+)/.exec(t)![1];
    assert.equal(training(eu.text), 'legitimate-interests');
    assert.equal(training(cfgDk.text), 'consent');
    assert.equal(training(flag.text), 'consent');
  });

  it('refuses what it cannot read: a text in no format, a flow that does not parse', () => {
    const none = starterPolicy('notes.txt', 'Just some notes about the phone line.');
    assert.equal(none.ok, false);
    assert.match(!none.ok ? none.reason : '', /reclint reads `\.ivr` scripts/);
    const broken = starterPolicy('flow.json', '{"Version": "2019-10-30", "StartAction": "a", "Actions": [');
    assert.equal(broken.ok, false);
    assert.match(!broken.ok ? broken.reason : '', /does not parse/);
  });

  it('names the file and the recording after the script', () => {
    assert.equal(kebab('CustomerService_Main.v2'), 'customer-service-main-v2');
    assert.equal(kebab('Klantenservice Zuid'), 'klantenservice-zuid');
    assert.equal(kebab('---'), undefined);
    assert.equal(starterFileName('member-services.json'), 'member-services.recording-policy.yaml');
    assert.equal(starterFileName('klantcontactcentrum'), 'klantcontactcentrum.recording-policy.yaml');
    assert.equal(starterFileName(undefined), 'recordings.recording-policy.yaml');
    assert.equal(starterFileName('a.ivr', 'lijn'), 'lijn.recording-policy.yaml');
    const r = starterPolicy('file:///w/Klanten%20Service.ivr', 'lang nl\nsay "Dit gesprek wordt opgenomen voor klachtafhandeling."\nrecord start\n');
    assert.ok(r.ok);
    assert.equal(r.fileName, 'Klanten Service.recording-policy.yaml');
    assert.match(r.text, /^ {2}- id: klanten-service$/m);
    assert.match(r.text, /^ {6}script: Klanten Service\.ivr /m);
    const odd = starterPolicy('x/#1: main.ivr', 'say "x"\n');
    assert.ok(odd.ok);
    assert.match(odd.text, /^ {6}script: "#1: main\.ivr" /m);
    assert.match(odd.text, /^ {2}- id: 1-main$/m);
  });

  it('imports nothing outside the core (it runs in a browser)', () => {
    const dir = path.join(ROOT, 'server/src/core');
    for (const f of ['init.ts', ...fs.readdirSync(path.join(dir, 'init')).map((x) => `init/${x}`)]) {
      const src = fs.readFileSync(path.join(dir, f), 'utf8');
      for (const m of src.matchAll(/from '([^']+)'/g)) assert.ok(m[1].startsWith('.'), `${f} imports ${m[1]}`);
    }
  });
});
