/**
 * The DPV JSON-LD register, offline (register.md §8 items 1–4): the examples' golden document goes
 * through `jsonld.toRDF` in safe mode with a loader that refuses every URL, under the socket trap;
 * the triples say what each activity must say; every DPV IRI is a real DPV 2.3 term; the shipped
 * context file is the inline context.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { contextFileText, REGISTER_CONTEXT } from '../../../src/core/register/context';
import { emittedDpvTerms, expand, PREFIXES } from '../../../src/core/register/mapping';
import { readGolden, REPO, toRdf, type RdfResult } from './helpers';

const DPV_NS = Object.entries(PREFIXES).filter(([p]) => p !== 'reclint').map(([, iri]) => iri);
const TERMS = JSON.parse(fs.readFileSync(path.join(REPO, 'schemas/dpv-terms.json'), 'utf8')) as { terms: Record<string, string>; countries: Record<string, string>; license: { text: string; name: string }; source: { commit: string } };
const SCHEMA = JSON.parse(fs.readFileSync(path.join(REPO, 'schemas/recording-policy.schema.json'), 'utf8')) as { $defs?: Record<string, { pattern?: string }>; definitions?: Record<string, { pattern?: string }> };
const DURATION = new RegExp((SCHEMA.$defs ?? SCHEMA.definitions)!.duration.pattern!);

type Quad = { s: string; p: string; o: string; literal: boolean; datatype?: string };

/** N-Quads lines → subject, predicate, object (enough for what reclint writes: no graphs). */
function quads(nq: string): Quad[] {
  return nq.trim().split('\n').map((line) => {
    const m = /^(<[^>]*>|_:\S+) <([^>]*)> (<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:\^\^<[^>]*>|@[\w-]+)?) \.$/.exec(line);
    if (!m) throw new Error(`not an N-Quads line reclint writes: ${line}`);
    const o = m[3];
    const lit = o.startsWith('"');
    const dt = lit ? /\^\^<([^>]*)>$/.exec(o)?.[1] : undefined;
    return { s: m[1].replace(/^<|>$/g, ''), p: m[2], o: lit ? JSON.parse(o.replace(/(\^\^<[^>]*>|@[\w-]+)$/, '')) : o.replace(/^<|>$/g, ''), literal: lit, datatype: dt };
  });
}

const DPV = 'https://w3id.org/dpv#';
const GDPR = 'https://w3id.org/dpv/legal/eu/gdpr#';
const DCT = 'http://purl.org/dc/terms/';

describe('register: DPV JSON-LD offline', function () {
  this.timeout(60000);
  const doc = JSON.parse(readGolden('examples.jsonld')) as Record<string, unknown> & { hasPart: Record<string, unknown>[] };
  let rdf: RdfResult;
  let all: Quad[];
  before(() => {
    rdf = toRdf(doc);
    all = quads(rdf.nquads ?? '');
  });

  it('expands and converts in safe mode with no fetch and no socket', () => {
    assert.equal(rdf.error, undefined, rdf.details);
    assert.deepEqual(rdf.loads, []);
    assert.equal(rdf.recorded, '');
    assert.equal(all.length, 365);
  });

  it('fails loudly on what safe mode must refuse (so the test above can fail)', () => {
    const clone = () => JSON.parse(JSON.stringify(doc)) as typeof doc;
    const misspelt = clone();
    misspelt.hasPart[0].purpse = misspelt.hasPart[0].purpose;
    assert.match(toRdf(misspelt).details ?? '', /invalid property/);
    const relative = clone();
    relative.hasPart[0].id = 'activity/1';
    assert.match(toRdf(relative).details ?? '', /relative @id reference/);
    const bare = clone();
    bare.hasPart[0].purpose = ['quality-assurance'];
    assert.match(toRdf(bare).details ?? '', /relative object reference/);
    const remote = clone();
    remote['@context'] = 'https://w3id.org/dpv/context.jsonld';
    const r = toRdf(remote);
    assert.match(r.error ?? '', /./);
    assert.deepEqual(r.loads, ['https://w3id.org/dpv/context.jsonld']);
    assert.equal(r.recorded, '');
    const redefined = clone();
    redefined.hasPart[0]['@context'] = { purpose: 'https://example.invalid/purpose' };
    assert.match(`${toRdf(redefined).error} ${toRdf(redefined).details}`, /protected term/);
  });

  it('says, per activity, its purpose, one art. 6 basis and a storage condition', () => {
    const processes = all.filter((q) => q.p === 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type' && q.o === `${DPV}Process`).map((q) => q.s);
    assert.equal(processes.length, doc.hasPart.length);
    assert.equal(processes.length, 7);
    for (const s of processes) {
      const of = (p: string) => all.filter((q) => q.s === s && q.p === p);
      assert.ok(of(`${DPV}hasPurpose`).length >= 1, s);
      assert.equal(of(`${DPV}hasLegalBasis`).filter((q) => q.o.startsWith(`${GDPR}A6-1-`)).length, 1, s);
      assert.ok(of(`${DPV}hasStorageCondition`).length >= 1, s);
      assert.equal(of(`${DCT}identifier`).length, 1, s);
    }
  });

  it('writes every xsd:duration as the policy schema reads one', () => {
    const durations = all.filter((q) => q.datatype === 'http://www.w3.org/2001/XMLSchema#duration');
    assert.ok(durations.length >= 5);
    for (const d of durations) assert.match(d.o, DURATION, d.o);
    assert.doesNotMatch('90 days', DURATION);
  });

  it('uses only DPV 2.3 terms that schemas/dpv-terms.json lists', () => {
    const iris = new Set<string>();
    for (const q of all) for (const x of [q.p, ...(q.literal ? [] : [q.o])]) if (DPV_NS.some((ns) => x.startsWith(ns))) iris.add(x);
    assert.ok(iris.size > 20);
    const known = new Set([...Object.keys(TERMS.terms), ...Object.keys(TERMS.countries).map((c) => `https://w3id.org/dpv/loc#${c}`)]);
    for (const i of iris) assert.ok(known.has(i), `${i} is not in schemas/dpv-terms.json`);
    assert.ok(iris.has(`${DPV}hasPurpose`) && iris.has(`${DPV}ROPA`) && iris.has('https://w3id.org/dpv/loc#NL'));
  });

  it('dpv-terms.json and mapping.ts agree both ways, with 250 loc: codes and the W3C licence', () => {
    assert.deepEqual(Object.keys(TERMS.terms).sort(), emittedDpvTerms().map(expand).sort());
    for (const [iri, label] of Object.entries(TERMS.terms)) assert.ok(label.length > 0, iri);
    assert.equal(Object.keys(TERMS.countries).length, 250);
    for (const c of ['NL', 'US', 'IE', 'FR', 'EU']) assert.ok(TERMS.countries[c], c);
    assert.equal(TERMS.license.name, 'W3C Software and Document License');
    assert.match(TERMS.license.text, /Permission to copy, modify, and distribute this work/);
    assert.equal(TERMS.source.commit, 'f01a55c3c0983e35cdfdf80593ece3353faba7b8');
    for (const t of ['dpv:ServiceMonitoring', 'eu-aiact:ProhibitedAISystem-A5-1-f', 'eu-aiact:HighRiskAISystem-AnnexIII-1-c']) assert.ok(TERMS.terms[expand(t)], `${t} (2.3-only) is listed`);
  });

  it('ships the inline context byte for byte as schemas/register.context.jsonld', () => {
    const file = fs.readFileSync(path.join(REPO, 'schemas/register.context.jsonld'), 'utf8');
    assert.equal(file, contextFileText());
    assert.equal(file, `${JSON.stringify({ '@context': doc['@context'] }, null, 2)}\n`);
    const ctx = REGISTER_CONTEXT as Record<string, unknown>;
    assert.equal(ctx['@protected'], true);
    assert.equal(ctx['@version'], 1.1);
    assert.deepEqual(ctx.purpose, { '@id': 'dpv:hasPurpose', '@type': '@id', '@container': '@set' });
  });
});
