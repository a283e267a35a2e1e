import { enumLabels } from '../../../../shared/i18n/enum-labels.js';
import type { MessageKey } from '../../../../shared/i18n/index.js';
import type { CopyEntry } from '../../copies/copies-register.js';
import type { DocumentModel } from '../model/document-model.js';
import { formatInstant } from '../model/format.js';
import { escapeHtml } from '../model/text-safety.js';
import { callTreeBlocks, formSpecs } from '../outline/appendices.js';
import { heading, type Block } from '../outline/blocks.js';
import { applicationTableBlocks, locationBlocks } from '../outline/communication-and-resources.js';
import { distributionBlocks } from '../outline/document-control.js';
import { firstHourBlocks } from '../outline/first-hour.js';
import { processCardBlocks } from '../outline/processes.js';
import { actionCardsHtml } from './action-cards.js';
import { contactSheetBackHtml } from './contact-sheet-back.js';
import { contactSheetHtml } from './contact-sheet.js';
import { formSheetsHtml } from './form-sheet.js';
import { blocksHtml } from './html-blocks.js';


function coverHtml(model: DocumentModel): string {
  const { t, marks, content, options } = model;
  const line = (text: string): string => `<p>${escapeHtml(text)}</p>`;
  return `<section class="cover">
<div class="title">${escapeHtml(t('documents.printable.binder'))}</div>
<p><b>${escapeHtml(content.meta.title)}</b></p>
${line(content.meta.organisationName)}
${options.copyNumber === undefined ? '' : `<div class="copy">${escapeHtml(t('documents.marks.copyNumber', { copyNumber: options.copyNumber }))}</div>`}
${line(t('documents.marks.revision', { revision: marks.revision }) + (content.meta.versionLabel === undefined ? '' : ` (${t('documents.field.version')} ${content.meta.versionLabel})`))}
${line(t('documents.marks.fingerprint', { fingerprint: marks.fingerprint }))}
${line(t('documents.marks.audience', { audience: t(`documents.audience.${options.audience}` satisfies MessageKey) }))}
${line(t('documents.marks.printed', { printedAt: marks.printedAt }))}
<p><b>${escapeHtml(marks.classification)}</b></p>
${line(t('documents.marks.destroy'))}
</section>`;
}

function issuedCopiesBlocks(model: DocumentModel, copies: readonly CopyEntry[]): Block[] {
  const { t } = model;
  const issued = copies.filter((copy) => copy.planId === model.planId && copy.direction === 'out' && copy.copyNumber !== undefined);
  if (issued.length === 0) return [];
  return [
    heading(2, t('documents.binder.issuedCopies')),
    {
      type: 'list',
      items: issued.map((copy) =>
        t('documents.binder.copyLine', {
          copyNumber: copy.copyNumber ?? '',
          revision: copy.revision,
          audience: copy.audience === undefined ? '-' : t(enumLabels.audience[copy.audience]),
          at: formatInstant(copy.at, model.language),
          recipient: copy.recipient === undefined ? '' : `, ${copy.recipient}`,
        }),
      ),
    },
  ];
}

/** One part of the binder: its title in the contents, and its pages. */
export interface BinderPart {
  readonly title: string;
  readonly html: string;
}

/** The parts after the cover and the contents, each starting on a new page. */
export function binderParts(model: DocumentModel, copies: readonly CopyEntry[]): BinderPart[] {
  const { t } = model;
  const forms = formSpecs(model);
  return [
    { title: t('documents.chapter.firstHour'), html: blocksHtml(firstHourBlocks(model, 1), model) },
    // The sheet's own landscape page starts a new page; an empty page break before it would be a page of its own.
    { title: t('documents.printable.contactSheet'), html: contactSheetHtml(model) },
    { title: t('documents.printable.contactSheetBack'), html: `<div class="new-page"></div>${contactSheetBackHtml(model)}` },
    { title: t('documents.appendix.callTree'), html: blocksHtml(callTreeBlocks(model, 1), model) },
    { title: t('documents.printable.actionCards'), html: actionCardsHtml(model) },
    { title: t('documents.section.processCards'), html: blocksHtml(processCardBlocks(model, 1), model) },
    {
      title: `${t('documents.section.applications')}; ${t('documents.section.locations')}`,
      html: `<div class="new-page"></div>${blocksHtml([...applicationTableBlocks(model, 1), ...locationBlocks(model, 1)], model)}`,
    },
    { title: forms.map((form) => form.title).join('; '), html: formSheetsHtml(model, forms) },
    {
      title: t('documents.appendix.distribution'),
      html: blocksHtml([...distributionBlocks(model, 1), ...issuedCopiesBlocks(model, copies)], model),
    },
  ];
}

/**
 * The contents: each part with the page it starts on, when the layout was measured (`startPages`); without a
 * print engine to measure with (an HTML export), the parts are listed without page numbers.
 */
function contentsHtml(model: DocumentModel, parts: readonly BinderPart[], startPages: readonly number[] | undefined): string {
  const entries = parts
    .map((part, index) => {
      const page = startPages?.[index];
      return `<li class="toc-entry"><span class="toc-title">${escapeHtml(part.title)}</span>${page === undefined ? '' : `<span class="toc-page">${page}</span>`}</li>`;
    })
    .join('');
  return `<section class="new-page contents"><h1>${escapeHtml(model.t('documents.binder.contents'))}</h1><ul class="toc">${entries}</ul></section>`;
}

export const BINDER_CSS = `
.toc { list-style: none; padding: 0; margin: 4mm 0 0; font-size: 12pt; }
.toc-entry { display: flex; align-items: baseline; margin: 0 0 3mm; }
.toc-title { flex: 0 1 auto; }
.toc-entry::after { content: ""; order: 1; flex: 1 1 auto; border-bottom: 1pt dotted #555; margin: 0 2mm; }
.toc-page { order: 2; flex: 0 0 auto; font-weight: bold; }
`;

/**
 * The emergency binder: cover with the copy number, contents, and then every sheet the crisis team works
 * from on paper, each part starting on a new page. `startPages` are the measured first pages of the parts.
 */
export function binderHtml(model: DocumentModel, copies: readonly CopyEntry[], startPages?: readonly number[]): string {
  const parts = binderParts(model, copies);
  return [coverHtml(model), contentsHtml(model, parts, startPages), ...parts.map((part) => part.html)].join('\n');
}
