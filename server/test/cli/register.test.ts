/**
 * `reclint register` as a user runs it (register.md §2, §5, §7, §8 items 5–6): the examples' goldens in
 * all three formats, the CSV through csv-parse, which findings land on which activity (suppressed and
 * baselined ones marked), --fail-on-findings, the config's `register:` section, and the same bytes from
 * another folder and another directory order.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { main } from '../../src/cli/main';
import { CSV_COLUMNS } from '../../src/core/register/csv';
import { readGolden, register, REPO, tempDir, toRdf, ZONNESTROOM } from '../core/register/helpers';

const EXAMPLES = ['examples', '--controller', ZONNESTROOM];

function rows(csv: string): Record<string, string>[] {
  assert.ok(csv.startsWith('\uFEFF'), 'UTF-8 with a byte-order mark');
  const recs = parse(csv.slice(1), { columns: true, relax_column_count: false }) as Record<string, string>[];
  return recs;
}

async function lintJson(args: string[], cwd: string): Promise<{ file: string; findings: { ruleId: string; severity: string }[] }[]> {
  const out: string[] = [];
  await main([...args, '-f', 'json'], { cwd, out: (s) => out.push(s), err: () => {}, readStdin: async () => '', isTTY: false, env: {} });
  return JSON.parse(out.join('')).results;
}

function copyExamples(): string {
  const dir = tempDir();
  fs.cpSync(path.join(REPO, 'examples'), path.join(dir, 'examples'), { recursive: true });
  return dir;
}

describe('reclint register', function () {
  this.timeout(60000);

  for (const f of ['md', 'csv', 'jsonld'] as const) {
    it(`writes the examples' golden ${f}`, async () => {
      const r = await register([...EXAMPLES, '--format', f]);
      assert.equal(r.err, '');
      assert.equal(r.code, 0);
      assert.equal(r.out, readGolden(`examples.${f}`));
    });
  }

  it('refuses policies of several controllers without --controller, naming them (exit 2)', async () => {
    const r = await register(['examples']);
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    for (const c of ['Corrib Health Insurance DAC', 'Gemeente Havendam', 'Maison Lumen SAS', ZONNESTROOM]) assert.ok(r.err.includes(`"${c}"`), r.err);
    const wrong = await register(['examples', '--controller', 'Acme']);
    assert.equal(wrong.code, 2);
    assert.match(wrong.err, /no policy names the controller "Acme"/);
    const one = await register(['examples/call-flows/studio', '-f', 'csv']);
    assert.equal(one.code, 0, one.err);
    assert.equal(rows(one.out)[0].controller, 'Corrib Health Insurance DAC');
    assert.equal(rows(one.out)[0].data_subjects, 'patients; employees');
    assert.equal(rows(one.out)[0].art9_condition, '9(2)(g)');
    assert.match(rows(one.out)[0].dpv_legal_basis, /A6-1-b; https:\/\/w3id\.org\/dpv\/legal\/eu\/gdpr#A9-2-g$/);
  });

  it('CSV: RFC 4180 with 36 columns, CRLF, one row per activity, the others left out with a reason', async () => {
    const csv = readGolden('examples.csv');
    assert.ok(csv.endsWith('\r\n') && !/[^\r]\n/.test(csv));
    const recs = rows(csv);
    assert.deepEqual(Object.keys(recs[0]), [...CSV_COLUMNS]);
    assert.equal(CSV_COLUMNS.length, 36);
    assert.equal(recs.length, 7);
    assert.deepEqual(recs.map((r) => r.activity_id), [
      'examples/clean/helpdesk.recording-policy.yaml#solar-helpdesk/quality-assurance',
      'examples/clean/helpdesk.recording-policy.yaml#solar-helpdesk/staff-training',
      'examples/clean/helpdesk.recording-policy.yaml#solar-helpdesk/complaint-handling',
      'examples/contact-centre/sales.recording-policy.yaml#sales-line/evidence',
      'examples/contact-centre/service.recording-policy.yaml#customer-service/staff-training',
      'examples/contact-centre/service.recording-policy.yaml#customer-service/quality-assurance',
      'examples/contact-centre/service.recording-policy.yaml#customer-service/evidence',
    ]);
    const qa = recs[5];
    assert.equal(qa.retention, 'at most 90 days (invalid)');
    assert.equal(qa.retention_iso, 'max=90 days');
    assert.equal(qa.legal_basis, 'legitimate-interests');
    assert.equal(qa.legal_basis_article, '6(1)(f)');
    assert.equal(qa.legal_basis_detail, 'balancing test examples/contact-centre/docs/lia-quality.md');
    assert.equal(qa.processors, 'Belwolk B.V. (agreement: examples/contact-centre/docs/dpa-belwolk.pdf)');
    assert.equal(qa.dpv_purpose.split('; ')[0], 'https://w3id.org/reclint/vocab#quality-assurance');
    assert.equal(recs[4].legal_basis, 'consent', 'the alias `toestemming` is read as its canonical value');
    assert.equal(recs[1].retention, 'until the monthly coaching session with the agent who took the call has taken place (trigger coaching-session-held); at most 2 months; whichever comes first');
    const md = readGolden('examples.md');
    for (const f of ['kcc', 'member-services', 'service-client']) assert.match(md, new RegExp(`\\| \`examples/call-flows/[a-z]+/${f}\\.recording-policy\\.yaml\` \\| a policy of another controller: `));
  });

  it('puts each example finding on exactly the activities §4.9 names', async () => {
    const recs = rows(readGolden('examples.csv'));
    const by = Object.fromEntries(recs.map((r) => [r.activity_id.replace(/^examples\/[a-z-]+\//, '').replace('.recording-policy.yaml#', '#'), r.open_findings]));
    assert.deepEqual(by, {
      'helpdesk#solar-helpdesk/quality-assurance': '',
      'helpdesk#solar-helpdesk/staff-training': '',
      'helpdesk#solar-helpdesk/complaint-handling': '',
      // announcement-after-recording is a policy rule's finding in ivr/sales.ivr: its subject is sales-line.
      'sales#sales-line/evidence': 'announcement-after-recording (error)',
      // unknown-legal-basis sits in the purpose entry; vague-purpose (the script's notice) is recording-wide.
      'service#customer-service/staff-training': 'unknown-legal-basis (warning); vague-purpose (warning)',
      'service#customer-service/quality-assurance': 'invalid-duration (error); vague-purpose (warning)',
      'service#customer-service/evidence': 'purpose-not-announced (error); retention-trigger-undefined (error); vague-purpose (warning)',
    });
    assert.match(readGolden('examples.md'), /notice `examples\/contact-centre\/ivr\/service\.ivr` · open: 4 errors, 3 warnings/);
  });

  it('lists exactly what `reclint` reports for the same files (errors and warnings)', async () => {
    const results = await lintJson(['examples/clean', 'examples/contact-centre'], REPO);
    const linted = new Set(results.flatMap((r) => r.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.ruleId} (${f.severity})`)));
    const reg = await register(['examples/clean', 'examples/contact-centre', '-f', 'csv']);
    const listed = new Set(rows(reg.out).flatMap((r) => (r.open_findings ? r.open_findings.split('; ') : [])));
    assert.deepEqual([...listed].sort(), [...linted].sort());
    // --rule changes both alike.
    const off = await register(['examples/contact-centre', '-f', 'csv', '--rule', 'vague-purpose:off', '--rule', 'invalid-duration:warning']);
    const cells = rows(off.out).map((r) => r.open_findings).join('; ');
    assert.doesNotMatch(cells, /vague-purpose/);
    assert.match(cells, /invalid-duration \(warning\)/);
  });

  it('--fail-on-findings: 1 on the contact centre, 0 on the clean example; never without it', async () => {
    assert.equal((await register(['examples/contact-centre', '--fail-on-findings'])).code, 1);
    assert.equal((await register(['examples/clean', '--fail-on-findings'])).code, 0);
    assert.equal((await register(['examples/contact-centre'])).code, 0);
  });

  it('lists an inline-suppressed finding marked, and does not count it as open', async () => {
    const dir = copyExamples();
    const file = path.join(dir, 'examples/contact-centre/service.recording-policy.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('          max: 90 days', '          # reclint-disable-next-line invalid-duration -- the DPO decided to keep the wording\n          max: 90 days'));
    const cwd = path.join(dir, 'examples/contact-centre');
    const lint = await lintJson(['.'], cwd);
    assert.ok(!lint.some((r) => r.findings.some((f) => f.ruleId === 'invalid-duration')), 'the linter no longer reports it');
    const r = await register(['.', '-f', 'csv'], cwd);
    const qa = rows(r.out).find((x) => x.purpose_id === 'quality-assurance')!;
    assert.equal(qa.open_findings, 'invalid-duration (error, suppressed); vague-purpose (warning)');
    assert.match((await register(['.'], cwd)).out, /open: 3 errors, 3 warnings/);
    const others = ['--rule', 'purpose-not-announced:off', '--rule', 'retention-trigger-undefined:off', '--rule', 'announcement-after-recording:off'];
    assert.equal((await register(['.', '--fail-on-findings', ...others], cwd)).code, 0, 'a suppressed error is a decision, not an open error');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/ *# reclint-disable-next-line invalid-duration.*\n/, ''));
    assert.equal((await register(['.', '--fail-on-findings', ...others], cwd)).code, 1);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('lists what the baseline (reclint-suppressions.json) leaves out, marked baselined', async () => {
    const dir = copyExamples();
    const cwd = path.join(dir, 'examples/contact-centre');
    await main(['.', '--suppress-rule', 'invalid-duration'], { cwd, out: () => {}, err: () => {}, readStdin: async () => '', isTTY: false, env: {} });
    assert.ok(fs.existsSync(path.join(cwd, 'reclint-suppressions.json')));
    const qa = rows((await register(['.', '-f', 'csv'], cwd)).out).find((x) => x.purpose_id === 'quality-assurance')!;
    assert.equal(qa.open_findings, 'invalid-duration (error, baselined); vague-purpose (warning)');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives the same bytes twice, from another absolute folder, and with the directory listing reversed', async () => {
    const dir = copyExamples();
    // The module object every `import * as fs` reads through (so the walk sees the reversed listing).
    const nodeFs = require('node:fs') as { readdirSync: (...a: unknown[]) => unknown[] };
    const readdir = nodeFs.readdirSync;
    const reversed = (...a: unknown[]) => readdir(...a).slice().reverse();
    try {
      for (const f of ['md', 'csv', 'jsonld']) {
        const golden = readGolden(`examples.${f}`);
        assert.equal((await register([...EXAMPLES, '-f', f])).out, golden);
        const moved = (await register([...EXAMPLES, '-f', f], dir)).out;
        assert.equal(moved, golden);
        assert.ok(!moved.includes(dir) && !moved.includes(REPO), 'no absolute path');
        nodeFs.readdirSync = reversed;
        try {
          // The listing really is reversed (else this check proves nothing).
          assert.deepEqual(fs.readdirSync(path.join(dir, 'examples')), (readdir(path.join(dir, 'examples')) as string[]).slice().reverse());
          assert.equal((await register([...EXAMPLES, '-f', f], dir)).out, golden);
        } finally {
          nodeFs.readdirSync = readdir;
        }
      }
    } finally {
      nodeFs.readdirSync = readdir;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('the register: section of .reclintrc.yaml', () => {
    let dir: string;
    beforeEach(() => {
      dir = tempDir();
      fs.cpSync(path.join(REPO, 'examples/clean'), dir, { recursive: true });
      fs.writeFileSync(path.join(dir, '.reclintrc.yaml'), [
        'root: true',
        'register:',
        '  controller_contact: "Postbus 1, 1000 AA Amsterdam; privacy@zonnestroom.example"',
        '  dpo: { name: F. de Vries, contact: fg@zonnestroom.example }',
        '  representative: none',
        '  joint_controllers: none',
        '  transfers:',
        '    - { country: US, recipient: TelcoNet Inc., safeguards: "SCCs 2021/914, module 3", article: 46(2)(c), recordings: [solar-helpdesk] }',
        '  security_measures: "ISMS policy v4: encryption at rest | logged access"',
        '  base_iri: "https://zonnestroom.example/ropa/"',
        '',
      ].join('\n'));
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('fills (a), (e) and (g) in every format, and never invents the rest', async () => {
      const md = (await register([], dir)).out;
      assert.match(md, /\| Contact \| Postbus 1, 1000 AA Amsterdam; privacy@zonnestroom\.example \|/);
      assert.match(md, /\| Data protection officer \| F\. de Vries, fg@zonnestroom\.example \|/);
      assert.match(md, /\| Representative \(art\. 27\) \| none \|/);
      assert.match(md, /\| Joint controllers \| none \|/);
      assert.match(md, /\| US \| TelcoNet Inc\. \| SCCs 2021\/914, module 3 \| art\. 46\(2\)\(c\) \| solar-helpdesk \|/);
      assert.match(md, /General description: ISMS policy v4: encryption at rest \| logged access/);
      const recs = rows((await register(['-f', 'csv'], dir)).out);
      assert.equal(recs[0].third_country_transfers, 'US: TelcoNet Inc.; SCCs 2021/914, module 3; art. 46(2)(c)');
      assert.equal(recs[0].dpo, 'F. de Vries, fg@zonnestroom.example');
      assert.equal(recs[0].representative, 'none');
      assert.match(recs[0].security_measures, /; ISMS policy v4: encryption at rest \| logged access$/);
      const doc = JSON.parse((await register(['-f', 'jsonld', '--date', '2026-12-01'], dir)).out);
      assert.equal(doc.id, 'https://zonnestroom.example/ropa/register');
      assert.equal(doc.issued, '2026-12-01');
      assert.deepEqual(doc.controller.dpo, { type: 'dpv:DataProtectionOfficer', name: 'F. de Vries', contact: 'fg@zonnestroom.example' });
      assert.deepEqual(doc.hasPart[0].thirdCountry, ['loc:US']);
      assert.ok(doc.hasPart[0].measure.some((m: { type: string; legalBasis?: string[] }) => m.type === 'dpv:SafeguardForDataTransfer' && m.legalBasis?.[0] === 'eu-gdpr:A46-2-c'));
      const rdf = toRdf(doc);
      assert.equal(rdf.error, undefined, rdf.details);
      assert.deepEqual(rdf.loads, []);
      assert.match(rdf.nquads!, /<https:\/\/w3id\.org\/dpv\/legal\/eu\/gdpr#A46-2-c>/);
      assert.match(rdf.nquads!, /"2026-12-01"\^\^<http:\/\/www\.w3\.org\/2001\/XMLSchema#date>/);
    });

    it('neutralises a cell that a spreadsheet would run as a formula', async () => {
      const file = path.join(dir, 'helpdesk.recording-policy.yaml');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('controller: Zonnestroom Energie B.V.', 'controller: \'=HYPERLINK("x")\''));
      const r = await register(['-f', 'csv', '--no-bom'], dir);
      assert.ok(!r.out.startsWith('\uFEFF'));
      const recs = parse(r.out, { columns: true }) as Record<string, string>[];
      assert.equal(recs[0].controller, '\'=HYPERLINK("x")');
      assert.ok(recs.every((x) => Object.keys(x).length === 36));
    });

    it('exit 2 for a register: section that does not validate', async () => {
      fs.appendFileSync(path.join(dir, '.reclintrc.yaml'), '  dpo_typo: yes\n');
      const r = await register([], dir);
      assert.equal(r.code, 2);
      assert.match(r.err, /cannot use \.reclintrc\.yaml: .*dpo_typo/);
      assert.equal((await register(['--no-config'], dir)).code, 0);
    });

    it('-c reads the register: section from that file; --base-iri wins over base_iri', async () => {
      const other = path.join(dir, 'other.yaml');
      fs.writeFileSync(other, 'register:\n  controller_contact: via -c\n');
      assert.match((await register(['-c', 'other.yaml'], dir)).out, /\| Contact \| via -c \|/);
      const doc = JSON.parse((await register(['-f', 'jsonld', '--base-iri', 'urn:acme:ropa:'], dir)).out);
      assert.equal(doc.id, 'urn:acme:ropa:register');
      assert.match(doc.hasPart[0].id, /^urn:acme:ropa:activity\/helpdesk\.recording-policy\.yaml\/solar-helpdesk\/quality-assurance$/);
    });

    it('-o writes the file atomically, and replaces it on the next run', async () => {
      const out = path.join(dir, 'register.md');
      const w = await register(['-o', 'register.md'], dir);
      assert.equal(w.code, 0);
      assert.equal(w.out, '');
      assert.equal(w.err, 'reclint register: wrote register.md: 3 activities from 1 policy file\n');
      const first = fs.readFileSync(out, 'utf8');
      assert.equal(first, (await register([], dir)).out);
      assert.equal((await register(['-o', 'register.md', '--date', '2026-12-01'], dir)).code, 0);
      assert.match(fs.readFileSync(out, 'utf8'), /^State as of 2026-12-01\.$/m);
      assert.deepEqual(fs.readdirSync(dir).filter((f) => f.includes('.tmp')), []);
      const r = await register(['-o', 'no/such/folder/register.md'], dir);
      assert.equal(r.code, 2);
      assert.match(r.err, /cannot write no\/such\/folder\/register\.md/);
    });
  });

  it('an empty folder gives an empty register, and says so on stderr', async () => {
    const dir = tempDir();
    const r = await register([], dir);
    assert.equal(r.code, 0);
    assert.match(r.out, /No processing activities: no recording policy was found\./);
    assert.match(r.err, /no recording policy .* under the current folder; the register is empty/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('usage errors exit 2; --help names every option', async () => {
    for (const args of [['--bogus'], ['--format', 'pdf'], ['--date', '2026-02-30'], ['--date'], ['--base-iri', 'relative/path'], ['--rule', 'x'], ['no-such-folder']]) {
      const r = await register(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, /^reclint/);
    }
    const h = await register(['--help']);
    assert.equal(h.code, 0);
    for (const f of ['--format', '--output-file', '--controller', '--base-iri', '--date', '--fail-on-findings', '--no-bom', '--config', '--no-config', '--rule', '--jurisdiction', '--max-file-size', '--help']) assert.ok(h.out.includes(f), f);
  });
});
