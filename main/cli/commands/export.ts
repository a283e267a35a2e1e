import { writeFile } from 'node:fs/promises';
import { DraaiboekError } from '../../../shared/errors.js';
import { languageFromLocale, languages, type Language } from '../../../shared/i18n/index.js';
import { audiences, type Audience } from '../../../shared/plan/vocabularies.js';
import { createPlanService } from '../../core/plan/plan-service.js';
import { exportDocument, exportFormats, exportTitleKey, type ExportFormat } from '../../core/documents/index.js';
import { exitCodes, type CliContext } from '../cli-io.js';
import { dataDirOption, requireDataDir, requireString, resolvePath } from '../command-options.js';
import { openForCli } from '../open-for-cli.js';
import type { Command, ParsedCommand } from '../run-cli.js';

function usage(detail: string): DraaiboekError {
  return new DraaiboekError('USAGE', detail, { detail });
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

/** `--language`, else the locale's: the language of a document written from the command line. */
export function languageOf(parsed: ParsedCommand, context: CliContext): Language {
  const given = parsed.values['language'];
  if (given === undefined) {
    const { env } = context.io;
    return languageFromLocale(env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || undefined);
  }
  if (!oneOf(given, languages)) throw usage(context.t('documents.export.badLanguage'));
  return given;
}

/** `draaiboek export docx|html|md --data-dir DIR --out FILE [--what ...] [--audience ...]` */
export const exportCommand: Command = {
  options: {
    ...dataDirOption,
    out: { type: 'string' },
    what: { type: 'string' },
    audience: { type: 'string' },
    language: { type: 'string' },
    recipient: { type: 'string' },
  },
  async run(parsed, context) {
    const { t, io } = context;
    const [format] = parsed.positionals;
    if (!oneOf(format, exportFormats)) throw usage(t('documents.export.badFormat'));
    const audienceValue = parsed.values['audience'] ?? 'organisation';
    if (!oneOf(audienceValue, audiences)) throw usage(t('documents.export.badAudience'));
    const audience: Audience = audienceValue;
    const whatValue = parsed.values['what'];
    if (whatValue !== undefined && typeof whatValue !== 'string') throw usage(t('cli.missingOption', { option: '--what' }));
    const language = languageOf(parsed, context);
    const dataDir = requireDataDir(parsed, context);
    const out = resolvePath(requireString(parsed, 'out', context), context);
    const recipient = parsed.values['recipient'];
    // Write mode: the export may number a copy in copies.json, which only the folder's lock holder may change.
    const opened = await openForCli(dataDir, context, 'write');
    try {
      const { signed, signerFingerprint } = createPlanService(opened).current();
      const exported = await exportDocument(
        { dataDir, plan: signed, signerFingerprint },
        {
          format: format satisfies ExportFormat,
          ...(whatValue === undefined ? {} : { what: whatValue }),
          audience,
          language,
          printedAt: io.now(),
          location: out,
          ...(typeof recipient === 'string' && recipient !== '' ? { recipient } : {}),
        },
      );
      await writeFile(out, exported.bytes);
      io.out(t('documents.export.written', { what: t(exportTitleKey(exported.what)), out }));
      if (exported.copy?.copyNumber !== undefined) {
        io.out(t('documents.export.copyRecorded', { copyNumber: exported.copy.copyNumber, revision: signed.revision, audience }));
      }
      return exitCodes.ok;
    } finally {
      await opened.close();
    }
  },
};
