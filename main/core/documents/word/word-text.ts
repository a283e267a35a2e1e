import { Paragraph, TextRun, type IParagraphOptions, type IRunOptions } from 'docx';
import { printableText } from '../../../../shared/text-safety.js';

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** Runs for plan text: sanitized for XML, with line breaks kept as breaks inside the paragraph. */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  return printableText(text)
    .split(/\r\n|\r|\n/)
    .map((line, index) => new TextRun({ ...style, text: line, ...(index > 0 ? { break: 1 } : {}) }));
}

export function textParagraph(text: string, options: Omit<IParagraphOptions, 'children' | 'text'> = {}, style: RunStyle = {}): Paragraph {
  return new Paragraph({ ...options, children: textRuns(text, style) });
}
