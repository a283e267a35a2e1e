import { DraaiboekError } from '../../../shared/errors.js';
import {
  bookkeepingColumn,
  bookkeepingColumns,
  googleColumns,
  googleEmailTypeNames,
  googleEmailValue,
  googleMarkers,
  googlePhoneTypeNames,
  googlePhoneValue,
  outlookColumns,
  outlookMarkers,
  outlookPhoneColumns,
} from './csv-columns.js';
import { readCsvHeader, readCsvRows, type CsvRow } from './csv-rows.js';
import { cleanText, type ParsedContact, type ParsedContactsFile, type RawEmail, type RawPhone } from './parsed-contact.js';
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

/** Every address of the contact in column order, each once; the first is the one the plan keeps. */
/** The same address twice (in any case) is one address: the first keeps its place and type. */
function distinct(values: readonly (RawEmail | undefined)[]): RawEmail[] {
  const seen: RawEmail[] = [];
  for (const value of values) {
    if (value !== undefined && !seen.some((known) => known.address.toLowerCase() === value.address.toLowerCase())) seen.push(value);
  }
  return seen;
}

function untyped(address: string | undefined): RawEmail | undefined {
  return address === undefined ? undefined : { address };
}

/** The headers of columns the reader knows, so what is left over can be named. */
function knownColumns(format: 'outlook-csv' | 'google-csv'): (name: string) => boolean {
  const names = new Set<string>(
    format === 'outlook-csv'
      ? [...Object.values(outlookColumns).flat(), ...outlookPhoneColumns.flatMap((column) => column.names)]
      : Object.values(googleColumns).flat(),
  );
  return (name) =>
    names.has(name) ||
    bookkeepingColumns.has(name) ||
    bookkeepingColumn.test(name) ||
    (format === 'google-csv' && (googlePhoneValue.test(name) || googleEmailValue.test(name)));
}

function otherFieldsOf(row: CsvRow, header: Header, known: (name: string) => boolean): string[] {
  const fields: string[] = [];
  for (const [name, index] of header) {
    if (!known(name) && cleanText(row.cells[index]) !== undefined) fields.push(name);
  }
  return fields;
}

function outlookContact(row: CsvRow, header: Header): ParsedContact {
  const columns = outlookColumns;
  const emails = distinct([columns.email, columns.secondEmail, columns.thirdEmail].map((names) => untyped(cell(row, header, names))));
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
    emails,
    jobTitle: cell(row, header, columns.jobTitle),
    organisation: cell(row, header, columns.company),
    phones,
    otherFields: otherFieldsOf(row, header, knownColumns('outlook-csv')),
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

function googleEmails(row: CsvRow, header: Header): RawEmail[] {
  const valueColumns = [...header.entries()]
    .map(([name, index]) => ({ number: googleEmailValue.exec(name)?.[1], index }))
    .filter((column): column is { number: string; index: number } => column.number !== undefined)
    .sort((a, b) => Number(a.number) - Number(b.number));
  return distinct(
    valueColumns.flatMap((column) => {
      const type = cell(row, header, googleEmailTypeNames(column.number));
      return (row.cells[column.index] ?? '').split(':::').map((value) => {
        const address = cleanText(value);
        return address === undefined ? undefined : { address, ...(type === undefined ? {} : { type }) };
      });
    }),
  );
}

function googleContact(row: CsvRow, header: Header): ParsedContact {
  const columns = googleColumns;
  const emails = googleEmails(row, header);
  return {
    line: row.line,
    name:
      cell(row, header, columns.name) ??
      joinName(cell(row, header, columns.firstName), cell(row, header, columns.middleName), cell(row, header, columns.lastName)),
    emails,
    jobTitle: firstOfMany(cell(row, header, columns.jobTitle)),
    organisation: firstOfMany(cell(row, header, columns.organisation)),
    phones: googlePhones(row, header),
    otherFields: otherFieldsOf(row, header, knownColumns('google-csv')),
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
