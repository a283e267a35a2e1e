import type { Scenario } from '../../../../shared/plan/entities.js';
import type { DocumentModel } from '../model/document-model.js';
import { escapeHtml } from '../model/text-safety.js';
import type { Block, Cell, TableColumn } from '../outline/blocks.js';
import { actionCardBlocks } from '../outline/scenarios.js';
import { blocksHtml, tableHtml } from './html-blocks.js';

/*
 * An action card is one A4 page. The type is set so that a usual card fits; a card that does not is cut, at
 * a measured place, into the page and a continuation page titled "(vervolg)", printed on the back. Where it
 * is cut comes from a first print with probes: a visually hidden heading before each piece of the card (each
 * block, each row of a table), whose bookmark in the PDF says on which page the piece landed.
 */
export const ACTION_CARD_CSS = `
.card-page { font-size: 9pt; }
.card-page h1 { font-size: 14pt; margin-bottom: 3pt; }
.card-page h2 { font-size: 10.5pt; margin: 5pt 0 2pt; }
.card-page p { margin-bottom: 3pt; line-height: 1.2; }
.card-page ul, .card-page ol { margin-bottom: 3pt; }
.card-page table { margin-bottom: 4pt; }
.card-page th, .card-page td { padding: 1pt 2.5pt; line-height: 1.18; overflow-wrap: normal; }
.card-page .continued { break-before: page; }
.probe { position: absolute; margin: 0; padding: 0; font-size: 1px; line-height: 1px; color: transparent; white-space: nowrap; }
`;

/** One piece of a card: a block, or one row of a table (rows never split across pages). */
type Piece = { readonly kind: 'block'; readonly block: Block } | { readonly kind: 'row'; readonly table: number; readonly row: readonly Cell[] };

interface CardTable {
  readonly columns: readonly TableColumn[];
}

function piecesOf(blocks: readonly Block[]): { pieces: Piece[]; tables: CardTable[] } {
  const pieces: Piece[] = [];
  const tables: CardTable[] = [];
  for (const block of blocks) {
    if (block.type === 'table' && block.rows.length > 0) {
      tables.push({ columns: block.columns });
      for (const row of block.rows) pieces.push({ kind: 'row', table: tables.length - 1, row });
    } else {
      pieces.push({ kind: 'block', block });
    }
  }
  return { pieces, tables };
}

/** The probe's title: which card and piece. Only in the measuring print. */
export function probeTitle(card: number, piece: number): string {
  return `probe ${card} ${piece}`;
}

function piecesHtml(pieces: readonly Piece[], first: number, tables: readonly CardTable[], model: DocumentModel, probeCard: number | undefined): string {
  const out: string[] = [];
  let index = 0;
  while (index < pieces.length) {
    const piece = pieces[index];
    if (piece === undefined) break;
    if (piece.kind === 'block') {
      if (probeCard !== undefined) out.push(`<h6 class="probe">${probeTitle(probeCard, first + index)}</h6>`);
      out.push(blocksHtml([piece.block.type === 'heading' ? { ...piece.block, newPage: false } : piece.block], model));
      index += 1;
      continue;
    }
    // Consecutive rows of one table are one table; each row carries its probe in its first cell.
    const rows: (readonly Cell[])[] = [];
    const probes: string[] = [];
    const table = piece.table;
    while (index < pieces.length) {
      const next = pieces[index];
      if (next === undefined || next.kind !== 'row' || next.table !== table) break;
      rows.push(next.row);
      probes.push(probeCard === undefined ? '' : `<h6 class="probe">${probeTitle(probeCard, first + index)}</h6>`);
      index += 1;
    }
    let html = tableHtml(tables[table]?.columns ?? [], rows);
    let row = 0;
    html = html.replace(/<tr><td>/g, () => `<tr><td>${probes[row++] ?? ''}`);
    out.push(html);
  }
  return out.join('\n');
}

export interface CardLayout {
  /** The piece the continuation page starts with; undefined when the card fits its page. */
  readonly continueAt?: number;
}

/** One scenario's card; with `probeCard`, the measuring print's probes are in it. */
export function actionCardHtml(scenario: Scenario, model: DocumentModel, layout: CardLayout = {}, probeCard?: number): string {
  const blocks = actionCardBlocks(scenario, model, 1);
  const { pieces, tables } = piecesOf(blocks);
  const cut = layout.continueAt;
  if (cut === undefined || cut <= 1 || cut >= pieces.length) {
    return `<section class="card-page new-page">${piecesHtml(pieces, 0, tables, model, probeCard)}</section>`;
  }
  const title = `${model.t('documents.actionCard.title', { scenario: scenario.name })} (${model.t('documents.actionCard.continued')})`;
  // A continuation that starts in a table repeats the table's header (tableHtml always writes it).
  return `<section class="card-page new-page">${piecesHtml(pieces.slice(0, cut), 0, tables, model, probeCard)}
<div class="continued"><h1>${escapeHtml(title)}</h1>${piecesHtml(pieces.slice(cut), cut, tables, model, probeCard)}</div></section>`;
}

/** How many pieces a card has, for reading the probes back. */
export function actionCardPieceCount(scenario: Scenario, model: DocumentModel): number {
  return piecesOf(actionCardBlocks(scenario, model, 1)).pieces.length;
}

/** Whether a piece may be split across pages by the layout (text), or is kept whole (a row, a heading). */
export function actionCardPieceKinds(scenario: Scenario, model: DocumentModel): ('heading' | 'row' | 'text')[] {
  return piecesOf(actionCardBlocks(scenario, model, 1)).pieces.map((piece) => (piece.kind === 'row' ? 'row' : piece.block.type === 'heading' ? 'heading' : 'text'));
}

/** Every scenario's card, each starting on a page of its own. */
export function actionCardsHtml(model: DocumentModel, layouts: readonly CardLayout[] = [], probes = false): string {
  return model.content.scenarios.map((scenario, index) => actionCardHtml(scenario, model, layouts[index], probes ? index : undefined)).join('\n');
}
