/**
 * `reclint notice` (notice-generator.md §8): formats, exit codes, the `.reclintrc.yaml` `notice:`
 * section, and end to end: `--write` into a copy of every example policy, then `reclint` on the copy
 * reports no finding of the announcement family for that recording; a second `--write` changes nothing.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main, type CliIo } from '../../src/cli/main';
import { parseIvr } from '../../src/core/ivr/parse';
import { ANNOUNCEMENT_RULES } from '../../src/core/rules/announcement/index';

const ROOT = path.resolve(__dirname, '../../..');
const FAMILY = new Set([...ANNOUNCEMENT_RULES.map((r) => r.meta.id), 'consent-not-active']);

async function run(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { cwd, out: (s) => out.push(s), err: (s) => err.push(s), readStdin: async () => '', isTTY: false, env: { NO_COLOR: '1', RECLINT_WORKERS: '1' } };
  const code = await main(args, io);
  return { code, out: out.join(''), err: err.join('') };
}

const made: string[] = [];
after(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

function tmp(files: Record<string, string> = {}): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'reclint-notice-'));
  made.push(d);
  for (const [p, t] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(d, p)), { recursive: true });
    fs.writeFileSync(path.join(d, p), t);
  }
  return d;
}

function copyExamples(): string {
  const d = tmp();
  fs.cpSync(path.join(ROOT, 'examples'), path.join(d, 'examples'), { recursive: true });
  return d;
}

interface JsonFinding { ruleId: string; line: number; message: string }
async function lintFindings(cwd: string, target: string): Promise<{ file: string; f: JsonFinding }[]> {
  const r = await run([target, '--format', 'json'], cwd);
  assert.ok(r.code === 0 || r.code === 1, r.err);
  const doc = JSON.parse(r.out) as { results: { file: string; findings: JsonFinding[] }[] };
  return doc.results.flatMap((x) => x.findings.map((f) => ({ file: x.file, f })));
}

const POLICY = (extra = '') => `policy: 1
controller: Acme Klantenservice B.V.
jurisdiction: NL
languages: [nl, en]
triggers:
  coaching-done:
    description: The coaching session has taken place
    max: P2M
subject_rights:
  access: { includes: [recordings], procedure: https://acme.example/privacy/access }
  erasure: { procedure: https://acme.example/privacy/erasure }
recordings:
  - id: customer-service
    direction: inbound
    party_to_call: true
    employees_informed: true
    mode: sampled
    sample_rate: 0.1
    data: [voice, phone-number]
    transcripts: false
    announcement:
      script: service.ivr${extra}
    purposes:
      - purpose: quality-assurance
        legal_basis: legitimate-interests
        balancing_test: docs/lia.md
        retention: { max: P30D }
      - purpose: evidence
        legal_basis: contract
        retention: { max: P1Y }
      - purpose: complaint-handling
        legal_basis: legitimate-interests
        balancing_test: docs/lia.md
        retention: { max: P1Y }
      - purpose: staff-training
        legal_basis: consent
        consent: { mechanism: ivr-keypress }
        retention: { until: coaching-done, max: P2M }
    access: { roles: [quality] }
`;
const SCRIPT = `lang nl
say welkom "Welkom bij Acme. For English, press 9."
menu 1=nl 9=en
nl:
say melding "Dit gesprek kan worden opgenomen voor kwaliteitsdoeleinden."
record start
transfer q
en:
lang en
say "Hello."
record start
transfer q-en
`;

describe('reclint notice', function () {
  this.timeout(60000);

  it('prints the text form per language, and reads the notice: section of .reclintrc.yaml', async () => {
    const d = tmp({
      '.reclintrc.yaml': 'notice:\n  controller_name: Acme\n  privacy_url: https://www.acme.example/privacy/\n  more_key: "9"\n',
      'p.recording-policy.yaml': POLICY(),
      'service.ivr': SCRIPT,
    });
    const r = await run(['notice', 'p.recording-policy.yaml'], d);
    assert.equal(r.code, 0, r.err);
    const blocks = r.out.split('\n\n');
    // The more-key sentence takes the full forms over 30 s (31.1 s): the short forms are written.
    assert.equal(blocks[0].split('\n')[0], 'customer-service · nl · notice 26.0 s (budget 30 s)');
    assert.match(blocks[0], /\nAcme neemt één op de 10 gesprekken op voor kwaliteitsbewaking, bewijs en klachtafhandeling\. Met uw toestemming gebruiken we de opname ook voor training\. .* Lees meer op acme\.example\/privacy\. Druk op 9 voor meer informatie over uw privacy\.$/);
    assert.equal(blocks[1].split('\n')[0], 'consent question (keypress 1 = yes, 2 = no) · 11.4 s (budget 15 s)');
    assert.match(blocks[2], /^customer-service · en · notice /);
    assert.equal(r.err, '');
  });

  it('json: one line, keys in the documented order', async () => {
    const d = tmp({ 'p.recording-policy.yaml': POLICY(), 'service.ivr': SCRIPT });
    const r = await run(['notice', 'p.recording-policy.yaml', '--format', 'json', '--lang', 'en', '--privacy-url', 'https://acme.example/privacy'], d);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out.split('\n').length, 2);
    const j = JSON.parse(r.out);
    assert.deepEqual(Object.keys(j), ['policy', 'recording', 'notices']);
    assert.equal(j.policy, 'p.recording-policy.yaml');
    assert.deepEqual(Object.keys(j.notices[0]), ['lang', 'notice', 'consent', 'seconds', 'budget', 'short', 'purposes', 'consentPurposes', 'roundTrip', 'warnings']);
    assert.deepEqual(Object.keys(j.notices[0].consent), ['mechanism', 'text', 'accept', 'refuse']);
    assert.deepEqual(j.notices[0].budget, { notice: 30, consent: 15 });
    assert.deepEqual(j.notices[0].seconds, { notice: 24.1, consent: 9 });
    assert.deepEqual(j.notices[0].roundTrip, { ok: true, notice: ['quality-assurance', 'evidence', 'complaint-handling', 'staff-training'], consent: ['staff-training'] });
    assert.deepEqual(j.notices[0].consentPurposes, ['staff-training']);
  });

  it('ivr: lines to paste before record start, that parse', async () => {
    const d = tmp({ 'p.recording-policy.yaml': POLICY(), 'service.ivr': SCRIPT });
    const r = await run(['notice', 'p.recording-policy.yaml', '--format', 'ivr', '--lang', 'de'], d);
    assert.equal(r.code, 0, r.err);
    const lines = r.out.trimEnd().split('\n');
    assert.equal(lines[0], '# reclint notice: p.recording-policy.yaml#customer-service (de)');
    assert.equal(lines[1], 'lang de');
    assert.match(lines[2], /^say customer-service-notice-de "Acme Klantenservice B\.V\. zeichnet eines von 10 Gesprächen /);
    assert.match(lines[3], /^consent customer-service-consent-de ".*" accept=1 refuse=2$/);
    const script = parseIvr('x.ivr', `${r.out}record start\n`);
    assert.deepEqual(script.errors, []);
    assert.deepEqual(script.steps.map((st) => st.kind), ['lang', 'say', 'consent', 'record']);
  });

  it('end to end: --write, then reclint finds nothing at all (announcement family included); with announcement.prompt on a one-language line; a second --write changes nothing', async () => {
    const nlOnly = SCRIPT.slice(0, SCRIPT.indexOf('en:\n')).replace(' For English, press 9.', '').replace('menu 1=nl 9=en\n', '');
    const cases = [
      { policy: POLICY(), script: SCRIPT, what: 'nl and en, no prompt' },
      { policy: POLICY('\n      prompt: melding').replace('languages: [nl, en]', 'languages: [nl]'), script: nlOnly, what: 'nl, prompt: melding' },
    ];
    for (const c of cases) {
      const d = tmp({ 'p.recording-policy.yaml': c.policy, 'service.ivr': c.script, 'docs/lia.md': 'LIA\n' });
      const before = await lintFindings(d, '.');
      assert.ok(before.some((x) => FAMILY.has(x.f.ruleId)), `${c.what}: the starting script has announcement findings`);
      const w = await run(['notice', 'p.recording-policy.yaml', '--write', '--privacy-url', 'https://acme.example/privacy'], d);
      assert.equal(w.code, 0, w.err);
      assert.match(w.err, /wrote service\.ivr/);
      const after1 = await lintFindings(d, '.');
      assert.deepEqual(after1.map((x) => `${x.file}:${x.f.line} ${x.f.ruleId}`), [], c.what);
      assert.equal((await run(['.'], d)).code, 0, c.what);
      const once = fs.readFileSync(path.join(d, 'service.ivr'), 'utf8');
      const w2 = await run(['notice', 'p.recording-policy.yaml', '--write', '--privacy-url', 'https://acme.example/privacy'], d);
      assert.equal(w2.code, 0, w2.err);
      assert.match(w2.err, /already holds this notice/);
      assert.equal(fs.readFileSync(path.join(d, 'service.ivr'), 'utf8'), once);
      assert.equal(fs.readFileSync(path.join(d, 'p.recording-policy.yaml'), 'utf8'), c.policy);
    }
  });

  it('end to end over every example policy: --write into a copy, then no announcement-family finding for that recording', async () => {
    const d = copyExamples();
    const policies = ['examples/clean/helpdesk.recording-policy.yaml', 'examples/contact-centre/service.recording-policy.yaml', 'examples/contact-centre/sales.recording-policy.yaml', 'examples/call-flows/connect/kcc.recording-policy.yaml', 'examples/call-flows/studio/member-services.recording-policy.yaml', 'examples/call-flows/twiml/service-client.recording-policy.yaml', 'examples/call-flows/archy/klantenservice.recording-policy.yaml', 'examples/call-flows/asterisk/zorglijn.recording-policy.yaml', 'examples/call-flows/freeswitch/support.recording-policy.yaml', 'examples/call-flows/vxml/claims.recording-policy.yaml', 'examples/call-flows/twiml-set/klantenservice.recording-policy.yaml'];
    for (const p of policies) assert.ok(fs.existsSync(path.join(ROOT, p)), p);
    const found = fs.readdirSync(path.join(ROOT, 'examples'), { recursive: true }).map(String).filter((f) => f.endsWith('.recording-policy.yaml') || f.endsWith('.recording-policy.json'));
    assert.equal(found.length, policies.length, `every example policy is covered: ${found.join(', ')}`);
    for (const p of policies) {
      const w = await run(['notice', p, '--write', '--privacy-url', 'https://www.zonnestroom.example/privacy'], d);
      const dir = path.dirname(p);
      if (p.includes('call-flows')) {
        // A call flow is not an .ivr script: --write refuses and nothing changes; the text is still printed without --write.
        assert.equal(w.code, 2, w.err);
        assert.match(w.err, /writes notices into `\.ivr` scripts and inline text only/);
        const printed = await run(['notice', p], d);
        assert.equal(printed.code, 0, printed.err);
        continue;
      }
      assert.equal(w.code, 0, `${p}: ${w.err}`);
      const family = (await lintFindings(d, dir)).filter((x) => FAMILY.has(x.f.ruleId));
      // sales.ivr's second notice sits after `record start` on purpose: §9 leaves it where it is (the
      // announcement-after-recording fix moves it); it was reported before the write too.
      const expected = p.includes('sales') ? ['examples/contact-centre/ivr/sales.ivr:21 announcement-after-recording'] : [];
      // contact-centre holds two policies: only the findings of this recording's files count here.
      const own = (file: string) => !p.includes('contact-centre') || !file.includes(p.includes('sales') ? 'service' : 'sales');
      assert.deepEqual(family.filter((x) => own(x.file)).map((x) => `${x.file}:${x.f.line} ${x.f.ruleId}`), expected, p);
    }
    // The copies are now as a second run leaves them.
    const snapshot = (f: string) => fs.readFileSync(path.join(d, f), 'utf8');
    const files = ['examples/clean/helpdesk.ivr', 'examples/contact-centre/ivr/service.ivr', 'examples/contact-centre/ivr/sales.ivr'];
    const first = files.map(snapshot);
    for (const p of policies.slice(0, 3)) assert.equal((await run(['notice', p, '--write', '--privacy-url', 'https://www.zonnestroom.example/privacy'], d)).code, 0);
    assert.deepEqual(files.map(snapshot), first);
  });

  it('exit 1 and nothing printed for a policy problem; --force for the forceable ones', async () => {
    const d = tmp({
      'dk.recording-policy.yaml': 'policy: 1\ncontroller: Acme\njurisdiction: DK\nlanguages: [en]\nrecordings:\n  - id: a\n    mode: all\n    purposes:\n      - purpose: staff-training\n        legal_basis: legitimate-interests\n        retention: { max: P1M }\n',
      'empty.recording-policy.yaml': 'policy: 1\ncontroller: Acme\nlanguages: [en]\nrecordings:\n  - id: a\n    mode: all\n    purposes: []\n',
    });
    const r = await run(['notice', 'dk.recording-policy.yaml'], d);
    assert.equal(r.code, 1);
    assert.equal(r.out, '');
    assert.match(r.err, /training-needs-consent/);
    const f = await run(['notice', 'dk.recording-policy.yaml', '--force'], d);
    assert.equal(f.code, 0, f.err);
    assert.match(f.out, /^a · en · notice/);
    assert.match(f.err, /written anyway \(--force\): .*training-needs-consent/);
    const e = await run(['notice', 'empty.recording-policy.yaml'], d);
    assert.equal(e.code, 1);
    assert.match(e.err, /declares no purpose/);
  });

  it('--max-seconds (or notice.max_seconds) turns an over-long notice into exit 1, and --write then writes nothing', async () => {
    const d = tmp({ 'p.recording-policy.yaml': POLICY(), 'service.ivr': SCRIPT });
    const r = await run(['notice', 'p.recording-policy.yaml', '--lang', 'nl', '--max-seconds', '10'], d);
    assert.equal(r.code, 1);
    assert.match(r.err, /over --max-seconds 10/);
    assert.match(r.out, /^customer-service · nl/);
    const w = await run(['notice', 'p.recording-policy.yaml', '--lang', 'nl', '--max-seconds', '10', '--write'], d);
    assert.equal(w.code, 1);
    assert.equal(fs.readFileSync(path.join(d, 'service.ivr'), 'utf8'), SCRIPT);
    fs.writeFileSync(path.join(d, '.reclintrc.yaml'), 'notice:\n  max_seconds: 10\n');
    assert.equal((await run(['notice', 'p.recording-policy.yaml', '--lang', 'nl'], d)).code, 1);
    assert.equal((await run(['notice', 'p.recording-policy.yaml', '--lang', 'nl', '--max-seconds', '40'], d)).code, 0);
  });

  it('exit 2 for usage errors, unreadable files, several recordings without --recording; exit 0 for mode: none', async () => {
    const two = POLICY().replace('recordings:\n', 'recordings:\n  - id: other\n    mode: all\n    purposes:\n      - purpose: evidence\n        legal_basis: contract\n        retention: { max: P1Y }\n');
    const d = tmp({ 'p.recording-policy.yaml': POLICY(), 'two.recording-policy.yaml': two, 'none.recording-policy.yaml': 'policy: 1\ncontroller: Acme\nlanguages: [en]\nrecordings:\n  - id: a\n    mode: none\n', 'service.ivr': SCRIPT });
    for (const args of [[], ['p.recording-policy.yaml', '--format', 'xml'], ['p.recording-policy.yaml', '--lang', 'xx'], ['p.recording-policy.yaml', '--bogus'], ['missing.recording-policy.yaml'], ['p.recording-policy.yaml', '--recording', 'nope'], ['p.recording-policy.yaml', '--more-key', '12'], ['p.recording-policy.yaml', '--max-seconds', 'x']]) {
      const r = await run(['notice', ...args], d);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
      assert.equal(r.out, '');
      assert.equal(r.err.split('\n').filter(Boolean).length, 1, r.err);
    }
    const several = await run(['notice', 'two.recording-policy.yaml'], d);
    assert.equal(several.code, 2);
    assert.match(several.err, /`other`, `customer-service`/);
    assert.equal((await run(['notice', 'two.recording-policy.yaml', '--recording', 'other', '--lang', 'en'], d)).code, 0);
    const none = await run(['notice', 'none.recording-policy.yaml'], d);
    assert.equal(none.code, 0);
    assert.match(none.err, /records nothing/);
    const help = await run(['notice', '--help'], d);
    assert.equal(help.code, 0);
    assert.match(help.out, /^Usage: reclint notice <policy-file>/);
  });

  it('--write goes through the atomic writer: a read-only script is not written (exit 2)', async () => {
    const d = tmp({ 'p.recording-policy.yaml': POLICY(), 'service.ivr': SCRIPT });
    fs.chmodSync(path.join(d, 'service.ivr'), 0o444);
    const w = await run(['notice', 'p.recording-policy.yaml', '--write'], d);
    assert.equal(w.code, 2);
    assert.match(w.err, /did not write service\.ivr: the file is read-only/);
    assert.equal(fs.readFileSync(path.join(d, 'service.ivr'), 'utf8'), SCRIPT);
  });

  it('--write into inline announcement.text: refused for several languages, written for one, and the policy then lints clean of the announcement family', async () => {
    const d = tmp({ 'p.recording-policy.yaml': 'policy: 1\ncontroller: Acme\nlanguages: [en]\nrecordings:\n  - id: a\n    mode: all\n    announcement:\n      text: "Recorded."\n    purposes:\n      - purpose: evidence\n        legal_basis: contract\n        retention: { max: P1Y }\n' });
    const many = await run(['notice', 'p.recording-policy.yaml', '--write', '--lang', 'all'], d);
    assert.equal(many.code, 1);
    assert.match(many.err, /inline `announcement\.text` holds one language/);
    const ok = await run(['notice', 'p.recording-policy.yaml', '--write'], d);
    assert.equal(ok.code, 0, ok.err);
    assert.match(fs.readFileSync(path.join(d, 'p.recording-policy.yaml'), 'utf8'), /text: "Acme records this call as evidence of what was agreed\./);
    const lint = await lintFindings(d, '.');
    assert.deepEqual(lint.filter((x) => FAMILY.has(x.f.ruleId)).map((x) => x.f.ruleId), []);
  });
});
