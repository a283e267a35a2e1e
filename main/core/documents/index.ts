export { buildDocumentModel, type DocumentModel, type DocumentOptions } from './model/document-model.js';
export { phoneVisibleTo } from './model/audience-filter.js';
export { formatPhone } from '../../../shared/plan/phone-display.js';
export { buildWordDocument } from './word/load-word-document.js';
export { wordDocumentKinds, type WordDocumentKind } from './word/word-document-kinds.js';
export { renderPrintable, printableKinds, type PrintableKind, type PrintableOptions } from './html/render-printable.js';
export { renderMarkdown } from './markdown/render-markdown.js';
export {
  exportDocument,
  exportFormats,
  exportableKinds,
  exportTitleKey,
  type ExportFormat,
  type ExportRequest,
  type ExportSource,
  type ExportWhat,
  type ExportedDocument,
} from './export-document.js';
