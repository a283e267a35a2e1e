import { basename } from 'node:path';
import { wordTitleKeys, type CopyRecord, type DocumentOutcome, type PrintableRequest } from '../../../shared/documents-contract.js';
import { DraaiboekError } from '../../../shared/errors.js';
import { createTranslator, type Translate } from '../../../shared/i18n/index.js';
import { listCopies, type CopyEntry } from '../copies/copies-register.js';
import { fingerprintOf } from '../crypto/keys.js';
import { layOutPrintable, type RenderPdf } from '../documents/html/lay-out-printable.js';
import { printableTitleKeys } from '../documents/html/render-printable.js';
import { exportDocument, type ExportSource, type ExportedDocument } from '../documents/index.js';
import { writeFileDurably } from '../fs/durable-write.js';
import type { FilePurpose, Platform } from '../platform.js';
import type { OpenedDataDir } from '../data-dir/open-data-dir.js';
import { createPlanService } from '../plan/plan-service.js';
import type { ApiContext, ImplementationsOf } from './api-context.js';

type DocumentsMethod = 'documents.preview' | 'documents.print' | 'documents.savePdf' | 'documents.saveWord' | 'documents.saveActionsCsv' | 'copies.list';

/**
 * On screen a printable has no paper around it: show it as a sheet of its paper size, with the print margins.
 * Screen only, so what is printed stays exactly the printable.
 */
function asSheetOnScreen(html: string, kind: PrintableRequest['kind']): string {
  const sheet = kind === 'pocket-card' ? { width: '85.6mm', padding: '4mm 3mm' } : { width: '210mm', padding: '12mm 10mm' };
  const css = `<style>@media screen { html { background: #d9d9d9; } body { background: #fff; box-sizing: border-box; max-width: ${sheet.width}; margin: 4mm auto; padding: ${sheet.padding}; } }</style>`;
  const headEnd = html.indexOf('</head>');
  return headEnd === -1 ? html : `${html.slice(0, headEnd)}${css}${html.slice(headEnd)}`;
}

function sourceOf(opened: OpenedDataDir): ExportSource {
  const { signed, signerFingerprint } = createPlanService(opened).current();
  return { dataDir: opened.dataDir, plan: signed, signerFingerprint };
}

/** A name every file system accepts: no path separators or reserved characters, not too long. */
export function safeFileName(name: string, extension: string): string {
  const printable = [...name].map((character) => (character.charCodeAt(0) < 32 || character.charCodeAt(0) === 127 ? ' ' : character)).join('');
  const cleaned = printable
    .replace(/[<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .slice(0, 150)
    // No hidden files, and nothing Windows refuses: no leading or trailing dots and spaces.
    .replace(/^[\s.]+|[\s.]+$/g, '');
  return `${cleaned === '' ? 'draaiboek' : cleaned}.${extension}`;
}

function suggestedName(t: Translate, source: ExportSource, documentTitle: string, extension: string): string {
  const organisation = source.plan.plan.content.meta.organisationName;
  return safeFileName(t('print.fileName', { organisation, document: documentTitle, revision: source.plan.revision }), extension);
}

/** The platform's print engine as a function, where it has one. */
function printEngineOf(platform: Platform): RenderPdf | undefined {
  const renderPdf = platform.renderPdf;
  return renderPdf === undefined ? undefined : (html) => renderPdf.call(platform, html);
}

function recipientOf(request: { readonly recipient?: string | undefined }): { recipient?: string } {
  const recipient = request.recipient?.trim();
  return recipient === undefined || recipient === '' ? {} : { recipient };
}

function outcomeOf(completed: boolean, exported: ExportedDocument, path?: string): DocumentOutcome {
  return {
    completed,
    ...(path === undefined ? {} : { fileName: basename(path) }),
    ...(exported.copy?.copyNumber === undefined ? {} : { copyNumber: exported.copy.copyNumber }),
  };
}

export async function askWhereToSave(platform: Platform, purpose: FilePurpose, extension: string, name: string): Promise<string | undefined> {
  const chooseSaveFile = platform.chooseSaveFile;
  if (chooseSaveFile === undefined) throw new DraaiboekError('SAVE_DIALOG_UNAVAILABLE', 'no save dialog on this platform');
  return chooseSaveFile.call(platform, { purpose, extensions: [extension], suggestedName: name });
}

function toCopyRecord(entry: CopyEntry): CopyRecord {
  const { signerKeyid, ...rest } = entry;
  return { ...rest, ...(signerKeyid === undefined ? {} : { signerFingerprint: fingerprintOf(signerKeyid) }) };
}

/**
 * The print centre: a live preview of each printable, printing through the system dialog, saving as PDF or
 * Word. The binder and the Word plan are numbered copies: each print or save records the next number in the
 * copies register before the document is made, so the number on its cover is never handed out twice. The
 * page never names a path; the host's save dialog does.
 */
export function documentsHandlers(context: ApiContext): ImplementationsOf<DocumentsMethod> {
  const { session } = context;

  function exportPrintable(opened: OpenedDataDir, request: PrintableRequest, medium: 'print' | 'pdf', location: string) {
    return exportDocument(sourceOf(opened), {
      format: 'html',
      what: request.kind,
      audience: request.audience,
      language: request.language,
      printedAt: opened.platform.now(),
      binderMedium: medium,
      location,
      ...(opened.platform.renderPdf === undefined ? {} : { renderPdf: printEngineOf(opened.platform) }),
      ...recipientOf(request),
    });
  }

  return {
    'documents.preview': async ({ kind, audience, language }) => {
      const opened = session.opened();
      const source = sourceOf(opened);
      // The binder's distribution list shows the copies issued so far; the preview itself is no copy.
      const issuedCopies = kind === 'binder' ? await listCopies(opened.dataDir) : [];
      const html = await layOutPrintable(
        kind,
        source.plan,
        { audience, language, signerFingerprint: source.signerFingerprint, printedAt: opened.platform.now(), issuedCopies },
        printEngineOf(opened.platform),
      );
      return { html: asSheetOnScreen(html, kind), revision: source.plan.revision };
    },

    'documents.print': async (request) => {
      const opened = session.opened();
      const { platform } = opened;
      const t = createTranslator(request.language);
      const printHtml = platform.printHtml;
      if (printHtml === undefined) throw new DraaiboekError('PRINT_UNAVAILABLE', 'no printer on this platform');
      const exported = await exportPrintable(opened, request, 'print', t('print.location.printer'));
      const printed = await printHtml.call(platform, exported.bytes.toString('utf8'));
      return outcomeOf(printed, exported);
    },

    'documents.savePdf': async (request) => {
      const opened = session.opened();
      const { platform } = opened;
      const t = createTranslator(request.language);
      const renderPdf = platform.renderPdf;
      if (renderPdf === undefined) throw new DraaiboekError('PDF_UNAVAILABLE', 'no PDF engine on this platform');
      const title = t(printableTitleKeys[request.kind]);
      const path = await askWhereToSave(platform, 'pdf', 'pdf', suggestedName(t, sourceOf(opened), title, 'pdf'));
      if (path === undefined) return { completed: false };
      const exported = await exportPrintable(opened, request, 'pdf', path);
      const pdf = await renderPdf.call(platform, exported.bytes.toString('utf8'));
      await writeFileDurably(path, pdf);
      return outcomeOf(true, exported, path);
    },

    'documents.saveWord': async (request) => {
      const opened = session.opened();
      const { platform } = opened;
      const t = createTranslator(request.language);
      const source = sourceOf(opened);
      const path = await askWhereToSave(platform, 'docx', 'docx', suggestedName(t, source, t(wordTitleKeys[request.kind]), 'docx'));
      if (path === undefined) return { completed: false };
      const exported = await exportDocument(source, {
        format: 'docx',
        what: request.kind,
        audience: request.audience,
        language: request.language,
        printedAt: platform.now(),
        location: path,
        ...recipientOf(request),
      });
      await writeFileDurably(path, exported.bytes);
      return outcomeOf(true, exported, path);
    },

    // The same file as `draaiboek export csv --what actions`: one function makes both.
    'documents.saveActionsCsv': async ({ language }) => {
      const opened = session.opened();
      const { platform } = opened;
      const t = createTranslator(language);
      const source = sourceOf(opened);
      const path = await askWhereToSave(platform, 'csv', 'csv', suggestedName(t, source, t('documents.title.actions'), 'csv'));
      if (path === undefined) return { completed: false };
      const exported = await exportDocument(source, { format: 'csv', what: 'actions', audience: 'organisation', language, printedAt: platform.now(), location: path });
      await writeFileDurably(path, exported.bytes);
      return outcomeOf(true, exported, path);
    },

    'copies.list': async () => {
      const opened = session.opened();
      return (await listCopies(opened.dataDir)).map(toCopyRecord);
    },
  };
}
