/*
 * Text from a file is untrusted wherever it is shown. Two edges need two treatments of the same characters:
 * documents (XML, HTML) drop what would break their markup or print as garbage; a terminal or a screen shows
 * it as a visible escape, so a name can neither move the cursor, colour the screen, start a forged line nor
 * reverse the order of what follows it. This file is the one home of which characters those are.
 */

// XML 1.0 allows tab, newline and carriage return among the C0 controls, and nothing of U+FFFE/U+FFFF.
// C1 controls (U+0080-U+009F) are legal XML but print as garbage, so they go too.
// eslint-disable-next-line no-control-regex
const MARKUP_UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Every C0 and C1 control (tab and newline included: in a one-line field they are forged lines), DEL, the
 * line and paragraph separators, and the bidi marks, embeddings, overrides and isolates that reorder text.
 */
// eslint-disable-next-line no-control-regex
const DISPLAY_UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
const DISPLAY_UNSAFE_ALL = new RegExp(DISPLAY_UNSAFE.source, 'g');

/** The text with every character removed that XML 1.0 forbids or that would print as garbage. */
export function printableText(text: string): string {
  return text.replace(MARKUP_UNSAFE, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** True when the text holds a character that `visibleText` would have to escape. */
export function hasUnsafeDisplayText(text: string): boolean {
  return DISPLAY_UNSAFE.test(text) || LONE_SURROGATE.test(text);
}

/** One character as a visible escape: a control as its printable picture, anything else as `<U+XXXX>`. */
export function visibleEscape(character: string): string {
  const code = character.charCodeAt(0);
  // C0 controls and DEL have their own printable pictures (U+2400-U+2421): a newline shows as a symbol.
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/** One line of text safe to show on a terminal or a screen: unsafe characters shown as visible escapes. */
export function visibleText(text: string): string {
  return text.replace(DISPLAY_UNSAFE_ALL, visibleEscape).replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * What the plan itself never holds: every C0 control but tab, line feed and carriage return, DEL, the C1
 * controls, the noncharacters U+FFFE/U+FFFF, and the bidi embeddings, overrides and isolates. Documents would
 * drop them at their edge anyway; kept in the plan they would still reorder or hide text on every screen.
 * Tab and line breaks belong in multi-line text only: in a one-line field they are forged lines.
 */
// eslint-disable-next-line no-control-regex
const PLAN_UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/;
const PLAN_UNSAFE_ALL = new RegExp(PLAN_UNSAFE.source, 'g');
const LINE_BREAK = /[\t\n\r]/;

/** The first character the plan may not hold in this text, or undefined when there is none. */
export function firstUnsafePlanCharacter(text: string, multiLine: boolean): string | undefined {
  const found = PLAN_UNSAFE.exec(text) ?? (multiLine ? null : LINE_BREAK.exec(text));
  return found?.[0];
}

/** The text without the characters the plan may not hold; in one-line text, tabs and line breaks become spaces. */
export function planSafeText(text: string, multiLine: boolean): string {
  const stripped = text.replace(PLAN_UNSAFE_ALL, '');
  return multiLine ? stripped : stripped.replace(/[\t\n\r]+/g, ' ');
}
