import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchHtmlToPdf, type HtmlToPdf } from '../test-support/html-to-pdf.js';
import { sampleSignedPlan } from '../test-support/signed-plan-of.js';
import { firstHeadingText, layOutPrintable, partStartPages } from './lay-out-printable.js';
import { readPdfPagesAndOutline } from './pdf-outline.js';

let engine: HtmlToPdf;
beforeAll(async () => {
  engine = await launchHtmlToPdf();
});
afterAll(async () => {
  await engine.close();
});

const page = (body: string): string => `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`;

describe('reading where headings landed from a PDF', () => {
  it('finds every heading on its page, in document order, accented titles included', async () => {
    const html = page(
      '<h1>Inhoud</h1><p>een</p><h1 style="break-before:page">Actiekaart: Uitval (ziekte) &amp; brand</h1><div style="height:400mm"></div><h2>Coördinatie é</h2><h1 style="break-before:page">Laatste</h1>',
    );
    const read = readPdfPagesAndOutline(await engine.toPdf(html));
    expect(read.pages).toBe(4);
    expect(read.outline).toEqual([
      { title: 'Inhoud', page: 1 },
      { title: 'Actiekaart: Uitval (ziekte) & brand', page: 2 },
      { title: 'Coördinatie é', page: 3 },
      { title: 'Laatste', page: 4 },
    ]);
  });

  it('reads no outline from bytes that are no PDF of that kind, and then gives no page numbers', () => {
    const read = readPdfPagesAndOutline(new TextEncoder().encode('%PDF-test'));
    expect(read).toEqual({ pages: 0, outline: [] });
    expect(partStartPages(['Inhoud'], read.outline)).toBeUndefined();
  });

  it('takes the first heading of a part, unescaped, and finds parts in order even when a title repeats', () => {
    expect(firstHeadingText('<div class="new-page"></div><h1 class="x">A &amp; B\n  C</h1><h2>D</h2>')).toBe('A & B C');
    const outline = [
      { title: 'Belregels', page: 3 },
      { title: 'Deel', page: 5 },
      { title: 'Belregels', page: 7 },
    ];
    expect(partStartPages(['Deel', 'Belregels'], outline)).toEqual([5, 7]);
  });

  it('lists the binder parts without page numbers where there is no print engine to measure with', async () => {
    const options = { language: 'nl' as const, signerFingerprint: 'ABCD 1234 EF56 7890', printedAt: new Date('2026-11-30T09:15:00Z'), audience: 'organisation' as const };
    const html = await layOutPrintable('binder', sampleSignedPlan(), options);
    expect(html.match(/class="toc-entry"/g)).toHaveLength(9);
    expect(html).not.toContain('class="toc-page"');
  });
});
