/** A legal basis reads the same in every part of reclint: the rules, the register and the notice generator. */
import * as assert from 'node:assert/strict';
import { MemoryProject } from '../../src/core/memory-project';
import { generateNotice } from '../../src/core/notice/generate';
import { parsePolicyForQuery } from '../../src/core/query/context';
import { canonicalLegalBasis } from '../../src/core/vocabulary';

describe('canonicalLegalBasis', () => {
  it('reads bases, spelling variants and aliases; nothing else', () => {
    assert.deepEqual(['consent', 'Legitimate_Interests', 'legitimate interests', ' Public-Task ', 'toestemming', 'Toestemming', 'x', ''].map(canonicalLegalBasis), ['consent', 'legitimate-interests', 'legitimate-interests', 'public-task', 'consent', 'consent', undefined, undefined]);
  });

  it('a spelling variant is one basis for the linter, the register and the notice generator', () => {
    const text = 'policy: 1\ncontroller: Acme B.V.\nlanguages: [en]\nrecordings:\n  - id: line\n    mode: all\n    announcement:\n      text: "Acme B.V. records this call to improve our service."\n    purposes:\n      - purpose: quality-assurance\n        legal_basis: Legitimate_Interests\n        balancing_test: lia.md\n        retention: { max: P30D }\n';
    const p = new MemoryProject({ 'p.recording-policy.yaml': text, 'lia.md': '# LIA\n' });
    const findings = p.lint().findings;
    assert.ok(findings.some((f) => f.ruleId === 'unknown-legal-basis' && f.messageId === 'alias'));
    assert.ok(!findings.some((f) => f.ruleId === 'legal-basis-missing'));
    assert.match(p.register('md', { version: '0' }), /\| legitimate interests, art\. 6\(1\)\(f\); balancing test `lia\.md` \|/);
    const policy = parsePolicyForQuery(text).policy!;
    const g = generateNotice({ policy, recording: policy.recordings[0], lang: 'en' });
    assert.ok(g.ok);
    assert.match(g.notice.notice, /You can object to the recording/);
  });
});
