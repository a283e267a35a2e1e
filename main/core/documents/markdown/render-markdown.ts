import type { MessageKey } from '../../../../shared/i18n/index.js';
import type { SignedPlan } from '../../../../shared/plan/plan.js';
import { buildDocumentModel, type DocumentModel, type DocumentOptions } from '../model/document-model.js';
import { flattenCallTree } from '../../../../shared/plan/call-tree.js';
import { formatPhone } from '../../../../shared/plan/phone-display.js';
import { printableText } from '../../../../shared/text-safety.js';
import { cellLines, type Block, type Cell } from '../outline/blocks.js';
import { primaryPhone } from '../outline/contact-lines.js';
import { planOutline } from '../outline/plan-outline.js';

/** Plan text as Markdown inline text: markup characters escaped, so a `*` or `#` in the plan stays text. */
function inline(text: string): string {
  return printableText(text)
    .replace(/[\\`*_{}[\]<>#|!~]/g, (character) => `\\${character}`)
    .replace(/^(\s*)([-+]|\d+\.)(\s)/gm, (_, space: string, marker: string, after: string) => `${space}${marker.replace(/([-+.])/, '\\$1')}${after}`);
}

function paragraphText(text: string): string {
  return inline(text).replace(/\r\n|\r|\n/g, '  \n');
}

function cellMarkdown(cell: Cell): string {
  return cellLines(cell)
    .filter((line) => line !== '')
    .map((line) => inline(line).replace(/\s*[\r\n]+\s*/g, ' '))
    .join('; ');
}

function blockMarkdown(block: Block, model: DocumentModel): string {
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${inline(block.text)}`;
    case 'paragraph':
      return block.emphasis === 'strong' ? `**${paragraphText(block.text)}**` : paragraphText(block.text);
    case 'list':
      return block.items
        .map((item, index) => `${block.ordered === true ? `${index + 1}.` : '-'} ${inline(item).replace(/\r\n|\r|\n/g, ' ')}`)
        .join('\n');
    case 'fields':
      return block.rows.length === 0 ? '' : block.rows.map(([label, value]) => `- **${inline(label)}**: ${paragraphText(value)}`).join('\n');
    case 'table': {
      if (block.rows.length === 0) return inline(model.t('documents.none'));
      const head = `| ${block.columns.map((column) => inline(column.title)).join(' | ')} |`;
      const rule = `|${block.columns.map(() => '---').join('|')}|`;
      const rows = block.rows.map((row) => `| ${block.columns.map((_, index) => cellMarkdown(row[index] ?? '')).join(' | ')} |`);
      return [head, rule, ...rows].join('\n');
    }
    case 'callTree':
      return flattenCallTree(block.nodes)
        .map(({ node, depth }) => {
          const person = model.person(node.entry.personId);
          const phone = person === undefined ? undefined : primaryPhone(person);
          const backup =
            node.entry.backupCallerPersonId === undefined
              ? ''
              : ` (${model.t('documents.callTree.backup', { name: model.personName(node.entry.backupCallerPersonId) })})`;
          const number = phone === undefined ? '' : `, ${formatPhone(phone.number)}`;
          return `${'  '.repeat(depth)}- ${inline(`${model.personName(node.entry.personId)}${number}${backup}`)}`;
        })
        .join('\n');
    case 'orientation':
    case 'tableOfContents':
    case 'pageBreak':
      return '';
  }
}

/** The outline as Markdown; exposed for the benchmark, which times the rendering apart from the model. */
export function markdownFromModel(model: DocumentModel): string {
  const { t, marks, content, options } = model;
  const header = [
    `# ${inline(content.meta.title)}`,
    [
      `**${inline(marks.classification)}**`,
      inline(t('documents.marks.revision', { revision: marks.revision })),
      inline(t('documents.marks.fingerprint', { fingerprint: marks.fingerprint })),
      inline(t('documents.marks.printed', { printedAt: marks.printedAt })),
      inline(t('documents.marks.audience', { audience: t(`documents.audience.${options.audience}` satisfies MessageKey) })),
    ].join('  \n'),
  ];
  const body = planOutline(model, { tableOfContents: false })
    .map((block) => blockMarkdown(block, model))
    .filter((text) => text !== '');
  return `${[...header, ...body].join('\n\n')}\n`;
}

/** The whole plan as Markdown: readable anywhere, and what pandoc turns into docx in the benchmark. */
export function renderMarkdown(plan: SignedPlan, options: DocumentOptions): string {
  return markdownFromModel(buildDocumentModel(plan, options));
}
