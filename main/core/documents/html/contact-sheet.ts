import type { CrisisRole, Person } from '../../../../shared/plan/entities.js';
import { shortRoleName, type CrisisTeamMember, type DocumentModel } from '../model/document-model.js';
import { formatDayShort } from '../model/format.js';
import { formatPhone } from '../../../../shared/plan/phone-display.js';
import { escapeHtml } from '../model/text-safety.js';
import { activatorNames } from '../outline/first-hour.js';
import { channelLabel, emailLines, phoneLines, primaryPhone, secondPhone } from '../outline/contact-lines.js';
import { personLastVerified } from '../../../../shared/plan/person-verification.js';

/**
 * Up to this many people, the whole crisis team fits one landscape A4 side as one table in 8.5 pt type (a
 * row is one or two lines). A larger team gets the front by role and the back for the rest.
 */
export const CONTACT_SHEET_ONE_SIDE = 30;

/**
 * A4 landscape in 8.5 pt: numbers in bold and never broken across lines, e-mail addresses broken only after
 * the @, no word broken inside. Tables size their columns to their content.
 */
export const CONTACT_SHEET_CSS = `
@page sheet { size: A4 landscape; }
.sheet { page: sheet; }
.sheet h1 { font-size: 12pt; margin-bottom: 1pt; }
.sheet h2 { font-size: 10pt; margin: 3pt 0 2pt; color: #000; }
.sheet .meta { font-size: 8.5pt; margin-bottom: 3pt; line-height: 1.2; }
.sheet table { font-size: 8.5pt; margin-bottom: 0; table-layout: auto; }
.sheet th, .sheet td { padding: 0.6pt 2pt; line-height: 1.15; overflow-wrap: normal; }
.sheet .number { white-space: nowrap; font-weight: bold; }
.sheet .nr { white-space: nowrap; text-align: right; }
.sheet .role { font-weight: bold; }
.sheet .team th { background: #eef1f7; }
.sheet .columns { column-count: 2; column-gap: 5mm; }
.sheet .columns table { table-layout: fixed; }
.sheet .deputy { font-style: italic; }
.sheet .label { font-weight: normal; }
.sheet tbody.group { break-inside: avoid; }
.sheet .rest { break-before: page; }
`;

const cell = (html: string, className = ''): string => `<td${className === '' ? '' : ` class="${className}"`}>${html}</td>`;
const lines = (items: readonly string[]): string => items.map(escapeHtml).join('<br>');
/** An e-mail address may wrap after its @, never inside a word. */
/** One address a line, breakable after the @ so a long one does not widen the column. */
const emails = (addresses: readonly string[]): string => addresses.map((address) => escapeHtml(address).replace('@', '@<wbr>')).join('<br>');

function headRow(titles: readonly string[]): string {
  return `<thead><tr>${titles.map((title) => `<th>${escapeHtml(title)}</th>`).join('')}</tr></thead>`;
}

function calledBy(member: CrisisTeamMember): string {
  if (member.callerNumber === undefined) return '';
  return member.backupCallerNumber === undefined ? String(member.callerNumber) : `${member.callerNumber} (${member.backupCallerNumber})`;
}

function privateNumbers(person: Person): string[] {
  return person.phones.filter((phone) => phone.private).map((phone) => formatPhone(phone.number));
}

/** The whole crisis team as one table, one row per person: for a team that fits one side. */
function wholeTeamTable(model: DocumentModel, withPrivate: boolean): string {
  const { t } = model;
  const head = headRow([
    t('documents.column.number'),
    t('documents.column.name'),
    t('documents.column.role'),
    t('documents.column.mobile'),
    t('documents.column.secondNumber'),
    ...(withPrivate ? [t('documents.column.private')] : []),
    t('documents.column.email'),
    t('documents.column.channel'),
    t('documents.column.calledBy'),
    t('documents.column.calls'),
    t('documents.column.verified'),
  ]);
  const rows = model.crisisTeam.map((member) => {
    const first = primaryPhone(member.person);
    const second = secondPhone(member.person, false);
    return `<tr>${[
      cell(String(member.number), 'nr'),
      cell(escapeHtml(member.person.name)),
      cell(lines(member.roleLabels)),
      cell(escapeHtml(first === undefined ? '' : formatPhone(first.number)), 'number'),
      cell(escapeHtml(second === undefined ? '' : formatPhone(second.number)), 'number'),
      ...(withPrivate ? [cell(lines(privateNumbers(member.person)), 'number')] : []),
      cell(emails(emailLines(member.person, model))),
      cell(escapeHtml(channelLabel(member.person, model))),
      cell(escapeHtml(calledBy(member)), 'nr'),
      cell(escapeHtml(member.callsNumbers.join(', '))),
      cell(escapeHtml(formatDayShort(personLastVerified(member.person), model.language)), 'number'),
    ].join('')}</tr>`;
  });
  return `<table>${head}<tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

/** The teams in the order their first role appears in the plan, each with its roles. */
function rolesByTeam(model: DocumentModel): [string, CrisisRole[]][] {
  const teams = new Map<string, CrisisRole[]>();
  for (const role of model.content.roles) {
    const team = role.team ?? model.t('documents.sheet.noTeam');
    teams.set(team, [...(teams.get(team) ?? []), role]);
  }
  return [...teams];
}

/**
 * The front of a large team: first whoever starts the alert (the roots of the call tree, with every number
 * they carry, the on-call number among them), then every role with its holder and deputies, grouped by
 * team, in two columns.
 */
function frontByRole(model: DocumentModel, withPrivate: boolean): string {
  const { t } = model;
  const memberOf = new Map(model.crisisTeam.map((member) => [member.person.id, member]));
  const head = `<colgroup><col style="width:29%"><col style="width:5%"><col style="width:27%"><col style="width:17%"><col style="width:22%"></colgroup>${headRow([t('documents.column.role'), t('documents.column.number'), t('documents.column.name'), t('documents.column.mobile'), t('documents.column.secondNumber')])}`;
  const personCells = (person: Person, prefix: string): string => {
    const first = primaryPhone(person);
    const second = secondPhone(person, false);
    const privateLabel = escapeHtml(t('documents.column.private').toLowerCase());
    const others = [
      ...(second === undefined ? [] : [`<span class="number">${escapeHtml(formatPhone(second.number))}</span>`]),
      ...(withPrivate ? privateNumbers(person).map((number) => `<span class="number">${escapeHtml(number)}</span> <span class="label">(${privateLabel})</span>`) : []),
    ];
    return [
      cell(String(memberOf.get(person.id)?.number ?? ''), 'nr'),
      cell(`${prefix === '' ? '' : `<span class="deputy">${escapeHtml(prefix)}</span> `}${escapeHtml(person.name)}`),
      cell(escapeHtml(first === undefined ? '' : formatPhone(first.number)), 'number'),
      cell(others.join('<br>')),
    ].join('');
  };
  const alertRows = model.callTree
    .filter((node) => !node.unreached)
    .flatMap((node) => {
      const member = memberOf.get(node.entry.personId);
      if (member === undefined) return [];
      const first = primaryPhone(member.person);
      // Every other number with its kind, the on-call number among them.
      const rest = phoneLines({ ...member.person, phones: member.person.phones.filter((phone) => phone !== first) }, model);
      return [
        `<tr>${[
          cell(lines(member.roleLabels), 'role'),
          cell(String(member.number), 'nr'),
          cell(escapeHtml(member.person.name)),
          cell(escapeHtml(first === undefined ? '' : formatPhone(first.number)), 'number'),
          cell(lines(rest)),
        ].join('')}</tr>`,
      ];
    });
  const group = (title: string, rows: readonly string[]): string =>
    `<tbody class="group"><tr class="team"><th colspan="5">${escapeHtml(title)}</th></tr>${rows.join('')}</tbody>`;
  const teamGroups = rolesByTeam(model).map(([team, roles]) =>
    roles
      .map((role, index) => {
        const people = [role.primaryPersonId, ...role.deputyPersonIds].flatMap((id) => {
          const person = model.person(id);
          return person === undefined ? [] : [{ person, deputy: id !== role.primaryPersonId }];
        });
        const roleCell = `<td class="role" rowspan="${Math.max(people.length, 1)}">${escapeHtml(shortRoleName(role))}</td>`;
        const rows = people.length === 0 ? [`<tr>${roleCell}<td colspan="4">-</td></tr>`] : people.map(({ person, deputy }, row) => `<tr>${row === 0 ? roleCell : ''}${personCells(person, deputy ? t('documents.sheet.deputy') : '')}</tr>`);
        // The team's title stays with its first role.
        return index === 0 ? group(team, rows) : `<tbody class="group">${rows.join('')}</tbody>`;
      })
      .join(''),
  );
  return `<div class="columns"><table>${head}${alertRows.length === 0 ? '' : group(t('documents.sheet.alertFirst'), alertRows)}${teamGroups.join('')}</table></div>`;
}

/** The back of a large team: everyone on the call tree, with mobile, e-mail and place in the call tree. */
function restTable(model: DocumentModel): string {
  const { t } = model;
  const head = `<colgroup><col style="width:5%"><col style="width:23%"><col style="width:15%"><col style="width:37%"><col style="width:12%"><col style="width:8%"></colgroup>${headRow([
    t('documents.column.number'),
    t('documents.column.name'),
    t('documents.column.mobile'),
    t('documents.column.email'),
    t('documents.column.calledBy'),
    t('documents.column.calls'),
  ])}`;
  const rows = model.crisisTeam.map((member) => {
    const first = primaryPhone(member.person);
    return `<tr>${[
      cell(String(member.number), 'nr'),
      cell(escapeHtml(member.person.name)),
      cell(escapeHtml(first === undefined ? '' : formatPhone(first.number)), 'number'),
      cell(emails(emailLines(member.person, model))),
      cell(escapeHtml(calledBy(member)), 'nr'),
      cell(escapeHtml(member.callsNumbers.join(', '))),
    ].join('')}</tr>`;
  });
  return `<section class="rest"><h2>${escapeHtml(t('documents.sheet.rest'))}</h2><div class="columns"><table>${head}<tbody>\n${rows.join('\n')}\n</tbody></table></div></section>`;
}

/**
 * The emergency contact sheet. A team of up to CONTACT_SHEET_ONE_SIDE people gets one table on one side; a
 * larger one gets the crisis team by role on the front and everyone's e-mail and call-tree place on the back.
 */
export function contactSheetHtml(model: DocumentModel): string {
  const { t, marks, options } = model;
  // Private numbers reach this far only for the crisis team (the model filtered them for everyone else).
  const withPrivate = model.content.people.some((person) => person.phones.some((phone) => phone.private));
  const meta = [
    t('documents.marks.revision', { revision: marks.revision }),
    t('documents.marks.fingerprint', { fingerprint: marks.fingerprint }),
    t('documents.marks.printed', { printedAt: marks.printedAt }),
    t('documents.marks.audience', { audience: t(`documents.audience.${options.audience}`) }),
    ...(options.copyNumber === undefined ? [] : [t('documents.marks.copyNumber', { copyNumber: options.copyNumber })]),
  ].join(' · ');
  const oneSide = model.crisisTeam.length <= CONTACT_SHEET_ONE_SIDE;
  return `<section class="sheet">
<h1>${escapeHtml(t('documents.printable.contactSheet'))}: ${escapeHtml(model.content.meta.organisationName)}</h1>
<p class="meta">${escapeHtml(meta)}<br><b>${escapeHtml(t('documents.sheet.mayActivate', { names: activatorNames(model).join(', ') }))}</b>. ${escapeHtml(t('documents.marks.destroy'))} ${escapeHtml(t('documents.sheet.legend'))}</p>
${oneSide ? wholeTeamTable(model, withPrivate) : `${frontByRole(model, withPrivate)}\n${restTable(model)}`}
</section>`;
}
