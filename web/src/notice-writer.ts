/**
 * "Write the notice from the declared purposes": the notice generator (core/notice) for a recording of
 * the page's policies, with its spoken length, a copy button, and "put it in the script" (the same
 * edits as `reclint notice --write`).
 */
import type { TextEdit } from '../../server/src/core/findings';
import { GENERATOR_LANGS } from '../../server/src/core/notice/generate';
import { planNotice } from '../../server/src/core/notice/write';
import type { NoticeLang } from '../../server/src/core/notice/types';
import { isPolicyUri } from '../../server/src/core/engine';
import type { MemoryProject } from '../../server/src/core/memory-project';
import { parsePolicyForQuery } from '../../server/src/core/query/context';
import { t } from './i18n';
import type { UiLang } from './state';

export interface WriterHooks {
  project(): MemoryProject;
  apply(edits: TextEdit[]): void;
  ui(): UiLang;
}

/** `<policy path>#<recording index>` of every recording of the page's policies, with its name. */
function recordingsOf(project: MemoryProject): { key: string; label: string; langs: NoticeLang[] }[] {
  const out: { key: string; label: string; langs: NoticeLang[] }[] = [];
  for (const p of project.paths.filter(isPolicyUri)) {
    const policy = parsePolicyForQuery(project.text(p) ?? '').policy;
    if (!policy) continue;
    const langs = policy.languages.map((l) => l.value).filter((l): l is NoticeLang => (GENERATOR_LANGS as readonly string[]).includes(l));
    for (const r of policy.recordings) if (r.mode?.value !== 'none') out.push({ key: `${p}#${r.index}`, label: `${p}: ${r.id?.value ?? `recording ${r.index + 1}`}`, langs: langs.length ? langs : [...GENERATOR_LANGS] });
  }
  return out;
}

export function setupNoticeWriter(root: HTMLElement, hooks: WriterHooks): { refresh(force?: boolean): void } {
  const recSel = root.querySelector<HTMLSelectElement>('#writer-recording')!;
  const langSel = root.querySelector<HTMLSelectElement>('#writer-lang')!;
  const out = root.querySelector<HTMLElement>('#writer-out')!;
  let shown = '';
  const refresh = (force = false) => {
    const recs = recordingsOf(hooks.project());
    // Typing elsewhere re-lints the page: the selects and a written notice stay while the recordings do.
    const sig = JSON.stringify(recs);
    if (sig === shown && !force) return;
    shown = sig;
    const keep = recSel.value;
    recSel.replaceChildren(...recs.map((r) => new Option(r.label, r.key)));
    if (recs.some((r) => r.key === keep)) recSel.value = keep;
    const langs = recs.find((r) => r.key === recSel.value)?.langs ?? [];
    const keepLang = langSel.value;
    langSel.replaceChildren(...langs.map((l) => new Option(l, l)));
    if (langs.includes(keepLang as NoticeLang)) langSel.value = keepLang;
    out.replaceChildren();
  };
  const plan = () => {
    const [path, idx] = recSel.value.split('#');
    const project = hooks.project();
    const text = project.text(path) ?? '';
    const policy = parsePolicyForQuery(text).policy;
    const rec = policy?.recordings[Number(idx)];
    if (!policy || !rec) return undefined;
    return planNotice({ policy, recording: rec, lang: langSel.value as NoticeLang, policyUri: path, policyText: text, readScript: project.readScript, phrases: project.settings.phrases, jurisdiction: project.settings.jurisdiction, controllerName: project.settings.notice?.controller_name, configPrivacyUrl: project.settings.notice?.privacy_url, moreKey: project.settings.notice?.more_key });
  };
  root.querySelector('#writer-go')!.addEventListener('click', () => {
    out.replaceChildren();
    const ui = hooks.ui();
    const p = plan();
    if (!p) return;
    if (!p.ok) {
      const e = document.createElement('p');
      e.className = 'refused';
      e.dataset.testid = 'writer-refused';
      e.textContent = p.refused;
      out.append(e);
      return;
    }
    const block = (label: string, text: string, seconds: number) => {
      const h = document.createElement('p');
      h.className = 'writer-head';
      h.textContent = `${label} · ${t(ui, 'seconds', { n: seconds.toFixed(1) })}`;
      const q = document.createElement('blockquote');
      q.dataset.testid = label === t(ui, 'noticeLabel') ? 'writer-notice' : 'writer-consent';
      q.textContent = text;
      const copy = document.createElement('button');
      copy.type = 'button';
      copy.className = 'small';
      copy.textContent = t(ui, 'copy');
      copy.addEventListener('click', () => void navigator.clipboard?.writeText(text).catch(() => undefined));
      out.append(h, q, copy);
    };
    block(t(ui, 'noticeLabel'), p.text, p.seconds.notice);
    if (p.consent) block(t(ui, 'consentLabel'), p.consent, p.seconds.consent ?? 0);
    for (const w of p.notice.warnings) {
      const e = document.createElement('p');
      e.className = 'help';
      e.textContent = w;
      out.append(e);
    }
    const put = document.createElement('button');
    put.type = 'button';
    put.id = 'writer-apply';
    put.textContent = p.target.kind === 'script' ? t(ui, 'putInScript', { file: p.target.uri }) : t(ui, 'putInPolicy');
    put.addEventListener('click', () => hooks.apply(p.edits));
    out.append(document.createElement('br'), put);
  });
  recSel.addEventListener('change', () => refresh(true));
  return { refresh };
}
