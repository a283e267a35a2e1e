import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import type { DocumentModel } from '../model/document-model.js';
import { printableText } from '../../../../shared/text-safety.js';

/**
 * "pagina {page} van {pages}" as runs with live page fields, whatever the word order of the language.
 */
function pageOfRuns(model: DocumentModel): TextRun[] {
  const template = model.t('documents.marks.pageOf', { page: '{page}', pages: '{pages}' });
  return template
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) => {
      if (part === '{page}') return new TextRun({ children: [PageNumber.CURRENT] });
      if (part === '{pages}') return new TextRun({ children: [PageNumber.TOTAL_PAGES] });
      return new TextRun({ text: printableText(part) });
    });
}

export function marksHeader(model: DocumentModel): Header {
  return new Header({
    children: [
      new Paragraph({
        style: 'Marks',
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ text: printableText(model.marks.classification), bold: true })],
      }),
    ],
  });
}

/** Revision, signer fingerprint, print date and page X of Y: how a reader tells a current copy from an old one. */
export function marksFooter(model: DocumentModel): Footer {
  const { marks, t } = model;
  const line = [
    t('documents.marks.revision', { revision: marks.revision }),
    t('documents.marks.fingerprint', { fingerprint: marks.fingerprint }),
    t('documents.marks.printed', { printedAt: marks.printedAt }),
  ].join('  |  ');
  return new Footer({
    children: [
      new Paragraph({ style: 'Marks', children: [new TextRun({ text: printableText(`${marks.title}  |  ${line}`) })] }),
      new Paragraph({ style: 'Marks', alignment: AlignmentType.RIGHT, children: pageOfRuns(model) }),
    ],
  });
}
