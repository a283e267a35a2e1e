import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { DraaiboekError, isDraaiboekError } from '../../../shared/errors.js';
import { languages } from '../../../shared/i18n/translate.js';
import { MIN_BUNDLE_PASSPHRASE_LENGTH, passphraseLength } from '../../../shared/passphrase-rules.js';
import { audiences } from '../../../shared/plan/vocabularies.js';
import { recordCopy } from '../copies/copies-register.js';
import { fingerprintOf } from '../crypto/keys.js';
import { writeFileDurably } from '../fs/durable-write.js';
import type { OpenedDataDir } from '../services/open-data-dir.js';
import { describeZodError } from '../store/describe-zod-error.js';
import { decryptWithFileKey, encryptWithPassphrase } from './age-passphrase.js';
import { BUNDLE_EXTENSION } from '../../../shared/plan/vocabularies.js';
import { bundleTrustOf } from './bundle-trust.js';
import { buildBundle, type BuiltBundle } from './build-bundle.js';
import { readableKitFiles, writeKitFiles, kitExtraSchema } from './kit.js';
import { openBundle, type BundleTrust } from './open-bundle.js';

const passphraseSchema = z.string().min(1).max(1_024);

/** What the app or the CLI asks for; validated here whatever the door. */
export const exportRequestSchema = z
  .strictObject({
    /** Where the bundle goes. With a kit it may be left out: the bundle then goes into the kit folder. */
    out: z.string().min(1).max(4_096).optional(),
    passphrase: passphraseSchema.optional(),
    /** Unencrypted only on the user's explicit word. */
    encrypt: z.literal(false).optional(),
    recipient: z.string().trim().min(1).max(300).optional(),
    audience: z.enum(audiences).optional(),
    kit: z
      .strictObject({
        dir: z.string().min(1).max(4_096),
        extras: z.array(kitExtraSchema).max(16).optional(),
        language: z.enum(languages).optional(),
      })
      .optional(),
  })
  .refine((request) => (request.passphrase === undefined) !== (request.encrypt === undefined), {
    message: 'give a passphrase, or say encrypt: false',
    path: ['passphrase'],
  })
  .refine((request) => request.out !== undefined || request.kit !== undefined, { message: 'give out or kit', path: ['out'] });
export type ExportRequest = z.input<typeof exportRequestSchema>;

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

export async function exportBundle(opened: OpenedDataDir, rawRequest: unknown): Promise<ExportResult> {
  const parsed = exportRequestSchema.safeParse(rawRequest);
  if (!parsed.success) {
    throw new DraaiboekError('USAGE', 'bad export request', { detail: describeZodError(parsed.error) });
  }
  const request = parsed.data;
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
          extras: request.kit.extras ?? [],
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
