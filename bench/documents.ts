import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { generateFixtureContent } from '../main/core/fixtures/index.js';
import { renderMarkdown } from '../main/core/documents/markdown/render-markdown.js';
import { layOutPrintable } from '../main/core/documents/html/lay-out-printable.js';
import { buildWordDocument } from '../main/core/documents/word/build-word-document.js';
import { launchHtmlToPdf } from '../main/core/documents/test-support/html-to-pdf.js';
import { sampleSignedPlan, signedPlanOf } from '../main/core/documents/test-support/signed-plan-of.js';
import { median, type BenchRow } from './measure.js';

const run = promisify(execFile);
const WORD_ROUNDS = 2;
const PDF_ROUNDS = 3;

export interface DocumentsRaw {
  readonly markdownBytes: number;
  readonly docxBytes: number;
  readonly wordMs: readonly number[];
  readonly pandocMs: readonly number[];
  readonly binderPages: Record<string, number>;
}

const options = {
  audience: 'crisis-team' as const,
  language: 'nl' as const,
  signerFingerprint: 'ABCD 1234 EF56 7890',
  printedAt: new Date('2026-11-30T09:15:00Z'),
  copyNumber: 1,
};

async function pdfPages(pdf: Buffer): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'draaiboek-bench-pdf-'));
  try {
    await writeFile(join(dir, 'binder.pdf'), pdf);
    const { stdout } = await run('pdfinfo', [join(dir, 'binder.pdf')]);
    return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? 0);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Word generation of the L plan against pandoc turning our Markdown export of the same plan into docx (target:
 * at most half pandoc's time), and the binder rendered to PDF by Chromium, the engine behind Electron's printToPDF.
 */
export async function benchDocuments(): Promise<{ rows: BenchRow[]; raw: DocumentsRaw }> {
  const plan = signedPlanOf(generateFixtureContent('L'));
  const dir = await mkdtemp(join(tmpdir(), 'draaiboek-bench-docs-'));
  const rows: BenchRow[] = [];
  try {
    const markdown = renderMarkdown(plan, options);
    const mdFile = join(dir, 'plan.md');
    await writeFile(mdFile, markdown);
    const wordMs: number[] = [];
    const pandocMs: number[] = [];
    let docxBytes = 0;
    for (let round = 0; round < WORD_ROUNDS; round += 1) {
      // Alternate the two so machine noise hits both alike.
      let started = performance.now();
      const docx = await buildWordDocument('plan', plan, options);
      wordMs.push(performance.now() - started);
      docxBytes = docx.length;
      started = performance.now();
      await run('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', join(dir, 'pandoc.docx'), mdFile], { maxBuffer: 64 * 1024 * 1024 });
      pandocMs.push(performance.now() - started);
    }
    rows.push({
      name: 'Word document, L plan (model + docx)',
      valueMs: median(wordMs),
      baselineMs: median(pandocMs),
      baselineName: 'pandoc md -> docx, same plan',
      targetRatio: 0.5,
    });

    const binderPages: Record<string, number> = {};
    const converter = await launchHtmlToPdf();
    try {
      for (const [label, binderPlan] of [
        ['sample plan', sampleSignedPlan()],
        ['M plan', signedPlanOf(generateFixtureContent('M'))],
      ] as const) {
        const htmlMs: number[] = [];
        const pdfMs: number[] = [];
        for (let round = 0; round < PDF_ROUNDS; round += 1) {
          let started = performance.now();
          // The binder's contents are numbered from a first print: that print is part of making its HTML.
          const html = await layOutPrintable('binder', binderPlan, options, (document) => converter.toPdf(document));
          htmlMs.push(performance.now() - started);
          started = performance.now();
          const pdf = await converter.toPdf(html);
          pdfMs.push(performance.now() - started);
          binderPages[label] = await pdfPages(pdf);
        }
        rows.push({
          name: `Binder to PDF, ${label} (${binderPages[label]} pages)`,
          valueMs: median(htmlMs) + median(pdfMs),
          baselineMs: median(htmlMs),
          baselineName: 'binder HTML only (with the measuring print)',
        });
      }
    } finally {
      await converter.close();
    }
    return { rows, raw: { markdownBytes: Buffer.byteLength(markdown), docxBytes, wordMs, pandocMs, binderPages } };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
