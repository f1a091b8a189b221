/** yaml-syntax in plain words (issue 18): each kind of mistake gets a sentence that says what to write, at the first error. */
import * as assert from 'node:assert/strict';
import { parsePolicyText } from '../../../src/core/policy/parse';

const first = (t: string) => {
  const e = parsePolicyText(t).errors;
  assert.equal(e.length, 1, `one finding for ${JSON.stringify(t)}`);
  return { at: t.slice(e[0].span.start, e[0].span.end), message: e[0].message };
};

describe('yaml-syntax in plain words', () => {
  const cases: [string, string, RegExp][] = [
    ['an unclosed quote', 'a: "x\nb: 1\n', /^A quoted text is not closed/],
    ['keys out of line', 'a:\n  b: 1\n c: 2\n', /^The indentation here does not match the lines above/],
    ['an unclosed [', 'a: [1, 2\nb: 1\n', /^A list written as `\[ … \]` is not closed/],
    ['a stray }', 'a: 1\n}\nb: 2\n', /^This `}` does not belong here/],
    ['a tab', 'a:\n\t- x\n', /^A tab is used to indent this line/],
    ['a bad escape', 'a: "\\q"\n', /^This backslash escape is not valid/],
    ['a reserved start', 'a: @x\n', /^A value cannot start with this character/],
    ['a key without a colon', 'a b\nc: 1\n', /^A key must fit on one line/],
    ['a value under a valued key', 'a: 1\n  b: 2\n', /^This line is indented under a key that already has a value/],
  ];
  for (const [name, text, re] of cases) it(name, () => assert.match(first(text).message, re));

  it('never in the reader\'s own words for these', () => {
    for (const [, text] of cases) assert.doesNotMatch(first(text).message, /YAML stream|Implicit keys|Nested mappings|All mapping items|token/);
  });

  it('the stray } is pointed at', () => assert.equal(first('a: 1\n}\nb: 2\n').at, '}'));
});
