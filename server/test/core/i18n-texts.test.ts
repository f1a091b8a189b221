/**
 * The catalogues of reclint's own words (not the rules' messages): Dutch is complete, keeps every
 * placeholder, cites the law in one Dutch style, and each rule page's Dutch summary is the catalogue's
 * description of that rule.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CATALOGS, ruleDescription } from '../../src/core/i18n/catalog';
import { placeholders } from '../../src/core/i18n/format';
import { RULES } from '../../src/core/rules/index';
import { SCHEMA_TEXTS } from '../../src/core/query/keys';
import schema from '../../../schemas/recording-policy.schema.json';
import { BUILTIN_PURPOSES, LEGAL_BASES, LEGAL_BASIS_ARTICLE, LEGAL_BASIS_MEANING, PURPOSE_MEANING } from '../../src/core/vocabulary';

const DOCS = path.resolve(__dirname, '../../../docs/rules');
const en = CATALOGS.en.text as Readonly<Record<string, string>>;
const nl = CATALOGS.nl.text as Readonly<Record<string, string>>;

/** Texts that are the same words in both languages (names, ids, Markdown frames). */
const SAME_IN_BOTH = new Set(['notice.title.prompt', 'notice.title.anonymous', 'notice.heading', 'notice.recordingHeading', 'where.prompt', 'where.promptLine', 'basis.canonical', 'art9.condition', 'trigger.head', 'trigger.headWithDescription', 'rule.hover', 'completion.trigger',
  // The severity words info and hint are Dutch as well.
  'cli.info.one', 'cli.info.other', 'cli.hint.one', 'cli.hint.other']);

/** Outside code spans. */
const prose = (s: string) => s.replace(/`[^`]*`/g, '');

describe('i18n: the text catalogues', () => {
  it('nl has a text for every English key, with the same placeholders, and nothing else', () => {
    const missing = Object.keys(en).filter((k) => !(k in nl));
    assert.deepEqual(missing, [], 'keys without a Dutch text');
    assert.deepEqual(Object.keys(nl).filter((k) => !(k in en)), [], 'Dutch keys English does not have');
    for (const [k, t] of Object.entries(en)) {
      assert.deepEqual(placeholders(nl[k]).sort(), placeholders(t).sort(), `${k}: placeholders`);
      assert.ok(nl[k].trim(), `${k}: empty`);
    }
  });

  it('nl translates: no Dutch text is the English one, except names and frames', () => {
    const copied = Object.keys(en).filter((k) => nl[k] === en[k] && !SAME_IN_BOTH.has(k));
    assert.deepEqual(copied, []);
  });

  it('nl cites the AVG in one style (art. 6 lid 1 onder f AVG), never GDPR or 6(1)(f) outside code', () => {
    for (const [k, t] of Object.entries(nl)) {
      const p = prose(t);
      assert.doesNotMatch(p, /\bGDPR\b/, `${k}: GDPR in Dutch`);
      assert.doesNotMatch(p, /art\.\s*\d+\s*\(/, `${k}: English article style in Dutch`);
      assert.doesNotMatch(p, /art\.\s*\d+\s+lid\s+\d+\s*\(/, `${k}: mixed article style`);
    }
    for (const b of LEGAL_BASES) assert.match(nl[`basis.${b}.article`], /^[a-z][^,]+, art\. 6 lid 1 onder [a-f] AVG$/, b);
  });

  it('English cites the GDPR, and art. 6(1)(f) as the article words it ("unless … override")', () => {
    assert.match(en['basis.legitimate-interests.meaning'], /necessary for the legitimate interests of the organisation, unless the caller's interests or fundamental rights override them/);
    assert.doesNotMatch(en['basis.legitimate-interests.meaning'], /outweighs/);
    assert.match(nl['basis.legitimate-interests.meaning'], /tenzij de belangen of de grondrechten van de beller zwaarder wegen/);
    for (const b of LEGAL_BASES) assert.match(en[`basis.${b}.article`], /^art\. 6\(1\)\([a-f]\) GDPR$/, b);
    assert.doesNotMatch(Object.values(en).join('\n'), /[Dd]irectly related/);
  });

  it('the vocabulary reads its English from the catalogue', () => {
    for (const b of LEGAL_BASES) {
      assert.equal(LEGAL_BASIS_ARTICLE[b], en[`basis.${b}.article`]);
      assert.equal(LEGAL_BASIS_MEANING[b], en[`basis.${b}.meaning`]);
    }
    for (const p of BUILTIN_PURPOSES) assert.equal(PURPOSE_MEANING[p], en[`purpose.${p}`]);
  });
});

describe('i18n: rule descriptions and the docs pages\' Dutch summaries', () => {
  it('nl describes every rule, and only rules', () => {
    const ids = RULES.map((r) => r.meta.id);
    const nlIds = Object.keys(CATALOGS.nl.descriptions);
    assert.deepEqual(ids.filter((id) => !nlIds.includes(id)), [], 'rules without a Dutch description');
    assert.deepEqual(nlIds.filter((id) => !ids.includes(id)), [], 'descriptions of no rule');
    for (const r of RULES) assert.notEqual(ruleDescription('nl', r.meta.id, r.meta.description), r.meta.description, r.meta.id);
  });

  it('the Dutch description keeps the code spans of the English one', () => {
    for (const r of RULES) {
      const spans = (s: string) => [...s.matchAll(/`[^`]*`/g)].map((m) => m[0]).sort();
      assert.deepEqual(spans(ruleDescription('nl', r.meta.id, r.meta.description)), spans(r.meta.description), r.meta.id);
    }
  });

  it('each docs/rules/<id>.md has, under its English summary, "> **Nederlands:** " and the Dutch description', () => {
    for (const r of RULES) {
      const lines = fs.readFileSync(path.join(DOCS, `${r.meta.id}.md`), 'utf8').split(/\r?\n/);
      const nlLines = lines.filter((l) => l.startsWith('> **Nederlands:** '));
      assert.equal(nlLines.length, 1, `${r.meta.id}: one Dutch summary`);
      assert.equal(nlLines[0].slice('> **Nederlands:** '.length), ruleDescription('nl', r.meta.id, r.meta.description), `${r.meta.id}: the Dutch summary is the catalogue's`);
      const at = lines.indexOf(nlLines[0]);
      assert.ok(at > 1 && at < lines.findIndex((l) => l.startsWith('| ')), `${r.meta.id}: the summary sits between the title and the table`);
    }
  });
});

describe('i18n: the schema\'s titles and descriptions (key completion)', () => {
  const english: string[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      for (const k of ['title', 'description']) {
        const v = (n as Record<string, unknown>)[k];
        if (typeof v === 'string' && !english.includes(v)) english.push(v);
      }
      Object.values(n).forEach(walk);
    }
  };
  walk(schema);

  it('nl has every title and description of the schema, keeps its code spans, and no stale text', () => {
    const nlSchema = SCHEMA_TEXTS.nl!;
    assert.deepEqual(english.filter((e) => !(e in nlSchema)), [], 'schema texts without Dutch');
    assert.deepEqual(Object.keys(nlSchema).filter((e) => !english.includes(e)), [], 'Dutch for texts the schema no longer has');
    const spans = (t: string) => [...t.matchAll(/`[^`]*`/g)].map((m) => m[0]).sort();
    for (const e of english) {
      assert.deepEqual(spans(nlSchema[e]), spans(e), e);
      assert.doesNotMatch(prose(nlSchema[e]), /\bGDPR\b|art\.\s*\d+\s*\(/, e);
    }
  });
});

