import { DraaiboekError } from '../../../shared/errors.js';
import { createTranslator, type Language } from '../../../shared/i18n/index.js';
import type { KitExtra } from '../bundles/index.js';
import type { Audience } from '../../../shared/plan/vocabularies.js';
import { exportDocument } from '../documents/index.js';
import type { OpenedDataDir } from '../data-dir/open-data-dir.js';

export interface KitDocumentsRequest {
  readonly audience: Audience;
  readonly language: Language;
  readonly includePdf: boolean;
  readonly includeWord: boolean;
  readonly recipient: string | undefined;
  /** Where the kit goes, for the copies register. */
  readonly dir: string;
  readonly signerFingerprint: string;
}

/**
 * A file name the kit accepts (letters, digits, spaces, dots, dashes, brackets) from a title that may hold
 * anything, such as "'s-Hertogenbosch".
 */
export function kitFileName(title: string, extension: string): string {
  const plain = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} ._()-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .trim()
    .slice(0, 100)
    .trim();
  return `${plain === '' ? 'Draaiboek' : plain}.${extension}`;
}

/** The names the kit's documents will have, known before any is built, so the user can be told first. */
export function kitDocumentNames(opened: OpenedDataDir, request: Pick<KitDocumentsRequest, 'language' | 'includePdf' | 'includeWord'>): string[] {
  const t = createTranslator(request.language);
  const baseName = t('sync.kit.fileName', { organisation: opened.store.current.plan.content.meta.organisationName });
  return [...(request.includePdf ? [kitFileName(baseName, 'pdf')] : []), ...(request.includeWord ? [kitFileName(baseName, 'docx')] : [])];
}

/**
 * The readable documents beside a bundle: the binder as PDF and the plan as Word document, built as the print
 * centre builds them and numbered in the copies register like every copy that leaves the laptop.
 */
export async function buildKitDocuments(opened: OpenedDataDir, request: KitDocumentsRequest): Promise<KitExtra[]> {
  const t = createTranslator(request.language);
  const plan = opened.store.current;
  const source = { dataDir: opened.dataDir, plan, signerFingerprint: request.signerFingerprint };
  const common = {
    audience: request.audience,
    language: request.language,
    printedAt: opened.platform.now(),
    location: request.dir.slice(-1_000),
    ...(request.recipient === undefined ? {} : { recipient: request.recipient }),
  };
  const baseName = t('sync.kit.fileName', { organisation: plan.plan.content.meta.organisationName });
  const extras: KitExtra[] = [];
  if (request.includePdf) {
    const renderPdf = opened.platform.renderPdf;
    if (renderPdf === undefined) throw new DraaiboekError('USAGE', 'no PDF engine on this platform', { detail: 'renderPdf' });
    const binder = await exportDocument(source, { ...common, format: 'html', what: 'binder', binderMedium: 'pdf' });
    const pdf = await renderPdf.call(opened.platform, binder.bytes.toString('utf8'));
    extras.push({ name: kitFileName(baseName, 'pdf'), bytes: new Uint8Array(pdf), audience: request.audience });
  }
  if (request.includeWord) {
    const word = await exportDocument(source, { ...common, format: 'docx', what: 'plan' });
    extras.push({ name: kitFileName(baseName, 'docx'), bytes: new Uint8Array(word.bytes), audience: request.audience });
  }
  return extras;
}
