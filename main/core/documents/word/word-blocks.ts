import {
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  WidthType,
  type FileChild,
} from 'docx';
import type { DocumentModel } from '../model/document-model.js';
import { flattenCallTree } from '../../../../shared/plan/call-tree.js';
import { cellLines, type Block, type TableColumn, type Cell } from '../outline/blocks.js';
import { formatPhone } from '../../../../shared/plan/phone-display.js';
import { primaryPhone } from '../outline/contact-lines.js';
import { textParagraph, textRuns } from './word-text.js';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '999999' } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

function cell(content: Cell, widthTwips: number, header: boolean): TableCell {
  const lines = cellLines(content);
  return new TableCell({
    width: { size: widthTwips, type: WidthType.DXA },
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'D9E2F3', color: 'auto' } } : {}),
    children: (lines.length === 0 ? [''] : lines).map((line) => textParagraph(line, { style: 'TableText' }, header ? { bold: true } : {})),
  });
}

/** A table whose header row Word repeats at the top of every page it runs onto. */
export function wordTable(columns: readonly TableColumn[], rows: readonly (readonly Cell[])[], textWidth: number): Table {
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  const widths = columns.map((column) => Math.floor((column.width / total) * textWidth));
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((column, index) => cell(column.title, widths[index] ?? 0, true)) }),
      ...rows.map(
        (row) => new TableRow({ cantSplit: true, children: columns.map((_, index) => cell(row[index] ?? '', widths[index] ?? 0, false)) }),
      ),
    ],
  });
}

function fieldsTable(rows: readonly (readonly [string, string])[], textWidth: number): Table {
  const labelWidth = Math.floor(textWidth * 0.3);
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [labelWidth, textWidth - labelWidth],
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    // A record's fields (a process card) are read as one card: every row but the last keeps with the next,
    // which is how Word keeps a table on one page, and the heading's own keepNext holds it to the first row.
    rows: rows.map(([label, value], index) => {
      const paragraph = { style: 'TableText', keepNext: index < rows.length - 1 };
      return new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: labelWidth, type: WidthType.DXA },
            shading: { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' },
            children: [textParagraph(label, paragraph, { bold: true })],
          }),
          new TableCell({
            width: { size: textWidth - labelWidth, type: WidthType.DXA },
            children: value.split('\n').map((line) => textParagraph(line, paragraph)),
          }),
        ],
      });
    }),
  });
}

function callTreeParagraphs(block: Extract<Block, { type: 'callTree' }>, model: DocumentModel): Paragraph[] {
  return flattenCallTree(block.nodes).map(({ node, depth }) => {
    const person = model.person(node.entry.personId);
    const phone = person === undefined ? undefined : primaryPhone(person);
    const backup =
      node.entry.backupCallerPersonId === undefined
        ? ''
        : ` (${model.t('documents.callTree.backup', { name: model.personName(node.entry.backupCallerPersonId) })})`;
    const label = node.unreached ? ` ${model.t('documents.callTree.unreached')}` : '';
    return new Paragraph({
      indent: { left: 360 * depth },
      spacing: { after: 20 },
      children: [
        ...textRuns(model.personName(node.entry.personId), { bold: true }),
        ...textRuns(`${phone === undefined ? '' : `  ${formatPhone(phone.number)}`}${backup}${label}`),
      ],
    });
  });
}

/** Word content for blocks, one list per page orientation; an `orientation` block starts a new section. */
export function wordSections(
  blocks: readonly Block[],
  model: DocumentModel,
  textWidth: (orientation: 'portrait' | 'landscape') => number,
): { orientation: 'portrait' | 'landscape'; children: FileChild[] }[] {
  const sections: { orientation: 'portrait' | 'landscape'; children: FileChild[] }[] = [{ orientation: 'portrait', children: [] }];
  let current = sections[0] as { orientation: 'portrait' | 'landscape'; children: FileChild[] };
  for (const block of blocks) {
    const width = textWidth(current.orientation);
    switch (block.type) {
      case 'orientation':
        current = { orientation: block.orientation, children: [] };
        sections.push(current);
        break;
      case 'heading':
        current.children.push(
          textParagraph(block.text, { heading: HEADINGS[block.level], ...(block.newPage === true ? { pageBreakBefore: true } : {}) }),
        );
        break;
      case 'paragraph':
        current.children.push(
          textParagraph(block.text, block.emphasis === 'small' ? { style: 'Small' } : {}, block.emphasis === 'strong' ? { bold: true } : {}),
        );
        break;
      case 'list':
        block.items.forEach((item, index) =>
          current.children.push(
            block.ordered === true
              ? textParagraph(`${index + 1}. ${item}`, { indent: { left: 360, hanging: 360 } })
              : textParagraph(item, { bullet: { level: 0 } }),
          ),
        );
        break;
      case 'fields':
        if (block.rows.length > 0) current.children.push(fieldsTable(block.rows, width), new Paragraph({}));
        break;
      case 'table':
        if (block.rows.length === 0) {
          current.children.push(textParagraph(model.t('documents.none'), { style: 'Small' }));
        } else {
          current.children.push(wordTable(block.columns, block.rows, width), new Paragraph({}));
        }
        break;
      case 'callTree':
        current.children.push(...callTreeParagraphs(block, model));
        break;
      case 'tableOfContents':
        current.children.push(
          textParagraph(block.title, { heading: HeadingLevel.TITLE, pageBreakBefore: true }),
          new TableOfContents(block.title, { hyperlink: true, headingStyleRange: '1-2' }),
        );
        break;
      case 'pageBreak':
        current.children.push(new Paragraph({ pageBreakBefore: true }));
        break;
    }
  }
  return sections.filter((section, index) => index === 0 || section.children.length > 0);
}
