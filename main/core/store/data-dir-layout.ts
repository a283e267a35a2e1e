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
    crisesDir: join(root, 'crises'),
    lockFile: join(root, 'draaiboek.lock'),
  };
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
