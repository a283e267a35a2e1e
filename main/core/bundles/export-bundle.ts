import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { DraaiboekError, isDraaiboekError } from '../../../shared/errors.js';
import type { Language } from '../../../shared/i18n/translate.js';
import type { SyncExportRequest } from '../../../shared/sync-contract.js';
import { MIN_BUNDLE_PASSPHRASE_LENGTH, passphraseLength } from '../../../shared/passphrase-rules.js';
import type { Audience } from '../../../shared/plan/vocabularies.js';
import { recordCopy } from '../copies/copies-register.js';
import { fingerprintOf } from '../crypto/keys.js';
import { writeFileDurably } from '../fs/durable-write.js';
import { describeZodError } from '../store/describe-zod-error.js';
import type { OpenedDataDir } from '../data-dir/open-data-dir.js';
import { decryptWithFileKey, encryptWithPassphrase } from './age-passphrase.js';
import { BUNDLE_EXTENSION } from '../../../shared/plan/vocabularies.js';
import { bundleTrustOf } from './bundle-trust.js';
import { buildBundle, type BuiltBundle } from './build-bundle.js';
import { kitExtraSchema, readableKitFiles, writeKitFiles, type KitExtra } from './kit.js';
import { openBundle, type BundleTrust } from './open-bundle.js';

const kitExtrasSchema = z.array(kitExtraSchema).max(16);

/** A passphrase, or the explicit word that the bundle goes out unencrypted: never neither. */
export type BundleEncryption = { readonly passphrase: string; readonly encrypt?: undefined } | { readonly encrypt: false; readonly passphrase?: undefined };

/**
 * The contract's request (a passphrase or `encrypt: false`, a recipient), validated by whichever door took it
 * (the IPC wrapper, the CLI's options), and where the bundle goes: a path the CLI was given or main's dialog
 * chose, or a kit folder, into which the bundle then goes.
 */
export type ExportRequest = Pick<SyncExportRequest, 'recipient'> & BundleEncryption & {
  readonly out?: string;
  readonly audience?: Audience;
  readonly kit?: { readonly dir: string; readonly extras?: readonly KitExtra[]; readonly language?: Language };
};

export interface ExportResult {
  readonly path: string;
  readonly bytes: number;
  readonly encrypted: boolean;
  readonly planId: string;
  readonly revision: number;
  readonly fingerprint: string;
  readonly copyNumber: number;
  /** Every file the kit folder received, the bundle first. */
  readonly kitFiles: string[];
  /** The names of the files written that anyone can read without a passphrase (the bundle too, when unencrypted). */
  readonly readableFiles: string[];
}

/** A passphrase long enough to resist guessing on a lost stick, whatever door the export came through. */
export function checkBundlePassphrase(passphrase: string): void {
  if (passphraseLength(passphrase) < MIN_BUNDLE_PASSPHRASE_LENGTH) {
    throw new DraaiboekError('PASSPHRASE_TOO_SHORT', 'the bundle passphrase is too short', { min: MIN_BUNDLE_PASSPHRASE_LENGTH });
  }
}

/** The bundle lies in the kit folder that describes it: `out`, when given, must name a file in that folder. */
function bundlePathOf(out: string | undefined, kitDir: string | undefined, defaultName: string): string {
  if (kitDir === undefined) return out ?? defaultName;
  if (out === undefined) return join(kitDir, defaultName);
  if (resolve(dirname(out)) !== resolve(kitDir)) {
    throw new DraaiboekError('KIT_OUT_OUTSIDE', 'the bundle would not be in its kit folder', { out, kit: kitDir });
  }
  return out;
}

/** A file name a colleague recognises: the organisation and the revision. */
export function defaultBundleName(organisationName: string, revision: number): string {
  const slug = organisationName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug === '' ? 'draaiboek' : slug}-r${revision}${BUNDLE_EXTENSION}`;
}

function readBackFailed(path: string, detail: string): DraaiboekError {
  return new DraaiboekError('BUNDLE_READ_BACK_FAILED', `read back of ${path} failed: ${detail}`, { path, detail });
}

/**
 * Read what landed on the stick and check it as an importer would: the same bytes, the age layer whole (with
 * the file key this export used, so no second key derivation), and the bundle opening and verifying.
 */
async function verifyWritten(
  path: string,
  written: Uint8Array,
  built: BuiltBundle,
  fileKey: Uint8Array | undefined,
  trust: BundleTrust,
): Promise<void> {
  let readBack: Buffer;
  try {
    readBack = await readFile(path);
  } catch (error) {
    throw readBackFailed(path, (error as Error).message);
  }
  if (!readBack.equals(written)) throw readBackFailed(path, 'bytes differ');
  try {
    const plaintext = fileKey === undefined ? readBack : await decryptWithFileKey(readBack, fileKey);
    if (!Buffer.from(plaintext).equals(built.bytes)) throw readBackFailed(path, 'content differs');
    const opened = await openBundle(plaintext, undefined, trust);
    if (opened.signed.revision !== built.signed.revision) throw readBackFailed(path, 'revision differs');
  } catch (error) {
    if (isDraaiboekError(error) && error.code !== 'BUNDLE_READ_BACK_FAILED') throw readBackFailed(path, error.code);
    throw error;
  }
}

/**
 * Export the current revision as a `.draaiboek` bundle (encrypted with the passphrase unless the user said
 * not to), read it back and verify it, optionally with a readable kit beside it, and note it in the register
 * of copies. Resolves only when the bundle on the stick has been checked.
 */
/**
 * A bundle always holds the whole signed plan, private numbers included: it cannot be redacted without
 * ceasing to be the signed plan. So it never goes out under the "organisation" audience, whose documents
 * promise to leave those numbers out; colleagues outside the crisis team get the print centre's documents.
 */
export function refuseBundleForOrganisation(audience: string | undefined): void {
  if (audience === 'organisation') {
    throw new DraaiboekError('BUNDLE_NOT_FOR_ORGANISATION', 'a bundle holds every number: crisis team only');
  }
}

export async function exportBundle(opened: OpenedDataDir, request: ExportRequest): Promise<ExportResult> {
  // The type says so already; a bundle must still never go out unencrypted by a caller's slip.
  if (request.passphrase === undefined && request.encrypt !== false) {
    throw new DraaiboekError('USAGE', 'give a passphrase, or say encrypt: false', { detail: 'passphrase' });
  }
  // Names made in main from the plan and the user's words become paths on the stick here: checked where they do.
  const extras = kitExtrasSchema.safeParse(request.kit?.extras ?? []);
  if (!extras.success) throw new DraaiboekError('USAGE', 'bad kit file', { detail: describeZodError(extras.error) });
  refuseBundleForOrganisation(request.audience);
  if (request.passphrase !== undefined) checkBundlePassphrase(request.passphrase);
  const current = opened.store.current;
  const path = bundlePathOf(request.out, request.kit?.dir, defaultBundleName(current.plan.content.meta.organisationName, current.revision));
  const built = await buildBundle(opened);
  const { signed } = built;
  const encrypted = request.passphrase === undefined ? undefined : await encryptWithPassphrase(built.bytes, request.passphrase);
  const written = encrypted?.ciphertext ?? built.bytes;

  await mkdir(dirname(path), { recursive: true });
  await writeFileDurably(path, written);
  await verifyWritten(path, written, built, encrypted?.fileKey, await bundleTrustOf(opened));

  const kit =
    request.kit === undefined
      ? undefined
      : {
          dir: request.kit.dir,
          bundleFileName: basename(path),
          extras: extras.data,
          language: request.kit.language ?? 'nl',
          encrypted: encrypted !== undefined,
          built,
        };
  const kitFiles = kit === undefined ? [] : [path, ...(await writeKitFiles(kit))];
  const readableFiles = kit !== undefined ? readableKitFiles(kit) : encrypted === undefined ? [basename(path)] : [];

  const copy = await recordCopy(opened.dataDir, {
    direction: 'out',
    kind: 'bundle',
    planId: signed.planId,
    revision: signed.revision,
    at: opened.platform.now().toISOString(),
    location: path.slice(-1_000),
    encrypted: encrypted !== undefined,
    signerKeyid: built.signer.keyid,
    ...(request.recipient === undefined ? {} : { recipient: request.recipient }),
    ...(request.audience === undefined ? {} : { audience: request.audience }),
    // The sync log says which files on the stick anyone can read.
    ...(readableFiles.length === 0 ? {} : { summary: JSON.stringify({ readableFiles: readableFiles.map((name) => name.slice(0, 200)).slice(0, 20) }) }),
  });
  return {
    path,
    bytes: written.length,
    encrypted: encrypted !== undefined,
    planId: signed.planId,
    revision: signed.revision,
    fingerprint: fingerprintOf(built.signer.keyid),
    copyNumber: copy.copyNumber ?? 0,
    kitFiles,
    readableFiles,
  };
}
