import type { DocumentModel } from '../model/document-model.js';
import { escapeHtml } from '../model/text-safety.js';
import { optionalPhone } from '../outline/contact-lines.js';
import { activatorLines, alertStarterLines } from '../outline/first-hour.js';

export const POCKET_CARD_CSS = `
.card h1 { font-size: 7pt; margin: 0 0 1pt; }
.card h2 { font-size: 6pt; margin: 2pt 0 0.5pt; color: #000; }
.card p, .card li { margin: 0; line-height: 1.2; }
.card ul { padding-left: 6pt; margin: 0; }
.card .numbers td, .card .numbers th { border: none; padding: 0 1pt; font-size: 5.6pt; }
.card .numbers { margin: 0; }
.card .numbers td:last-child { white-space: nowrap; font-weight: bold; text-align: right; width: 30%; }
`;

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
  return rows;
}

/** The wallet card: how to activate, whom to alert, the first hour, and the numbers that matter most. */
export function pocketCardHtml(model: DocumentModel): string {
  const { t, content } = model;
  const list = (items: readonly string[]): string => `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
  const fallback = content.locations
    .filter((location) => location.kind === 'fallback-site' || location.kind === 'neighbouring-municipality')
    .map((location) => [location.name, location.address ?? ''].filter((part) => part !== '').join(', '));
  const numbers = keyNumbers(model)
    .map(([name, number]) => `<tr><td>${escapeHtml(name)}</td><td>${escapeHtml(number)}</td></tr>`)
    .join('');
  return `<section class="card">
<h1>${escapeHtml(t('documents.printable.pocketCard'))}: ${escapeHtml(content.meta.organisationName)}</h1>
<h2>${escapeHtml(t('documents.pocket.activate'))}</h2>${list(activatorLines(model))}
<h2>${escapeHtml(t('documents.pocket.alert'))}</h2>${list(alertStarterLines(model))}
<h2>${escapeHtml(t('documents.pocket.firstHour'))}</h2><p>${escapeHtml(t('documents.pocket.firstHourSteps'))}</p>
<h2>${escapeHtml(t('documents.pocket.numbers'))}</h2><table class="numbers"><tbody>${numbers}</tbody></table>
${fallback.length === 0 ? '' : `<h2>${escapeHtml(t('documents.pocket.fallback'))}</h2>${list(fallback)}`}
</section>`;
}
