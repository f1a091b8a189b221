/** The pure pieces behind the server's features: core/query and the disable-line edit. */
import * as assert from 'node:assert/strict';
import { policyCompletion } from '../../src/core/query/completion';
import { lineKeyAt, parsePolicyForQuery, slotAt } from '../../src/core/query/context';
import type { QueryEnv } from '../../src/core/query/env';
import { policyHover, scriptHover } from '../../src/core/query/hover';
import { scriptDefinition, scriptSymbols, triggerOccurrences } from '../../src/core/query/navigation';
import { disableEdit } from '../../src/lsp/code-actions';
import { minimalEdit } from '../../src/lsp/convert';

const POLICY = `policy: 1
controller: Acme
languages: [en]
triggers:
  case-closed:
    description: The case is closed
recordings:
  - id: line
    mode: all
    data: [voice, health]
    announcement:
      text: "This call is recorded for training purposes."
    purposes:
      - purpose: staff-training
        legal_basis: consent
        retention: { until: "case-closed" }
      - purpose: evidence
        legal_basis: contract
        retention: { until: case-closed, max: P1Y }
`;

const env: QueryEnv = { uri: 'mem://p.recording-policy.yaml', readScript: (_f, rel) => ({ ok: false, uri: rel, reason: 'not-found' }), configPhrases: {} };
const at = (text: string, needle: string, delta = 1) => text.indexOf(needle) + delta;

describe('core/query', () => {
  const doc = parsePolicyForQuery(POLICY);

  it('classifies the node under the cursor', () => {
    assert.equal(slotAt(doc, at(POLICY, 'staff-training'))?.kind, 'purpose-declared');
    assert.equal(slotAt(doc, at(POLICY, 'contract'))?.kind, 'legal-basis');
    assert.equal(slotAt(doc, at(POLICY, 'health'))?.kind, 'data-category');
    assert.equal(slotAt(doc, at(POLICY, 'case-closed:'))?.kind, 'trigger-decl');
    assert.equal(slotAt(doc, at(POLICY, 'until: case-closed', 8))?.kind, 'trigger-ref');
  });

  it('hovers on inline announcement text: records, purposes, the phrases in bold', () => {
    const h = policyHover(doc, at(POLICY, 'This call'), env)!;
    assert.match(h.markdown, /\*\*Records\*\*/);
    assert.match(h.markdown, /staff-training/);
    assert.match(h.markdown, /\*\*recorded\*\*/);
  });

  it('hovers on announcement.script: every notice of the script, by language, with what each announces', () => {
    const policy = POLICY.replace('languages: [en]', 'languages: [nl, en]').replace('      text: "This call is recorded for training purposes."', '      script: flows/main.twiml');
    const twiml = '<Response>\n  <Say language="nl-NL">Dit gesprek wordt opgenomen om onze medewerkers te trainen.</Say>\n  <Say language="en-GB">This call is recorded as evidence, never for marketing.</Say>\n</Response>\n';
    const flowEnv: QueryEnv = { ...env, readScript: (_f, rel) => (rel === 'flows/main.twiml' ? { ok: true, uri: 'mem://flows/main.twiml', text: twiml } : { ok: false, uri: rel, reason: 'not-found' }) };
    const h = policyHover(parsePolicyForQuery(policy), at(policy, 'flows/main.twiml'), flowEnv)!;
    assert.match(h.markdown, /\*\*Dutch \(nl\)\*\*\n  - a prompt \(line 2\): announces `staff-training`/);
    assert.match(h.markdown, /\*\*English \(en\)\*\*\n  - a prompt \(line 3\): announces `evidence`; excludes `marketing`/);
  });

  it('hovers on a named prompt that declares no language: a reading per language its sentences are in', () => {
    const policy = POLICY.replace('languages: [en]', 'languages: [nl, en]').replace('      text: "This call is recorded for training purposes."', '      script: main.ivr\n      prompt: melding');
    const ivr = 'say melding "Dit gesprek wordt opgenomen om onze medewerkers te trainen. This call is also recorded as evidence of what we agree."\nrecord start\n';
    const ivrEnv: QueryEnv = { ...env, readScript: (_f, rel) => (rel === 'main.ivr' ? { ok: true, uri: 'mem://main.ivr', text: ivr } : { ok: false, uri: rel, reason: 'not-found' }) };
    const h = policyHover(parsePolicyForQuery(policy), at(policy, 'melding'), ivrEnv)!;
    const blocks = h.markdown.split('\n\n---\n\n');
    assert.equal(blocks.length, 2, h.markdown);
    assert.match(blocks[0], /^\*\*[^*]*`melding`[^*]*\*\* \(nl\)/);
    assert.match(blocks[1], /^\*\*[^*]*`melding`[^*]*\*\* \(en\)/);
    assert.match(blocks[0], /staff-training/);
    assert.doesNotMatch(blocks[0], /evidence/);
    assert.match(blocks[1], /evidence/);
    assert.doesNotMatch(blocks[1], /staff-training/);
  });

  it('hovers on a special category and on an unknown purpose', () => {
    assert.match(policyHover(doc, at(POLICY, 'health'), env)!.markdown, /special category/);
    const other = POLICY.replace('purpose: evidence', 'purpose: evidenz');
    assert.match(policyHover(parsePolicyForQuery(other), at(other, 'evidenz'), env)!.markdown, /not a purpose reclint knows/);
  });

  it('hovers on a script prompt', () => {
    const ivr = 'lang en\nsay notice "This call is recorded for training purposes."\nrecord start\n';
    const h = scriptHover('mem://a.ivr', ivr, at(ivr, 'This call'))!;
    assert.match(h.markdown, /Prompt `notice`/);
    assert.match(h.markdown, /staff-training/);
  });

  it('completes on half-typed YAML from the line', () => {
    assert.deepEqual(lineKeyAt('a:\n  legal_basis: con', 19)?.key, 'legal_basis');
    assert.deepEqual(lineKeyAt('    data:\n      - vo', 20), { key: 'data', listItem: true, partialStart: 18 });
    const broken = 'recordings:\n  - purposes:\n      - purpose: staff-training\n        legal_basis: co';
    const labels = policyCompletion(parsePolicyForQuery(broken), broken.length, env).map((c) => c.label);
    assert.ok(labels.includes('consent'));
    const items = policyCompletion(doc, at(POLICY, 'until: case-closed', 8), env);
    assert.deepEqual(items.map((i) => i.label), ['case-closed']);
    assert.deepEqual(items[0].replace, { start: POLICY.indexOf('case-closed, max'), end: POLICY.indexOf('case-closed, max') + 'case-closed'.length });
  });

  it('finds every occurrence of a trigger, quotes excluded', () => {
    const occ = triggerOccurrences(doc, at(POLICY, 'case-closed:'))!;
    assert.equal(occ.spans.length, 3);
    for (const s of occ.spans) assert.equal(POLICY.slice(s.start, s.end), 'case-closed');
  });

  it('goes from goto and menu options to labels; lists labels with their prompts', () => {
    const ivr = 'start:\nsay hi "Hello"\nmenu 1=sales\ngoto sales\nsales:\nsay "x"\n';
    const d = scriptDefinition('mem://a.ivr', ivr, at(ivr, 'goto sales', 6))!;
    assert.equal(ivr.slice(d.targets[0].span.start, d.targets[0].span.end), 'sales');
    assert.ok(scriptDefinition('mem://a.ivr', ivr, at(ivr, '1=sales', 3)));
    const syms = scriptSymbols('mem://a.ivr', ivr);
    assert.deepEqual(syms.map((s) => [s.name, s.children.map((c) => c.name)]), [['start', ['hi']], ['sales', []]]);
  });
});

describe('code actions helpers', () => {
  it('inserts a directive at the line\'s indentation, or adds the id to the one above', () => {
    const text = 'a:\n    b: 1\n';
    assert.deepEqual(disableEdit(text, 1, 'schema'), { start: 3, end: 3, newText: '    # reclint-disable-next-line schema -- <reason>\n' });
    assert.equal(disableEdit(text, 1, 'schema', 'nl')!.newText, '    # reclint-disable-next-line schema -- <reden>\n', 'the placeholder in the editor\'s language');
    const withDirective = 'a:\n    # reclint-disable-next-line schema -- known\n    b: 1\n';
    const e = disableEdit(withDirective, 2, 'unknown-purpose')!;
    assert.equal(withDirective.slice(0, e.start) + e.newText + withDirective.slice(e.end), 'a:\n    # reclint-disable-next-line schema, unknown-purpose -- known\n    b: 1\n');
    assert.equal(disableEdit(withDirective, 2, 'schema'), undefined);
    assert.match(disableEdit('x\r\ny\r\n', 1, 'schema')!.newText, /\r\n$/);
  });

  it('makes one minimal edit, never splitting a CRLF or a surrogate pair', () => {
    assert.deepEqual(minimalEdit('u', 'abc', 'abXc'), { uri: 'u', start: 2, end: 2, newText: 'X' });
    const e = minimalEdit('u', 'a\r\nb', 'a\nb')!;
    assert.equal('a\r\nb'.slice(0, e.start) + e.newText + 'a\r\nb'.slice(e.end), 'a\nb');
    const s = minimalEdit('u', 'x😀y', 'x😃y')!;
    assert.equal(s.end - s.start, 2);
  });
});
