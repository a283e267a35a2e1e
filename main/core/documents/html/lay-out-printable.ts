import type { SignedPlan } from '../../../../shared/plan/plan.js';
import { buildDocumentModel } from '../model/document-model.js';
import { actionCardPieceKinds, probeTitle, type CardLayout } from './action-cards.js';
import { binderParts } from './binder.js';
import { readPdfPagesAndOutline, type OutlineEntry } from './pdf-outline.js';
import { renderPrintable, type PrintableKind, type PrintableOptions } from './render-printable.js';

/**
 * The print engine: a complete HTML document in, its PDF with the document outline out (Electron's
 * printToPDF with `generateDocumentOutline`; Chromium's `page.pdf` with `outline` in tests).
 */
export type RenderPdf = (html: string) => Promise<Uint8Array>;

const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

function normalised(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text of the first heading in a part's HTML: the bookmark the part starts at. */
export function firstHeadingText(html: string): string | undefined {
  const match = /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/.exec(html);
  if (match === null) return undefined;
  return normalised((match[2] ?? '').replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity));
}

/**
 * The page each part starts on, found by its first heading among the bookmarks, in order. Undefined when one
 * cannot be found: no page number is better than a wrong one.
 */
export function partStartPages(anchors: readonly (string | undefined)[], outline: readonly OutlineEntry[]): number[] | undefined {
  const pages: number[] = [];
  let from = 0;
  for (const anchor of anchors) {
    if (anchor === undefined) return undefined;
    const index = outline.findIndex((entry, position) => position >= from && normalised(entry.title) === anchor);
    const entry = outline[index];
    if (entry === undefined) return undefined;
    pages.push(entry.page);
    from = index + 1;
  }
  return pages;
}

/**
 * Where each action card continues on its back: the first piece that landed on a later page than the card's
 * start, moved back over a piece of text that may have been split there and over headings, which stay with
 * what follows them. A card that fits, or whose probes cannot be read, is left whole.
 */
export function actionCardLayouts(kinds: readonly (readonly ('heading' | 'row' | 'text')[])[], outline: readonly OutlineEntry[]): CardLayout[] {
  // A probe's bookmark title is its text; Chromium may repeat it ("probe 4 0probe 4 0"): read the first.
  const pageOf = new Map<string, number>();
  for (const entry of outline) {
    const probe = /^probe \d+ \d+/.exec(entry.title);
    if (probe !== null && !pageOf.has(probe[0])) pageOf.set(probe[0], entry.page);
  }
  return kinds.map((pieces, card) => {
    const start = pageOf.get(probeTitle(card, 0));
    if (start === undefined) return {};
    let cut = pieces.findIndex((_, piece) => (pageOf.get(probeTitle(card, piece)) ?? start) > start);
    if (cut === -1) return {};
    if (pieces[cut - 1] === 'text') cut -= 1;
    while (cut > 1 && pieces[cut - 1] === 'heading') cut -= 1;
    return cut > 1 ? { continueAt: cut } : {};
  });
}

/**
 * A printable laid out for paper. The binder's contents carry page numbers: Chromium has no
 * `target-counter()`, so the binder is printed once with placeholder numbers (the contents are one page
 * either way), each part's first page is read from the PDF's outline, and the binder is rendered again with
 * the numbers. Action cards that run over are cut where measured and continue on a "(vervolg)" page.
 * Without a print engine (an HTML export from the command line), neither is measured.
 */
export async function layOutPrintable(kind: PrintableKind, plan: SignedPlan, options: PrintableOptions, renderPdf?: RenderPdf): Promise<string> {
  if (renderPdf === undefined) return renderPrintable(kind, plan, options);
  if (kind === 'action-cards') {
    const model = buildDocumentModel(plan, options);
    const draft = renderPrintable(kind, plan, { ...options, actionCardProbes: true });
    const { outline } = readPdfPagesAndOutline(await renderPdf(draft));
    const kinds = model.content.scenarios.map((scenario) => actionCardPieceKinds(scenario, model));
    return renderPrintable(kind, plan, { ...options, actionCardLayouts: actionCardLayouts(kinds, outline) });
  }
  if (kind !== 'binder') return renderPrintable(kind, plan, options);
  const parts = binderParts(buildDocumentModel(plan, options), options.issuedCopies ?? []);
  const draft = renderPrintable(kind, plan, { ...options, binderStartPages: parts.map(() => 888) });
  const { outline } = readPdfPagesAndOutline(await renderPdf(draft));
  const startPages = partStartPages(
    parts.map((part) => firstHeadingText(part.html)),
    outline,
  );
  return renderPrintable(kind, plan, startPages === undefined ? options : { ...options, binderStartPages: startPages });
}
