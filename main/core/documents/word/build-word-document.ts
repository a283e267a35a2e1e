import { Document, HeadingLevel, Packer, PageOrientation, Paragraph, type FileChild, type ISectionOptions } from 'docx';
import type { MessageKey } from '../../../../shared/i18n/index.js';
import type { SignedPlan } from '../../../../shared/plan/plan.js';
import { buildDocumentModel, type DocumentModel, type DocumentOptions } from '../model/document-model.js';
import type { Block } from '../outline/blocks.js';
import { actionCardsOutline, contactsOutline, planOutline } from '../outline/plan-outline.js';
import { evidenceOutline } from '../outline/evidence.js';
import { marksFooter, marksHeader } from './page-marks.js';
import { wordSections } from './word-blocks.js';
import { wordStyles } from './word-styles.js';
import { textParagraph } from './word-text.js';

import type { WordDocumentKind } from './word-document-kinds.js';
import { wordTitleKeys } from '../../../../shared/documents-contract.js';

// A4 in twentieths of a point, with 2 cm margins.
const A4_SHORT = 11_906;
const A4_LONG = 16_838;
const MARGIN = 1_134;

function textWidth(orientation: 'portrait' | 'landscape'): number {
  return (orientation === 'portrait' ? A4_SHORT : A4_LONG) - 2 * MARGIN;
}

/** The cover: which plan, which revision, whose key, which copy, for whom, and that it expires. */
function coverParagraphs(model: DocumentModel, kind: WordDocumentKind): FileChild[] {
  const { t, marks, content, options } = model;
  const lines = [
    content.meta.organisationName,
    t('documents.marks.revision', { revision: marks.revision }) +
      (content.meta.versionLabel === undefined ? '' : ` (${t('documents.field.version')} ${content.meta.versionLabel})`),
    t('documents.marks.fingerprint', { fingerprint: marks.fingerprint }),
    ...(options.copyNumber === undefined ? [] : [t('documents.marks.copyNumber', { copyNumber: options.copyNumber })]),
    t('documents.marks.audience', { audience: t(`documents.audience.${options.audience}` satisfies MessageKey) }),
    t('documents.marks.printed', { printedAt: marks.printedAt }),
    marks.classification,
    t('documents.marks.destroy'),
  ];
  return [
    textParagraph(t(wordTitleKeys[kind]), { heading: HeadingLevel.TITLE, spacing: { before: kind === 'plan' ? 2_400 : 0 } }),
    textParagraph(content.meta.title, { spacing: { after: 240 } }, { size: 28, bold: true }),
    ...lines.map((line) => textParagraph(line, {}, { size: 22 })),
    ...(kind === 'plan' ? [new Paragraph({ pageBreakBefore: true })] : [new Paragraph({})]),
  ];
}

function outlineFor(kind: WordDocumentKind, model: DocumentModel): Block[] {
  if (kind === 'plan') return planOutline(model, { tableOfContents: true });
  if (kind === 'contacts') return contactsOutline(model);
  if (kind === 'evidence') return evidenceOutline(model);
  return actionCardsOutline(model);
}

/** Build a Word document from the model. Exposed for the benchmark, which times model and document apart. */
export async function buildWordFromModel(kind: WordDocumentKind, model: DocumentModel): Promise<Buffer> {
  const header = marksHeader(model);
  const footer = marksFooter(model);
  const sections: ISectionOptions[] = wordSections(outlineFor(kind, model), model, textWidth).map((section, index) => ({
    properties: {
      page: {
        size: {
          // docx swaps width and height itself for landscape sections.
          width: A4_SHORT,
          height: A4_LONG,
          orientation: section.orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE,
        },
        margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 567, footer: 567 },
      },
    },
    headers: { default: header },
    footers: { default: footer },
    children: index === 0 ? [...coverParagraphs(model, kind), ...section.children] : section.children,
  }));
  const document = new Document({
    creator: 'Draaiboek',
    title: model.content.meta.title,
    description: model.t(wordTitleKeys[kind]),
    styles: wordStyles(model.language),
    features: { updateFields: kind === 'plan' },
    sections,
  });
  return Packer.toBuffer(document);
}

/** The plan, the contact list or the action cards as a Word document (docx). */
export function buildWordDocument(kind: WordDocumentKind, plan: SignedPlan, options: DocumentOptions): Promise<Buffer> {
  return buildWordFromModel(kind, buildDocumentModel(plan, options));
}
