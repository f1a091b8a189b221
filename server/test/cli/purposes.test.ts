/** `reclint purposes`: argument handling, JSON shape, the text form, exit codes. */
import * as assert from 'node:assert/strict';
import { runPurposes } from '../../src/cli/purposes';
import { NOTICE_LANGS } from '../../src/core/notice/types';

async function run(args: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runPurposes(args, { readStdin: async () => stdin, out: (s) => out.push(s), err: (s) => err.push(s), color: false });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const NL = 'Dit gesprek kan worden opgenomen voor trainings- en kwaliteitsdoeleinden.';

describe('reclint purposes', () => {
  it('prints the exact JSON of the issue', async () => {
    const r = await run(['--lang', 'nl', '--format', 'json', NL]);
    assert.equal(r.code, 0);
    assert.equal(
      r.out,
      '{"lang":"nl","records":true,"denies":false,"vague":true,"purposes":[{"id":"staff-training","text":"trainings-","start":38,"end":48,"vague":false},{"id":"quality-assurance","text":"kwaliteitsdoeleinden","start":52,"end":72,"vague":true}]}\n',
    );
    assert.equal(r.err, '');
  });

  it('reads stdin for "-", accepts --opt=value and --', async () => {
    const r = await run(['--format=json', '--lang=en', '--', '-'], 'This call will not be recorded.\n');
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.out), { lang: 'en', records: false, denies: true, vague: false, purposes: [] });
    const dash = await run(['--lang', 'en', '--format', 'json', '--', '--not-an-option but text recorded for training']);
    assert.equal(dash.code, 0);
    assert.equal(JSON.parse(dash.out).purposes[0].id, 'staff-training');
  });

  it('underlines each phrase in the text form', async () => {
    const r = await run(['--lang', 'nl', NL]);
    assert.equal(r.code, 0);
    const lines = r.out.split('\n');
    assert.match(lines[0], /records: true, denies: false, vague: true/);
    const i = lines.findIndex((l) => l.includes('^^^^^^^^^^ staff-training'));
    assert.ok(i > 0, r.out);
    assert.equal(lines[i - 1], '  ' + NL);
    assert.equal(lines[i].indexOf('^'), 2 + 38);
    const j = lines.findIndex((l) => l.includes('quality-assurance (vague)'));
    assert.equal(lines[j].indexOf('^'), 2 + 52);
    assert.equal((lines[j].match(/\^/g) ?? []).length, 20);
  });

  it('lines up carets on the right line of a multi-line notice', async () => {
    const text = 'Welkom.\nDit gesprek wordt opgenomen voor bewijsvoering.';
    const r = await run(['--lang', 'nl', text]);
    const lines = r.out.split('\n');
    const i = lines.findIndex((l) => l.includes('evidence'));
    assert.equal(lines[i - 1], '  Dit gesprek wordt opgenomen voor bewijsvoering.');
    assert.equal(lines[i].indexOf('^'), 2 + 'Dit gesprek wordt opgenomen voor '.length);
  });

  it('gives the language of each sentence when they are not all in the notice\'s, in JSON and text', async () => {
    const text = 'Dit gesprek wordt opgenomen voor trainingsdoeleinden. This call is also used as evidence of what we agree.';
    const j = JSON.parse((await run(['--format', 'json', text])).out);
    assert.deepEqual(j.sentences.map((s: { lang: string; start: number; end: number }) => [s.lang, text.slice(s.start, s.end)]), [
      ['nl', 'Dit gesprek wordt opgenomen voor trainingsdoeleinden.'],
      ['en', 'This call is also used as evidence of what we agree.'],
    ]);
    assert.deepEqual(j.purposes.map((p: { id: string }) => p.id), ['staff-training', 'evidence']);
    const t = (await run([text])).out.split('\n');
    const k = t.indexOf('sentences, each read in its language:');
    assert.ok(k > 0, t.join('\n'));
    assert.deepEqual(t.slice(k + 1, k + 3), ['  nl  Dit gesprek wordt opgenomen voor trainingsdoeleinden.', '  en  This call is also used as evidence of what we agree.']);
    // One language throughout: no `sentences` key, the shape of the issue.
    assert.equal('sentences' in JSON.parse((await run(['--lang', 'nl', '--format', 'json', NL])).out), false);
  });

  it('exits 2 with one line for an unknown language, listing the supported ones', async () => {
    const r = await run(['--lang', 'xx', 'This call may be recorded.']);
    assert.equal(r.code, 2);
    assert.equal(r.err.split('\n').length, 1);
    assert.ok(r.err.includes(NOTICE_LANGS.join(', ')), r.err);
    assert.equal(r.out, '');
  });

  it('without --lang, reads the notice in the language in which it says most, and says it was detected', async () => {
    const r = await run(['--format', 'json', 'Dieses Gespräch wird zu Schulungszwecken aufgezeichnet.']);
    assert.equal(r.code, 0);
    const j = JSON.parse(r.out);
    assert.deepEqual([j.lang, j.detected, j.purposes.map((p: { id: string }) => p.id)], ['de', true, ['staff-training']]);
    const t = await run(['Cet appel est enregistré à des fins de formation.']);
    assert.match(t.out.split('\n')[0], /lang: fr, detected\)$/);
    assert.ok(t.out.endsWith('\n'), 'the text form ends with a newline');
  });

  it('names the purposes the notice excludes, apart from the ones it names', async () => {
    const r = await run(['--lang', 'en', '--format', 'json', 'Calls are recorded to train our staff and never for marketing.']);
    const j = JSON.parse(r.out);
    assert.deepEqual([j.purposes.map((p: { id: string }) => p.id), j.excluded.map((p: { id: string }) => p.id)], [['staff-training'], ['marketing']]);
    const t = await run(['--lang', 'en', 'Calls are recorded to train our staff and never for marketing.']);
    assert.match(t.out, /excludes marketing: "marketing"/);
  });

  it('exits 2 on missing text, bad format or unknown option', async () => {
    for (const args of [['--lang', 'nl'], ['--lang', 'nl', '--format', 'xml', 'x'], ['--lang', 'nl', '--bogus', 'x'], ['--lang']]) {
      const r = await run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.err.split('\n').length, 1);
    }
    const empty = await run(['--lang', 'nl', '-'], '');
    assert.equal(empty.code, 2);
  });

  it('prints usage for --help', async () => {
    const r = await run(['--help']);
    assert.equal(r.code, 0);
    assert.match(r.out, /^Usage: reclint purposes \[--lang </);
  });
});
