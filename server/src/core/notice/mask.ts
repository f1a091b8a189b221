/**
 * Masking (notice-reading.md §1): the parts of a notice that are not prose are not read for purposes
 * or recording words. They stay in the text and keep their positions; the tokeniser turns each
 * masked span into one word that matches nothing. Masked are:
 * - the controller's name (from the policy), with or without its legal form;
 * - any capitalised name followed by a legal form ("Kwaliteitszorg Nederland B.V.", "Acme GmbH");
 * - URLs ("acme.example/complaints", "https://…", "www.…"), e-mail addresses and phone numbers.
 * A pure function of the text and its options.
 */

export interface MaskSpan {
  start: number;
  end: number;
  kind: 'controller' | 'organisation' | 'url' | 'email' | 'phone';
}

export interface MaskOptions {
  /** The policy's `controller`: its name is not read, wherever it stands. */
  controller?: string;
  /** Legal forms of company names, as written ("B.V.", "GmbH", "S.L.U."): dots and their absence match alike. */
  legalForms: readonly string[];
  /** Lower-case words that may join the capitalised words of a name ("Zorg en Zekerheid B.V."): the packs' coordinators. */
  nameJoiners?: readonly string[];
}

/** Legal forms of countries that have no language pack (notice-reading.md §1 lists them too). */
export const OTHER_LEGAL_FORMS: readonly string[] = ['S.p.A.', 'S.r.l.', 'A/S', 'ApS', 'AB', 'Oy', 'Oyj', 'AS', 'ASA', 'Sp. z o.o.', 'S.à r.l.', 'SE'];

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One legal form as a pattern: as written ("S.Coop.", "A/S", "Sp. z o.o."), and for a short form of
 * letters also with a dot after each letter or none ("B.V." = "BV", "GmbH" = "G.m.b.H.") and in
 * capitals ("LTD"). A dot is part of the form only where the form has dots: "Acme GmbH." ends a sentence.
 */
function formPattern(form: string): string {
  const written = escape(form.trim()).replace(/\s+/g, '\\s?');
  const letters = form.replace(/[.\s]/g, '');
  if (!/^\p{L}+$/u.test(letters) || letters.length > 5) return written;
  const dotted = [...letters].map(escape).join('\\.\\s?') + '\\.';
  const alts = [written, dotted, escape(letters), escape(letters.toUpperCase())];
  return `(?:${[...new Set(alts)].join('|')})`;
}

/** A capitalised word (letters, digits, inner hyphens, apostrophes or ampersands). */
const CAP_WORD = "\\p{Lu}[\\p{L}\\p{N}'’&-]*";

/** Compiled patterns, by their source words (a policy's controller and the packs' forms repeat across calls). */
const compiled = new Map<string, RegExp | undefined>();
const COMPILED_LIMIT = 256;

function cached(key: string, make: () => RegExp | undefined): RegExp | undefined {
  if (compiled.has(key)) return compiled.get(key);
  if (compiled.size >= COMPILED_LIMIT) compiled.clear();
  const re = make();
  compiled.set(key, re);
  return re;
}

function organisationRe(legalForms: readonly string[], joiners: readonly string[]): RegExp | undefined {
  const forms = [...new Set(legalForms)].filter((f) => f.trim().length > 0);
  if (forms.length === 0) return undefined;
  // Longest first, so that "S.L.U." wins over "S.L.".
  forms.sort((a, b) => b.length - a.length);
  const alt = forms.map(formPattern).join('|');
  const join = ['&', ...joiners.filter((j) => /^\p{Ll}+$/u.test(j))].map(escape).join('|');
  // One to four capitalised words (a joiner between two of them), a comma at most, then the form, not followed by a letter.
  return new RegExp(`(?<![\\p{L}\\p{N}])${CAP_WORD}(?:\\s+(?:(?:${join})\\s+)?${CAP_WORD})${'{0,3}'},?\\s+(?:${alt})(?![\\p{L}\\p{N}])`, 'gu');
}

const URL_RE = /(?<![\p{L}\p{N}@.])(?:https?:\/\/|www\.)[^\s,;]+|(?<![\p{L}\p{N}@.-])[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.\p{Ll}{2,}(?:\/[^\s,;]*)?(?![\p{L}\p{N}@])/gu;
const EMAIL_RE = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** At least seven digits, with spaces, dots, dashes, slashes or brackets between, optionally a leading +. */
const PHONE_RE = /(?<![\p{L}\p{N}])\+?\(?\d[\d \t().\/-]{5,40}\d(?![\p{L}\p{N}])/gu;
const PHONE_DIGITS = 7;

function trimTrailing(text: string, start: number, end: number): number {
  while (end > start && /[.,;:!?)\]'"’]/.test(text[end - 1])) end--;
  return end;
}

function controllerRe(controller: string, legalForms: readonly string[]): RegExp | undefined {
  let name = controller.trim();
  // The name without a legal form at its end ("Kwaliteitszorg Nederland B.V." → "Kwaliteitszorg Nederland").
  const forms = [...legalForms].sort((a, b) => b.length - a.length);
  for (const f of forms) {
    const m = new RegExp(`[\\s,]+(?:${formPattern(f)})$`, 'u').exec(name);
    if (m) {
      name = name.slice(0, m.index);
      break;
    }
  }
  if (name.replace(/[^\p{L}\p{N}]/gu, '').length < 3) return undefined;
  const words = name.split(/\s+/).map(escape).join('\\s+');
  const alt = forms.map(formPattern).join('|');
  const tail = alt ? `(?:,?\\s+(?:${alt}))?` : '';
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}${tail}(?![\\p{L}\\p{N}])`, 'giu');
}

/** Whether the controller's name stands in `text` at all (when it does not, the controller changes nothing in the reading). */
export function mentionsController(text: string, controller: string, legalForms: readonly string[]): boolean {
  // Cheap first: the name's first word must stand in the text (the pattern is case-insensitive, so is this).
  const first = /[\p{L}\p{N}]+/u.exec(controller)?.[0];
  if (first && !text.toLowerCase().includes(first.toLowerCase())) return false;
  const re = cached(`c\u0000${controller}\u0000${legalForms.join('\u0000')}`, () => controllerRe(controller, legalForms));
  if (!re) return false;
  re.lastIndex = 0;
  return re.test(text);
}

/** Whether the span and the words around it are written in capitals (no lower-case letter within 40 characters either side). */
function isShouted(text: string, start: number, end: number): boolean {
  return !/\p{Ll}/u.test(text.slice(Math.max(0, start - 40), Math.min(text.length, end + 40)));
}

/**
 * Whether the legal form ending an organisation span still marks a name in capitals: a form with dots ("B.V.") or an
 * abbreviation of four letters or more that is no word ("GMBH", "SARL", "BVBA"); not two or three letters ("AS", "SE",
 * "SA") nor a form that is a word ("LIMITED", "CORP").
 */
function marksNameInCapitals(span: string, legalForms: readonly string[]): boolean {
  if (/\.\s*$/.test(span)) return true;
  const last = (/[\p{L}]+$/u.exec(span)?.[0] ?? '').toUpperCase();
  if (last.length < 4) return false;
  return legalForms.some((f) => {
    const letters = f.replace(/[.\s]/g, '');
    return letters.toUpperCase() === last && !/^\p{Lu}\p{Ll}+$/u.test(letters);
  });
}

/** The spans of `text` that are not read, sorted and not overlapping (an overlap is merged into one span). */
export function maskSpans(text: string, options: MaskOptions): MaskSpan[] {
  const found: MaskSpan[] = [];
  const collect = (re: RegExp | undefined, kind: MaskSpan['kind'], trim: boolean): void => {
    if (!re) return;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = trim ? trimTrailing(text, start, start + m[0].length) : start + m[0].length;
      if (end > start) found.push({ start, end, kind });
    }
  };
  const formsKey = options.legalForms.join('\u0000');
  const controller = options.controller;
  if (controller) collect(cached(`c\u0000${controller}\u0000${formsKey}`, () => controllerRe(controller, options.legalForms)), 'controller', false);
  const joiners = options.nameJoiners ?? [];
  const named = found.length;
  collect(cached(`o\u0000${formsKey}\u0000${joiners.join(' ')}`, () => organisationRe(options.legalForms, joiners)), 'organisation', false);
  // In text written in capitals, a capitalised word is no name and a form without dots may be a word ("CALLS ARE RECORDED AS
  // PERMITTED", "ESTA LLAMADA SE GRABA", "NOT LIMITED TO"): there only a form that is no word marks a name.
  for (let i = found.length - 1; i >= named; i--) {
    if (isShouted(text, found[i].start, found[i].end) && !marksNameInCapitals(text.slice(found[i].start, found[i].end), options.legalForms)) found.splice(i, 1);
  }
  collect(EMAIL_RE, 'email', true);
  collect(URL_RE, 'url', true);
  const before = found.length;
  collect(PHONE_RE, 'phone', false);
  // a phone number has at least seven digits ("press 1 or 2" is none)
  for (let i = found.length - 1; i >= before; i--) {
    if ((text.slice(found[i].start, found[i].end).match(/\d/g) ?? []).length < PHONE_DIGITS) found.splice(i, 1);
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: MaskSpan[] = [];
  for (const s of found) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (s.end > last.end) last.end = s.end;
      continue;
    }
    out.push({ ...s });
  }
  return out;
}
