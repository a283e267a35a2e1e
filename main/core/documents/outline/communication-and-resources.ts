import { enumLabels } from '../../../../shared/i18n/enum-labels.js';
import type { DocumentModel } from '../model/document-model.js';
import { formatDuration } from '../model/format.js';
import { heading, list, paragraphs, type Block } from './blocks.js';
import { optionalPhone } from './contact-lines.js';

/** Chapters 6 and 7: channels that survive the failure, the alert message, and the meeting cycle. */
export function communicationBlocks(model: DocumentModel): Block[] {
  const { t, content } = model;
  const { meta } = content;
  return [
    heading(1, t('documents.chapter.communication'), true),
    ...list(meta.communication),
    heading(2, t('documents.section.alertMessage')),
    ...paragraphs(meta.alertMessage),
    heading(2, t('documents.section.callingRules')),
    ...list(meta.callingRules, true),
    heading(1, t('documents.chapter.logbook')),
    ...paragraphs(meta.meetingCycle),
    { type: 'paragraph', text: t('documents.logbook.explanation') },
  ];
}

/** Supplier and contract list: who to ring when a supplier or partner is part of the problem. */
export function organisationTableBlocks(model: DocumentModel, level: 1 | 2 | 3 = 2): Block[] {
  const { t, content } = model;
  return [
    heading(level, t('documents.section.organisations')),
    {
      type: 'table',
      columns: [
        { title: t('documents.column.organisation'), width: 3 },
        { title: t('documents.column.service'), width: 5 },
        { title: t('documents.column.contractNumber'), width: 2 },
        { title: t('documents.column.phone'), width: 2 },
        { title: t('documents.column.line24x7'), width: 2 },
        { title: t('documents.column.escalation'), width: 5 },
      ],
      rows: content.organisations.map((organisation) => [
        [organisation.name, t(enumLabels.organisationKind[organisation.kind])],
        organisation.service ?? '',
        organisation.contractNumber ?? '',
        [optionalPhone(organisation.phone), organisation.email ?? ''],
        optionalPhone(organisation.line24x7),
        organisation.escalation.map((step, index) => `${index + 1}. ${step}`),
      ]),
    },
  ];
}

/** Applications with their own recovery targets and the manual fallback while they are down. */
export function applicationTableBlocks(model: DocumentModel, level: 1 | 2 | 3 = 2): Block[] {
  const { t, content } = model;
  return [
    heading(level, t('documents.section.applications')),
    {
      type: 'table',
      columns: [
        // Names of systems and suppliers are long single words ("Documentmanagementsysteem"): room enough
        // for them whole, taken from the fallback's prose, which wraps between words.
        { title: t('documents.column.application'), width: 5.5 },
        { title: t('documents.column.hosting'), width: 2 },
        { title: t('documents.column.supplier'), width: 4 },
        { title: t('documents.column.rto'), width: 1.5 },
        { title: t('documents.column.rpo'), width: 1.5 },
        { title: t('documents.column.manualFallback'), width: 5 },
      ],
      rows: content.applications.map((application) => [
        application.name,
        t(enumLabels.hosting[application.hosting]),
        model.organisationName(application.supplierId),
        formatDuration(application.rto, t, model.language),
        formatDuration(application.rpo, t, model.language),
        application.manualFallback ?? '',
      ]),
    },
  ];
}

export function locationBlocks(model: DocumentModel, level: 1 | 2 | 3 = 2): Block[] {
  const { t, content } = model;
  return [
    heading(level, t('documents.section.locations')),
    {
      type: 'table',
      columns: [
        { title: t('documents.column.location'), width: 3 },
        { title: t('documents.column.address'), width: 3 },
        { title: t('documents.column.phone'), width: 2 },
        // Wide enough for its heading ("Plaatsen") in one piece.
        { title: t('documents.column.capacity'), width: 2 },
        { title: t('documents.column.access'), width: 4.5 },
        { title: t('documents.column.facilities'), width: 4.5 },
      ],
      rows: content.locations.map((location) => [
        [location.name, t(enumLabels.locationKind[location.kind])],
        location.address ?? '',
        optionalPhone(location.phone),
        location.capacity === undefined ? '' : String(location.capacity),
        location.access ?? '',
        [...location.facilities],
      ]),
    },
  ];
}

/** Chapter 8: fallback sites, the emergency kit, vital records, applications and suppliers. */
export function resourceBlocks(model: DocumentModel): Block[] {
  const { t, content } = model;
  return [
    heading(1, t('documents.chapter.resources'), true),
    ...locationBlocks(model),
    heading(2, t('documents.section.emergencyKit')),
    ...list(content.meta.emergencyKit),
    heading(2, t('documents.section.vitalRecords')),
    ...list(content.meta.vitalRecords),
    ...applicationTableBlocks(model),
    ...organisationTableBlocks(model),
  ];
}

/** Chapter 9: the yearly exercise, its findings and what was done about them. */
export function testingBlocks(model: DocumentModel): Block[] {
  const { t, content } = model;
  const blocks: Block[] = [
    heading(1, t('documents.chapter.testing'), true),
    { type: 'paragraph', text: t('documents.testing.explanation') },
  ];
  for (const exercise of content.exercises) {
    blocks.push(
      heading(2, `${exercise.title} (${model.day(exercise.date)})`),
      {
        type: 'paragraph',
        text: t('documents.testing.exerciseLine', {
          kind: t(enumLabels.exerciseKind[exercise.kind]),
          participants: exercise.participantPersonIds.length,
        }),
      },
    );
    if (exercise.findings.length > 0) blocks.push(heading(3, t('documents.testing.findings')), ...list(exercise.findings));
    const actions = content.improvementActions.filter((action) => action.sourceExerciseId === exercise.id);
    if (actions.length > 0) {
      blocks.push(heading(3, t('documents.testing.actions')), {
        type: 'table',
        columns: [
          { title: t('documents.column.action'), width: 6 },
          { title: t('documents.column.who'), width: 3 },
          { title: t('documents.column.due'), width: 2 },
          { title: t('documents.column.status'), width: 2 },
        ],
        rows: actions.map((action) => [
          action.text,
          model.personName(action.ownerPersonId),
          model.day(action.dueDate),
          t(enumLabels.actionStatus[action.status]),
        ]),
      });
    }
  }
  return blocks;
}
