import { access } from 'node:fs/promises';
import type { AppStatus } from '../../../shared/api.js';
import { DraaiboekError, isDraaiboekError, type ErrorCode } from '../../../shared/errors.js';
import { loadDeviceKey } from '../crypto/device-key-store.js';
import type { Platform } from '../platform.js';
import { dataDirLayout } from '../store/data-dir-layout.js';
import { initDataDir } from '../data-dir/init-data-dir.js';
import { openDataDir, type OpenedDataDir } from '../data-dir/open-data-dir.js';
import type { PassphraseBox } from '../data-dir/passphrase-box.js';

export interface AppSessionOptions {
  readonly dataDir: string;
  readonly platform: Platform;
  /** Filled by `unlock` when the device has no OS key store; the platform reads it. */
  readonly passphrases: PassphraseBox;
  /** The data folder is on a stick beside the program (see data-folder-location). */
  readonly portable?: boolean;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

function isPassphraseMissing(error: unknown): boolean {
  return isDraaiboekError(error) && error.code === 'KEY_PASSPHRASE_REQUIRED';
}

/**
 * Failures of the folder as a whole, found before any plan is read: shown as a refusal with its way out,
 * never answered by starting afresh.
 */
const folderRefusals: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'KEY_WITHOUT_PLAN',
  'STATE_TAMPERED',
  'STATE_MISSING',
  'DEVICE_KEY_MISMATCH',
  'KEY_FILE_INVALID',
]);

function isFolderRefusal(error: unknown): error is DraaiboekError {
  return isDraaiboekError(error) && folderRefusals.has(error.code);
}

/**
 * The app's hold on its data folder, from the first start (make the device key, open the sample plan) to the
 * last close. Where the OS offers no key store, the device key needs a passphrase: the session then waits in
 * `needs-passphrase` until the user gives one, and never stores the key unprotected.
 */
export function createAppSession(options: AppSessionOptions) {
  const { dataDir, platform, passphrases } = options;
  const layout = dataDirLayout(dataDir);
  let opened: OpenedDataDir | undefined;
  let waitingForFirstKey = false;
  /** The folder is opened with the key unlocked (its state record needs it): waiting for the passphrase. */
  let waitingForKey = false;
  let folderRefusal: DraaiboekError | undefined;

  /** Runs an open; a missing passphrase or a refused folder becomes the session's status, not a throw. */
  async function attempt(action: () => Promise<void>, onPassphraseMissing: () => void): Promise<void> {
    try {
      await action();
      folderRefusal = undefined;
    } catch (error) {
      if (isPassphraseMissing(error)) {
        onPassphraseMissing();
        return;
      }
      if (!isFolderRefusal(error)) throw error;
      folderRefusal = error;
    }
  }

  async function open(): Promise<void> {
    await attempt(
      async () => {
        opened = await openDataDir(dataDir, platform, 'write');
        waitingForKey = false;
        // A stick is lost more easily than a laptop: a portable folder made plain (by hand, or by an older
        // build) is encrypted at its first opening here, durably, as `encryption on` would.
        if (options.portable === true && !opened.atRest().encrypted) await opened.setEncryptionAtRest(true);
      },
      () => {
        waitingForKey = true;
      },
    );
  }

  async function firstStart(): Promise<void> {
    let made = false;
    await attempt(
      async () => {
        // The one place a new folder is made for the app: a stick's folder is always encrypted at rest.
        await initDataDir(dataDir, platform, { kind: 'sample' }, { encryptAtRest: options.portable === true });
        waitingForFirstKey = false;
        made = true;
      },
      () => {
        waitingForFirstKey = true;
      },
    );
    if (made) await open();
  }

  function status(): AppStatus {
    if (waitingForFirstKey) return { state: 'needs-passphrase', dataDir, firstStart: true };
    if (waitingForKey) return { state: 'needs-passphrase', dataDir, firstStart: false };
    if (folderRefusal !== undefined) {
      return { state: 'refused', dataDir, refusal: { code: folderRefusal.code, params: { ...folderRefusal.params } } };
    }
    const storeStatus = opened?.store.status;
    if (storeStatus === undefined || storeStatus.state === 'missing') return { state: 'missing', dataDir };
    if (storeStatus.state === 'refused') {
      const { code, params, movedTo, lastGood } = storeStatus.refusal;
      return {
        state: 'refused',
        dataDir,
        refusal: {
          code,
          params: { ...params },
          ...(movedTo === undefined ? {} : { movedTo }),
          ...(lastGood === undefined ? {} : { lastGood: { ...lastGood } }),
        },
      };
    }
    return options.portable === true ? { state: 'ready', dataDir, portable: true } : { state: 'ready', dataDir };
  }

  return {
    dataDir,
    platform,
    /** The folder lies on a stick beside the program: always encrypted at rest. */
    portable: options.portable === true,

    /** Open the folder, or on the very first start make the device key and the sample plan. */
    async start(): Promise<AppStatus> {
      // No plan yet: the very first start, or one cut off before the plan was made (initDataDir finishes it).
      const isFirstStart = !(await exists(layout.planFile)) && !(await exists(layout.historyDir));
      if (isFirstStart) await firstStart();
      else await open();
      return status();
    },

    status,

    /** The open data folder; fails with a clear code while the session cannot show a plan. */
    opened(): OpenedDataDir {
      if (opened === undefined) {
        throw new DraaiboekError('KEY_PASSPHRASE_REQUIRED', 'the device key is not set up yet');
      }
      return opened;
    },

    /**
     * Take the user's passphrase. On the first start it protects the new device key; later it must unlock
     * the existing one, and a wrong one is forgotten at once.
     */
    async unlock(passphrase: string): Promise<AppStatus> {
      passphrases.set(passphrase);
      if (waitingForFirstKey) {
        await firstStart();
        return status();
      }
      if (opened === undefined) {
        try {
          await open();
        } catch (error) {
          passphrases.set(undefined);
          throw error;
        }
        return status();
      }
      try {
        await loadDeviceKey(dataDir, await platform.secretProtector());
      } catch (error) {
        passphrases.set(undefined);
        throw error;
      }
      return status();
    },

    async close(): Promise<void> {
      await opened?.close();
      opened = undefined;
    },
  };
}

export type AppSession = ReturnType<typeof createAppSession>;
