/** Paths as the register prints them: relative to the working folder, with `/`; URLs as written (register.md §7). */

export function isUrlLike(s: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(s) && !/^[a-z]:[\\/]/i.test(s);
}

/** A path a policy names, joined to the policy's own (relative) uri and normalised; URLs kept. */
export function joinToPolicy(policyUri: string, rel: string): string {
  if (isUrlLike(rel)) return rel;
  const base = rel.startsWith('/') ? [] : policyUri.split('/').slice(0, -1);
  const out: string[] = [];
  for (const seg of [...base, ...rel.replace(/\\/g, '/').split('/')]) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else out.push(seg);
  }
  return (rel.startsWith('/') ? '/' : '') + out.join('/');
}

/** One IRI path segment: percent-encoded, so a file name with spaces still makes a valid IRI. */
export function iriSegment(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** UTF-16 code-unit order, never the locale's (register.md §7). */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
