/**
 * The `.ivr` script parser (../shared/spec/ivr-format.md): text in, steps with spans out.
 *
 * One pass over the text, line by line: the tokenizer (`lexer.ts`) hands over one logical line of
 * words and quoted prompts at a time (a quoted prompt may carry it over line breaks), and this
 * module turns each into a step. Never throws; linear in the size of the input. A bad line becomes
 * an `errors` entry and the scan goes on at the next line. A line with an error still yields its
 * step when the step's required parts are there (a `consent` without `refuse=`, a `menu` with one
 * bad option), so the call flow stays close to what the author meant.
 *
 * Decisions:
 * - `#` starts a comment anywhere outside quotes, even inside a word (`goto a#b` is `goto a`).
 *   So the DTMF key `#` cannot be written; menu and consent keys are digits and `*`.
 * - Keywords are lowercase and case-sensitive (`Say` is an unknown step, with a did-you-mean).
 * - Prompt text: `\"` → `"`, `\\` → `\`; any other backslash stays as written. A run of blanks
 *   that contains at least one line break folds to one space (blank lines inside a prompt too).
 *   The folded space maps to the first blank of the run, so for any slice text[a..b) the source
 *   span is exactly [sourceOffsets[a], sourceOffsets[b]).
 * - Unterminated string: when no closing quote follows before the end of the file, the prompt
 *   is cut at the end of the line it opened on, the error is reported there, and parsing goes on
 *   at the next line. Running to the end of the file instead would swallow the whole rest of the
 *   script and hide every later step and error.
 * - `lang` applies to the prompts that follow it in the file (textual order, not flow order).
 * - The parser reports what one file can tell: duplicate prompt ids, duplicate labels, duplicate
 *   keys, and `goto`/`menu` to a label the file does not define (at the label token).
 */
import { closestKeyword } from '../distance';
import type { Span } from '../text';
import { IvrLexer, showToken, type Token, type WordToken } from './lexer';
import type { Comment, ConsentStep, IvrScript, IvrSyntaxError, MenuOption, RecordStep, Step } from './model';

export { showToken } from './lexer';

export const STEP_KEYWORDS = ['lang', 'say', 'consent', 'record', 'menu', 'goto', 'transfer', 'hangup'] as const;
export type StepKeyword = (typeof STEP_KEYWORDS)[number];
export const RECORD_ACTIONS: readonly RecordStep['action'][] = ['start', 'stop', 'pause', 'resume'];

const IDENT = /^[A-Za-z0-9_-]+$/;
/** DTMF keys as they can be written (`#` always starts a comment). */
const KEY = /^[0-9*]+$/;
/** A BCP 47 tag: primary language subtag, optional subtags (`nl`, `en-GB`). */
const LANG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

function sp(start: number, end: number): Span {
  return { start, end };
}

/** Parses one `.ivr` script: steps and comments in the order of the text, errors sorted by span. */
export function parseIvr(uri: string, text: string): IvrScript {
  const steps: Step[] = [];
  const comments: Comment[] = [];
  const errors: IvrSyntaxError[] = [];
  const labels = new Map<string, number>();
  const prompts = new Map<string, number>();
  /** Every label use (goto, menu), checked once all labels are known. */
  const labelUses: { name: string; span: Span; step: 'goto' | 'menu'; key?: string }[] = [];

  let lang: string | undefined;

  const error = (start: number, end: number, message: string): void => {
    errors.push({ span: sp(start, end), message });
  };

  const lexer = new IvrLexer(text, comments, errors);
  while (!lexer.done) {
    const startLine = lexer.line;
    const tokens = lexer.nextLine();
    if (tokens.length > 0) parseLine(tokens, startLine);
  }

  function unexpected(tokens: Token[], from: number, after: string): void {
    if (from >= tokens.length) return;
    const first = tokens[from];
    const last = tokens[tokens.length - 1];
    const what = first.kind === 'word' ? `\`${showToken(first.text)}\`` : 'a quoted string';
    // Junk after a prompt that ran over lines usually means a closing quote is missing earlier.
    const prev = tokens[from - 1];
    const hint =
      prev.kind === 'string' && prev.closeLine > prev.openLine
        ? ` (the prompt opened on line ${prev.openLine + 1} closes on line ${prev.closeLine + 1}; is a closing quote missing?)`
        : '';
    error(first.start, last.end, `unexpected ${what} after \`${after}\`${hint}`);
  }

  function stepSpan(tokens: Token[], upTo = tokens.length): Span {
    return sp(tokens[0].start, tokens[upTo - 1].end);
  }

  function parseLine(tokens: Token[], stepLine: number): void {
    const head = tokens[0];
    if (head.kind === 'string') {
      error(head.start, head.end, 'a prompt must follow `say` or `consent`; this line starts with a quoted string');
      return;
    }
    const word = head.text;
    const kwSpan = sp(head.start, head.end);

    // ---- label ----
    if (word.endsWith(':') && word.length > 1) {
      const name = word.slice(0, -1);
      if (!IDENT.test(name)) {
        error(head.start, head.end - 1, `label \`${showToken(name)}\` may only use letters, digits, \`-\` and \`_\``);
        return;
      }
      const nameSpan = sp(head.start, head.end - 1);
      const first = labels.get(name);
      if (first !== undefined) {
        error(nameSpan.start, nameSpan.end, `duplicate label \`${name}\` (first on line ${steps[first].line + 1})`);
      } else {
        labels.set(name, steps.length);
      }
      steps.push({ kind: 'label', name, nameSpan, span: kwSpan, line: stepLine });
      unexpected(tokens, 1, word);
      return;
    }

    switch (word as StepKeyword) {
      case 'lang': {
        const code = tokens[1];
        if (!code) {
          error(kwSpan.start, kwSpan.end, '`lang` needs a language code, e.g. `lang nl`');
          return;
        }
        if (code.kind !== 'word' || !LANG.test(code.text)) {
          const shown = code.kind === 'word' ? `\`${showToken(code.text)}\`` : 'a quoted string';
          error(code.start, code.end, `\`lang\` takes a BCP 47 language code such as nl, en, de or fr; got ${shown}`);
          return;
        }
        lang = code.text;
        steps.push({ kind: 'lang', code: code.text, codeSpan: sp(code.start, code.end), span: stepSpan(tokens, 2), line: stepLine });
        unexpected(tokens, 2, `lang ${code.text}`);
        return;
      }
      case 'say':
      case 'consent': {
        let k = 1;
        let id: string | undefined;
        let idSpan: Span | undefined;
        const idTok = tokens[1];
        if (idTok && idTok.kind === 'word' && !(word === 'consent' && idTok.text.includes('='))) {
          k = 2;
          if (!IDENT.test(idTok.text)) {
            error(idTok.start, idTok.end, `prompt id \`${showToken(idTok.text)}\` may only use letters, digits, \`-\` and \`_\``);
          } else {
            id = idTok.text;
            idSpan = sp(idTok.start, idTok.end);
          }
        }
        const str = tokens[k];
        if (!str || str.kind !== 'string') {
          const example = word === 'say' ? 'say greeting "Welcome."' : 'consent training "Press 1 to agree." accept=1 refuse=2';
          if (str) error(str.start, str.end, `\`${word}\` needs a quoted prompt here, e.g. \`${example}\`; got \`${showToken((str as WordToken).text)}\``);
          else error(kwSpan.start, (idSpan ?? kwSpan).end, `\`${word}\` needs a quoted prompt, e.g. \`${example}\``);
          return;
        }
        k++;
        const index = steps.length;
        if (id !== undefined && idSpan) {
          const first = prompts.get(id);
          if (first !== undefined) {
            error(idSpan.start, idSpan.end, `duplicate prompt id \`${id}\` (first on line ${steps[first].line + 1})`);
          } else {
            prompts.set(id, index);
          }
        }
        if (word === 'say') {
          steps.push({ kind: 'say', id, idSpan, prompt: str.prompt, lang, span: stepSpan(tokens, k), line: stepLine });
          unexpected(tokens, k, 'say "…"');
          return;
        }
        const step: ConsentStep = { kind: 'consent', id, idSpan, prompt: str.prompt, lang, span: stepSpan(tokens), line: stepLine };
        /** Keys written at all, even with a bad value (which has its own error). */
        const written = new Set<string>();
        for (; k < tokens.length; k++) {
          const t = tokens[k];
          const eq = t.kind === 'word' ? t.text.indexOf('=') : -1;
          const name = t.kind === 'word' && eq > 0 ? t.text.slice(0, eq) : '';
          if (t.kind !== 'word' || (name !== 'accept' && name !== 'refuse')) {
            const shown = t.kind === 'word' ? `\`${showToken(t.text)}\`` : 'a quoted string';
            error(t.start, t.end, `\`consent\` takes accept=<key> and refuse=<key> after the prompt; got ${shown}`);
            continue;
          }
          const value = t.text.slice(eq + 1);
          const valueSpan = sp(t.start + eq + 1, t.end);
          written.add(name);
          if (!KEY.test(value)) {
            error(value ? valueSpan.start : t.start, t.end, `\`${name}\` takes a key (digits or \`*\`); got \`${showToken(value)}\``);
            continue;
          }
          if (step[name] !== undefined) {
            error(t.start, t.end, `\`${name}\` is given twice`);
            continue;
          }
          if (name === 'accept') {
            step.accept = value;
            step.acceptSpan = valueSpan;
          } else {
            step.refuse = value;
            step.refuseSpan = valueSpan;
          }
        }
        const missing = ['accept', 'refuse'].filter((k) => !written.has(k)).map((k) => `${k}=<key>`);
        if (missing.length > 0) {
          error(kwSpan.start, kwSpan.end, `\`consent\` needs ${missing.join(' and ')} after the prompt`);
        } else if (step.accept === step.refuse && step.refuseSpan) {
          error(step.refuseSpan.start, step.refuseSpan.end, `\`accept\` and \`refuse\` use the same key \`${step.accept}\``);
        }
        steps.push(step);
        return;
      }
      case 'record': {
        const a = tokens[1];
        if (!a) {
          error(kwSpan.start, kwSpan.end, '`record` takes start, stop, pause or resume');
          return;
        }
        const action = a.kind === 'word' ? RECORD_ACTIONS.find((x) => x === a.text) : undefined;
        if (!action) {
          const shown = a.kind === 'word' ? `\`${showToken(a.text)}\`` : 'a quoted string';
          error(a.start, a.end, `\`record\` takes start, stop, pause or resume; got ${shown}`);
          return;
        }
        steps.push({ kind: 'record', action, actionSpan: sp(a.start, a.end), span: stepSpan(tokens, 2), line: stepLine });
        unexpected(tokens, 2, `record ${action}`);
        return;
      }
      case 'menu': {
        const options: MenuOption[] = [];
        const seen = new Map<string, Span>();
        for (let k = 1; k < tokens.length; k++) {
          const t = tokens[k];
          if (t.kind !== 'word') {
            error(t.start, t.end, '`menu` options are <key>=<label>; got a quoted string');
            continue;
          }
          const eq = t.text.indexOf('=');
          const key = eq > 0 ? t.text.slice(0, eq) : '';
          const label = eq > 0 ? t.text.slice(eq + 1) : '';
          if (!KEY.test(key) || !IDENT.test(label)) {
            let why = '';
            if (eq > 0 && !KEY.test(key)) why = `; the key \`${showToken(key)}\` is not digits or \`*\``;
            else if (eq > 0 && label === '') why = '; the label is missing';
            else if (eq > 0) why = `; the label \`${showToken(label)}\` may only use letters, digits, \`-\` and \`_\``;
            error(t.start, t.end, `\`menu\` option \`${showToken(t.text)}\` must be <key>=<label>${why}`);
            continue;
          }
          const keySpan = sp(t.start, t.start + eq);
          const labelSpan = sp(t.start + eq + 1, t.end);
          if (seen.has(key)) {
            error(keySpan.start, keySpan.end, `\`menu\` key \`${key}\` is used twice`);
            continue;
          }
          seen.set(key, keySpan);
          options.push({ key, label, keySpan, labelSpan });
          labelUses.push({ name: label, span: labelSpan, step: 'menu', key });
        }
        if (tokens.length === 1) {
          error(kwSpan.start, kwSpan.end, '`menu` needs at least one option <key>=<label>, e.g. `menu 1=sales 2=support`');
        }
        if (options.length === 0) return;
        steps.push({ kind: 'menu', options, span: stepSpan(tokens), line: stepLine });
        return;
      }
      case 'goto':
      case 'transfer': {
        const t = tokens[1];
        const what = word === 'goto' ? 'a label' : 'a target';
        if (!t) {
          error(kwSpan.start, kwSpan.end, `\`${word}\` needs ${what}, e.g. \`${word === 'goto' ? 'goto main-menu' : 'transfer sales-queue'}\``);
          return;
        }
        if (t.kind !== 'word' || (word === 'goto' && !IDENT.test(t.text))) {
          const shown = t.kind === 'word' ? `\`${showToken(t.text)}\`` : 'a quoted string';
          error(t.start, t.end, `\`${word}\` needs ${what}${word === 'goto' ? ' (letters, digits, `-` and `_`)' : ''}; got ${shown}`);
          return;
        }
        const s = sp(t.start, t.end);
        if (word === 'goto') {
          steps.push({ kind: 'goto', label: t.text, labelSpan: s, span: stepSpan(tokens, 2), line: stepLine });
          labelUses.push({ name: t.text, span: s, step: 'goto' });
        } else {
          steps.push({ kind: 'transfer', target: t.text, targetSpan: s, span: stepSpan(tokens, 2), line: stepLine });
        }
        unexpected(tokens, 2, `${word} ${t.text}`);
        return;
      }
      case 'hangup':
        steps.push({ kind: 'hangup', span: kwSpan, line: stepLine });
        unexpected(tokens, 1, 'hangup');
        return;
      default: {
        const guess = closestKeyword(word, STEP_KEYWORDS);
        const hint = guess ? ` (did you mean \`${guess}\`?)` : '';
        error(
          kwSpan.start,
          kwSpan.end,
          `unknown step \`${showToken(word)}\`${hint}; expected one of ${STEP_KEYWORDS.join(', ')} or a label \`<name>:\``,
        );
      }
    }
  }

  // ---- label uses, now that every label is known ----
  // Suggestions compare against every label: a budget keeps a file full of bad jumps linear.
  let suggestBudget = 200_000;
  for (const use of labelUses) {
    if (labels.has(use.name)) continue;
    const guess = suggestBudget > 0 ? closestKeyword(use.name, labels.keys()) : undefined;
    suggestBudget -= labels.size;
    const hint = guess ? ` (did you mean \`${guess}\`?)` : '';
    const where = use.step === 'goto' ? '`goto`' : `\`menu\` option \`${use.key}\``;
    error(use.span.start, use.span.end, `${where} names no label \`${use.name}\`${hint}`);
  }
  errors.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);

  return { uri, steps, comments, errors, labels, prompts };
}
