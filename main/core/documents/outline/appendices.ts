import type { DocumentModel } from '../model/document-model.js';
import type { Person } from '../../../../shared/plan/entities.js';
import { heading, type Block, type Cell, type TableColumn } from './blocks.js';
import { channelLabel, emailLines, phoneLines } from './contact-lines.js';
import { distributionBlocks } from './document-control.js';
import { organisationTableBlocks } from './communication-and-resources.js';
import { personLastVerified } from '../../../../shared/plan/person-verification.js';

/** Everyone in the plan with the numbers this audience may see: own staff first, then external contacts. */
export function contactListBlocks(model: DocumentModel, level: 1 | 2 = 1): Block[] {
  const { t, content } = model;
  const sub = level === 1 ? 2 : 3;
  const roleLabelsOf = new Map(model.crisisTeam.map((member) => [member.person.id, member.roleLabels]));
  const columns = [
    { title: t('documents.column.name'), width: 3 },
    { title: t('documents.column.jobTitle'), width: 3 },
    { title: t('documents.column.role'), width: 3 },
    { title: t('documents.column.phones'), width: 4 },
    { title: t('documents.column.email'), width: 4 },
    { title: t('documents.column.channel'), width: 2 },
    { title: t('documents.column.verified'), width: 2 },
  ];
  const rowOf = (person: Person, organisation: string): Cell[] => [
    person.name,
    [person.jobTitle ?? '', organisation].filter((part) => part !== '').join(', '),
    [...(roleLabelsOf.get(person.id) ?? [])].join('; '),
    phoneLines(person, model),
    emailLines(person, model),
    channelLabel(person, model),
    model.day(personLastVerified(person)),
  ];
  const own = content.people.filter((person) => person.organisationId === undefined);
  const external = content.people.filter((person) => person.organisationId !== undefined);
  // Seven columns of names and numbers need the width of a landscape page to keep a name on one line.
  return [
    { type: 'orientation', orientation: 'landscape' },
    heading(level, t('documents.appendix.contacts'), true),
    { type: 'paragraph', text: t(`documents.audienceNote.${model.options.audience}`), emphasis: 'small' },
    heading(sub, t('documents.section.ownStaff')),
    { type: 'table', columns, rows: own.map((person) => rowOf(person, '')) },
    heading(sub, t('documents.section.externalPeople')),
    {
      type: 'table',
      columns,
      rows: external.map((person) => rowOf(person, model.organisationName(person.organisationId))),
    },
    ...organisationTableBlocks(model, sub),
    { type: 'orientation', orientation: 'portrait' },
  ];
}

export function callTreeBlocks(model: DocumentModel, level: 1 | 2 = 1): Block[] {
  const { t, content } = model;
  return [
    heading(level, t('documents.appendix.callTree'), true),
    { type: 'paragraph', text: t('documents.callTree.explanation'), emphasis: 'small' },
    { type: 'callTree', nodes: model.callTree },
    heading(level === 1 ? 2 : 3, t('documents.section.callingRules')),
    { type: 'list', items: content.meta.callingRules.length > 0 ? content.meta.callingRules : [t('documents.none')], ordered: true },
  ];
}

const BLANK_ROWS = 22;

/** A blank form: its title, the fields filled in once per sheet, and the columns of its rows. */
export interface FormSpec {
  readonly title: string;
  readonly fields: readonly string[];
  readonly columns: readonly TableColumn[];
}

/** Blank logbook and decision list: the forms the logbook keeper fills in by hand when nothing else works. */
export function formSpecs(model: DocumentModel): FormSpec[] {
  const { t } = model;
  const fields = [t('documents.form.scenario'), t('documents.form.date'), t('documents.form.keeper')];
  return [
    {
      title: t('documents.appendix.logbook'),
      fields,
      columns: [
        { title: t('documents.column.time'), width: 1 },
        { title: t('documents.column.fromTo'), width: 3 },
        { title: t('documents.column.message'), width: 7 },
        { title: t('documents.column.followUp'), width: 3 },
      ],
    },
    {
      title: t('documents.appendix.decisions'),
      fields,
      columns: [
        { title: t('documents.column.decisionNumber'), width: 1 },
        { title: t('documents.column.time'), width: 1 },
        { title: t('documents.column.decision'), width: 7 },
        { title: t('documents.column.decidedBy'), width: 2 },
        { title: t('documents.column.who'), width: 2 },
        { title: t('documents.column.deadline'), width: 2 },
      ],
    },
  ];
}

/** The forms as outline blocks, for the Word documents. */
export function formBlocks(model: DocumentModel, level: 1 | 2 = 1): Block[] {
  const { t } = model;
  return formSpecs(model).flatMap((form) => [
    heading(level, form.title, true),
    { type: 'fields', rows: [...form.fields, t('documents.form.sheet')].map((field): [string, string] => [field, ' ']) },
    { type: 'table', columns: form.columns, rows: Array.from({ length: BLANK_ROWS }, () => form.columns.map(() => '')) },
  ]);
}

export function appendixBlocks(model: DocumentModel): Block[] {
  return [...contactListBlocks(model), ...callTreeBlocks(model), ...distributionBlocks(model), ...formBlocks(model)];
}
