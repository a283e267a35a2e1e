import type { Audience } from '../../../../shared/plan/vocabularies.js';
import { createTranslator, type Language, type Translate } from '../../../../shared/i18n/index.js';
import type { CallTreeEntry, CrisisRole, Person } from '../../../../shared/plan/entities.js';
import type { CollectionName, PlanContent, SignedPlan } from '../../../../shared/plan/plan.js';
import { recordNames } from '../../../../shared/plan/record-names.js';
import { contentForAudience } from './audience-filter.js';
import { buildCallTree, type CallTreeNode } from '../../../../shared/plan/call-tree.js';
import { formatDay, formatInstant } from './format.js';

export interface DocumentOptions {
  readonly audience: Audience;
  readonly language: Language;
  /** The fingerprint of the key that signed this revision, printed on every page. */
  readonly signerFingerprint: string;
  readonly printedAt: Date;
  /** Set for numbered copies (the binder, the Word plan): shown on the cover. */
  readonly copyNumber?: number;
}

/** What every page carries, so a reader can tell whether a paper copy is current and who may read it. */
export interface PageMarks {
  readonly classification: string;
  readonly revision: number;
  readonly fingerprint: string;
  readonly printedAt: string;
  readonly title: string;
}

export interface CrisisTeamMember {
  /** Position on the contact sheet; the call tree columns refer to people by this number. */
  readonly number: number;
  readonly person: Person;
  /** "Burgemeester", "Gemeentesecretaris (plv.)": the roles this person holds. */
  readonly roleLabels: readonly string[];
  readonly callerNumber?: number;
  readonly backupCallerNumber?: number;
  readonly callsNumbers: readonly number[];
}

/**
 * The plan as a document sees it: the audience filter already applied, references resolved, the page marks
 * ready. Every Word builder, printable and Markdown renderer works from this and never from the raw plan.
 */
export interface DocumentModel {
  readonly options: DocumentOptions;
  readonly t: Translate;
  readonly language: Language;
  readonly planId: string;
  readonly revision: number;
  readonly savedAt: string;
  readonly marks: PageMarks;
  readonly content: PlanContent;
  readonly crisisTeam: readonly CrisisTeamMember[];
  readonly callTree: readonly CallTreeNode[];
  person(id: string | undefined): Person | undefined;
  personName(id: string | undefined): string;
  roleName(id: string | undefined): string;
  organisationName(id: string | undefined): string;
  applicationName(id: string | undefined): string;
  locationName(id: string | undefined): string;
  /** The role's holder and deputies, as "Name; Name (plv.)" */
  roleHolders(role: CrisisRole): string;
  day(isoDate: string | undefined): string;
}

/** The part of a role's name before the first comma: "Burgemeester, voorzitter GBT" reads as "Burgemeester". */
export function shortRoleName(role: CrisisRole): string {
  const head = role.name.split(',')[0]?.trim();
  return head === undefined || head === '' ? role.name : head;
}

function byId<T extends { readonly id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

function crisisTeamOf(content: PlanContent, callTree: readonly CallTreeNode[], t: Translate): CrisisTeamMember[] {
  const people = byId(content.people);
  const order: string[] = [];
  const seen = new Set<string>();
  const add = (personId: string | undefined): void => {
    if (personId === undefined || seen.has(personId) || !people.has(personId)) return;
    seen.add(personId);
    order.push(personId);
  };
  const walk = (nodes: readonly CallTreeNode[]): void => {
    for (const node of nodes) {
      add(node.entry.personId);
      walk(node.children);
    }
  };
  walk(callTree);
  for (const role of content.roles) {
    add(role.primaryPersonId);
    for (const deputy of role.deputyPersonIds) add(deputy);
  }
  const numberOf = new Map(order.map((personId, index) => [personId, index + 1]));
  const entryOf = new Map<string, CallTreeEntry>(content.callTree.map((entry) => [entry.personId, entry]));
  const calls = new Map<string, number[]>();
  for (const entry of [...content.callTree].sort((a, b) => a.order - b.order)) {
    const number = numberOf.get(entry.personId);
    if (entry.callerPersonId === undefined || number === undefined) continue;
    calls.set(entry.callerPersonId, [...(calls.get(entry.callerPersonId) ?? []), number]);
  }
  return order.flatMap((personId, index) => {
    const person = people.get(personId);
    if (person === undefined) return [];
    const roleLabels = content.roles.flatMap((role) => {
      if (role.primaryPersonId === personId) return [shortRoleName(role)];
      if (role.deputyPersonIds.includes(personId)) return [t('documents.deputy', { name: shortRoleName(role) })];
      return [];
    });
    const entry = entryOf.get(personId);
    const callerNumber = entry?.callerPersonId === undefined ? undefined : numberOf.get(entry.callerPersonId);
    const backupCallerNumber =
      entry?.backupCallerPersonId === undefined ? undefined : numberOf.get(entry.backupCallerPersonId);
    return [
      {
        number: index + 1,
        person,
        roleLabels,
        ...(callerNumber === undefined ? {} : { callerNumber }),
        ...(backupCallerNumber === undefined ? {} : { backupCallerNumber }),
        callsNumbers: calls.get(personId) ?? [],
      },
    ];
  });
}

export function buildDocumentModel(plan: SignedPlan, options: DocumentOptions): DocumentModel {
  const t = createTranslator(options.language);
  const content = contentForAudience(plan.plan.content, options.audience);
  const people = byId(content.people);
  const namesByCollection = new Map<CollectionName, ReadonlyMap<string, string>>();
  const nameIn =
    (collection: CollectionName) =>
    (id: string | undefined): string => {
      if (id === undefined) return '';
      let names = namesByCollection.get(collection);
      if (names === undefined) {
        names = recordNames(content, collection);
        namesByCollection.set(collection, names);
      }
      return names.get(id) ?? id;
    };
  const personName = nameIn('people');
  const tree = buildCallTree(content.callTree);
  const callTree = [...tree.roots, ...tree.unreached];
  return {
    options,
    t,
    language: options.language,
    planId: plan.planId,
    revision: plan.revision,
    savedAt: plan.savedAt,
    marks: {
      classification: content.meta.classification,
      revision: plan.revision,
      fingerprint: options.signerFingerprint,
      printedAt: formatInstant(options.printedAt, options.language),
      title: content.meta.title,
    },
    content,
    crisisTeam: crisisTeamOf(content, callTree, t),
    callTree,
    person: (id) => (id === undefined ? undefined : people.get(id)),
    personName,
    roleName: nameIn('roles'),
    organisationName: nameIn('organisations'),
    applicationName: nameIn('applications'),
    locationName: nameIn('locations'),
    roleHolders: (role) =>
      [
        ...(role.primaryPersonId === undefined ? [] : [personName(role.primaryPersonId)]),
        ...role.deputyPersonIds.map((id) => t('documents.deputy', { name: personName(id) })),
      ].join('; '),
    day: (isoDate) => formatDay(isoDate, options.language),
  };
}
