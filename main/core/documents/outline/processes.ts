import { enumLabels } from '../../../../shared/i18n/enum-labels.js';
import type { PlainMessageKey } from '../../../../shared/i18n/index.js';
import type { Process } from '../../../../shared/plan/entities.js';
import type { DocumentModel } from '../model/document-model.js';
import { formatDuration } from '../model/format.js';
import { fields, heading, type Block, type Cell } from './blocks.js';

export function legalDeadlineLines(process: Process, model: DocumentModel): string[] {
  return process.legalDeadlines.map((deadline) => {
    const detail = [formatDuration(deadline.term, model.t, model.language), deadline.source ?? '']
      .filter((part) => part !== '')
      .join(', ');
    return detail === '' ? deadline.description : `${deadline.description} (${detail})`;
  });
}

function dependencyLines(process: Process, model: DocumentModel): string[] {
  const { t } = model;
  const groups: [PlainMessageKey, string[]][] = [
    ['documents.dependency.applications', process.applicationIds.map((id) => model.applicationName(id))],
    ['documents.dependency.suppliers', process.supplierIds.map((id) => model.organisationName(id))],
    ['documents.dependency.roles', process.roleIds.map((id) => model.roleName(id))],
    ['documents.dependency.locations', process.locationIds.map((id) => model.locationName(id))],
    ['documents.dependency.baseRegisters', [...process.baseRegisters]],
  ];
  return groups.filter(([, names]) => names.length > 0).map(([key, names]) => `${t(key)}: ${names.join(', ')}`);
}

function ownerOf(process: Process, model: DocumentModel): string {
  return [model.roleName(process.ownerRoleId), model.personName(process.ownerPersonId)].filter((part) => part !== '').join(', ');
}

/** Chapter 4: the business impact analysis, one row per critical process, on landscape pages. */
export function biaBlocks(model: DocumentModel): Block[] {
  const { t, content } = model;
  const duration = (value: Process['mtpd']): string => formatDuration(value, t, model.language);
  const rows: Cell[][] = content.processes.map((process) => [
    process.name,
    ownerOf(process, model),
    t(enumLabels.criticality[process.criticality]),
    duration(process.mtpd),
    duration(process.rto),
    duration(process.rpo),
    process.mbco ?? '',
    legalDeadlineLines(process, model),
    dependencyLines(process, model),
  ]);
  return [
    { type: 'orientation', orientation: 'landscape' },
    heading(1, t('documents.chapter.bia')),
    { type: 'paragraph', text: t('documents.bia.explanation'), emphasis: 'small' },
    {
      type: 'table',
      columns: [
        { title: t('documents.column.process'), width: 3 },
        { title: t('documents.column.owner'), width: 3 },
        { title: t('documents.column.criticality'), width: 2 },
        { title: t('documents.column.mtpd'), width: 2 },
        { title: t('documents.column.rto'), width: 2 },
        { title: t('documents.column.rpo'), width: 2 },
        { title: t('documents.column.mbco'), width: 5 },
        { title: t('documents.column.legalDeadline'), width: 5 },
        { title: t('documents.column.dependencies'), width: 6 },
      ],
      rows,
    },
    { type: 'orientation', orientation: 'portrait' },
  ];
}

/** Process cards: per process the workaround and the deadline that makes it urgent. */
export function processCardBlocks(model: DocumentModel, level: 1 | 2 = 2): Block[] {
  const { t, content } = model;
  const sub = level === 1 ? 2 : 3;
  const blocks: Block[] = [heading(level, t('documents.section.processCards'), level === 1)];
  for (const process of content.processes) {
    blocks.push(
      heading(sub, process.name),
      fields([
        [t('documents.column.owner'), ownerOf(process, model)],
        [t('documents.column.criticality'), t(enumLabels.criticality[process.criticality])],
        [t('documents.column.mtpd'), formatDuration(process.mtpd, t, model.language)],
        [t('documents.column.rto'), formatDuration(process.rto, t, model.language)],
        [t('documents.column.legalDeadline'), legalDeadlineLines(process, model).join('\n')],
        [t('documents.column.mbco'), process.mbco],
        [t('documents.field.workaround'), process.workaround ?? t('documents.none')],
      ]),
    );
  }
  return blocks;
}
