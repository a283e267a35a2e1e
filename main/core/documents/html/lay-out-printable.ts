import type { SignedPlan } from '../../../../shared/plan/plan.js';
import { renderPrintable, type PrintableKind, type PrintableOptions } from './render-printable.js';

/** The print engine: a complete HTML document in, its PDF out (Electron's printToPDF; Chromium's in tests). */
export type RenderPdf = (html: string) => Promise<Uint8Array>;

export async function layOutPrintable(kind: PrintableKind, plan: SignedPlan, options: PrintableOptions, renderPdf?: RenderPdf): Promise<string> {
  void renderPdf;
  return renderPrintable(kind, plan, options);
}
