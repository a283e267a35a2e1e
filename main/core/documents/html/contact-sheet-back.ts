import { enumLabels } from '../../../../shared/i18n/enum-labels.js';
import type { DocumentModel } from '../model/document-model.js';
import { escapeHtml } from '../model/text-safety.js';
import { optionalPhone } from '../outline/contact-lines.js';
import { paragraphs } from '../outline/blocks.js';

/*
 * One A4 side to ring the outside world from: the table lays its columns out to their content (numbers never
 * wrap, words never break inside), so narrow columns stay narrow and the escalation steps get the width.
 */
export const CONTACT_SHEET_BACK_CSS = `
.back h1 { font-size: 13pt; margin-bottom: 3pt; }
.back h2 { font-size: 10.5pt; margin: 5pt 0 2pt; }
.back p, .back li { font-size: 8.5pt; line-height: 1.2; margin-bottom: 2pt; }
.back ol { margin-bottom: 0; }
.back table.external { table-layout: auto; font-size: 8pt; margin-bottom: 2pt; }
.back table.external th, .back table.external td { padding: 0.8pt 2.5pt; line-height: 1.15; overflow-wrap: normal; }
.back table.external .number { white-space: nowrap; font-weight: bold; }
.back table.external .kind { display: block; font-weight: normal; }
.back table.external .steps { margin-right: 4pt; }
`;

/** The back of the contact sheet: the external numbers, the alert message and the calling rules. */
export function contactSheetBackHtml(model: DocumentModel): string {
  const { t, content } = model;
  const rows = content.organisations
    .map((organisation) => {
      const kind = t(enumLabels.organisationKind[organisation.kind]);
      const contract = organisation.contractNumber === undefined ? '' : ` · ${t('documents.column.contractNumber')} ${organisation.contractNumber}`;
      const steps = organisation.escalation.map((step, index) => `<span class="steps">${index + 1}. ${escapeHtml(step)}</span>`).join('');
      return `<tr><td><b>${escapeHtml(organisation.name)}</b><span class="kind">${escapeHtml(kind + contract)}</span></td><td class="number">${escapeHtml(optionalPhone(organisation.line24x7))}</td><td class="number">${escapeHtml(optionalPhone(organisation.phone))}</td><td>${steps}</td></tr>`;
    })
    .join('\n');
  const alert = paragraphs(content.meta.alertMessage).map((block) => (block.type === 'paragraph' ? `<p>${escapeHtml(block.text)}</p>` : ''));
  const rules = content.meta.callingRules.filter((rule) => rule.trim() !== '');
  return `<section class="back">
<h1>${escapeHtml(t('documents.printable.contactSheetBack'))}</h1>
<h2>${escapeHtml(t('documents.section.organisations'))}</h2>
${
  rows === ''
    ? `<p>${escapeHtml(t('documents.none'))}</p>`
    : `<table class="external"><thead><tr><th>${escapeHtml(t('documents.column.organisation'))}</th><th>${escapeHtml(t('documents.column.line24x7'))}</th><th>${escapeHtml(t('documents.column.phone'))}</th><th>${escapeHtml(t('documents.column.escalation'))}</th></tr></thead><tbody>
${rows}
</tbody></table>`
}
<h2>${escapeHtml(t('documents.section.alertMessage'))}</h2>
${alert.join('\n')}
<h2>${escapeHtml(t('documents.section.callingRules'))}</h2>
${rules.length === 0 ? `<p>${escapeHtml(t('documents.none'))}</p>` : `<ol>${rules.map((rule) => `<li>${escapeHtml(rule)}</li>`).join('')}</ol>`}
</section>`;
}
