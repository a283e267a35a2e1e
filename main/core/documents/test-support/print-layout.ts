import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { readPdf } from './pdf-tools.js';

const run = promisify(execFile);

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
const MM_PER_PX = 25.4 / 96;

/** What a printable looks like once Chromium has laid it out for print. */
export interface PrintLayout {
  readonly pages: number;
  readonly text: string;
  /** Page size of the first page, in millimetres. */
  readonly widthMm: number;
  readonly heightMm: number;
  /** The smallest type of any visible text, in points, and where it is. */
  readonly minFontPt: number;
  readonly minFontAt: string;
  /** Cells whose content is wider than the cell (cut off on paper), as "text of the cell". */
  readonly clippedCells: readonly string[];
  /** Words of letters that the line breaking split across lines (broken letter by letter). */
  readonly brokenWords: readonly string[];
  /** Tables reaching past the content box (a border or a column cut off at the page edge), by first heading. */
  readonly overflowingTables: readonly string[];
  /** Heights of the rows of blank forms, in millimetres. */
  readonly formRowHeightsMm: readonly number[];
  /** The text of each element matching `.toc-entry`, as laid out. */
  readonly contentsEntries: readonly string[];
}

export interface MeasureOptions {
  /** Width of the page's content box in millimetres: the print layout width the DOM is measured at. */
  readonly contentWidthMm: number;
  /** Where to keep a PNG of the first page (pdftoppm -r 60), if anywhere. */
  readonly screenshotPath?: string;
}

export interface PrintLayoutMeter {
  measure(html: string, options: MeasureOptions): Promise<PrintLayout>;
  close(): Promise<void>;
}

interface DomFacts {
  minFontPx: number;
  minFontAt: string;
  clippedCells: string[];
  brokenWords: string[];
  overflowingTables: string[];
  formRowHeightsPx: number[];
  contentsEntries: string[];
}

/*
 * Runs in the page, as a script (main's TypeScript has no DOM types). Words are measured with a Range per
 * word: a word laid out on more than one line has client rects on more than one line.
 */
const DOM_FACTS_SCRIPT = `(() => {
  const facts = { minFontPx: Infinity, minFontAt: '', clippedCells: [], brokenWords: [], overflowingTables: [], formRowHeightsPx: [], contentsEntries: [] };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node.textContent || '';
    if (text.trim() === '') continue;
    const element = node.parentElement;
    if (element === null) continue;
    const style = getComputedStyle(element);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const size = parseFloat(style.fontSize);
    if (size < facts.minFontPx) { facts.minFontPx = size; facts.minFontAt = text.trim().slice(0, 60); }
    const pattern = /[\\p{L}]{2,}/gu;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
      if (lines.size > 1) facts.brokenWords.push(match[0]);
    }
  }
  for (const cell of document.querySelectorAll('td, th')) {
    if (cell.scrollWidth > cell.clientWidth + 1) facts.clippedCells.push((cell.textContent || '').slice(0, 80));
  }
  // The content box is the viewport: its width is the page's less the margins.
  const contentRight = document.documentElement.clientWidth;
  for (const table of document.querySelectorAll('table')) {
    const box = table.getBoundingClientRect();
    if (box.left < -0.5 || box.right > contentRight + 0.5) facts.overflowingTables.push((table.querySelector('th, td')?.textContent || '').slice(0, 40));
  }
  for (const row of document.querySelectorAll('table.form tbody tr')) facts.formRowHeightsPx.push(row.getBoundingClientRect().height);
  for (const entry of document.querySelectorAll('.toc-entry')) facts.contentsEntries.push((entry.innerText || '').replace(/\\s+/g, ' ').trim());
  return facts;
})()`;

/**
 * Lays printables out in Chromium as they print: the DOM measured in print media at the page's content width
 * (type sizes, clipped cells, broken words, form rows), and the PDF read back for pages and text. One browser
 * per test file: create in beforeAll, close in afterAll.
 */
export async function launchPrintLayoutMeter(): Promise<PrintLayoutMeter> {
  const browser: Browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const workDir = await mkdtemp(join(tmpdir(), 'draaiboek-layout-'));
  let counter = 0;
  return {
    async measure(html, options) {
      counter += 1;
      const width = Math.round(options.contentWidthMm / MM_PER_PX);
      const page = await browser.newPage({ viewport: { width, height: 1000 } });
      try {
        await page.emulateMedia({ media: 'print' });
        await page.setContent(html, { waitUntil: 'load' });
        const dom = (await page.evaluate(DOM_FACTS_SCRIPT)) as DomFacts;
        const pdfPath = join(workDir, `layout-${counter}.pdf`);
        await writeFile(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
        const pdf = await readPdf(pdfPath);
        if (options.screenshotPath !== undefined) {
          await mkdir(join(options.screenshotPath, '..'), { recursive: true });
          await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdfPath, options.screenshotPath.replace(/\.png$/, '')]);
        }
        return {
          pages: pdf.pages,
          text: pdf.text,
          widthMm: (pdf.width / 72) * 25.4,
          heightMm: (pdf.height / 72) * 25.4,
          minFontPt: dom.minFontPx * 0.75,
          minFontAt: dom.minFontAt,
          clippedCells: dom.clippedCells,
          brokenWords: dom.brokenWords,
          overflowingTables: dom.overflowingTables,
          formRowHeightsMm: dom.formRowHeightsPx.map((px) => px * MM_PER_PX),
          contentsEntries: dom.contentsEntries,
        };
      } finally {
        await page.close();
      }
    },
    async close() {
      await browser.close();
      await rm(workDir, { recursive: true, force: true });
    },
  };
}
