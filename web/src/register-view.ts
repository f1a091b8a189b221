/**
 * The art. 30 register of the page's policies (core/register through the in-memory project): rendered
 * as tables, with the CSV to download. A download is a file the browser saves, never a request.
 */
import type { MemoryProject } from '../../server/src/core/memory-project';
import { RegisterProblem } from '../../server/src/core/register/index';
import { t } from './i18n';
import { renderMarkdown } from './markdown';
import type { UiLang } from './state';

declare const RECLINT_VERSION: string | undefined;
const VERSION = typeof RECLINT_VERSION === 'string' ? RECLINT_VERSION : '0.1.0';

export function renderRegister(out: HTMLElement, project: MemoryProject, ui: UiLang, controller: string | undefined, pick: (c: string) => void): void {
  out.replaceChildren();
  let md: string;
  try {
    md = project.register('md', { version: VERSION, controller });
  } catch (e) {
    if (!(e instanceof RegisterProblem) || e.controllers.length === 0) {
      const p = document.createElement('p');
      p.textContent = (e as Error).message;
      out.append(p);
      return;
    }
    const label = document.createElement('label');
    label.textContent = `${t(ui, 'whichController')} `;
    const sel = document.createElement('select');
    sel.append(new Option('—', ''), ...e.controllers.map((c) => new Option(c, c)));
    sel.addEventListener('change', () => sel.value && pick(sel.value));
    label.append(sel);
    out.append(label);
    return;
  }
  const bar = document.createElement('p');
  const csv = document.createElement('button');
  csv.type = 'button';
  csv.textContent = t(ui, 'downloadCsv');
  csv.addEventListener('click', () => {
    const text = project.register('csv', { version: VERSION, controller });
    // A byte-order mark, as `reclint register -f csv` writes by default, so Excel reads UTF-8.
    const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'register.csv';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
  bar.append(csv);
  out.append(bar, renderMarkdown(md));
}
