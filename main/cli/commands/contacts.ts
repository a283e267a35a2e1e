import { basename } from 'node:path';
import { DraaiboekError } from '../../../shared/errors.js';
import { isMessageKey, translateRuntime } from '../../../shared/i18n/index.js';
import { applyContactsImport, previewContactsImport } from '../../core/contacts/contacts-service.js';
import { MAX_CONTACTS_FILE_BYTES, type ContactsImportAction } from '../../../shared/plan/vocabularies.js';
import type { ContactsImportPreview } from '../../core/contacts/contacts-types.js';
import { readUntrustedFileBytes } from '../../core/safe-json/index.js';
import { exitCodes, type CliContext } from '../cli-io.js';
import { dataDirOption, requireDataDir, resolvePath } from '../command-options.js';
import { openForCli } from '../open-for-cli.js';
import type { Command } from '../run-cli.js';

function usage(context: CliContext): DraaiboekError {
  const detail = context.t('contacts.cli.usage');
  return new DraaiboekError('USAGE', detail, { detail });
}

function printPreview(preview: ContactsImportPreview, fileName: string, acceptNameMatches: boolean, context: CliContext): void {
  const { t, io } = context;
  io.out(t('contacts.cli.header', { fileName, format: t(`contacts.format.${preview.format}`), count: preview.entries.length }));
  const counts = { add: 0, update: 0, skip: 0 };
  for (const entry of preview.entries) {
    counts[actionOf(entry, acceptNameMatches)] += 1;
    const name = entry.incoming.name;
    const match = entry.match?.name ?? '';
    const reason = entry.match === undefined ? '' : t(`contacts.reason.${entry.match.reason}`);
    if (entry.proposed === 'add') io.out(t('contacts.cli.entryAdd', { name }));
    else if (entry.proposed === 'skip') io.out(t('contacts.cli.entrySkip', { name, match, reason }));
    else {
      const fields = entry.changedFields
        .map((field) => {
          const key = `contacts.field.${field}`;
          return isMessageKey(key) ? translateRuntime(t, key) : field;
        })
        .join(', ');
      if (entry.confirmationNeeded === true && !acceptNameMatches) io.out(t('contacts.cli.entryNameMatch', { name, match, fields }));
      else io.out(t('contacts.cli.entryUpdate', { name, match, reason, fields }));
    }
  }
  io.out(t('contacts.cli.summary', counts));
  if (preview.problems.length > 0) {
    io.out(t('contacts.cli.problemsTitle', { count: preview.problems.length }));
    for (const problem of preview.problems) io.out(t('contacts.cli.problem', { line: problem.line, message: isMessageKey(problem.key) ? translateRuntime(t, problem.key, problem.params) : problem.key }));
  }
}

/** What `--yes` does with a contact: a namesake's update only with `--accept-name-matches`. */
function actionOf(entry: ContactsImportPreview['entries'][number], acceptNameMatches: boolean): ContactsImportAction {
  return entry.confirmationNeeded === true && !acceptNameMatches ? 'skip' : entry.proposed;
}

/**
 * `draaiboek contacts import --data-dir DIR FILE [--yes] [--accept-name-matches]`: shows what a contacts export
 * would change; with `--yes` takes over the proposed additions and updates as one revision, an update of a
 * person found by name alone only with `--accept-name-matches`.
 */
export const contactsCommand: Command = {
  options: { ...dataDirOption, yes: { type: 'boolean' }, 'accept-name-matches': { type: 'boolean' } },
  async run(parsed, context) {
    const [subcommand, file, ...extra] = parsed.positionals;
    if (subcommand !== 'import' || file === undefined || extra.length > 0) throw usage(context);
    const dataDir = requireDataDir(parsed, context);
    const path = resolvePath(file, context);
    const bytes = await readUntrustedFileBytes(path, { maxBytes: MAX_CONTACTS_FILE_BYTES });
    const fileName = basename(path);
    const apply = parsed.values['yes'] === true;
    const acceptNameMatches = parsed.values['accept-name-matches'] === true;
    const opened = await openForCli(dataDir, context, apply ? 'write' : 'read');
    try {
      const preview = await previewContactsImport(opened, { fileName, bytes });
      printPreview(preview, fileName, acceptNameMatches, context);
      if (!apply) {
        context.io.out(context.t('contacts.cli.previewOnly'));
        return exitCodes.ok;
      }
      const before = opened.store.current.revision;
      const decisions = preview.entries.map((entry) => ({
        index: entry.index,
        action: actionOf(entry, acceptNameMatches),
        ...(entry.confirmationNeeded === true && acceptNameMatches ? { confirmNameMatch: true } : {}),
      }));
      const signed = await applyContactsImport(opened, { fileName, bytes, decisions });
      context.io.out(
        signed.revision === before
          ? context.t('contacts.cli.nothingToApply')
          : context.t('contacts.cli.applied', { revision: signed.revision }),
      );
      return exitCodes.ok;
    } finally {
      await opened.close();
    }
  },
};
