/** The rule shape: message tables, the kit's message filling, and the guarded walk that calls visitors. */
import * as assert from 'node:assert/strict';
import type { Finding } from '../../../src/core/findings';
import { buildPolicy, type Recording } from '../../../src/core/policy/model';
import { parsePolicyText } from '../../../src/core/policy/parse';
import { RULES } from '../../../src/core/rules/index';
import { definePolicyRule, formatMessage, placeholders } from '../../../src/core/rules/kit';
import type { PolicyContext, PolicyRule, RuleMeta } from '../../../src/core/rules/types';
import { runPolicyRules } from '../../../src/core/rules/walk';
import type { RecordingAnnouncement } from '../../../src/core/announcement';
import { lintFiles } from '../../helpers';

/** Rules whose findings core/suppress.ts writes itself (no message table yet). */
const NO_TABLE = new Set(['unused-suppression', 'suppression-without-reason']);

describe('rule message tables', () => {
  it('every rule (but the suppression hints) has messages, with kebab-case ids', () => {
    for (const { meta } of RULES) {
      const ids = Object.keys(meta.messages);
      if (NO_TABLE.has(meta.id)) continue;
      assert.ok(ids.length > 0, `${meta.id} has no messages`);
      for (const id of ids) assert.match(id, /^[a-z]+(-[a-z]+)*$/, `${meta.id}: messageId ${id}`);
      for (const [id, t] of Object.entries(meta.messages)) assert.ok(t.trim(), `${meta.id}.${id} is empty`);
    }
  });

  it('a rule that replaces the schema finding says so in its meta', () => {
    const replacing = RULES.filter((r) => r.meta.replaces?.includes('schema')).map((r) => r.meta.id).sort();
    assert.deepEqual(replacing, ['balancing-test-missing', 'consent-not-active', 'invalid-duration', 'legal-basis-missing', 'legal-obligation-unreferenced', 'retention-indefinite', 'unknown-legal-basis', 'unknown-purpose']);
  });

  it('every finding of a sample run carries a messageId of its rule, and its message is the filled template', () => {
    const text = 'policy: 1\ncontroller: Acme\nrecordings:\n  - id: a\n    mode: all\n    purposes:\n      - purpose: marketing\n        legal_basis: contract\n      - purpose: staf-training\n';
    const { findings } = lintFiles({ 'p.recording-policy.yaml': text });
    assert.ok(findings.length > 3);
    const metas = new Map<string, RuleMeta>(RULES.map((r) => [r.meta.id, r.meta]));
    for (const f of findings) {
      const template = metas.get(f.ruleId)!.messages[f.messageId!];
      assert.ok(template, `${f.ruleId}: ${f.messageId}`);
      assert.equal(formatMessage(template, f.data), f.message);
    }
  });

  it('formatMessage fills placeholders and leaves unknown ones as written', () => {
    assert.equal(formatMessage('`{{a}}` and {{ b }} and {{c}}', { a: 'x', b: 2 }), '`x` and 2 and {{c}}');
    assert.deepEqual(placeholders('{{a}} {{b-c}}'), ['a', 'b-c']);
  });
});

describe('the walk', () => {
  const text = 'policy: 1\ncontroller: Acme\ntriggers:\n  t1: { description: x }\nrecordings:\n  - id: a\n    mode: all\n    purposes: [{ purpose: evidence }, { purpose: marketing }]\n    processors: [{ name: P }]\n  - id: b\n    mode: none\n    purposes: [{ purpose: evidence }]\n';
  const policy = buildPolicy(parsePolicyText(text).root!)!;
  const none = () => ({ status: 'none' }) as unknown as RecordingAnnouncement;

  function run(rules: PolicyRule[]): { log: string[]; errors: string[] } {
    const errors: string[] = [];
    const ctx = (): PolicyContext => ({ uri: 'p', text, target: { uri: 'p', text }, profile: 'EU', locale: 'en', policy, configPhrases: {}, announcement: none, scriptText: () => undefined, recordingName: (r: Recording) => r.id?.value ?? '?', report: () => undefined });
    runPolicyRules(rules, policy, ctx, none, (meta, e) => errors.push(`${meta.id}: ${(e as Error).message}`));
    return { log, errors };
  }
  let log: string[] = [];
  const meta = (id: string, recordings: 'all' | 'recorded') => ({ id, area: 'files' as const, defaultSeverity: 'error' as const, legalSource: '', description: '', fixable: false, recordings, messages: { m: 'm' } });
  const tracer = (id: string, recordings: 'all' | 'recorded') => definePolicyRule({
    meta: meta(id, recordings),
    create: () => ({
      policy: () => log.push(`${id} policy`),
      trigger: (t) => log.push(`${id} trigger ${t.id}`),
      recording: (r) => log.push(`${id} recording ${r.id?.value}`),
      purpose: (p, r) => log.push(`${id} purpose ${r.id?.value}/${p.purpose?.value}`),
      processor: (p, r) => log.push(`${id} processor ${r.id?.value}/${p.name?.value}`),
    }),
  });

  beforeEach(() => { log = []; });

  it('visits in document order; `recorded` rules skip `mode: none` recordings', () => {
    run([tracer('all', 'all'), tracer('rec', 'recorded')]);
    assert.deepEqual(log, [
      'all policy', 'rec policy',
      'all trigger t1', 'rec trigger t1',
      'all recording a', 'rec recording a',
      'all purpose a/evidence', 'rec purpose a/evidence',
      'all purpose a/marketing', 'rec purpose a/marketing',
      'all processor a/P', 'rec processor a/P',
      'all recording b',
      'all purpose b/evidence',
    ]);
  });

  it('a rule that throws is reported once and not called again for the file; the others go on', () => {
    const thrower = definePolicyRule({ meta: meta('boom', 'all'), create: () => ({ purpose: () => { throw new Error('bad'); } }) });
    const failsAtCreate = definePolicyRule({ meta: meta('early', 'all'), create: () => { throw new Error('no'); } });
    const { errors } = run([thrower, failsAtCreate, tracer('ok', 'recorded')]);
    assert.deepEqual(errors, ['early: no', 'boom: bad']);
    assert.ok(log.includes('ok processor a/P'));
  });

  it('a report with a messageId the rule does not declare becomes an internal error of that rule', () => {
    const rule = RULES.find((r): r is PolicyRule => r.kind === 'policy' && r.meta.id === 'unknown-purpose')!;
    const saved = rule.create;
    rule.create = (ctx) => ({ policy: () => ctx.report({ span: { start: 0, end: 0 }, messageId: 'no-such-message' }) });
    let findings: Finding[];
    try {
      findings = lintFiles({ 'p.recording-policy.yaml': text }).findings;
    } finally {
      rule.create = saved;
    }
    const internal = findings.filter((f) => f.ruleId === 'internal-error');
    assert.equal(internal.length, 1);
    assert.equal(internal[0].messageId, 'failed');
    assert.deepEqual(internal[0].data, { rule: 'unknown-purpose', error: "rule 'unknown-purpose' has no message 'no-such-message'" });
    assert.equal(internal[0].message, "Rule 'unknown-purpose' failed on this file, so its findings here may be incomplete. The other rules still ran; please report this, with the error: rule 'unknown-purpose' has no message 'no-such-message'");
  });
});
