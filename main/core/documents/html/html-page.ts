import type { DocumentModel } from '../model/document-model.js';
import { cssString, escapeHtml } from '../model/text-safety.js';

export type PageSize = 'a4' | 'wallet-card';

const BASE_CSS = `
* { box-sizing: border-box; }
html { font-family: "Liberation Sans", Arial, "DejaVu Sans", sans-serif; font-size: 9.5pt; color: #000; }
body { margin: 0; }
h1 { font-size: 15pt; margin: 0 0 6pt; color: #1f3864; break-after: avoid; }
h2 { font-size: 12pt; margin: 10pt 0 4pt; color: #2f5496; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 8pt 0 3pt; break-after: avoid; }
.document-title { font-size: 20pt; font-weight: bold; color: #1f3864; margin: 0 0 2pt; }
.document-subtitle { font-size: 12pt; font-weight: bold; margin: 0 0 8pt; }
p { margin: 0 0 5pt; }
ul, ol { margin: 0 0 5pt; padding-left: 14pt; }
table { border-collapse: collapse; width: 100%; margin: 0 0 8pt; table-layout: fixed; }
thead { display: table-header-group; }
th, td { border: 0.5pt solid #888; padding: 1.5pt 3pt; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { background: #d9e2f3; font-weight: bold; }
tr { break-inside: avoid; }
table.fields th { width: 30%; background: #f2f2f2; }
/* A record's fields (a process card) are a handful of rows: read as one card, never torn over two pages. */
table.fields { break-inside: avoid; }
.small { font-size: 8pt; color: #333; }
.strong { font-weight: bold; }
.new-page { break-before: page; }
.landscape { page: wide; }
.line { display: block; }
.cover { text-align: left; padding-top: 40mm; }
.cover .title { font-size: 24pt; font-weight: bold; color: #1f3864; margin-bottom: 8mm; }
.cover .copy { font-size: 20pt; font-weight: bold; border: 1.5pt solid #000; display: inline-block; padding: 2mm 5mm; margin: 6mm 0; }
.cover p { font-size: 12pt; }
.tree, .tree ul { list-style: none; margin: 0; padding-left: 0; }
.tree ul { margin-left: 9pt; padding-left: 9pt; border-left: 0.75pt solid #555; }
.tree li { margin: 1.5pt 0; break-inside: avoid; }
.tree .node { display: inline-block; border: 0.75pt solid #333; border-radius: 2pt; padding: 1pt 4pt; }
.tree ul > li::before { content: ""; display: inline-block; width: 8pt; border-top: 0.75pt solid #555; vertical-align: middle; margin-left: -9pt; margin-right: 1pt; }
.tree .unreached { border-style: dashed; }
`;

function pageRules(model: DocumentModel, size: PageSize): string {
  const { marks, t } = model;
  const [before, between, after] = t('documents.marks.pageOf', { page: '{page}', pages: '{pages}' }).split(/\{page\}|\{pages\}/);
  const pageOf = `${cssString(before ?? '')} counter(page) ${cssString(between ?? '')} counter(pages) ${cssString(after ?? '')}`;
  const footer = [
    t('documents.marks.revision', { revision: marks.revision }),
    t('documents.marks.fingerprint', { fingerprint: marks.fingerprint }),
    t('documents.marks.printed', { printedAt: marks.printedAt }),
  ].join(' | ');
  if (size === 'wallet-card') {
    // A wallet card has no room for margins boxes left and right: one line top, one line bottom, tiny type.
    return `
@page { size: 85.6mm 54mm; margin: 4mm 3mm 4.5mm;
  @top-center { content: ${cssString(marks.classification)}; font-size: 4.5pt; font-weight: bold; }
  @bottom-center { content: ${cssString(footer)} " | " ${pageOf}; font-size: 4pt; }
}
html { font-size: 5.6pt; }`;
  }
  const marginBoxes = `
  @top-left { content: ${cssString(marks.classification)}; font-size: 7.5pt; font-weight: bold; }
  @top-right { content: ${cssString(marks.title)}; font-size: 7.5pt; }
  @bottom-left { content: ${cssString(footer)}; font-size: 7pt; }
  @bottom-right { content: ${pageOf}; font-size: 7pt; }`;
  return `
@page { size: A4; margin: 12mm 10mm 12mm; ${marginBoxes} }
@page wide { size: A4 landscape; margin: 12mm 10mm 12mm; ${marginBoxes} }`;
}

/**
 * A complete HTML document for print: the page size, and on every page the classification, title, revision,
 * signer fingerprint, print date and page X of Y (as CSS page margin boxes, outside the content, so they can
 * never overlap it). `body` is already escaped HTML.
 */
export function htmlDocument(model: DocumentModel, title: string, body: string, options: { size?: PageSize; css?: string } = {}): string {
  const lang = model.language === 'en' ? 'en-GB' : 'nl-NL';
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${BASE_CSS}${pageRules(model, options.size ?? 'a4')}${options.css ?? ''}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
