import type { DocumentModel } from '../model/document-model.js';
import { appendixBlocks, contactListBlocks } from './appendices.js';
import { heading, list, type Block } from './blocks.js';
import { communicationBlocks, resourceBlocks, testingBlocks } from './communication-and-resources.js';
import { documentControlBlocks } from './document-control.js';
import { firstHourBlocks } from './first-hour.js';
import { biaBlocks, processCardBlocks } from './processes.js';
import { organisationBlocks, purposeBlocks } from './purpose-and-organisation.js';
import { actionCardBlocks, scenarioBlocks } from './scenarios.js';

/** The whole plan in the order of the domain's outline (ISO 22301 §8.4): chapters 0-9 and the appendices. */
export function planOutline(model: DocumentModel, options: { tableOfContents: boolean }): Block[] {
  return [
    ...documentControlBlocks(model),
    ...(options.tableOfContents ? [{ type: 'tableOfContents', title: model.t('documents.contents') } as const] : []),
    ...firstHourBlocks(model),
    ...purposeBlocks(model),
    ...organisationBlocks(model),
    ...biaBlocks(model),
    heading(1, model.t('documents.chapter.workarounds')),
    ...processCardBlocks(model, 2).slice(1),
    ...scenarioBlocks(model),
    ...communicationBlocks(model),
    ...resourceBlocks(model),
    ...testingBlocks(model),
    ...appendixBlocks(model),
  ];
}

/** The contact list on its own: people, external contacts and organisations. */
export function contactsOutline(model: DocumentModel): Block[] {
  return contactListBlocks(model).map((block) => (block.type === 'heading' && block.level === 1 ? { ...block, newPage: false } : block));
}

/** The action cards on their own, one scenario per page. */
export function actionCardsOutline(model: DocumentModel): Block[] {
  const cards = model.content.scenarios.flatMap((scenario) => actionCardBlocks(scenario, model, 1));
  return [
    heading(1, model.t('documents.chapter.scenarios')),
    ...list(model.content.scenarios.map((scenario) => scenario.name)),
    ...cards,
  ];
}
