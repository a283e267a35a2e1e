import { enumLabels } from '../../../../shared/i18n/enum-labels.js';
import type { Scenario } from '../../../../shared/plan/entities.js';
import { impactOfScenario } from '../../../../shared/plan/impact/index.js';
import type { DocumentModel } from '../model/document-model.js';
import { formatDuration } from '../model/format.js';
import { fields, heading, list, paragraphs, type Block } from './blocks.js';

/** One action card: everything the crisis team needs for one scenario, on a page of its own. */
export function actionCardBlocks(scenario: Scenario, model: DocumentModel, level: 1 | 2 = 2): Block[] {
  const { t, content } = model;
  const sub = level === 1 ? 2 : 3;
  const impact = impactOfScenario(content, scenario.id);
  const unavailable = [
    ...scenario.unavailableApplicationIds.map((id) => model.applicationName(id)),
    ...scenario.unavailableSupplierIds.map((id) => model.organisationName(id)),
    ...scenario.unavailableLocationIds.map((id) => model.locationName(id)),
    ...scenario.unavailableRoleIds.map((id) => model.roleName(id)),
  ];
  const blocks: Block[] = [
    heading(level, t('documents.actionCard.title', { scenario: scenario.name }), true),
    ...paragraphs(scenario.description),
    heading(sub, t('documents.actionCard.activation')),
    ...list(scenario.activationCriteria),
    fields([[t('documents.actionCard.activatedBy'), scenario.activatedByRoleIds.map((id) => model.roleName(id)).join('; ')]]),
    heading(sub, t('documents.actionCard.strategy')),
    ...paragraphs(scenario.strategy),
    heading(sub, t('documents.actionCard.steps')),
    {
      type: 'table',
      columns: [
        { title: t('documents.column.phase'), width: 2 },
        { title: t('documents.column.action'), width: 7.5 },
        { title: t('documents.column.who'), width: 3 },
        { title: t('documents.column.deadline'), width: 2 },
        // Wide enough for its heading ("Gedaan") in bold on one line.
        { title: t('documents.column.done'), width: 1.5 },
      ],
      rows: scenario.steps.map((step) => [
        t(enumLabels.actionPhase[step.phase]),
        step.text,
        model.roleName(step.ownerRoleId),
        formatDuration(step.deadline, t, model.language),
        '',
      ]),
    },
  ];
  if (unavailable.length > 0) blocks.push(heading(sub, t('documents.actionCard.unavailable')), ...list(unavailable));
  if (impact.processes.length > 0) {
    blocks.push(heading(sub, t('documents.actionCard.processesHit')), {
      type: 'table',
      columns: [
        { title: t('documents.column.process'), width: 4 },
        { title: t('documents.column.criticality'), width: 2 },
        { title: t('documents.column.mtpd'), width: 2 },
        { title: t('documents.field.workaround'), width: 8 },
      ],
      rows: impact.processes.map((process) => [
        process.name,
        t(enumLabels.criticality[process.criticality]),
        formatDuration(process.mtpd, t, model.language),
        process.workaround ?? '',
      ]),
    });
  }
  if (scenario.recovery !== undefined) blocks.push(heading(sub, t('documents.actionCard.recovery')), ...paragraphs(scenario.recovery));
  if (scenario.returnToNormal !== undefined) {
    blocks.push(heading(sub, t('documents.actionCard.returnToNormal')), ...paragraphs(scenario.returnToNormal));
  }
  return blocks;
}

/** Chapter 5: the scenarios and their strategies, one action card per page. */
export function scenarioBlocks(model: DocumentModel, level: 1 | 2 = 1): Block[] {
  return [
    heading(level, model.t('documents.chapter.scenarios'), true),
    ...list(model.content.scenarios.map((scenario) => scenario.name)),
    ...model.content.scenarios.flatMap((scenario) => actionCardBlocks(scenario, model, level === 1 ? 2 : 1)),
  ];
}
