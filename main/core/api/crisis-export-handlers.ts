import { basename } from 'node:path';
import { createTranslator } from '../../../shared/i18n/index.js';
import { DraaiboekError } from '../../../shared/errors.js';
import { buildCrisisRecord } from '../crisis/crisis-record.js';
import { crisisRecordDocument } from '../documents/crisis/export-crisis-record.js';
import { writeFileDurably } from '../fs/durable-write.js';
import type { ApiContext, ImplementationsOf } from './api-context.js';
import { askWhereToSave, safeFileName } from './documents-handlers.js';
import { todayInAmsterdam } from '../../../shared/plan/today.js';

/**
 * Saving a crisis record from the app: Word, PDF (the host renders the print HTML) or the signed record. The
 * page names the crisis and the format; the path comes from the host's save dialog in main.
 */
export function crisisExportHandlers(context: ApiContext): ImplementationsOf<'crisis.export'> {
  const { session } = context;
  return {
    'crisis.export': async ({ crisisId, format, language }) => {
      const opened = session.opened();
      const { platform } = opened;
      const t = createTranslator(language);
      const renderPdf = platform.renderPdf;
      if (format === 'pdf' && renderPdf === undefined) {
        throw new DraaiboekError('PDF_UNAVAILABLE', 'no PDF engine on this platform', {});
      }
      // Read before asking where to save: an unknown crisis is refused without a dialog.
      const document = format === 'record' ? undefined : await crisisRecordDocument(opened, crisisId, format === 'docx' ? 'docx' : 'html', language);
      const record = format === 'record' ? await buildCrisisRecord(opened, crisisId) : undefined;
      const extension = format === 'record' ? 'json' : format;
      const name = safeFileName(t('documents.crisis.fileName', { title: document?.title ?? crisisId, date: todayInAmsterdam(opened.platform.now()) }), extension);
      const path = await askWhereToSave(platform, format === 'record' ? 'bundle' : format, extension, name);
      if (path === undefined) return { completed: false };
      const bytes = record?.bytes ?? (format === 'pdf' && renderPdf !== undefined && document !== undefined ? Buffer.from(await renderPdf.call(platform, document.bytes.toString('utf8'))) : document?.bytes);
      if (bytes === undefined) return { completed: false };
      await writeFileDurably(path, bytes);
      return { completed: true, fileName: basename(path) };
    },
  };
}
