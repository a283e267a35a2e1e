import type { DocumentModel } from '../model/document-model.js';
import { heading, list, paragraphs, type Block } from './blocks.js';

/** Chapter 2: purpose, scope and the plans this one relates to. */
export function purposeBlocks(model: DocumentModel): Block[] {
  const { t, content } = model;
  const { meta } = content;
  return [
    heading(1, t('documents.chapter.purpose'), true),
    heading(2, t('documents.section.purpose')),
    ...paragraphs(meta.purpose),
    heading(2, t('documents.section.scope')),
    ...paragraphs(meta.scope),
    heading(2, t('documents.section.relatedPlans')),
    ...list(meta.relatedPlans),
  ];
}

/** Chapter 3: the crisis roles with their holders and deputies, and each role's task card. */
export function organisationBlocks(model: DocumentModel): Block[] {
  const { t, content } = model;
  const blocks: Block[] = [
    heading(1, t('documents.chapter.organisation'), true),
    {
      type: 'table',
      columns: [
        { title: t('documents.column.role'), width: 4 },
        { title: t('documents.column.team'), width: 3 },
        { title: t('documents.column.primary'), width: 3 },
        { title: t('documents.column.deputies'), width: 4 },
        { title: t('documents.column.mayActivate'), width: 2 },
      ],
      rows: content.roles.map((role) => [
        role.name,
        role.team ?? '',
        model.personName(role.primaryPersonId),
        role.deputyPersonIds.map((id) => model.personName(id)),
        role.mayActivate ? t('documents.yes') : t('documents.no'),
      ]),
    },
    heading(2, t('documents.section.taskCards')),
  ];
  for (const role of content.roles) {
    blocks.push(heading(3, role.name), ...paragraphs(role.description), ...list(role.tasks));
  }
  return blocks;
}
