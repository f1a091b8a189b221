/**
 * What real exports showed the readers got wrong (ivr-formats.md §5), each pinned by a small fixture
 * written for the test: the rule of the format, never one file.
 */
import { strict as assert } from 'node:assert';
import { readFlow } from '../../../src/core/flows/read';
import type { IvrScript } from '../../../src/core/ivr/model';
import { lintFiles } from '../../helpers';

function flow(uri: string, text: string, format?: Parameters<typeof readFlow>[2]): IvrScript {
  const r = readFlow(uri, text, format);
  assert.ok(r.ok, r.ok ? '' : r.detail);
  return r.script;
}
const P = 'p.recording-policy.yaml';
const policy = (script: string, extra = '', lang = 'en') => `policy: 1\ncontroller: Acme\nlanguages: [${lang}]\nrecordings:\n  - id: line\n    mode: all\n    announcement:\n      script: ${script}\n${extra}    purposes:\n      - purpose: staff-training\n        legal_basis: consent\n        consent: { mechanism: verbal }\n        retention: { max: P3M }\n`;
const ids = (files: Record<string, string>) => lintFiles(files).findings.filter((f) => f.uri !== P || /^(schema|announcement|flow|notice|purpose|prompt)/.test(f.ruleId)).map((f) => `${f.uri} ${f.ruleId}`).sort();

describe('real exports: Asterisk', () => {
  it('a stray `)` in the data loads as Asterisk loads it (data = first `(` to last `)`); a missing `)` stays flow-syntax', () => {
    // pbx_config.c: the data ends at the last `)`; only "No closing parenthesis found?" is reported.
    const s = flow('e.conf', '[in]\nexten => s,1,Answer()\nexten => h,1,GotoIf($[${STATUS} = OK]?done,1))\nexten => s,n,Playback(a(b)\n');
    assert.deepEqual(s.errors, []);
    const bad = flow('e.conf', '[in]\nexten => s,1,Playback(notice\n');
    assert.match(bad.errors[0].message, /no closing parenthesis/);
  });

  it('`entry: ctx` on a context without `s` (a DID context, `_X.`) enters its extensions, not a schema error', () => {
    const conf = '[from-trunk]\nexten => _X.,1,Answer()\n same => n,Playback(acme/notice)\n same => n,MixMonitor(${UNIQUEID}.wav)\n same => n,Queue(sales)\nexten => h,1,Hangup()\n';
    const list = 'lang: en\nacme/notice: This call is recorded to train our staff.\n';
    const files = { [P]: policy('extensions.conf', '      entry: from-trunk\n      transcripts: sounds.txt\n'), 'extensions.conf': conf, 'sounds.txt': list };
    assert.deepEqual(ids(files), []);
    const s = flow('extensions.conf', conf);
    assert.deepEqual(s.dialplan!.resolve('from-trunk'), s.dialplan!.resolve('from-trunk,5551234'), 'the pattern is the entry, `h` is not');
    // An `s` extension, or a pattern that matches `s` (`_.`), still wins.
    const withS = flow('e.conf', '[in]\nexten => 100,1,Hangup()\nexten => s,1,Answer()\n');
    assert.deepEqual(withS.dialplan!.resolve('in'), withS.dialplan!.resolve('in,s'));
    const recordedFirst = { ...files, 'extensions.conf': '[from-trunk]\nexten => _X.,1,MixMonitor(x.wav)\n same => n,Playback(acme/notice)\n' };
    assert.deepEqual(ids(recordedFirst), ['extensions.conf announcement-after-recording']);
  });
});
