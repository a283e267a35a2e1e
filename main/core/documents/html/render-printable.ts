import {
  printableDocumentKinds,
  printableTitleKeys,
  type PrintableDocumentKind,
} from '../../../../shared/documents-contract.js';
import type { SignedPlan } from '../../../../shared/plan/plan.js';
import type { CopyEntry } from '../../copies/copies-register.js';
import { buildDocumentModel, type DocumentModel, type DocumentOptions } from '../model/document-model.js';
import { callTreeBlocks, formSpecs } from '../outline/appendices.js';
import { evidenceOutline } from '../outline/evidence.js';
import { ACTION_CARD_CSS, actionCardsHtml, type CardLayout } from './action-cards.js';
import { BINDER_CSS, binderHtml } from './binder.js';
import { CONTACT_SHEET_BACK_CSS, contactSheetBackHtml } from './contact-sheet-back.js';
import { CONTACT_SHEET_CSS, contactSheetHtml } from './contact-sheet.js';
import { FORM_SHEET_CSS, formSheetsHtml } from './form-sheet.js';
import { blocksHtml } from './html-blocks.js';
import { htmlDocument } from './html-page.js';
import { escapeHtml } from '../model/text-safety.js';
import { POCKET_CARD_CSS, pocketCardHtml } from './pocket-card.js';

const A4_CSS = `${ACTION_CARD_CSS}${BINDER_CSS}${CONTACT_SHEET_CSS}${CONTACT_SHEET_BACK_CSS}${FORM_SHEET_CSS}`;

export const printableKinds = printableDocumentKinds;
export type PrintableKind = PrintableDocumentKind;
export { printableTitleKeys };

export interface PrintableOptions extends DocumentOptions {
  /** The copies register, for the binder's list of issued copies. */
  readonly issuedCopies?: readonly CopyEntry[];
  /** The page each binder part starts on, as measured by a first pass (see lay-out-printable.ts). */
  readonly binderStartPages?: readonly number[];
  /** Where each action card continues on a second page, as measured by a first pass. */
  readonly actionCardLayouts?: readonly CardLayout[];
  /** The measuring pass: a probe before each piece of each action card. */
  readonly actionCardProbes?: boolean;
}

/** Body HTML of one printable (no page shell), for standalone prints and for the binder. */
export function printableBody(kind: Exclude<PrintableKind, 'binder'>, model: DocumentModel, layout: Pick<PrintableOptions, 'actionCardLayouts' | 'actionCardProbes'> = {}): string {
  switch (kind) {
    case 'contact-sheet':
      return contactSheetHtml(model);
    case 'contact-sheet-back':
      return contactSheetBackHtml(model);
    case 'pocket-card':
      return pocketCardHtml(model);
    case 'call-tree':
      return blocksHtml(callTreeBlocks(model).map((block, index) => (index === 0 && block.type === 'heading' ? { ...block, newPage: false } : block)), model);
    case 'action-cards':
      return actionCardsHtml(model, layout.actionCardLayouts, layout.actionCardProbes === true);
    case 'forms':
      return formSheetsHtml(model, formSpecs(model));
    case 'evidence':
      // The same outline as the Word evidence pack, so the PDF and the document never differ; the Word file's
      // cover is its title page, here the title opens the first page.
      return `<p class="document-title">${escapeHtml(model.t('documents.title.evidence'))}</p><p class="document-subtitle">${escapeHtml(model.content.meta.title)}</p>\n${blocksHtml(evidenceOutline(model), model)}`;
  }
}

/**
 * A printable as one complete HTML document with print CSS: the page size, repeated table headers, and the
 * classification, revision, fingerprint and print date on every page. A pure function of the plan and options.
 */
export function renderPrintable(kind: PrintableKind, plan: SignedPlan, options: PrintableOptions): string {
  const model = buildDocumentModel(plan, options);
  const title = `${model.t(printableTitleKeys[kind])}: ${model.content.meta.title}`;
  if (kind === 'binder') return htmlDocument(model, title, binderHtml(model, options.issuedCopies ?? [], options.binderStartPages), { css: A4_CSS });
  if (kind === 'pocket-card') return htmlDocument(model, title, printableBody(kind, model), { size: 'wallet-card', css: POCKET_CARD_CSS });
  return htmlDocument(model, title, printableBody(kind, model, options), { css: A4_CSS });
}
