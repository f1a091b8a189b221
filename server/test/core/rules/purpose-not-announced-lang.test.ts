/**
 * `purpose-not-announced` per language (rules.md, notice-reading.md §6): callers hear the notice of
 * their language, so a purpose is announced to them only when a notice in that language names it.
 * One finding per recording, purpose and language that lacks it, naming the language; its suggestion
 * adds the purpose to every notice of that language, each in its language.
 */
import * as assert from 'node:assert/strict';
import type { Finding } from '../../../src/core/findings';
import { applyEdits } from '../../../src/core/fix';
import { dedent, lintFiles } from '../../helpers';

const P = 'p.recording-policy.yaml';
const IVR = 'ivr/service.ivr';

const policy = (languages: string, purposes: string[]) =>
  [
    'policy: 1',
    'controller: Acme',
    `languages: [${languages}]`,
    'recordings:',
    '  - id: service-line',
    '    mode: all',
    '    announcement: { script: ivr/service.ivr }',
    '    purposes:',
    ...purposes.flatMap((p) => [`      - purpose: ${p}`, '        legal_basis: legitimate-interests', '        balancing_test: docs/lia.md', '        retention: { max: P1Y }']),
    '',
  ].join('\n');

function findings(files: Record<string, string>): Finding[] {
  return lintFiles(files).findings.filter((f) => f.ruleId === 'purpose-not-announced');
}

/** The script after applying a finding's one suggestion. */
function fixed(files: Record<string, string>, f: Finding): string {
  assert.equal(f.suggestions?.length, 1, 'one suggestion');
  const edits = f.suggestions![0].edits;
  assert.ok(edits.every((e) => e.uri.endsWith(IVR)), 'the suggestion edits the script');
  return applyEdits(files[IVR], edits).text;
}

/** A script with a Dutch notice (naming `words`) and, behind key 9, an English one for training. */
const twoLanguages = (words: string) => dedent(`
  lang nl
  say melding "Dit gesprek wordt opgenomen voor ${words}. For English, press 9."
  menu 9=english
  record start
  english:
  lang en
  say notice "This call is recorded for training purposes."
  record start
`);

describe('purpose-not-announced per language', () => {
  it('a purpose named only in the Dutch notice is reported for the English callers, and the message names the language', () => {
    const files = {
      [P]: policy('nl, en', ['evidence']),
      [IVR]: twoLanguages('bewijsvoering'),
    };
    const fs = findings(files);
    assert.equal(fs.length, 1);
    assert.match(fs[0].message, /^The English notice 'notice' of /);
    assert.match(fs[0].suggestions![0].title, /^Add 'evidence of what was agreed' to the English notice 'notice'$/);
    assert.match(fixed(files, fs[0]), /"This call is recorded for training purposes and evidence of what was agreed\."/);
  });

  it('a purpose no notice names gives one finding per language, each fixed in its own language', () => {
    const files = {
      [P]: policy('nl, en', ['complaint-handling']),
      [IVR]: twoLanguages('trainingsdoeleinden'),
    };
    const fs = findings(files);
    assert.equal(fs.length, 2);
    const nl = fs.find((f) => /^The Dutch notice/.test(f.message));
    const en = fs.find((f) => /^The English notice/.test(f.message));
    assert.ok(nl && en, fs.map((f) => f.message).join('\n'));
    assert.ok(fixed(files, nl).includes('trainingsdoeleinden en '), 'the Dutch notice gets Dutch words');
    assert.ok(!fixed(files, nl).includes('training purposes and '), 'the Dutch fix leaves the English notice alone');
    assert.ok(fixed(files, en).includes('training purposes and '), 'the English notice gets English words');
  });

  it('the fix edits every notice of the language that lacks the purpose (two English menu paths)', () => {
    const files = {
      [P]: policy('en', ['fraud-prevention']),
      [IVR]: dedent(`
        lang en
        menu 1=sales 2=support
        sales:
        say sales-notice "This call is recorded for training purposes."
        record start
        goto end
        support:
        say support-notice "This call is recorded to handle your complaint."
        record start
        end:
        hangup
      `),
    };
    const fs = findings(files);
    assert.equal(fs.length, 1);
    assert.match(fs[0].message, /^The English notice/);
    assert.equal(fs[0].suggestions![0].edits.length, 2);
    assert.match(fs[0].suggestions![0].title, /to the 2 English notices$/);
    const out = fixed(files, fs[0]);
    assert.equal(out.match(/fraud prevention|preventing fraud/g)?.length, 2, out);
  });
});
