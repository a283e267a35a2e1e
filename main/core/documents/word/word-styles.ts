import { AlignmentType, type IStylesOptions } from 'docx';
import type { Language } from '../../../../shared/i18n/index.js';

export const BODY_FONT = 'Arial';
const HALF_POINTS = 2;

/** Word's language tag for the proofing tools and hyphenation: Dutch, or British English. */
export function wordLanguage(language: Language): string {
  return language === 'en' ? 'en-GB' : 'nl-NL';
}

/**
 * Real Word styles (Heading1-3 with their outline levels), so the navigation pane and the table of contents
 * work and a municipality can restyle the document with its own template.
 */
export function wordStyles(language: Language): IStylesOptions {
  const lang = { value: wordLanguage(language) };
  return {
    default: {
      document: { run: { font: BODY_FONT, size: 10 * HALF_POINTS, language: lang }, paragraph: { spacing: { after: 80 } } },
      heading1: {
        run: { font: BODY_FONT, size: 16 * HALF_POINTS, bold: true, color: '1F3864' },
        paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
      },
      heading2: {
        run: { font: BODY_FONT, size: 13 * HALF_POINTS, bold: true, color: '2F5496' },
        paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
      },
      heading3: {
        run: { font: BODY_FONT, size: 11 * HALF_POINTS, bold: true },
        paragraph: { spacing: { before: 160, after: 60 }, keepNext: true },
      },
      title: { run: { font: BODY_FONT, size: 26 * HALF_POINTS, bold: true, color: '1F3864' } },
    },
    paragraphStyles: [
      {
        id: 'Small',
        name: 'Small',
        basedOn: 'Normal',
        run: { size: 8 * HALF_POINTS, color: '444444' },
      },
      {
        id: 'TableText',
        name: 'Table Text',
        basedOn: 'Normal',
        run: { size: 8 * HALF_POINTS },
        paragraph: { spacing: { after: 0 } },
      },
      {
        id: 'Marks',
        name: 'Page Marks',
        basedOn: 'Normal',
        run: { size: 7 * HALF_POINTS, color: '333333' },
        paragraph: { spacing: { after: 0 }, alignment: AlignmentType.LEFT },
      },
    ],
  };
}
