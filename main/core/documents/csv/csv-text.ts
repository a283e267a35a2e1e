/*
 * How every CSV the app writes is spelled, so a spreadsheet on a Dutch office laptop opens it in columns:
 * Excel reads a CSV as UTF-8 only when it starts with a byte-order mark (without it "coördinator" comes out
 * as "coÃ¶rdinator"), and splits it on the list separator of Windows' region, which in the Netherlands is `;`
 * because the comma is the decimal sign. The contacts import reads either separator (`detectDelimiter`).
 */

export const CSV_SEPARATOR = ';';
const BYTE_ORDER_MARK = '\ufeff';

/**
 * One CSV field (RFC 4180, with `;` as separator). A spreadsheet runs a cell that starts with = + - or @ as a
 * formula, so such a cell gets a leading apostrophe: the text is shown, never executed. A comma is quoted too,
 * so the file still splits right where the separator is the comma.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole CSV file: the byte-order mark, a header row, one line per row, CRLF line ends (RFC 4180). */
export function csvText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (fields: readonly string[]) => fields.map(csvField).join(CSV_SEPARATOR);
  return `${BYTE_ORDER_MARK}${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}
