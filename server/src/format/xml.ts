/** XML 1.0 escaping for the JUnit formatter. */

/**
 * Characters XML 1.0 does not allow at all, not even as character references: C0 controls other than
 * tab, LF and CR; lone surrogates; U+FFFE and U+FFFF. They are written as the visible text `\uXXXX`.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const visible = (s: string) => s.replace(FORBIDDEN, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);

/** Element content: `&`, `<`, `>` (so `]]>` cannot appear) and CR (a raw CR would be read as LF). */
export function xmlText(s: string): string {
  return visible(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** A double-quoted attribute value: as text, plus quotes, and tab/LF/CR as references (a parser turns raw ones into spaces). */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
