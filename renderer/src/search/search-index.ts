import { enumLabels } from '../../../shared/i18n/enum-labels.js';
import type { PlainMessageKey, Translate } from '../../../shared/i18n/index.js';
import { phoneLabel, phonesShownOnScreen } from '../../../shared/plan/phone-display.js';
import type { PlanContent } from '../../../shared/plan/plan.js';
import { recordNames } from '../../../shared/plan/record-names.js';
import type { EditorTarget } from '../router/routes.js';

export type SearchKind = 'person' | 'number' | 'role' | 'process' | 'supplier' | 'application';

export interface SearchEntry {
  readonly kind: SearchKind;
  readonly target: EditorTarget;
  readonly id: string;
  readonly label: string;
  /** A second line: job title, team, the person a number belongs to. */
  readonly detail: string;
  /** A value of the plan's vocabulary (a number's kind, an application's hosting), shown by its label. */
  readonly detailLabel?: PlainMessageKey;
  /** Stored E.164 for numbers; shown formatted by the UI. */
  readonly phone?: string;
  /** A private number (shown only with recorded consent), marked as such. */
  readonly private?: boolean;
}

export interface SearchIndex {
  readonly entries: readonly SearchEntry[];
  /** Lowercased, accent-free text of each entry, in the same order. */
  readonly haystacks: readonly string[];
}

/** Lowercase without accents, so "Jose" finds "José" and "zoe" finds "Zoë". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** A number as people type it: +31 6 1234 5678, 06-12345678, 0612345678 all find the same entry. */
function phoneForms(e164: string): string {
  const digits = e164.replace(/\D/g, '');
  const national = digits.startsWith('31') ? `0${digits.slice(2)}` : digits;
  return ` ${digits} ${national}`;
}

/**
 * Built once per plan revision and language: every person, number, role, process, supplier and application.
 * A number is found by its label ("piket") and its kind in the UI's language; private numbers without
 * recorded consent are left out, as on paper.
 */
export function buildSearchIndex(content: PlanContent, t: Translate): SearchIndex {
  const entries: SearchEntry[] = [];
  const haystacks: string[] = [];
  const add = (entry: SearchEntry, extra: string) => {
    entries.push(entry);
    haystacks.push(foldText(`${entry.label} ${entry.detail} ${extra}`));
  };
  const organisationNames = recordNames(content, 'organisations');
  const personNames = recordNames(content, 'people');

  for (const person of content.people) {
    const organisation = person.organisationId === undefined ? undefined : organisationNames.get(person.organisationId);
    const detail = [person.jobTitle, person.department, organisation].filter((part) => part !== undefined).join(' · ');
    add({ kind: 'person', target: 'people', id: person.id, label: person.name, detail }, person.emails.map((email) => `${email.address} ${email.label ?? ''}`).join(' '));
    for (const phone of phonesShownOnScreen(person.phones)) {
      const label = phoneLabel(phone, t);
      add(
        { kind: 'number', target: 'people', id: person.id, label: person.name, detail: label, phone: phone.number, ...(phone.private ? { private: true } : {}) },
        `${t(enumLabels.phoneKind[phone.kind])}${phoneForms(phone.number)}`,
      );
    }
  }
  for (const role of content.roles) {
    const primary = role.primaryPersonId === undefined ? '' : (personNames.get(role.primaryPersonId) ?? '');
    add({ kind: 'role', target: 'roles', id: role.id, label: role.name, detail: [role.team, primary].filter((part) => part !== undefined && part !== '').join(' · ') }, '');
  }
  for (const process of content.processes) {
    add({ kind: 'process', target: 'processes', id: process.id, label: process.name, detail: process.department ?? '' }, '');
  }
  for (const organisation of content.organisations) {
    const numbers = [organisation.phone, organisation.line24x7].flatMap((number) => (number === undefined ? [] : [phoneForms(number)])).join(' ');
    add({ kind: 'supplier', target: 'organisations', id: organisation.id, label: organisation.name, detail: organisation.service ?? '' }, `${organisation.contractNumber ?? ''} ${numbers}`);
  }
  for (const application of content.applications) {
    add({ kind: 'application', target: 'applications', id: application.id, label: application.name, detail: '', detailLabel: enumLabels.hosting[application.hosting] }, application.hosting);
  }
  return { entries, haystacks };
}

/**
 * Every entry that holds all words of the query. A query that is mostly digits is read as a phone number,
 * spaces and dashes ignored.
 */
export function searchIndex(index: SearchIndex, query: string): SearchEntry[] {
  const trimmed = query.trim();
  if (trimmed === '') return [];
  const digitsOnly = trimmed.replace(/[\s()+-]/g, '');
  const words = /^\d{3,}$/.test(digitsOnly) ? [digitsOnly] : foldText(trimmed).split(/\s+/);
  const results: SearchEntry[] = [];
  const { haystacks, entries } = index;
  for (let position = 0; position < haystacks.length; position += 1) {
    const haystack = haystacks[position] ?? '';
    let all = true;
    for (const word of words) {
      if (!haystack.includes(word)) {
        all = false;
        break;
      }
    }
    const entry = entries[position];
    if (all && entry !== undefined) results.push(entry);
  }
  return results;
}
