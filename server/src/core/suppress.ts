/**
 * Inline suppression: `# reclint-disable-next-line <id>[, <id>…] -- <reason>` on a line of its own, in
 * YAML and `.ivr` files. It silences those rules' findings whose range starts on the next line. A
 * directive without a reason, or one that silences nothing, is reported as a hint.
 */
import type { Finding } from './findings';
import { docsUrlFor } from './findings';
import { LineIndex, type Span } from './text';

export interface Directive {
  line: number;
  span: Span;
  ids: { id: string; span: Span }[];
  reason?: string;
}

const DIRECTIVE = /^([ \t]*#[ \t]*)reclint-disable-next-line\b(.*)$/;

export function parseDirectives(text: string, index: LineIndex = new LineIndex(text)): Directive[] {
  const out: Directive[] = [];
  if (!text.includes('reclint-disable')) return out;
  for (let line = 0; line < index.lineCount; line++) {
    const start = index.lineStart(line);
    const end = index.lineEnd(line);
    const lineText = text.slice(start, end);
    const m = DIRECTIVE.exec(lineText);
    if (!m) continue;
    const restStart = start + m[1].length + 'reclint-disable-next-line'.length;
    let rest = m[2];
    let reason: string | undefined;
    const dash = rest.indexOf('--');
    if (dash >= 0) {
      reason = rest.slice(dash + 2).trim() || undefined;
      rest = rest.slice(0, dash);
    }
    const ids: { id: string; span: Span }[] = [];
    const idRe = /[A-Za-z0-9_-]+/g;
    let im: RegExpExecArray | null;
    while ((im = idRe.exec(rest))) ids.push({ id: im[0], span: { start: restStart + im.index, end: restStart + im.index + im[0].length } });
    out.push({ line, span: { start: start + m[1].indexOf('#'), end }, ids, reason });
  }
  return out;
}

export const UNUSED_SUPPRESSION = 'unused-suppression';
export const SUPPRESSION_WITHOUT_REASON = 'suppression-without-reason';

/** Drops suppressed findings of one file and adds hints for directives that are unused or give no reason. */
export function applySuppressions(uri: string, text: string, findings: Finding[], knownIds: ReadonlySet<string>): Finding[] {
  const index = new LineIndex(text);
  const directives = parseDirectives(text, index);
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
      continue;
    }
    kept.push(f);
  }
  const hint = (ruleId: string, span: Span, message: string, unnecessary: boolean): Finding => ({
    ruleId,
    severity: 'hint',
    message,
    uri,
    span,
    legalSource: '',
    docsUrl: docsUrlFor(ruleId),
    related: [],
    suggestions: [],
    unnecessary,
  });
  for (const d of directives) {
    if (d.ids.length === 0) {
      kept.push(hint(UNUSED_SUPPRESSION, d.span, 'This `reclint-disable-next-line` names no rule, so it silences nothing. Name the rule ids it is for.', true));
    }
    for (const i of d.ids) {
      if (!used.has(`${d.line}:${i.id}`)) {
        const why = knownIds.has(i.id) ? `no \`${i.id}\` finding starts on the next line` : `\`${i.id}\` is not a reclint rule id`;
        kept.push(hint(UNUSED_SUPPRESSION, i.span, `This suppression silences nothing: ${why}. Remove it.`, true));
      }
    }
    if (!d.reason && d.ids.length > 0) {
      kept.push(hint(SUPPRESSION_WITHOUT_REASON, d.span, 'This suppression gives no reason. Add one after ` -- ` so reviewers know why the finding does not apply.', false));
    }
  }
  return kept;
}
