import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DraaiboekError } from '../../../shared/errors.js';
import { createTranslator, type Language } from '../../../shared/i18n/index.js';
import { audiences } from '../../../shared/plan/vocabularies.js';
import { fingerprintOf } from '../crypto/keys.js';
import { writeFileDurably } from '../fs/durable-write.js';
import { BUNDLE_EXTENSION } from '../../../shared/plan/vocabularies.js';
import type { BuiltBundle } from './build-bundle.js';

export const README_FILE_NAME = 'LEESMIJ.txt';
const MAX_EXTRA_BYTES = 256 * 1024 * 1024;

/**
 * A file handed in for the kit (the binder PDF, the Word document): a plain name, no folders, nothing that
 * would replace the bundle or the readme.
 */
export const kitExtraSchema = z.strictObject({
  name: z
    .string()
    .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._()-]{0,119}$/u, 'a plain file name without folders')
    .refine((name) => !name.includes('..'), 'a plain file name without folders')
    .refine((name) => name.toLowerCase() !== README_FILE_NAME.toLowerCase(), 'reserved for the readme')
    .refine((name) => !name.toLowerCase().endsWith(BUNDLE_EXTENSION), 'reserved for the bundle'),
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.length <= MAX_EXTRA_BYTES, 'too large'),
  /** Who the document was made for; a file of unknown audience is described as holding personal data. */
  audience: z.enum(audiences).optional(),
});
export type KitExtra = z.infer<typeof kitExtraSchema>;

export interface KitRequest {
  readonly dir: string;
  readonly bundleFileName: string;
  readonly extras: readonly KitExtra[];
  readonly language: Language;
  readonly encrypted: boolean;
  readonly built: BuiltBundle;
}

/** The names of the files on the stick that anyone can read, no passphrase needed: the readme always. */
export function readableKitFiles(request: Pick<KitRequest, 'bundleFileName' | 'extras' | 'encrypted'>): string[] {
  return [...(request.encrypted ? [] : [request.bundleFileName]), ...request.extras.map((extra) => extra.name), README_FILE_NAME];
}

/**
 * The readme beside the bundle: what it is, how to import it, how to open it without the app, the fingerprint,
 * and every file in the folder with whether a finder of the stick can read it.
 */
export function kitReadmeText(request: Omit<KitRequest, 'dir'>): string {
  const t = createTranslator(request.language);
  const { manifest, signer } = request.built;
  const params = {
    organisation: manifest.organisationName,
    title: manifest.title,
    revision: manifest.revision,
    savedAt: manifest.planSavedAt,
    fingerprint: fingerprintOf(signer.keyid),
    signer: signer.name,
    bundle: request.bundleFileName,
  };
  const files = [
    t(request.encrypted ? 'bundles.readme.fileEncrypted' : 'bundles.readme.filePlainBundle', { file: request.bundleFileName }),
    ...request.extras.map((extra) =>
      t(extra.audience === 'organisation' ? 'bundles.readme.fileOrganisation' : 'bundles.readme.fileCrisisTeam', { file: extra.name }),
    ),
    t('bundles.readme.fileReadme', { file: README_FILE_NAME }),
  ];
  return [
    t('bundles.readme.intro', params),
    t(request.encrypted ? 'bundles.readme.encrypted' : 'bundles.readme.plain', params),
    `${t('bundles.readme.files')}\n${files.join('\n')}`,
    t('bundles.readme.import', params),
    t(request.encrypted ? 'bundles.readme.decryptEncrypted' : 'bundles.readme.decryptPlain', params),
    t('bundles.readme.fingerprint', params),
  ]
    .join('\n\n')
    .concat('\n')
    .replace(/\n/g, '\r\n');
}

/** Write the kit's extra files and its readme beside the bundle; returns their paths. */
export async function writeKitFiles(request: KitRequest): Promise<string[]> {
  const names = request.extras.map((extra) => extra.name.toLowerCase());
  if (new Set(names).size !== names.length || names.includes(request.bundleFileName.toLowerCase())) {
    throw new DraaiboekError('USAGE', 'kit file names repeat', { detail: 'kit file names repeat' });
  }
  await mkdir(request.dir, { recursive: true });
  const written: string[] = [];
  for (const extra of request.extras) {
    const path = join(request.dir, extra.name);
    await writeFileDurably(path, extra.bytes);
    written.push(path);
  }
  const readmePath = join(request.dir, README_FILE_NAME);
  // Windows line ends and a byte order mark, so Notepad on any municipal laptop shows it right.
  await writeFileDurably(readmePath, `\ufeff${kitReadmeText(request)}`);
  written.push(readmePath);
  return written;
}
