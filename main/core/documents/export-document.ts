import { DraaiboekError } from '../../../shared/errors.js';
import { createTranslator, type Language, type PlainMessageKey } from '../../../shared/i18n/index.js';
import { printableTitleKeys, wordTitleKeys } from '../../../shared/documents-contract.js';
import type { SignedPlan } from '../../../shared/plan/plan.js';
import type { Audience } from '../../../shared/plan/vocabularies.js';
import { listCopies, recordCopy, type CopyEntry } from '../copies/copies-register.js';
import { actionsCsv } from './csv/actions-csv.js';
import { layOutPrintable, type RenderPdf } from './html/lay-out-printable.js';
import { printableKinds, type PrintableKind } from './html/render-printable.js';
import { buildDocumentModel } from './model/document-model.js';
import { renderMarkdown } from './markdown/render-markdown.js';
import { buildWordDocument } from './word/load-word-document.js';
import { wordDocumentKinds, type WordDocumentKind } from './word/word-document-kinds.js';

export const exportFormats = ['docx', 'html', 'md', 'csv'] as const;
export type ExportFormat = (typeof exportFormats)[number];
export type ExportWhat = WordDocumentKind | PrintableKind | 'actions';

/** What each format can hold. The first is the default when the caller names none. */
export const exportableKinds: Record<ExportFormat, readonly ExportWhat[]> = {
  docx: wordDocumentKinds,
  html: ['binder', ...printableKinds.filter((kind) => kind !== 'binder')],
  md: ['plan'],
  csv: ['actions'],
};

export interface ExportSource {
  readonly dataDir: string;
  readonly plan: SignedPlan;
  readonly signerFingerprint: string;
}

export interface ExportRequest {
  readonly format: ExportFormat;
  /** One of `exportableKinds[format]`; checked here, as it may come from a command line or the UI. */
  readonly what?: string;
  readonly audience: Audience;
  readonly language: Language;
  readonly printedAt: Date;
  /** For the copies register: who gets this copy, and where it goes (a file name, a printer). */
  readonly recipient?: string;
  readonly location?: string;
  /** A binder printed on paper, or saved as PDF by the app; the CLI's HTML binder is for printing. */
  readonly binderMedium?: 'print' | 'pdf';
  /** The print engine, where there is one: the binder's contents get page numbers measured with it. */
  readonly renderPdf?: RenderPdf;
}

export interface ExportedDocument {
  readonly what: ExportWhat;
  readonly bytes: Buffer;
  readonly mediaType: string;
  readonly extension: ExportFormat;
  /** Set for numbered copies (the binder and the Word plan): the entry in the copies register. */
  readonly copy?: CopyEntry;
}

/** What an export is called for the user ("Crisismap", "Verantwoording bedrijfscontinuïteit"), never its option value. */
export function exportTitleKey(what: ExportWhat): PlainMessageKey {
  if (what === 'actions') return 'documents.title.actions';
  return isWordKind(what) ? wordTitleKeys[what] : printableTitleKeys[what];
}

function isWordKind(what: ExportWhat): what is WordDocumentKind {
  return wordDocumentKinds.some((kind) => kind === what);
}

function isPrintableKind(what: ExportWhat): what is PrintableKind {
  return printableKinds.some((kind) => kind === what);
}

const MEDIA_TYPES: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** The binder and the Word plan are numbered copies: they go in the register and carry the number on the cover. */
function copyKindOf(format: ExportFormat, what: ExportWhat, request: ExportRequest): CopyEntry['kind'] | undefined {
  if (format === 'docx' && what === 'plan') return 'docx';
  if (format === 'html' && what === 'binder') return request.binderMedium === 'pdf' ? 'binder-pdf' : 'binder-print';
  return undefined;
}

/**
 * Export a document of the plan for one audience. A numbered copy is recorded in the copies register first
 * (durably), so the number on its cover is never handed out twice; a copy whose file then fails to be written
 * leaves a gap in the numbering, as a voided form would.
 */
export async function exportDocument(source: ExportSource, request: ExportRequest): Promise<ExportedDocument> {
  const allowed = exportableKinds[request.format];
  const asked = request.what ?? allowed[0] ?? 'plan';
  const what = allowed.find((kind) => kind === asked);
  if (what === undefined) {
    const t = createTranslator(request.language);
    const detail = t('documents.export.badWhat', { what: asked, format: request.format, allowed: allowed.join(', ') });
    throw new DraaiboekError('USAGE', detail, { detail });
  }
  const copyKind = copyKindOf(request.format, what, request);
  const copy =
    copyKind === undefined
      ? undefined
      : await recordCopy(source.dataDir, {
          direction: 'out',
          kind: copyKind,
          planId: source.plan.planId,
          revision: source.plan.revision,
          at: request.printedAt.toISOString(),
          audience: request.audience,
          ...(request.recipient === undefined ? {} : { recipient: request.recipient }),
          ...(request.location === undefined ? {} : { location: request.location }),
        });
  const options = {
    audience: request.audience,
    language: request.language,
    signerFingerprint: source.signerFingerprint,
    printedAt: request.printedAt,
    ...(copy?.copyNumber === undefined ? {} : { copyNumber: copy.copyNumber }),
  };
  let bytes: Buffer;
  if (request.format === 'docx' && isWordKind(what)) {
    bytes = await buildWordDocument(what, source.plan, options);
  } else if (request.format === 'csv') {
    bytes = Buffer.from(actionsCsv(buildDocumentModel(source.plan, options)), 'utf8');
  } else if (request.format === 'md') {
    bytes = Buffer.from(renderMarkdown(source.plan, options), 'utf8');
  } else if (isPrintableKind(what)) {
    const issuedCopies = what === 'binder' ? await listCopies(source.dataDir) : [];
    bytes = Buffer.from(await layOutPrintable(what, source.plan, { ...options, issuedCopies }, request.renderPdf), 'utf8');
  } else {
    throw new DraaiboekError('INTERNAL', `no renderer for ${what} as ${request.format}`, { detail: what });
  }
  return { what, bytes, mediaType: MEDIA_TYPES[request.format], extension: request.format, ...(copy === undefined ? {} : { copy }) };
}
