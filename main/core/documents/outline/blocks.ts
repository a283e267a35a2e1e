import type { CallTreeNode } from '../../../../shared/plan/call-tree.js';

/**
 * A document as a list of plain blocks: what the plan says, not how it looks. The Word builder, the HTML
 * printables and the Markdown export each render the same blocks, so the three never drift apart. Text in
 * blocks is raw plan text; each renderer escapes it for its own format.
 */
export type Block =
  | { readonly type: 'heading'; readonly level: 1 | 2 | 3; readonly text: string; readonly newPage?: boolean }
  | { readonly type: 'paragraph'; readonly text: string; readonly emphasis?: 'strong' | 'small' }
  | { readonly type: 'list'; readonly items: readonly string[]; readonly ordered?: boolean }
  /** Label and value pairs, such as a document control table. */
  | { readonly type: 'fields'; readonly rows: readonly (readonly [string, string])[] }
  | { readonly type: 'table'; readonly columns: readonly TableColumn[]; readonly rows: readonly (readonly Cell[])[] }
  | { readonly type: 'callTree'; readonly nodes: readonly CallTreeNode[] }
  /** Pages from here on are landscape (wide tables) or portrait again. */
  | { readonly type: 'orientation'; readonly orientation: 'portrait' | 'landscape' }
  | { readonly type: 'tableOfContents'; readonly title: string }
  | { readonly type: 'pageBreak' };

/** A cell: one line, or several lines (a person's phone numbers). */
export type Cell = string | readonly string[];

export interface TableColumn {
  readonly title: string;
  /** Relative width; the renderers scale the widths to the page. */
  readonly width: number;
}

export function cellLines(cell: Cell): readonly string[] {
  return typeof cell === 'string' ? [cell] : cell;
}

export function heading(level: 1 | 2 | 3, text: string, newPage = false): Block {
  return newPage ? { type: 'heading', level, text, newPage } : { type: 'heading', level, text };
}

export function paragraphs(text: string | undefined): Block[] {
  if (text === undefined || text.trim() === '') return [];
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => ({ type: 'paragraph', text: part }));
}

export function list(items: readonly string[], ordered = false): Block[] {
  const kept = items.filter((item) => item.trim() !== '');
  return kept.length === 0 ? [] : [ordered ? { type: 'list', items: kept, ordered } : { type: 'list', items: kept }];
}

export function fields(rows: readonly (readonly [string, string | undefined])[]): Block {
  return { type: 'fields', rows: rows.filter((row): row is readonly [string, string] => row[1] !== undefined && row[1] !== '') };
}
