import type { DocumentModel } from '../model/document-model.js';
import { escapeHtml } from '../model/text-safety.js';
import type { FormSpec } from '../outline/appendices.js';

/** Rows of 9 mm: room for a hand-written line. 26 of them, with the header, fill one A4 page. */
export const FORM_ROWS_PER_PAGE = 26;

export const FORM_SHEET_CSS = `
table.form { margin: 0; }
table.form .form-fields th { background: none; border: none; padding: 0 0 3mm; font-weight: normal; font-size: 10pt; }
table.form .form-fields .sheet-of { float: right; font-weight: bold; }
table.form .form-fields .field { display: inline-block; margin-right: 6mm; }
table.form .form-fields .blank { display: inline-block; border-bottom: 0.75pt solid #000; width: 38mm; height: 5mm; vertical-align: bottom; }
table.form tbody td { height: 9mm; }
`;

/**
 * A blank form to fill in by hand: "sheet __ of __", the fields of the sheet and the column headings sit in
 * the table head, so they repeat on every printed page; the body is rows to write in.
 */
export function formSheetHtml(model: DocumentModel, form: FormSpec, rows = FORM_ROWS_PER_PAGE): string {
  const { t } = model;
  const span = form.columns.length;
  const total = form.columns.reduce((sum, column) => sum + column.width, 0);
  const cols = form.columns.map((column) => `<col style="width:${((column.width / total) * 100).toFixed(2)}%">`).join('');
  const fields = form.fields.map((field) => `<span class="field">${escapeHtml(field)}: <span class="blank"></span></span>`).join('');
  const head = form.columns.map((column) => `<th>${escapeHtml(column.title)}</th>`).join('');
  const blankRow = `<tr>${form.columns.map(() => '<td></td>').join('')}</tr>`;
  return `<section class="form-sheet new-page"><h1>${escapeHtml(form.title)}</h1><table class="form"><colgroup>${cols}</colgroup><thead>
<tr class="form-fields"><th colspan="${span}"><span class="sheet-of">${escapeHtml(t('documents.form.sheetOf'))}</span>${fields}</th></tr>
<tr>${head}</tr></thead><tbody>
${Array.from({ length: rows }, () => blankRow).join('\n')}
</tbody></table></section>`;
}

/** The blank logbook and decision list, each a page of its own. */
export function formSheetsHtml(model: DocumentModel, forms: readonly FormSpec[]): string {
  return forms.map((form) => formSheetHtml(model, form)).join('\n');
}
