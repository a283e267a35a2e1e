/*
 * Plan text is free text: a pasted control character, a lone surrogate from a broken clipboard or a
 * noncharacter must never break the XML of a Word file or the HTML of a printable. Text stays text inside the
 * model; these run at the edge, just before a string lands in markup.
 */

// XML 1.0 allows tab, newline and carriage return among the C0 controls, and nothing of U+FFFE/U+FFFF.
// C1 controls (U+0080-U+009F) are legal XML but print as garbage, so they go too.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with every character removed that XML 1.0 forbids or that would print as garbage. */
export function printableText(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, '').replace(LONE_SURROGATE, '\uFFFD');
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for HTML content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return printableText(text).replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/**
 * Text as a CSS string literal (with its quotes), for page margin boxes. Everything outside plain printable
 * ASCII becomes a hex escape, so neither a quote nor `</style>` can end the string or the style sheet.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const character of printableText(text).replace(/[\r\n\t]+/g, ' ')) {
    const code = character.codePointAt(0) ?? 0x20;
    out += /[A-Za-z0-9 .,:;()/+-]/.test(character) ? character : `\\${code.toString(16)} `;
  }
  return `${out}"`;
}
