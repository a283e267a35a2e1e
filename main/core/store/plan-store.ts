import { access, mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DraaiboekError, type ErrorCode } from '../../../shared/errors.js';
import {
  PLAN_TYPE,
  SPEC_VERSION,
  planDocumentSchema,
  type PlanDocument,
  type SignedPlan,
} from '../../../shared/plan/plan.js';
import type { DeviceKeyPair } from '../crypto/keys.js';
import { fsyncDirectory } from '../fs/durable-write.js';
import { dataDirLayout, type DataDirLayout } from './data-dir-layout.js';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.js';
import { historyPath, listHistoryRevisions, pruneHistory, recordInHistory } from './history.js';
import { removeAbandonedTempFiles } from './abandoned-temp-files.js';
import { readHistorySummary, type HistorySummary } from './history-summary.js';
import { describeZodError } from './describe-zod-error.js';
import { readVerifiedPlanFile, type KeyLookup, type VerifiedPlanFile, type VerifiedPlanRead } from './plan-file.js';
import { SignedPlanAdapter } from './signed-plan-adapter.js';
import { plainAtRest, type AtRest } from './at-rest.js';
import type { StateRecord } from './state-record.js';

export const DEFAULT_HISTORY_LIMIT = 50;

/** Failures that mean the file itself is damaged or tampered with, whoever reads it. */
const integrityFailures: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'FILE_TOO_LARGE',
  'FILE_EMPTY',
  'INVALID_UTF8',
  'INVALID_JSON',
  'NESTING_TOO_DEEP',
  'FORBIDDEN_KEY',
  'DUPLICATE_KEY',
  'SCHEMA_INVALID',
  'UNSIGNED',
  'SIGNATURE_INVALID',
  'ROLLBACK',
  'PLAN_ID_CHANGED',
  'FILE_UNREADABLE_ENCRYPTED',
]);

function atRestOf(options: OpenStoreOptions): AtRest {
  return options.atRest?.() ?? plainAtRest;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Move a refused plan file into rejected/, named after when and why: kept whole, never overwritten. */
async function moveAside(layout: DataDirLayout, code: ErrorCode, now: Date): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  await mkdir(layout.rejectedDir, { recursive: true });
  const movedTo = join(layout.rejectedDir, `plan-${stamp}-${code}.json`);
  await rename(layout.planFile, movedTo);
  await fsyncDirectory(layout.rejectedDir);
  await fsyncDirectory(layout.root);
  return movedTo;
}

/**
 * The history revisions that can be this folder's: regular files with plausible names (see
 * `listHistoryRevisions`), and none above the highest revision seen. A file planted under a larger name is
 * passed over, not taken as proof of a newer plan.
 */
async function keptRevisions(layout: DataDirLayout, highest: number): Promise<number[]> {
  return (await listHistoryRevisions(layout)).filter((revision) => revision <= highest);
}

/**
 * A document that did not come through `applyChanges` (which checks every record it touches), such as the
 * result of a merge, is checked whole before it is signed: never sign what the next start would refuse.
 */
function assertReadable(plan: PlanDocument): void {
  const checked = planDocumentSchema.safeParse(plan);
  if (!checked.success) {
    throw new DraaiboekError('SCHEMA_INVALID', 'the merged plan does not match the format', {
      detail: describeZodError(checked.error),
    });
  }
}

export interface OpenStoreOptions {
  readonly dataDir: string;
  readonly lookup: KeyLookup;
  /** Asked for only when a revision is saved, so reading never needs the passphrase. */
  readonly signer: () => Promise<DeviceKeyPair>;
  /**
   * The folder's protected state record (plan id, highest revision seen), asked for once the folder is locked
   * (write mode), so that making or upgrading it never races another writer.
   */
  readonly state: () => Promise<StateRecord>;
  /** `read` neither locks the folder nor moves a refused file aside: for verify, show, history. */
  readonly mode: 'write' | 'read';
  /** How the content files lie on disk, asked after `state` (the record says); plain when absent. */
  readonly atRest?: () => AtRest;
  readonly historyLimit?: number;
  readonly now?: () => Date;
}

export interface RefusalReport {
  readonly code: ErrorCode;
  readonly message: string;
  readonly params: Readonly<Record<string, string | number>>;
  /** Where the refused file was moved (write mode only). */
  readonly movedTo?: string;
  /** The newest revision in history that verifies: the way out. */
  readonly lastGood?: { readonly revision: number; readonly savedAt: string };
}

export type StoreStatus =
  | { readonly state: 'ready'; readonly file: VerifiedPlanFile }
  | { readonly state: 'missing' }
  | { readonly state: 'refused'; readonly refusal: RefusalReport };

export interface NewPlan {
  readonly planId: string;
  readonly plan: PlanDocument;
}

/**
 * The signed, durable home of one plan in one data folder. Saves are strictly ordered and each awaited save
 * is its own revision on disk; a file that fails verification is never overwritten.
 */
export class PlanStore {
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  /** The revisions in history, oldest first. This store is the folder's only writer, so it can keep count. */
  private historyRevisions: number[] | undefined;

  private constructor(
    readonly layout: DataDirLayout,
    private readonly db: Low<VerifiedPlanFile | null>,
    private readonly options: OpenStoreOptions,
    private readonly lock: DataDirLock | undefined,
    private readonly state: StateRecord,
    private currentStatus: StoreStatus,
  ) {}

  static async open(options: OpenStoreOptions): Promise<PlanStore> {
    const layout = dataDirLayout(options.dataDir);
    let lock: DataDirLock | undefined;
    if (options.mode === 'write') {
      await mkdir(layout.root, { recursive: true });
      lock = await acquireDataDirLock(layout.lockFile, layout.root);
      // Holding the lock, no one else is writing: temp files left are from a save that was cut off.
      await removeAbandonedTempFiles(layout);
    }
    try {
      // The record before the plan: a save renames the plan before it raises the record, so a plan read after
      // the record is never older than the record says, even while another process saves.
      const state = await options.state();
      const adapter = new SignedPlanAdapter(layout, options.lookup, options.signer, () => atRestOf(options));
      const db = new Low<VerifiedPlanFile | null>(adapter, null);
      const status = await PlanStore.load(db, layout, options, state);
      return new PlanStore(layout, db, options, lock, state, status);
    } catch (error) {
      await lock?.release();
      throw error;
    }
  }

  private static async load(
    db: Low<VerifiedPlanFile | null>,
    layout: DataDirLayout,
    options: OpenStoreOptions,
    state: StateRecord,
  ): Promise<StoreStatus> {
    const { planId, highestRevision: highest } = state.value;
    try {
      await db.read();
      const file = db.data;
      if (file === null) {
        if ((await keptRevisions(layout, highest)).length > 0) {
          // The plan is gone but its history is here: not a new folder, a lost file. Offer the last good one.
          throw new DraaiboekError('FILE_NOT_FOUND', 'plan.json is missing', { path: layout.planFile });
        }
        if (planId === null) return { state: 'missing' };
        // The record knows a plan, and neither it nor its history is here: never start a new one silently.
        throw new DraaiboekError('KEY_WITHOUT_PLAN', 'plan.json and history are missing', { dataDir: layout.root });
      }
      // One exception: the very next revision, signed by this device itself, is an adoption whose save was cut
      // off before the record followed; only this device can make that file.
      const adoptedJustNow = file.signerKeyid === state.value.device.keyid && file.signed.revision === highest + 1;
      if (planId !== null && file.signed.planId !== planId && !adoptedJustNow) {
        throw new DraaiboekError('PLAN_ID_CHANGED', `plan ${file.signed.planId} is not ${planId}`, {
          planId: file.signed.planId,
          expected: planId,
        });
      }
      if (file.signed.revision < highest) {
        throw new DraaiboekError('ROLLBACK', `revision ${file.signed.revision} is older than ${highest}`, {
          revision: file.signed.revision,
          highest,
        });
      }
      if (options.mode === 'write' && (file.signed.revision > highest || planId === null)) {
        // A crash after the plan was renamed and before the history copy or the record: fill the gap now.
        if (!(await listHistoryRevisions(layout)).includes(file.signed.revision)) {
          await recordInHistory(layout, layout.planFile, file.signed.revision);
        }
        await state.update((current) => ({ ...current, planId: file.signed.planId, highestRevision: file.signed.revision }));
      }
      return { state: 'ready', file };
    } catch (error) {
      if (!(error instanceof DraaiboekError)) throw error;
      db.data = null;
      return { state: 'refused', refusal: await PlanStore.refuse(error, layout, options, state) };
    }
  }

  private static async refuse(
    error: DraaiboekError,
    layout: DataDirLayout,
    options: OpenStoreOptions,
    state: StateRecord,
  ): Promise<RefusalReport> {
    const lastGood = await PlanStore.findLastGood(layout, options, state);
    // A damaged or tampered file is moved aside at once. One that may be fine for someone else (written by a
    // newer Draaiboek, signed by a key not trusted here, unreadable for a moment) stays where it is: restoring
    // moves it aside then, so it is never overwritten either way.
    const movedTo =
      options.mode === 'write' && integrityFailures.has(error.code)
        ? await moveAside(layout, error.code, options.now?.() ?? new Date())
        : undefined;
    return {
      code: error.code,
      message: error.message,
      params: error.params,
      ...(movedTo === undefined ? {} : { movedTo }),
      ...(lastGood === undefined ? {} : { lastGood }),
    };
  }

  private static async findLastGood(
    layout: DataDirLayout,
    options: OpenStoreOptions,
    state: StateRecord,
  ): Promise<{ revision: number; savedAt: string } | undefined> {
    const { lookup } = options;
    const { planId, highestRevision } = state.value;
    const revisions = await keptRevisions(layout, highestRevision);
    for (const revision of revisions.reverse()) {
      try {
        const { signed } = await readVerifiedPlanFile(historyPath(layout, revision), lookup, atRestOf(options));
        if (signed.revision === revision && (planId === null || signed.planId === planId)) return { revision, savedAt: signed.savedAt };
      } catch {
        // A damaged history file is passed over; an older one may still be good.
      }
    }
    return undefined;
  }

  get status(): StoreStatus {
    return this.currentStatus;
  }

  /** The current signed plan; throws with the refusal when there is none to trust. */
  get current(): SignedPlan {
    const status = this.currentStatus;
    if (status.state === 'ready') return status.file.signed;
    if (status.state === 'missing') {
      throw new DraaiboekError('STORE_NOT_INITIALISED', 'no plan in this data folder', {
        dataDir: this.layout.root,
      });
    }
    const { refusal } = status;
    throw new DraaiboekError('PLAN_REFUSED', `the plan was refused: ${refusal.code}`, {
      reason: refusal.code,
      movedTo: refusal.movedTo ?? this.layout.planFile,
      lastGood: refusal.lastGood?.revision ?? '-',
    });
  }

  /**
   * Save the next version of the plan, built from the current one inside the save queue, so that two changes
   * made close together each build on the other and neither is lost. `build` returns undefined when there is
   * nothing to save. Resolves when the new revision is durable on disk.
   */
  update(build: (current: SignedPlan) => PlanDocument | undefined): Promise<SignedPlan> {
    void this.current;
    return this.enqueue(async () => {
      const current = this.current;
      const next = build(current);
      return next === undefined ? current : this.write(current.planId, next);
    });
  }

  /**
   * Save a version of the plan that was built from revision `basedOn` outside the queue (a preview the user
   * confirmed). Refused when the plan has moved on since, rather than overwriting what came in between.
   */
  commit(plan: PlanDocument, basedOn: number): Promise<SignedPlan> {
    void this.current;
    assertReadable(plan);
    return this.enqueue(async () => {
      const current = this.currentAt(basedOn);
      return this.write(current.planId, plan);
    });
  }

  /** Create the first revision of a plan in an empty data folder. */
  create(newPlan: NewPlan): Promise<SignedPlan> {
    if (this.currentStatus.state !== 'missing') {
      throw new DraaiboekError('STORE_ALREADY_INITIALISED', 'this data folder already has a plan', {
        dataDir: this.layout.root,
      });
    }
    return this.enqueue(() => this.write(newPlan.planId, newPlan.plan));
  }

  /**
   * Put another plan in place of this folder's plan, as the next revision (history only grows). Only for a
   * plan nobody worked on yet: a fresh install taking over the plan a colleague brought on a stick. Deciding
   * what counts as untouched is the caller's business; a refused plan is never replaced this way.
   */
  adopt(newPlan: NewPlan, basedOn: number): Promise<SignedPlan> {
    assertReadable(newPlan.plan);
    if (this.currentStatus.state === 'missing') return this.create(newPlan);
    void this.current;
    return this.enqueue(async () => {
      this.currentAt(basedOn);
      return this.write(newPlan.planId, newPlan.plan);
    });
  }

  /**
   * Make a past revision current again, as a new revision: history only grows. This is also the way out of
   * a refused plan.
   */
  restore(revision: number): Promise<SignedPlan> {
    return this.enqueue(async () => {
      const past = await this.readRevision(revision);
      if (this.currentStatus.state === 'refused' && (await exists(this.layout.planFile))) {
        await moveAside(this.layout, this.currentStatus.refusal.code, this.options.now?.() ?? new Date());
      }
      return this.write(past.planId, past.plan);
    });
  }

  async readRevision(revision: number): Promise<SignedPlan> {
    return (await this.readRevisionFile(revision)).signed;
  }

  /** A kept revision as verified, with the signature that holds over its file as stored. */
  async readRevisionFile(revision: number): Promise<VerifiedPlanRead> {
    const revisions = await keptRevisions(this.layout, this.highestKnown());
    if (!revisions.includes(revision)) {
      throw new DraaiboekError('REVISION_NOT_FOUND', `no revision ${revision}`, { revision });
    }
    const file = await readVerifiedPlanFile(historyPath(this.layout, revision), this.options.lookup, atRestOf(this.options));
    const { signed } = file;
    if (signed.revision !== revision) {
      throw new DraaiboekError('SCHEMA_INVALID', 'history file holds another revision', {
        detail: `history/${revision} holds revision ${signed.revision}`,
      });
    }
    const { planId } = this.state.value;
    if (planId !== null && signed.planId !== planId) {
      throw new DraaiboekError('PLAN_ID_CHANGED', `history/${revision} belongs to another plan`, { planId: signed.planId, expected: planId });
    }
    return file;
  }

  /** The kept revisions, newest first. */
  async listHistory(): Promise<HistorySummary[]> {
    const revisions = await keptRevisions(this.layout, this.highestKnown());
    const summaries = await Promise.all(
      revisions.map((revision) =>
        // A revision swapped for something that is not a file since the listing is left out, not fatal.
        readHistorySummary(historyPath(this.layout, revision), revision, atRestOf(this.options)).catch(() => undefined),
      ),
    );
    return summaries.filter((summary): summary is HistorySummary => summary !== undefined).reverse();
  }

  /** Run a task between saves, with no save running (rewriting the folder's files, say). */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.enqueue(task);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue.catch(() => undefined);
    await this.lock?.release();
  }

  /** The current plan, provided it is still the revision a change was built on. */
  private currentAt(basedOn: number): SignedPlan {
    const current = this.current;
    if (current.revision !== basedOn) {
      throw new DraaiboekError('PLAN_CHANGED', `the plan moved from revision ${basedOn} to ${current.revision}`, {
        revision: basedOn,
        current: current.revision,
      });
    }
    return current;
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new DraaiboekError('INTERNAL', 'store closed', { detail: 'closed' }));
    if (this.options.mode !== 'write') {
      return Promise.reject(new DraaiboekError('INTERNAL', 'store opened read-only', { detail: 'read-only' }));
    }
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The highest revision this folder has seen: the record's, or the plan's when it is ahead by a save. */
  private highestKnown(): number {
    const status = this.currentStatus;
    return Math.max(this.state.value.highestRevision, status.state === 'ready' ? status.file.signed.revision : 0);
  }

  private async write(planId: string, plan: PlanDocument): Promise<SignedPlan> {
    this.historyRevisions ??= await keptRevisions(this.layout, this.highestKnown());
    const highest = this.state.value.highestRevision;
    const previous = this.currentStatus.state === 'ready' ? this.currentStatus.file.signed.revision : 0;
    const signed: SignedPlan = {
      _type: PLAN_TYPE,
      specVersion: SPEC_VERSION,
      planId,
      revision: Math.max(highest, previous) + 1,
      savedAt: (this.options.now?.() ?? new Date()).toISOString(),
      plan,
    };
    const file: VerifiedPlanFile = { signed, signerKeyid: (await this.options.signer()).keyid };
    const before = this.db.data;
    this.db.data = file;
    try {
      await this.db.write();
    } catch (error) {
      // A save that did not land leaves the data as the file on disk still is.
      this.db.data = before;
      throw error;
    }
    this.currentStatus = { state: 'ready', file };
    // After the plan is durable: a crash in between leaves the plan one ahead of the record, which the next
    // open accepts and records; the other order would make the next open see a rollback.
    await this.state.update(
      (current) => ({ ...current, planId, highestRevision: Math.max(current.highestRevision, signed.revision) }),
      this.options.now?.() ?? new Date(),
    );
    this.historyRevisions.push(signed.revision);
    this.historyRevisions = await pruneHistory(this.layout, this.historyRevisions, this.options.historyLimit ?? DEFAULT_HISTORY_LIMIT);
    return signed;
  }
}
