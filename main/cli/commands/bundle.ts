import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DraaiboekError } from '../../../shared/errors.js';
import { enumLabels } from '../../../shared/i18n/enum-labels.js';
import { syncExportRequestSchema } from '../../../shared/sync-contract.js';
import {
  createBundleService,
  inspectBundle,
  readBundleFile,
  type BundleInspection,
  type ImportPreview,
} from '../../core/bundles/index.js';
import { isAgeFile } from '../../core/bundles/age-passphrase.js';
import { bundleTrustOf, decideSignerTrust, trustRequestFor } from '../../core/bundles/bundle-trust.js';
import { audiences, type Audience } from '../../../shared/plan/vocabularies.js';
import { describeZodError } from '../../core/store/describe-zod-error.js';
import { exitCodes, type CliContext } from '../cli-io.js';
import { dataDirOption, requireDataDir, requireFileArgument, resolvePath } from '../command-options.js';
import { openForCli } from '../open-for-cli.js';
import type { Command, ParsedCommand } from '../run-cli.js';

/** How many record names the preview prints per kind of change; the counts are always complete. */
const LISTED_PER_KIND = 10;

function usage(detail: string): DraaiboekError {
  return new DraaiboekError('USAGE', detail, { detail });
}

function stringOption(parsed: ParsedCommand, name: string): string | undefined {
  const value = parsed.values[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A passphrase file holds the passphrase on its first line; the line end is not part of it. */
async function readPassphraseFile(parsed: ParsedCommand, context: CliContext): Promise<string | undefined> {
  const file = stringOption(parsed, 'passphrase-file');
  if (file === undefined) return undefined;
  const path = resolvePath(file, context);
  const passphrase = (await readFile(path, 'utf8')).split(/\r?\n/)[0] ?? '';
  if (passphrase === '') throw usage(context.t('bundles.cli.passphraseFileEmpty', { path }));
  return passphrase;
}

/** The passphrase for an encrypted bundle: from the file, else asked at the terminal. */
async function passphraseFor(bytes: Uint8Array, parsed: ParsedCommand, context: CliContext): Promise<string | undefined> {
  const fromFile = await readPassphraseFile(parsed, context);
  if (fromFile !== undefined || !isAgeFile(bytes)) return fromFile;
  const typed = await context.io.askSecret(context.t('bundles.cli.passphrasePrompt'));
  return typed === undefined || typed === '' ? undefined : typed;
}

function printSigner(signer: ImportPreview['signer'], context: CliContext): void {
  const { t, io } = context;
  io.out(
    t('bundles.cli.signer', {
      name: signer.name ?? '?',
      fingerprint: signer.fingerprint,
      trust: t(signer.trusted ? 'bundles.cli.trusted' : 'bundles.cli.untrusted'),
    }),
  );
}

function printPlan(plan: Pick<BundleInspection, 'title' | 'organisationName' | 'revision' | 'savedAt' | 'planId' | 'exportedAt'>, context: CliContext): void {
  context.io.out(context.t('bundles.cli.inspectPlan', { ...plan, organisation: plan.organisationName }));
  context.io.out(context.t('bundles.cli.inspectExported', { createdAt: plan.exportedAt }));
}

function shortValue(value: unknown): string {
  const text = value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function printPreview(preview: ImportPreview, context: CliContext): void {
  const { t, io } = context;
  printPlan(preview, context);
  printSigner(preview.signer, context);
  io.out(t(`bundles.kind.${preview.kind}`, { planId: preview.planId }));
  if (preview.kind !== 'merge' && preview.kind !== 'adopt') return;
  if (preview.changes.length === 0) io.out(t('bundles.cli.previewNoChanges'));
  else io.out(t('bundles.cli.previewChanges'));
  for (const entry of preview.changes) {
    const collection = t(`bundles.collection.${entry.collection}`);
    io.out(t('bundles.cli.previewCollection', { collection, added: entry.addedCount, changed: entry.changedCount, deleted: entry.deletedCount }));
    for (const [change, records, count] of [
      ['added', entry.added, entry.addedCount],
      ['changed', entry.changed, entry.changedCount],
      ['deleted', entry.deleted, entry.deletedCount],
    ] as const) {
      for (const record of records.slice(0, LISTED_PER_KIND)) {
        io.out(t('bundles.cli.previewRecord', { change: t(`bundles.cli.change.${change}`), name: record.name }));
      }
      if (count > LISTED_PER_KIND) io.out(t('bundles.cli.previewMore', { count: count - LISTED_PER_KIND }));
    }
  }
  if (preview.newConflicts.length > 0) {
    io.out(t('bundles.cli.previewConflicts', { count: preview.newConflicts.length }));
    for (const conflict of preview.newConflicts) {
      io.out(
        t('bundles.cli.previewConflict', {
          collection: t(enumLabels.collection[conflict.collection]),
          name: conflict.recordName,
          field: conflict.field,
          mine: shortValue(conflict.currentValue),
          theirs: shortValue(conflict.otherValue),
        }),
      );
    }
  }
}

function audienceOption(parsed: ParsedCommand, context: CliContext): Audience | undefined {
  const value = stringOption(parsed, 'audience');
  if (value === undefined) return undefined;
  const known = audiences.find((audience) => audience === value);
  if (known === undefined) throw usage(context.t('bundles.cli.audienceUnknown', { audience: value }));
  return known;
}

/** With a kit, a bare file name for --out names the bundle inside the kit folder. */
function bundleOutPath(out: string | undefined, kit: string | undefined, context: CliContext): string | undefined {
  if (out === undefined) return undefined;
  if (kit !== undefined && basename(out) === out) return join(resolvePath(kit, context), out);
  return resolvePath(out, context);
}

async function runExport(parsed: ParsedCommand, context: CliContext): Promise<number> {
  const { t, io } = context;
  const dataDir = requireDataDir(parsed, context);
  const audience = audienceOption(parsed, context);
  const out = stringOption(parsed, 'out');
  const kit = stringOption(parsed, 'kit');
  const noEncrypt = parsed.values['no-encrypt'] === true;
  const passphrase = await readPassphraseFile(parsed, context);
  if (passphrase === undefined === !noEncrypt) throw usage(t('bundles.cli.encryptChoice'));
  if (out === undefined && kit === undefined) throw usage(t('cli.missingOption', { option: '--out' }));
  const recipient = stringOption(parsed, 'recipient');
  // The options are this door's edge: checked by the contract's own schema, as the app's arguments are.
  const checked = syncExportRequestSchema.safeParse({
    ...(passphrase === undefined ? { encrypt: false } : { passphrase }),
    ...(recipient === undefined ? {} : { recipient }),
  });
  if (!checked.success) throw new DraaiboekError('USAGE', 'bad export request', { detail: describeZodError(checked.error) });
  const request = checked.data;
  const outPath = bundleOutPath(out, kit, context);
  const opened = await openForCli(dataDir, context, 'write');
  try {
    const result = await createBundleService(opened).exportBundle({
      ...(outPath === undefined ? {} : { out: outPath }),
      ...(audience === undefined ? {} : { audience }),
      ...(kit === undefined ? {} : { kit: { dir: resolvePath(kit, context) } }),
      ...(request.passphrase === undefined ? { encrypt: false as const } : { passphrase: request.passphrase }),
      ...(request.recipient === undefined ? {} : { recipient: request.recipient }),
    });
    io.out(
      t('bundles.cli.exported', {
        path: result.path,
        size: result.bytes,
        revision: result.revision,
        encryption: t(result.encrypted ? 'bundles.cli.encrypted' : 'bundles.cli.notEncrypted'),
      }),
    );
    io.out(t('bundles.cli.copyNumber', { copyNumber: result.copyNumber, fingerprint: result.fingerprint }));
    if (kit !== undefined) {
      io.out(t('bundles.cli.kitWritten', { dir: resolvePath(kit, context) }));
      for (const path of result.kitFiles) io.out(t('bundles.cli.kitFile', { path }));
    }
    return exitCodes.ok;
  } finally {
    await opened.close();
  }
}

async function runImport(parsed: ParsedCommand, context: CliContext): Promise<number> {
  const { t, io } = context;
  const dataDir = requireDataDir(parsed, context);
  const file = requireFileArgument({ ...parsed, positionals: parsed.positionals.slice(1) }, context);
  const bytes = await readBundleFile(file);
  const passphrase = await passphraseFor(bytes, parsed, context);
  const confirmed = parsed.values['yes'] === true;
  const trust = parsed.values['trust'] === true;
  const trustNameCollision = parsed.values['trust-name-collision'] === true;
  // Without --yes nothing is written, so the folder is opened for reading only.
  const opened = await openForCli(dataDir, context, confirmed ? 'write' : 'read', { answers: { trust, trustNameCollision } });
  try {
    const bundles = createBundleService(opened);
    const request = { bytes, source: basename(file), ...(passphrase === undefined ? {} : { passphrase }) };
    const preview = await bundles.previewImport(request);
    printPreview(preview, context);
    if (preview.kind === 'older') return exitCodes.rollback;
    if (preview.kind === 'other-plan') return exitCodes.invalid;
    if (preview.kind === 'same') {
      io.out(t('bundles.cli.nothingToApply'));
      return exitCodes.ok;
    }
    if (!preview.signer.trusted) {
      const asked = await trustRequestFor(opened, preview.signer);
      if (asked.sameName !== undefined) {
        // Loud, before anything else is decided: two keys would answer to one name.
        io.err(
          t('bundles.cli.sameName', {
            name: asked.signer.name,
            fingerprint: asked.signer.fingerprint,
            trustedName: asked.sameName.name,
            trustedFingerprint: asked.sameName.fingerprint,
          }),
        );
      }
      if (!trust && !trustNameCollision) {
        io.out(t('bundles.cli.needsTrust'));
        if (confirmed) return exitCodes.unknownSigner;
      }
    }
    if (!confirmed) {
      io.out(t('bundles.cli.previewOnly'));
      return exitCodes.ok;
    }
    const trustSigner = await decideSignerTrust(opened, preview.signer);
    if (!preview.signer.trusted && !trustSigner) return exitCodes.unknownSigner;
    const outcome = await bundles.applyImport({ token: preview.token }, { trustSigner });
    io.out(t('bundles.cli.applied', { revision: outcome.revision, conflicts: outcome.newConflicts.length }));
    return exitCodes.ok;
  } finally {
    await opened.close();
  }
}

async function runInspect(parsed: ParsedCommand, context: CliContext): Promise<number> {
  const { t, io } = context;
  const file = requireFileArgument({ ...parsed, positionals: parsed.positionals.slice(1) }, context);
  const bytes = await readBundleFile(file);
  const passphrase = await passphraseFor(bytes, parsed, context);
  const dataDirValue = stringOption(parsed, 'data-dir') ?? context.io.env['DRAAIBOEK_DATA_DIR'];
  const trust = dataDirValue === undefined || dataDirValue === '' ? undefined : await bundleTrustOf(resolvePath(dataDirValue, context));
  const inspection = await inspectBundle(bytes, passphrase, trust);
  io.out(t('bundles.cli.inspectFile', { path: file, encryption: t(inspection.encrypted ? 'bundles.cli.encrypted' : 'bundles.cli.notEncrypted') }));
  printPlan(inspection, context);
  printSigner(inspection.signer, context);
  io.out(
    t('cli.showCounts', {
      people: inspection.counts.people,
      roles: inspection.counts.roles,
      processes: inspection.counts.processes,
      applications: inspection.counts.applications,
      organisations: inspection.counts.organisations,
      locations: inspection.counts.locations,
      scenarios: inspection.counts.scenarios,
    }),
  );
  return exitCodes.ok;
}

/** `draaiboek bundle export|import|inspect`: USB bundles from the command line, over the app's services. */
export const bundleCommand: Command = {
  options: {
    ...dataDirOption,
    out: { type: 'string' },
    kit: { type: 'string' },
    'passphrase-file': { type: 'string' },
    'no-encrypt': { type: 'boolean' },
    recipient: { type: 'string' },
    audience: { type: 'string' },
    trust: { type: 'boolean' },
    'trust-name-collision': { type: 'boolean' },
    yes: { type: 'boolean' },
  },
  run(parsed, context) {
    const [subcommand] = parsed.positionals;
    if (subcommand === 'export') return runExport(parsed, context);
    if (subcommand === 'import') return runImport(parsed, context);
    if (subcommand === 'inspect') return runInspect(parsed, context);
    throw usage(context.t('bundles.cli.subcommand'));
  },
};
