/** The findings list, grouped by file, and the "what does this notice announce" box. */
import { analyseIn } from '../../server/src/core/announcement';
import type { Finding } from '../../server/src/core/findings';
import { LineIndex } from '../../server/src/core/text';
import { NOTICE_LANGS } from '../../server/src/core/notice/types';
import { findingNode } from './editor';
import { t } from './i18n';
import type { UiLang } from './state';

const ICON: Record<Finding['severity'], string> = { error: '✖', warning: '⚠', info: 'ℹ', hint: '·' };

export function renderFindings(list: HTMLElement, findings: readonly Finding[], texts: ReadonlyMap<string, string>, ui: UiLang, open: (f: Finding) => void): void {
  list.replaceChildren();
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const summary = document.createElement('p');
  summary.className = 'summary';
  summary.dataset.testid = 'summary';
  summary.textContent = findings.length === 0 ? t(ui, 'noFindings') : t(ui, 'summary', { errors, warnings, others: findings.length - errors - warnings });
  list.append(summary);
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) byFile.set(f.uri, [...(byFile.get(f.uri) ?? []), f]);
  for (const [uri, fs] of byFile) {
    const h = document.createElement('h3');
    h.textContent = `${uri} (${fs.length})`;
    list.append(h);
    const ul = document.createElement('ul');
    const lines = new LineIndex(texts.get(uri) ?? '');
    for (const f of fs) {
      const li = document.createElement('li');
      li.className = `finding ${f.severity}`;
      li.dataset.rule = f.ruleId;
      li.dataset.messageId = f.messageId ?? '';
      const pos = lines.positionAt(f.span.start);
      const go = document.createElement('button');
      go.type = 'button';
      go.className = 'where';
      go.textContent = `${ICON[f.severity]} ${pos.line + 1}:${pos.character + 1}`;
      go.title = `${f.severity}`;
      go.addEventListener('click', () => open(f));
      li.append(go, findingNode(f, t(ui, 'rule'), ui));
      ul.append(li);
    }
    list.append(ul);
  }
}

/** Analyse pasted notice text and show it with the words that mattered marked. */
export function renderNotice(out: HTMLElement, text: string, lang: string, ui: UiLang): void {
  out.replaceChildren();
  if (!text.trim()) return;
  const r = analyseIn(text, lang || undefined, () => ({}));
  const a = r.analysis;
  const head = document.createElement('p');
  head.className = 'notice-lang';
  head.textContent = t(ui, 'readAs', { lang: r.lang }) + (lang ? '' : ` (${t(ui, 'detected')})`);
  out.append(head);
  if (!a) {
    const p = document.createElement('p');
    p.textContent = `reclint reads ${NOTICE_LANGS.join(', ')}.`;
    out.append(p);
    return;
  }
  const spans: { start: number; end: number; cls: string }[] = [];
  if (a.recordSpan) spans.push({ ...a.recordSpan, cls: 'm-record' });
  if (a.denySpan) spans.push({ ...a.denySpan, cls: 'm-deny' });
  for (const p of a.purposes) spans.push({ start: p.start, end: p.end, cls: p.vague ? 'm-vague' : 'm-purpose' });
  for (const e of a.excluded ?? []) spans.push({ start: e.start, end: e.end, cls: 'm-excluded' });
  const quote = document.createElement('blockquote');
  quote.dataset.testid = 'notice-marked';
  let pos = 0;
  for (const s of spans.filter((s) => s.end > s.start).sort((x, y) => x.start - y.start)) {
    if (s.start < pos) continue;
    quote.append(text.slice(pos, s.start));
    const m = document.createElement('mark');
    m.className = s.cls;
    m.textContent = text.slice(s.start, s.end);
    quote.append(m);
    pos = s.end;
  }
  quote.append(text.slice(pos));
  out.append(quote);
  const facts = document.createElement('ul');
  facts.dataset.testid = 'notice-facts';
  const li = (s: string) => {
    const el = document.createElement('li');
    el.textContent = s;
    facts.append(el);
  };
  li(a.denies ? t(ui, 'denies') : a.records ? t(ui, 'records') : t(ui, 'notRecords'));
  li(`${t(ui, 'purposes')}: ${a.purposes.length ? a.purposes.map((p) => `${p.id} ("${p.text}"${p.vague ? `, ${t(ui, 'vague')}` : ''})`).join(', ') : t(ui, 'none')}`);
  if (a.excluded?.length) li(`${t(ui, 'excluded')}: ${a.excluded.map((e) => `${e.id} ("${e.text}")`).join(', ')}`);
  out.append(facts);
}
