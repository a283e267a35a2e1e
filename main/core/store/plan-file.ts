import { z } from 'zod';
import { DraaiboekError } from '../../../shared/errors.js';
import { migrateSigned } from '../../../shared/plan/migrations/index.js';
import { signedPlanSchema, type SignedPlan } from '../../../shared/plan/plan.js';
import { canonicalJson } from '../crypto/canonical-json.js';
import {
  serializeSignedEnvelope,
  signCanonical,
  verifyEnvelope,
  type Signature,
} from '../crypto/envelope.js';
import { fingerprintOf } from '../crypto/keys.js';
import type { DeviceKeyPair } from '../crypto/keys.js';
import { readUntrustedJsonFile } from '../safe-json/safe-parse.js';
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

const envelopeShape = z.object({
  signed: z.record(z.string(), z.unknown()),
  signatures: z.array(z.unknown()),
});

/**
 * Read a signed plan file the way ARCHITECTURE section 3 prescribes: size cap, strict UTF-8, depth cap, no
 * prototype keys, no duplicate keys, spec version, schema, then the signature against trusted keys. Every
 * failure is a DraaiboekError with its own code; nothing is written.
 */
export async function readVerifiedPlanFile(path: string, lookup: KeyLookup): Promise<VerifiedPlanFile> {
  const raw = await readUntrustedJsonFile(path, { maxBytes: MAX_PLAN_FILE_BYTES });
  return verifyPlanValue(raw, lookup);
}

export function verifyPlanValue(raw: unknown, lookup: KeyLookup): VerifiedPlanFile {
  const envelope = envelopeShape.safeParse(raw);
  if (!envelope.success) {
    throw new DraaiboekError('SCHEMA_INVALID', 'not a signed plan envelope', {
      detail: describeZodError(envelope.error),
    });
  }
  const migrated = migrateSigned(envelope.data.signed);
  const parsed = signedPlanSchema.safeParse(migrated.signed);
  if (!parsed.success) {
    throw new DraaiboekError('SCHEMA_INVALID', 'the plan does not match the format', {
      detail: describeZodError(parsed.error),
    });
  }
  const verification = verifyEnvelope(raw, lookup);
  if (!verification.ok) {
    const keyid = verification.keyid ?? '';
    throw new DraaiboekError(verification.code, `signature check failed: ${verification.code}`, {
      keyid,
      fingerprint: keyid === '' ? '?' : fingerprintOf(keyid),
    });
  }
  return {
    signed: parsed.data,
    signerKeyid: verification.keyid,
    ...(migrated.from === migrated.to ? {} : { migratedFrom: migrated.from }),
  };
}

/** The bytes of a plan file: JCS of the envelope, signed by this device. */
export function serializePlanFile(signed: SignedPlan, key: DeviceKeyPair): string {
  const canonicalSigned = canonicalJson(signed);
  const signatures: Signature[] = [signCanonical(canonicalSigned, key)];
  return serializeSignedEnvelope(canonicalSigned, signatures);
}
