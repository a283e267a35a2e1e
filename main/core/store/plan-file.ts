import { z } from 'zod';
import { DraaiboekError } from '../../../shared/errors.js';
import { migrateSigned } from '../../../shared/plan/migrations/index.js';
import { signedPlanSchema, type SignedPlan } from '../../../shared/plan/plan.js';
import { verifyEnvelope } from '../crypto/envelope.js';
import { fingerprintOf } from '../crypto/keys.js';
import { parseUntrustedJsonFrom, readUntrustedFileBytes } from '../safe-json/safe-parse.js';
import { plainAtRest, type AtRest } from './at-rest.js';
import { readAuthenticCanonicalFile } from './canonical-envelope.js';
import { describeZodError } from './describe-zod-error.js';

export type KeyLookup = Parameters<typeof verifyEnvelope>[1];

/** Upper bound for a plan file: ten times the largest plan we benchmark. */
export const MAX_PLAN_FILE_BYTES = 128 * 1024 * 1024;

export interface VerifiedPlanFile {
  readonly signed: SignedPlan;
  readonly signerKeyid: string;
  /** The spec version the file was written in, when it was older and migrated in memory. */
  readonly migratedFrom?: number;
}

/** A plan file as read and verified. */
export interface VerifiedPlanRead extends VerifiedPlanFile {
  /**
   * The signature that holds, over the bytes as stored: an approval names it. A file of an older format keeps
   * its signature over its own bytes, while `signed` is its content as read today.
   */
  readonly signature: string;
}

const envelopeShape = z.object({
  signed: z.record(z.string(), z.unknown()),
  signatures: z.array(z.unknown()),
});

/**
 * Read a signed plan file: size cap before reading; then either the fast path (the file is exactly as a
 * trusted Draaiboek wrote it, its signature holds over the raw bytes) or the full path of ARCHITECTURE
 * section 3 (decrypted first in a folder encrypted at rest; strict UTF-8, depth cap, no prototype keys, no duplicate keys, spec version, schema, then the
 * signature over the canonical form). Both end in the spec version and schema check. Every failure is a
 * DraaiboekError with its own code; nothing is written.
 */
export async function readVerifiedPlanFile(path: string, lookup: KeyLookup, atRest: AtRest = plainAtRest): Promise<VerifiedPlanRead> {
  const limits = { maxBytes: MAX_PLAN_FILE_BYTES };
  // The cap holds for the content too: decrypting never makes a file longer.
  const bytes = atRest.open(await readUntrustedFileBytes(path, limits), path);
  const authentic = readAuthenticCanonicalFile(bytes, lookup);
  if (authentic !== undefined) return validateSigned(authentic.signed, authentic.signerKeyid, authentic.signature);
  return verifyPlanValue(parseUntrustedJsonFrom(bytes, path, limits), lookup);
}

/** Spec version, migration and schema: the checks every plan passes, however its signature was checked. */
function validateSigned(rawSigned: unknown, signerKeyid: string, signature: string): VerifiedPlanRead {
  const migrated = migrateSigned(rawSigned);
  const parsed = signedPlanSchema.safeParse(migrated.signed);
  if (!parsed.success) {
    throw new DraaiboekError('SCHEMA_INVALID', 'the plan does not match the format', {
      detail: describeZodError(parsed.error),
    });
  }
  return {
    signed: parsed.data,
    signerKeyid,
    signature,
    ...(migrated.from === migrated.to ? {} : { migratedFrom: migrated.from }),
  };
}

export function verifyPlanValue(raw: unknown, lookup: KeyLookup): VerifiedPlanRead {
  const envelope = envelopeShape.safeParse(raw);
  if (!envelope.success) {
    throw new DraaiboekError('SCHEMA_INVALID', 'not a signed plan envelope', {
      detail: describeZodError(envelope.error),
    });
  }
  // Schema before signature (ARCHITECTURE section 3), so a broken file is named precisely whoever signed it.
  const validated = validateSigned(envelope.data.signed, '', '');
  const verification = verifyEnvelope(raw, lookup);
  if (!verification.ok) {
    const keyid = verification.keyid ?? '';
    throw new DraaiboekError(verification.code, `signature check failed: ${verification.code}`, {
      keyid,
      fingerprint: keyid === '' ? '?' : fingerprintOf(keyid),
      detail: verification.code,
    });
  }
  return { ...validated, signerKeyid: verification.keyid, signature: verification.sig };
}
