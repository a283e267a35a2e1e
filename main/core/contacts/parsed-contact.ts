import type { MessageKey } from '../../../shared/i18n/index.js';
import type { MessageParams } from '../../../shared/i18n/translate.js';
import type { ImportedPhoneKind } from './contacts-types.js';
import type { ContactsFormat } from '../../../shared/plan/vocabularies.js';

/**
 * What a file says about a number's kind. `generic` (voice, main, other, no type at all) lets the number itself
 * decide: a Dutch 06 number is a mobile, an 020 number a landline.
 */
export type PhoneKindHint = ImportedPhoneKind | 'generic';

export interface RawPhone {
  readonly raw: string;
  readonly hint: PhoneKindHint;
  /** The file marks the number as home or private. */
  readonly private: boolean;
}

export interface RawEmail {
  readonly address: string;
  /** The type or label the file gives the address (Google's "E-mail 1 - Label", vCard TYPE), if any. */
  readonly type?: string;
}

/** A contact as one file format read it, before numbers are normalised and fields checked. */
export interface ParsedContact {
  /** The line of the file (from 1) where the contact starts. */
  readonly line: number;
  readonly name?: string;
  /** Every address of the contact, the one to write to first. */
  readonly emails: readonly RawEmail[];
  readonly jobTitle?: string;
  readonly organisation?: string;
  readonly phones: readonly RawPhone[];
  /** Fields (vCard properties, CSV columns) that held something the import does not take. */
  readonly otherFields?: readonly string[];
}

export interface ParseProblem {
  readonly line: number;
  readonly key: MessageKey;
  readonly params: MessageParams;
}

export interface ParsedContactsFile {
  readonly format: ContactsFormat;
  readonly contacts: readonly ParsedContact[];
  readonly problems: readonly ParseProblem[];
}

/** Collapses runs of whitespace and trims; undefined for a value with nothing in it. */
export function cleanText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const cleaned = value.replace(/\s+/g, ' ').trim();
  return cleaned === '' ? undefined : cleaned;
}
