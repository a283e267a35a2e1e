import type { DocumentModel } from '../model/document-model.js';
import type { CallTreeNode } from '../../../../shared/plan/call-tree.js';
import { formatPhone } from '../../../../shared/plan/phone-display.js';
import { escapeHtml } from '../model/text-safety.js';
import { cellLines, type Block, type Cell, type TableColumn } from '../outline/blocks.js';
import { primaryPhone } from '../outline/contact-lines.js';

function cellHtml(cell: Cell): string {
  const lines = cellLines(cell).filter((line) => line !== '');
  if (lines.length <= 1) return escapeHtml(lines[0] ?? '');
  return lines.map((line) => `<span class="line">${escapeHtml(line)}</span>`).join('');
}

function textHtml(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>');
}

/** A table whose header repeats on every printed page (thead), with column widths from the outline. */
export function tableHtml(columns: readonly TableColumn[], rows: readonly (readonly Cell[])[], className = ''): string {
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  const cols = columns.map((column) => `<col style="width:${((column.width / total) * 100).toFixed(2)}%">`).join('');
  const head = columns.map((column) => `<th>${escapeHtml(column.title)}</th>`).join('');
  const body = rows.map((row) => `<tr>${columns.map((_, index) => `<td>${cellHtml(row[index] ?? '')}</td>`).join('')}</tr>`).join('\n');
  return `<table${className === '' ? '' : ` class="${className}"`}><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function callTreeItems(nodes: readonly CallTreeNode[], model: DocumentModel, roles: ReadonlyMap<string, string>): string {
  return nodes
    .map((node) => {
      const person = model.person(node.entry.personId);
      const phone = person === undefined ? undefined : primaryPhone(person);
      const role = roles.get(node.entry.personId) ?? '';
      const backup =
        node.entry.backupCallerPersonId === undefined
          ? ''
          : ` <span class="small">${escapeHtml(model.t('documents.callTree.backup', { name: model.personName(node.entry.backupCallerPersonId) }))}</span>`;
      const label = `<span class="node${node.unreached ? ' unreached' : ''}"><b>${escapeHtml(model.personName(node.entry.personId))}</b>${
        role === '' ? '' : ` <span class="small">${escapeHtml(role)}</span>`
      }${phone === undefined ? '' : ` ${escapeHtml(formatPhone(phone.number))}`}${
        node.unreached ? ` <span class="small">${escapeHtml(model.t('documents.callTree.unreached'))}</span>` : ''
      }</span>${backup}`;
      const children = node.children.length === 0 ? '' : `<ul>${callTreeItems(node.children, model, roles)}</ul>`;
      return `<li>${label}${children}</li>`;
    })
    .join('');
}

/** The call tree as a diagram: boxes joined by lines, each caller's people below and to the right. */
export function callTreeHtml(nodes: readonly CallTreeNode[], model: DocumentModel): string {
  const roles = new Map(model.crisisTeam.map((member) => [member.person.id, member.roleLabels.join('; ')]));
  return `<ul class="tree">${callTreeItems(nodes, model, roles)}</ul>`;
}

/** HTML for outline blocks; landscape stretches go on wide pages. */
export function blocksHtml(blocks: readonly Block[], model: DocumentModel): string {
  const out: string[] = [];
  let open = false;
  for (const block of blocks) {
    switch (block.type) {
      case 'orientation':
        if (open) out.push('</section>');
        open = block.orientation === 'landscape';
        if (open) out.push('<section class="landscape">');
        break;
      case 'heading': {
        const newPage = block.newPage === true ? ' class="new-page"' : '';
        out.push(`<h${block.level}${newPage}>${escapeHtml(block.text)}</h${block.level}>`);
        break;
      }
      case 'paragraph': {
        const className = block.emphasis === undefined ? '' : ` class="${block.emphasis}"`;
        out.push(`<p${className}>${textHtml(block.text)}</p>`);
        break;
      }
      case 'list': {
        const tag = block.ordered === true ? 'ol' : 'ul';
        out.push(`<${tag}>${block.items.map((item) => `<li>${textHtml(item)}</li>`).join('')}</${tag}>`);
        break;
      }
      case 'fields':
        if (block.rows.length > 0) {
          out.push(
            `<table class="fields"><tbody>${block.rows.map(([label, value]) => `<tr><th>${escapeHtml(label)}</th><td>${textHtml(value)}</td></tr>`).join('')}</tbody></table>`,
          );
        }
        break;
      case 'table':
        out.push(block.rows.length === 0 ? `<p class="small">${escapeHtml(model.t('documents.none'))}</p>` : tableHtml(block.columns, block.rows));
        break;
      case 'callTree':
        out.push(callTreeHtml(block.nodes, model));
        break;
      case 'tableOfContents':
        break;
      case 'pageBreak':
        out.push('<div class="new-page"></div>');
        break;
    }
  }
  if (open) out.push('</section>');
  return out.join('\n');
}
