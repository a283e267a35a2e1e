import type { DocumentOutcome } from '../../../shared/documents-contract.js';
import type { Translate } from '../../../shared/i18n/index.js';

/** What the user is told after a print or save, including a copy number that went void on a cancelled print. */
export function outcomeMessage(outcome: DocumentOutcome, action: 'print' | 'save', documentName: string, t: Translate): string {
  const { completed, copyNumber, fileName } = outcome;
  if (!completed) return copyNumber === undefined ? t('print.done.cancelled') : t('print.done.printCancelledCopy', { copyNumber });
  if (action === 'print') {
    return copyNumber === undefined
      ? t('print.done.printed', { document: documentName })
      : t('print.done.printedCopy', { document: documentName, copyNumber });
  }
  const name = fileName ?? '';
  return copyNumber === undefined
    ? t('print.done.saved', { document: documentName, fileName: name })
    : t('print.done.savedCopy', { document: documentName, fileName: name, copyNumber });
}
