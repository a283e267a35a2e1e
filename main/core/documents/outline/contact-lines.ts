import { enumLabels } from '../../../../shared/i18n/enum-labels.js';
import type { EmailAddress, Person, Phone } from '../../../../shared/plan/entities.js';
import type { DocumentModel } from '../model/document-model.js';
import { formatPhone, phoneLabel } from '../../../../shared/plan/phone-display.js';

/** The number's own label ("Piket AOV"), else its kind, as the screens show it; a private number says so. */
export function phoneLabelOnPaper(phone: Phone, model: DocumentModel): string {
  const kind = phoneLabel(phone, model.t);
  return phone.private ? model.t('documents.privatePhone', { kind }) : kind;
}

/** "06 40001001 (mobiel)": one line per number the audience may see. */
export function phoneLines(person: Person, model: DocumentModel): string[] {
  return person.phones.map((phone) => `${formatPhone(phone.number)} (${phoneLabelOnPaper(phone, model)})`);
}

/** The label the user gave an address, else its kind: "Postbus FG", "functiepostbus". */
export function emailKindLabel(email: EmailAddress, model: DocumentModel): string {
  return email.label ?? model.t(enumLabels.emailKind[email.kind]);
}

/** The first address bare (the one to write to), each further one with its label: one line per address. */
export function emailLines(person: Person, model: DocumentModel): string[] {
  return person.emails.map((email, index) => (index === 0 ? email.address : `${email.address} (${emailKindLabel(email, model)})`));
}

/** The first mobile the audience may see, else the first number: the one to ring first. */
export function primaryPhone(person: Person): Phone | undefined {
  return person.phones.find((phone) => phone.kind === 'mobile' && !phone.private) ?? person.phones[0];
}

/** The next number to try after the first; `includePrivate: false` skips private numbers (shown apart). */
export function secondPhone(person: Person, includePrivate = true): Phone | undefined {
  const first = primaryPhone(person);
  return person.phones.find((phone) => phone !== first && (includePrivate || !phone.private));
}

export function channelLabel(person: Person, model: DocumentModel): string {
  return person.preferredChannel === undefined ? '' : model.t(enumLabels.contactChannel[person.preferredChannel]);
}

export function optionalPhone(number: string | undefined): string {
  return number === undefined ? '' : formatPhone(number);
}
