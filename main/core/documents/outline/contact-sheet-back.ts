import type { DocumentModel } from '../model/document-model.js';
import { heading, list, paragraphs, type Block } from './blocks.js';
import { organisationTableBlocks } from './communication-and-resources.js';

/** The back of the contact sheet: the external 24/7 lines, the alert message and the calling rules. */
export function contactSheetBackBlocks(model: DocumentModel): Block[] {
  const { t, content } = model;
  return [
    ...organisationTableBlocks(model, 1),
    heading(2, t('documents.section.alertMessage')),
    ...paragraphs(content.meta.alertMessage),
    heading(2, t('documents.section.callingRules')),
    ...list(content.meta.callingRules, true),
  ];
}
