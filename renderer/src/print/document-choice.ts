import {
  printableDocumentKinds,
  printableTitleKeys,
  wordDocumentKindNames,
  type PrintableDocumentKind,
  type WordDocumentKindName,
} from '../../../shared/documents-contract.js';
import type { PlainMessageKey, Translate } from '../../../shared/i18n/index.js';

/** What the user picked in the print centre: a printable (preview, print, PDF) or a Word document. */
export type DocumentChoice =
  | { readonly type: 'printable'; readonly kind: PrintableDocumentKind }
  | { readonly type: 'word'; readonly kind: WordDocumentKindName };

const printableLabelKeys = printableTitleKeys;

const wordLabelKeys: Record<WordDocumentKindName, PlainMessageKey> = {
  plan: 'print.word.plan',
  contacts: 'print.word.contacts',
  'action-cards': 'print.word.action-cards',
  evidence: 'print.word.evidence',
};

export const printableChoices: readonly DocumentChoice[] = printableDocumentKinds.map((kind) => ({ type: 'printable', kind }));
export const wordChoices: readonly DocumentChoice[] = wordDocumentKindNames.map((kind) => ({ type: 'word', kind }));

export function choiceId(choice: DocumentChoice): string {
  return `${choice.type}:${choice.kind}`;
}

export function choiceLabel(choice: DocumentChoice, t: Translate): string {
  return choice.type === 'printable' ? t(printableLabelKeys[choice.kind]) : t(wordLabelKeys[choice.kind]);
}

/** The binder and the Word plan are numbered copies: they go in the register with the number on the cover. */
export function isNumberedCopy(choice: DocumentChoice): boolean {
  return (choice.type === 'printable' && choice.kind === 'binder') || (choice.type === 'word' && choice.kind === 'plan');
}
