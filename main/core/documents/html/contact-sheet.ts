import type { DocumentModel } from '../model/document-model.js';
import { formatDayShort } from '../model/format.js';
import { formatPhone } from '../../../../shared/plan/phone-display.js';
import { escapeHtml } from '../model/text-safety.js';
import { activatorNames } from '../outline/first-hour.js';
import { channelLabel, primaryPhone, secondPhone } from '../outline/contact-lines.js';
import { tableHtml } from './html-blocks.js';

/**
 * A4 landscape with one line per person: a whole crisis team of about fifty fits one page in readable type,
 * numbers in bold and never broken across lines. Longer lists run on with the table header repeated.
 */
export const CONTACT_SHEET_CSS = `
@page sheet { size: A4 landscape; }
.sheet { page: sheet; }
.sheet h1 { font-size: 11pt; margin-bottom: 1pt; }
.sheet .meta { font-size: 7pt; margin-bottom: 2pt; line-height: 1.2; }
.sheet table { font-size: 7.2pt; margin-bottom: 0; }
.sheet th, .sheet td { padding: 0.4pt 2pt; line-height: 1.1; }
.sheet td { white-space: nowrap; overflow: hidden; }
.sheet td:nth-child(2), .sheet td:nth-child(3) { white-space: normal; }
.sheet td:nth-child(4), .sheet td:nth-child(5), .sheet td:nth-child(6) { font-weight: bold; }
`;

/** The emergency contact sheet: per crisis-team member the numbers to ring, and their place in the call tree. */
export function contactSheetHtml(model: DocumentModel): string {
  const { t, marks, options } = model;
  // Private numbers reach this far only for the crisis team (the model filtered them for everyone else).
  const withPrivate = model.content.people.some((person) => person.phones.some((phone) => phone.private));
  const columns = [
    { title: t('documents.column.number'), width: 2.6 },
    { title: t('documents.column.name'), width: 12 },
    { title: t('documents.column.role'), width: withPrivate ? 19 : 22 },
    { title: t('documents.column.mobile'), width: 8 },
    { title: t('documents.column.secondNumber'), width: 8 },
    ...(withPrivate ? [{ title: t('documents.column.private'), width: 8 }] : []),
    { title: t('documents.column.email'), width: withPrivate ? 16 : 17.4 },
    { title: t('documents.column.channel'), width: 6 },
    { title: t('documents.column.calledBy'), width: 7 },
    { title: t('documents.column.calls'), width: withPrivate ? 7.5 : 10 },
    { title: t('documents.column.verified'), width: 7 },
  ];
  const rows = model.crisisTeam.map((member) => {
    const first = primaryPhone(member.person);
    const second = secondPhone(member.person, false);
    const privateNumbers = member.person.phones.filter((phone) => phone.private).map((phone) => formatPhone(phone.number));
    const calledBy =
      member.callerNumber === undefined
        ? ''
        : member.backupCallerNumber === undefined
          ? String(member.callerNumber)
          : `${member.callerNumber} (${member.backupCallerNumber})`;
    return [
      String(member.number),
      member.person.name,
      member.roleLabels.join('; '),
      first === undefined ? '' : formatPhone(first.number),
      second === undefined ? '' : formatPhone(second.number),
      ...(withPrivate ? [privateNumbers.join(', ')] : []),
      member.person.email ?? '',
      channelLabel(member.person, model),
      calledBy,
      member.callsNumbers.join(', '),
      formatDayShort(member.person.lastVerified, model.language),
    ];
  });
  const meta = [
    t('documents.marks.revision', { revision: marks.revision }),
    t('documents.marks.fingerprint', { fingerprint: marks.fingerprint }),
    t('documents.marks.printed', { printedAt: marks.printedAt }),
    t('documents.marks.audience', { audience: t(`documents.audience.${options.audience}`) }),
    ...(options.copyNumber === undefined ? [] : [t('documents.marks.copyNumber', { copyNumber: options.copyNumber })]),
  ].join(' · ');
  return `<section class="sheet">
<h1>${escapeHtml(t('documents.printable.contactSheet'))}: ${escapeHtml(model.content.meta.organisationName)}</h1>
<p class="meta">${escapeHtml(meta)}<br><b>${escapeHtml(t('documents.sheet.mayActivate', { names: activatorNames(model).join(', ') }))}</b>. ${escapeHtml(t('documents.marks.destroy'))} ${escapeHtml(t('documents.sheet.legend'))}</p>
${tableHtml(columns, rows)}
</section>`;
}
