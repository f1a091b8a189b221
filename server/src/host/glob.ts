/** Minimal glob matching for `files` / `ignores` (`**`, `*`, `?`, `{a,b}`), on forward-slash paths. */

const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (re) return re;
  let s = '';
  let i = 0;
  let g = glob.replace(/^\.\//, '');
  if (g.endsWith('/')) g += '**';
  while (i < g.length) {
    const c = g[i];
    if (c === '*') {
      if (g[i + 1] === '*') {
        const slash = g[i + 2] === '/';
        s += slash ? '(?:.*/)?' : '.*';
        i += slash ? 3 : 2;
        continue;
      }
      s += '[^/]*';
    } else if (c === '?') s += '[^/]';
    else if (c === '{') {
      const close = g.indexOf('}', i);
      if (close > i) {
        s += `(?:${g.slice(i + 1, close).split(',').map((x) => x.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')).join('|')})`;
        i = close + 1;
        continue;
      }
      s += '\\{';
    } else s += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
    i++;
  }
  // A pattern without a slash matches at any depth (like .gitignore); a directory pattern matches what is under it.
  const anchored = g.includes('/') ? `^${s}` : `^(?:.*/)?${s}`;
  re = new RegExp(`${anchored}(?:/.*)?$`);
  cache.set(glob, re);
  return re;
}

export function matchesAny(relPath: string, globs: readonly string[]): boolean {
  return globs.some((g) => globToRegExp(g).test(relPath));
}
