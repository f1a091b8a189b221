/**
 * The Markdown reclint writes (hovers, core/query/hover.ts; the register, core/register/markdown.ts):
 * headings, paragraphs, `- ` lists, `> ` quotes, pipe tables, **bold**, `code` and backslash escapes.
 * Built as DOM nodes from text, never as HTML, so policy text cannot inject markup.
 */
export function renderMarkdown(src: string): HTMLElement {
  const root = document.createElement('div');
  root.className = 'md';
  let list: HTMLUListElement | undefined;
  for (const block of src.split(/\n{2,}/)) {
    list = undefined;
    const rows = block.split('\n');
    if (rows.length >= 2 && rows.every((r) => r.startsWith('|')) && /^\|(\s*:?-+:?\s*\|)+$/.test(rows[1])) {
      root.append(table(rows));
      continue;
    }
    for (const line of rows) {
      const h = /^(#{1,4}) (.*)$/.exec(line);
      if (h) {
        const el = document.createElement(`h${Math.min(h[1].length + 1, 5)}`);
        inline(el, h[2]);
        root.append(el);
        continue;
      }
      if (/^\s*- /.test(line)) {
        if (!list) root.append((list = document.createElement('ul')));
        const li = document.createElement('li');
        inline(li, line.replace(/^\s*- /, ''));
        list.append(li);
        continue;
      }
      list = undefined;
      const el = document.createElement(line.startsWith('> ') ? 'blockquote' : 'p');
      inline(el, line.replace(/^> /, ''));
      root.append(el);
    }
  }
  return root;
}

/** Cells of a pipe-table row: split at `|` not escaped as `\|`. */
function cells(row: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 1; i < row.length; i++) {
    if (row[i] === '\\' && row[i + 1] === '|') { cur += '\\|'; i++; continue; }
    if (row[i] === '|') { out.push(cur.trim()); cur = ''; continue; }
    cur += row[i];
  }
  return out;
}

function table(rows: string[]): HTMLTableElement {
  const t = document.createElement('table');
  const head = t.createTHead().insertRow();
  for (const c of cells(rows[0])) {
    const th = document.createElement('th');
    inline(th, c);
    head.append(th);
  }
  const body = t.createTBody();
  for (const r of rows.slice(2)) {
    const tr = body.insertRow();
    for (const c of cells(r)) inline(tr.insertCell(), c);
  }
  return t;
}

function inline(parent: HTMLElement, s: string): void {
  let i = 0;
  let text = '';
  const flush = () => {
    if (text) parent.append(text);
    text = '';
  };
  while (i < s.length) {
    const c = s[i];
    if (c === '\\' && i + 1 < s.length) {
      text += s[i + 1];
      i += 2;
    } else if (c === '`') {
      const end = s.indexOf('`', i + 1);
      if (end < 0) { text += c; i++; continue; }
      flush();
      const code = document.createElement('code');
      code.textContent = s.slice(i + 1, end);
      parent.append(code);
      i = end + 1;
    } else if (s.startsWith('**', i)) {
      const end = s.indexOf('**', i + 2);
      if (end < 0) { text += '**'; i += 2; continue; }
      flush();
      const b = document.createElement('strong');
      inline(b, s.slice(i + 2, end));
      parent.append(b);
      i = end + 2;
    } else {
      text += c;
      i++;
    }
  }
  flush();
}
