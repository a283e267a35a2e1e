import { mkdir, rename, unlink } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { DraaiboekError } from '../../../shared/errors.js';
import type { DeviceKeyPair } from '../crypto/keys.js';
import { fsyncDirectory } from '../fs/durable-write.js';
import type { AtRest } from './at-rest.js';
import type { DataDirLayout } from './data-dir-layout.js';
import { historyPath } from './history.js';
import { readVerifiedPlanFile, type KeyLookup, type VerifiedPlanFile } from './plan-file.js';
import { writeSignedPlanTempFiles } from './plan-file-writer.js';

/**
 * The lowdb adapter of `plan.json`: verifies on read, signs on write. Its data is the verified file (the plan
 * and who signed it), so what the store needs comes through `Low`'s data and nothing reaches around it. A
 * write resolves only when the new revision is durable (temp file, fsync, rename, fsync folder) and has its
 * own copy in history; lowdb's own file adapter neither fsyncs nor keeps every revision, which is why this
 * one exists.
 */
export class SignedPlanAdapter implements Adapter<VerifiedPlanFile | null> {
  private historyDirReady = false;

  constructor(
    private readonly layout: DataDirLayout,
    private readonly lookup: KeyLookup,
    private readonly signer: () => Promise<DeviceKeyPair>,
    private readonly atRest: () => AtRest,
  ) {}

  async read(): Promise<VerifiedPlanFile | null> {
    try {
      return await readVerifiedPlanFile(this.layout.planFile, this.lookup, this.atRest());
    } catch (error) {
      if (error instanceof DraaiboekError && error.code === 'FILE_NOT_FOUND') return null;
      throw error;
    }
  }

  /** Signs `file.signed` with the device key, which must be the signer the data names. */
  async write(file: VerifiedPlanFile | null): Promise<void> {
    if (file === null) throw new DraaiboekError('INTERNAL', 'refusing to write an empty plan', { detail: 'null' });
    const { signed } = file;
    const key = await this.signer();
    if (key.keyid !== file.signerKeyid) throw new DraaiboekError('INTERNAL', 'the plan names another signer', { detail: 'signerKeyid' });
    const historyFile = historyPath(this.layout, signed.revision);
    if (!this.historyDirReady) {
      await mkdir(this.layout.historyDir, { recursive: true });
      this.historyDirReady = true;
    }
    // The plan and its history copy are written and fsynced side by side; the renames then go in order.
    const [planTemp, historyTemp] = (await writeSignedPlanTempFiles(signed, key, [this.layout.planFile, historyFile], this.atRest())) as [
      string,
      string,
    ];
    try {
      await rename(planTemp, this.layout.planFile);
      await fsyncDirectory(this.layout.root);
    } catch (error) {
      await Promise.all([unlink(planTemp), unlink(historyTemp)].map((done) => done.catch(() => undefined)));
      throw error;
    }
    // Only after the plan is durable: a crash in between leaves history one revision short, never ahead of
    // the plan (which would look like a rollback). Opening the store fills the gap.
    await rename(historyTemp, historyFile);
    await fsyncDirectory(this.layout.historyDir);
  }
}
