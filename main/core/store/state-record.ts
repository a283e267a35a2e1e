import type { Adapter } from 'lowdb';
import { Low } from 'lowdb';
import { z } from 'zod';
import { DraaiboekError, isDraaiboekError } from '../../../shared/errors.js';
import { canonicalJson } from '../crypto/canonical-json.js';
import { base64OfBytes, keyidMatchesPublicKey, keyidSchema, rawPublicKeyBase64Schema } from '../crypto/schemas.js';
import { stateMacMatches, stateMacOf } from '../crypto/state-mac.js';
import { writeFileDurably } from '../fs/durable-write.js';
import { readUntrustedJsonFile } from '../safe-json/safe-parse.js';
import { dataDirLayout } from './data-dir-layout.js';
import { describeZodError } from './describe-zod-error.js';

const MAX_STATE_FILE_BYTES = 4 * 1024 * 1024;
export const STATE_TYPE = 'draaiboek.state';
/**
 * Version 2: the record says how the folder's files lie at rest (`atRest`). A version-1 record reads as a
 * folder of plain files and is written as version 2 by its next change.
 */
export const STATE_VERSION = 2;

const anchorSchema = z
  .strictObject({ keyid: keyidSchema, publicKey: rawPublicKeyBase64Schema })
  .refine((anchor) => keyidMatchesPublicKey(anchor.keyid, anchor.publicKey), 'keyid does not match the public key');

/**
 * How the folder's content files lie on disk. `age`: encrypted to the folder key named by `recipient`.
 * `pending`: a conversion to this mode was cut off; files may still be in the other form until the next
 * opening for writing completes it (reading takes both forms meanwhile, so the key stays until then).
 */
const recipientSchema = z.string().regex(/^age1[0-9a-z]{58}$/);
export const atRestSchema = z.union([
  z.strictObject({ mode: z.literal('plain'), pending: z.literal(false) }),
  z.strictObject({ mode: z.literal('plain'), pending: z.literal(true), recipient: recipientSchema }),
  z.strictObject({ mode: z.literal('age'), pending: z.boolean(), recipient: recipientSchema }),
]);
export type AtRestState = z.infer<typeof atRestSchema>;
export const PLAIN_AT_REST: AtRestState = { mode: 'plain', pending: false };

/**
 * What this device holds true about its data folder, whatever the other files say: its own key, the keys it
 * trusts (and removed), the plan it keeps, and the highest revision it has seen.
 */
export const protectedStateSchema = z
  .strictObject({
    _type: z.literal(STATE_TYPE),
    version: z.literal(STATE_VERSION),
    device: anchorSchema,
    trusted: z.array(anchorSchema).max(10_000),
    removed: z.array(keyidSchema).max(10_000),
    /** Null only between making the key and the first revision of the first plan. */
    planId: z.string().min(1).max(200).nullable(),
    highestRevision: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    updatedAt: z.iso.datetime({ offset: false }),
    atRest: atRestSchema,
  })
  .refine((state) => new Set(state.trusted.map((anchor) => anchor.keyid)).size === state.trusted.length, 'a key is listed twice');
export type ProtectedState = z.infer<typeof protectedStateSchema>;

/** Version 1 (before encryption at rest): every file was plain. Upgraded in memory; written by the next change. */
function upgradeState(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || !('version' in raw) || raw.version !== 1 || 'atRest' in raw) return raw;
  return { ...raw, version: STATE_VERSION, atRest: PLAIN_AT_REST };
}

const stateFileSchema = z.strictObject({ state: z.unknown(), mac: base64OfBytes(32, 'mac') });

export function stateFilePath(dataDir: string): string {
  return dataDirLayout(dataDir).stateFile;
}

function tampered(path: string, detail: string): DraaiboekError {
  return new DraaiboekError('STATE_TAMPERED', `${path} is not authentic: ${detail}`, { path, detail });
}

/**
 * The lowdb adapter of `state.json`: an HMAC over the canonical form of the state, with a key only this
 * device can derive, checked on read; written durably (temp file, fsync, rename, fsync folder).
 */
class StateRecordAdapter implements Adapter<ProtectedState | null> {
  constructor(
    private readonly path: string,
    private readonly macKey: Buffer,
  ) {}

  async read(): Promise<ProtectedState | null> {
    let raw: unknown;
    try {
      raw = await readUntrustedJsonFile(this.path, { maxBytes: MAX_STATE_FILE_BYTES, maxDepth: 6 });
    } catch (error) {
      if (isDraaiboekError(error) && error.code === 'FILE_NOT_FOUND') return null;
      if (isDraaiboekError(error) && error.code !== 'IO_ERROR') throw tampered(this.path, error.code);
      throw error;
    }
    const file = stateFileSchema.safeParse(raw);
    if (!file.success) throw tampered(this.path, describeZodError(file.error));
    // The MAC first: nothing of an unauthenticated record is looked at beyond its bytes.
    if (!stateMacMatches(this.macKey, canonicalJson(file.data.state), Buffer.from(file.data.mac, 'base64'))) {
      throw tampered(this.path, 'mac');
    }
    const state = protectedStateSchema.safeParse(upgradeState(file.data.state));
    if (!state.success) throw tampered(this.path, describeZodError(state.error));
    return state.data;
  }

  async write(state: ProtectedState | null): Promise<void> {
    if (state === null) throw new DraaiboekError('INTERNAL', 'refusing to write an empty state', { detail: 'null' });
    const mac = stateMacOf(this.macKey, canonicalJson(state)).toString('base64');
    await writeFileDurably(this.path, `${JSON.stringify({ state, mac }, null, 2)}\n`);
  }
}

/**
 * One data folder's protected state record. Changes run one at a time and resolve when durable; a record
 * that is not persisted (a read-only open of a folder from before the record existed) changes in memory only.
 */
export class StateRecord {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly db: Low<ProtectedState | null>,
    private current: ProtectedState,
    private readonly persisted: boolean,
  ) {}

  /** The authenticated record, or undefined when the folder has none. A record that fails its MAC is refused. */
  static async read(dataDir: string, macKey: Buffer): Promise<StateRecord | undefined> {
    const db = new Low<ProtectedState | null>(new StateRecordAdapter(stateFilePath(dataDir), macKey), null);
    await db.read();
    return db.data === null ? undefined : new StateRecord(db, db.data, true);
  }

  /** Make the record; written durably unless `persist` is false. */
  static async create(dataDir: string, macKey: Buffer, state: ProtectedState, persist: boolean): Promise<StateRecord> {
    const checked = protectedStateSchema.parse(state);
    const db = new Low<ProtectedState | null>(new StateRecordAdapter(stateFilePath(dataDir), macKey), checked);
    if (persist) await db.write();
    return new StateRecord(db, checked, persist);
  }

  get value(): ProtectedState {
    return this.current;
  }

  /** Change the record; `change` returns undefined when there is nothing to change. */
  update(change: (state: ProtectedState) => Omit<ProtectedState, 'updatedAt'> | undefined, now: Date = new Date()): Promise<ProtectedState> {
    const run = this.queue.then(async () => {
      const next = change(this.current);
      if (next === undefined) return this.current;
      const checked = protectedStateSchema.parse({ ...next, updatedAt: now.toISOString() });
      if (this.persisted) {
        this.db.data = checked;
        await this.db.write();
      }
      this.current = checked;
      return checked;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}
