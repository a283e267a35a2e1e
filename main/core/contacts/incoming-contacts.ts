import { z } from 'zod';
import { planSafeText } from '../../../shared/text-safety.js';
import { MAX_PERSON_EMAILS } from '../../../shared/plan/entities.js';
import type { IncomingContact, IncomingEmail, IncomingPhone } from './contacts-types.js';
import { readEmailType } from './email-type-words.js';
import { cleanText, type ParsedContact, type ParseProblem } from './parsed-contact.js';
import { normalisePhone } from './phone-number.js';

/** The plan's limits on a person (shared/plan/entities.ts). */
const MAX_NAME_CHARS = 300;
const MAX_TITLE_CHARS = 300;
const MAX_PHONES = 20;
const MAX_EMAIL_LABEL_CHARS = 100;

const emailSchema = z.email();

/** A number as the import keeps it internally: a home or private number enters the plan marked private. */
export type ImportPhone = IncomingPhone & { readonly private?: true };
export type ImportContact = Omit<IncomingContact, 'phones'> & { phones: ImportPhone[] };

export interface IncomingFromFile {
  readonly line: number;
  readonly contact: ImportContact;
}

/** The contact as the preview shows it: the contract has no private flag (a home number says so by its kind). */
export function publicContact(contact: ImportContact): IncomingContact {
  return { ...contact, phones: contact.phones.map(({ number, kind }) => ({ number, kind })) };
}

function nameOf(parsed: ParsedContact): string | undefined {
  return parsed.name ?? parsed.organisation ?? parsed.emails[0]?.address;
}

/**
 * The addresses a person can hold, labelled from the file's types; an invalid one is named and left out, and
 * those beyond what a person holds are named as not taken.
 */
function emailsOf(parsed: ParsedContact, name: string, problems: ParseProblem[]): IncomingEmail[] {
  const emails: IncomingEmail[] = [];
  for (const raw of parsed.emails) {
    if (!emailSchema.safeParse(raw.address).success) {
      problems.push({ line: parsed.line, key: 'contacts.problem.emailInvalid', params: { name, email: raw.address } });
      continue;
    }
    if (emails.length === MAX_PERSON_EMAILS) {
      problems.push({ line: parsed.line, key: 'contacts.problem.emailNotTaken', params: { name, email: planSafeText(raw.address, false), max: MAX_PERSON_EMAILS } });
      continue;
    }
    const reading = readEmailType(raw.type);
    const label = reading.label === undefined ? undefined : cleanText(planSafeText(reading.label, false).slice(0, MAX_EMAIL_LABEL_CHARS));
    emails.push({ address: raw.address, kind: reading.kind, ...(label === undefined ? {} : { label }) });
  }
  return emails;
}

function phonesOf(parsed: ParsedContact, name: string, problems: ParseProblem[]): ImportPhone[] {
  const phones: ImportPhone[] = [];
  for (const raw of parsed.phones) {
    const normalised = normalisePhone(raw.raw, raw.hint);
    if (normalised === undefined) {
      problems.push({ line: parsed.line, key: 'contacts.problem.phoneInvalid', params: { name, number: raw.raw } });
      continue;
    }
    // The same number under two columns (Outlook's "Primary Phone" repeats one) is one number.
    if (phones.some((phone) => phone.number === normalised.number)) continue;
    if (phones.length === MAX_PHONES) {
      problems.push({ line: parsed.line, key: 'contacts.problem.tooManyPhones', params: { name, max: MAX_PHONES } });
      break;
    }
    phones.push(raw.private ? { ...normalised, private: true } : normalised);
  }
  return phones;
}

const unsafeTextProblems = {
  name: 'contacts.problem.unsafeTextRemoved.name',
  jobTitle: 'contacts.problem.unsafeTextRemoved.jobTitle',
  organisation: 'contacts.problem.unsafeTextRemoved.organisation',
} as const;

/**
 * A foreign file's text as the plan may hold it: control characters and bidi overrides are taken out (the plan
 * refuses them), and each field where that happened is listed, so nothing changes without a word.
 */
function withPlanSafeText(parsed: ParsedContact, problems: ParseProblem[]): ParsedContact {
  const name = cleanText(planSafeText(nameOf(parsed) ?? '', false)) ?? '';
  const safeField = (field: keyof typeof unsafeTextProblems): string | undefined => {
    const value = parsed[field];
    if (value === undefined) return undefined;
    const stripped = planSafeText(value, false);
    if (stripped === value) return value;
    problems.push({ line: parsed.line, key: unsafeTextProblems[field], params: { name } });
    return cleanText(stripped);
  };
  const safeName = safeField('name');
  const jobTitle = safeField('jobTitle');
  const organisation = safeField('organisation');
  return {
    line: parsed.line,
    phones: parsed.phones,
    emails: parsed.emails,
    ...(parsed.otherFields === undefined ? {} : { otherFields: parsed.otherFields }),
    ...(safeName === undefined ? {} : { name: safeName }),
    ...(jobTitle === undefined ? {} : { jobTitle }),
    ...(organisation === undefined ? {} : { organisation }),
  };
}

/**
 * Checks a parsed contact against what the plan accepts: a name, a valid email, valid numbers in E.164. What
 * fails is reported as a problem, never dropped silently; a contact without any name is left out.
 */
export function toIncomingContact(file: ParsedContact, problems: ParseProblem[]): IncomingFromFile | undefined {
  const parsed = withPlanSafeText(file, problems);
  const fullName = nameOf(parsed);
  if (fullName === undefined) {
    problems.push({ line: parsed.line, key: 'contacts.problem.noName', params: {} });
    return undefined;
  }
  let name = fullName;
  if (name.length > MAX_NAME_CHARS) {
    name = name.slice(0, MAX_NAME_CHARS).trim();
    problems.push({ line: parsed.line, key: 'contacts.problem.nameShortened', params: { name, max: MAX_NAME_CHARS } });
  }
  const contact: ImportContact = { name, emails: emailsOf(parsed, name, problems), phones: phonesOf(parsed, name, problems) };
  if (parsed.otherFields !== undefined && parsed.otherFields.length > 0) {
    problems.push({ line: parsed.line, key: 'contacts.problem.fieldsNotTaken', params: { name, fields: parsed.otherFields.map((field) => planSafeText(field, false)).join(', ') } });
  }
  if (parsed.jobTitle !== undefined) contact.jobTitle = parsed.jobTitle.slice(0, MAX_TITLE_CHARS).trim();
  if (parsed.organisation !== undefined) contact.organisation = parsed.organisation.slice(0, MAX_TITLE_CHARS).trim();
  return { line: parsed.line, contact };
}
