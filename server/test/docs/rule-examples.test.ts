/**
 * The examples on the rule pages run (as ESLint checks its rule examples): every example under
 * "## Fails" on docs/rules/<id>.md gives at least one `<id>` finding, every example under "## Passes"
 * gives none, so the docs and the linter cannot drift apart.
 *
 * How a page marks its examples, in the info string of each fence in those two sections:
 *
 *   ```yaml                            a policy (```json: a JSON policy), linted as
 *                                      `example.recording-policy.yaml` (`.json`)
 *   ```yaml file=policies/x.recording-policy.yaml    the same, under that path
 *   ```text file=ivr/service.ivr       a script or call flow (any file that is not a policy), at that path. Beside policies, it is a companion of
 *                                      every policy of its section (paths in a policy are relative to
 *                                      the policy); in a section with no policy, all its scripts are
 *                                      one example.
 *
 * Passes shows the Fails example fixed: the files Passes gives replace the Fails files of the same
 * path, and the rest come from Fails. So a Passes section of only a script is linted with the Fails
 * policy, and a Passes policy reads the Fails scripts unless Passes gives its own.
 *   ```text message                    (Fails only) the message of the page's finding, compared with
 *                                      the message reclint gives, whitespace folded
 *   ```yaml illustration               shown, not run (a snippet the prose talks about)
 *   ```yaml file=.reclintrc.yaml        the config the page's examples are linted under
 *
 * A line of a Fails example whose comment starts with the page's rule id (`mode: all   # sample-rate-ignored`)
 * says where the finding is: some finding of that rule starts on that line.
 *
 * Any other fence in Fails or Passes is an error here, so a new example cannot be left out silently.
 * Examples are complete: a policy parses and meets the schema, scripts parse, every script a policy
 * names is given, unless the page is about exactly that (yaml-syntax, schema, ivr-syntax, …).
 *
 * `internal-error` is an engine finding for a rule that throws, which no policy can produce on a sound
 * build: its page's example message names the rule and the error; the test makes that registered rule
 * throw that error on a small policy and compares the message, and the Passes side lints the same
 * policy with the rule intact.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { optionsFrom, parseConfigText } from '../../src/core/config';
import type { Finding } from '../../src/core/findings';
import { RULE_IDS } from '../../src/core/rules/index';
import { withThrowingRule } from '../core/rules/cases/kit';
import { lintFiles, showWithFile } from '../helpers';

const DOCS = path.resolve(__dirname, '..', '..', '..', 'docs', 'rules');

export interface Fence {
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  attrs: Map<string, string | true>;
  body: string;
  section: 'Fails' | 'Passes';
}

export interface Example {
  section: 'Fails' | 'Passes';
  line: number;
  files: Record<string, string>;
  /** Files that are the example's own (its policy; or its scripts, when it has no policy). */
  own: string[];
  messages: string[];
}

/** The fences of the "## Fails" and "## Passes" sections of a page. */
export function fencesOf(markdown: string): Fence[] {
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  const out: Fence[] = [];
  let section: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const h = /^## (.*)$/.exec(lines[i]);
    if (h) {
      section = h[1].trim();
      continue;
    }
    const open = /^(`{3,})(.*)$/.exec(lines[i]);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !lines[i].startsWith(open[1]); i++) body.push(lines[i]);
    if (section !== 'Fails' && section !== 'Passes') continue;
    const [lang = '', ...rest] = open[2].trim().split(/\s+/);
    const attrs = new Map<string, string | true>();
    for (const r of rest.filter(Boolean)) {
      const eq = r.indexOf('=');
      attrs.set(eq < 0 ? r : r.slice(0, eq), eq < 0 ? true : r.slice(eq + 1));
    }
    out.push({ line: start + 1, lang, attrs, body: `${body.join('\n')}\n`, section });
  }
  return out;
}

const isPolicyPath = (p: string) => /\.recording-policy\.(ya?ml|json)$/.test(p);

/** The role of a fence, or why it has none. */
export function roleOf(f: Fence): { role: 'policy' | 'script' | 'message' | 'illustration'; file?: string } | { error: string } {
  if (f.attrs.has('illustration')) return { role: 'illustration' };
  if (f.attrs.has('message')) return f.section === 'Fails' ? { role: 'message' } : { error: 'a `message` block belongs under Fails' };
  const file = f.attrs.get('file');
  if (typeof file === 'string') {
    // A companion file: a script or call flow (any file that is not a policy), or the `.reclintrc.yaml` the example is linted under.
    if (isPolicyPath(file)) return { role: 'policy', file };
    return { role: 'script', file };
  }
  if (f.lang === 'yaml' || f.lang === 'yml') return { role: 'policy', file: 'example.recording-policy.yaml' };
  if (f.lang === 'json') return { role: 'policy', file: 'example.recording-policy.json' };
  return { error: `fence \`\`\`${f.lang} is not marked: give a script file=<path>.ivr, or mark it \`message\` or \`illustration\`` };
}

/** The runnable examples of a page, and the fences that are not marked. */
export function examplesOf(markdown: string): { examples: Example[]; problems: string[] } {
  const fences = fencesOf(markdown);
  const problems: string[] = [];
  const examples: Example[] = [];
  // Passes shows the Fails example with the files it gives replaced: what it does not give again comes from Fails.
  let failsPolicies: { file: string; body: string; line: number }[] = [];
  let failsScripts: Record<string, string> = {};
  for (const section of ['Fails', 'Passes'] as const) {
    const here = fences.filter((f) => f.section === section);
    const policies: { file: string; body: string; line: number }[] = [];
    const scripts: Record<string, string> = {};
    const messages: string[] = [];
    let firstScriptLine = 0;
    for (const f of here) {
      const r = roleOf(f);
      if ('error' in r) problems.push(`line ${f.line}: ${r.error}`);
      else if (r.role === 'policy') policies.push({ file: r.file!, body: f.body, line: f.line });
      else if (r.role === 'script') {
        if (r.file! in scripts) problems.push(`line ${f.line}: ${r.file} is given twice in ${section}`);
        scripts[r.file!] = f.body;
        firstScriptLine ||= f.line;
      } else if (r.role === 'message') messages.push(f.body);
    }
    const inherited = section === 'Passes' ? { ...failsScripts, ...scripts } : scripts;
    if (policies.length > 0) {
      for (const p of policies) examples.push({ section, line: p.line, files: { ...inherited, [p.file]: p.body }, own: [p.file], messages });
    } else if (Object.keys(scripts).length > 0 && section === 'Passes' && failsPolicies.length > 0) {
      for (const p of failsPolicies) examples.push({ section, line: firstScriptLine, files: { ...inherited, [p.file]: p.body }, own: Object.keys(scripts), messages });
    } else if (Object.keys(scripts).length > 0) {
      examples.push({ section, line: firstScriptLine, files: scripts, own: Object.keys(scripts), messages });
    }
    if (section === 'Fails') {
      failsPolicies = policies;
      failsScripts = scripts;
    }
  }
  return { examples, problems };
}

/** Rules that say an example is incomplete; a page about one of them may of course draw it. */
const INCOMPLETE = ['yaml-syntax', 'schema', 'ivr-syntax', 'flow-syntax', 'script-not-found', 'prompt-not-found', 'internal-error'];
/** Lines (1-based) of the example's own files with a comment that starts with the rule id: `# <id>` (then space, comma, colon or end). */
export function markedLines(ex: Example, id: string): [string, number][] {
  const out: [string, number][] = [];
  const re = new RegExp(`(^|\\s)#\\s*${id.replace(/-/g, '\\-')}(?=$|[\\s,:(])`);
  for (const file of ex.own) {
    ex.files[file].split('\n').forEach((l, i) => {
      if (!l.includes('reclint-disable') && re.test(l)) out.push([file, i + 1]);
    });
  }
  return out;
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Lint an example, under the `.reclintrc.yaml` it gives (if any). */
function lintExample(ex: Example, id = ''): { findings: Finding[]; texts: Map<string, string> } {
  // script-not-named is about scripts given by name (as on the command line): every script of the example is.
  const named = id === 'script-not-named' ? Object.keys(ex.files).filter((f) => f.endsWith('.ivr')) : undefined;
  const rc = ex.files['.reclintrc.yaml'];
  if (rc === undefined) return lintFiles(ex.files, { named });
  const { config, problems } = parseConfigText(rc);
  assert.deepEqual(problems, [], 'the example\'s .reclintrc.yaml is valid');
  const o = optionsFrom(config);
  return lintFiles(ex.files, { rules: o.rules, jurisdiction: o.jurisdiction, phrases: o.phrases, maxFindingsPerFile: o.maxFindingsPerFile, named });
}

const pages = readdirSync(DOCS)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .sort();

/** internal-error: the page's example message names the rule that threw and the error. */
const INTERNAL_POLICY = [
  'policy: 1',
  'controller: Acme',
  'subject_rights:',
  '  access: { includes: [recordings], procedure: docs/access.md }',
  'recordings:',
  '  - id: service-line',
  '    mode: all',
  '    employees_informed: true',
  '    access: { roles: [quality] }',
  '    announcement: { text: "This call is recorded for training purposes.", language: en }',
  '    purposes:',
  '      - purpose: staff-training',
  '        legal_basis: consent',
  '        consent: { mechanism: verbal }',
  '        retention: { max: P3M }',
  '',
].join('\n');

describe('rule docs: the examples run', () => {
  it('finds the pages and their examples', () => {
    assert.ok(pages.length >= RULE_IDS.size, `${pages.length} pages`);
  });

  for (const page of pages) {
    const id = page.slice(0, -'.md'.length);
    const md = readFileSync(path.join(DOCS, page), 'utf8');
    const { examples, problems } = examplesOf(md);
    const rel = `docs/rules/${page}`;

    describe(rel, () => {
      it('marks every fence of Fails and Passes, and has examples on both sides', () => {
        assert.deepEqual(problems, []);
        if (id === 'internal-error') {
          assert.ok(examples.length === 0 && fencesOf(md).some((f) => f.attrs.has('message')), 'internal-error shows the message of a rule that threw (a `message` block), no policy');
          return;
        }
        assert.ok(examples.some((e) => e.section === 'Fails'), 'at least one Fails example');
        assert.ok(examples.some((e) => e.section === 'Passes'), 'at least one Passes example');
      });

      if (id === 'internal-error') {
        const message = fencesOf(md).find((f) => f.attrs.has('message'));
        const m = message && /^Rule '([a-z0-9-]+)' failed on this file, so its findings here may be incomplete\. The other rules still ran; please report this, with the error: (.*)$/.exec(fold(message.body));
        it(`Fails: with \`${m?.[1] ?? '?'}\` made to throw "${m?.[2] ?? '?'}", a policy gets exactly the page's message, at 1:1`, () => {
          assert.ok(m, `the message block reads "Rule '<id>' failed on this file, … with the error: <error>": ${message?.body}`);
          assert.ok(RULE_IDS.has(m[1]), `${m[1]} is a registered rule`);
          const uri = 'example.recording-policy.yaml';
          const r = withThrowingRule(m[1], m[2], () => lintFiles({ [uri]: INTERNAL_POLICY }));
          const got = r.findings.filter((f) => f.ruleId === 'internal-error');
          assert.deepEqual(got.map((f) => showWithFile(f, r.texts)), [`${uri} internal-error 1:1-1:1`]);
          assert.equal(fold(got[0].message), fold(message!.body));
        });
        it('Passes: the same policy, with the rule intact, gets no internal-error', () => {
          const r = lintFiles({ 'example.recording-policy.yaml': INTERNAL_POLICY });
          assert.deepEqual(r.findings.filter((f) => f.ruleId === 'internal-error').map((f) => f.message), []);
        });
        return;
      }

      for (const ex of examples) {
        const n = examples.filter((e) => e.section === ex.section).indexOf(ex) + 1;
        it(`${ex.section} #${n} (line ${ex.line}): ${ex.section === 'Fails' ? `at least one ${id} finding` : `no ${id} finding`}`, () => {
          const { findings, texts } = lintExample(ex, id);
          const mine = findings.filter((f) => f.ruleId === id);
          const all = findings.map((f) => `${showWithFile(f, texts)} ${f.message}`);
          if (ex.section === 'Fails') {
            assert.ok(mine.length > 0, `no ${id} finding; all findings:\n${all.join('\n')}`);
            for (const [file, line] of markedLines(ex, id)) {
              const onLine = mine.filter((f) => f.uri === file && showWithFile(f, texts).split(' ')[2].split(':')[0] === String(line));
              assert.ok(onLine.length > 0, `the example marks ${file} line ${line} with \`# ${id}\`, but no ${id} finding starts there; ${id} findings:\n${mine.map((f) => showWithFile(f, texts)).join('\n')}`);
            }
            for (const msg of ex.messages) assert.ok(mine.some((f) => fold(f.message) === fold(msg)), `no ${id} finding says ${JSON.stringify(fold(msg))}; got:\n${mine.map((f) => f.message).join('\n')}`);
          } else {
            assert.deepEqual(mine.map((f) => showWithFile(f, texts)), [], `all findings:\n${all.join('\n')}`);
          }
        });
        it(`${ex.section} #${n} (line ${ex.line}) is complete: it parses, meets the schema, and gives every script it names`, () => {
          const { findings, texts } = lintExample(ex, id);
          const bad = findings.filter((f) => INCOMPLETE.includes(f.ruleId) && f.ruleId !== id).map((f) => `${showWithFile(f, texts)} ${f.message}`);
          assert.deepEqual(bad, []);
          for (const own of ex.own) if (isPolicyPath(own)) assert.match(ex.files[own], /^(\s*#.*\n)*\{?\s*"?policy"?:/, `${own} starts with \`policy:\` (a whole policy, not a fragment)`);
        });
      }
    });
  }
});

describe('rule docs: reading the examples', () => {
  const md = [
    '# some-rule',
    '## Fails',
    '```yaml',
    'policy: 1',
    '```',
    '```text file=ivr/a.ivr',
    'lang en',
    '```',
    '```text message',
    'It fails.',
    '```',
    '## Passes',
    '```yaml',
    'policy: 2',
    '```',
    '```json file=p/x.recording-policy.json',
    '{}',
    '```',
    '```text illustration',
    'shown only',
    '```',
    '## Fix',
    '```yaml',
    'not an example',
    '```',
  ].join('\n');

  it('gives one example per policy, with the section\'s scripts and messages', () => {
    const { examples, problems } = examplesOf(md);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      examples.map((e) => [e.section, e.line, e.own, Object.keys(e.files).sort(), e.messages]),
      [
        ['Fails', 3, ['example.recording-policy.yaml'], ['example.recording-policy.yaml', 'ivr/a.ivr'], ['It fails.\n']],
        ['Passes', 13, ['example.recording-policy.yaml'], ['example.recording-policy.yaml', 'ivr/a.ivr'], []],
        ['Passes', 16, ['p/x.recording-policy.json'], ['ivr/a.ivr', 'p/x.recording-policy.json'], []],
      ],
    );
  });

  it('a Passes section of scripts only is linted with the Fails policy, its scripts replacing those of Fails', () => {
    const { examples } = examplesOf(['## Fails', '```yaml', 'policy: 1', '```', '```text file=a.ivr', 'bad', '```', '## Passes', '```text file=a.ivr', 'good', '```'].join('\n'));
    assert.deepEqual(
      examples.map((e) => [e.section, e.own, e.files]),
      [
        ['Fails', ['example.recording-policy.yaml'], { 'a.ivr': 'bad\n', 'example.recording-policy.yaml': 'policy: 1\n' }],
        ['Passes', ['a.ivr'], { 'a.ivr': 'good\n', 'example.recording-policy.yaml': 'policy: 1\n' }],
      ],
    );
  });

  it('reads `# <id>` comments as the lines a finding starts on, but not other ids or suppression comments', () => {
    const ex: Example = {
      section: 'Fails',
      line: 1,
      own: ['p.recording-policy.yaml'],
      messages: [],
      files: {
        'p.recording-policy.yaml': ['a: 1   # some-rule', 'b: 2   # some-rule-other', 'c: 3   # some-rule: why', '# reclint-disable-next-line some-rule -- x', 'd: 4 #some-rule, here'].join('\n'),
      },
    };
    assert.deepEqual(markedLines(ex, 'some-rule'), [['p.recording-policy.yaml', 1], ['p.recording-policy.yaml', 3], ['p.recording-policy.yaml', 5]]);
  });

  it('a section of scripts only is one example; an unmarked fence is a problem', () => {
    const { examples, problems } = examplesOf(['## Fails', '```text file=a.ivr', 'x', '```', '```text file=b.ivr', 'y', '```', '## Passes', '```', 'bare', '```'].join('\n'));
    assert.deepEqual(examples.map((e) => [e.section, e.own]), [['Fails', ['a.ivr', 'b.ivr']]]);
    assert.equal(problems.length, 1);
    assert.match(problems[0], /^line 9: fence ```\s*is not marked/);
  });
});
