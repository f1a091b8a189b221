import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const root = path.resolve(__dirname, '../../..');
const grammarPath = path.join(root, 'syntaxes/ivr.tmLanguage.json');

let grammarPromise: Promise<vsctm.IGrammar> | undefined;
function loadGrammar(): Promise<vsctm.IGrammar> {
  grammarPromise ??= (async () => {
    const wasm = fs.readFileSync(path.join(root, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) =>
        scopeName === 'source.ivr' ? vsctm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath) : null,
    });
    const g = await registry.loadGrammar('source.ivr');
    if (!g) throw new Error('grammar source.ivr not found');
    return g;
  })();
  return grammarPromise;
}

interface Tok {
  line: number;
  text: string;
  scopes: string[];
}

async function tokenize(src: string): Promise<Tok[]> {
  const g = await loadGrammar();
  let stack = vsctm.INITIAL;
  const out: Tok[] = [];
  src.split('\n').forEach((lineText, line) => {
    const r = g.tokenizeLine(lineText, stack);
    for (const t of r.tokens) {
      out.push({ line, text: lineText.slice(t.startIndex, t.endIndex), scopes: t.scopes.filter((s) => s !== 'source.ivr') });
    }
    stack = r.ruleStack;
  });
  return out;
}

const SAMPLE = [
  '# Acme service line', // 0
  'lang nl', // 1
  'welcome:', // 2
  'say greeting "Welkom bij \\"Acme\\"." # after', // 3
  '  say recording-notice "Dit gesprek kan worden opgenomen voor trainings- en', // 4
  '  kwaliteitsdoeleinden. # not a comment"', // 5
  'consent training-consent "Druk 1." accept=1 refuse=2', // 6
  'record start', // 7
  'record begin', // 8
  'menu 1=sales 2=support # choose', // 9
  'sales:', // 10
  'say "U wordt doorverbonden."', // 11
  'transfer sales-queue', // 12
  'goto welcome', // 13
  'hangup', // 14
].join('\n');

describe('ivr.tmLanguage.json', () => {
  let toks: Tok[];
  before(async () => {
    toks = await tokenize(SAMPLE);
  });

  /** Scopes of the token with exactly this text on this line. */
  function scopes(line: number, text: string): string[] {
    const t = toks.find((x) => x.line === line && x.text === text);
    assert.ok(t, `no token ${JSON.stringify(text)} on line ${line}: ${JSON.stringify(toks.filter((x) => x.line === line))}`);
    return t.scopes;
  }
  function has(line: number, text: string, scope: string): void {
    assert.ok(scopes(line, text).includes(scope), `${JSON.stringify(text)} on line ${line} has ${scopes(line, text).join(' ')}, not ${scope}`);
  }

  it('has the scope name source.ivr and is valid JSON', () => {
    const raw = JSON.parse(fs.readFileSync(grammarPath, 'utf8')) as { scopeName: string };
    assert.equal(raw.scopeName, 'source.ivr');
  });

  it('comments, at line start and after a step', () => {
    has(0, '#', 'punctuation.definition.comment.ivr');
    has(0, ' Acme service line', 'comment.line.number-sign.ivr');
    has(3, ' after', 'comment.line.number-sign.ivr');
    has(9, ' choose', 'comment.line.number-sign.ivr');
  });

  it('lang codes', () => {
    has(1, 'lang', 'keyword.control.lang.ivr');
    has(1, 'nl', 'constant.other.language-code.ivr');
  });

  it('labels', () => {
    has(2, 'welcome', 'entity.name.label.ivr');
    has(2, ':', 'punctuation.separator.label.ivr');
    has(10, 'sales', 'entity.name.label.ivr');
  });

  it('say, prompt ids, strings with escapes', () => {
    has(3, 'say', 'keyword.control.say.ivr');
    has(3, 'greeting', 'entity.name.tag.prompt-id.ivr');
    has(3, '"', 'punctuation.definition.string.begin.ivr');
    has(3, 'Welkom bij ', 'string.quoted.double.ivr');
    has(3, '\\"', 'constant.character.escape.ivr');
    has(3, '\\"', 'string.quoted.double.ivr');
    has(11, 'say', 'keyword.control.say.ivr');
    assert.ok(!toks.some((t) => t.line === 11 && t.scopes.includes('entity.name.tag.prompt-id.ivr')));
  });

  it('a prompt spanning lines stays a string; # inside it is not a comment', () => {
    has(4, 'say', 'keyword.control.say.ivr');
    has(4, 'recording-notice', 'entity.name.tag.prompt-id.ivr');
    has(5, '  kwaliteitsdoeleinden. # not a comment', 'string.quoted.double.ivr');
    assert.ok(!toks.some((t) => t.line === 5 && t.scopes.some((s) => s.startsWith('comment'))));
    // and the next line is read as a step again
    has(6, 'consent', 'keyword.control.consent.ivr');
  });

  it('consent with key=value pairs', () => {
    has(6, 'training-consent', 'entity.name.tag.prompt-id.ivr');
    has(6, 'accept', 'variable.parameter.ivr');
    has(6, 'refuse', 'variable.parameter.ivr');
    has(6, '=', 'keyword.operator.assignment.ivr');
    has(6, '1', 'constant.numeric.key.ivr');
    has(6, '2', 'constant.numeric.key.ivr');
  });

  it('record actions, and a wrong one', () => {
    has(7, 'record', 'keyword.control.record.ivr');
    has(7, 'start', 'support.constant.record-action.ivr');
    has(8, 'begin', 'invalid.illegal.record-action.ivr');
  });

  it('menu options', () => {
    has(9, 'menu', 'keyword.control.menu.ivr');
    has(9, '1', 'constant.numeric.key.ivr');
    has(9, 'sales', 'variable.other.label.ivr');
    has(9, 'support', 'variable.other.label.ivr');
  });

  it('transfer, goto, hangup', () => {
    has(12, 'transfer', 'keyword.control.transfer.ivr');
    has(12, 'sales-queue', 'string.unquoted.transfer-target.ivr');
    has(13, 'goto', 'keyword.control.goto.ivr');
    has(13, 'welcome', 'variable.other.label.ivr');
    has(14, 'hangup', 'keyword.control.hangup.ivr');
  });

  it('keywords only count as steps at the start of a line', async () => {
    const t = await tokenize('say "you can say hangup"');
    assert.ok(!t.some((x) => x.scopes.includes('keyword.control.hangup.ivr')));
  });
});

describe('client/language-configuration.json', () => {
  it('# line comments, no brackets, auto-closing quotes', () => {
    const conf = JSON.parse(fs.readFileSync(path.join(root, 'client/language-configuration.json'), 'utf8')) as {
      comments: { lineComment: string };
      brackets: unknown[];
      autoClosingPairs: { open: string; close: string }[];
    };
    assert.equal(conf.comments.lineComment, '#');
    assert.deepEqual(conf.brackets, []);
    assert.deepEqual(
      conf.autoClosingPairs.map((p) => [p.open, p.close]),
      [['"', '"']],
    );
  });
});
