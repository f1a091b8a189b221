/**
 * CodeMirror for one file of the page: the language its name says, reclint's findings as
 * diagnostics (message, article, docs link, fixes), and reclint's hover.
 */
import { json } from '@codemirror/lang-json';
import { xml } from '@codemirror/lang-xml';
import { yaml } from '@codemirror/lang-yaml';
import { StreamLanguage } from '@codemirror/language';
import { type Action, type Diagnostic } from '@codemirror/lint';
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView, hoverTooltip } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { isPolicyUri, isScriptUri } from '../../server/src/core/engine';
import type { Finding, Fix } from '../../server/src/core/findings';
import { ruleDescription } from '../../server/src/core/i18n/catalog';
import type { Locale } from '../../server/src/core/i18n/locale';
import { RULES } from '../../server/src/core/rules/index';
import type { MemoryProject } from '../../server/src/core/memory-project';
import { parsePolicyForQuery } from '../../server/src/core/query/context';
import { flowHover, transcriptsOf } from '../../server/src/core/query/flow';
import { directiveHover, policyHover, scriptHover, type HoverResult } from '../../server/src/core/query/hover';
import { legalSourceIn } from '../../server/src/core/query/words';
import { renderMarkdown } from './markdown';

const RULE_META = new Map(RULES.map((r) => [r.meta.id, r.meta]));

/** The `.ivr` language: comments, labels, step keywords and quoted prompts (as syntaxes/ivr.tmLanguage.json). */
const ivr = StreamLanguage.define<{ lineStart: boolean }>({
  name: 'ivr',
  startState: () => ({ lineStart: true }),
  token(stream, state) {
    if (stream.sol()) state.lineStart = true;
    if (stream.eatSpace()) return null;
    if (stream.match('#')) {
      stream.skipToEnd();
      return 'comment';
    }
    if (stream.match(/^"(?:[^"\\]|\\.)*"?/)) {
      state.lineStart = false;
      return 'string';
    }
    if (state.lineStart && stream.match(/^[A-Za-z0-9_-]+:(?=\s|#|$)/)) {
      state.lineStart = false;
      return 'labelName';
    }
    if (state.lineStart && stream.match(/^(say|consent|record|menu|goto|transfer|hangup|lang|play)\b/)) {
      state.lineStart = false;
      return 'keyword';
    }
    stream.match(/^[^\s"#]+/) || stream.next();
    state.lineStart = false;
    return null;
  },
});

export function languageOf(path: string, text: string): Extension {
  if (/\.ya?ml$/i.test(path)) return yaml();
  if (/\.jsonc?$/i.test(path)) return json();
  if (/\.(xml|twiml|vxml)$/i.test(path)) return xml();
  if (/\.(ya?ml)$/i.test(path)) return yaml();
  if (/\.ivr$/i.test(path)) return ivr;
  // A Connect export has no extension: its content is JSON.
  return /^\s*[{[]/.test(text) ? json() : [];
}

export interface EditorHooks {
  project(): MemoryProject;
  applyFix(fix: Fix): void;
  docsLabel(): string;
  /** The page's UI language: findings and hovers follow it. */
  locale(): Locale;
}

/** The reclint hover for a position in a file of the project. */
export function hoverAt(project: MemoryProject, path: string, text: string, pos: number, locale: Locale = 'en'): HoverResult | undefined {
  const phrases = project.settings.phrases ?? {};
  if (isPolicyUri(path)) return policyHover(parsePolicyForQuery(text), pos, { uri: path, readScript: project.readScript, configPhrases: phrases, locale, flows: project.options(path).flows });
  if (isScriptUri(path)) return scriptHover(path, text, pos, phrases, locale);
  const readers = project.paths.filter(isPolicyUri).map((uri) => ({ uri, text: project.text(uri) ?? '' }));
  return directiveHover(text, pos, locale) ?? flowHover(path, text, pos, phrases, transcriptsOf(path, readers, project.readScript), locale);
}

export function newState(path: string, text: string, hooks: EditorHooks, onChange: (path: string) => void): EditorState {
  return EditorState.create({
    doc: text,
    extensions: [
      basicSetup,
      languageOf(path, text),
      EditorView.lineWrapping,
      EditorView.updateListener.of((u) => {
        if (u.docChanged) onChange(path);
      }),
      hoverTooltip((view, pos) => {
        const h = hoverAt(hooks.project(), path, view.state.doc.toString(), pos, hooks.locale());
        if (!h) return null;
        return { pos: h.span.start, end: Math.max(h.span.end, h.span.start), above: true, create: () => ({ dom: renderMarkdown(h.markdown) }) };
      }),
    ],
  });
}

const SEVERITY: Record<Finding['severity'], Diagnostic['severity']> = { error: 'error', warning: 'warning', info: 'info', hint: 'hint' };

/** A finding as CodeMirror shows it: the message, the article, the rule with its docs page, the fixes. */
export function toDiagnostic(f: Finding, length: number, hooks: EditorHooks): Diagnostic {
  const from = Math.min(Math.max(0, f.span.start), length);
  const to = Math.min(Math.max(from, f.span.end), length);
  const actions: Action[] = [];
  for (const fix of [...(f.fix ? [f.fix] : []), ...f.suggestions]) actions.push({ name: fix.title, apply: () => hooks.applyFix(fix) });
  return {
    from,
    to,
    severity: SEVERITY[f.severity],
    source: f.ruleId,
    message: f.message,
    renderMessage: () => findingNode(f, hooks.docsLabel(), hooks.locale()),
    actions,
  };
}

/** A finding as the page shows it; the rule link's tooltip is the rule's description in the page's language. */
export function findingNode(f: Finding, docsLabel: string, locale: Locale = 'en'): HTMLElement {
  const box = document.createElement('div');
  box.className = 'finding-message';
  const msg = document.createElement('div');
  // Messages mark policy keys, values and rule ids in backticks: shown as code.
  f.message.split('`').forEach((part, i) => {
    if (i % 2 === 0) msg.append(part);
    else {
      const c = document.createElement('code');
      c.textContent = part;
      msg.append(c);
    }
  });
  box.append(msg);
  const meta = document.createElement('div');
  meta.className = 'finding-meta';
  if (f.legalSource) {
    const law = document.createElement('span');
    law.className = 'law';
    law.textContent = legalSourceIn(locale, f.legalSource);
    meta.append(law, ' · ');
  }
  const a = document.createElement('a');
  a.href = f.docsUrl;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  a.textContent = `${docsLabel} ${f.ruleId}`;
  const rule = RULE_META.get(f.ruleId);
  if (rule) a.title = ruleDescription(locale, rule.id, rule.description).replace(/`/g, '');
  meta.append(a);
  box.append(meta);
  return box;
}
