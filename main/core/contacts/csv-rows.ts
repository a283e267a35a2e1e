import Papa from 'papaparse';

export interface CsvRow {
  /** The line of the file (from 1) where the row starts; a quoted field may span several lines. */
  readonly line: number;
  readonly cells: readonly string[];
}

/**
 * The delimiter from the header line: Outlook on a Dutch Windows writes `;` (the comma is the decimal sign
 * there), everything else `,`. Counting on the header is steadier than guessing from a few data rows.
 */
export function detectDelimiter(text: string): ';' | ',' {
  const newline = text.search(/\r|\n/);
  const header = newline === -1 ? text : text.slice(0, newline);
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of header) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ';') semicolons += 1;
    else if (!quoted && char === ',') commas += 1;
  }
  return semicolons > commas ? ';' : ',';
}

/** The first row alone, so a file that is no contacts export is refused before the rest is parsed. */
export function readCsvHeader(text: string): readonly string[] {
  const result = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), preview: 1 });
  return result.data[0] ?? [];
}

/** All rows of a CSV text with the line each starts on; blank rows are left out. */
export function readCsvRows(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let rowStart = 0;
  let line = 1;
  let counted = 0;
  Papa.parse<string[]>(text, {
    delimiter: detectDelimiter(text),
    skipEmptyLines: 'greedy',
    step(result) {
      // Blank lines skipped before this row still count; whitespace never starts a row that has content.
      while (/[\r\n \t]/.test(text.charAt(rowStart))) rowStart += 1;
      // Rows are reported in order, so the newlines before each row's start are counted once in total.
      for (let index = counted; index < rowStart; index += 1) if (text.charCodeAt(index) === 10) line += 1;
      counted = rowStart;
      rows.push({ line, cells: result.data });
      rowStart = result.meta.cursor;
    },
  });
  return rows;
}
