import { rename, unlink } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import type { SignedPlan } from '../../../shared/plan/plan.js';
import { DraaiboekError } from '../../../shared/errors.js';
import type { DeviceKeyPair } from '../crypto/keys.js';
import { fsyncDirectory, writeTempFileDurably } from '../fs/durable-write.js';
import type { DataDirLayout } from './data-dir-layout.js';
import { recordInHistory } from './history.js';
import { readVerifiedPlanFile, serializePlanFile, type KeyLookup, type VerifiedPlanFile } from './plan-file.js';

/**
 * The lowdb adapter of `plan.json`: verifies on read, signs on write. A write resolves only when the new
 * revision is durable (temp file, fsync, rename, fsync folder) and kept in history; lowdb's own file adapter
 * neither fsyncs nor keeps every revision, which is why this one exists.
 */
export class SignedPlanAdapter implements Adapter<SignedPlan | null> {
  private lastRead: VerifiedPlanFile | undefined;

  constructor(
    private readonly layout: DataDirLayout,
    private readonly lookup: KeyLookup,
    private readonly signer: () => Promise<DeviceKeyPair>,
  ) {}

  /** What the last read found beyond the plan itself: who signed it, and whether it was migrated. */
  get lastVerified(): VerifiedPlanFile | undefined {
    return this.lastRead;
  }

  async read(): Promise<SignedPlan | null> {
    try {
      this.lastRead = await readVerifiedPlanFile(this.layout.planFile, this.lookup);
    } catch (error) {
      if (error instanceof DraaiboekError && error.code === 'FILE_NOT_FOUND') {
        this.lastRead = undefined;
        return null;
      }
      throw error;
    }
    return this.lastRead.signed;
  }

  async write(signed: SignedPlan | null): Promise<void> {
    if (signed === null) throw new DraaiboekError('INTERNAL', 'refusing to write an empty plan', { detail: 'null' });
    const key = await this.signer();
    const tempFile = await writeTempFileDurably(this.layout.planFile, serializePlanFile(signed, key));
    try {
      await rename(tempFile, this.layout.planFile);
    } catch (error) {
      await unlink(tempFile).catch(() => undefined);
      throw error;
    }
    await fsyncDirectory(this.layout.root);
    // After the rename: a crash in between leaves history one revision short, never ahead of the plan
    // (which would look like a rollback). Opening the store fills the gap.
    await recordInHistory(this.layout, this.layout.planFile, signed.revision);
    this.lastRead = { signed, signerKeyid: key.keyid };
  }
}
