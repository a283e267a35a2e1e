import { enumLabels } from '../../../../shared/i18n/enum-labels.js';
import type { MessageKey } from '../../../../shared/i18n/index.js';
import type { DocumentModel } from '../model/document-model.js';
import { formatInstant } from '../model/format.js';
import { fields, heading, type Block } from './blocks.js';

/** Chapter 0: what this document is, who approved it, until when, and what changed. */
export function documentControlBlocks(model: DocumentModel): Block[] {
  const { t, content } = model;
  const { meta } = content;
  const blocks: Block[] = [
    heading(1, t('documents.chapter.documentControl')),
    fields([
      [t('documents.field.title'), meta.title],
      [t('documents.field.organisation'), meta.organisationName],
      [t('documents.field.version'), meta.versionLabel],
      [t('documents.field.revision'), String(model.revision)],
      [t('documents.field.savedAt'), formatInstant(model.savedAt, model.language)],
      [t('documents.field.fingerprint'), model.marks.fingerprint],
      [t('documents.field.classification'), meta.classification],
      [t('documents.field.approvedBy'), meta.approvedBy],
      [t('documents.field.approvedOn'), model.day(meta.approvedOn)],
      [t('documents.field.reviewedOn'), model.day(meta.reviewedOn)],
      [t('documents.field.validUntil'), model.day(meta.validUntil)],
      [t('documents.field.reviewDue'), model.day(meta.reviewDue)],
      [t('documents.field.owner'), meta.ownerPersonId === undefined ? undefined : model.personName(meta.ownerPersonId)],
      [t('documents.field.audience'), t(`documents.audience.${model.options.audience}` satisfies MessageKey)],
      [
        t('documents.field.copyNumber'),
        model.options.copyNumber === undefined ? undefined : String(model.options.copyNumber),
      ],
    ]),
  ];
  if (meta.changeHistory.length > 0) {
    blocks.push(heading(2, t('documents.section.changeHistory')), {
      type: 'table',
      columns: [
        { title: t('documents.column.version'), width: 1 },
        { title: t('documents.column.date'), width: 2 },
        { title: t('documents.column.author'), width: 2 },
        { title: t('documents.column.description'), width: 7 },
      ],
      rows: meta.changeHistory.map((entry) => [entry.version, model.day(entry.date), entry.author ?? '', entry.description]),
    });
  }
  return blocks;
}

/** The distribution list: who holds which numbered copy. */
export function distributionBlocks(model: DocumentModel, level: 1 | 2 = 1): Block[] {
  const { t, content } = model;
  return [
    heading(level, t('documents.appendix.distribution'), level === 1),
    {
      type: 'table',
      columns: [
        { title: t('documents.column.copyNumber'), width: 1 },
        { title: t('documents.column.holder'), width: 5 },
        { title: t('documents.column.medium'), width: 2 },
      ],
      rows: content.meta.distribution.map((entry) => [
        entry.copyNumber === undefined ? '' : String(entry.copyNumber),
        entry.personId === undefined ? entry.holder : `${entry.holder} (${model.personName(entry.personId)})`,
        t(enumLabels.copyMedium[entry.medium]),
      ]),
    },
  ];
}
