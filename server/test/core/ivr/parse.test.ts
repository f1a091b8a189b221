import { strict as assert } from 'node:assert';
import { parseIvr } from '../../../src/core/ivr/parse';
import type { ConsentStep, IvrScript, PromptText, Step } from '../../../src/core/ivr/model';
import { lines, span } from './helpers';

const parse = (text: string): IvrScript => parseIvr('file:///t.ivr', text);

/** The one error of a script, as [message, span]. */
function oneError(text: string): [string, { start: number; end: number }] {
  const r = parse(text);
  assert.equal(r.errors.length, 1, `expected one error, got ${JSON.stringify(r.errors)}`);
  return [r.errors[0].message, r.errors[0].span];
}

function only<K extends Step['kind']>(r: IvrScript, kind: K): Extract<Step, { kind: K }> {
  const s = r.steps.filter((x) => x.kind === kind);
  assert.equal(s.length, 1, `expected one ${kind} step`);
  return s[0] as Extract<Step, { kind: K }>;
}

/** The source span of a phrase found in the prompt text. */
function phraseSpan(p: PromptText, phrase: string): { start: number; end: number } {
  const a = p.text.indexOf(phrase);
  assert.ok(a >= 0, `phrase ${phrase} not in ${p.text}`);
  return { start: p.sourceOffsets[a], end: p.sourceOffsets[a + phrase.length] };
}

describe('parseIvr: steps', () => {
  it('parses the spec example without errors', () => {
    const src = lines(
      '# Acme service line',
      'lang nl',
      'welcome:',
      'say greeting "Welkom bij Acme Klantenservice."',
      'say recording-notice "Dit gesprek kan worden opgenomen voor trainings- en',
      '  kwaliteitsdoeleinden."',
      'consent training-consent "Druk 1 als u akkoord gaat met opname voor training." accept=1 refuse=2',
      'record start',
      'menu 1=sales 2=support',
      'sales:',
      'say "U wordt doorverbonden met verkoop."',
      'transfer sales-queue',
      'support:',
      'lang en',
      'say recording-notice-en "This call may be recorded for training and quality purposes."',
      'record stop',
      'hangup',
      '',
    );
    const r = parse(src);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(
      r.steps.map((s) => `${s.line}:${s.kind}`),
      ['1:lang', '2:label', '3:say', '4:say', '6:consent', '7:record', '8:menu', '9:label', '10:say', '11:transfer', '12:label', '13:lang', '14:say', '15:record', '16:hangup'],
    );
    assert.deepEqual([...r.labels], [['welcome', 1], ['sales', 7], ['support', 10]]);
    assert.deepEqual([...r.prompts], [['greeting', 2], ['recording-notice', 3], ['training-consent', 4], ['recording-notice-en', 12]]);
    assert.equal(r.uri, 'file:///t.ivr');
  });

  it('lang: code and spans', () => {
    const src = '  lang nl-BE  ';
    const s = only(parse(src), 'lang');
    assert.equal(s.code, 'nl-BE');
    assert.deepEqual(s.codeSpan, span(src, 'nl-BE'));
    assert.deepEqual(s.span, span(src, 'lang nl-BE'));
  });

  it('label: name span without the colon, step span with it', () => {
    const src = 'main_menu-2:';
    const s = only(parse(src), 'label');
    assert.equal(s.name, 'main_menu-2');
    assert.deepEqual(s.nameSpan, span(src, 'main_menu-2'));
    assert.deepEqual(s.span, { start: 0, end: src.length });
  });

  it('say with and without id', () => {
    const src = lines('say hello "Hi there."', 'say "Anonymous."');
    const r = parse(src);
    const [a, b] = r.steps;
    assert.ok(a.kind === 'say' && b.kind === 'say');
    assert.equal(a.id, 'hello');
    assert.deepEqual(a.idSpan, span(src, 'hello'));
    assert.equal(a.prompt.text, 'Hi there.');
    assert.deepEqual(a.prompt.span, span(src, '"Hi there."'));
    assert.deepEqual(a.span, span(src, 'say hello "Hi there."'));
    assert.equal(b.id, undefined);
    assert.equal(b.idSpan, undefined);
    assert.equal(b.prompt.text, 'Anonymous.');
    assert.equal(b.line, 1);
  });

  it('consent with accept and refuse in any order', () => {
    const src = 'consent c1 "Press 1." refuse=2 accept=1';
    const s = only(parse(src), 'consent') as ConsentStep;
    assert.equal(s.id, 'c1');
    assert.equal(s.accept, '1');
    assert.equal(s.refuse, '2');
    assert.deepEqual(s.acceptSpan, { start: src.length - 1, end: src.length });
    assert.deepEqual(s.refuseSpan, span(src, '2'));
    assert.deepEqual(s.span, { start: 0, end: src.length });
    assert.deepEqual(parse(src).errors, []);
  });

  it('consent without id', () => {
    const s = only(parse('consent "Ok?" accept=* refuse=0'), 'consent');
    assert.equal(s.id, undefined);
    assert.equal(s.accept, '*');
    assert.equal(s.refuse, '0');
  });

  it('record: each action', () => {
    for (const action of ['start', 'stop', 'pause', 'resume'] as const) {
      const src = `record ${action}`;
      const s = only(parse(src), 'record');
      assert.equal(s.action, action);
      assert.deepEqual(s.actionSpan, span(src, action));
    }
  });

  it('menu: options with key and label spans', () => {
    const src = lines('menu 1=sales *=support', 'sales:', 'support:');
    const s = only(parse(src), 'menu');
    assert.deepEqual(s.options, [
      { key: '1', label: 'sales', keySpan: span(src, '1'), labelSpan: span(src, 'sales') },
      { key: '*', label: 'support', keySpan: span(src, '*'), labelSpan: span(src, 'support') },
    ]);
    assert.deepEqual(s.span, span(src, 'menu 1=sales *=support'));
  });

  it('goto, transfer, hangup', () => {
    const src = lines('top:', 'goto top', 'transfer +31201234567', 'hangup');
    const r = parse(src);
    assert.deepEqual(r.errors, []);
    const g = only(r, 'goto');
    assert.equal(g.label, 'top');
    assert.deepEqual(g.labelSpan, span(src, 'top', 1));
    const t = only(r, 'transfer');
    assert.equal(t.target, '+31201234567');
    assert.deepEqual(t.targetSpan, span(src, '+31201234567'));
    assert.deepEqual(only(r, 'hangup').span, span(src, 'hangup'));
  });

  it('tracks the language in force on say and consent, in file order', () => {
    const r = parse(lines('say a "x"', 'lang nl', 'say b "y"', 'consent c "z" accept=1 refuse=2', 'lang en', 'say d "w"'));
    const langs = r.steps.flatMap((s) => (s.kind === 'say' || s.kind === 'consent' ? [s.lang] : []));
    assert.deepEqual(langs, [undefined, 'nl', 'nl', 'en']);
  });

  it('an invalid lang does not change the language in force', () => {
    const r = parse(lines('lang nl', 'lang 42', 'say "x"'));
    assert.equal(r.errors.length, 1);
    assert.equal(only(r, 'say').lang, 'nl');
  });
});

describe('parseIvr: prompt text', () => {
  it('folds a line break and the indentation around it into one space', () => {
    const src = lines('say n "Dit gesprek kan worden opgenomen voor trainings- en  ', '\t  kwaliteitsdoeleinden."');
    const s = only(parse(src), 'say');
    assert.equal(s.prompt.text, 'Dit gesprek kan worden opgenomen voor trainings- en kwaliteitsdoeleinden.');
    assert.deepEqual(s.prompt.span, { start: src.indexOf('"'), end: src.length });
    assert.deepEqual(s.span, { start: 0, end: src.length });
    assert.equal(s.line, 0);
  });

  it('maps every text char back to its source offset', () => {
    const src = lines('say n "ab  ', '   cd\\"e\\\\f"');
    const p = only(parse(src), 'say').prompt;
    assert.equal(p.text, 'ab cd"e\\f');
    assert.equal(p.sourceOffsets.length, p.text.length + 1);
    for (let i = 0; i < p.text.length; i++) {
      const o = p.sourceOffsets[i];
      const c: string = p.text[i];
      if (c === ' ') assert.match(src.slice(o, p.sourceOffsets[i + 1]), /^\s+$/);
      else if (c === '"' || c === '\\') assert.equal(src.slice(o, o + 2), `\\${c}`);
      else assert.equal(src[o], c);
    }
    assert.equal(p.sourceOffsets[p.text.length], src.length - 1, 'last entry: the closing quote');
  });

  it('a phrase in the text maps to an exact source span, across a line break', () => {
    const src = lines('say n "Dit gesprek kan worden opgenomen voor trainings- en', '    kwaliteitsdoeleinden."');
    const p = only(parse(src), 'say').prompt;
    assert.deepEqual(phraseSpan(p, 'opgenomen'), span(src, 'opgenomen'));
    const s = phraseSpan(p, 'trainings- en kwaliteitsdoeleinden');
    assert.deepEqual(s, { start: src.indexOf('trainings-'), end: src.indexOf('doeleinden') + 'doeleinden'.length });
  });

  it('resolves \\" and \\\\ and keeps other backslashes', () => {
    const src = String.raw`say "He said \"hi\" \\ then \n"`;
    const p = only(parse(src), 'say').prompt;
    assert.equal(p.text, 'He said "hi" \\ then \\n');
    assert.deepEqual(phraseSpan(p, '"hi"'), span(src, String.raw`\"hi\"`));
  });

  it('folds blank lines inside a prompt into one space', () => {
    const p = only(parse('say "a\n\n   \n b"'), 'say').prompt;
    assert.equal(p.text, 'a b');
  });

  it('keeps tabs and double spaces on one line verbatim', () => {
    const p = only(parse('say "a\t b  c"'), 'say').prompt;
    assert.equal(p.text, 'a\t b  c');
  });

  it('an empty prompt', () => {
    const src = 'say ""';
    const p = only(parse(src), 'say').prompt;
    assert.equal(p.text, '');
    assert.deepEqual(p.sourceOffsets, [5]);
  });

  it('a multi-line consent keeps its keys after the closing quote', () => {
    const src = lines('consent c "Druk 1', '  om akkoord te gaan." accept=1 refuse=2', 'hangup');
    const r = parse(src);
    assert.deepEqual(r.errors, []);
    const c = only(r, 'consent');
    assert.equal(c.prompt.text, 'Druk 1 om akkoord te gaan.');
    assert.deepEqual(c.refuseSpan, span(src, '2'));
    assert.equal(only(r, 'hangup').line, 2);
  });
});

describe('parseIvr: comments, line breaks, odd input', () => {
  it('collects comments with spans; # inside quotes is text', () => {
    const src = lines('# top', 'say "press # now" # trailing "x"', 'hangup#end');
    const r = parse(src);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.comments, [
      { text: ' top', span: span(src, '# top'), line: 0 },
      { text: ' trailing "x"', span: span(src, '# trailing "x"'), line: 1 },
      { text: 'end', span: span(src, '#end'), line: 2 },
    ]);
    assert.equal(only(r, 'say').prompt.text, 'press # now');
    assert.equal(r.steps.length, 2);
  });

  it('CRLF, CR and a BOM: same steps, lines and offsets into the given text', () => {
    for (const eol of ['\r\n', '\r', '\n']) {
      const src = `\uFEFFlang nl${eol}say a "x${eol}  y"${eol}# c${eol}hangup${eol}`;
      const r = parse(src);
      assert.deepEqual(r.errors, [], JSON.stringify(eol));
      assert.deepEqual(r.steps.map((s) => s.line), [0, 1, 4]);
      assert.deepEqual(r.steps[0].span, span(src, 'lang nl'));
      assert.equal(only(r, 'say').prompt.text, 'x y');
      assert.deepEqual(r.comments[0], { text: ' c', span: span(src, '# c'), line: 3 });
      assert.deepEqual(r.steps[2].span, span(src, 'hangup'));
    }
  });

  it('tabs and indentation have no meaning', () => {
    const r = parse('\t\tsay\t"x"\t\n   hangup');
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.steps.map((s) => s.kind), ['say', 'hangup']);
  });

  it('empty input, only blanks, only comments', () => {
    for (const src of ['', '\n\n', '   \t', '# a\n# b', '\uFEFF']) {
      const r = parse(src);
      assert.deepEqual(r.steps, []);
      assert.deepEqual(r.errors, []);
    }
  });

  it('NUL bytes are reported, not fatal', () => {
    const src = 'say "a\0b"\n\0\nhangup';
    const r = parse(src);
    assert.equal(only(r, 'say').prompt.text, 'a\0b');
    assert.equal(r.errors.length, 1);
    assert.deepEqual(r.errors[0].span, { start: 10, end: 11 });
    assert.match(r.errors[0].message, /unknown step `\\u0000`/);
    assert.equal(r.steps.length, 2);
  });
});

describe('parseIvr: syntax errors (message and exact span, then recovery)', () => {
  it('unknown step, with a did-you-mean', () => {
    const src = lines('sya "hello"', 'hangup');
    const [msg, s] = oneError(src);
    assert.equal(msg, 'unknown step `sya` (did you mean `say`?); expected one of lang, say, consent, record, menu, goto, transfer, hangup or a label `<name>:`');
    assert.deepEqual(s, span(src, 'sya'));
    assert.equal(parse(src).steps.length, 1);
  });

  it('unknown step without a guess', () => {
    const [msg] = oneError('play "x"');
    assert.match(msg, /^unknown step `play`; expected one of/);
  });

  it('unterminated string: cut at the end of its line, parsing goes on', () => {
    const src = lines('lang en', 'say n "This call may', 'hangup', '');
    const r = parse(src);
    assert.equal(r.errors.length, 1);
    assert.equal(r.errors[0].message, 'unterminated string: the prompt opened on line 2 has no closing quote');
    assert.deepEqual(r.errors[0].span, span(src, '"This call may'));
    const say = only(r, 'say');
    assert.equal(say.prompt.text, 'This call may');
    assert.equal(say.prompt.sourceOffsets[say.prompt.text.length], span(src, '"This call may').end);
    assert.equal(only(r, 'hangup').line, 2);
  });

  it('a missing closing quote earlier is pointed at by the junk it leaves', () => {
    const src = lines('say a "Hello', 'say b "World"', 'hangup');
    const r = parse(src);
    assert.equal(r.errors.length, 2);
    assert.equal(
      r.errors[0].message,
      'unexpected `World` after `say "…"` (the prompt opened on line 1 closes on line 2; is a closing quote missing?)',
    );
    assert.deepEqual(r.errors[0].span, span(src, 'World"'), 'the junk runs to the end of the line');
    assert.match(r.errors[1].message, /^unterminated string: the prompt opened on line 2/);
    assert.equal(only(r, 'hangup').line, 2);
  });

  it('many unterminated strings stay linear', () => {
    // Each line's quote sits behind a backslash, so a scan from any quote finds no closing one.
    const src = 'say "\\\n' + 'x \\"\n'.repeat(50000);
    const r = parse(src);
    assert.equal(r.errors.filter((e) => e.message.startsWith('unterminated')).length, 50001);
  });

  it('menu option that is not key=label', () => {
    const src = lines('menu 1sales 2=support', 'support:');
    const [msg, s] = oneError(src);
    assert.equal(msg, '`menu` option `1sales` must be <key>=<label>');
    assert.deepEqual(s, span(src, '1sales'));
    assert.deepEqual(only(parse(src), 'menu').options.map((o) => o.key), ['2']);
  });

  it('menu option with a bad key or label', () => {
    assert.equal(oneError('menu x=a\na:')[0], '`menu` option `x=a` must be <key>=<label>; the key `x` is not digits or `*`');
    assert.equal(oneError('menu 1=')[0], '`menu` option `1=` must be <key>=<label>; the label is missing');
    assert.equal(oneError('menu 1=a.b')[0], '`menu` option `1=a.b` must be <key>=<label>; the label `a.b` may only use letters, digits, `-` and `_`');
  });

  it('menu with no options, and a key used twice', () => {
    const [msg, s] = oneError('menu');
    assert.match(msg, /^`menu` needs at least one option/);
    assert.deepEqual(s, { start: 0, end: 4 });
    const src = lines('menu 1=a 1=b', 'a:', 'b:');
    const [msg2, s2] = oneError(src);
    assert.equal(msg2, '`menu` key `1` is used twice');
    assert.deepEqual(s2, span(src, '1', 1));
  });

  it('record with a wrong or missing action', () => {
    const src = 'record begin';
    const [msg, s] = oneError(src);
    assert.equal(msg, '`record` takes start, stop, pause or resume; got `begin`');
    assert.deepEqual(s, span(src, 'begin'));
    const [msg2, s2] = oneError('  record');
    assert.equal(msg2, '`record` takes start, stop, pause or resume');
    assert.deepEqual(s2, { start: 2, end: 8 });
  });

  it('duplicate prompt id, at the second id', () => {
    const src = lines('say x "a"', '', 'consent x "b" accept=1 refuse=2');
    const [msg, s] = oneError(src);
    assert.equal(msg, 'duplicate prompt id `x` (first on line 1)');
    assert.deepEqual(s, span(src, 'x', 1));
    const r = parse(src);
    assert.equal(r.prompts.get('x'), 0);
    assert.equal(r.steps.length, 2);
  });

  it('duplicate label, at the second name', () => {
    const src = lines('a:', 'say "x"', 'a:');
    const [msg, s] = oneError(src);
    assert.equal(msg, 'duplicate label `a` (first on line 1)');
    assert.deepEqual(s, { start: src.lastIndexOf('a'), end: src.lastIndexOf('a') + 1 });
    assert.equal(parse(src).labels.get('a'), 0);
  });

  it('goto and menu to an undefined label, at the label token, with a did-you-mean', () => {
    const src = lines('goto foo', 'menu 1=sales 2=suport', 'sales:', 'support:');
    const r = parse(src);
    assert.deepEqual(
      r.errors.map((e) => [e.message, e.span]),
      [
        ['`goto` names no label `foo`', span(src, 'foo')],
        ['`menu` option `2` names no label `suport` (did you mean `support`?)', span(src, 'suport')],
      ],
    );
    assert.equal(only(r, 'goto').label, 'foo', 'the step is kept');
  });

  it('a label defined later is fine', () => {
    assert.deepEqual(parse('goto end\nend:').errors, []);
  });

  it('labels, ids and goto targets must be identifiers', () => {
    const [m1, s1] = oneError('bad.label:');
    assert.equal(m1, 'label `bad.label` may only use letters, digits, `-` and `_`');
    assert.deepEqual(s1, { start: 0, end: 9 });
    const src = 'say héllo "x"';
    const [m2, s2] = oneError(src);
    assert.equal(m2, 'prompt id `héllo` may only use letters, digits, `-` and `_`');
    assert.deepEqual(s2, span(src, 'héllo'));
    assert.equal(only(parse(src), 'say').id, undefined);
    const [m3] = oneError('goto a.b');
    assert.equal(m3, '`goto` needs a label (letters, digits, `-` and `_`); got `a.b`');
  });

  it('say and consent without a prompt', () => {
    const [m1, s1] = oneError('say greeting');
    assert.equal(m1, '`say` needs a quoted prompt, e.g. `say greeting "Welcome."`');
    assert.deepEqual(s1, { start: 0, end: 12 });
    const src = 'say greeting hello';
    const [m2, s2] = oneError(src);
    assert.match(m2, /^`say` needs a quoted prompt here, .*; got `hello`$/);
    assert.deepEqual(s2, span(src, 'hello'));
  });

  it('consent: missing, unknown, repeated and equal keys', () => {
    const src1 = 'consent c "x" accept=1';
    const [m1, s1] = oneError(src1);
    assert.equal(m1, '`consent` needs refuse=<key> after the prompt');
    assert.deepEqual(s1, span(src1, 'consent'));
    assert.equal(only(parse(src1), 'consent').accept, '1', 'the step is kept');
    assert.equal(oneError('consent "x"')[0], '`consent` needs accept=<key> and refuse=<key> after the prompt');
    const src2 = 'consent "x" accept=1 refuse=2 timeout=5';
    const [m2, s2] = oneError(src2);
    assert.equal(m2, '`consent` takes accept=<key> and refuse=<key> after the prompt; got `timeout=5`');
    assert.deepEqual(s2, span(src2, 'timeout=5'));
    const src3 = 'consent "x" accept=1 refuse=1';
    const [m3, s3] = oneError(src3);
    assert.equal(m3, '`accept` and `refuse` use the same key `1`');
    assert.deepEqual(s3, { start: src3.length - 1, end: src3.length });
    const src4 = 'consent "x" accept=1 accept=3 refuse=2';
    const [m4, s4] = oneError(src4);
    assert.equal(m4, '`accept` is given twice');
    assert.deepEqual(s4, span(src4, 'accept=3'));
    const src5 = 'consent "x" accept=yes refuse=2';
    const [m5, s5] = oneError(src5);
    assert.equal(m5, '`accept` takes a key (digits or `*`); got `yes`');
    assert.deepEqual(s5, span(src5, 'yes'));
  });

  it('lang without or with a bad code', () => {
    assert.equal(oneError('lang')[0], '`lang` needs a language code, e.g. `lang nl`');
    const src = 'lang dutch!';
    const [m, s] = oneError(src);
    assert.equal(m, '`lang` takes a BCP 47 language code such as nl, en, de or fr; got `dutch!`');
    assert.deepEqual(s, span(src, 'dutch!'));
  });

  it('goto and transfer without an argument', () => {
    assert.equal(oneError('goto')[0], '`goto` needs a label, e.g. `goto main-menu`');
    assert.equal(oneError('transfer')[0], '`transfer` needs a target, e.g. `transfer sales-queue`');
  });

  it('extra tokens after a complete step: one error over all of them, the step is kept', () => {
    const src = 'hangup now please # bye';
    const [m, s] = oneError(src);
    assert.equal(m, 'unexpected `now` after `hangup`');
    assert.deepEqual(s, span(src, 'now please'));
    assert.equal(parse(src).steps.length, 1);
    assert.equal(oneError('record start "x"')[0], 'unexpected a quoted string after `record start`');
    assert.equal(oneError('a: say "x"')[0], 'unexpected `say` after `a:`');
  });

  it('a line that starts with a string', () => {
    const src = '"hello"';
    const [m, s] = oneError(src);
    assert.equal(m, 'a prompt must follow `say` or `consent`; this line starts with a quoted string');
    assert.deepEqual(s, { start: 0, end: 7 });
  });

  it('long tokens are cut in messages', () => {
    const [m] = oneError('x'.repeat(1000));
    assert.ok(m.length < 200);
    assert.match(m, /^unknown step `x{40}…`/);
  });

  it('errors come in source order', () => {
    const r = parse(lines('goto nowhere', 'sya', 'record begin'));
    const starts = r.errors.map((e) => e.span.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    assert.equal(r.errors.length, 3);
  });
});

describe('parseIvr: size', () => {
  it('100,000 steps in well under a second', () => {
    const parts: string[] = [];
    for (let i = 0; i < 25000; i++) {
      parts.push(`l${i}:`, `say p${i} "Prompt number ${i},`, `  on two lines."`, 'menu 1=l0 2=l1', 'goto l0');
    }
    const src = parts.join('\n');
    const r = parse(src);
    assert.equal(r.steps.length, 100000);
    assert.deepEqual(r.errors, []);
  });

  it('50,000 jumps to undefined labels among 50,000 labels', () => {
    const parts: string[] = [];
    for (let i = 0; i < 50000; i++) parts.push(`label-${i}:`, `goto lbl-${i}`);
    const r = parse(parts.join('\n'));
    assert.equal(r.errors.length, 50000);
  });

  it('a 1 MB line, a 1 MB prompt, a 1 MB comment', () => {
    const big = 'a'.repeat(1 << 20);
    const r = parse(`${big}\nsay "${big}"\n# ${big}\nmenu ${'1=x '.repeat(100000)}\nhangup`);
    assert.equal(r.steps.length, 3);
    assert.equal(only(r, 'say').prompt.text.length, 1 << 20);
    assert.equal(r.comments.length, 1);
    assert.ok(r.errors.length >= 2);
  });
});
