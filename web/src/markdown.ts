/**
 * The Markdown reclint's hovers write (core/query/hover.ts): paragraphs, `- ` lists, `> ` quotes,
 * **bold**, `code` and backslash escapes. Built as DOM nodes from text, never as HTML, so policy text
 * in a hover cannot inject markup.
 */
export function renderMarkdown(src: string): HTMLElement {
  const root = document.createElement('div');
  root.className = 'md';
  let list: HTMLUListElement | undefined;
  for (const block of src.split(/\n{2,}/)) {
    list = undefined;
    for (const line of block.split('\n')) {
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
