import { Document, HeadingLevel, Packer, PageOrientation } from 'docx';
import type { CrisisView } from '../../../../shared/crisis/crisis-contract.js';
import type { SignedPlan } from '../../../../shared/plan/plan.js';
import { blocksHtml } from '../html/html-blocks.js';
import { htmlDocument } from '../html/html-page.js';
import { buildDocumentModel, type DocumentModel, type DocumentOptions } from '../model/document-model.js';
import { marksFooter, marksHeader } from '../word/page-marks.js';
import { wordSections } from '../word/word-blocks.js';
import { wordStyles } from '../word/word-styles.js';
import { textParagraph } from '../word/word-text.js';
import { crisisRecordOutline, crisisTitle, type CrisisRecordFacts } from './crisis-record-outline.js';

// A4 in twentieths of a point, with 2 cm margins, as the plan's own Word documents.
const A4_SHORT = 11_906;
const A4_LONG = 16_838;
const MARGIN = 1_134;

/**
 * The plan's document model with the crisis's own page marks: an exercise says OEFENING in the header of every
 * page, before the plan's classification; the running title names the crisis.
 */
function crisisModel(plan: SignedPlan, view: CrisisView, options: DocumentOptions): DocumentModel {
  const model = buildDocumentModel(plan, options);
  const classification = view.state.exercise ? `${model.t('documents.crisis.exerciseMark')} · ${model.marks.classification}` : model.marks.classification;
  return { ...model, marks: { ...model.marks, classification, title: crisisTitle(view, model) } };
}

/** The crisis record as a Word document; LibreOffice and Word open it alike. */
export async function buildCrisisRecordWord(plan: SignedPlan, view: CrisisView, facts: CrisisRecordFacts, options: DocumentOptions): Promise<Buffer> {
  const model = crisisModel(plan, view, options);
  const header = marksHeader(model);
  const footer = marksFooter(model);
  const width = (orientation: 'portrait' | 'landscape') => (orientation === 'portrait' ? A4_SHORT : A4_LONG) - 2 * MARGIN;
  const sections = wordSections(crisisRecordOutline(view, model, facts), model, width).map((section, index) => ({
    properties: {
      page: {
        size: { width: A4_SHORT, height: A4_LONG, orientation: section.orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE },
        margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 567, footer: 567 },
      },
    },
    headers: { default: header },
    footers: { default: footer },
    children: index === 0 ? [textParagraph(model.content.meta.organisationName, { heading: HeadingLevel.TITLE }), ...section.children] : section.children,
  }));
  const document = new Document({
    creator: 'Draaiboek',
    title: model.marks.title,
    description: model.t('documents.crisis.recordTitle', { title: model.marks.title }),
    styles: wordStyles(model.language),
    sections,
  });
  return Packer.toBuffer(document);
}

/** The crisis record as one HTML document for print and PDF, with the same marks on every page. */
export function buildCrisisRecordHtml(plan: SignedPlan, view: CrisisView, facts: CrisisRecordFacts, options: DocumentOptions): string {
  const model = crisisModel(plan, view, options);
  return htmlDocument(model, model.t('documents.crisis.recordTitle', { title: model.marks.title }), blocksHtml(crisisRecordOutline(view, model, facts), model));
}
