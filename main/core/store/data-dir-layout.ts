import { join } from 'node:path';

/** Where each file of a data folder lives (ARCHITECTURE section 3). */
export interface DataDirLayout {
  readonly root: string;
  readonly planFile: string;
  readonly historyDir: string;
  readonly rejectedDir: string;
  readonly keysDir: string;
  readonly trustFile: string;
  readonly stateFile: string;
  readonly copiesFile: string;
  /** Keys this laptop verified approval seals with, learnt from trusted bundles: never trusted as signers. */
  readonly sealKeysFile: string;
  /** One folder per crisis, each with one append-only event log per authoring device. */
  readonly crisesDir: string;
  readonly lockFile: string;
}

export function dataDirLayout(root: string): DataDirLayout {
  return {
    root,
    planFile: join(root, 'plan.json'),
    historyDir: join(root, 'history'),
    rejectedDir: join(root, 'rejected'),
    keysDir: join(root, 'keys'),
    trustFile: join(root, 'trust.json'),
    stateFile: join(root, 'state.json'),
    copiesFile: join(root, 'copies.json'),
    sealKeysFile: join(root, 'seal-keys.json'),
    crisesDir: join(root, 'crises'),
    lockFile: join(root, 'draaiboek.lock'),
  };
}

/** A crisis log larger than this is not read (about 100,000 events): a planted huge file cannot exhaust memory. */
export const MAX_CRISIS_LOG_FILE_BYTES = 96 * 1024 * 1024;
const CRISIS_DIR = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DEVICE_LOG_FILE = /^([0-9a-f]{64})\.log$/;

/** Whether a name under `crises/` is a crisis's folder (a crisis id). */
export function isCrisisDirName(name: string): boolean {
  return CRISIS_DIR.test(name);
}

/** The device whose crisis log a file name holds (`<device keyid>.log`); undefined for a name no writer makes. */
export function deviceOfLogFile(fileName: string): string | undefined {
  return DEVICE_LOG_FILE.exec(fileName)?.[1];
}

export function historyFileName(revision: number): string {
  return `${String(revision).padStart(8, '0')}.json`;
}

/** The revision a history file name stands for; undefined for a name no save of ours writes. */
export function revisionOfHistoryFile(fileName: string): number | undefined {
  const match = /^(\d{8,16})\.json$/.exec(fileName);
  if (match?.[1] === undefined) return undefined;
  const revision = Number(match[1]);
  return Number.isSafeInteger(revision) && revision >= 1 && historyFileName(revision) === fileName ? revision : undefined;
}
