/**
 * `reclint purposes [--lang <code>] [--format json|text] [--] "<notice text>"`
 * Shows what a spoken notice announces. Text from the argument, or from stdin when it is `-`.
 * Without `--lang`, the language is the one in which the notice says most (as for a prompt whose
 * language no script sets), and the output says it was detected.
 */
import { analyseIn } from '../core/announcement';
import { analyseNotice, isNoticeLang } from '../core/notice/analyse';
import { PURPOSE_DESCRIPTIONS, isPurposeId } from '../core/notice/purposes';
import { NOTICE_LANGS, type NoticeAnalysis } from '../core/notice/types';
import { sentenceLanguages } from '../core/prompt-language';

export interface PurposesIo {
  readStdin(): Promise<string>;
  out(s: string): void;
  err(s: string): void;
  color: boolean;
}

export const PURPOSES_USAGE = [
  `Usage: reclint purposes [--lang <${NOTICE_LANGS.join('|')}>] [--format json|text] [--] "<notice text>"`,
  '',
  'Shows what a spoken recording notice announces: whether it says the call is recorded (or',
  'that it is not), the purposes it names, and which phrases are vague.',
  '',
  'Options:',
  '  --lang <code>      language of the notice: ' + NOTICE_LANGS.join(', ') + ' (default: detected)',
  '  --format <f>       text (default, for a person) or json (one line)',
  '  -h, --help         show this help',
  '',
  'Use "-" as the text to read the notice from standard input.',
  'JSON: {"lang","detected" (only when detected),"sentences" (only when some are in another language):[{"lang","start","end"}],',
  '       "records","denies","vague","purposes":[{"id","text","start","end","vague"}],',
  '       "excluded" (only when the notice excludes a purpose):[{"id","text","start","end"}]}',
  '(start/end are UTF-16 offsets into the text, end exclusive).',
].join('\n');

type Format = 'json' | 'text';

export async function runPurposes(args: string[], io: PurposesIo): Promise<number> {
  let lang: string | undefined;
  let format: Format = 'text';
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      for (const a of args.slice(i + 1)) positional.push(a);
      break;
    }
    if (a === '-h' || a === '--help') {
      io.out(PURPOSES_USAGE);
      return 0;
    }
    const eq = /^--(lang|format)=(.*)$/.exec(a);
    if (eq) {
      if (eq[1] === 'lang') lang = eq[2];
      else {
        const f = parseFormat(eq[2]);
        if (!f) return bad(io, `reclint purposes: unknown --format "${eq[2]}" (use json or text)`);
        format = f;
      }
      continue;
    }
    if (a === '--lang' || a === '--format') {
      const v = args[i + 1];
      if (v === undefined) return bad(io, `reclint purposes: ${a} needs a value`);
      i++;
      if (a === '--lang') lang = v;
      else {
        const f = parseFormat(v);
        if (!f) return bad(io, `reclint purposes: unknown --format "${v}" (use json or text)`);
        format = f;
      }
      continue;
    }
    if (a.startsWith('-') && a !== '-') return bad(io, `reclint purposes: unknown option "${a}" (see reclint purposes --help)`);
    positional.push(a);
  }
  const code = lang?.trim().toLowerCase();
  if (code !== undefined && !isNoticeLang(code)) return bad(io, `reclint purposes: unsupported language "${lang}" (supported: ${NOTICE_LANGS.join(', ')})`);
  if (positional.length === 0) return bad(io, 'reclint purposes: missing notice text (give it as an argument, or "-" to read standard input)');
  if (positional.length > 1) return bad(io, 'reclint purposes: give the notice text as one argument (quote it)');
  let text = positional[0];
  if (text === '-') {
    text = await io.readStdin();
    text = text.replace(/\r?\n$/, '');
  }
  if (text.trim().length === 0) return bad(io, 'reclint purposes: missing notice text (the text is empty)');

  const detected = code === undefined;
  const a = code !== undefined && isNoticeLang(code) ? analyseNotice(text, code) : (analyseIn(text, undefined, () => ({})).analysis ?? analyseNotice(text, NOTICE_LANGS[0]));
  // Every output ends with a newline, as a terminal and a pipe expect.
  // The language of each sentence, shown when they are not all in the notice's (notice-reading.md §6).
  const sentences = sentenceLanguages(text, a.lang);
  const mixed = sentences.some((s) => s.lang !== a.lang) ? sentences : undefined;
  if (format === 'json') io.out(`${toJson(a, detected, mixed)}\n`);
  else io.out(`${toText(text, a, io.color, detected, mixed)}\n`);
  return 0;
}

function parseFormat(s: string): Format | undefined {
  return s === 'json' || s === 'text' ? s : undefined;
}

function bad(io: PurposesIo, msg: string): number {
  io.err(msg);
  return 2;
}

type SentenceLangs = { start: number; end: number; lang: string }[];

/** The stable JSON shape, one line; `sentences` only when they are not all in the notice's language. */
export function toJson(a: NoticeAnalysis, detected = false, sentences?: SentenceLangs): string {
  return JSON.stringify({
    lang: a.lang,
    ...(detected ? { detected: true } : {}),
    ...(sentences ? { sentences: sentences.map((s) => ({ lang: s.lang, start: s.start, end: s.end })) } : {}),
    records: a.records,
    denies: a.denies,
    vague: a.vague,
    purposes: a.purposes.map((p) => ({ id: p.id, text: p.text, start: p.start, end: p.end, vague: p.vague })),
    ...(a.excluded?.length ? { excluded: a.excluded.map((p) => ({ id: p.id, text: p.text, start: p.start, end: p.end })) } : {}),
  });
}

const ESC = String.fromCharCode(27);
const paint = (on: boolean, code: string, s: string): string => (on ? `${ESC}[${code}m${s}${ESC}[0m` : s);

/** Display width of a string: one column per code point. */
function columns(s: string): number {
  let n = 0;
  for (const ch of s) n += ch.length > 0 ? 1 : 0;
  return n;
}

/** The human form: a records/denies line, then per purpose the notice line with the phrase underlined. */
export function toText(text: string, a: NoticeAnalysis, color: boolean, detected = false, sentences?: SentenceLangs): string {
  const out: string[] = [];
  const state = a.denies
    ? paint(color, '33', 'denies recording')
    : a.records
      ? paint(color, '32', 'records')
      : paint(color, '2', 'does not mention recording');
  out.push(`${state}  (records: ${a.records}, denies: ${a.denies}, vague: ${a.vague}, lang: ${a.lang}${detected ? ', detected' : ''})`);
  if (sentences) {
    out.push('sentences, each read in its language:');
    for (const s of sentences) out.push(`  ${paint(color, '1', s.lang)}  ${text.slice(s.start, s.end).replace(/\s+/g, ' ')}`);
  }
  if (a.purposes.length === 0) {
    out.push(a.records ? 'no purposes named' : 'no purposes');
  }
  for (const p of a.purposes) {
    const lineStart = Math.max(text.lastIndexOf('\n', p.start - 1) + 1, 0);
    let lineEnd = text.indexOf('\n', p.start);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const before = text.slice(lineStart, p.start);
    // keep tabs so the carets line up under the phrase; one space per other code point
    const lead = Array.from(before, (ch) => (ch === '\t' ? '\t' : ' ')).join('');
    const width = Math.max(1, columns(text.slice(p.start, Math.min(p.end, lineEnd))));
    const desc = isPurposeId(p.id) ? ` — ${PURPOSE_DESCRIPTIONS[p.id]}` : '';
    const label = `${paint(color, '1', p.id)}${p.vague ? ' ' + paint(color, '33', '(vague)') : ''}${desc}`;
    out.push('');
    out.push(`  ${line}`);
    out.push(`  ${lead}${paint(color, '36', '^'.repeat(width))} ${label}`);
  }
  for (const e of a.excluded ?? []) {
    out.push('');
    out.push(`  excludes ${paint(color, '1', e.id)}: "${e.text}" (the notice says recordings are not used for it)`);
  }
  const unnamed = a.vaguePhrases.filter((v) => v.id === undefined);
  for (const v of unnamed) {
    out.push('');
    out.push(`  vague phrase naming no purpose: "${v.text}" at ${v.start}-${v.end}`);
  }
  return out.join('\n');
}
