/*
 * Plan text is free text: a pasted control character, a lone surrogate from a broken clipboard or a
 * noncharacter must never break the XML of a Word file or the HTML of a printable. Text stays text inside the
 * model; these run at the edge, just before a string lands in markup.
 */
import { printableText } from '../../../../shared/text-safety.js';

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
