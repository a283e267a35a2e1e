import { DraaiboekError } from '../../../shared/errors.js';
import {
  googleColumns,
  googleMarkers,
  googlePhoneTypeNames,
  googlePhoneValue,
  outlookColumns,
  outlookMarkers,
  outlookPhoneColumns,
} from './csv-columns.js';
import { readCsvHeader, readCsvRows, type CsvRow } from './csv-rows.js';
import { cleanText, type ParsedContact, type ParsedContactsFile, type RawPhone } from './parsed-contact.js';
import { readPhoneType, typeWords } from './phone-type-words.js';

/** Column positions by lower-case header name; the first of two equal headers wins. */
type Header = ReadonlyMap<string, number>;

function headerOf(cells: readonly string[]): Header {
  const header = new Map<string, number>();
  for (const [index, cell] of cells.entries()) {
    const name = cell.trim().toLowerCase();
    if (name !== '' && !header.has(name)) header.set(name, index);
  }
  return header;
}

function cell(row: CsvRow, header: Header, names: readonly string[]): string | undefined {
  for (const name of names) {
    const index = header.get(name);
    const value = index === undefined ? undefined : cleanText(row.cells[index]);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Google puts several values in one cell, separated by " ::: ". */
function firstOfMany(value: string | undefined): string | undefined {
  return cleanText(value?.split(':::')[0]);
}

function joinName(...parts: (string | undefined)[]): string | undefined {
  return cleanText(parts.filter((part) => part !== undefined).join(' '));
}

function outlookContact(row: CsvRow, header: Header): ParsedContact {
  const columns = outlookColumns;
  const phones: RawPhone[] = [];
  for (const column of outlookPhoneColumns) {
    const raw = cell(row, header, column.names);
    if (raw !== undefined) phones.push({ raw, hint: column.hint, private: column.private });
  }
  return {
    line: row.line,
    name:
      joinName(cell(row, header, columns.firstName), cell(row, header, columns.middleName), cell(row, header, columns.lastName)) ??
      cell(row, header, columns.displayName),
    email: cell(row, header, columns.email) ?? cell(row, header, columns.secondEmail),
    jobTitle: cell(row, header, columns.jobTitle),
    organisation: cell(row, header, columns.company),
    phones,
  };
}

function googlePhones(row: CsvRow, header: Header): RawPhone[] {
  const phones: RawPhone[] = [];
  const valueColumns = [...header.entries()]
    .map(([name, index]) => ({ number: googlePhoneValue.exec(name)?.[1], index }))
    .filter((column): column is { number: string; index: number } => column.number !== undefined)
    .sort((a, b) => Number(a.number) - Number(b.number));
  for (const column of valueColumns) {
    const label = cell(row, header, googlePhoneTypeNames(column.number)) ?? '';
    const reading = readPhoneType(typeWords(label));
    if (reading === 'fax') continue;
    for (const raw of (row.cells[column.index] ?? '').split(':::')) {
      const trimmed = raw.trim();
      if (trimmed !== '') phones.push({ raw: trimmed, hint: reading.hint, private: reading.private });
    }
  }
  return phones;
}

function googleContact(row: CsvRow, header: Header): ParsedContact {
  const columns = googleColumns;
  return {
    line: row.line,
    name:
      cell(row, header, columns.name) ??
      joinName(cell(row, header, columns.firstName), cell(row, header, columns.middleName), cell(row, header, columns.lastName)),
    email: firstOfMany(cell(row, header, columns.email)),
    jobTitle: firstOfMany(cell(row, header, columns.jobTitle)),
    organisation: firstOfMany(cell(row, header, columns.organisation)),
    phones: googlePhones(row, header),
  };
}

/** Reads an Outlook or Google contacts CSV; the headers say which. */
export function parseCsvContacts(text: string, fileName: string): ParsedContactsFile {
  const header = headerOf(readCsvHeader(text));
  const hasAny = (markers: readonly string[]): boolean => markers.some((marker) => header.has(marker));
  const format = hasAny(googleMarkers) ? 'google-csv' : hasAny(outlookMarkers) ? 'outlook-csv' : undefined;
  if (format === undefined) {
    throw new DraaiboekError('CONTACTS_NOT_RECOGNISED', `${fileName} has no known contacts columns`, { fileName });
  }
  const rows = readCsvRows(text).slice(1);
  const readRow = format === 'google-csv' ? googleContact : outlookContact;
  return { format, contacts: rows.map((row) => readRow(row, header)), problems: [] };
}
