/**
 * Inline suppression: `# reclint-disable-next-line <id>[, <id>…] -- <reason>` on a line of its own, in
 * YAML and `.ivr` files. It silences those rules' findings whose range starts on the next line. A
 * directive that silences nothing is a hint (with a safe fix that removes it); one without a reason, a
 * warning (rules.md).
 */
import { rulePart, ruleTitle, ruleMessage } from './i18n/catalog';
import { formatMessage } from './i18n/format';
import { DEFAULT_LOCALE, type Locale } from './i18n/locale';
import { suppressionWithoutReason } from './rules/files/suppression-without-reason';
import { unusedSuppression } from './rules/files/unused-suppression';
import type { Finding, Fix, Severity, TextEdit } from './findings';
import { docsUrlFor } from './findings';
import { LineIndex, type Span } from './text';

export interface Directive {
  line: number;
  span: Span;
  ids: { id: string; span: Span }[];
  reason?: string;
}

const DIRECTIVE = /^([ \t]*#[ \t]*)reclint-disable-next-line\b(.*)$/;
/** XML forbids `--` inside a comment, so there the reason follows a single ` - ` (ivr-formats.md §4.10). */
const XML_DIRECTIVE = /^([ \t]*<!--[ \t]*)reclint-disable-next-line\b(.*?)-->[ \t]*$/;

/** Asterisk dialplans and transcript lists (ivr-formats.md §4.10): `; reclint-disable-next-line <ids> -- <reason>`. */
const SEMICOLON_DIRECTIVE = /^([ \t]*;[ \t]*)reclint-disable-next-line\b(.*)$/;

/** How a file writes comments: `#` (YAML, `.ivr`), `<!-- -->` (XML flows), `;` (dialplans, transcript lists), or not at all (JSON). */
export type CommentSyntax = 'hash' | 'xml' | 'semicolon' | 'none';

/** By content, not extension (a Connect export has none): JSON has no comments, XML has its own. */
export function commentSyntaxOf(uri: string, text: string): CommentSyntax {
  if (/\.json$/i.test(uri)) return 'none';
  const m = /^\uFEFF?\s*(\S)/.exec(text.slice(0, 4096));
  if (m?.[1] === '<') return 'xml';
  if (/\.(conf|txt)$/i.test(uri) || m?.[1] === ';' || (m?.[1] === '[' && /^[ \t]*(exten|same)[ \t]*=>?/m.test(text))) return 'semicolon';
  if ((m?.[1] === '{' || m?.[1] === '[') && !/\.(ya?ml|ivr)$/i.test(uri)) return 'none';
  return 'hash';
}

export function parseDirectives(text: string, index: LineIndex = new LineIndex(text), syntax: CommentSyntax = 'hash'): Directive[] {
  const out: Directive[] = [];
  if (!text.includes('reclint-disable') || syntax === 'none') return out;
  const re = syntax === 'xml' ? XML_DIRECTIVE : syntax === 'semicolon' ? SEMICOLON_DIRECTIVE : DIRECTIVE;
  const sep = syntax === 'xml' ? / - / : /--/;
  for (let line = 0; line < index.lineCount; line++) {
    const start = index.lineStart(line);
    const end = index.lineEnd(line);
    const lineText = text.slice(start, end);
    const m = re.exec(lineText);
    if (!m) continue;
    const restStart = start + m[1].length + 'reclint-disable-next-line'.length;
    let rest = m[2];
    let reason: string | undefined;
    const dash = sep.exec(rest);
    if (dash) {
      reason = rest.slice(dash.index + dash[0].length).trim() || undefined;
      rest = rest.slice(0, dash.index);
    }
    const ids: { id: string; span: Span }[] = [];
    const idRe = /[A-Za-z0-9_-]+/g;
    let im: RegExpExecArray | null;
    while ((im = idRe.exec(rest))) ids.push({ id: im[0], span: { start: restStart + im.index, end: restStart + im.index + im[0].length } });
    out.push({ line, span: { start: start + m[1].indexOf(syntax === 'xml' ? '<' : syntax === 'semicolon' ? ';' : '#'), end }, ids, reason });
  }
  return out;
}

export const UNUSED_SUPPRESSION = 'unused-suppression';
export const SUPPRESSION_WITHOUT_REASON = 'suppression-without-reason';

/** The messages of the two suppression rules: their rule files hold them (English in `meta`, the other locales in the catalogues). */
const RULE_OF = { 'no-ids': unusedSuppression, unused: unusedSuppression, 'no-reason': suppressionWithoutReason } as const;
export const SUPPRESSION_MESSAGES = {
  'no-ids': unusedSuppression.meta.messages['no-ids'],
  unused: unusedSuppression.meta.messages.unused,
  'no-reason': suppressionWithoutReason.meta.messages['no-reason'],
} as const;
export type SuppressionMessageId = keyof typeof SUPPRESSION_MESSAGES;

/** The edit that takes one id (and its comma) out of a directive that names several. */
function removeId(uri: string, d: Directive, id: { span: Span }): TextEdit {
  const k = d.ids.findIndex((x) => x.span.start === id.span.start);
  // Take the separator after it, or (for the last id) the one before it.
  if (k < d.ids.length - 1) return { uri, start: id.span.start, end: d.ids[k + 1].span.start, newText: '' };
  return { uri, start: d.ids[k - 1].span.end, end: id.span.end, newText: '' };
}

/** Drops suppressed findings of one file and adds hints for directives that are unused or give no reason. */
export function applySuppressions(uri: string, text: string, findings: Finding[], knownIds: ReadonlySet<string>, onSuppressed?: (f: Finding) => void, locale: Locale = DEFAULT_LOCALE): Finding[] {
  if (!text.includes('reclint-disable')) return findings;
  const index = new LineIndex(text);
  const directives = parseDirectives(text, index, commentSyntaxOf(uri, text));
  if (directives.length === 0) return findings;
  const byLine = new Map<number, Directive>();
  for (const d of directives) byLine.set(d.line + 1, d);
  const used = new Set<string>();
  const kept: Finding[] = [];
  for (const f of findings) {
    const line = index.positionAt(f.span.start).line;
    const d = byLine.get(line);
    const hit = d?.ids.find((i) => i.id === f.ruleId);
    if (d && hit) {
      used.add(`${d.line}:${hit.id}`);
      onSuppressed?.(f);
      continue;
    }
    kept.push(f);
  }
  const make = (ruleId: string, severity: Severity, span: Span, messageId: SuppressionMessageId, data: Record<string, string>, fix?: Fix): Finding => ({
    ruleId,
    severity,
    message: formatMessage(ruleMessage(locale, RULE_OF[messageId].meta.id, messageId, SUPPRESSION_MESSAGES[messageId]), data),
    messageId,
    data,
    uri,
    span,
    legalSource: '',
    docsUrl: docsUrlFor(ruleId),
    related: [],
    fix,
    suggestions: [],
    unnecessary: ruleId === UNUSED_SUPPRESSION,
  });
  const meta = unusedSuppression.meta;
  const title = (key: keyof NonNullable<typeof meta.titles>, data?: Record<string, string>) => ruleTitle(locale, meta.id, key, meta.titles![key], data);
  const part = (key: keyof NonNullable<typeof meta.parts>, data: Record<string, string>) => rulePart(locale, meta.id, key, meta.parts![key], data);
  const lineOf = (d: Directive): Span => {
    const start = index.lineStart(d.line);
    const next = d.line + 1 < index.lineCount ? index.lineStart(d.line + 1) : index.lineEnd(d.line);
    return { start, end: next };
  };
  for (const d of directives) {
    const unused = d.ids.filter((i) => !used.has(`${d.line}:${i.id}`));
    // Removing the directive is safe when it silences nothing at all; one dead id of several goes alone.
    const removeAll: Fix = { title: title('remove-all'), edits: [{ uri, ...lineOf(d), newText: '' }] };
    if (d.ids.length === 0) kept.push(make(UNUSED_SUPPRESSION, 'hint', d.span, 'no-ids', {}, removeAll));
    for (const i of unused) {
      const data = { id: i.id, why: part(knownIds.has(i.id) ? 'no-finding' : 'not-a-rule', { id: i.id }) };
      const fix = unused.length === d.ids.length ? removeAll : { title: title('remove-id', { id: i.id }), edits: [removeId(uri, d, i)] };
      kept.push(make(UNUSED_SUPPRESSION, 'hint', i.span, 'unused', data, fix));
    }
    if (!d.reason && d.ids.length > 0) kept.push(make(SUPPRESSION_WITHOUT_REASON, 'warning', d.span, 'no-reason', {}));
  }
  return kept;
}
