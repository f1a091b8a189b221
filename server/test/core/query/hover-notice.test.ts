/** The notice hover in a policy says how long a notice written from the declared purposes would take, or why none would be written. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parsePolicyForQuery } from '../../../src/core/query/context';
import { policyHover } from '../../../src/core/query/hover';
import { generateNotice } from '../../../src/core/notice/generate';

const DIR = path.resolve(__dirname, '../../../../examples/contact-centre');
const env = { uri: 'service.recording-policy.yaml', readScript: (_f: string, rel: string) => ({ ok: true as const, uri: rel, text: fs.readFileSync(path.join(DIR, rel), 'utf8') }), configPhrases: {} };

describe('notice hover: the generated notice', () => {
  it('on announcement.script: the seconds per language, as the generator gives them', () => {
    const text = fs.readFileSync(path.join(DIR, 'service.recording-policy.yaml'), 'utf8');
    const doc = parsePolicyForQuery(text);
    const h = policyHover(doc, text.indexOf('script: ivr/service.ivr') + 10, env)!;
    const rec = doc.policy!.recordings[0];
    const secs = (['nl', 'en'] as const).map((lang) => {
      const g = generateNotice({ policy: doc.policy!, recording: rec, lang });
      assert.ok(g.ok);
      return `~${Math.round(g.notice.seconds.notice)} s (${lang})`;
    });
    assert.match(h.markdown, new RegExp(`would take ${secs.join(', ').replace(/[()~]/g, '\\$&')}: \`reclint notice\``));
  });

  it('says why no notice would be written (emotion recognition on internal calls)', () => {
    const text = 'policy: 1\ncontroller: Acme\nlanguages: [en]\nrecordings:\n  - id: staff\n    direction: internal\n    mode: all\n    announcement:\n      text: "This call is recorded to recognise emotions."\n    purposes:\n      - purpose: emotion-recognition\n        legal_basis: consent\n';
    const h = policyHover(parsePolicyForQuery(text), text.indexOf('This call') + 3, env)!;
    assert.match(h.markdown, /reclint would not write a notice for this recording: .*(prohibited|AI Act)/i);
  });
});
