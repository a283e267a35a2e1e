import type { Person } from '../../../../shared/plan/entities.js';
import { shortRoleName, type DocumentModel } from '../model/document-model.js';
import { formatPhone } from '../../../../shared/plan/phone-display.js';
import { escapeHtml } from '../model/text-safety.js';
import { optionalPhone, phoneLabelOnPaper, primaryPhone } from '../outline/contact-lines.js';

/*
 * Front: the numbers to ring first, in type to read at arm's length (numbers 9.5 pt bold); a further
 * number's label stands where the name would, so a long one ("piketnummer AOV, doorgeschakeld") never squeezes
 * the names. Back: the first
 * hour, the outside numbers and where to fall back to, in 6.5 pt at the least.
 */
export const POCKET_CARD_CSS = `
.card { font-size: 6.5pt; }
.card h1 { font-size: 7pt; margin: 0 0 1pt; }
.card h2 { font-size: 7pt; margin: 2pt 0 0.5pt; color: #000; }
.card p, .card li { margin: 0; line-height: 1.2; }
.card ul { padding-left: 7pt; margin: 0; }
.card table { margin: 0; table-layout: auto; }
.card td, .card th { border: none; padding: 0.3pt 1pt; overflow-wrap: normal; vertical-align: baseline; }
.card .first td { font-size: 7.5pt; }
.card .first td.number { font-size: 9.5pt; font-weight: bold; white-space: nowrap; text-align: right; }
.card .first td.kind { font-size: 6.5pt; padding-left: 6pt; }
.card .first tr.group td { border-top: 0.5pt solid #888; }
.card .numbers td.number { white-space: nowrap; font-weight: bold; text-align: right; }
.card .back { break-before: page; }
`;

/**
 * What a wallet card holds: the activating roles (in plan order), the outside numbers and the fallback sites
 * that fit, each side one card; the contact sheet and the binder hold the rest.
 */
export const POCKET_CARD_LIMITS = { activatingRoles: 3, keyNumbers: 6, fallbackSites: 2 } as const;

/** The organisations a crisis team rings first: emergency services and government partners with a 24/7 line. */
function keyNumbers(model: DocumentModel): [string, string][] {
  const { content, t } = model;
  const rows: [string, string][] = [];
  if (content.meta.generalPhone !== undefined) rows.push([t('documents.pocket.generalNumber'), optionalPhone(content.meta.generalPhone)]);
  for (const organisation of content.organisations) {
    if (organisation.kind !== 'emergency-service' && organisation.kind !== 'government') continue;
    const number = organisation.line24x7 ?? organisation.phone;
    if (number !== undefined) rows.push([organisation.name, optionalPhone(number)]);
  }
  return rows.slice(0, POCKET_CARD_LIMITS.keyNumbers);
}

function row(who: string, number: string, group: boolean): string {
  return `<tr${group ? ' class="group"' : ''}><td>${who}</td><td class="number">${escapeHtml(number)}</td></tr>`;
}

/** A further number of the person above: its label where the name would stand. */
function labelledRow(label: string, number: string): string {
  return `<tr><td class="kind">${escapeHtml(label)}</td><td class="number">${escapeHtml(number)}</td></tr>`;
}

/**
 * Whom to ring first: whoever starts the alert, with every number they carry that is not private (the on-call
 * number among them), then the first roles that may activate the plan, each with its holder and first deputy.
 */
function firstNumbersHtml(model: DocumentModel): string {
  const { t } = model;
  const rows: string[] = [];
  for (const node of model.callTree.filter((entry) => !entry.unreached)) {
    const person = model.person(node.entry.personId);
    if (person === undefined) continue;
    const first = primaryPhone(person);
    const phones = [...(first === undefined ? [] : [first]), ...person.phones.filter((phone) => phone !== first && !phone.private)];
    phones.forEach((phone, index) => {
      rows.push(
        index === 0
          ? row(`<b>${escapeHtml(t('documents.pocket.alert'))}:</b> ${escapeHtml(person.name)}`, formatPhone(phone.number), true)
          : labelledRow(phoneLabelOnPaper(phone, model), formatPhone(phone.number)),
      );
    });
  }
  const personRow = (label: string, person: Person | undefined, group: boolean): void => {
    const phone = person === undefined ? undefined : primaryPhone(person);
    if (person === undefined) return;
    rows.push(row(`${label} ${escapeHtml(person.name)}`, phone === undefined ? '' : formatPhone(phone.number), group));
  };
  for (const role of model.content.roles.filter((candidate) => candidate.mayActivate).slice(0, POCKET_CARD_LIMITS.activatingRoles)) {
    personRow(`<b>${escapeHtml(shortRoleName(role))}:</b>`, model.person(role.primaryPersonId), true);
    personRow(escapeHtml(t('documents.sheet.deputy')), model.person(role.deputyPersonIds[0]), false);
  }
  return `<table class="first"><tbody>${rows.join('')}</tbody></table>`;
}

/** The wallet card: on the front whom to ring first, on the back the first hour and the numbers outside. */
export function pocketCardHtml(model: DocumentModel): string {
  const { t, content } = model;
  const list = (items: readonly string[]): string => `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
  const fallback = content.locations
    .filter((location) => location.kind === 'fallback-site' || location.kind === 'neighbouring-municipality')
    .slice(0, POCKET_CARD_LIMITS.fallbackSites)
    .map((location) => [location.name, location.address ?? ''].filter((part) => part !== '').join(', '));
  const numbers = keyNumbers(model)
    .map(([name, number]) => `<tr><td>${escapeHtml(name)}</td><td class="number">${escapeHtml(number)}</td></tr>`)
    .join('');
  return `<section class="card">
<h1>${escapeHtml(t('documents.printable.pocketCard'))}: ${escapeHtml(content.meta.organisationName)}</h1>
${firstNumbersHtml(model)}
<div class="back">
<h2>${escapeHtml(t('documents.pocket.firstHour'))}</h2><p>${escapeHtml(t('documents.pocket.firstHourSteps'))}</p>
<h2>${escapeHtml(t('documents.pocket.numbers'))}</h2><table class="numbers"><tbody>${numbers}</tbody></table>
${fallback.length === 0 ? '' : `<h2>${escapeHtml(t('documents.pocket.fallback'))}</h2>${list(fallback)}`}
</div>
</section>`;
}
