/**
 * The CI formats: JUnit XML (well-formed XML 1.0, the Ant JUnit shape Jenkins and GitLab read), GitLab
 * Code Quality (validated against server/test/data/gitlab-code-quality.schema.json) and SARIF's
 * automation details, rule help and content fingerprints. Driven through the built CLI on the examples
 * and through the formatter functions with hostile messages.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { docsUrlFor, type Finding, type Severity } from '../../src/core/findings';
import { RULES } from '../../src/core/rules/index';
import { LineIndex } from '../../src/core/text';
import { FORMATTERS, type FormatInput } from '../../src/format/index';
import { anchorText } from '../../src/format/fingerprint';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'server/out/cli.js');
const GITLAB_SCHEMA = path.join(ROOT, 'server/test/data/gitlab-code-quality.schema.json');
const SARIF_SCHEMA = path.join(ROOT, 'server/test/data/sarif-schema-2.1.0.json');

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// ---------------------------------------------------------------------------------------------------
// A strict XML 1.0 well-formedness check (no DTD), enough for what a JUnit reader needs: one root
// element, matched tags, unique attributes, only the five predefined entities and character references
// to allowed characters, no `<` in attribute values, no `]]>` in text, only characters XML 1.0 allows.

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const allowedCode = (c: number) => c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);

function decode(raw: string, where: string): string {
  return raw.replace(/&([^;&]*);|&/g, (m, ref: string | undefined) => {
    if (ref === undefined) throw new Error(`bare & in ${where}`);
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (ref in named) return named[ref];
    const num = /^#x([0-9A-Fa-f]+)$/.exec(ref) ?? /^#([0-9]+)$/.exec(ref);
    if (!num) throw new Error(`unknown entity &${ref}; in ${where}`);
    const code = parseInt(num[1], ref[1] === 'x' ? 16 : 10);
    if (!allowedCode(code)) throw new Error(`reference to a character XML forbids (&${ref};) in ${where}`);
    return String.fromCodePoint(code);
  });
}

function parseXml(src: string): XmlElement {
  if (!XML_CHAR.test(src)) throw new Error('a character XML 1.0 forbids');
  let i = 0;
  const fail = (m: string): never => {
    throw new Error(`${m} at offset ${i}: ${JSON.stringify(src.slice(i, i + 40))}`);
  };
  const skipWs = () => {
    while (i < src.length && /[ \t\r\n]/.test(src[i])) i++;
  };
  const name = () => {
    NAME.lastIndex = i;
    const m = NAME.exec(src);
    if (!m) fail('name expected');
    i += m![0].length;
    return m![0];
  };
  const misc = () => {
    for (;;) {
      skipWs();
      if (src.startsWith('<!--', i)) {
        const e = src.indexOf('-->', i + 4);
        if (e < 0 || src.slice(i + 4, e).includes('--')) fail('bad comment');
        i = e + 3;
      } else if (src.startsWith('<?', i) && !src.startsWith('<?xml', i)) {
        const e = src.indexOf('?>', i);
        if (e < 0) fail('bad processing instruction');
        i = e + 2;
      } else return;
    }
  };
  if (src.startsWith('<?xml')) {
    const e = src.indexOf('?>');
    if (!/^<\?xml version="1\.0"( encoding="UTF-8")?\?>$/.test(src.slice(0, e + 2))) fail('bad XML declaration');
    i = e + 2;
  }
  misc();
  if (src.startsWith('<!DOCTYPE', i)) fail('no DTD expected');
  const element = (): XmlElement => {
    if (src[i] !== '<') fail('< expected');
    i++;
    const el: XmlElement = { name: name(), attrs: {}, children: [], text: '' };
    for (;;) {
      const before = i;
      skipWs();
      if (src.startsWith('/>', i)) {
        i += 2;
        return el;
      }
      if (src[i] === '>') {
        i++;
        break;
      }
      if (i === before) fail('space expected between attributes');
      const a = name();
      skipWs();
      if (src[i] !== '=') fail('= expected');
      i++;
      skipWs();
      const q = src[i];
      if (q !== '"' && q !== "'") fail('quote expected');
      const e = src.indexOf(q, i + 1);
      if (e < 0) fail('unterminated attribute');
      const raw = src.slice(i + 1, e);
      if (raw.includes('<')) fail('< in an attribute value');
      if (a in el.attrs) fail(`attribute ${a} twice`);
      el.attrs[a] = decode(raw, `attribute ${a}`);
      i = e + 1;
    }
    for (;;) {
      const lt = src.indexOf('<', i);
      if (lt < 0) fail(`unclosed <${el.name}>`);
      const raw = src.slice(i, lt);
      if (raw.includes(']]>')) fail(']]> in text');
      el.text += decode(raw.replace(/\r\n?/g, '\n'), `<${el.name}> text`);
      i = lt;
      if (src.startsWith('</', i)) {
        i += 2;
        if (name() !== el.name) fail(`</${el.name}> expected`);
        skipWs();
        if (src[i] !== '>') fail('> expected');
        i++;
        return el;
      }
      if (src.startsWith('<![CDATA[', i)) {
        const e = src.indexOf(']]>', i);
        if (e < 0) fail('unterminated CDATA');
        el.text += src.slice(i + 9, e);
        i = e + 3;
      } else if (src.startsWith('<!--', i) || src.startsWith('<?', i)) {
        misc();
      } else el.children.push(element());
    }
  };
  const root = element();
  misc();
  if (i !== src.length) fail('content after the root element');
  return root;
}

// The Ant JUnit shape as Jenkins and GitLab read it: the elements each may hold, their attributes
// (required ones first, then the optional ones we use) and integer counts that add up.
const SHAPE: Record<string, { children: string[]; required: string[]; optional: string[] }> = {
  testsuites: { children: ['testsuite'], required: ['tests', 'failures'], optional: ['name', 'errors', 'skipped', 'time'] },
  testsuite: { children: ['testcase', 'properties', 'system-out', 'system-err'], required: ['name', 'tests', 'failures', 'errors', 'skipped', 'time'], optional: [] },
  testcase: { children: ['failure', 'error', 'skipped', 'system-out', 'system-err'], required: ['name', 'classname', 'time'], optional: ['file'] },
  failure: { children: [], required: ['message', 'type'], optional: [] },
  'system-out': { children: [], required: [], optional: [] },
};

function checkJunitShape(root: XmlElement) {
  assert.equal(root.name, 'testsuites');
  const visit = (el: XmlElement) => {
    const s = SHAPE[el.name];
    assert.ok(s, `unexpected element <${el.name}>`);
    for (const a of s.required) assert.ok(a in el.attrs, `<${el.name}> lacks ${a}`);
    for (const a of Object.keys(el.attrs)) assert.ok(s.required.includes(a) || s.optional.includes(a), `<${el.name}> has unexpected ${a}`);
    for (const a of ['tests', 'failures', 'errors', 'skipped']) if (a in el.attrs) assert.match(el.attrs[a], /^\d+$/);
    if ('time' in el.attrs) assert.match(el.attrs.time, /^\d+(\.\d+)?$/);
    for (const c of el.children) {
      assert.ok(s.children.includes(c.name), `<${c.name}> inside <${el.name}>`);
      visit(c);
    }
    if (el.name !== 'failure' && el.name !== 'system-out') assert.equal(el.text.trim(), '', `text in <${el.name}>`);
  };
  visit(root);
  let tests = 0;
  let failures = 0;
  for (const suite of root.children) {
    const cases = suite.children.filter((c) => c.name === 'testcase');
    const failed = cases.filter((c) => c.children.some((x) => x.name === 'failure')).length;
    assert.equal(Number(suite.attrs.tests), cases.length, `tests of ${suite.attrs.name}`);
    assert.equal(Number(suite.attrs.failures), failed, `failures of ${suite.attrs.name}`);
    for (const c of cases) assert.ok(c.children.filter((x) => x.name === 'failure').length <= 1);
    // GitLab keeps only the first of equal test names.
    const names = cases.map((c) => `${c.attrs.classname}\u0000${c.attrs.name}`);
    assert.equal(new Set(names).size, names.length, `duplicate test names in ${suite.attrs.name}`);
    tests += cases.length;
    failures += failed;
  }
  assert.equal(Number(root.attrs.tests), tests);
  assert.equal(Number(root.attrs.failures), failures);
}

// ---------------------------------------------------------------------------------------------------

interface JsonFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  legalSource: string;
  docsUrl: string;
}
interface JsonOut {
  results: { file: string; findings: JsonFinding[] }[];
}

// Strict, except that `anyOf: [{ required: [lines] }, { required: [positions] }]` names properties defined one level up.
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
// `any`: a validator typed as a guard would narrow the parsed reports to `unknown`.
const validateGitlab = ajv.compile<any>(JSON.parse(fs.readFileSync(GITLAB_SCHEMA, 'utf8')));

function finding(over: Partial<Finding> & { uri: string; span: { start: number; end: number } }): Finding {
  return { ruleId: 'vague-purpose', severity: 'warning', message: 'Vague.', legalSource: 'GDPR art. 13(1)(c)', docsUrl: docsUrlFor(over.ruleId ?? 'vague-purpose'), related: [], suggestions: [], ...over };
}

function input(texts: Record<string, string>, findings: Finding[], files = Object.keys(texts)): FormatInput {
  const idx = new Map(Object.entries(texts).map(([u, t]) => [u, new LineIndex(t)]));
  return {
    findings,
    files,
    lineIndex: (u) => {
      const i = idx.get(u);
      if (!i) throw new Error(`no text for ${u}`);
      return i;
    },
    rules: RULES.map((r) => r.meta),
    version: '0.0.0-test',
    color: false,
  };
}

const POLICY = 'policy: 1\ncontroller: Zonnestroom\nrecordings:\n  - id: sales-line\n    purposes: [quality]\n';
const HOSTILE = 'a < b && c > d, "quoted" \'single\' ]]> end\u0000nul \u0001soh \u001Fus \uFFFE\ttab\r\ncrlf \uD800lone 😀 ok';
/** What the hostile message reads as in XML: the forbidden characters as visible `\uXXXX`, the rest as is. */
const HOSTILE_IN_XML = 'a < b && c > d, "quoted" \'single\' ]]> end\\u0000nul \\u0001soh \\u001Fus \\uFFFE\ttab\r\ncrlf \\uD800lone 😀 ok';

describe('CI formats', () => {
  before(function () {
    if (!fs.existsSync(CLI)) throw new Error('server/out/cli.js is missing: run `node scripts/build.mjs` first');
  });

  let json: JsonOut;
  before(() => {
    json = JSON.parse(run(['examples', '--format', 'json']).out);
  });

  it('--help and the format error name every format', () => {
    const help = run(['--help']).out;
    for (const f of Object.keys(FORMATTERS)) assert.match(help, new RegExp(`\\b${f}\\b`));
    const r = run(['examples', '--format', 'xml']);
    assert.equal(r.code, 2);
    assert.match(r.err, /unknown format `xml`; use stylish, json, sarif, github, gitlab or junit/);
  });

  it('the XML check rejects what is not well-formed', () => {
    const ok = '<?xml version="1.0" encoding="UTF-8"?>\n<a x="1&amp;2&#10;"><b/>t&lt;</a>\n';
    assert.deepEqual(parseXml(ok).attrs, { x: '1&2\n' });
    for (const bad of ['<a>&</a>', '<a x="<"/>', '<a x="1" x="2"/>', '<a>]]></a>', '<a>\u0001</a>', '<a>&#1;</a>', '<a>&#xFFFE;</a>', '<a>&nbsp;</a>', '<a><b></a></b>', '<a/><b/>', '<a x=1/>', '<a>\uD800</a>', '<a>', '<a x="1"y="2"/>']) {
      assert.throws(() => parseXml(bad), Error, bad);
    }
  });

  describe('--format junit', () => {
    it('one testsuite per file linted, one testcase per finding, failures for errors and warnings', () => {
      const r = run(['examples', '--format', 'junit']);
      assert.equal(r.code, 1, r.err);
      const root = parseXml(r.out);
      checkJunitShape(root);
      assert.equal(root.attrs.name, 'reclint');
      assert.deepEqual(root.children.map((s) => s.attrs.name), json.results.map((x) => x.file));
      let failing = 0;
      for (const [n, res] of json.results.entries()) {
        const suite = root.children[n];
        const cases = suite.children;
        if (!res.findings.length) {
          // A clean file: one passing test case.
          assert.deepEqual(cases.map((c) => [c.attrs.name, c.attrs.classname, c.children.length]), [['no findings', res.file, 0]]);
          continue;
        }
        assert.equal(cases.length, res.findings.length);
        for (const [k, f] of res.findings.entries()) {
          const c = cases[k];
          assert.equal(c.attrs.classname, res.file);
          assert.equal(c.attrs.file, res.file);
          assert.ok(c.attrs.name.startsWith(`${f.ruleId} at ${f.line}:${f.column}`), c.attrs.name);
          const failure = c.children.find((x) => x.name === 'failure');
          if (f.severity === 'error' || f.severity === 'warning') {
            failing++;
            assert.ok(failure, `${c.attrs.name} should fail`);
            assert.equal(failure.attrs.message, f.message);
            assert.equal(failure.attrs.type, f.ruleId);
            assert.ok(failure.text.startsWith(`${res.file}:${f.line}:${f.column}: ${f.severity} ${f.message}\n`), failure.text);
            assert.ok(failure.text.includes(f.docsUrl));
            if (f.legalSource) assert.ok(failure.text.includes(`Legal source: ${f.legalSource}`));
          } else {
            assert.equal(failure, undefined);
            assert.equal(c.children.length, 1);
            assert.equal(c.children[0].name, 'system-out');
          }
        }
      }
      assert.ok(failing > 0);
      assert.equal(Number(root.attrs.failures), failing);
      assert.ok(root.children.some((s) => s.children[0].attrs.name === 'no findings'), 'the examples have clean files');
    });

    it('escapes hostile messages and paths; XML-forbidden characters become visible \\uXXXX', () => {
      const uri = 'we&ird "<dir>"/x.recording-policy.yaml';
      const out = FORMATTERS.junit(
        input({ [uri]: POLICY }, [
          finding({ uri, span: { start: 0, end: 6 }, message: HOSTILE, ruleId: 'a]]>b' }),
          finding({ uri, span: { start: 0, end: 6 }, message: HOSTILE, ruleId: 'a]]>b' }),
          finding({ uri, span: { start: 10, end: 20 }, message: HOSTILE, severity: 'info' }),
        ]),
      );
      assert.ok(!/[\u0000\u0001\u001F\uFFFE]/.test(out));
      assert.ok(!out.includes(']]>'));
      const root = parseXml(out);
      checkJunitShape(root);
      const suite = root.children[0];
      assert.equal(suite.attrs.name, uri);
      const [a, b, info] = suite.children;
      assert.deepEqual([a.attrs.name, b.attrs.name], ['a]]>b at 1:1', 'a]]>b at 1:1 (2)']);
      assert.equal(a.attrs.classname, uri);
      const failure = a.children[0];
      assert.equal(failure.attrs.message, HOSTILE_IN_XML);
      assert.equal(failure.attrs.type, 'a]]>b');
      // Element text keeps its CR (written as &#13;); the parser's line-end normalisation applies to raw CRs only.
      assert.ok(failure.text.startsWith(`${uri}:1:1: warning ${HOSTILE_IN_XML}\n`), JSON.stringify(failure.text));
      assert.deepEqual(info.children.map((c) => c.name), ['system-out']);
      assert.ok(info.children[0].text.includes(`: info ${HOSTILE_IN_XML}`));
    });

    it('no files: an empty, well-formed testsuites', () => {
      const root = parseXml(FORMATTERS.junit(input({}, [])));
      checkJunitShape(root);
      assert.deepEqual([root.attrs.tests, root.attrs.failures, root.children.length], ['0', '0', 0]);
    });
  });

  describe('--format gitlab', () => {
    it('validates against the Code Quality schema: one issue per finding, severities mapped, fingerprints unique and stable', () => {
      const r = run(['examples', '--format', 'gitlab']);
      assert.equal(r.code, 1, r.err);
      const issues = JSON.parse(r.out);
      assert.ok(validateGitlab(issues), JSON.stringify(validateGitlab.errors?.slice(0, 5)));
      const all = json.results.flatMap((x) => x.findings.map((f) => ({ ...f, file: x.file })));
      assert.equal(issues.length, all.length);
      const SEV = { error: 'major', warning: 'minor', info: 'info', hint: 'info' };
      for (const [k, f] of all.entries()) {
        const i = issues[k];
        assert.deepEqual([i.check_name, i.description, i.severity, i.location.path, i.location.lines.begin, i.type], [f.ruleId, f.message, SEV[f.severity], f.file, f.line, 'issue']);
        assert.ok(i.content.body.includes(f.docsUrl));
        assert.match(i.fingerprint, /^[0-9a-f]{32}$/);
      }
      assert.equal(new Set(issues.map((i: { fingerprint: string }) => i.fingerprint)).size, issues.length);
      assert.equal(run(['examples', '--format', 'gitlab']).out, r.out, 'identical across runs');
      // The SARIF result for the same finding carries the same fingerprint.
      const sarif = JSON.parse(run(['examples', '--format', 'sarif']).out);
      assert.deepEqual(sarif.runs[0].results.map((x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints['reclintFingerprint/v1']), issues.map((i: { fingerprint: string }) => i.fingerprint));
    });

    it('the schema rejects what GitLab would not read', () => {
      const ok = { description: 'd', check_name: 'c', fingerprint: 'f', severity: 'minor', location: { path: 'a.yaml', lines: { begin: 1 } } };
      assert.ok(validateGitlab([ok]));
      assert.ok(!validateGitlab({}));
      assert.ok(!validateGitlab([{ ...ok, severity: 'error' }]));
      assert.ok(!validateGitlab([{ ...ok, fingerprint: undefined }]));
      assert.ok(!validateGitlab([{ ...ok, location: { path: 'a.yaml' } }]));
      assert.ok(!validateGitlab([{ ...ok, location: { path: '/abs/a.yaml', lines: { begin: 1 } } }]));
      assert.ok(!validateGitlab([{ ...ok, location: { path: 'a.yaml', lines: { begin: 0 } } }]));
      assert.ok(validateGitlab([{ ...ok, location: { path: 'a.yaml', positions: { begin: { line: 2, column: 3 } } } }]));
    });

    it('hostile messages survive as JSON strings; the report still validates', () => {
      const uri = 'x.recording-policy.yaml';
      const issues = JSON.parse(FORMATTERS.gitlab(input({ [uri]: POLICY }, [finding({ uri, span: { start: 0, end: 6 }, message: HOSTILE, severity: 'error' }), finding({ uri, span: { start: 11, end: 22 }, message: HOSTILE, severity: 'hint' })])));
      assert.ok(validateGitlab(issues), JSON.stringify(validateGitlab.errors));
      assert.deepEqual(issues.map((i: { description: string; severity: string }) => [i.description, i.severity]), [[HOSTILE, 'major'], [HOSTILE, 'info']]);
      assert.deepEqual(issues[1].location.lines, { begin: 2, end: 2 });
    });
  });

  describe('fingerprints (GitLab fingerprint, SARIF partialFingerprints)', () => {
    const uri = 'p.recording-policy.yaml';
    const twice = 'policy: 1\npurposes: [quality]\nother: x\npurposes: [quality]\n';
    const at = (text: string, needle: string, nth = 0) => {
      let s = -1;
      for (let k = 0; k <= nth; k++) s = text.indexOf(needle, s + 1);
      return { start: s, end: s + needle.length };
    };
    const prints = (text: string, list: Finding[]) => {
      const gl = JSON.parse(FORMATTERS.gitlab(input({ [uri]: text }, list))).map((i: { fingerprint: string }) => i.fingerprint);
      const sa = JSON.parse(FORMATTERS.sarif(input({ [uri]: text }, list))).runs[0].results.map((x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints['reclintFingerprint/v1']);
      assert.deepEqual(sa, gl);
      return gl as string[];
    };
    const two = (text: string, message = 'Vague.') => [finding({ uri, span: at(text, 'quality', 0), message }), finding({ uri, span: at(text, 'quality', 1), message })];

    it('same across runs; unchanged when the message is reworded or lines are added above', () => {
      const base = prints(twice, two(twice));
      assert.deepEqual(prints(twice, two(twice)), base);
      assert.deepEqual(prints(twice, two(twice, 'Reworded: "quality" says nothing specific.')), base);
      const shifted = '# a comment\n\n' + twice;
      assert.deepEqual(prints(shifted, two(shifted)), base);
    });

    it('distinct for two identical occurrences, another rule or another file; changed when the text pointed at changes', () => {
      const base = prints(twice, two(twice));
      assert.notEqual(base[0], base[1]);
      const other = prints(twice, two(twice).map((f) => ({ ...f, ruleId: 'purpose-unknown' })));
      assert.notEqual(other[0], base[0]);
      const inOther = JSON.parse(FORMATTERS.gitlab(input({ 'q.recording-policy.yaml': twice }, two(twice).map((f) => ({ ...f, uri: 'q.recording-policy.yaml' }))))).map((i: { fingerprint: string }) => i.fingerprint);
      assert.notEqual(inOther[0], base[0]);
      const edited = twice.replace('quality', 'qualities');
      assert.notEqual(prints(edited, [finding({ uri, span: at(edited, 'qualities') })])[0], base[0]);
    });

    it('anchors: the first line of the span, whitespace collapsed; an empty span takes its line', () => {
      const text = 'a: 1\nrecordings:\n  -   id:   x\n    y: 2\n';
      const inp = input({ [uri]: text }, []);
      assert.equal(anchorText(inp, finding({ uri, span: { start: text.indexOf('recordings'), end: text.length } })), 'recordings:');
      assert.equal(anchorText(inp, finding({ uri, span: { start: text.indexOf('-'), end: text.indexOf('-') } })), '- id: x');
      assert.equal(anchorText(input({}, []), finding({ uri, span: { start: 0, end: 1 } })), '');
    });
  });

  describe('--format sarif additions', () => {
    it('automationDetails.id, rule help with the docs page, and content fingerprints; still valid SARIF 2.1.0', () => {
      const r = run(['examples', '--format', 'sarif']);
      const log = JSON.parse(r.out);
      const ajv04 = new AjvDraft04({ allErrors: true, strict: false });
      addFormats(ajv04);
      const validate = ajv04.compile<any>(JSON.parse(fs.readFileSync(SARIF_SCHEMA, 'utf8')));
      assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5)));
      const run0 = log.runs[0];
      assert.deepEqual(run0.automationDetails, { id: 'reclint/' });
      // --sarif-category names the run (one per part of a repository linted apart).
      assert.deepEqual(JSON.parse(run(['examples', '--format', 'sarif', '--sarif-category', 'reclint/contact-centre']).out).runs[0].automationDetails, { id: 'reclint/contact-centre/' });
      assert.equal(spawnSync(process.execPath, [CLI, '--sarif-category', 'a b', 'examples'], { cwd: ROOT, encoding: 'utf8' }).status, 2);
      assert.equal(run0.tool.driver.rules.length, RULES.length);
      for (const rule of run0.tool.driver.rules) {
        const meta = RULES.find((x) => x.meta.id === rule.id)!.meta;
        assert.ok(rule.help.text.startsWith(meta.description), rule.id);
        assert.ok(rule.help.text.includes(docsUrlFor(rule.id)));
        assert.ok(rule.help.markdown.includes(`[${rule.id}](${docsUrlFor(rule.id)})`));
        assert.equal(rule.helpUri, docsUrlFor(rule.id));
        assert.ok(fs.existsSync(path.join(ROOT, 'docs/rules', `${rule.id}.md`)), `docs page of ${rule.id}`);
      }
      for (const res of run0.results) assert.deepEqual(Object.keys(res.partialFingerprints), ['reclintFingerprint/v1']);
    });
  });
});
