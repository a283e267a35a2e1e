import { hostname } from 'node:os';
import { link, readFile, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { DraaiboekError } from '../../../shared/errors.js';
import { writeTempFileDurably } from '../fs/durable-write.js';

const HEARTBEAT_MS = 10_000;
/** A lock not touched for this long belongs to no running Draaiboek, whatever process now has its id. */
const STALE_AFTER_MS = 60_000;

export interface DataDirLock {
  release(): Promise<void>;
}

interface LockOwner {
  pid: number;
  host: string;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(lockFile: string): Promise<LockOwner | undefined> {
  try {
    const parsed: unknown = JSON.parse(await readFile(lockFile, 'utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'pid' in parsed && 'host' in parsed) {
      const { pid, host } = parsed;
      if (typeof pid === 'number' && typeof host === 'string') return { pid, host };
    }
  } catch {
    // An unreadable lock file is treated as stale below.
  }
  return undefined;
}

/**
 * One process at a time may write a data folder. The lock file names the owner and is touched every ten
 * seconds while held; a lock whose owner died (a crash, a killed process, a reboot that gave its process id to
 * another program) on this host is taken over, so a crash never locks the user out.
 */
export async function acquireDataDirLock(lockFile: string, dataDir: string): Promise<DataDirLock> {
  const me: LockOwner = { pid: process.pid, host: hostname() };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      // Written whole to a temp file and linked into place, so no one ever reads a half-written lock.
      const tempFile = await writeTempFileDurably(lockFile, JSON.stringify(me));
      try {
        await link(tempFile, lockFile).catch(async (error: NodeJS.ErrnoException) => {
          // Some file systems (FAT on a stick) have no hard links: fall back to exclusive create.
          if (error.code !== 'EPERM' && error.code !== 'ENOTSUP' && error.code !== 'ENOSYS') throw error;
          await writeFile(lockFile, JSON.stringify(me), { flag: 'wx', mode: 0o600 });
        });
      } finally {
        await unlink(tempFile).catch(() => undefined);
      }
      let released = false;
      // The heartbeat tells a live holder from a dead one whose process id was handed to someone else.
      const heartbeat = setInterval(() => {
        const now = new Date();
        void utimes(lockFile, now, now).catch(() => undefined);
      }, HEARTBEAT_MS);
      heartbeat.unref();
      return {
        async release() {
          if (released) return;
          released = true;
          clearInterval(heartbeat);
          const owner = await readOwner(lockFile);
          if (owner?.pid === me.pid && owner.host === me.host) await unlink(lockFile).catch(() => undefined);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = await readOwner(lockFile);
      const silentFor = Date.now() - (await stat(lockFile).then((info) => info.mtimeMs, () => 0));
      const stale =
        owner === undefined ||
        (owner.host === me.host && (!isProcessAlive(owner.pid) || silentFor > STALE_AFTER_MS));
      if (!stale) {
        throw new DraaiboekError('STORE_LOCKED', `data folder ${dataDir} is open in process ${owner.pid}`, {
          dataDir,
          pid: owner.pid,
        });
      }
      await unlink(lockFile).catch(() => undefined);
    }
  }
  throw new DraaiboekError('STORE_LOCKED', `could not lock ${dataDir}`, { dataDir, pid: '?' });
}
